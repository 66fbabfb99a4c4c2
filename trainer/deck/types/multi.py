"""multi: every right option among the author's; partial credit for some of them."""

from __future__ import annotations

import random
from collections.abc import Collection
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from trainer.deck.question import RIGHT, Grade, Presentation, Question, QuestionType, Text
from trainer.deck.types._shared import among, chosen, duplicates, shuffled

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck

#: Between the options of a several-answer response: not a comma, which options often contain themselves.
MULTI_SEPARATOR = " · "


class Multi(Question):
    type: Literal["multi"]
    answers: list[Text] = Field(min_length=1, description="Every right choice.")
    choices: list[Text] = Field(min_length=2)


class MultiType(QuestionType):
    name = "multi"
    model = Multi
    label = "Several answers"
    practice_hint = "Space or 1–{n} ticks · Enter submits"
    exam_hint = "Space or 1–{n} ticks · Enter saves"

    def check(self, question: Multi, response: object, complete: bool) -> str | None:
        if isinstance(response, str) or not isinstance(response, Collection):
            return "Choose the options you think are right."
        if not response:
            return "Choose at least one option."
        for picked in response:
            if not isinstance(picked, str) or chosen(question.choices, picked) is None:
                return f"'{picked}' is not one of the options."
        return None

    def grade(self, question: Multi, response: object) -> Grade:
        assert isinstance(response, Collection)
        right = {chosen(question.choices, answer) or answer for answer in question.answers}
        picked = {chosen(question.choices, item) for item in response}
        hits, misses = len(picked & right), len(picked - right)
        if picked == right:
            return RIGHT
        score = max(0.0, (hits - misses) / len(right))
        note = f"{hits} of {len(right)} right options chosen"
        if misses:
            note += f", {misses} wrong"
        return Grade(score, False, note)

    def format_answer(self, question: Multi) -> str:
        return MULTI_SEPARATOR.join(question.answers)

    def format_response(self, question: Multi, response: object) -> str:
        if isinstance(response, Collection) and not isinstance(response, str):
            if not response:
                return "(nothing chosen)"
            order = {choice: index for index, choice in enumerate(question.choices)}
            return MULTI_SEPARATOR.join(sorted(map(str, response), key=lambda item: order.get(item, len(order))))
        return str(response).strip()

    def present(self, question: Multi, deck: "Deck", rng: random.Random) -> Presentation:
        return Presentation("multi", question.question_text(), options=shuffled(list(question.choices), rng))

    def check_answers(self, question: Multi, where: tuple, report: "Reporter") -> None:
        duplicates(question.choices, (*where, "choices"), "choice", report)
        duplicates(question.answers, (*where, "answers"), "answer", report)
        for index, answer in enumerate(question.answers):
            among(answer, question.choices, (*where, "answers", index), "answer", report)


TYPE = MultiType()
