"""What a deck is: the pydantic models behind the YAML files.

The models check the shape of a deck (field names, types, required fields). Each question type's
model lives with everything else about that type in :mod:`trainer.deck.types`; this module gathers
them into the deck. Checks that need the whole deck or the source articles (unique ids, answers among
choices, quotes in their sources) live in :mod:`trainer.deck.checks` and :mod:`trainer.deck.verify`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Union

from pydantic import Field

from trainer.deck.question import ID_PATTERN, Id, Text
from trainer.deck.question import Question as _Question
from trainer.deck.question import Strict as _Strict
from trainer.deck.types import QUESTION_TYPES, TYPES
from trainer.deck.types.choice import Choice
from trainer.deck.types.date import Date
from trainer.deck.types.match import Match
from trainer.deck.types.multi import Multi
from trainer.deck.types.number import Number
from trainer.deck.types.order import Order
from trainer.deck.types.text import TextAnswer
from trainer.deck.types.true_false import TrueFalse
from trainer.deck.types.who_said import WhoSaid
from trainer.deck.values import PartialDate

__all__ = [
    "ID_PATTERN", "QUESTION_CLASSES", "QUESTION_TYPES", "AnyQuestion", "Choice", "Date", "Deck", "Id", "Match",
    "Multi", "Number", "Order", "PartialDate", "Person", "Question", "Source", "Text", "TextAnswer", "TrueFalse",
    "WhoSaid",
]

#: The model of each type, by the deck's ``type:`` value.
QUESTION_CLASSES: dict[str, type[_Question]] = {name: kind.model for name, kind in TYPES.items()}

#: Any question (the models of every type).
AnyQuestion = Union[tuple(QUESTION_CLASSES.values())]  # type: ignore[valid-type]

Question = Annotated[AnyQuestion, Field(discriminator="type")]


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
