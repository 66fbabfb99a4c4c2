"""Pieces several question types use: picking an option, checking a typed value, shuffling, deck checks."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from trainer.deck.textmatch import fold, same_name
from trainer.deck.values import PartialDate

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.question import Grade

#: Tries at a shuffle that differs from the right order before falling back to a rotation.
_SHUFFLE_TRIES = 20

#: Hints of the questions answered by picking one option.
SINGLE_PRACTICE_HINT = "1–{n} or ↑↓ and Enter to answer"
SINGLE_EXAM_HINT = "1–{n} or ↑↓ and Enter to answer"
#: Hints of the questions answered by typing.
TYPED_PRACTICE_HINT = "Type, then Enter"
TYPED_EXAM_HINT = "Type, then Enter to save"


# --- responses -----------------------------------------------------------------------------------


def chosen(options: Sequence[str], picked: str) -> str | None:
    """The option the student picked: the exact string, else one equal but for case and accents."""
    if picked in options:
        return picked
    return next((option for option in options if same_name(option, picked)), None)


def check_single(options: Sequence[str] | None, response: object) -> str | None:
    """Whether a response picks one of the options (any text, when the options are not fixed)."""
    if not isinstance(response, str) or not response.strip():
        return "Choose one of the options."
    if options is not None and chosen(options, response) is None:
        return f"'{response}' is not one of the options: choose one of them."
    return None


def check_typed(parse: Callable[[str], object], response: object) -> str | None:
    """Whether typed text reads as a value (the parser's message when it does not)."""
    if isinstance(response, str):
        try:
            parse(response)
        except ValueError as error:
            return str(error)
        return None
    return "Type your answer."


def grade_option(question, response: str) -> "Grade":
    """A single pick: right, partial credit for an option the deck gives credit, or wrong."""
    from trainer.deck.question import RIGHT, WRONG, Grade

    if same_name(response, question.answer):
        return RIGHT
    credit = next((part for option, part in getattr(question, "credit", {}).items() if same_name(response, option)), 0)
    return Grade(credit, False, "partial credit") if credit else WRONG


def option_wrong_picks(question, response: object, right: str) -> list[tuple[str, str]]:
    """(right, picked) when a stored single pick is an option other than the right one."""
    if not isinstance(response, str) or not response.strip():
        return []
    picked = next((option for option in getattr(question, "choices", None) or () if same_name(option, response)),
                  response.strip())
    return [] if same_name(picked, right) else [(right, picked)]


def with_unit(number: str, unit: str | None) -> str:
    if not unit:
        return number
    return f"{number}{unit}" if unit in {"%", "‰"} else f"{number} {unit}"


def jsonable(response: object) -> object:
    """The response as the store keeps it (JSON): sets become sorted lists, dates ISO text, a match's
    mapping an object of left item -> right item (items without a partner left out)."""
    if isinstance(response, Mapping):
        return {str(left): jsonable(right) for left, right in response.items() if right is not None}
    if isinstance(response, (set, frozenset)):
        return sorted(jsonable(item) for item in response)  # type: ignore[type-var]
    if isinstance(response, (list, tuple)):
        return [jsonable(item) for item in response]
    if isinstance(response, PartialDate):
        return response.iso()
    if isinstance(response, dt.date):
        return response.isoformat()
    return response


# --- presenting ----------------------------------------------------------------------------------


def shuffled(values: list[str], rng: random.Random) -> tuple[str, ...]:
    return tuple(rng.sample(values, len(values)))


def dedupe(names: list[str]) -> list[str]:
    """Names in first-seen order, dropping any equal to an earlier one but for case and accents."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        key = fold(name)
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


def shuffled_order(items: list[str], rng: random.Random) -> tuple[str, ...]:
    """The items shuffled so that, when at least two differ, they are not in the right order."""
    target = tuple(items)
    if len({fold(item) for item in items}) < 2:
        return target
    for _ in range(_SHUFFLE_TRIES):
        attempt = shuffled(items, rng)
        if [fold(item) for item in attempt] != [fold(item) for item in target]:
            return attempt
    return target[1:] + target[:1]  # a rotation differs unless every item is the same


def example(examples: tuple[str, ...], parse: Callable[[str], object], answer: object) -> str:
    """The first example that does not mean the answer itself, so the hint never gives it away."""
    return next(example for example in examples if parse(example) != answer)


# --- checking a deck -----------------------------------------------------------------------------


def duplicates(values: list[str], where: tuple, what: str, report: "Reporter") -> None:
    seen: set[str] = set()
    for index, value in enumerate(values):
        folded = fold(value)
        if folded in seen:
            report.error((*where, index), f"{what} '{value}' appears twice")
        seen.add(folded)


def among(answer: str, choices: list[str], where: tuple, what: str, report: "Reporter") -> None:
    from trainer.deck.diagnostics import did_you_mean

    if answer not in choices:
        hint = did_you_mean(answer, choices)
        report.error(where, f"{what} '{answer}' is not among the choices{hint}")


class SingleOption:
    """Mixin for the types answered by picking one option (who_said, choice): the pick is checked against the
    question's ``choices``, graded with partial credit, and a wrong pick counts as a confusion."""

    practice_hint = SINGLE_PRACTICE_HINT
    exam_hint = SINGLE_EXAM_HINT
    confusion = True
    expected_ms = (6_000, 25_000)  # recognising an option is quicker than producing an answer

    def check(self, question, response: object, complete: bool) -> str | None:
        return check_single(question.choices, response)

    def grade(self, question, response: object) -> "Grade":
        assert isinstance(response, str)
        return grade_option(question, response)

    def format_answer(self, question) -> str:
        return question.answer

    def wrong_picks(self, question, response: object) -> list[tuple[str, str]]:
        return option_wrong_picks(question, response, str(question.answer))


class TypedInput:
    """Mixin for the types answered by typing (number, date, text): their key hints."""

    practice_hint = TYPED_PRACTICE_HINT
    exam_hint = TYPED_EXAM_HINT
