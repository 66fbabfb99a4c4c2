"""Read Moodle GIFT into deck questions.

The parser follows Moodle's own (question/format/gift/format.php): questions are separated by
blank lines, ``//`` lines are comments, escaped characters are swapped for placeholders before
any structure is looked at, and the kind of question is decided from the answer part exactly as
Moodle decides it. Comments written by :mod:`trainer.export.gift` (``// trainer type: ...``)
restore who_said, date and order questions, so a GIFT export imports back to the same deck.

Syntax errors raise :class:`ParseError` with file and line; questions the deck model has no type
for (essays, descriptions) become warnings and are left out. Matching becomes a match question
(``= -> right`` pairs, with no left item, are its distractors), or an order when our export's type
comment says so, or, without one, when its left items are just the positions 1, 2, 3 ...
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from trainer.deck.model import PartialDate
from trainer.deck.textmatch import fold
from trainer.export.deck_writer import (
    IdMaker,
    ImportResult,
    ParseError,
    clean_number,
    id_from_words,
    indistinct_choices,
    slugify,
)
from trainer.export.gift import DECK_HINT, TITLE_HINT, TYPE_HINT
from trainer.export.htmltext import moodle_text

#: GIFT escapes and the private-use placeholders they become while the structure is parsed.
_BACKSLASH = "\ue000"
_ESCAPES = {f"\\{char}": chr(0xE001 + index) for index, char in enumerate(":#={}~n")}
_RESTORE = {_BACKSLASH: "\\", **{chr(0xE001 + index): char for index, char in enumerate(":#={}~\n")}}
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_FEEDBACK = re.compile(r"^“(?P<quote>.*?)”(?:\n— (?P<cite>[^\n]*))?(?:\n\n(?P<explain>.*))?$", re.DOTALL)


def protect(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for escaped, placeholder in _ESCAPES.items():
        text = text.replace(escaped, placeholder)
    return text


def restore(text: str) -> str:
    for placeholder, char in _RESTORE.items():
        text = text.replace(placeholder, char)
    return text


def parse_gift(text: str, path: str = "<gift>") -> ImportResult:
    """Every good question of a GIFT file, in order.

    Like Moodle's importer, a question that cannot be read is skipped with a warning naming its
    line, and the rest are kept; the caller decides what to do when nothing was imported.
    """
    result = ImportResult()
    ids = IdMaker()
    category: str | None = None
    for start, lines in _blocks(text):
        hint = None
        content: list[str] = []
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("//"):
                hint = _read_hint(stripped, result) or hint
                content.append("")
            else:
                content.append(line)
        first = next((index for index, line in enumerate(content) if line.strip()), len(content))
        while first < len(content) and content[first].strip().startswith("$CATEGORY:"):
            category = content[first].strip()[len("$CATEGORY:"):].strip()  # a category, maybe with its question
            content[first] = ""
            first += 1
        raw = "\n".join(content)
        if not raw.strip():
            continue
        try:
            question = _Question(raw, start, path, hint).parse(result)
        except ParseError as error:
            result.warnings.append(f"{error}; skipped this question")
            continue
        if question is None:
            continue
        problem = indistinct_choices(question)
        if problem:
            result.warnings.append(f"{path}:{start}: {problem}; skipped this question")
            continue
        tag = category_tag(category, result.deck_id)
        number = len(result.questions) + 1
        question["id"] = ids.make(question["id"], number)
        if tag:
            question["tags"] = [tag]
        result.questions.append(question)
    return result


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Groups of non-blank lines with the number of their first line.

    A blank line inside an answer part (``{`` not yet closed, and the next line goes on with
    ``~``, ``=``, ``#``, ``%`` or ``}``) does not end the question: Moodle would split it there and
    lose it, but the author's intent is plain. Anything else after a blank line starts a new
    question, so one unclosed brace cannot swallow the rest of the file.
    """
    lines = text.splitlines()
    following_line = [""] * (len(lines) + 1)  # the next non-blank line after each line, stripped
    for index in range(len(lines) - 1, -1, -1):
        following_line[index] = lines[index].strip() or following_line[index + 1]
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 1
    depth = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped:
            if not current:
                start, depth = index + 1, 0
            current.append(line)
            if not stripped.startswith("//"):
                code = protect(line)
                depth = max(0, depth + code.count("{") - code.count("}"))
        elif current:
            if depth > 0 and following_line[index + 1][:1] in ("~", "=", "#", "%", "}"):
                current.append(line)
            else:
                blocks.append((start, current))
                current = []
    if current:
        blocks.append((start, current))
    return blocks


