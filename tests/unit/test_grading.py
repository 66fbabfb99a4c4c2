"""Grading each question type, checking responses before grading, and showing answers."""

from __future__ import annotations

import datetime as dt

import pytest

from trainer.deck.grading import (
    Grade,
    check_response,
    date_distance,
    format_answer,
    format_response,
    grade,
)
from trainer.deck.model import (
    Choice,
    Date,
    Multi,
    Number,
    Order,
    PartialDate,
    TextAnswer,
    TrueFalse,
    WhoSaid,
)

BASE = {"id": "q", "prompt": "p", "quote": "q"}


def number(answer: float = 5459, tolerance: float | str = 100, unit: str | None = None) -> Number:
    return Number(**BASE, type="number", answer=answer, tolerance=tolerance, unit=unit)


def date(answer: str, tolerance: int = 0) -> Date:
    return Date(**BASE, type="date", answer=answer, tolerance=tolerance)


def text(answer: str, *accept: str) -> TextAnswer:
    return TextAnswer(**BASE, type="text", answer=answer, accept=list(accept))


MULTI = Multi(
    **BASE, type="multi", answers=["Russia", "USA", "China"], choices=["Russia", "USA", "China", "India", "France"]
)
ORDER = Order(**BASE, type="order", items=["A", "B", "C", "D"])
WHO = WhoSaid(id="w", type="who_said", quote="It is unthinkable.", answer="Sergey Lavrov")
CHOICE = Choice(**BASE, type="choice", answer="Kommersant", choices=["Kommersant", "Izvestia", "TASS"])
TRUE = TrueFalse(id="t", type="true_false", quote="q", statement="Russia holds the most warheads.", answer=True)


# --- number ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "typed", "correct", "note"),
    [
        (number(), "5459", True, ""),
        (number(), "5,459", True, ""),
        (number(), "about 5,500", True, "within tolerance (±100)"),
        (number(), "5359", True, "within tolerance (±100)"),  # exactly at the edge
        (number(), "5559", True, "within tolerance (±100)"),
        (number(), "5358", False, ""),
        (number(), "5560", False, ""),
        (number(tolerance=0), "5459", True, ""),
        (number(tolerance=0), "5460", False, ""),
        (number(600, "10%"), "660", True, "within tolerance (±10%)"),
        (number(600, "10%"), "540", True, "within tolerance (±10%)"),
        (number(600, "10%"), "661", False, ""),
        (number(-3, 0), "-3", True, ""),
        (number(-3, 0), "3", False, ""),
        (number(-3, 1), "minus 2", True, "within tolerance (±1)"),
        (number(1_200_000, 0), "1.2 million", True, ""),
        (number(1_200_000, 0), "1,200,000", True, ""),
        (number(0.3, 0.1), "0.2", True, "within tolerance (±0.1)"),  # 0.3 - 0.2 is 0.0999...98
        (number(0.3, 0.1), "0.4", True, "within tolerance (±0.1)"),  # 0.4 - 0.3 is 0.1000...03
        (number(0.3, 0), "0.1 ", False, ""),
        (number(12, 0, "%"), "12%", True, ""),
        (number(600, 0), "about 600", True, ""),
        (number(20, 0), "twenty", True, ""),
        # "5.459" is five point four five nine; the note explains why it is wrong.
        (number(5459, 0), "5.459", False, "a point marks decimals: write thousands with a comma, e.g. 5,459"),
        (number(5.459, 0), "5.459", True, ""),
    ],
)
def test_grade_number(question: Number, typed: str, correct: bool, note: str) -> None:
    result = grade(question, typed)
    assert result == Grade(1.0 if correct else 0.0, correct, note)


@pytest.mark.parametrize(
    ("typed", "correct"),
    [("4.2", True), ("4.2 million", True), ("4.2m", True), ("4,200,000", True), ("about 4.2 million", True),
     ("4.2 billion", False), ("42", False), ("4.2 thousand", False)],
)
def test_a_unit_with_a_magnitude_word_reads_typed_magnitudes_against_it(typed: str, correct: bool) -> None:
    question = number(4.2, 0, unit="million euros")
    assert grade(question, typed).correct is correct


