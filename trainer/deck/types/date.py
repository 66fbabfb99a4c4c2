"""date: a date known to the year, the month or the day, with a tolerance in those units."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator

from trainer.deck.question import RIGHT, WRONG, Grade, Presentation, Question, QuestionType
from trainer.deck.types._shared import TypedInput, check_typed, example
from trainer.deck.values import PartialDate, format_date, parse_date

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck


class Date(Question):
    type: Literal["date"]
    answer: str = Field(description="2026, 2026-02 or 2026-02-05: the precision asked for.")
    tolerance: int = Field(default=0, ge=0, description="Allowed error in units of the answer's precision.")

    @field_validator("answer", mode="before")
    @classmethod
    def _answer_form(cls, value: object) -> str:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError("a date answer is written 2026, 2026-02 or 2026-02-05")
        try:
            return PartialDate.from_iso(value).iso()
        except ValueError as error:
            raise ValueError(str(error)) from None

    @property
    def answer_date(self) -> PartialDate:
        return PartialDate.from_iso(self.answer)


_UNIT_NAMES = {"year": ("year", "years"), "month": ("month", "months"), "day": ("day", "days")}
_RANK = {"year": 0, "month": 1, "day": 2}
_EXAMPLES = {
    "year": ("a year", ("1999", "2011")),
    "month": ("a month and year", ("Mar 2019", "Oct 2011")),
    "day": ("a date", ("5 Mar 2019", "12 Oct 2011")),
}


def _tolerance(question: Date) -> str:
    singular, plural = _UNIT_NAMES[question.answer_date.precision]
    return f"±{question.tolerance} {singular if question.tolerance == 1 else plural}"


def as_partial(response: object) -> PartialDate:
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


class DateType(TypedInput, QuestionType):
    name = "date"
    model = Date
    label = "Dates"

    def check(self, question: Date, response: object, complete: bool) -> str | None:
        if isinstance(response, (PartialDate, dt.date)):
            return None
        return check_typed(parse_date, response)

    def grade(self, question: Date, response: object) -> Grade:
        answer, given = question.answer_date, as_partial(response)
        if _RANK[given.precision] < _RANK[answer.precision]:
            return Grade(0.0, False, f"the answer needs the {answer.precision}")
        distance = date_distance(answer, given)
        if distance == 0:
            return RIGHT
        if distance <= question.tolerance:
            return Grade(1.0, True, f"within tolerance ({_tolerance(question)})")
        return WRONG

    def format_answer(self, question: Date) -> str:
        shown = format_date(question.answer_date)
        return f"{shown} ({_tolerance(question)})" if question.tolerance else shown

    def format_response(self, question: Date, response: object) -> str:
        if self.check(question, response, True) is not None:
            return str(response).strip()
        shown = format_date(as_partial(response))
        typed = str(response).strip() if isinstance(response, str) else shown
        return typed if typed == shown else f"{typed} (= {shown})"

    def present(self, question: Date, deck: "Deck", rng: random.Random) -> Presentation:
        what, examples = _EXAMPLES[question.answer_date.precision]
        placeholder = f"{what}, e.g. {example(examples, parse_date, question.answer_date)}"
        return Presentation("typed", question.question_text(), placeholder=placeholder)

    def check_values(self, question: Date, where: tuple, people: set[str], published: int | None,
                     report: "Reporter") -> None:
        from trainer.deck.values import dates_in

        year = question.answer_date.year
        years = {date.year for date in dates_in(question.quote)}
        if year not in years and not (not years and year == published):
            shown = f"years in it: {', '.join(str(y) for y in sorted(years))}" if years else "it names no year"
            report.warning((*where, "answer"), f"the year {year} does not appear in the quote ({shown})")


TYPE = DateType()
