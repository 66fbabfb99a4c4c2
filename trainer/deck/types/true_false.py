"""true_false: a statement, true or false."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, ClassVar, Literal

from trainer.deck.question import RIGHT, WRONG, Grade, Presentation, Question, QuestionType, Text

if TYPE_CHECKING:
    from trainer.deck.model import Deck

_TRUE_WORDS = {"true": True, "t": True, "false": False, "f": False}


class TrueFalse(Question):
    type: Literal["true_false"]
    statement: Text
    answer: bool
    needs_prompt: ClassVar[bool] = False

    def question_text(self) -> str:
        return self.prompt or f"True or false: {self.statement}"


def as_bool(response: object) -> bool | None:
    """A true/false response: a bool, or 'True'/'t'/'False'/'f' in any case; None for anything else."""
    if isinstance(response, bool):
        return response
    if isinstance(response, str):
        return _TRUE_WORDS.get(response.strip().casefold())
    return None


def _word(value: bool) -> str:
    return "True" if value else "False"


class TrueFalseType(QuestionType):
    name = "true_false"
    model = TrueFalse
    label = "True or false"
    practice_hint = "t/y true · f/n false · or 1–2, ↑↓ and Enter"
    exam_hint = "t/y true · f/n false · or 1–2, ↑↓ and Enter"
    confusion = True
    expected_ms = (6_000, 25_000)

    def check(self, question: TrueFalse, response: object, complete: bool) -> str | None:
        return None if as_bool(response) is not None else "Answer True or False."

    def grade(self, question: TrueFalse, response: object) -> Grade:
        return RIGHT if as_bool(response) == question.answer else WRONG

    def format_answer(self, question: TrueFalse) -> str:
        return _word(question.answer)

    def format_response(self, question: TrueFalse, response: object) -> str:
        value = as_bool(response)
        return str(response) if value is None else _word(value)

    def wrong_picks(self, question: TrueFalse, response: object) -> list[tuple[str, str]]:
        if isinstance(response, str) and not response.strip():
            return []
        picked = as_bool(response)
        if picked is None or picked == question.answer:
            return []
        return [(_word(question.answer), _word(picked))]

    def present(self, question: TrueFalse, deck: "Deck", rng: random.Random) -> Presentation:
        return Presentation("single", question.question_text(), options=("True", "False"))


TYPE = TrueFalseType()