def test_a_magnitude_typed_against_a_magnitude_unit_shows_how_it_was_read() -> None:
    assert format_response(number(4.2, 0, unit="million euros"), "4.2 million") == "4.2 million (= 4.2 million euros)"


def test_grade_number_accepts_a_float_response() -> None:
    assert grade(number(), 5459.0).correct


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [("", "Type a number"), ("abc", "'abc' is not a number"), ("5,45", "decimals with a point")],
)
def test_unreadable_number_is_asked_again_not_marked_wrong(typed: str, fragment: str) -> None:
    message = check_response(number(), typed)
    assert message is not None and fragment in message
    assert grade(number(), typed) == Grade(0.0, False, message)


# --- date --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "typed", "correct", "note"),
    [
        (date("2026"), "2026", True, ""),
        (date("2026"), "Feb 2026", True, ""),  # more precise than needed is fine
        (date("2026"), "5 February 2026", True, ""),
        (date("2026"), "2025", False, ""),
        (date("2026", 1), "2025", True, "within tolerance (±1 year)"),
        (date("2026", 1), "2024", False, ""),
        (date("2026-02"), "February 2026", True, ""),
        (date("2026-02"), "Feb. 2026", True, ""),
        (date("2026-02"), "2026-02-27", True, ""),
        (date("2026-02"), "March 2026", False, ""),
        (date("2026-02"), "2026", False, "the answer needs the month"),
        (date("2026-02", 3), "2026", False, "the answer needs the month"),
        (date("2025-12", 1), "Jan 2026", True, "within tolerance (±1 month)"),  # across the year end
        (date("2025-12", 1), "Feb 2026", False, ""),
        (date("2026-01", 2), "November 2025", True, "within tolerance (±2 months)"),
        (date("2026-02-05"), "February 5, 2026", True, ""),
        (date("2026-02-05"), "5th of February 2026", True, ""),
        (date("2026-02-05"), "Feb 2026", False, "the answer needs the day"),
        (date("2026-02-05"), "2026-02-06", False, ""),
        (date("2024-02-28", 1), "29 Feb 2024", True, "within tolerance (±1 day)"),  # leap day
        (date("2024-02-28", 1), "1 March 2024", False, ""),  # two days later in a leap year
        (date("2026-02-28", 1), "1 March 2026", True, "within tolerance (±1 day)"),
        (date("2025-12-31", 1), "1 Jan 2026", True, "within tolerance (±1 day)"),
        (date("2026-03-01", 30), "30 Jan 2026", True, "within tolerance (±30 days)"),
        (date("2026-03-01", 30), "29 Jan 2026", False, ""),
    ],
)
def test_grade_date(question: Date, typed: str, correct: bool, note: str) -> None:
    assert grade(question, typed) == Grade(1.0 if correct else 0.0, correct, note)


def test_grade_date_accepts_date_objects() -> None:
    assert grade(date("2026-02-05"), dt.date(2026, 2, 5)).correct
    assert grade(date("2026-02"), PartialDate(2026, 2)).correct


@pytest.mark.parametrize(
    ("answer", "response", "distance"),
    [
        (PartialDate(2026), PartialDate(2020, 5, 1), 6),
        (PartialDate(2025, 11), PartialDate(2026, 2), 3),
        (PartialDate(2024, 2, 1), PartialDate(2024, 3, 1), 29),
        (PartialDate(2026, 2, 1), PartialDate(2026, 3, 1), 28),
    ],
)
def test_date_distance_counts_calendar_units(answer: PartialDate, response: PartialDate, distance: int) -> None:
    assert date_distance(answer, response) == distance


def test_ambiguous_date_is_asked_again() -> None:
    message = check_response(date("2026-02-05"), "5/2/2026")
    assert message is not None and "write the month name" in message
    assert grade(date("2026-02-05"), "5/2/2026") == Grade(0.0, False, message)


