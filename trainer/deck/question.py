"""What every question type has in common: the model's shared fields, a grade, a presentation, and the
:class:`QuestionType` interface that each type's module (:mod:`trainer.deck.types`) fills in.

A question type says everything about itself in one module: its model, the checks ``trainer check``
makes on it, whether a response can be graded and how it is graded, how the right answer and a
response are shown, how a response is stored, how the question is put to the student (options,
placeholder), its label and its key hint. The rest of trainer asks the registry
(:func:`trainer.deck.types.type_of`) instead of switching on types.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:
    from trainer.deck.diagnostics import Reporter
    from trainer.deck.model import Deck

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=120)]
Text = Annotated[str, Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Question(Strict):
    """The fields every question has; each type's model adds its ``type`` and its answer."""

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


@dataclass(frozen=True)
class Grade:
    """The outcome of one answer."""

    score: float  #: 0.0 .. 1.0 (partial credit for multi and order questions)
    correct: bool  #: fully right
    note: str = ""  #: why, when it is not plain: "typo forgiven", "within tolerance (±2%)"


RIGHT = Grade(1.0, True)
WRONG = Grade(0.0, False)


@dataclass(frozen=True)
class Presentation:
    """What the UI shows for one question."""

    #: The input the answer widget offers: "single", "multi", "typed", "order" or "match" (a new type may bring its own).
    kind: str
    prompt: str
    options: tuple[str, ...] = ()  #: single/multi choices, match partners (distractors among them), in this order
    items: tuple[str, ...] = ()  #: order questions: the items, shuffled; match: the left items, as the author wrote them
    placeholder: str = ""  #: hint for typed input: "a number, e.g. 1,250"


class QuestionType:
    """Everything trainer knows about one type of question; each type's module subclasses it once."""

    #: The deck's ``type:`` value.
    name: ClassVar[str]
    #: The pydantic model of the type.
    model: ClassVar[type[Question]]
    #: The type as a student reads it (summaries, statistics, the new session form).
    label: ClassVar[str]
    #: The keys that answer it, with ``{n}`` for the number of options or items: practising, and in an exam.
    practice_hint: ClassVar[str]
    exam_hint: ClassVar[str]
    #: Whether a wrong response picks an option worth counting ("which wrong option instead of the right one").
    confusion: ClassVar[bool] = False
    #: Expected answering time in milliseconds, (fast below, slow above), for the review scheduler. Producing or
    #: arranging an answer (typing, ticking several, ordering) gets this window; recognising an option a shorter one.
    expected_ms: ClassVar[tuple[int, int]] = (10_000, 45_000)

    # -- answering -------------------------------------------------------------------------------

    def check(self, question, response: object, complete: bool) -> str | None:
        """None if the response can be graded, else what to tell the student (see grading.check_response)."""
        raise NotImplementedError

    def grade(self, question, response: object) -> Grade:
        """Grade a response that :meth:`check` accepted (``complete=False``)."""
        raise NotImplementedError

    def format_answer(self, question) -> str:
        """The right answer for display."""
        raise NotImplementedError

    def format_response(self, question, response: object) -> str:
        """A response (not blank) for display, with how it was read when that differs from what was typed."""
        return str(response).strip()

    def encode(self, response: object) -> object:
        """The response as the store keeps it (JSON)."""
        from trainer.deck.types._shared import jsonable

        return jsonable(response)

    def wrong_picks(self, question, response: object) -> list[tuple[str, str]]:
        """(right answer, wrong pick) for each wrong pick of a stored response (types with ``confusion``)."""
        return []

    # -- presenting ------------------------------------------------------------------------------

    def present(self, question, deck: "Deck", rng: random.Random) -> Presentation:
        """How to show the question: options shuffled with ``rng``, or a hint for what to type."""
        raise NotImplementedError

    # -- checking a deck -------------------------------------------------------------------------

    def check_answers(self, question, where: tuple, report: "Reporter") -> None:
        """Errors: answers among the choices, no list that repeats an entry."""

    def check_values(self, question, where: tuple, people: set[str], published: int | None, report: "Reporter") -> None:
        """Warnings: a figure, a year, a speaker or a pair that the quote and the deck do not back."""
