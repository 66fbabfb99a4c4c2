"""A study session: questions asked one by one, each answer stored at once with its card.

A session covers one deck (``start``: its questions in a seeded order) or any list of (deck,
question) items (``start_items``: a review or mistakes queue across decks, a filtered selection).

This is the whole of the quiz logic, free of Textual: the quiz screen shows ``presentation``, hands
the student's response to :meth:`StudySession.answer` and shows the returned :class:`Outcome`. The
answer is committed before ``answer`` returns, so the screen never has to save anything, unless the
session has a ``writer`` (:mod:`trainer.study.writer`): then it is committed on the writer's thread, in
order, retried while the database is busy; ``answer`` waits for the commit up to :data:`DISK_WAIT`, so what the
student sees is on disk unless another program holds the database. When the writer has nothing queued, the
write is committed on the caller's thread without waiting for a lock (``Store.not_waiting``), and handed to
the writer only when another program holds the database.

The cycle for each question is ``answer()`` or ``skip()``, then ``advance()``. When ``current`` is
``None`` every question has been answered and ``finish()`` closes the session.

Leaving early: ``interrupt()`` keeps the session resumable (``StudySession.resume``), ``abandon()``
closes it for good. A crash leaves it 'active', which is resumable too.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from concurrent.futures import Future, wait
from dataclasses import dataclass
from functools import partial

from trainer.deck.grading import Grade, check_response, encode_response, format_answer, format_response, grade
from trainer.deck.model import AnyQuestion, Deck
from trainer.deck.present import Presentation, present
from trainer.store import MULTI_DECK, NewAnswer, SessionRecord, Store, StoreError
from trainer.study.identity import profile_for
from trainer.study.clock import Clock, SystemClock
from trainer.study.scheduler import card_update
from trainer.study.writer import AnswerWriter

#: How long a write handed to the writer may hold the caller. A normal commit takes a few milliseconds, so the
#: answer is on disk before its feedback is drawn and killing the app at any moment loses nothing the student has
#: seen; a database held by another program makes the write go on in the background instead of freezing the app
#: for the busy timeout (the screen then says "saving…").
DISK_WAIT = 0.3

#: One question to ask, with the deck it belongs to (for its sources, speakers and id).
Item = tuple[Deck, AnyQuestion]


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
    deck_id: str = ""

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


def session_deck(items: list[Item], title: str | None = None) -> Deck:
    """The deck a session stands for: its only deck, or a view over several (id ``*``) for summaries.

    The view holds the sessions' questions and the decks' sources and people; it is built without
    validation (its questions were validated in their own decks).
    """
    decks = _distinct_decks(items)
    if len(decks) == 1:
        return decks[0]
    sources = {source.id: source for deck in decks for source in deck.sources}
    return Deck.model_construct(
        deck=MULTI_DECK, title=title or f"{len(decks)} decks", description=None,
        sources=list(sources.values()), people=[person for deck in decks for person in deck.people],
        questions=[question for _, question in items],
    )


def _distinct_decks(items: list[Item]) -> list[Deck]:
    seen: dict[str, Deck] = {}
    for deck, _ in items:
        seen.setdefault(deck.deck, deck)
    return list(seen.values())


def resolve_items(record: SessionRecord, decks: list[Deck]) -> list[Item]:
    """A stored session's planned questions found in the loaded decks; deleted ones are left out."""
    by_id = {deck.deck: deck for deck in decks}
    items: list[Item] = []
    for deck_id, question_id in record.items:
        deck = by_id.get(deck_id)
        question = deck.question(question_id) if deck is not None else None
        if deck is not None and question is not None:
            items.append((deck, question))  # type: ignore[arg-type]
    return items


