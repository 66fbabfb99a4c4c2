"""Whether an answer is right, and how answers are shown: the question's type decides (trainer.deck.types).

The UI never decides correctness. It asks :func:`check_response` whether what the student
typed can be graded at all (so that "abc" for a number is asked again rather than marked
wrong), then :func:`grade`, and shows :func:`format_answer` and :func:`format_response`.

Responses by type: who_said/choice: the chosen option string; multi: a collection of chosen
option strings; true_false: a bool (or the option string "True"/"False"); number, date and
text: the typed string; order: the item strings in the student's order; match: a mapping of each
left item to the right item chosen for it (a left item left out, or mapped to None, has no partner).

A match response is *complete* when every left item has a partner. Practice asks for a complete
one (:func:`check_response`'s default); an exam saves and grades an incomplete one, the left items
without a partner counting as wrong (Moodle's "gradable" against "complete" response).
"""

from __future__ import annotations

from trainer.deck.model import AnyQuestion
from trainer.deck.question import Grade
from trainer.deck.types import type_of
from trainer.deck.types.date import date_distance
from trainer.deck.types.match import format_pairs, match_partners
from trainer.deck.types.multi import MULTI_SEPARATOR

__all__ = [
    "MULTI_SEPARATOR", "Grade", "check_response", "date_distance", "encode_response", "format_answer",
    "format_pairs", "format_response", "grade", "match_partners",
]


def check_response(question: AnyQuestion, response: object, *, complete: bool = True) -> str | None:
    """None if the response can be graded, else a message to show the student before asking again.

    ``complete=False`` (an exam, a regrade) accepts a match response that leaves some items without
    a partner; by default every item must have one.
    """
    return type_of(question).check(question, response, complete)


def grade(question: AnyQuestion, response: object) -> Grade:
    """Grade a response; one that cannot be graded gets Grade(0, False, note=<why>), not an exception.

    An incomplete match response is graded (its items without a partner count as wrong).
    """
    kind = type_of(question)
    problem = kind.check(question, response, False)
    if problem is not None:
        return Grade(0.0, False, problem)
    return kind.grade(question, response)


def format_answer(question: AnyQuestion) -> str:
    """The right answer for display: '5,459 warheads (±100)', 'True', 'February 2026', 'A → B → C'."""
    return type_of(question).format_answer(question)


def format_response(question: AnyQuestion, response: object) -> str:
    """The student's answer for display, with how it was read when that differs from what was typed."""
    if response is None or (isinstance(response, str) and not response.strip()):
        return "(no answer)"
    return type_of(question).format_response(question, response)


def encode_response(question: AnyQuestion, response: object) -> object:
    """The response as the store keeps it (JSON)."""
    return type_of(question).encode(response)
