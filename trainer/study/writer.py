"""Store writes off the UI thread, in order, retried while the database is busy: nothing is dropped.

A study session's answer is graded at once (the feedback needs nothing from the disk), then handed to
an :class:`AnswerWriter`, which commits it on its own thread. While another program holds the
database (SQLite's busy timeout), the writer keeps the write and tries again, so the student keeps
studying and sees "saving…"; the writes go in the order they were given, so an answer is never
stored after the end of its session. ``flush`` waits for all of them (the program does before it exits).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from trainer.store import StoreError

#: Seconds between attempts while the database refuses writes (each attempt waits the store's busy timeout too).
RETRY_AFTER = 0.5


@dataclass(frozen=True)
class WriterState:
    """What the student is told: writes waiting, and why the first of them is waiting (None: all is well)."""

    pending: int
    problem: str | None


def retriable(error: StoreError) -> bool:
    """A write refused because the database is busy, locked or full: trying again later can succeed."""
    cause = error.__cause__ or error.__context__
    if isinstance(cause, sqlite3.OperationalError):
        return True
    text = str(error).lower()  # the store's message for a busy file, should its chaining change
    return "locked" in text or "busy" in text


class AnswerWriter:
    """One background thread that runs store writes in the order submitted."""

    def __init__(self, on_change: Callable[[WriterState], None] | None = None, retry_after: float = RETRY_AFTER):
        self._jobs: deque[tuple[Callable[[], object], Future]] = deque()
        self._cond = threading.Condition()
        self._on_change = on_change
        self._retry_after = retry_after
        self._problem: str | None = None
        self._closed = False
        self._thread: threading.Thread | None = None

    # -- giving work ---------------------------------------------------------------------------

    def submit(self, job: Callable[[], object]) -> Future:
        """Queue a write; the future holds its result, or the error that made it impossible (never a busy one)."""
        future: Future = Future()
        with self._cond:
            if self._closed:
                raise RuntimeError("the writer is closed")
            self._jobs.append((job, future))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="trainer-writer", daemon=True)
                self._thread.start()
            self._cond.notify_all()
        return future

    @property
    def state(self) -> WriterState:
        with self._cond:
            return WriterState(len(self._jobs), self._problem)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every write is done; False when some are still waiting after ``timeout`` seconds."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._jobs, timeout)

    def wait_settled(self, timeout: float | None = None) -> bool:
        """Wait until every write is done or the first one is waiting for the database to be free."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._jobs or self._problem is not None, timeout)

    def close(self, timeout: float | None = None) -> int:
        """Stop once the queue is empty (waiting up to ``timeout``); returns how many writes were not done."""
        self.flush(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            return len(self._jobs)

    # -- the thread ----------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._jobs or self._closed)
                if not self._jobs:
                    return
                job, future = self._jobs[0]
            try:
                result = job()
            except StoreError as error:
                if retriable(error):
                    self._set_problem(str(error))
                    with self._cond:
                        if self._cond.wait_for(lambda: self._closed, self._retry_after):
                            return
                    continue
                self._done(future, error=error)
            except BaseException as error:  # a bug: report it to whoever waits, keep the thread alive
                self._done(future, error=error)
            else:
                self._done(future, result=result)

    def _set_problem(self, problem: str | None) -> None:
        with self._cond:
            changed = problem != self._problem
            self._problem = problem
            state = WriterState(len(self._jobs), problem)
            self._cond.notify_all()
        if changed and self._on_change is not None:
            self._on_change(state)

    def _done(self, future: Future, *, result: object = None, error: BaseException | None = None) -> None:
        with self._cond:
            self._jobs.popleft()
            had_problem = self._problem is not None
            self._problem = None
            state = WriterState(len(self._jobs), None)
            self._cond.notify_all()
        if error is None:
            future.set_result(result)
        else:
            future.set_exception(error)
        if self._on_change is not None and (had_problem or not state.pending):
            self._on_change(state)
