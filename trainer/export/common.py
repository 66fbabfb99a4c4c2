"""What every exporter shares: the result type, the skip report and the plain-text answer.

Each exporter is a pure function ``Deck -> ExportResult``. Questions a format cannot express
are collected in :attr:`ExportResult.skipped` so the command line can report them instead of
dropping them silently.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

from trainer.deck.model import (
    AnyQuestion,
    Date,
    Deck,
    Match,
    Multi,
    Number,
    Order,
    TextAnswer,
    TrueFalse,
    WhoSaid,
)
from trainer.deck.present import speaker_choices

#: How many speakers a drawn who_said question offers, the right one included.
DRAWN_CHOICES = 4


@dataclass(frozen=True)
class Skipped:
    """A question left out of an export, and why."""

    id: str
    type: str
    reason: str = ""

    def __str__(self) -> str:
        return f"{self.id} ({self.type})"


@dataclass
class ExportResult:
    """The exported text and the questions the format could not express."""

    text: str
    skipped: list[Skipped] = field(default_factory=list)

    def skip_report(self, format_name: str) -> str | None:
        """One line for stderr naming every skipped question, or None when none was."""
        if not self.skipped:
            return None
        count = len(self.skipped)
        noun = "question" if count == 1 else "questions"
        names = ", ".join(str(item) for item in self.skipped)
        return f"skipped {count} {noun} that {format_name} cannot express: {names}"


def format_number(value: float) -> str:
    """A number without a useless '.0' (5459.0 -> '5459') and without float noise."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def question_rng(deck_id: str, question_id: str) -> random.Random:
    """The generator that orders one question's options in an export, seeded by the deck's and the question's id
    (as the Anki export seeds each card): every export writes the same order, each question its own, and
    adding, removing or reordering other questions changes none of it."""
    digest = hashlib.blake2b(f"{deck_id}\x1f{question_id}".encode(), digest_size=8).hexdigest()
    return random.Random(int(digest, 16))


def who_said_choices(question: WhoSaid, deck: Deck) -> list[str]:
    """The speakers offered for a who_said question, in an order of its own that is the same on every export.

    One seed shared by every question shuffled every list of the same length the same way: a deck whose
    authors list the speaker first had the answer at the same letter on every question."""
    return speaker_choices(question, deck, question_rng(deck.deck, question.id), k=DRAWN_CHOICES)


def true_false_text(question: TrueFalse) -> str:
    """The statement to judge, after the prompt when the author wrote one."""
    if question.prompt:
        return f"{question.prompt}\n{question.statement}"
    return question.statement


def prompt_text(question: AnyQuestion) -> str:
    """What the student reads, for formats that show no answer widget of their own."""
    if isinstance(question, TrueFalse):
        if question.prompt:
            return true_false_text(question)
        return question.question_text()
    return question.question_text()


def answer_text(question: AnyQuestion) -> str:
    """The right answer written out for a reader (flash card backs, spreadsheets)."""
    if isinstance(question, Multi):
        return "\n".join(question.answers)
    if isinstance(question, TrueFalse):
        return "True" if question.answer else "False"
    if isinstance(question, Number):
        text = format_number(question.answer)
        if question.unit:
            text += f" {question.unit}"
        if question.tolerance:
            tolerance = question.tolerance
            text += f" (± {tolerance if isinstance(tolerance, str) else format_number(tolerance)})"
        return text
    if isinstance(question, Date):
        text = question.answer_date.human()
        if question.tolerance:
            unit = question.answer_date.precision + ("s" if question.tolerance != 1 else "")
            text += f" (± {question.tolerance} {unit})"
        return text
    if isinstance(question, Order):
        return "\n".join(f"{position}. {item}" for position, item in enumerate(question.items, 1))
    if isinstance(question, Match):
        return "\n".join(f"{left} → {right}" for left, right in question.pairs.items())
    if isinstance(question, TextAnswer) and question.accept:
        return f"{question.answer} (also accepted: {', '.join(question.accept)})"
    return str(question.answer)  # type: ignore[union-attr]


def citation(question: AnyQuestion, deck: Deck) -> str:
    """Where the quote comes from ('' when the question names an unknown source)."""
    source = deck.source_for(question)
    return source.citation() if source else ""
