"""number: a figure, with a tolerance (absolute or relative) and a unit."""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, field_validator

from trainer.deck.question import RIGHT, WRONG, Grade, Presentation, Question, QuestionType
from trainer.deck.types._shared import TypedInput, check_typed, example, with_unit
from trainer.deck.values import format_number, parse_number, typed_scale, unit_scale

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck

_RELATIVE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


class Number(Question):
    type: Literal["number"]
    answer: Annotated[float, Field(allow_inf_nan=False)]
    tolerance: Annotated[float, Field(allow_inf_nan=False)] | str = Field(
        default=0, description="Absolute (100) or relative to the answer ('2%')."
    )
    unit: str | None = None

    @field_validator("tolerance")
    @classmethod
    def _tolerance_form(cls, value: float | str) -> float | str:
        if isinstance(value, str):
            if not _RELATIVE.match(value):
                raise ValueError("tolerance must be a number (100) or a percentage ('2%')")
            return value.strip()
        if value < 0:
            raise ValueError("tolerance cannot be negative")
        return value

    def allowed_error(self) -> float:
        """The tolerance as an absolute amount."""
        if isinstance(self.tolerance, str):
            match = _RELATIVE.match(self.tolerance)
            assert match
            return abs(self.answer) * float(match.group(1)) / 100
        return float(self.tolerance)


def number_value(response: object, question: Number | None = None) -> float:
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


def _misread_point(typed: str, value: float, question: Number) -> bool:
    """Whether the student wrote thousands European-style ('5.459') and would be right read so."""
    digits = typed.strip().replace(" ", "")
    if "." not in digits or "," in digits:
        return False
    after = digits.split(".", 1)[1]
    grouped = len(after) >= 3 and after[:3].isdigit() and not after[3:4].isdigit()
    return grouped and abs(value * 1000 - question.answer) <= question.allowed_error() + 1e-9


def _tolerance(question: Number) -> str:
    if isinstance(question.tolerance, str):
        return f"±{question.tolerance}"
    return f"±{format_number(question.tolerance)}"


def _as_written(value: float, quote: str) -> str:
    """A figure of the quote as the quote writes it when it has no separator ('2026', a year), else 5,459."""
    if value.is_integer():
        plain = str(int(value))
        if re.search(rf"(?<![\d.,]){plain}(?![\d]|[.,]\d)", quote):
            return plain
    return format_number(value)


class NumberType(TypedInput, QuestionType):
    name = "number"
    model = Number
    label = "Figures"

    def check(self, question: Number, response: object, complete: bool) -> str | None:
        if isinstance(response, (int, float)) and not isinstance(response, bool):
            return None
        return check_typed(parse_number, response)

    def grade(self, question: Number, response: object) -> Grade:
        value = number_value(response, question)
        allowed = question.allowed_error()
        slack = 1e-9 * max(1.0, abs(question.answer), abs(value))
        error = abs(value - question.answer)
        if error <= slack:
            return RIGHT
        if error <= allowed + slack:
            return Grade(1.0, True, f"within tolerance ({_tolerance(question)})")
        if isinstance(response, str) and _misread_point(response, value, question):
            return Grade(
                0.0, False, "a point marks decimals: write thousands with a comma, e.g. 5,459"
            )
        return WRONG

    def format_answer(self, question: Number) -> str:
        shown = with_unit(format_number(question.answer), question.unit)
        return f"{shown} ({_tolerance(question)})" if question.allowed_error() else shown

    def format_response(self, question: Number, response: object) -> str:
        if self.check(question, response, True) is not None:
            return str(response).strip()
        value = number_value(response, question)
        shown = with_unit(format_number(value), question.unit)
        if not isinstance(response, str):
            return shown
        typed = response.strip()
        return typed if typed in {shown, format_number(value)} else f"{typed} (= {shown})"

    def present(self, question: Number, deck: "Deck", rng: random.Random) -> Presentation:
        shown = example(("1,250", "3.5 million"), parse_number, question.answer)
        what = f"a number of {question.unit}" if question.unit and question.unit.isalpha() else "a number"
        return Presentation("typed", question.question_text(), placeholder=f"{what}, e.g. {shown}")

    def check_values(self, question: Number, where: tuple, people: set[str], published: int | None,
                     report: "Reporter") -> None:
        from trainer.deck.values import numbers_in

        found = numbers_in(question.quote)
        # "4.2 million euros" backs answer 4.2 with unit "million euros".
        wanted = {question.answer, question.answer * unit_scale(question.unit)}
        if not any(abs(value - answer) <= 1e-9 * max(1.0, abs(value)) for value in found for answer in wanted):
            shown = (f"the quote's figures are {', '.join(_as_written(v, question.quote) for v in found[:6])}"
                     if found else "the quote holds no figure")
            report.warning((*where, "answer"), f"answer {format_number(question.answer)} does not appear in the "
                                               f"quote ({shown}); quote the words that give it")


TYPE = NumberType()