def _read_hint(comment: str, result: ImportResult) -> str | None:
    if comment.startswith(DECK_HINT.strip()):
        result.deck_id = slugify(comment[len(DECK_HINT.strip()):]) or None
    elif comment.startswith(TITLE_HINT.strip()):
        result.title = comment[len(TITLE_HINT.strip()):].strip() or None
    elif comment.startswith(TYPE_HINT.strip()):
        return comment[len(TYPE_HINT.strip()):].strip()
    return None


def category_tag(category: str | None, deck_id: str | None = None) -> str | None:
    """The last named part of a category path (``//`` is a literal slash), as a tag.

    Moodle's context markers (``$course$``, ``$system$`` ...) and its ``top`` category name nothing,
    nor does the deck's own id that our GIFT export puts first.
    """
    if not category:
        return None
    parts = [part.replace("\ue008", "/").strip() for part in category.replace("//", "\ue008").split("/")]
    parts = [part for part in parts if part and part != "top" and not re.fullmatch(r"\$\w+\$", part)]
    if deck_id and parts and parts[0] == deck_id:
        parts = parts[1:]
    return restore(parts[-1]) if parts else None


class _Question:
    """One GIFT question block being turned into a deck question dict."""

    def __init__(self, raw: str, start: int, path: str, hint: str | None) -> None:
        self.text = protect(raw.strip("\n"))
        self.leading = len(raw) - len(raw.lstrip("\n"))
        self.start, self.path, self.hint = start, path, hint
        self.where = f"{path}:{start}"

    def error(self, offset: int, message: str) -> ParseError:
        line = self.start + self.leading + self.text[:offset].count("\n")
        return ParseError(self.path, line, message)

    def parse(self, result: ImportResult) -> dict[str, Any] | None:
        text, title = self.text.strip(), None
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                raise self.error(0, "the title has no closing '::'")
            title, text = restore(text[2:end]).strip(), text[end + 2:].strip()
        offset = self.text.find(text) if text else 0
        opening, closing = text.find("{"), text.find("}")
        if opening < 0 and closing < 0:
            result.warnings.append(f"{self.where}: skipped a description (text without an answer part)")
            return None
        if opening < 0 or closing < opening:
            raise self.error(offset + max(opening, closing), "unbalanced braces: escape a literal brace as \\{ or \\}")
        before, answer_part, after = text[:opening], text[opening + 1:closing].strip(), text[closing + 1:]
        if "{" in after or "}" in after:
            raise self.error(offset + closing, "more than one answer part: escape literal braces as \\{ or \\}")
        prompt = before.strip() if not after.strip() else f"{before.rstrip()} _____ {after.lstrip()}".strip()
        prompt = moodle_text(restore(prompt))
        feedback = ""
        if "####" in answer_part:  # Moodle takes the last ####
            answer_part, _, feedback = answer_part.rpartition("####")
            answer_part = answer_part.strip()
        question: dict[str, Any] = {"id": slugify(title) if title else id_from_words(prompt)}
        self.answer_feedback: list[str] = []
        body = self._body(answer_part, prompt, offset + opening, result)
        if body is None:
            return None
        question.update(body)
        return _with_feedback(question, _clean(feedback), self.answer_feedback)

    def _split(self, part: str) -> tuple[str, list[str]]:
        """An answer's text and its feedback texts (after ``#``), each cleaned of markers and HTML."""
        text, *feedback = part.split("#")
        return _clean(text), [cleaned for cleaned in map(_clean, feedback) if cleaned]

    def _note(self, answer: str, feedback: list[str]) -> None:
        """Keep an answer's feedback for the explanation: 'answer: feedback'."""
        for text in feedback:
            self.answer_feedback.append(f"{answer}: {text}" if answer else text)

    def _body(self, answers: str, prompt: str, offset: int, result: ImportResult) -> dict[str, Any] | None:
        if not answers:
            result.warnings.append(f"{self.where}: skipped an essay question (empty answer part)")
            return None
        if not prompt:
            raise self.error(offset, "the question has no text before its answers")
        if answers.startswith("#"):
            return self._numerical(answers[1:], prompt, offset)
        if "~" in answers:
            return self._multiple_choice(answers, prompt, offset, result)
        if "=" in answers and "->" in answers:
            return self._matching(answers, prompt, offset, result)
        verdict, feedback = self._split(answers)
        if verdict in ("T", "TRUE", "F", "FALSE"):
            right = verdict.startswith("T")
            # Moodle: the first feedback is shown for a wrong answer, the second for a right one.
            for said, text in zip((not right, right), feedback):
                self._note(f"If you answered {said}", [text])
            return {"type": "true_false", "statement": prompt, "answer": right}
        return self._short_answer(answers, prompt, offset)

    def _multiple_choice(self, answers: str, prompt: str, offset: int, result: ImportResult) -> dict[str, Any] | None:
        single = "=" in answers
        choices: list[str] = []
        weights: list[float] = []
        for part in answers.replace("=", "~=").split("~"):
            part = part.strip()
            if not part:
                continue
            weight, part = _weight(part)
            choice, feedback = self._split(part)
            if not choice:
                raise self.error(offset, "an answer of this multiple-choice question is empty")
            self._note(choice, feedback)
            choices.append(choice)
            weights.append(weight)
        if len(choices) < 2:
            raise self.error(offset, "a multiple-choice question needs at least two answers")
        right = [choice for choice, weight in zip(choices, weights) if weight > 0]
        if not right:
            raise self.error(offset, "no answer is marked right ('=' or a positive %weight%)")
        if not single:
            return {"type": "multi", "prompt": prompt, "answers": right, "choices": choices}
        full = [choice for choice, weight in zip(choices, weights) if weight >= 100]
        if len(full) > 1:  # "Specify the seasons: {=spring =summer =winter =autumn ~easter}"
            result.warnings.append(
                f"{self.where}: a single-answer question with {len(full)} fully right answers became a several-answer "
                "question (choose every right one); Moodle lets the student choose one and gives any of them full "
                "credit"
            )
            return {"type": "multi", "prompt": prompt, "answers": full, "choices": choices}
        if len(full) != 1:
            result.warnings.append(
                f"{self.where}: skipped a single-answer question with {len(full) or 'no'} fully right answers; "
                "mark exactly one answer '=' (others may earn part of the point: ~%50%)"
            )
            return None
        kind = "who_said" if self.hint == "who_said" else "choice"
        question: dict[str, Any] = {"type": kind, "prompt": prompt, "answer": full[0], "choices": choices}
        credit = {choice: weight / 100 for choice, weight in zip(choices, weights) if 0 < weight < 100}
        if credit and kind == "choice":
            question["credit"] = credit
        return question

    def _matching(self, answers: str, prompt: str, offset: int, result: ImportResult) -> dict[str, Any] | None:
        pairs: list[tuple[str, str]] = []
        distractors: list[str] = []
        for part in answers.split("="):
            if not part.strip():
                continue
            if "->" not in part:
                raise self.error(offset, f"a matching pair needs '->': {restore(part).strip()!r}")
            left, right = part.split("->", 1)  # Moodle splits at the first '->'
            left, right = _clean(left), _clean(right)
            if not right:
                raise self.error(offset, f"the item {left!r} has no partner after '->'")
            if left:
                pairs.append((left, right))
            else:
                distractors.append(right)
        positions = [str(number) for number in range(1, len(pairs) + 1)]
        as_order = self.hint == "order" or (
            self.hint is None and not distractors and sorted(left for left, _ in pairs) == positions
        )
        if as_order and sorted(left for left, _ in pairs) == positions and len(pairs) >= 2:
            by_position = dict(pairs)
            return {"type": "order", "prompt": prompt, "items": [by_position[position] for position in positions]}
        if len(pairs) < 2:
            result.warnings.append(f"{self.where}: skipped a matching question with fewer than two pairs")
            return None
        seen: set[str] = set()
        for left, _ in pairs:
            if fold(left) in seen:
                result.warnings.append(f"{self.where}: skipped a matching question that lists {left!r} twice")
                return None
            seen.add(fold(left))
        partners = {fold(right) for _, right in pairs}
        extra = [item for item in dict.fromkeys(distractors) if fold(item) not in partners]
        question: dict[str, Any] = {"type": "match", "prompt": prompt, "pairs": dict(pairs)}
        if extra:
            question["distractors"] = extra
        return question

    def _short_answer(self, answers: str, prompt: str, offset: int) -> dict[str, Any]:
        accepted = []
        for part in answers.split("="):
            part = part.strip()
            if not part:
                continue
            weight, part = _weight(part, default=100)
            text, feedback = self._split(part)
            if weight >= 100 and text:
                accepted.append(text.replace("\\*", "*"))
                self._note(text, feedback)
        if not accepted:
            raise self.error(offset, "a short-answer question needs an answer marked '=' with full credit")
        if self.hint == "date":
            date = _date_answer(accepted)
            if date is not None:
                return {"type": "date", "prompt": prompt, **date}
        if self.hint == "who_said":
            return {"type": "who_said", "prompt": prompt, "answer": accepted[0]}
        question: dict[str, Any] = {"type": "text", "prompt": prompt, "answer": accepted[0]}
        if accepted[1:]:
            question["accept"] = accepted[1:]
        return question

    def _numerical(self, answers: str, prompt: str, offset: int) -> dict[str, Any]:
        answers = answers.split("~")[0]
        for part in answers.split("="):
            part = part.strip()
            weight, part = _weight(part, default=100)
            if not part or weight < 100:
                continue
            value, feedback = self._split(part)
            self._note("", feedback)
            try:
                answer, tolerance = _number_and_tolerance(value)
            except (ValueError, ArithmeticError, InvalidOperation):
                raise self.error(offset, f"'{value}' is not a number, a number:tolerance or a min..max range") from None
            if self.hint == "date" and answer.is_integer() and tolerance.is_integer() and 0 < answer < 10000:
                question: dict[str, Any] = {"type": "date", "prompt": prompt, "answer": f"{int(answer):04d}"}
            else:
                question = {"type": "number", "prompt": prompt, "answer": clean_number(answer)}
            if tolerance and question["type"] == "number":
                question["tolerance"] = clean_number(abs(tolerance))
            elif tolerance:
                question["tolerance"] = int(abs(tolerance))
            return question
        raise self.error(offset, "a numerical question needs an answer with full credit")


