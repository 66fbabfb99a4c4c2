"""Read Aiken (Moodle's one-line multiple-choice format) into deck questions.

A question is its text, then options ``A. text`` or ``A) text``, then ``ANSWER: X``. Options
exactly True and False make a true_false question. Aiken has no titles, so ids come from the
first words of the question (q1, q2 ... when those have no Latin letters).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from trainer.export.deck_writer import IdMaker, ImportResult, ParseError, id_from_words, indistinct_choices

_OPTION = re.compile(r"^([A-Z])[.)][ \t]?(.*\S)\s*$")
_ANSWER = re.compile(r"^ANSWER:\s*(\S?)")  # Moodle reads the first character after the colon


def looks_like_aiken(text: str) -> bool:
    """Whether a file is Aiken rather than GIFT: it has ``ANSWER: X`` lines, which GIFT never needs."""
    return bool(re.search(r"^\s*ANSWER:\s*[A-Z]\s*$", text, re.MULTILINE))


def parse_aiken(text: str, path: str = "<aiken>") -> ImportResult:
    """Every good question of an Aiken file, in order.

    As in Moodle's importer, a question that cannot be read (too few options, no ANSWER line, an
    answer that is not an option) is skipped with a warning naming its line, and the rest kept.
    Moodle's option rule is followed: a letter, ``.`` or ``)``, then the text, a space optional.
    """
    result = ImportResult()
    ids = IdMaker()
    prompt: list[str] = []
    options: list[tuple[str, str]] = []
    start = 0
    broken: str | None = None

    def skip(line: int, message: str) -> None:
        result.warnings.append(f"{path}:{line}: {message}; skipped this question")

    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        option, answer = _OPTION.match(stripped), _ANSWER.match(stripped)
        if answer:
            if not prompt:
                skip(number, "ANSWER: without a question before it")
            elif broken:
                skip(start, broken)
            elif len(options) < 2:
                skip(start, "a question needs at least two options (A. ..., B. ...) before its ANSWER line")
            else:
                ordinal = len(result.questions) + 1
                try:
                    question = _question(prompt, options, answer.group(1), ids.make, ordinal, path, number)
                except ParseError as error:
                    result.warnings.append(f"{error}; skipped this question")
                else:
                    problem = indistinct_choices(question)
                    if problem:
                        skip(start, problem)
                    else:
                        result.questions.append(question)
            prompt, options, broken = [], [], None
        elif option and prompt:
            expected = chr(ord("A") + len(options))
            if option.group(1) != expected and not broken:
                broken = f"option {option.group(1)} at line {number} where option {expected} was expected"
            options.append((option.group(1), option.group(2)))
        elif option:
            skip(number, "an option before any question text")
        elif options:  # a new question begins while the last one still waits for its ANSWER line
            skip(start, "this question has no 'ANSWER: X' line")
            prompt, options, broken, start = [stripped], [], None, number
        else:
            if not prompt:
                start = number
            prompt.append(stripped)
    if prompt:
        skip(start, "this question has no 'ANSWER: X' line")
    return result


def _question(
    prompt_lines: list[str],
    options: list[tuple[str, str]],
    letter: str,
    make_id: Callable[[str, int], str],
    ordinal: int,
    path: str,
    line: int,
) -> dict[str, Any]:
    letters = {key: text for key, text in options}
    if letter not in letters:
        raise ParseError(path, line, f"ANSWER: {letter or '(empty)'} is not one of the options {', '.join(letters)}")
    prompt = " ".join(prompt_lines)
    texts = [text for _, text in options]
    question_id = make_id(id_from_words(prompt), ordinal)
    if [text.lower() for text in texts] == ["true", "false"]:
        right = letters[letter].lower() == "true"
        return {"id": question_id, "type": "true_false", "statement": prompt, "answer": right, "quote": ""}
    return {
        "id": question_id, "type": "choice", "prompt": prompt, "answer": letters[letter], "choices": texts, "quote": "",
    }
