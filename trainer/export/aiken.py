"""Aiken export: single-answer multiple choice, the one thing Aiken can say.

Aiken's rules (Moodle): the question on one line, one option per line as ``A. text``, then
``ANSWER: X``, and a blank line between questions. Newlines inside texts are flattened to spaces
because a line break would end the question. Everything else is reported as skipped.
"""

from __future__ import annotations

import string

from trainer.deck.model import AnyQuestion, Choice, Deck, TrueFalse, WhoSaid
from trainer.export.common import ExportResult, Skipped, true_false_text, who_said_choices

LETTERS = string.ascii_uppercase


def flatten(text: str) -> str:
    """One line: every run of whitespace (newlines and tabs included) becomes one space."""
    return " ".join(text.split())


def export_aiken(deck: Deck) -> ExportResult:
    blocks: list[str] = []
    skipped: list[Skipped] = []
    for question in deck.questions:
        options = _options(question, deck)
        if options is None:
            skipped.append(Skipped(question.id, question.type))
            continue
        prompt, choices, answer = options
        if not 2 <= len(choices) <= len(LETTERS):
            skipped.append(Skipped(question.id, question.type, "needs 2 to 26 choices"))
            continue
        lines = [flatten(prompt)]
        lines += [f"{LETTERS[index]}. {flatten(choice)}" for index, choice in enumerate(choices)]
        lines.append(f"ANSWER: {LETTERS[choices.index(answer)]}")
        blocks.append("\n".join(lines))
    return ExportResult("\n\n".join(blocks) + "\n" if blocks else "", skipped)


def _options(question: AnyQuestion, deck: Deck) -> tuple[str, list[str], str] | None:
    """(prompt, choices, right choice), or None for a question Aiken cannot ask."""
    if isinstance(question, Choice):
        choices = list(question.choices)
        if question.answer not in choices:
            choices.append(question.answer)
        return question.question_text(), choices, question.answer
    if isinstance(question, WhoSaid):
        return question.question_text(), who_said_choices(question, deck), question.answer
    if isinstance(question, TrueFalse):
        return true_false_text(question), ["True", "False"], "True" if question.answer else "False"
    return None
