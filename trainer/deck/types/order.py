"""order: items to put in the right order; a share of the point for each pair in the right order."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from trainer.deck.question import RIGHT, Grade, Presentation, Question, QuestionType, Text
from trainer.deck.textmatch import fold
from trainer.deck.types._shared import duplicates, shuffled_order

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck


class Order(Question):
    type: Literal["order"]
    items: list[Text] = Field(min_length=2, description="The items in the right order; shown shuffled.")


class OrderType(QuestionType):
    name = "order"
    model = Order
    label = "Order"
    practice_hint = "↑↓ choose · Shift+↑↓ or [ ] move · Enter submits"
    exam_hint = "↑↓ choose · Shift+↑↓ or [ ] move · Enter saves"

    def check(self, question: Order, response: object, complete: bool) -> str | None:
        if isinstance(response, str) or not isinstance(response, Sequence):
            return "Put the items in order."
        if not all(isinstance(item, str) for item in response) or Counter(map(fold, response)) != Counter(
            map(fold, question.items)
        ):
            return "Put every item in order, each once: the answer must use exactly the items shown."
        return None

    def grade(self, question: Order, response: object) -> Grade:
        assert isinstance(response, Sequence)
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
            return RIGHT
        # The note states the rule the score follows (a share of pairs), so that "+0.67" is explained by it.
        return Grade(in_order / pairs, False, f"{in_order} of {pairs} pairs of items in the right order")

    def format_answer(self, question: Order) -> str:
        return " → ".join(question.items)

    def format_response(self, question: Order, response: object) -> str:
        if isinstance(response, Sequence) and not isinstance(response, str):
            return " → ".join(map(str, response))
        return str(response).strip()

    def present(self, question: Order, deck: "Deck", rng: random.Random) -> Presentation:
        return Presentation("order", question.question_text(), items=shuffled_order(list(question.items), rng))

    def check_answers(self, question: Order, where: tuple, report: "Reporter") -> None:
        duplicates(question.items, (*where, "items"), "item", report)


TYPE = OrderType()