def _clean(text: str) -> str:
    """GIFT text as plain text: escapes restored, format marker dropped, HTML read."""
    return moodle_text(restore(text))


def _number_and_tolerance(value: str) -> tuple[float, float]:
    """``3.14``, ``3.14:0.01`` or ``3.141..3.142`` as (answer, tolerance), without float noise.

    Decimal arithmetic keeps a range's midpoint and half-width exact (3.1415 ± 0.0005, not
    3.1414999999999997 ± 0.0004999999999999449).
    """
    if ".." in value:
        low, high = (Decimal(bound.strip()) for bound in value.split("..", 1))
        answer, tolerance = (low + high) / 2, (high - low) / 2
    elif ":" in value:
        answer, tolerance = (Decimal(number.strip()) for number in value.split(":", 1))
    else:
        answer, tolerance = Decimal(value.strip()), Decimal(0)
    result = float(answer), float(tolerance)
    if not all(math.isfinite(number) for number in result):
        raise ValueError(value)
    return result


def _weight(part: str, default: float = 0) -> tuple[float, str]:
    """The answer's weight in percent ('=' counts as 100) and the text after it."""
    if part.startswith("="):
        part, default = part[1:].strip(), 100
    match = _WEIGHT.match(part)
    if match:
        return float(match.group(1)), part[match.end():]
    return default, part


