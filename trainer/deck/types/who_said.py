"""who_said: which person said the quote; the speakers offered are the author's or drawn from the deck."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field, model_validator

from trainer.deck.question import Presentation, Question, QuestionType, Text
from trainer.deck.textmatch import fold
from trainer.deck.types._shared import SingleOption, among, dedupe, duplicates, shuffled

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck


class WhoSaid(Question):
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


def who_said_prompt(question: WhoSaid) -> str:
    """The author's prompt, or the default one as a question: 'Who said “…”?'.

    Drafted decks write the default form out ('Who said: “…”'); it is read as the default too.
    """
    default = f"Who said: “{question.quote}”"
    if question.prompt and question.prompt.strip() != default:
        return question.prompt
    return f"Who said “{question.quote}”?"


def speaker_choices(question: WhoSaid, deck: "Deck", rng: random.Random, k: int = 4) -> list[str]:
    """The speakers offered for a who_said question, shuffled, always including the right one.

    The author's ``choices`` are used as given (all of them, plus the answer should they leave
    it out). Otherwise up to ``k - 1`` other names are drawn from the deck's other who_said
    answers and its people, and the answer is added. With too few names the list is short,
    possibly just the answer.
    """
    if question.choices:
        pool = dedupe([*question.choices])
        if fold(question.answer) not in {fold(name) for name in pool}:
            pool.append(question.answer)
        return list(shuffled(pool, rng))
    others = [q.answer for q in deck.questions if isinstance(q, WhoSaid) and q is not question]
    others += [person.name for person in deck.people]
    answer_key = fold(question.answer)
    candidates = [name for name in dedupe(others) if fold(name) != answer_key]
    picked = rng.sample(candidates, min(max(k - 1, 0), len(candidates)))
    return list(shuffled([question.answer, *picked], rng))


class WhoSaidType(SingleOption, QuestionType):
    name = "who_said"
    model = WhoSaid
    label = "Who said it"

    def present(self, question: WhoSaid, deck: "Deck", rng: random.Random) -> Presentation:
        return Presentation("single", who_said_prompt(question), options=tuple(speaker_choices(question, deck, rng)))

    def check_answers(self, question: WhoSaid, where: tuple, report: "Reporter") -> None:
        if question.choices is not None:
            duplicates(question.choices, (*where, "choices"), "choice", report)
            among(question.answer, question.choices, (*where, "answer"), "answer", report)

    def check_values(self, question: WhoSaid, where: tuple, people: set[str], published: int | None,
                     report: "Reporter") -> None:
        from trainer.deck.diagnostics import did_you_mean

        if people and question.answer not in people:
            hint = did_you_mean(question.answer, people)
            report.warning((*where, "answer"), f"'{question.answer}' is not among the deck's people{hint}")


TYPE = WhoSaidType()
