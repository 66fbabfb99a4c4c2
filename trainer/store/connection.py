"""The guarded connection to the score database: opening, checking, one lock, and SQLite's errors in words.

A file that is not a trainer database is refused before anything is written to it; a damaged,
full, read-only or locked one raises :class:`StoreError` saying what to do, never SQLite's error.
WAL mode and a busy timeout let two trainer processes share one file. Each write is one
transaction, committed before it returns, so nothing waits for a later commit.

Durability comes in two steps. ``synchronous = NORMAL`` makes a commit write its pages to the WAL
file before it returns but not wait for the disk to flush them (an fsync costs milliseconds, often
more on a busy disk, and an answer's commit sits between the key and its feedback): a committed
answer then survives the program being killed at any moment, which is what the app promises before
it shows the feedback. A :class:`WalSync` thread flushes the WAL to the disk right after each commit,
off the caller's path, so an answer also survives a power cut or a crash of the system a few
milliseconds later, as ``synchronous = FULL`` would have given at every commit.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from trainer.store.codec import UNKNOWN_TIME, decode_response, fill_gaps, parse_time
from trainer.store.errors import StoreBusy, StoreError, StoreUnwritable
from trainer.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

BUSY_TIMEOUT_MS = 5000
_log = logging.getLogger("trainer.store")
# Damage notes go to the app's log when it keeps one; the commands print them themselves, made visible, once (without
# this, logging's last-resort handler would print them a second time, raw).
_log.addHandler(logging.NullHandler())
_SQLITE_MAGIC = b"SQLite format 3\x00"
_FIX_HINT = "move it away or choose another folder with --data-dir"
# SQLite's primary result codes (the low byte of ``sqlite_errorcode``) that call for their own advice.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_PROTOCOL, _SQLITE_NOTADB = 10, 11, 13, 14, 15, 26
#: The codes of a database that another connection holds for now (PROTOCOL: a WAL race SQLite gave up on).
_HELD = (_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_PROTOCOL)
#: What is done about an answer whose stored time is damaged (one wording, so that it is named once).
ANSWER_TIME_KEPT = "the answer is kept, with the time of the answer next to it"


def damaged_message(path: Path, error: object) -> str:
    """What to do about a damaged database: recover it with sqlite3, or move it away; never delete it."""
    detail = " ".join(str(error).replace("*** in database main ***", "").split())
    return (
        f"the score database {path} is damaged ({detail}). trainer has not changed it. Your answers can usually be "
        f"saved: run  sqlite3 \"{path}\" \".recover\" | sqlite3 recovered.sqlite3  and put recovered.sqlite3 in "
        f"its place (keep the damaged file until you have checked), or move it away or choose another folder with --data-dir "
        "to start afresh."
    )


def _read_only_message(path: Path, what: str, writing: bool = False) -> str:
    # While the app runs (``writing``), what it could not save is kept and put back into this database by itself once
    # it can be written again: only making it writable is worth saying; another folder would split the history.
    todo = "Make it writable again." if writing else "Make it writable, or choose another folder with --data-dir."
    return (
        f"{what} so trainer cannot save answers in {path}. Your scores are safe: 'trainer stats' and "
        f"'trainer results' can still read them. {todo}"
    )


def _full_message(path: Path, writing: bool = False) -> str:
    """A full disk: at start-up trainer must be started again once there is room; while it runs, it saves again by
    itself (what it could not save is kept and put back), so freeing space is all there is to do."""
    todo = "free some space on it" if writing else "free some space and start trainer again"
    return f"the disk that holds the score database {path} is full; {todo}. Your earlier answers are saved."


def _error_code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def _file_problem(error: sqlite3.DatabaseError) -> bool:
    """An error of the file or its disk (damaged, full, read-only, locked), not of the SQL or the data."""
    return type(error) in (sqlite3.DatabaseError, sqlite3.OperationalError)


def _writable_problem(path: Path, writing: bool = False) -> str | None:
    """Why the database at ``path`` cannot be written, seen from the file system, or None."""
    if path.exists() and not os.access(path, os.W_OK):
        return _read_only_message(path, "the score database is read-only,", writing)
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK | os.X_OK):
        if not path.exists():
            return (f"the data folder {path.parent} is read-only, so trainer cannot create its score database "
                    "there; choose another folder with --data-dir (or TRAINER_DATA_DIR).")
        return _read_only_message(path, f"the data folder {path.parent} is read-only,", writing)
    return None


def explain(error: sqlite3.Error, path: Path, writing: bool = False) -> str:
    """A message for a failure of SQLite on the score database: what is wrong and what to do (``writing``: a save
    refused while trainer runs, which then keeps what it could not save and puts it back by itself)."""
    code = _error_code(error)
    text = str(error)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return damaged_message(path, text)
    if code == _SQLITE_FULL or "disk is full" in text:
        return _full_message(path, writing)
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) or "readonly" in text:
        return (_writable_problem(path, writing)
                or _read_only_message(path, f"the score database cannot be written ({text}),", writing))
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return (f"the score database {path} is locked by another program ({text}); close it and try again. "
                "Your earlier answers are saved.")
    if code == _SQLITE_IOERR:
        return (f"cannot read or write the score database {path} ({text}); the disk may be full or failing. "
                "Your earlier answers are saved.")
    return f"{path} is not a usable trainer database ({text}); {_FIX_HINT}."



def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite at all, before SQLite gets a chance to touch it."""
    if not path.exists():
        return
    if not path.is_file():
        raise StoreError(f"{path} is not a file, so it cannot hold the score database; {_FIX_HINT}.")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(f"cannot read the score database {path}: {error.strerror or error}") from None
    if head and head != _SQLITE_MAGIC:  # an empty file is fine: SQLite makes it a new database
        raise StoreError(f"{path} is not a trainer database (it is not an SQLite file); {_FIX_HINT}.")


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    """Accept an empty file or one of ours at a schema version this code knows; read only."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if application_id == APPLICATION_ID:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer trainer (schema {version}, this one knows {SCHEMA_VERSION}); "
                "upgrade trainer, or choose another folder with --data-dir."
            )
        return
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if application_id != 0 or version != 0 or has_tables:
        raise StoreError(f"{path} is not a trainer database (it belongs to another program); {_FIX_HINT}.")


#: Files up to this size are checked page by page when opened (about 5 ms for a year of study, 0.1 s for
#: 200,000 answers); in larger ones damage is reported when a read or a write meets it.
QUICK_CHECK_BYTES = 64 * 2**20


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged file before anything reads or writes it (a quick check reads every page once)."""
    try:
        if path.stat().st_size > QUICK_CHECK_BYTES:
            return
    except OSError:
        pass
    try:
        found = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreError(damaged_message(path, error)) from None
    if found is None or found[0] != "ok":
        raise StoreError(damaged_message(path, found[0] if found else "no answer from its check"))



