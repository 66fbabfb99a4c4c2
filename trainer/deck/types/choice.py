"""choice: one right option among the author's, some others worth part of the point."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from trainer.deck.question import Presentation, Question, QuestionType, Text
from trainer.deck.types._shared import SingleOption, among, duplicates, shuffled

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck


class Choice(Question):
    type: Literal["choice"]
    answer: Text
    choices: list[Text] = Field(min_length=2)
    credit: dict[str, Annotated[float, Field(gt=0, lt=1)]] = Field(
        default_factory=dict,
        description="Other choices that earn part of the point, as a fraction: {'nearly right': 0.5} "
        "(Moodle's ~%50% weights).",
    )


class ChoiceType(SingleOption, QuestionType):
    name = "choice"
    model = Choice
    label = "Choice"

    def present(self, question: Choice, deck: "Deck", rng: random.Random) -> Presentation:
        return Presentation("single", question.question_text(), options=shuffled(list(question.choices), rng))

    def check_answers(self, question: Choice, where: tuple, report: "Reporter") -> None:
        duplicates(question.choices, (*where, "choices"), "choice", report)
        among(question.answer, question.choices, (*where, "answer"), "answer", report)
        for option in question.credit:
            among(option, question.choices, (*where, "credit"), "option with partial credit", report)


TYPE = ChoiceType()
