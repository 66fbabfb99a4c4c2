"""A study session: questions asked one by one, each answer stored at once with its card.

A session covers one deck (``start``: its questions in a seeded order) or any list of (deck,
question) items (``start_items``: a review or mistakes queue across decks, a filtered selection).

This is the whole of the quiz logic, free of Textual: the quiz screen shows ``presentation``, hands the
student's response to :meth:`StudySession.answer` and shows the returned :class:`Outcome`. The answer is
committed before ``answer`` returns, so the screen never has to save anything, unless the session has a
``writer`` (:mod:`trainer.study.writer`): then it is committed on the writer's thread, in order, retried
while the database is busy; ``answer`` waits for the commit up to :data:`~trainer.study.base.DISK_WAIT`,
so what the student sees is on disk unless another program holds the database. When the writer has
nothing queued, the write is committed on the caller's thread without waiting for a lock
(``Store.not_waiting``), and handed to the writer only when another program holds the database.

The cycle for each question is ``answer()`` or ``skip()``, then ``advance()``. When ``current`` is
``None`` every question has been answered and ``finish()`` closes the session.

Leaving early: ``interrupt()`` keeps the session resumable (``StudySession.resume``), ``abandon()``
closes it for good. A crash leaves it 'active', which is resumable too.
"""

from __future__ import annotations

import datetime as dt
import random

from trainer.deck.grading import Grade, check_response, encode_response, format_answer, format_response, grade
from trainer.deck.model import AnyQuestion, Deck
from trainer.deck.present import Presentation, present
from trainer.store import MULTI_DECK, NewAnswer, SessionRecord, Store
from trainer.study.base import InvalidResponse, Outcome, SessionLifecycle, SessionStateError, open_session
from trainer.study.clock import Clock, SystemClock
from trainer.study.planning import Item, plan, question_rng, resolve_items
from trainer.study.scheduler import card_update

# Callers that drive a study session find here what they need with it, though the errors and outcomes live in the
# shared base and the planning in its own module.
__all__ = ["InvalidResponse", "Item", "Outcome", "SessionStateError", "StudySession", "plan", "question_rng"]


class StudySession(SessionLifecycle):
    """One pass through a list of questions, recorded in the store as it goes."""

    def __init__(
        self,
        store: Store,
        items: list[Item],
        *,
        session_id: int,
        seed: int,
        mode: str,
        profile: str,
        clock: Clock,
        started_at: dt.datetime,
        title: str | None = None,
    ) -> None:
        super().__init__(store, items, session_id=session_id, seed=seed, profile=profile, clock=clock,
                         started_at=started_at, title=title)
        self.title = title or self.deck.title
        self.mode = mode
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
        """Plan a deck's questions (or the chosen ones) in seeded order, record the session, start the timer."""
        questions = plan(deck, seed, question_ids)
        return cls.start_items(store, [(deck, q) for q in questions], mode=mode, seed=seed, profile=profile,
                               clock=clock)

    @classmethod
    def start_items(
        cls,
        store: Store,
        items: list[Item],
        *,
        title: str | None = None,
        mode: str = "review",
        seed: int = 0,
        profile: str | None = None,
        clock: Clock | None = None,
        shuffle: bool = False,
    ) -> "StudySession":
        """A session over (deck, question) items, asked in the order given (or shuffled by ``seed``).

        Items from one deck make an ordinary session of that deck; items from several decks are
        stored with deck_id ``*`` and a deck per question (``SessionRecord.deck_ids``).
        """
        items = list(items)
        if not items:
            raise ValueError("there are no questions to ask")
        if shuffle:
            random.Random(seed).shuffle(items)
        new = open_session(store, items, title=title, mode=mode, seed=seed, profile=profile, clock=clock)
        return cls(store, items, session_id=new.session_id, seed=seed, mode=mode, profile=new.profile,
                   clock=new.clock, started_at=new.started_at, title=title)

    @classmethod
    def resume(cls, store: Store, record: SessionRecord, decks: list[Deck],
               clock: Clock | None = None) -> "StudySession":
        """Carry on with a resumable session: answers given are kept, asking restarts at the first unanswered.

        Questions since deleted from their deck are left out (answered or not), in the store too: the
        stored total and score then cover the questions left, as the summary will. When every
        remaining question is answered the session is ``done``: call ``finish()``.
        """
        if record.mode == "exam":
            raise ValueError("an exam is resumed with ExamSession.resume")
        if not record.resumable:
            raise SessionStateError(f"session {record.id} is {record.status}; it cannot be resumed")
        clock = clock or SystemClock()
        planned = resolve_items(record, decks)
        stored = store.answers(record.id)
        given = {(a.deck_id, a.question_id): a for a in stored}
        by_key = {(deck.deck, q.id): (deck, q) for deck, q in planned}
        answered = [by_key[(a.deck_id, a.question_id)] for a in stored if (a.deck_id, a.question_id) in by_key]
        rest = [(deck, q) for deck, q in planned if (deck.deck, q.id) not in given]
        items = answered + rest
        if not items:
            raise ValueError(
                f"none of the questions of '{record.deck_title}' is in the decks loaded now; discard the session"
            )
        store.reopen_session(record.id, keep=[(deck.deck, q.id) for deck, q in planned])
        session = cls(store, items, session_id=record.id, seed=record.seed, mode=record.mode,
                      profile=record.profile, clock=clock, started_at=record.started_at,
                      title=record.deck_title if record.deck_id == MULTI_DECK else None)
        for deck, question in answered:
            a = given[(deck.deck, question.id)]
            session._outcomes.append(Outcome(
                question=question, response=a.response, grade=Grade(a.score, a.correct, "skipped" if a.skipped else ""),
                skipped=a.skipped, response_text=a.response_text, right_answer=format_answer(question),
                elapsed_ms=a.elapsed_ms, deck_id=deck.deck,
            ))
        session._index = len(answered)
        return session

    # -- where we are ----------------------------------------------------------------------------

    @property
    def question_ids(self) -> list[str]:
        return [question.id for _, question in self.items]

    @property
    def index(self) -> int:
        """0-based position of the current question; equals ``total`` when done."""
        return self._index

    @property
    def current(self) -> AnyQuestion | None:
        return self.items[self._index][1] if self._index < len(self.items) else None

    @property
    def current_deck(self) -> Deck | None:
        """The deck of the current question (its sources, its article for the reader)."""
        return self.items[self._index][0] if self._index < len(self.items) else None

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
        if self.current is None:
            raise SessionStateError("the session is over: there is no current question")
        return self.presentation_at(self._index)

    def presentation_at(self, index: int) -> Presentation:
        """How the question at ``index`` is (or will be) shown; the same object when it comes up, so a screen can
        prepare the next question while the last one's feedback is read."""
        if index not in self._presentations:
            deck, question = self.items[index]
            self._presentations[index] = present(question, deck, question_rng(self.seed, question.id))
        return self._presentations[index]

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
        deck = self.items[self._index][0]
        stored = NewAnswer(
            deck_id=deck.deck, question_id=question.id, qtype=question.type, response=encode_response(question, response),
            response_text=response_text, correct=bool(result.correct), score=float(result.score),
            skipped=skipped, elapsed_ms=elapsed_ms, now=self.clock.now(),
        )
        self._store_write(self.store.add_answer, self.session_id, stored,
                          card_update=card_update(self.profile, stored))
        outcome = Outcome(
            question=question, response=response, grade=result, skipped=skipped,
            response_text=response_text, right_answer=format_answer(question), elapsed_ms=elapsed_ms,
            deck_id=deck.deck,
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

