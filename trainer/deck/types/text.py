"""text: a short typed answer; typos forgiven, other accepted spellings listed by the author."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from trainer.deck.question import RIGHT, WRONG, Grade, Presentation, Question, QuestionType, Text
from trainer.deck.textmatch import match_text
from trainer.deck.types._shared import TypedInput, duplicates

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck


class TextAnswer(Question):
    type: Literal["text"]
    answer: Text
    accept: list[Text] = Field(default_factory=list, description="Other answers that are also right.")


class TextType(TypedInput, QuestionType):
    name = "text"
    model = TextAnswer
    label = "Typed answer"

    def check(self, question: TextAnswer, response: object, complete: bool) -> str | None:
        if not isinstance(response, str) or not response.strip():
            return "Type your answer."
        return None

    def grade(self, question: TextAnswer, response: object) -> Grade:
        found = match_text(str(response), [question.answer, *question.accept])
        if found is None:
            return WRONG
        return RIGHT if found.kind == "exact" else Grade(1.0, True, "typo forgiven")

    def format_answer(self, question: TextAnswer) -> str:
        return question.answer

    def present(self, question: TextAnswer, deck: "Deck", rng: random.Random) -> Presentation:
        return Presentation("typed", question.question_text(), placeholder="your answer")

    def check_answers(self, question: TextAnswer, where: tuple, report: "Reporter") -> None:
        duplicates(question.accept, (*where, "accept"), "accepted answer", report)


TYPE = TextType()
