"""The score store: every session and every answer, in one SQLite file.

Each answer is committed as it is given, so quitting, a crash or a killed terminal loses nothing
already answered. WAL mode and a busy timeout let two trainer processes share one file. A file
that is not a trainer database is refused before anything is written to it.
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from trainer.store.errors import StoreError
from trainer.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

MODES = ("practice", "exam", "review", "mistakes", "read")
STATUSES = ("active", "interrupted", "completed", "abandoned")
#: Statuses a session can be resumed from: 'active' (running, or the program crashed) and
#: 'interrupted' (the student left it with confirmation).
RESUMABLE = ("active", "interrupted")
#: The session row's deck_id when its questions come from several decks (never a deck id: ids start
#: with a letter or digit). Each answer still records its own deck, and ``deck_ids`` lists them.
MULTI_DECK = "*"
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"
_FIX_HINT = "move it away or choose another folder with --data-dir"
# SQLite's primary result codes (the low byte of ``sqlite_errorcode``) that call for their own advice.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def damaged_message(path: Path, error: object) -> str:
    """What to do about a damaged database: recover it with sqlite3, or move it away; never delete it."""
    detail = " ".join(str(error).replace("*** in database main ***", "").split())
    return (
        f"the score database {path} is damaged ({detail}). trainer has not changed it. Your answers can usually be "
        f"saved: run  sqlite3 \"{path}\" \".recover\" | sqlite3 recovered.sqlite3  and put recovered.sqlite3 in "
        f"its place (keep the damaged file until you have checked), or move it away or choose another folder with --data-dir "
        "to start afresh."
    )


def _read_only_message(path: Path, what: str) -> str:
    return (
        f"{what} so trainer cannot save answers in {path}. Your scores are safe: 'trainer stats' and "
        "'trainer results' can still read them. Make it writable, or choose another folder with --data-dir."
    )


def _full_message(path: Path) -> str:
    return (f"the disk that holds the score database {path} is full; free some space and start again. "
            "Your earlier answers are saved.")


def _error_code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def _file_problem(error: sqlite3.DatabaseError) -> bool:
    """An error of the file or its disk (damaged, full, read-only, locked), not of the SQL or the data."""
    return type(error) in (sqlite3.DatabaseError, sqlite3.OperationalError)


def _writable_problem(path: Path) -> str | None:
    """Why the database at ``path`` cannot be written, seen from the file system, or None."""
    if path.exists() and not os.access(path, os.W_OK):
        return _read_only_message(path, "the score database is read-only,")
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK | os.X_OK):
        if not path.exists():
            return (f"the data folder {path.parent} is read-only, so trainer cannot create its score database "
                    "there; choose another folder with --data-dir (or TRAINER_DATA_DIR).")
        return _read_only_message(path, f"the data folder {path.parent} is read-only,")
    return None


def explain(error: sqlite3.Error, path: Path) -> str:
    """A message for a failure of SQLite on the score database: what is wrong and what to do."""
    code = _error_code(error)
    text = str(error)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return damaged_message(path, text)
    if code == _SQLITE_FULL or "disk is full" in text:
        return _full_message(path)
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) or "readonly" in text:
        return _writable_problem(path) or _read_only_message(path, f"the score database cannot be written ({text}),")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return (f"the score database {path} is locked by another program ({text}); close it and try again. "
                "Your earlier answers are saved.")
    if code == _SQLITE_IOERR:
        return (f"cannot read or write the score database {path} ({text}); the disk may be full or failing. "
                "Your earlier answers are saved.")
    return f"{path} is not a usable trainer database ({text}); {_FIX_HINT}."


def default_profile() -> str:
    """The login name, so that people sharing a data folder keep separate scores."""
    try:
        return getpass.getuser() or "student"
    except Exception:  # no USER/LOGNAME and no passwd entry (KeyError, OSError)
        return "student"


@dataclass(frozen=True)
class SessionRecord:
    """A stored session, with totals kept up to date as each answer is stored.

    ``deck_ids`` runs parallel to ``question_ids`` (the deck of each planned question); ``deck_id``
    is :data:`MULTI_DECK` when they differ. ``responses`` counts an exam's saved, not yet submitted
    responses (only filled by :meth:`Store.resumable_sessions`).
    """

    id: int
    profile: str
    deck_id: str
    deck_title: str
    mode: str
    seed: int
    question_ids: tuple[str, ...]
    started_at: dt.datetime
    ended_at: dt.datetime | None
    status: str
    total: int
    answered: int
    correct: int
    skipped: int
    score: float
    deck_ids: tuple[str, ...] = ()
    time_limit: float | None = None
    last_answer_at: dt.datetime | None = None
    responses: int = 0

    @property
    def fraction(self) -> float:
        """Points over the planned number of questions (0 for an empty session)."""
        return self.score / self.total if self.total else 0.0

    @property
    def resumable(self) -> bool:
        return self.status in RESUMABLE

    @property
    def items(self) -> list[tuple[str, str]]:
        """(deck id, question id) of each planned question, in order."""
        return list(zip(self.deck_ids, self.question_ids))


@dataclass(frozen=True)
class AnswerRecord:
    """One stored answer; ``response`` is the decoded JSON the student gave."""

    id: int
    session_id: int
    deck_id: str
    question_id: str
    qtype: str
    response: object
    response_text: str
    correct: bool
    score: float
    skipped: bool
    elapsed_ms: int
    answered_at: dt.datetime


@dataclass(frozen=True)
class DeckStats:
    """What the deck list shows: how often and how well a deck was studied.

    Scores are fractions (0..1) of completed sessions on this deck alone; ``None`` when none is
    completed yet. ``last_studied`` also counts answers given in sessions over several decks.
    """

    deck_id: str
    sessions: int
    last_score: float | None
    best_score: float | None
    last_studied: dt.datetime | None


@dataclass(frozen=True)
class NewAnswer:
    """An answer to store (see :meth:`Store.record_answer` for the fields)."""

    deck_id: str
    question_id: str
    qtype: str
    response: object
    response_text: str
    correct: bool
    score: float
    skipped: bool
    elapsed_ms: int
    now: dt.datetime


@dataclass(frozen=True)
class PastAnswer:
    """One stored answer in a card's history, oldest first, as the scheduler replays it."""

    correct: bool
    score: float
    skipped: bool
    elapsed_ms: int
    qtype: str
    answered_at: dt.datetime


