"""A study session: the questions of one deck, asked in a seeded order, each answer stored at once.

This is the whole of the quiz logic, free of Textual: the quiz screen shows ``presentation``, hands
the student's response to :meth:`StudySession.answer` and shows the returned :class:`Outcome`. The
answer is committed before ``answer`` returns, so the screen never has to save anything.

The cycle for each question is ``answer()`` or ``skip()``, then ``advance()``. When ``current`` is
``None`` every question has been answered and ``finish()`` closes the session.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from trainer.deck.grading import Grade, check_response, format_answer, format_response, grade
from trainer.deck.model import AnyQuestion, Deck, PartialDate
from trainer.deck.present import Presentation, present
from trainer.store import Store, default_profile
from trainer.study.clock import Clock, SystemClock


class SessionStateError(RuntimeError):
    """A session method was called at the wrong moment (a bug in the caller, not bad input)."""


class InvalidResponse(ValueError):
    """The response cannot be graded (empty, not a number...); the message tells the student what to fix."""


@dataclass(frozen=True)
class Outcome:
    """What happened to one question: shown to the student as feedback, kept for the summary."""

    question: AnyQuestion
    response: object
    grade: Grade
    skipped: bool
    response_text: str
    right_answer: str
    elapsed_ms: int

    @property
    def correct(self) -> bool:
        return bool(self.grade.correct)

    @property
    def score(self) -> float:
        return float(self.grade.score)


def question_rng(seed: int, question_id: str) -> random.Random:
    """A generator for one question's presentation: the same seed shows the same choices in the same order."""
    return random.Random(f"{seed}:{question_id}")


def plan(deck: Deck, seed: int, question_ids: list[str] | None = None) -> list[AnyQuestion]:
    """The questions to ask, in order: the deck's (or the chosen subset of them) shuffled by ``seed``.

    Ids no longer in the deck (a retry after the deck was edited) are dropped.
    """
    questions: list[AnyQuestion] = list(deck.questions)
    if question_ids is not None:
        wanted = set(question_ids)
        questions = [q for q in questions if q.id in wanted]
        if not questions:
            raise ValueError(f"none of the chosen questions is in the deck '{deck.deck}'")
    random.Random(seed).shuffle(questions)
    return questions


def _jsonable(response: object) -> object:
    """The response as the store keeps it (JSON): sets become sorted lists, dates ISO text."""
    if isinstance(response, (set, frozenset)):
        return sorted(_jsonable(item) for item in response)  # type: ignore[type-var]
    if isinstance(response, (list, tuple)):
        return [_jsonable(item) for item in response]
    if isinstance(response, PartialDate):
        return response.iso()
    if isinstance(response, dt.date):
        return response.isoformat()
    return response