def record_session(store: Store, items: list[Item], *, title: str | None, mode: str, seed: int, profile: str,
                   now: dt.datetime, time_limit: float | None = None) -> int:
    """Store a new session over ``items``: deck_id is the deck's, or ``*`` with a deck per question."""
    decks = _distinct_decks(items)
    single = len(decks) == 1
    return store.start_session(
        deck_id=decks[0].deck if single else MULTI_DECK,
        deck_title=title or (decks[0].title if single else f"{len(decks)} decks"),
        mode=mode, seed=seed, question_ids=[q.id for _, q in items],
        deck_ids=None if single else [deck.deck for deck, _ in items],
        profile=profile, now=now, time_limit=time_limit,
    )


class SessionLifecycle:
    """How a stored session ends, shared by practice-like sessions and exams.

    ``interrupt`` leaves it resumable; ``abandon`` gives it up for good (kept in the history, never
    offered again); both keep every answer already stored.
    """

    store: Store
    session_id: int
    clock: Clock
    status: str
    ended_at: dt.datetime | None
    #: When set (the app sets one), writes go to its thread in order and the caller does not wait for the disk;
    #: otherwise each write is committed before the call returns and its StoreError reaches the caller.
    writer: AnswerWriter | None = None
    #: The last write handed to ``writer`` (its result or error), for a caller that wants to wait a moment for it.
    last_write: Future | None = None

    def _store_write(self, write: Callable[..., object], *args: object, **kwargs: object) -> None:
        if self.writer is None:
            write(*args, **kwargs)
            return
        state = self.writer.state
        idle = not state.pending and state.problem is None
        if idle:
            # Nothing queued, so nothing to overtake: commit here, at once, unless another program holds the
            # database. A commit takes a fraction of a millisecond; handing it to the writer's thread and
            # waking it costs more, much more on a loaded machine, and it sits between a key and its feedback.
            try:
                with self.store.not_waiting():
                    result = write(*args, **kwargs)
            except StoreError:
                pass  # held, read-only, full: the writer retries it or keeps it in the recovery file, and says so
            else:
                self.last_write = Future()
                self.last_write.set_result(result)
                return
        self.last_write = self.writer.submit(partial(write, *args, **kwargs))
        if idle:  # writes still queued, or one waiting for a held database: do not wait again
            wait([self.last_write], timeout=DISK_WAIT)

    def interrupt(self) -> None:
        """Leave early but keep the session resumable; answers given are kept."""
        if self.status == "active":
            self._close("interrupted")

    def abandon(self) -> None:
        """Stop early for good: stored as abandoned (never offered for resuming); answers given are kept."""
        if self.status in ("active", "interrupted"):
            self._close("abandoned")

    def _close(self, status: str) -> None:
        now = self.clock.now()
        self._store_write(self.store.finish_session, self.session_id, status=status, now=now)
        self.status = status
        self.ended_at = now


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
        self.store = store
        self.items = list(items)
        self.deck = session_deck(self.items, title)
        self.title = title or self.deck.title
        self.session_id = session_id
        self.seed = seed
        self.mode = mode
        self.profile = profile
        self.clock = clock
        self.started_at = started_at
        self.ended_at: dt.datetime | None = None
        self.status = "active"
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
        clock = clock or SystemClock()
        profile = profile_for(profile)
        started_at = clock.now()
        session_id = record_session(store, items, title=title, mode=mode, seed=seed, profile=profile,
                                    now=started_at)
        return cls(store, items, session_id=session_id, seed=seed, mode=mode, profile=profile, clock=clock,
                   started_at=started_at, title=title)

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
    def questions(self) -> list[AnyQuestion]:
        return [question for _, question in self.items]

    @property
    def question_ids(self) -> list[str]:
        return [question.id for _, question in self.items]

    @property
    def total(self) -> int:
        return len(self.items)

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

    def deck_for(self, question_id: str) -> Deck | None:
        """The deck of a question of this session (the first, should two decks share the id)."""
        return next((deck for deck, question in self.items if question.id == question_id), None)

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
            deck = self.items[self._index][0]
            self._presentations[self._index] = present(question, deck, question_rng(self.seed, question.id))
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

