"""What study sessions and exams share: their errors, the outcome of a question, and how a stored session is
opened, written to and ended (:class:`SessionLifecycle`).

:class:`trainer.study.session.StudySession` asks questions one by one with feedback;
:class:`trainer.study.exam.ExamSession` opens them all at once and grades on submission. Both stand on this
module and on :mod:`trainer.study.planning` (which questions, in which order).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future, wait
from dataclasses import dataclass
from functools import partial

from trainer.deck.grading import Grade
from trainer.deck.model import AnyQuestion, Deck
from trainer.store import Store, StoreError
from trainer.study.clock import Clock, SystemClock
from trainer.study.identity import profile_for
from trainer.study.planning import Item, record_session, session_deck
from trainer.study.writer import AnswerWriter

#: How long a write handed to the writer may hold the caller. A normal commit takes a few milliseconds, so the
#: answer is on disk before its feedback is drawn and killing the app at any moment loses nothing the student has
#: seen; a database held by another program makes the write go on in the background instead of freezing the app
#: for the busy timeout (the screen then says "saving…").
DISK_WAIT = 0.3


class SessionStateError(RuntimeError):
    """A session method was called at the wrong moment (a bug in the caller, not bad input)."""


class InvalidResponse(ValueError):
    """The response cannot be graded (empty, not a number...); the message tells the student what to fix."""


class Graded:
    """Whether a graded question was right and its points, read from its ``grade``."""

    grade: Grade

    @property
    def correct(self) -> bool:
        return bool(self.grade.correct)

    @property
    def score(self) -> float:
        return float(self.grade.score)


@dataclass(frozen=True)
class Outcome(Graded):
    """What happened to one question: shown to the student as feedback, kept for the summary."""

    question: AnyQuestion
    response: object
    grade: Grade
    skipped: bool
    response_text: str
    right_answer: str
    elapsed_ms: int
    deck_id: str = ""


@dataclass(frozen=True)
class OpenedSession:
    """A session just recorded in the store: what its constructor needs besides the items."""

    session_id: int
    profile: str
    clock: Clock
    started_at: dt.datetime


def open_session(store: Store, items: list[Item], *, title: str | None, mode: str, seed: int,
                 profile: str | None, clock: Clock | None, time_limit: float | None = None) -> OpenedSession:
    """Record a new session over ``items`` for ``profile`` (the student's own when ``None``), started now."""
    clock = clock or SystemClock()
    who = profile_for(profile)
    started_at = clock.now()
    session_id = record_session(store, items, title=title, mode=mode, seed=seed, profile=who, now=started_at,
                                time_limit=time_limit)
    return OpenedSession(session_id, who, clock, started_at)


class SessionLifecycle:
    """A stored session over a list of items, and how it ends; shared by practice-like sessions and exams.

    ``interrupt`` leaves it resumable; ``abandon`` gives it up for good (kept in the history, never
    offered again); both keep every answer already stored.
    """

    mode: str
    #: When set (the app sets one), writes go to its thread in order and the caller does not wait for the disk;
    #: otherwise each write is committed before the call returns and its StoreError reaches the caller.
    writer: AnswerWriter | None = None
    #: The last write handed to ``writer`` (its result or error), for a caller that wants to wait a moment for it.
    last_write: Future | None = None

    def __init__(self, store: Store, items: list[Item], *, session_id: int, seed: int, profile: str, clock: Clock,
                 started_at: dt.datetime, title: str | None = None) -> None:
        self.store = store
        self.items = list(items)
        self.deck = session_deck(self.items, title)
        self.session_id = session_id
        self.seed = seed
        self.profile = profile
        self.clock = clock
        self.started_at = started_at
        self.ended_at: dt.datetime | None = None
        self.status = "active"

    # -- the questions ---------------------------------------------------------------------------

    @property
    def questions(self) -> list[AnyQuestion]:
        return [question for _, question in self.items]

    @property
    def total(self) -> int:
        return len(self.items)

    def deck_for(self, question_id: str) -> Deck | None:
        """The deck of a question of this session (the first, should two decks share the id)."""
        return next((deck for deck, question in self.items if question.id == question_id), None)

    # -- writing and ending ----------------------------------------------------------------------

    def _store_write(self, write: Callable[..., object], *args: object, **kwargs: object) -> None:
        if self.writer is None:
            write(*args, **kwargs)
            return
        state = self.writer.state
        idle = not state.pending and state.problem is None
        # After writes refused for good (read-only, full), the next goes through the writer: if it succeeds, the
        # writer puts the refused ones back from the recovery file first, and the student is told.
        if idle and not state.kept:
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