# --- text --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "typed", "correct", "note"),
    [
        (text("Sergey Lavrov"), "sergey lavrov", True, ""),
        (text("Sergey Lavrov"), "Sergey Lavrov!", True, ""),
        (text("Sergey Lavrov"), "Sergey Lavorv", True, "typo forgiven"),
        (text("Sergey Lavrov"), "Sergey Lavorw", False, ""),
        (text("Sergey Lavrov", "Lavrov"), "lavrov", True, ""),
        (text("Sergey Lavrov", "Lavrov"), "Lavrow", True, "typo forgiven"),
        (text("New START"), "NewSTART", True, ""),
        (text("New START"), "the new start", True, ""),
        (text("Iran"), "Iraq", False, ""),
        (text("5,459"), "5459", True, ""),
        (text("5,459"), "5458", False, ""),
        (text("Guo Jiakun"), "Guo Jiakun", True, ""),
        (text("Moscow"), "Moskva", False, ""),
    ],
)
def test_grade_text(question: TextAnswer, typed: str, correct: bool, note: str) -> None:
    assert grade(question, typed) == Grade(1.0 if correct else 0.0, correct, note)


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_empty_text_is_asked_again(typed: object) -> None:
    assert check_response(text("Lavrov"), typed) == "Type your answer."
    assert grade(text("Lavrov"), typed) == Grade(0.0, False, "Type your answer.")


# --- single choice, true/false -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "response", "correct"),
    [
        (WHO, "Sergey Lavrov", True),
        (WHO, "sergey  lavrov", True),
        (WHO, "Guo Jiakun", False),
        (CHOICE, "Kommersant", True),
        (CHOICE, "TASS", False),
        (TRUE, True, True),
        (TRUE, False, False),
        (TRUE, "True", True),
        (TRUE, "false", False),
    ],
)
def test_grade_single(question: object, response: object, correct: bool) -> None:
    assert grade(question, response) == Grade(1.0 if correct else 0.0, correct)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "response", "fragment"),
    [
        (CHOICE, "", "Choose one of the options"),
        (CHOICE, None, "Choose one of the options"),
        (CHOICE, "Pravda", "'Pravda' is not one of the options"),
        (TRUE, "maybe", "Answer True or False"),
        (TRUE, None, "Answer True or False"),
        (WHO, "", "Choose one of the options"),
    ],
)
def test_single_check_response(question: object, response: object, fragment: str) -> None:
    message = check_response(question, response)  # type: ignore[arg-type]
    assert message is not None and fragment in message


def test_who_said_without_choices_takes_any_name() -> None:
    assert check_response(WHO, "Someone Else") is None


# --- multi -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("picked", "score", "correct", "note"),
    [
        ({"Russia", "USA", "China"}, 1.0, True, ""),
        (["China", "Russia", "USA"], 1.0, True, ""),
        ({"Russia", "USA"}, 2 / 3, False, "2 of 3 right options chosen"),
        ({"Russia"}, 1 / 3, False, "1 of 3 right options chosen"),
        ({"Russia", "USA", "China", "India"}, 2 / 3, False, "3 of 3 right options chosen, 1 wrong"),
        ({"Russia", "India"}, 0.0, False, "1 of 3 right options chosen, 1 wrong"),
        ({"Russia", "India", "France"}, 0.0, False, "1 of 3 right options chosen, 2 wrong"),  # floors at 0
        ({"India", "France"}, 0.0, False, "0 of 3 right options chosen, 2 wrong"),
        ({"russia", "usa", "china"}, 1.0, True, ""),
    ],
)
def test_grade_multi_partial_credit(picked: set[str], score: float, correct: bool, note: str) -> None:
    result = grade(MULTI, picked)
    assert result.score == pytest.approx(score)
    assert (result.correct, result.note) == (correct, note)


