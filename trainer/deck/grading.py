"""Whether an answer is right: one plain function per question type, and how to show answers.

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

import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from trainer.deck.model import (
    AnyQuestion,
    Choice,
    Date,
    Match,
    Multi,
    Number,
    Order,
    PartialDate,
    TextAnswer,
    TrueFalse,
    WhoSaid,
)
from trainer.deck.textmatch import fold, match_text, same_name
from trainer.deck.values import format_date, format_number, parse_date, parse_number, typed_scale, unit_scale


@dataclass(frozen=True)
class Grade:
    """The outcome of one answer."""

    score: float  #: 0.0 .. 1.0 (partial credit for multi and order questions)
    correct: bool  #: fully right
    note: str = ""  #: why, when it is not plain: "typo forgiven", "within tolerance (±2%)"


_RIGHT = Grade(1.0, True)
_WRONG = Grade(0.0, False)
_TRUE_WORDS = {"true": True, "t": True, "false": False, "f": False}


# --- checking that a response can be graded ------------------------------------------------------


def _chosen(options: Sequence[str], picked: str) -> str | None:
    """The option the student picked: the exact string, else one equal but for case and accents."""
    if picked in options:
        return picked
    return next((option for option in options if same_name(option, picked)), None)


def _as_bool(response: object) -> bool | None:
    if isinstance(response, bool):
        return response
    if isinstance(response, str):
        return _TRUE_WORDS.get(response.strip().casefold())
    return None


def _check_single(options: Sequence[str] | None, response: object) -> str | None:
    if not isinstance(response, str) or not response.strip():
        return "Choose one of the options."
    if options is not None and _chosen(options, response) is None:
        return f"'{response}' is not one of the options: choose one of them."
    return None


def _check_multi(question: Multi, response: object) -> str | None:
    if isinstance(response, str) or not isinstance(response, Collection):
        return "Choose the options you think are right."
    if not response:
        return "Choose at least one option."
    for picked in response:
        if not isinstance(picked, str) or _chosen(question.choices, picked) is None:
            return f"'{picked}' is not one of the options."
    return None


def _check_typed(parse: Callable[[str], object], response: object) -> str | None:
    if isinstance(response, str):
        try:
            parse(response)
        except ValueError as error:
            return str(error)
        return None
    return "Type your answer."


def _check_order(question: Order, response: object) -> str | None:
    if isinstance(response, str) or not isinstance(response, Sequence):
        return "Put the items in order."
    if not all(isinstance(item, str) for item in response) or Counter(map(fold, response)) != Counter(
        map(fold, question.items)
    ):
        return "Put every item in order, each once: the answer must use exactly the items shown."
    return None


def match_partners(question: Match, response: Mapping[object, object]) -> dict[str, str]:
    """The response as left item -> right item, both spelled as the deck spells them; unknown ones dropped."""
    options = question.options()
    lefts = list(question.pairs)
    chosen: dict[str, str] = {}
    for left, right in response.items():
        if not isinstance(left, str) or not isinstance(right, str):
            continue
        found_left, found_right = _chosen(lefts, left), _chosen(options, right)
        if found_left is not None and found_right is not None:
            chosen[found_left] = found_right
    return chosen


def _check_match(question: Match, response: object, complete: bool) -> str | None:
    if not isinstance(response, Mapping):
        return "Choose a partner for each item."
    lefts, options = list(question.pairs), question.options()
    for left, right in response.items():
        if not isinstance(left, str) or _chosen(lefts, left) is None:
            return f"'{left}' is not one of the items to match."
        if right is not None and (not isinstance(right, str) or _chosen(options, right) is None):
            return f"'{right}' is not one of the partners to choose from."
    partners = match_partners(question, response)
    if not partners:
        return "Choose a partner for each item."
    missing = [left for left in lefts if left not in partners]
    if complete and missing:
        more = f" and {len(missing) - 1} more have" if len(missing) > 1 else " has"
        return f"Choose a partner for every item: '{missing[0]}'{more} none yet."
    return None


def check_response(question: AnyQuestion, response: object, *, complete: bool = True) -> str | None:
    """None if the response can be graded, else a message to show the student before asking again.

    ``complete=False`` (an exam, a regrade) accepts a match response that leaves some items without
    a partner; by default every item must have one.
    """
    if isinstance(question, WhoSaid):
        return _check_single(question.choices, response)
    if isinstance(question, Choice):
        return _check_single(question.choices, response)
    if isinstance(question, Multi):
        return _check_multi(question, response)
    if isinstance(question, TrueFalse):
        return None if _as_bool(response) is not None else "Answer True or False."
    if isinstance(question, Number):
        if isinstance(response, (int, float)) and not isinstance(response, bool):
            return None
        return _check_typed(parse_number, response)
    if isinstance(question, Date):
        if isinstance(response, (PartialDate, dt.date)):
            return None
        return _check_typed(parse_date, response)
    if isinstance(question, TextAnswer):
        if not isinstance(response, str) or not response.strip():
            return "Type your answer."
        return None
    if isinstance(question, Order):
        return _check_order(question, response)
    if isinstance(question, Match):
        return _check_match(question, response, complete)
    raise TypeError(f"not a question: {question!r}")


# --- grading -------------------------------------------------------------------------------------


def _number_value(response: object, question: Number | None = None) -> float:
    """The response as a number in the question's unit.

    With a unit that has a magnitude word (``unit: million euros``), a typed magnitude is read
    against it: '4.2 million' is 4.2 (million euros). A bare figure is in the unit ('4.2'), or
    written out in full ('4,200,000'): whichever reading is nearer the answer.
    """
    if isinstance(response, (int, float)):
        return float(response)
    value = parse_number(str(response))
    scale = unit_scale(question.unit) if question is not None else 1
    if scale > 1:
        if typed_scale(str(response)) > 1:
            value /= scale
        elif question is not None and abs(value / scale - question.answer) < abs(value - question.answer):
            value /= scale
    return value


def _grade_number(question: Number, response: object) -> Grade:
    value = _number_value(response, question)
    allowed = question.allowed_error()
    slack = 1e-9 * max(1.0, abs(question.answer), abs(value))
    error = abs(value - question.answer)
    if error <= slack:
        return _RIGHT
    if error <= allowed + slack:
        return Grade(1.0, True, f"within tolerance ({_number_tolerance(question)})")
    if isinstance(response, str) and _misread_point(response, value, question):
        return Grade(
            0.0, False, "a point marks decimals: write thousands with a comma, e.g. 5,459"
        )
    return _WRONG


def _misread_point(typed: str, value: float, question: Number) -> bool:
    """Whether the student wrote thousands European-style ('5.459') and would be right read so."""
    digits = typed.strip().replace(" ", "")
    if "." not in digits or "," in digits:
        return False
    after = digits.split(".", 1)[1]
    grouped = len(after) >= 3 and after[:3].isdigit() and not after[3:4].isdigit()
    return grouped and abs(value * 1000 - question.answer) <= question.allowed_error() + 1e-9


def _number_tolerance(question: Number) -> str:
    if isinstance(question.tolerance, str):
        return f"±{question.tolerance}"
    return f"±{format_number(question.tolerance)}"


_UNIT_NAMES = {"year": ("year", "years"), "month": ("month", "months"), "day": ("day", "days")}


def _date_tolerance(question: Date) -> str:
    singular, plural = _UNIT_NAMES[question.answer_date.precision]
    return f"±{question.tolerance} {singular if question.tolerance == 1 else plural}"


def _as_partial(response: object) -> PartialDate:
    if isinstance(response, PartialDate):
        return response
    if isinstance(response, dt.date):
        return PartialDate(response.year, response.month, response.day)
    return parse_date(str(response))


def date_distance(answer: PartialDate, response: PartialDate) -> int:
    """How far apart two dates are, in whole units of the answer's precision (calendar-true)."""
    if answer.precision == "year":
        return abs(response.year - answer.year)
    assert answer.month is not None and response.month is not None
    if answer.precision == "month":
        return abs((response.year * 12 + response.month) - (answer.year * 12 + answer.month))
    assert answer.day is not None and response.day is not None
    first = dt.date(answer.year, answer.month, answer.day)
    second = dt.date(response.year, response.month, response.day)
    return abs((second - first).days)