@dataclass(frozen=True)
class CardRow:
    """A scheduling card as stored: the scheduler's JSON plus the columns the queues index."""

    due: dt.datetime
    last_review: dt.datetime | None
    reps: int
    lapses: int
    card_json: str
    fsrs_version: str
    last_right: bool


#: Computes a question's next card from its stored one (``None`` if it has none) and, lazily, its
#: whole answer history for the profile, the answer being recorded included. The store calls it
#: inside the answer's transaction, so the answer and the card are saved together or not at all.
CardUpdate = Callable[[CardRow | None, Callable[[], list[PastAnswer]]], CardRow]


def _iso(moment: dt.datetime) -> str:
    """A fixed-width UTC timestamp, so that text order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError(f"timestamps must carry a time zone, got naive {moment!r}")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


#: Public name for the store's timestamp format (queues compare stored times as text).
iso_utc = _iso


def _parse(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


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


class Store:
    """A connection to the score database. Safe to share between threads (one lock)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self.path = path

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> "Store":
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
            conn.execute("PRAGMA synchronous = FULL")  # an answer survives a power cut, not only a crash
            migrate(conn)  # before foreign keys go on: a table rebuild must not cascade
            conn.execute("PRAGMA foreign_keys = ON")
        except StoreError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            raise StoreError(explain(error, path)) from None
        return cls(conn, path)

    @classmethod
    def _open_read_only(cls, path: Path) -> "Store":
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

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        code = _error_code(error)
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB, _SQLITE_FULL, _SQLITE_READONLY, _SQLITE_PERM):
            return StoreError(f"cannot save: {explain(error, self.path)}")
        return StoreError(
            f"cannot save to the score database {self.path} ({error}); another program may be holding it "
            "or the disk may be full or read-only. Your earlier answers are saved; try again."
        )

    def read(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """Run a read-only query (for the core's statistics and queues; the UI never calls this).

        A damaged file raises :class:`StoreError` with what to do, not SQLite's error.
        """
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as error:
                if not _file_problem(error):
                    raise
                raise StoreError(explain(error, self.path)) from None

    _read = read

    # -- sessions --------------------------------------------------------------------------------

    def start_session(
        self,
        *,
        deck_id: str,
        deck_title: str,
        mode: str,
        seed: int,
        question_ids: list[str],
        profile: str,
        now: dt.datetime,
        deck_ids: list[str] | None = None,
        time_limit: float | None = None,
    ) -> int:
        """Record a new active session and return its id.

        ``deck_ids`` gives the deck of each question when they come from several decks (then pass
        ``deck_id=MULTI_DECK``); ``time_limit`` is an exam's allowed time in seconds.
        """
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        if deck_ids is not None and len(deck_ids) != len(question_ids):
            raise ValueError("deck_ids must give one deck per question")
        if time_limit is not None and not time_limit > 0:
            raise ValueError(f"a time limit is a positive number of seconds, got {time_limit}")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (profile, deck_id, deck_title, mode, seed, question_ids, deck_ids, started_at,"
                " status, total, time_limit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)",
                (profile, deck_id, deck_title, mode, seed, json.dumps(list(question_ids)),
                 json.dumps(list(deck_ids)) if deck_ids is not None else None, _iso(now), len(question_ids),
                 time_limit),
            )
            return int(cursor.lastrowid)

    def record_answer(
        self,
        session_id: int,
        *,
        deck_id: str,
        question_id: str,
        qtype: str,
        response: object,
        response_text: str,
        correct: bool,
        score: float,
        skipped: bool,
        elapsed_ms: int,
        now: dt.datetime,
        card_update: CardUpdate | None = None,
    ) -> int:
        """Commit one answer to an active session (and its card, when ``card_update`` is given)."""
        answer = NewAnswer(deck_id, question_id, qtype, response, response_text, correct, score, skipped,
                           elapsed_ms, now)
        encoded = _encode(answer)
        with self._write() as conn:
            profile = self._active_profile(conn, session_id)
            answer_id = self._insert_answer(conn, session_id, answer, encoded)
            if card_update is not None:
                self._update_card(conn, profile, deck_id, question_id, card_update)
            return answer_id

    def submit_answers(
        self,
        session_id: int,
        answers: list[NewAnswer],
        *,
        now: dt.datetime,
        card_update: Callable[[NewAnswer], CardUpdate] | None = None,
    ) -> None:
        """Store many answers, update their cards and complete the session, all in one transaction.

        This is an exam's submission: its saved responses are dropped once they are answers.
        """
        encoded = [_encode(answer) for answer in answers]
        with self._write() as conn:
            profile = self._active_profile(conn, session_id)
            for answer, text in zip(answers, encoded):
                self._insert_answer(conn, session_id, answer, text)
                if card_update is not None:
                    self._update_card(conn, profile, answer.deck_id, answer.question_id, card_update(answer))
            conn.execute("DELETE FROM exam_responses WHERE session_id = ?", (session_id,))
            conn.execute("UPDATE sessions SET status = 'completed', ended_at = ? WHERE id = ?", (_iso(now), session_id))

    def _active_profile(self, conn: sqlite3.Connection, session_id: int) -> str:
        row = conn.execute("SELECT status, profile FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise StoreError(f"there is no session {session_id} in {self.path}")
        if row[0] != "active":
            raise StoreError(f"session {session_id} is {row[0]}; it takes no more answers")
        return str(row[1])

    def _insert_answer(self, conn: sqlite3.Connection, session_id: int, answer: NewAnswer, encoded: str) -> int:
        try:
            cursor = conn.execute(
                "INSERT INTO answers (session_id, deck_id, question_id, qtype, response, response_text,"
                " correct, score, skipped, elapsed_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, answer.deck_id, answer.question_id, answer.qtype, encoded, answer.response_text,
                 int(bool(answer.correct)), float(answer.score), int(bool(answer.skipped)),
                 max(0, int(answer.elapsed_ms)), _iso(answer.now)),
            )
        except sqlite3.IntegrityError:
            raise StoreError(
                f"question '{answer.question_id}' of deck '{answer.deck_id}' is already answered"
                f" in session {session_id}"
            ) from None
        conn.execute(
            "UPDATE sessions SET answered = answered + 1, correct = correct + ?, skipped = skipped + ?,"
            " score = score + ?, last_answer_at = max(coalesce(last_answer_at, ''), ?) WHERE id = ?",
            (int(bool(answer.correct)), int(bool(answer.skipped)), float(answer.score), _iso(answer.now), session_id),
        )
        return int(cursor.lastrowid)

    def _update_card(self, conn: sqlite3.Connection, profile: str, deck_id: str, question_id: str,
                     card_update: CardUpdate) -> None:
        key = (profile, deck_id, question_id)
        row = conn.execute(f"{_CARD_SELECT} WHERE profile = ? AND deck_id = ? AND question_id = ?", key).fetchone()

        def history() -> list[PastAnswer]:
            rows = conn.execute(_HISTORY_SQL, (deck_id, question_id, profile)).fetchall()
            return [PastAnswer(bool(r[0]), r[1], bool(r[2]), r[3], r[4], _parse(r[5]))  # type: ignore[arg-type]
                    for r in rows]

        card = card_update(_card_row(row) if row else None, history)
        conn.execute(
            "INSERT OR REPLACE INTO cards (profile, deck_id, question_id, due, last_review, reps, lapses, card_json,"
            " fsrs_version, last_right) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*key, _iso(card.due), _iso(card.last_review) if card.last_review else None, card.reps, card.lapses,
             card.card_json, card.fsrs_version, int(card.last_right)),
        )

    def finish_session(self, session_id: int, *, status: str, now: dt.datetime) -> None:
        """Close a session as 'completed', 'abandoned' or 'interrupted' (resumable); its answers stay."""
        if status not in ("completed", "abandoned", "interrupted"):
            raise ValueError(f"a session finishes 'completed', 'abandoned' or 'interrupted', not {status!r}")
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?", (status, _iso(now), session_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"there is no session {session_id} in {self.path}")

    def reopen_session(self, session_id: int, keep: list[tuple[str, str]] | None = None) -> None:
        """Make an active or interrupted session active again, to resume it.

        ``keep`` lists the (deck id, question id) pairs the resumed session still asks, when some
        planned questions were deleted from their decks meanwhile. The plan, ``total`` and the
        running totals (answers to dropped questions no longer count, though they stay stored for
        the cards' history) are narrowed in the same write, so the stored score is over the
        questions the student was actually scored on.
        """
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET status = 'active', ended_at = NULL WHERE id = ? AND status IN (?, ?)",
                (session_id, *RESUMABLE),
            )
            if cursor.rowcount == 0:
                raise StoreError(f"session {session_id} cannot be resumed: it is finished or does not exist")
            if keep is not None:
                self._narrow_plan(conn, session_id, keep)

    def _narrow_plan(self, conn: sqlite3.Connection, session_id: int, keep: list[tuple[str, str]]) -> None:
        """Store ``keep`` (a part of the session's plan, in order) as its plan and recount its answers."""
        deck_id, question_json, deck_json = conn.execute(
            "SELECT deck_id, question_ids, deck_ids FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        question_ids = json.loads(question_json)
        planned = list(zip(json.loads(deck_json) if deck_json else [deck_id] * len(question_ids), question_ids))
        if not keep or not set(keep) <= set(planned):
            raise ValueError(f"a resumed session keeps some of its planned questions, not {keep!r}")
        if keep == planned:
            return
        kept = set(keep)
        rows = conn.execute(
            "SELECT deck_id, question_id, correct, skipped, score FROM answers WHERE session_id = ?", (session_id,)
        ).fetchall()
        counted = [r for r in rows if (r[0], r[1]) in kept]
        conn.execute(
            "UPDATE sessions SET question_ids = ?, deck_ids = ?, total = ?, answered = ?, correct = ?, skipped = ?,"
            " score = ? WHERE id = ?",
            (json.dumps([q for _, q in keep]), json.dumps([d for d, _ in keep]) if deck_json else None, len(keep),
             len(counted), sum(r[2] for r in counted), sum(r[3] for r in counted),
             float(sum(r[4] for r in counted)), session_id),
        )

    def discard_session(self, session_id: int, now: dt.datetime | None = None) -> None:
        """Give up a resumable session: it becomes 'abandoned', stays in the history, is never offered again.

        Finished sessions are left as they are.
        """
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET status = 'abandoned', ended_at = coalesce(ended_at, ?, last_answer_at,"
                " started_at) WHERE id = ? AND status IN (?, ?)",
                (_iso(now) if now else None, session_id, *RESUMABLE),
            )

    def resumable_sessions(self, profile: str) -> list[SessionRecord]:
        """The profile's sessions that can be resumed, newest first.

        Sessions with nothing to keep (no answer, no saved exam response) are not offered.
        """
        rows = self._read(
            f"{_SESSION_SELECT}, (SELECT count(*) FROM exam_responses e WHERE e.session_id = s.id) AS pending"
            # the statuses are literals so that the partial index sessions_resumable applies
            " FROM sessions s WHERE s.profile = ? AND s.status IN ('active', 'interrupted')"
            " AND (s.answered > 0 OR pending > 0) ORDER BY s.started_at DESC, s.id DESC",
            (profile,),
        )
        return [_session_record(row) for row in rows]

    # -- exam responses --------------------------------------------------------------------------

    def save_exam_response(self, session_id: int, *, deck_id: str, question_id: str, response: object,
                           elapsed_ms: int, now: dt.datetime) -> None:
        """Keep an exam's (ungraded) response as soon as it is given or changed; ``None`` clears it."""
        encoded = None if response is None else _encode_response(response)
        with self._write() as conn:
            self._active_profile(conn, session_id)
            if encoded is None:
                conn.execute("DELETE FROM exam_responses WHERE session_id = ? AND deck_id = ? AND question_id = ?",
                             (session_id, deck_id, question_id))
                return
            conn.execute(
                "INSERT INTO exam_responses (session_id, deck_id, question_id, response, elapsed_ms, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, deck_id, question_id) DO UPDATE SET"
                " response = excluded.response, elapsed_ms = excluded.elapsed_ms, updated_at = excluded.updated_at",
                (session_id, deck_id, question_id, encoded, max(0, int(elapsed_ms)), _iso(now)),
            )

    def exam_responses(self, session_id: int) -> dict[tuple[str, str], tuple[object, int]]:
        """An exam's saved responses: (deck id, question id) -> (response, elapsed ms)."""
        rows = self._read(
            "SELECT deck_id, question_id, response, elapsed_ms FROM exam_responses WHERE session_id = ?",
            (session_id,),
        )
        return {(r[0], r[1]): (json.loads(r[2]), r[3]) for r in rows}

    # -- reading ---------------------------------------------------------------------------------

    def session(self, session_id: int) -> SessionRecord:
        rows = self._read(f"{_SESSION_SELECT}, 0 FROM sessions s WHERE s.id = ?", (session_id,))
        if not rows:
            raise StoreError(f"there is no session {session_id} in {self.path}")
        return _session_record(rows[0])

    def answers(self, session_id: int) -> list[AnswerRecord]:
        """A session's answers in the order they were given."""
        rows = self._read(
            "SELECT id, session_id, deck_id, question_id, qtype, response, response_text, correct, score,"
            " skipped, elapsed_ms, answered_at FROM answers WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [
            AnswerRecord(
                id=r[0], session_id=r[1], deck_id=r[2], question_id=r[3], qtype=r[4],
                response=json.loads(r[5]), response_text=r[6], correct=bool(r[7]), score=r[8],
                skipped=bool(r[9]), elapsed_ms=r[10], answered_at=_parse(r[11]),  # type: ignore[arg-type]
            )
            for r in rows
        ]

    def sessions_for_deck(self, deck_id: str, profile: str | None = None, limit: int = 100) -> list[SessionRecord]:
        """A deck's sessions, newest first."""
        rows = self._read(
            f"{_SESSION_SELECT}, 0 FROM sessions s WHERE s.deck_id = :deck"
            " AND (:profile IS NULL OR s.profile = :profile) ORDER BY s.started_at DESC, s.id DESC LIMIT :limit",
            {"deck": deck_id, "profile": profile, "limit": limit},
        )
        return [_session_record(row) for row in rows]

    def card(self, profile: str, deck_id: str, question_id: str) -> CardRow | None:
        rows = self._read(f"{_CARD_SELECT} WHERE profile = ? AND deck_id = ? AND question_id = ?",
                          (profile, deck_id, question_id))
        return _card_row(rows[0]) if rows else None

    def deck_stats(self, profile: str | None = None) -> dict[str, DeckStats]:
        """Per deck: sessions with at least one answer, last and best completed score, last study time.

        Read from the sessions' running totals and the cards, never from the answers. A session
        opened and left without answering is not counted as study; a session over several decks
        counts towards ``last_studied`` of each deck it touched (through the cards).
        """
        params = {"profile": profile, "multi": MULTI_DECK}
        if profile is None:  # every profile: not on the home screen, so a slower query will do
            found = {r[0]: r for r in self._read(_ALL_DECK_STATS_SQL, params)}
            studied = dict(self._read(_CARDS_STUDIED_SQL.format(where=""), params))
        else:  # one covering-index pass, plus one index seek per deck for the last score
            found = {r[0]: r for r in self._read(_DECK_STATS_SQL, params)}
            studied = dict(self._read(_CARDS_STUDIED_SQL.format(where="profile = :profile AND "), params))
        stats: dict[str, DeckStats] = {}
        for deck_id in sorted(set(found) | set(studied)):
            row = found.get(deck_id)
            moments = [m for m in (_parse(row[4]) if row else None, _parse(studied.get(deck_id))) if m]
            stats[deck_id] = DeckStats(
                deck_id=deck_id, sessions=row[1] if row else 0, last_score=row[2] if row else None,
                best_score=row[3] if row else None, last_studied=max(moments) if moments else None,
            )
        return stats


def _encode_response(response: object) -> str:
    try:
        return json.dumps(response)
    except (TypeError, ValueError) as error:
        raise ValueError(f"a response is stored as JSON (true/false, a number, text or a list): {error}") from None


def _encode(answer: NewAnswer) -> str:
    """Check an answer before any transaction starts, and return its response as JSON."""
    if not 0 <= answer.score <= 1:
        raise ValueError(f"an answer's score is between 0 and 1, got {answer.score}")
    return _encode_response(answer.response)


_SESSION_SELECT = (
    "SELECT s.id, s.profile, s.deck_id, s.deck_title, s.mode, s.seed, s.question_ids, s.started_at, s.ended_at,"
    " s.status, s.total, s.answered, s.correct, s.skipped, s.score, s.deck_ids, s.time_limit, s.last_answer_at"
)


def _session_record(row: tuple) -> SessionRecord:
    started = _parse(row[7])
    assert started is not None
    question_ids = tuple(json.loads(row[6]))
    deck_ids = tuple(json.loads(row[15])) if row[15] else (row[2],) * len(question_ids)
    return SessionRecord(
        id=row[0], profile=row[1], deck_id=row[2], deck_title=row[3], mode=row[4], seed=row[5],
        question_ids=question_ids, started_at=started, ended_at=_parse(row[8]), status=row[9], total=row[10],
        answered=row[11], correct=row[12], skipped=row[13], score=row[14], deck_ids=deck_ids, time_limit=row[16],
        last_answer_at=_parse(row[17]), responses=row[18],
    )


_CARD_SELECT = "SELECT due, last_review, reps, lapses, card_json, fsrs_version, last_right FROM cards"


def _card_row(row: tuple) -> CardRow:
    return CardRow(due=_parse(row[0]), last_review=_parse(row[1]), reps=row[2], lapses=row[3],  # type: ignore[arg-type]
                   card_json=row[4], fsrs_version=row[5], last_right=bool(row[6]))


_HISTORY_SQL = """
SELECT a.correct, a.score, a.skipped, a.elapsed_ms, a.qtype, a.answered_at
FROM answers a JOIN sessions s ON s.id = a.session_id
WHERE a.deck_id = ? AND a.question_id = ? AND s.profile = ?
ORDER BY a.answered_at, a.id
"""

_DECK_STATS_SQL = """
SELECT deck_id,
       count(*),
       (SELECT CASE WHEN l.total > 0 THEN l.score / l.total END FROM sessions l
        WHERE l.profile = :profile AND l.deck_id = s.deck_id AND l.status = 'completed' AND l.answered > 0
        ORDER BY l.ended_at DESC, l.id DESC LIMIT 1),
       max(CASE WHEN status = 'completed' AND total > 0 THEN score / total END),
       max(coalesce(ended_at, last_answer_at, started_at))
FROM sessions s
WHERE profile = :profile AND answered > 0 AND deck_id != :multi
GROUP BY deck_id
"""

_ALL_DECK_STATS_SQL = """
WITH ranked AS (
    SELECT deck_id, status, ended_at, started_at, last_answer_at,
           CASE WHEN total > 0 THEN score / total END AS fraction,
           row_number() OVER (
               PARTITION BY deck_id, status = 'completed' ORDER BY ended_at DESC, id DESC
           ) AS recency
    FROM sessions
    WHERE answered > 0 AND deck_id != :multi
)
SELECT deck_id,
       count(*),
       max(CASE WHEN status = 'completed' AND recency = 1 THEN fraction END),
       max(CASE WHEN status = 'completed' THEN fraction END),
       max(coalesce(ended_at, last_answer_at, started_at))
FROM ranked
GROUP BY deck_id
"""

_CARDS_STUDIED_SQL = """
SELECT deck_id, max(last_review) FROM cards
WHERE {where}last_review IS NOT NULL
GROUP BY deck_id
"""
