"""The score store: every session and every answer, in one SQLite file.

Each answer is committed as it is given, so quitting, a crash or a killed terminal loses nothing
already answered. WAL mode and a busy timeout let two trainer processes share one file. A file
that is not a trainer database is refused before anything is written to it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from trainer.store.errors import StoreError
from trainer.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

MODES = ("practice", "exam", "review", "mistakes")
STATUSES = ("active", "completed", "abandoned")
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"
_FIX_HINT = "move it away or choose another folder with --data-dir"


def default_profile() -> str:
    """The login name, so that people sharing a data folder keep separate scores."""
    try:
        return getpass.getuser() or "student"
    except Exception:  # no USER/LOGNAME and no passwd entry (KeyError, OSError)
        return "student"


@dataclass(frozen=True)
class SessionRecord:
    """A stored session, with totals computed from its answers."""

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

    @property
    def fraction(self) -> float:
        """Points over the planned number of questions (0 for an empty session)."""
        return self.score / self.total if self.total else 0.0


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

    Scores are fractions (0..1) of completed sessions; ``None`` when none is completed yet.
    """

    deck_id: str
    sessions: int
    last_score: float | None
    best_score: float | None
    last_studied: dt.datetime | None


def _iso(moment: dt.datetime) -> str:
    """A fixed-width UTC timestamp, so that text order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError(f"timestamps must carry a time zone, got naive {moment!r}")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


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


class Store:
    """A connection to the score database. Safe to share between threads (one lock)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self.path = path

    @classmethod
    def open(cls, path: Path) -> "Store":
        """Open the database at ``path``, creating it and its folders on first use."""
        path = Path(path)
        _check_header(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"cannot create the folder {path.parent} for the score database: {error.strerror or error}; "
                "choose another folder with --data-dir."
            ) from None
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            _check_identity(conn, path)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # an answer survives a power cut, not only a crash
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
        except StoreError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            raise StoreError(f"{path} is not a usable trainer database ({error}); {_FIX_HINT}.") from None
        return cls(conn, path)

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
            except sqlite3.OperationalError as error:
                raise self._cannot_write(error) from None
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlite3.OperationalError as error:
                self._rollback()
                raise self._cannot_write(error) from None
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _cannot_write(self, error: sqlite3.OperationalError) -> StoreError:
        return StoreError(
            f"cannot save to the score database {self.path} ({error}); another program may be holding it "
            "or the disk may be full or read-only. Your earlier answers are saved; try again."
        )

    def read(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """Run a read-only query (for the core's statistics and queues; the UI never calls this)."""
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    _read = read

    # -- writing -------------------------------------------------------------------------------

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
    ) -> int:
        """Record a new active session and return its id."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (profile, deck_id, deck_title, mode, seed, question_ids, started_at,"
                " status, total) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?)",
                (profile, deck_id, deck_title, mode, seed, json.dumps(list(question_ids)), _iso(now),
                 len(question_ids)),
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
    ) -> int:
        """Commit one answer to an active session and return its id."""
        if not 0 <= score <= 1:
            raise ValueError(f"an answer's score is between 0 and 1, got {score}")
        try:
            encoded = json.dumps(response)
        except (TypeError, ValueError) as error:
            raise ValueError(f"a response is stored as JSON (true/false, a number, text or a list): {error}") from None
        with self._write() as conn:
            row = conn.execute("SELECT status FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise StoreError(f"there is no session {session_id} in {self.path}")
            if row[0] != "active":
                raise StoreError(f"session {session_id} is {row[0]}; it takes no more answers")
            cursor = conn.execute(
                "INSERT INTO answers (session_id, deck_id, question_id, qtype, response, response_text,"
                " correct, score, skipped, elapsed_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, deck_id, question_id, qtype, encoded, response_text, int(bool(correct)),
                 float(score), int(bool(skipped)), max(0, int(elapsed_ms)), _iso(now)),
            )
            return int(cursor.lastrowid)

    def finish_session(self, session_id: int, *, status: str, now: dt.datetime) -> None:
        """Close a session as 'completed' or 'abandoned'; its answers stay."""
        if status not in ("completed", "abandoned"):
            raise ValueError(f"a session finishes 'completed' or 'abandoned', not {status!r}")
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?", (status, _iso(now), session_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"there is no session {session_id} in {self.path}")

    # -- reading -------------------------------------------------------------------------------

    _SESSION_SELECT = (
        "SELECT s.id, s.profile, s.deck_id, s.deck_title, s.mode, s.seed, s.question_ids, s.started_at,"
        " s.ended_at, s.status, s.total, count(a.id), coalesce(sum(a.correct), 0), coalesce(sum(a.skipped), 0),"
        " coalesce(sum(a.score), 0.0)"
        " FROM sessions s LEFT JOIN answers a ON a.session_id = s.id"
    )

    @staticmethod
    def _session_record(row: tuple) -> SessionRecord:
        started = _parse(row[7])
        assert started is not None
        return SessionRecord(
            id=row[0], profile=row[1], deck_id=row[2], deck_title=row[3], mode=row[4], seed=row[5],
            question_ids=tuple(json.loads(row[6])), started_at=started, ended_at=_parse(row[8]),
            status=row[9], total=row[10], answered=row[11], correct=row[12], skipped=row[13], score=row[14],
        )

    def session(self, session_id: int) -> SessionRecord:
        rows = self._read(f"{self._SESSION_SELECT} WHERE s.id = ? GROUP BY s.id", (session_id,))
        if not rows:
            raise StoreError(f"there is no session {session_id} in {self.path}")
        return self._session_record(rows[0])

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
            f"{self._SESSION_SELECT} WHERE s.deck_id = :deck AND (:profile IS NULL OR s.profile = :profile)"
            " GROUP BY s.id ORDER BY s.started_at DESC, s.id DESC LIMIT :limit",
            {"deck": deck_id, "profile": profile, "limit": limit},
        )
        return [self._session_record(row) for row in rows]

    def deck_stats(self, profile: str | None = None) -> dict[str, DeckStats]:
        """Per deck: sessions with at least one answer, last and best completed score, last study time.

        A session opened and left without answering is not counted as study.
        """
        rows = self._read(_DECK_STATS_SQL, {"profile": profile})
        return {
            r[0]: DeckStats(deck_id=r[0], sessions=r[1], last_score=r[2], best_score=r[3], last_studied=_parse(r[4]))
            for r in rows
        }


_DECK_STATS_SQL = """
WITH played AS (
    SELECT s.id, s.deck_id, s.status, s.total, s.started_at, s.ended_at,
           sum(a.score) AS points, max(a.answered_at) AS last_answer
    FROM sessions s JOIN answers a ON a.session_id = s.id
    WHERE :profile IS NULL OR s.profile = :profile
    GROUP BY s.id
),
ranked AS (
    SELECT *,
           CASE WHEN total > 0 THEN points / total END AS fraction,
           row_number() OVER (
               PARTITION BY deck_id, status = 'completed' ORDER BY ended_at DESC, id DESC
           ) AS recency
    FROM played
)
SELECT deck_id,
       count(*),
       max(CASE WHEN status = 'completed' AND recency = 1 THEN fraction END),
       max(CASE WHEN status = 'completed' THEN fraction END),
       max(coalesce(ended_at, last_answer, started_at))
FROM ranked
GROUP BY deck_id
ORDER BY deck_id
"""