@pytest.mark.parametrize(
    ("response", "fragment"),
    [
        (set(), "Choose at least one option"),
        ([], "Choose at least one option"),
        ("Russia", "Choose the options"),
        (None, "Choose the options"),
        ({"Russia", "Brazil"}, "'Brazil' is not one of the options"),
    ],
)
def test_multi_check_response(response: object, fragment: str) -> None:
    message = check_response(MULTI, response)
    assert message is not None and fragment in message
    assert grade(MULTI, response).score == 0.0


# --- order -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "score", "note"),
    [
        (["A", "B", "C", "D"], 1.0, ""),
        (["B", "A", "C", "D"], 5 / 6, "2 of 4 in the right place"),
        (["A", "B", "D", "C"], 5 / 6, "2 of 4 in the right place"),
        (["D", "C", "B", "A"], 0.0, "0 of 4 in the right place"),
        (["B", "C", "D", "A"], 3 / 6, "0 of 4 in the right place"),
        (["A", "C", "B", "D"], 5 / 6, "2 of 4 in the right place"),
        (["C", "D", "A", "B"], 2 / 6, "0 of 4 in the right place"),
        (("a", "b", "c", "d"), 1.0, ""),
    ],
)
def test_grade_order_pairs_in_order(response: list[str], score: float, note: str) -> None:
    result = grade(ORDER, response)
    assert result.score == pytest.approx(score)
    assert result.correct is (score == 1.0)
    assert result.note == note


def test_grade_order_with_repeated_items() -> None:
    question = Order(**BASE, type="order", items=["x", "y", "x"])
    assert grade(question, ["x", "y", "x"]).correct
    assert grade(question, ["x", "x", "y"]).score == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    "response",
    [["A", "B", "C"], ["A", "B", "C", "D", "D"], ["A", "B", "C", "E"], "ABCD", None, ["A", "B", "C", 4]],
)
def test_order_response_must_be_a_permutation(response: object) -> None:
    message = check_response(ORDER, response)
    assert message is not None
    assert grade(ORDER, response) == Grade(0.0, False, message)


# --- display -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (number(5459, 100, "warheads"), "5,459 warheads (±100)"),
        (number(600, "2%", "warheads"), "600 warheads (±2%)"),
        (number(5459, 0), "5,459"),
        (number(12, 0, "%"), "12%"),
        (number(1.5, 0.25), "1.5 (±0.25)"),
        (TRUE, "True"),
        (WHO, "Sergey Lavrov"),
        (CHOICE, "Kommersant"),
        (text("New START", "NewSTART"), "New START"),
        (date("2026-02"), "February 2026"),
        (date("2026"), "2026"),
        (date("2026-02-05"), "5 February 2026"),
        (date("2026", 2), "2026 (±2 years)"),
        (date("2026-02", 1), "February 2026 (±1 month)"),
        (MULTI, "Russia, USA, China"),
        (Order(**BASE, type="order", items=["A", "B", "C"]), "A → B → C"),
    ],
)
def test_format_answer(question: object, shown: str) -> None:
    assert format_answer(question) == shown  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "response", "shown"),
    [
        (number(unit="warheads"), "5,459", "5,459"),
        (number(unit="warheads"), "1.2 million", "1.2 million (= 1,200,000 warheads)"),
        (number(), "about 600", "about 600 (= 600)"),
        (number(), "abc", "abc"),
        (number(), "", "(no answer)"),
        (number(unit="warheads"), 5459.0, "5,459 warheads"),
        (date("2026-02"), "2026-02-05", "2026-02-05 (= 5 February 2026)"),
        (date("2026-02"), "February 2026", "February 2026"),
        (date("2026-02"), "5/2/2026", "5/2/2026"),
        (TRUE, False, "False"),
        (TRUE, "true", "True"),
        (MULTI, {"China", "Russia"}, "Russia, China"),  # in the order of the choices
        (MULTI, set(), "(nothing chosen)"),
        (ORDER, ["B", "A", "C", "D"], "B → A → C → D"),
        (text("Lavrov"), "  lavrov ", "lavrov"),
        (CHOICE, None, "(no answer)"),
    ],
)
def test_format_response(question: object, response: object, shown: str) -> None:
    assert format_response(question, response) == shown  # type: ignore[arg-type]