class StudySession:
    """One pass through a deck, recorded in the store as it goes."""

    def __init__(
        self,
        store: Store,
        deck: Deck,
        *,
        session_id: int,
        questions: list[AnyQuestion],
        seed: int,
        mode: str,
        profile: str,
        clock: Clock,
        started_at: dt.datetime,
    ) -> None:
        self.store = store
        self.deck = deck
        self.session_id = session_id
        self.seed = seed
        self.mode = mode
        self.profile = profile
        self.clock = clock
        self.started_at = started_at
        self.ended_at: dt.datetime | None = None
        self.status = "active"
        self._questions = questions
        self._index = 0
        self._outcomes: list[Outcome] = []
        self._presentations: dict[int, Presentation] = {}
        self._shown_at = clock.monotonic()

    @classmethod
    def start(
        cls,
        store: Store,
        deck: Deck,
        *,
        seed: int,
        mode: str = "practice",
        profile: str | None = None,
        clock: Clock | None = None,
        question_ids: list[str] | None = None,
    ) -> "StudySession":
        """Plan the questions, record the session and start the first question's timer."""
        clock = clock or SystemClock()
        profile = profile or default_profile()
        questions = plan(deck, seed, question_ids)
        started_at = clock.now()
        session_id = store.start_session(
            deck_id=deck.deck,
            deck_title=deck.title,
            mode=mode,
            seed=seed,
            question_ids=[q.id for q in questions],
            profile=profile,
            now=started_at,
        )
        return cls(
            store, deck, session_id=session_id, questions=questions, seed=seed, mode=mode,
            profile=profile, clock=clock, started_at=started_at,
        )

    # -- where we are ----------------------------------------------------------------------------

    @property
    def questions(self) -> list[AnyQuestion]:
        return list(self._questions)

    @property
    def question_ids(self) -> list[str]:
        return [q.id for q in self._questions]

    @property
    def total(self) -> int:
        return len(self._questions)

    @property
    def index(self) -> int:
        """0-based position of the current question; equals ``total`` when done."""
        return self._index

    @property
    def current(self) -> AnyQuestion | None:
        return self._questions[self._index] if self._index < len(self._questions) else None

    @property
    def done(self) -> bool:
        return self.current is None

    @property
    def awaiting_answer(self) -> bool:
        """True while the current question has been shown but not answered or skipped."""
        return self.current is not None and len(self._outcomes) == self._index

    @property
    def presentation(self) -> Presentation:
        """How the current question is shown (choices in order...), stable for a given seed."""
        question = self.current
        if question is None:
            raise SessionStateError("the session is over: there is no current question")
        if self._index not in self._presentations:
            self._presentations[self._index] = present(question, self.deck, question_rng(self.seed, question.id))
        return self._presentations[self._index]

    @property
    def outcomes(self) -> list[Outcome]:
        return list(self._outcomes)

    @property
    def last_outcome(self) -> Outcome | None:
        return self._outcomes[-1] if self._outcomes else None

    @property
    def answered(self) -> int:
        return len(self._outcomes)

    @property
    def score(self) -> float:
        """Points so far: one per fully right answer, part of one for a partly right one."""
        return sum(outcome.score for outcome in self._outcomes)

    # -- moving on -------------------------------------------------------------------------------

    def _require_awaiting(self) -> AnyQuestion:
        if self.status != "active":
            raise SessionStateError(f"the session is {self.status}")
        if not self.awaiting_answer:
            raise SessionStateError("the current question is already answered; call advance()")
        question = self.current
        assert question is not None
        return question

    def answer(self, response: object) -> Outcome:
        """Grade the response, store it and return the feedback to show.

        Raises :class:`InvalidResponse` (nothing stored) when the response cannot be graded.
        """
        question = self._require_awaiting()
        problem = check_response(question, response)
        if problem:
            raise InvalidResponse(problem)
        result = grade(question, response)
        shown = format_response(question, response)
        return self._record(question, response, result, skipped=False, response_text=shown)

    def skip(self) -> Outcome:
        """Give up on the current question: stored as skipped, wrong, no points."""
        question = self._require_awaiting()
        result = Grade(score=0.0, correct=False, note="skipped")
        return self._record(question, None, result, skipped=True, response_text=format_response(question, None))

    def _record(self, question: AnyQuestion, response: object, result: Grade, *, skipped: bool,
                response_text: str) -> Outcome:
        elapsed_ms = max(0, round((self.clock.monotonic() - self._shown_at) * 1000))
        self.store.record_answer(
            self.session_id,
            deck_id=self.deck.deck,
            question_id=question.id,
            qtype=question.type,
            response=_jsonable(response),
            response_text=response_text,
            correct=bool(result.correct),
            score=float(result.score),
            skipped=skipped,
            elapsed_ms=elapsed_ms,
            now=self.clock.now(),
        )
        outcome = Outcome(
            question=question, response=response, grade=result, skipped=skipped,
            response_text=response_text, right_answer=format_answer(question), elapsed_ms=elapsed_ms,
        )
        self._outcomes.append(outcome)
        return outcome

    def advance(self) -> AnyQuestion | None:
        """Go to the next question and start its timer; returns it, or ``None`` when done."""
        if self.current is None:
            raise SessionStateError("the session is over: there is no next question")
        if self.awaiting_answer:
            raise SessionStateError("answer or skip the current question before moving on")
        self._index += 1
        self._shown_at = self.clock.monotonic()
        return self.current

    def finish(self) -> None:
        """Mark the session completed; every question must have been answered or skipped."""
        if self.status == "completed":
            return
        if self.status != "active":
            raise SessionStateError(f"the session is {self.status}")
        if self.answered < self.total:
            raise SessionStateError(
                f"{self.total - self.answered} question(s) unanswered; use abandon() to stop early"
            )
        self._close("completed")

    def abandon(self) -> None:
        """Stop early: stored as abandoned, the answers given so far are kept."""
        if self.status == "active":
            self._close("abandoned")

    def _close(self, status: str) -> None:
        now = self.clock.now()
        self.store.finish_session(self.session_id, status=status, now=now)
        self.status = status
        self.ended_at = now