def _date_answer(accepted: list[str]) -> dict[str, Any] | None:
    """Answer and tolerance of a date exported as short answer (its ISO forms span the tolerance)."""
    try:
        answer = PartialDate.from_iso(accepted[0])
    except ValueError:
        return None
    tolerance = 0
    for text in accepted[1:]:
        try:
            other = PartialDate.from_iso(text)
        except ValueError:
            continue
        if other.precision == answer.precision:
            tolerance = max(tolerance, abs(_ordinal(other) - _ordinal(answer)))
    return {"answer": answer.iso(), **({"tolerance": tolerance} if tolerance else {})}


def _ordinal(date: PartialDate) -> int:
    if date.precision == "day":
        return dt.date(date.year, date.month or 1, date.day or 1).toordinal()
    if date.precision == "month":
        return date.year * 12 + (date.month or 1)
    return date.year


def _with_feedback(question: dict[str, Any], feedback: str, answer_feedback: list[str] = ()) -> dict[str, Any]:
    """Quote and explanation from our own feedback layout; otherwise all of it is the explanation.

    The feedback of single answers (``#...``) follows the general feedback, one line each.
    """
    match = _FEEDBACK.match(feedback)
    quote = match.group("quote").strip() if match else ""
    explain = (match.group("explain") or "").strip() if match else feedback
    if question["type"] == "who_said" and quote and question.get("prompt") == f"Who said: “{quote}”":
        del question["prompt"]
    question["quote"] = quote
    explain = "\n".join(part for part in (explain, *answer_feedback) if part)
    if explain:
        question["explain"] = explain
    return question
