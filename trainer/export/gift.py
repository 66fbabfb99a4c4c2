"""Moodle GIFT export: every question type that GIFT can carry.

GIFT has no who_said, date or order questions, so they travel as multiple choice, numerical or
short answer, and matching; a ``// trainer type: ...`` comment line (which Moodle ignores)
records the original type so that ``trainer import`` can restore it. Match questions are GIFT's
own matching (``=left -> right``, a distractor as ``= -> right``). The quote and its citation
become the general feedback, the question id the GIFT title and the first tag the category.

Moodle's parser decides a question's kind by looking for ``~``, ``=``, ``->`` and ``#`` in the
answer part, and it has no escape for ``->``: a short answer containing ``->`` would be read as
a matching question, so such questions are reported instead of exported wrongly.
"""

from __future__ import annotations

import datetime as dt

from trainer.deck.model import (
    AnyQuestion,
    Choice,
    Date,
    Deck,
    Match,
    Multi,
    Number,
    Order,
    PartialDate,
    TextAnswer,
    TrueFalse,
    WhoSaid,
)
from trainer.export.common import (
    ExportResult,
    Skipped,
    citation,
    format_number,
    true_false_text,
    who_said_choices,
)

#: Characters GIFT gives a meaning to; a backslash makes them literal.
SPECIAL = "~=#{}:"
#: Comment prefix that carries the original question type through GIFT.
TYPE_HINT = "// trainer type: "
DECK_HINT = "// trainer deck: "
TITLE_HINT = "// trainer title: "
#: How many dates around the answer a short-answer date question may list.
MAX_DATE_SPAN = 31


class CannotExpress(Exception):
    """Raised by a writer when GIFT has no faithful way to ask this question."""


def escape(text: str) -> str:
    """Make text literal in GIFT: backslash before ``~ = # { } :`` and ``\\``; newlines as ``\\n``."""
    out = text.replace("\\", "\\\\")
    for char in SPECIAL:
        out = out.replace(char, "\\" + char)
    return out.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def text_field(text: str) -> str:
    """A question text, choice or feedback: escaped, and marked ``[plain]`` when it holds ``<`` or ``&``.

    Moodle reads unmarked GIFT text as HTML, so ``<tags>`` in a deck would vanish in Moodle; the
    ``[plain]`` marker makes Moodle show those characters as written (trainer's import drops it).
    """
    return ("[plain]" if "<" in text or "&" in text else "") + escape(text)


def escape_short_answer(text: str) -> str:
    """Escape a short-answer answer, where Moodle also reads ``*`` as a wildcard."""
    return escape(text).replace("*", "\\*")


def weight(value: float) -> str:
    """A GIFT weight with at most five decimals, as Moodle writes them (33.33333)."""
    return f"{value:.5f}".rstrip("0").rstrip(".")


def feedback_text(question: AnyQuestion, deck: Deck) -> str:
    """The general feedback: the quote, its citation, then the author's explanation (only that when unsourced)."""
    if not question.quote:
        return question.explain or ""
    text = f"“{question.quote}”"
    cited = citation(question, deck)
    if cited:
        text += f"\n— {cited}"
    if question.explain:
        text += f"\n\n{question.explain}"
    return text


def export_gift(deck: Deck) -> ExportResult:
    """The whole deck as a GIFT file (blank line between questions, a final newline)."""
    blocks = [f"{DECK_HINT}{deck.deck}\n{TITLE_HINT}{_one_line(deck.title)}"]
    skipped: list[Skipped] = []
    category = None
    for question in deck.questions:
        try:
            answers = _answers(question, deck)
        except CannotExpress as reason:
            skipped.append(Skipped(question.id, question.type, str(reason)))
            continue
        wanted = category_of(question, deck)
        if wanted != category:
            blocks.append(f"$CATEGORY: {wanted}")
            category = wanted
        lines = []
        if question.type in ("who_said", "date", "order", "match"):
            lines.append(f"{TYPE_HINT}{question.type}")
        general = feedback_text(question, deck)
        feedback = [f"\t####{text_field(general)}"] if general else []
        body = "\n".join([f"\t{answer}" for answer in answers] + feedback)
        lines.append(f"::{escape(question.id)}::{text_field(_question_text(question))} {{\n{body}\n}}")
        blocks.append("\n".join(lines))
    return ExportResult("\n\n".join(blocks) + "\n", skipped)


def category_of(question: AnyQuestion, deck: Deck) -> str:
    """``deck/first-tag`` (Moodle reads ``//`` as a literal slash), or the deck id alone."""
    if not question.tags:
        return deck.deck
    return f"{deck.deck}/{_one_line(question.tags[0]).replace('/', '//')}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _question_text(question: AnyQuestion) -> str:
    if isinstance(question, TrueFalse):
        return true_false_text(question)
    return question.question_text()