_RANK = {"year": 0, "month": 1, "day": 2}


def _grade_date(question: Date, response: object) -> Grade:
    answer, given = question.answer_date, _as_partial(response)
    if _RANK[given.precision] < _RANK[answer.precision]:
        return Grade(0.0, False, f"the answer needs the {answer.precision}")
    distance = date_distance(answer, given)
    if distance == 0:
        return _RIGHT
    if distance <= question.tolerance:
        return Grade(1.0, True, f"within tolerance ({_date_tolerance(question)})")
    return _WRONG


def _grade_multi(question: Multi, response: Collection[str]) -> Grade:
    right = {_chosen(question.choices, answer) or answer for answer in question.answers}
    picked = {_chosen(question.choices, item) for item in response}
    hits, misses = len(picked & right), len(picked - right)
    if picked == right:
        return _RIGHT
    score = max(0.0, (hits - misses) / len(right))
    note = f"{hits} of {len(right)} right options chosen"
    if misses:
        note += f", {misses} wrong"
    return Grade(score, False, note)


def _grade_order(question: Order, response: Sequence[str]) -> Grade:
    # Each response item takes the index of the next unused equal item in the right order, so
    # duplicated items are matched in the way that counts in the student's favour.
    slots: dict[str, list[int]] = {}
    for index, item in enumerate(question.items):
        slots.setdefault(fold(item), []).append(index)
    indices = [slots[fold(item)].pop(0) for item in response]
    size = len(indices)
    pairs = size * (size - 1) // 2
    in_order = sum(1 for i in range(size) for j in range(i + 1, size) if indices[i] < indices[j])
    if in_order == pairs:
        return _RIGHT
    # The note states the rule the score follows (a share of pairs), so that "+0.67" is explained by it.
    return Grade(in_order / pairs, False, f"{in_order} of {pairs} pairs of items in the right order")


