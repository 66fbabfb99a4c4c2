"""What a deck is: the pydantic models behind the YAML files.

The models check the shape of a deck (field names, types, required fields). Checks that need
the whole deck or the source articles (unique ids, answers among choices, quotes in their
sources) live in :mod:`trainer.deck.checks` and :mod:`trainer.deck.verify`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, ClassVar, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from trainer.deck.textmatch import fold

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=120)]
Text = Annotated[str, Field(min_length=1)]

QUESTION_TYPES = ("who_said", "choice", "multi", "true_false", "number", "date", "text", "order", "match")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Source(_Strict):
    """An article a deck's questions are drawn from."""

    id: Id
    file: Text = Field(description="Path of the plain-text article, relative to the deck file.")
    title: Text
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None

    def citation(self) -> str:
        """Title, outlet and date, as shown under a quote."""
        parts = [self.title]
        if self.outlet:
            parts.append(self.outlet)
        if self.published:
            parts.append(self.published.isoformat())
        return ", ".join(parts)


class Person(_Strict):
    """A canonical name (and role); also a pool of distractors for who_said questions."""

    name: Text
    role: str | None = None


class _Question(_Strict):
    id: Id
    prompt: str | None = Field(
        default=None, description="What the student is asked. Generated for who_said and true_false."
    )
    quote: str = Field(
        default="",
        description="The exact words of the source that prove the answer. A question without one is 'unsourced' "
        "(imported from a bank, say): it can be studied, `trainer check` warns about it and `check --strict` refuses it.",
    )
    source: Id | None = Field(default=None, description="Source id; may be omitted when the deck has one source.")
    explain: str | None = Field(default=None, description="Why the answer is right, in the author's words.")
    tags: list[Text] = Field(default_factory=list)

    #: Whether a question of this type needs an explicit prompt.
    needs_prompt: ClassVar[bool] = True

    @model_validator(mode="after")
    def _prompt_present(self):
        if self.needs_prompt and not self.prompt:
            raise ValueError(f"a {self.type} question needs a 'prompt'")  # type: ignore[attr-defined]
        return self

    @property
    def unsourced(self) -> bool:
        """No quote proves the answer: the app says so instead of showing a proof."""
        return not self.quote

    def question_text(self) -> str:
        """The prompt shown to the student."""
        return self.prompt or ""


class WhoSaid(_Question):
    type: Literal["who_said"]
    answer: Text = Field(description="The speaker's name.")
    choices: list[Text] | None = Field(
        default=None, description="Speakers to choose from; drawn from the deck's speakers and people when omitted."
    )
    needs_prompt: ClassVar[bool] = False

    @model_validator(mode="after")
    def _quote_or_prompt(self):
        if not self.prompt and not self.quote:
            raise ValueError("a who_said question needs a 'quote' (its question) or a 'prompt'")
        return self

    def question_text(self) -> str:
        return self.prompt or f"Who said: “{self.quote}”"


class Choice(_Question):
    type: Literal["choice"]
    answer: Text
    choices: list[Text] = Field(min_length=2)
    credit: dict[str, Annotated[float, Field(gt=0, lt=1)]] = Field(
        default_factory=dict,
        description="Other choices that earn part of the point, as a fraction: {'nearly right': 0.5} "
        "(Moodle's ~%50% weights).",
    )


class Multi(_Question):
    type: Literal["multi"]
    answers: list[Text] = Field(min_length=1, description="Every right choice.")
    choices: list[Text] = Field(min_length=2)


class TrueFalse(_Question):
    type: Literal["true_false"]
    statement: Text
    answer: bool
    needs_prompt: ClassVar[bool] = False

    def question_text(self) -> str:
        return self.prompt or f"True or false: {self.statement}"


_RELATIVE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


class Number(_Question):
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


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def human(self) -> str:
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day).strftime("%-d %B %Y")
        if self.month is not None:
            return dt.date(self.year, self.month, 1).strftime("%B %Y")
        return str(self.year)

    @classmethod
    def from_iso(cls, text: str) -> "PartialDate":
        match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a date: write 2026, 2026-02 or 2026-02-05")
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{text}' has no month {month}")
        if day is not None:
            dt.date(year, month or 1, day)  # raises ValueError for 2026-02-30
        return cls(year, month, day)


class Date(_Question):
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


class TextAnswer(_Question):
    type: Literal["text"]
    answer: Text
    accept: list[Text] = Field(default_factory=list, description="Other answers that are also right.")


class Order(_Question):
    type: Literal["order"]
    items: list[Text] = Field(min_length=2, description="The items in the right order; shown shuffled.")


class Match(_Question):
    type: Literal["match"]
    pairs: dict[Text, Text] = Field(
        min_length=2,
        description="Each left item and its right partner, in the order the left items are shown: "
        "{Russia: '5,459', China: 'about 600'}. Two left items may share a partner.",
    )
    distractors: list[Text] = Field(
        default_factory=list, description="Right items that are nobody's partner, offered among the others."
    )

    def options(self) -> list[str]:
        """Every right item once (partners first, in pair order, then distractors), as the author spelled it."""
        seen: set[str] = set()
        found: list[str] = []
        for item in [*self.pairs.values(), *self.distractors]:
            key = fold(item)
            if key not in seen:
                seen.add(key)
                found.append(item)
        return found


Question = Annotated[
    Union[WhoSaid, Choice, Multi, TrueFalse, Number, Date, TextAnswer, Order, Match],
    Field(discriminator="type"),
]

QUESTION_CLASSES: dict[str, type[_Question]] = {
    "who_said": WhoSaid,
    "choice": Choice,
    "multi": Multi,
    "true_false": TrueFalse,
    "number": Number,
    "date": Date,
    "text": TextAnswer,
    "order": Order,
    "match": Match,
}


class Deck(_Strict):
    """One deck: its id, its sources and its questions."""

    deck: Id = Field(description="Stable id: progress is keyed on deck id and question id.")
    title: Text
    description: str | None = None
    sources: list[Source] = Field(
        default_factory=list, description="The articles the quotes come from; may be empty when every question is unsourced."
    )
    people: list[Person] = Field(default_factory=list)
    questions: list[Question] = Field(min_length=1)

    def source_for(self, question: _Question) -> Source | None:
        """The source a question cites (the only source when it names none)."""
        if question.source is None:
            return self.sources[0] if len(self.sources) == 1 else None
        for source in self.sources:
            if source.id == question.source:
                return source
        return None

    def question(self, question_id: str) -> _Question | None:
        for question in self.questions:
            if question.id == question_id:
                return question
        return None


AnyQuestion = Union[WhoSaid, Choice, Multi, TrueFalse, Number, Date, TextAnswer, Order, Match]