def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _open_reader(path: Path) -> sqlite3.Connection:
    """The connection reads go through, beside the writing one: it can never write (``query_only``)."""
    reader = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        reader.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        reader.execute("PRAGMA query_only = ON")
        # A text cell holding bytes that are not UTF-8 (a damaged row) reads with U+FFFD in their place,
        # instead of failing the whole query.
        reader.text_factory = _lenient_text
    except sqlite3.DatabaseError:
        reader.close()
        raise
    return reader


class Database:
    """A connection to the score database. Safe to share between threads.

    The store's tables (:mod:`~trainer.store.sessions`, :mod:`~trainer.store.answers`,
    :mod:`~trainer.store.cards`, :mod:`~trainer.store.queries`) run their SQL through
    :meth:`_write` and :meth:`_read`; nothing outside ``trainer.store`` sees a query.

    Writes and reads go through two connections, each with its own lock: a write waiting for a
    database held by another program (the busy timeout) never holds up a read, which WAL lets go
    on beside any writer (the home screen's scores while the writer thread retries an answer).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, reader: sqlite3.Connection | None = None, *,
                 sync: bool = False) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        #: Reads use their own connection when there is one (a read-only store has just one).
        self._reader = reader if reader is not None else conn
        self._read_lock = threading.Lock() if reader is not None else self._lock
        self.path = path
        self._sync = WalSync(path) if sync else None
        #: Damaged rows met while reading (each named by file and id), for the caller to report; they were left
        #: out or read without their damaged part, never a crash.
        self.damage: list[str] = []

    def _note_damage(self, what: str, error: object, kept: str = "it was left out") -> None:
        note = f"{what} in {self.path} is damaged ({error}); {kept}."
        if note not in self.damage:
            self.damage.append(note)
            _log.warning(note)

    def _response(self, text: str, answer_id: int) -> object:
        """A stored answer's response; ``None`` (and a note in :attr:`damage`) when the stored JSON is damaged."""
        try:
            return decode_response(text)
        except (ValueError, TypeError) as error:
            self._note_damage(f"the response of answer {answer_id}", error,
                              "its response was left out, its grade and its text as shown are kept")
            return None

    def _time(self, text: object, what: str, kept: str) -> dt.datetime | None:
        """A stored time; ``None`` (and a note in :attr:`damage` saying what was done instead) when it is damaged."""
        try:
            return parse_time(text)  # type: ignore[arg-type]
        except ValueError as error:
            self._note_damage(what, error, kept)
            return None

    def _number(self, value: object, what: str, kind: type = int, instead: object = 0,  # type: ignore[no-untyped-def]
                said: str = "it is read as 0"):
        """A stored count, score or time in milliseconds; ``instead`` (and a note in :attr:`damage`) when it is not a
        number."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return kind(value)
        self._note_damage(what, repr(value), said)
        return kind(instead)

    def _session_counts(self, sid: int, total: object, answered: object, correct: object, skipped: object,
                        score: object) -> tuple[int, int, int, int, float]:
        """A session's stored totals, each damaged one (not a number) noted and read as 0 (its planned questions as
        its answers)."""
        what = f"session {sid}"
        answers = self._number(answered, f"the number of answers of {what}")
        return (self._number(total, f"the number of planned questions of {what}", instead=answers,
                             said="it is taken as the number of its answers"),
                answers,
                self._number(correct, f"the number of right answers of {what}"),
                self._number(skipped, f"the number of skips of {what}"),
                self._number(score, f"the score of {what}", float))

    def _answer_times(self, rows: list[tuple[int, object]]) -> list[dt.datetime]:
        """The times of one session's (answer id, stored time) rows, in the order given; a damaged one takes the time
        of the answer before it (after it, for the first), so that the answer is kept, in its place."""
        moments = [self._time(text, f"the time of answer {answer_id}", ANSWER_TIME_KEPT) for answer_id, text in rows]
        return fill_gaps(moments)

    def _session_times(self, sid: int, status: str, started: object, ended: object, last_answer: object
                       ) -> tuple[dt.datetime, dt.datetime | None, dt.datetime | None]:
        """(started, ended, last answer) of a session from its stored times, the damaged ones (each noted) replaced
        by the nearest the session still has: its earliest answer for its start, its last answer for its end."""
        what = f"session {sid}"
        last = self._time(last_answer, f"the time of the last answer of {what}", "it is left out")
        end = self._time(ended, f"the end time of {what}", "its last answer's time is shown instead")
        if end is None and ended is not None and status != "active":
            end = last
        start = self._time(started, f"the start time of {what}", "its earliest answer's time is shown instead")
        if start is None:
            start = self._earliest(sid) or last or end or UNKNOWN_TIME
        return start, end, last

    def _earliest(self, sid: int) -> dt.datetime | None:
        """The earliest readable time of a session's answers and saved exam responses."""
        moments = []
        for (text,) in self._read("SELECT answered_at FROM answers WHERE session_id = ?1 UNION ALL "
                                  "SELECT updated_at FROM exam_responses WHERE session_id = ?1", (sid,)):
            try:
                moment = parse_time(text)
            except ValueError:
                continue
            if moment is not None:
                moments.append(moment)
        return min(moments, default=None)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Self:
        """Open the database at ``path``, creating it and its folders on first use.

        ``read_only`` opens an existing database without writing anything to it, not even its
        journal, so scores can be read (and handed in) from a read-only folder or medium.
        """
        path = Path(path)
        _check_header(path)
        if read_only:
            return cls._open_read_only(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise StoreError(_read_only_message(path, f"the folder {path.parent} cannot be created here "
                                                          f"({error.strerror}),")) from None
            if error.errno == errno.ENOSPC:
                raise StoreError(_full_message(path)) from None
            raise StoreError(
                f"cannot create the folder {path.parent} for the score database: {error.strerror or error}; "
                "choose another folder with --data-dir."
            ) from None
        problem = _writable_problem(path)
        if problem is not None:
            raise StoreError(problem)
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            _check_identity(conn, path)
            _check_integrity(conn, path)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            conn.execute("PRAGMA journal_mode = WAL")
            # Commits reach the WAL file before they return (a kill loses nothing); WalSync flushes them to the
            # disk just after, off the caller's path (a power cut loses nothing either). See the module's docstring.
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)  # before foreign keys go on: a table rebuild must not cascade
            conn.execute("PRAGMA foreign_keys = ON")
            reader = _open_reader(path)
        except StoreError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            raise StoreError(explain(error, path)) from None
        return cls(conn, path, reader, sync=True)

    @classmethod
    def _open_read_only(cls, path: Path) -> Self:
        if not path.is_file():
            raise StoreError(f"there is no score database at {path}")
        uri = "file:" + urllib.parse.quote(str(path.resolve()))
        last: sqlite3.DatabaseError | None = None
        # mode=ro reads the WAL as well; in a read-only folder it may be unable to open the WAL index,
        # and then immutable=1 reads the main file alone (what a closed app leaves behind).
        for options in ("mode=ro", "mode=ro&immutable=1"):
            conn: sqlite3.Connection | None = None
            try:
                conn = sqlite3.connect(f"{uri}?{options}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                       isolation_level=None, check_same_thread=False)
                conn.text_factory = _lenient_text
                _check_identity(conn, path)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION and _writable_problem(path) is None:
                    conn.close()
                    return cls.open(path)  # an older schema: bring it up to date, as the app would
                if version != SCHEMA_VERSION:
                    raise StoreError(f"{path} was written by an older trainer (schema {version}); open it once "
                                     "with the app, in a folder where it can be written, to bring it up to date.")
                _check_integrity(conn, path)
                return cls(conn, path)
            except StoreError:
                if conn is not None:
                    conn.close()
                raise
            except sqlite3.DatabaseError as error:
                if conn is not None:
                    conn.close()
                if _error_code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
                    raise StoreError(explain(error, path)) from None
                last = error
        assert last is not None
        raise StoreError(f"cannot read the score database {path} ({last}); {_FIX_HINT}.")

    def sync_later(self, schedule: Callable[[Callable[[], None]], object] | None) -> None:
        """Flush commits made on the calling thread to the disk through ``schedule`` (see :meth:`WalSync.later`)."""
        if self._sync is not None:
            self._sync.later(schedule)

    def close(self) -> None:
        with self._lock:
            if self._sync is not None:
                self._sync.close()  # every commit flushed before the connection goes
            self._conn.close()
        if self._reader is not self._conn:
            with self._read_lock:
                self._reader.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def not_waiting(self) -> Iterator[None]:
        """Writes in this block fail at once (a busy :class:`StoreError`) when another program holds the database,
        instead of waiting up to the busy timeout: for a caller that must not freeze, which then hands the
        write to a thread that may wait (the answer writer)."""
        with self._lock:
            self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            yield
        finally:
            with self._lock:
                self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed before returning: nothing waits for a later commit."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as error:
                if not _file_problem(error):
                    raise
                raise self._cannot_write(error) from None
            try:
                yield self._conn
                self._conn.execute("COMMIT")
                if self._sync is not None:
                    self._sync.request()
            except sqlite3.DatabaseError as error:
                self._rollback()
                if not _file_problem(error):
                    raise
                raise self._cannot_write(error) from None
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        except sqlite3.DatabaseError:  # a damaged or vanished file: SQLite rolls back on its own
            pass

    def _cannot_write(self, error: sqlite3.DatabaseError) -> StoreError:
        """Busy or locked (:class:`StoreBusy`: worth trying again) or a problem of the file that stays."""
        code = _error_code(error)
        if code in _HELD or (not code and ("locked" in str(error) or "busy" in str(error))):
            return StoreBusy(
                f"cannot save yet: the score database {self.path} is held by another program ({error}); close it "
                "and try again. Your earlier answers are saved."
            )
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB, _SQLITE_FULL, _SQLITE_READONLY, _SQLITE_PERM, _SQLITE_IOERR,
                    _SQLITE_CANTOPEN):
            return StoreUnwritable(f"cannot save: {explain(error, self.path, writing=True)}")
        return StoreUnwritable(
            f"cannot save to the score database {self.path} ({error}); the disk may be full, failing or read-only. "
            "Your earlier answers are saved."
        )

    def _read(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """Run a read-only query of the store's own (callers outside the store ask by name).

        A damaged file raises :class:`StoreError` with what to do, not SQLite's error.
        """
        with self._read_lock:
            try:
                return self._reader.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as error:
                if not _file_problem(error):
                    raise
                raise StoreError(explain(error, self.path)) from None


class WalSync:
    """Flushes the database's WAL file to the disk after commits, on its own thread, a few at a time.

    With ``synchronous = NORMAL`` a commit is in the operating system's hands when it returns (safe from
    the program being killed) but not yet on the disk. :meth:`request` asks for a flush and returns at
    once; the thread flushes everything committed so far in one ``fsync`` (commits that come while it
    works share the next one). :meth:`close` waits for the last flush. A flush that fails (a vanished
    file, a full disk) is left to SQLite, which syncs the WAL itself before every checkpoint.
    """

    def __init__(self, path: Path) -> None:
        self._wal = Path(f"{path}-wal")
        self._cond = threading.Condition()
        self._asked = 0  # flushes requested so far
        self._done = 0  # requests covered by a finished flush
        self._closed = False
        self._synced_folder = False
        self._thread: threading.Thread | None = None
        self._schedule: Callable[[Callable[[], None]], object] | None = None  # see later()
        self._scheduling_thread: int | None = None
        self._owed = False  # a flush asked for on the scheduling thread and not yet handed to the flushing thread

    def later(self, schedule: Callable[[Callable[[], None]], object] | None) -> None:
        """Ask for the flushes that commits on the calling thread need through ``schedule``, not at once.

        ``schedule(ask)`` must call ``ask`` soon, on the same thread (the app passes "after the next frame"):
        waking the flushing thread right after an answer's commit set it competing with the frame that shows
        the answer, for the interpreter and on a busy machine for a core. The commit is safe from the program
        being killed when it returns either way; only the flush that covers a power cut comes a moment later.
        Commits on other threads (the answer writer's) ask at once. ``None``: at once on every thread again.
        """
        owed = self._owed and threading.get_ident() == self._scheduling_thread
        self._schedule, self._scheduling_thread = schedule, threading.get_ident() if schedule else None
        if owed:
            self._ask_owed()

    def _ask_owed(self) -> None:
        self._owed = False
        self._ask()

    def request(self) -> None:
        schedule = self._schedule
        if schedule is not None and threading.get_ident() == self._scheduling_thread:
            if not self._owed:  # one flush covers every commit made before it starts
                self._owed = True
                if not schedule(self._ask_owed):  # refused (the app is closing): at once
                    self._ask_owed()
            return
        self._ask()

    def _ask(self) -> None:
        with self._cond:
            if self._closed:
                return
            self._asked += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="trainer-wal-sync", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every commit requested so far is on the disk; False if ``timeout`` ran out first."""
        with self._cond:
            target = self._asked
            return self._cond.wait_for(lambda: self._done >= target or self._thread is None, timeout)

    def close(self) -> None:
        if self._owed:
            self._ask_owed()
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._asked > self._done or self._closed)
                if self._asked == self._done:  # closed with nothing left to flush
                    self._thread = None
                    self._cond.notify_all()
                    return
                target = self._asked
            self._flush()
            with self._cond:
                self._done = target
                self._cond.notify_all()

    def _flush(self) -> None:
        try:
            fd = os.open(self._wal, os.O_RDONLY)
        except OSError:
            return  # no WAL (a checkpoint removed it): its content is in the synced main file
        try:
            os.fsync(fd)
            if not self._synced_folder:  # the WAL file's own entry in its folder, once
                folder = os.open(self._wal.parent, os.O_RDONLY)
                try:
                    os.fsync(folder)
                finally:
                    os.close(folder)
                self._synced_folder = True
        except OSError:
            pass
        finally:
            os.close(fd)