def _grade_match(question: Match, response: Mapping[object, object]) -> Grade:
    """The share of left items given their right partner; an item without a partner counts as wrong."""
    partners = match_partners(question, response)
    right = sum(1 for left, partner in question.pairs.items() if same_name(partners.get(left, ""), partner))
    size = len(question.pairs)
    if right == size:
        return _RIGHT
    note = f"{right} of {size} matched right"
    if len(partners) < size:
        note += f", {size - len(partners)} without a partner"
    return Grade(right / size, False, note)


def grade(question: AnyQuestion, response: object) -> Grade:
    """Grade a response; one that cannot be graded gets Grade(0, False, note=<why>), not an exception.

    An incomplete match response is graded (its items without a partner count as wrong).
    """
    problem = check_response(question, response, complete=False)
    if problem is not None:
        return Grade(0.0, False, problem)
    if isinstance(question, (WhoSaid, Choice)):
        assert isinstance(response, str)
        if same_name(response, question.answer):
            return _RIGHT
        credit = next((part for option, part in getattr(question, "credit", {}).items() if same_name(response, option)), 0)
        return Grade(credit, False, "partial credit") if credit else _WRONG
    if isinstance(question, TrueFalse):
        return _RIGHT if _as_bool(response) == question.answer else _WRONG
    if isinstance(question, Multi):
        return _grade_multi(question, response)  # type: ignore[arg-type]
    if isinstance(question, Number):
        return _grade_number(question, response)
    if isinstance(question, Date):
        return _grade_date(question, response)
    if isinstance(question, TextAnswer):
        found = match_text(str(response), [question.answer, *question.accept])
        if found is None:
            return _WRONG
        return _RIGHT if found.kind == "exact" else Grade(1.0, True, "typo forgiven")
    if isinstance(question, Order):
        return _grade_order(question, response)  # type: ignore[arg-type]
    if isinstance(question, Match):
        return _grade_match(question, response)  # type: ignore[arg-type]
    raise TypeError(f"not a question: {question!r}")


