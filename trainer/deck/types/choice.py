"""choice: one right option among the author's, some others worth part of the point."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from trainer.deck.question import Grade, Presentation, Question, QuestionType, Text
from trainer.deck.types._shared import (
    SINGLE_EXAM_HINT, SINGLE_PRACTICE_HINT, among, check_single, duplicates, grade_option, option_wrong_picks,
    shuffled,
)

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


class ChoiceType(QuestionType):
    name = "choice"
    model = Choice
    label = "Choice"
    practice_hint = SINGLE_PRACTICE_HINT
    exam_hint = SINGLE_EXAM_HINT
    confusion = True

    def check(self, question: Choice, response: object, complete: bool) -> str | None:
        return check_single(question.choices, response)

    def grade(self, question: Choice, response: object) -> Grade:
        assert isinstance(response, str)
        return grade_option(question, response)

    def format_answer(self, question: Choice) -> str:
        return question.answer

    def wrong_picks(self, question: Choice, response: object) -> list[tuple[str, str]]:
        return option_wrong_picks(question, response, str(question.answer))

    def present(self, question: Choice, deck: "Deck", rng: random.Random) -> Presentation:
        return Presentation("single", question.question_text(), options=shuffled(list(question.choices), rng))

    def check_answers(self, question: Choice, where: tuple, report: "Reporter") -> None:
        duplicates(question.choices, (*where, "choices"), "choice", report)
        among(question.answer, question.choices, (*where, "answer"), "answer", report)
        for option in question.credit:
            among(option, question.choices, (*where, "credit"), "option with partial credit", report)


TYPE = ChoiceType()