def _answers(question: AnyQuestion, deck: Deck) -> list[str]:
    """The answer lines between the braces, or CannotExpress."""
    if isinstance(question, Choice):
        return _single_choice(question.answer, question.choices, question.credit)
    if isinstance(question, WhoSaid):
        choices = who_said_choices(question, deck)
        if len(choices) < 2:
            return _short_answers([question.answer])
        return _single_choice(question.answer, choices)
    if isinstance(question, Multi):
        return _weighted(question)
    if isinstance(question, TrueFalse):
        return ["T" if question.answer else "F"]
    if isinstance(question, TextAnswer):
        return _short_answers([question.answer, *question.accept])
    if isinstance(question, Number):
        return [f"#{format_number(question.answer)}:{format_number(question.allowed_error())}"]
    if isinstance(question, Date):
        return _date(question)
    if isinstance(question, Order):
        return _matching(question)
    if isinstance(question, Match):
        return _match_pairs(question)
    raise CannotExpress(f"unknown type {question.type}")


def _single_choice(answer: str, choices: list[str], credit: dict[str, float] | None = None) -> list[str]:
    """``=right``, ``~wrong``, and ``~%50%nearly`` for an option that earns part of the point."""
    if answer not in choices:
        choices = [*choices, answer]
    credit = credit or {}

    def mark(choice: str) -> str:
        if choice == answer:
            return "="
        return f"~%{weight(credit[choice] * 100)}%" if choice in credit else "~"

    return [mark(choice) + text_field(choice) for choice in choices]


def _weighted(question: Multi) -> list[str]:
    """Right answers share +100%, wrong ones share -100%, so ticking everything scores 0."""
    choices = [*question.choices, *(a for a in question.answers if a not in question.choices)]
    right = [choice for choice in choices if choice in question.answers]
    wrong = [choice for choice in choices if choice not in question.answers]
    lines = []
    for choice in choices:
        share = 100 / len(right) if choice in question.answers else -100 / len(wrong)
        lines.append(f"~%{weight(share)}%{text_field(choice)}")
    return lines


def _short_answers(answers: list[str]) -> list[str]:
    if any("->" in answer for answer in answers):
        raise CannotExpress("'->' in a short answer reads as a matching question")
    unique = list(dict.fromkeys(answers))
    return ["=" + escape_short_answer(answer) for answer in unique]


def _matching(question: Order) -> list[str]:
    if len(set(question.items)) != len(question.items):
        raise CannotExpress("repeated items cannot be matched to positions")
    return [f"={position} -> {escape(item)}" for position, item in enumerate(question.items, 1)]


def _match_pairs(question: Match) -> list[str]:
    """``=left -> right`` per pair, ``= -> distractor`` per distractor (Moodle's extra wrong answers).

    Moodle splits a pair at its first ``->``, which has no escape: a left item holding one cannot
    travel. The right item is read without a format marker, so it is only escaped.
    """
    if any("->" in left for left in question.pairs):
        raise CannotExpress("'->' in an item to match cannot be written in GIFT")
    lines = [f"={text_field(left)} -> {escape(right)}" for left, right in question.pairs.items()]
    return lines + [f"= -> {escape(distractor)}" for distractor in question.distractors]


def _date(question: Date) -> list[str]:
    answer = question.answer_date
    if answer.precision == "year":
        return [f"#{answer.year}:{question.tolerance}"]
    if question.tolerance > MAX_DATE_SPAN:
        raise CannotExpress(f"a tolerance over {MAX_DATE_SPAN} {answer.precision}s is too many answers")
    dates = [answer] + [
        shift_date(answer, step * sign) for step in range(1, question.tolerance + 1) for sign in (-1, 1)
    ]
    forms = [form for date in dates for form in written_forms(date)]
    return _short_answers(forms)


def shift_date(date: PartialDate, steps: int) -> PartialDate:
    """The date ``steps`` months or days away, at the same precision."""
    if date.precision == "day":
        moved = dt.date(date.year, date.month or 1, date.day or 1) + dt.timedelta(days=steps)
        return PartialDate(moved.year, moved.month, moved.day)
    if date.precision == "month":
        index = date.year * 12 + (date.month or 1) - 1 + steps
        return PartialDate(index // 12, index % 12 + 1)
    return PartialDate(date.year + steps)


def written_forms(date: PartialDate) -> list[str]:
    """The ways a student may write a date: ISO first, then English forms."""
    if date.precision == "year":
        return [str(date.year)]
    day = dt.date(date.year, date.month or 1, date.day or 1)
    if date.precision == "month":
        forms = [date.iso(), day.strftime("%B %Y"), day.strftime("%b %Y")]
    else:
        forms = [
            date.iso(),
            f"{day.day} {day:%B %Y}",
            f"{day:%B} {day.day}, {day.year}",
            f"{day.day} {day:%b %Y}",
            f"{day:%b} {day.day}, {day.year}",
        ]
    return list(dict.fromkeys(forms))