# --- display -------------------------------------------------------------------------------------


#: Between the options of a several-answer response: not a comma, which options often contain themselves.
MULTI_SEPARATOR = " · "


def _with_unit(number: str, unit: str | None) -> str:
    if not unit:
        return number
    return f"{number}{unit}" if unit in {"%", "‰"} else f"{number} {unit}"


def format_answer(question: AnyQuestion) -> str:
    """The right answer for display: '5,459 warheads (±100)', 'True', 'February 2026', 'A → B → C'."""
    if isinstance(question, (WhoSaid, Choice, TextAnswer)):
        return question.answer
    if isinstance(question, Multi):
        return MULTI_SEPARATOR.join(question.answers)
    if isinstance(question, TrueFalse):
        return "True" if question.answer else "False"
    if isinstance(question, Number):
        shown = _with_unit(format_number(question.answer), question.unit)
        return f"{shown} ({_number_tolerance(question)})" if question.allowed_error() else shown
    if isinstance(question, Date):
        shown = format_date(question.answer_date)
        return f"{shown} ({_date_tolerance(question)})" if question.tolerance else shown
    if isinstance(question, Order):
        return " → ".join(question.items)
    if isinstance(question, Match):
        return format_pairs(question.pairs)
    raise TypeError(f"not a question: {question!r}")


def format_pairs(pairs: Mapping[str, str | None]) -> str:
    """Match pairs on one line: 'Russia → 5,459; China → about 600' ('—' for an item without a partner)."""
    return "; ".join(f"{left} → {right or '—'}" for left, right in pairs.items())


def format_response(question: AnyQuestion, response: object) -> str:
    """The student's answer for display, with how it was read when that differs from what was typed."""
    if response is None or (isinstance(response, str) and not response.strip()):
        return "(no answer)"
    if isinstance(question, TrueFalse):
        value = _as_bool(response)
        return str(response) if value is None else ("True" if value else "False")
    if isinstance(question, Multi) and isinstance(response, Collection) and not isinstance(response, str):
        if not response:
            return "(nothing chosen)"
        order = {choice: index for index, choice in enumerate(question.choices)}
        return MULTI_SEPARATOR.join(sorted(map(str, response), key=lambda item: order.get(item, len(order))))
    if isinstance(question, Order) and isinstance(response, Sequence) and not isinstance(response, str):
        return " → ".join(map(str, response))
    if isinstance(question, Match) and isinstance(response, Mapping):
        if check_response(question, response, complete=False) is not None:
            return "; ".join(f"{left} → {right or '—'}" for left, right in response.items()) or "(nothing chosen)"
        partners = match_partners(question, response)
        return format_pairs({left: partners.get(left) for left in question.pairs})
    if isinstance(question, Number) and check_response(question, response) is None:
        value = _number_value(response, question)
        shown = _with_unit(format_number(value), question.unit)
        if not isinstance(response, str):
            return shown
        typed = response.strip()
        return typed if typed in {shown, format_number(value)} else f"{typed} (= {shown})"
    if isinstance(question, Date) and check_response(question, response) is None:
        shown = format_date(_as_partial(response))
        typed = str(response).strip() if isinstance(response, str) else shown
        return typed if typed == shown else f"{typed} (= {shown})"
    return str(response).strip()
