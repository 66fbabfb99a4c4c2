"""Store writes off the UI thread, in order, retried while the database is busy: nothing is dropped.

A study session's answer is graded at once (the feedback needs nothing from the disk), then handed to
an :class:`AnswerWriter`, which commits it on its own thread. While another program holds the
database (SQLite's busy timeout), the writer keeps the write and tries again, so the student keeps
studying and sees "saving…"; the writes go in the order they were given, so an answer is never
stored after the end of its session. ``flush`` waits for all of them (the program does before it exits).

A write the database refuses for a reason that stays (read-only, full, damaged, a failing disk) is not
retried: it is written to a recovery file (:data:`RECOVERY_FILE`, JSON lines, in the data folder, else
the home folder, else the temporary folder) and its future's error says where, so nothing is lost.
When a later write succeeds (the disk has room again, the file is writable again), ``on_saving_again``
is called with where those writes were kept, on the writer's thread before any other write, so that it
can put them back in order (:func:`trainer.study.recover.put_back`) and tell the student; it returns
the recovery files it emptied.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import logging
import os
import sqlite3
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from trainer.store import StoreBusy, StoreError, StoreUnwritable

_log = logging.getLogger(__name__)

#: Seconds between attempts while the database refuses writes (each attempt waits the store's busy timeout too).
RETRY_AFTER = 0.5
#: Where writes the database refused for good are kept, one JSON object a line, next to the database.
RECOVERY_FILE = "unsaved-answers.jsonl"


@dataclass(frozen=True)
class WriterState:
    """What the student is told: writes waiting, and why the first of them is waiting (None: all is well).

    ``kept`` counts the writes refused for good since one last succeeded: they wait in a recovery file
    for the next write that succeeds, which must then go through the writer to put them back."""

    pending: int
    problem: str | None
    kept: int = 0


def retriable(error: StoreError) -> bool:
    """A write refused because another program holds the database: trying again later can succeed.

    A read-only, full, damaged or failing database is not retried: it stays so until the student acts.
    """
    if isinstance(error, StoreBusy):
        return True
    cause = error.__cause__ or error.__context__
    if isinstance(cause, sqlite3.OperationalError) and not getattr(cause, "sqlite_errorcode", None):
        text = str(cause).lower()  # SQLite's own words, where its error code is not known
        return "locked" in text or "busy" in text
    return False


class Unsaved(StoreError):
    """A write the database refused for good; ``kept_in`` is the recovery file that holds it (None: memory only)."""

    def __init__(self, error: StoreError, kept_in: Path | None, put_back: bool = False, first: bool = True) -> None:
        if kept_in is not None:
            command = "trainer recover" if kept_in.name == RECOVERY_FILE else f"trainer recover {kept_in}"
            when = ("trainer saves it there by itself as soon as a save works again while it runs; otherwise "
                    f"'{command}' does, once the database can be written again." if put_back else
                    f"once the database can be written again, '{command}' saves it there.")
            where = f" Nothing is lost: what you answered is kept in {kept_in}; {when}"
        else:
            where = (" It could not be written to a recovery file either: it is kept only while trainer runs, "
                     "and an exam can be continued from the home screen once the database can be written.")
        super().__init__(f"{error}{where}")
        self.error = error
        self.kept_in = kept_in
        #: The first write refused since saving last worked: worth telling even if the same words were told before.
        self.first = first


def _plain(value: object) -> object:
    """A value of a write's arguments as JSON: records as objects, times in ISO 8601, callbacks left out."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return None if callable(value) else str(value)


def recovery_record(job: Callable[[], object], error: StoreError) -> dict[str, object]:
    """What a refused write was: the store method's name and its arguments (a card update is recomputed)."""
    record: dict[str, object] = {"kept_at": dt.datetime.now(dt.UTC).isoformat(), "error": str(error)}
    if isinstance(job, functools.partial):
        method = job.func
        record["write"] = getattr(method, "__name__", str(method))
        database = getattr(getattr(method, "__self__", None), "path", None)
        if database is not None:
            record["database"] = str(database)
        record["args"] = _plain(list(job.args))
        record.update({name: _plain(value) for name, value in job.keywords.items() if not callable(value)})
    else:
        record["write"] = getattr(job, "__name__", repr(job))
    return record


def recovery_places(job: Callable[[], object]) -> list[Path]:
    """Where a refused write may be kept: the database's folder, the home folder, the temporary folder."""
    places = []
    method = job.func if isinstance(job, functools.partial) else job
    database = getattr(getattr(method, "__self__", None), "path", None)
    if database is not None:
        places.append(Path(database).parent / RECOVERY_FILE)
    places.append(Path.home() / f"trainer-{RECOVERY_FILE}")
    places.append(Path(tempfile.gettempdir()) / f"trainer-{RECOVERY_FILE}")
    return places


def keep_unsaved(job: Callable[[], object], error: StoreError) -> Path | None:
    """Append a refused write to the first recovery file that can be written; its path, or None."""
    line = json.dumps(recovery_record(job, error), ensure_ascii=False) + "\n"
    data = line.encode("utf-8")
    for place in recovery_places(job):
        try:
            descriptor = os.open(place, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError:
            continue
        try:
            start = os.lseek(descriptor, 0, os.SEEK_END)
            try:
                written = 0
                while written < len(data):
                    written += os.write(descriptor, data[written:])
                os.fsync(descriptor)
            except OSError:
                # A full disk can take part of the line: cut it off, or the next line kept here would be glued to it.
                try:
                    os.ftruncate(descriptor, start)
                except OSError:
                    pass
                continue
        finally:
            os.close(descriptor)
        return place
    return None


class AnswerWriter:
    """One background thread that runs store writes in the order submitted."""

    def __init__(self, on_change: Callable[[WriterState], None] | None = None, retry_after: float = RETRY_AFTER,
                 keep: Callable[[Callable[[], object], StoreError], Path | None] = keep_unsaved,
                 on_saving_again: Callable[[list[Path | None]], Iterable[Path] | None] | None = None):
        self._keep = keep
        #: Writes refused for good and not put back, with the recovery file each went to (None: none took it).
        self.refused: list[Path | None] = []
        #: Writes refused for good since a write last succeeded: handed to ``on_saving_again`` once one does.
        self._refused_since: list[Path | None] = []
        self._on_saving_again = on_saving_again
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
            return WriterState(len(self._jobs), self._problem, len(self._refused_since))

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
                self._done(future, error=self._refused(job, error))
            except BaseException as error:  # a bug: report it to whoever waits, keep the thread alive
                self._done(future, error=error)
            else:
                self._saving_again()  # before this write counts as done: flush() waits for the putting back too
                self._done(future, result=result)

    def _refused(self, job: Callable[[], object], error: StoreError) -> StoreError:
        """A write refused for good: keep it in a recovery file when the database's file is at fault."""
        if not isinstance(error, StoreUnwritable):
            return error  # the write itself was wrong (a finished session): nothing to keep
        try:
            kept_in = self._keep(job, error)
        except Exception:  # keeping must never stop the writer
            kept_in = None
        with self._cond:
            self.refused.append(kept_in)
            self._refused_since.append(kept_in)
            first = len(self._refused_since) == 1
        return Unsaved(error, kept_in, put_back=self._on_saving_again is not None, first=first)

    def _saving_again(self) -> None:
        """A write succeeded: if some were refused for good before it, hand them to ``on_saving_again``."""
        if not self._refused_since:
            return
        with self._cond:
            refused, self._refused_since = self._refused_since, []
        if self._on_saving_again is None:
            return
        try:
            emptied = set(self._on_saving_again(refused) or ())
        except Exception:  # telling must never stop the writer; the recovery file still holds them
            _log.exception("putting back the writes kept while the database could not be written failed")
            return
        with self._cond:  # put back: no longer said to be kept there (at exit, for instance)
            self.refused = [place for place in self.refused if place is None or place not in emptied]

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
