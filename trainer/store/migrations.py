"""The score database's schema, as an ordered list of SQL scripts.

``PRAGMA user_version`` holds how many scripts have been applied, so opening a database brings it
up to date by running the scripts after that number, inside one transaction: a failed migration
leaves the file as it was. ``PRAGMA application_id`` marks the file as ours, so that the store
never migrates, and so never damages, another program's database.

Never edit a script once it has shipped: add a new one at the end.
"""

from __future__ import annotations

import sqlite3

#: "TRNR" in ASCII: identifies a trainer score database in the SQLite header.
APPLICATION_ID = 0x54524E52

MIGRATIONS: list[str] = [
    # 1: sessions and the answers given in them.
    """
    CREATE TABLE sessions (
        id           INTEGER PRIMARY KEY,
        profile      TEXT    NOT NULL,
        deck_id      TEXT    NOT NULL,
        deck_title   TEXT    NOT NULL,
        mode         TEXT    NOT NULL,
        seed         INTEGER NOT NULL,
        question_ids TEXT    NOT NULL,          -- JSON list: the planned order, for resuming
        started_at   TEXT    NOT NULL,          -- ISO 8601, UTC
        ended_at     TEXT,
        status       TEXT    NOT NULL DEFAULT 'active'
                             CHECK (status IN ('active', 'completed', 'abandoned')),
        total        INTEGER NOT NULL CHECK (total >= 0)
    );
    CREATE INDEX sessions_by_deck ON sessions (deck_id, started_at);

    CREATE TABLE answers (
        id            INTEGER PRIMARY KEY,
        session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        deck_id       TEXT    NOT NULL,
        question_id   TEXT    NOT NULL,
        qtype         TEXT    NOT NULL,
        response      TEXT    NOT NULL,         -- JSON: bool, number, string or list of strings
        response_text TEXT    NOT NULL,
        correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
        score         REAL    NOT NULL CHECK (score >= 0 AND score <= 1),
        skipped       INTEGER NOT NULL CHECK (skipped IN (0, 1)),
        elapsed_ms    INTEGER NOT NULL CHECK (elapsed_ms >= 0),
        answered_at   TEXT    NOT NULL          -- ISO 8601, UTC
    );
    CREATE INDEX answers_by_question ON answers (deck_id, question_id);
    CREATE INDEX answers_by_session ON answers (session_id);
    """,
    # 2: FSRS cards; per-session totals kept with each answer; resumable, multi-deck and timed sessions;
    # exam responses saved as they change. Widening the status CHECK needs a rebuild of `sessions`
    # (SQLite cannot alter a CHECK): `migrate` turns foreign keys off first, so that dropping the old
    # table neither cascades to the answers nor breaks their reference, which follows the name.
    """
    CREATE TABLE sessions_v2 (
        id             INTEGER PRIMARY KEY,
        profile        TEXT    NOT NULL,
        deck_id        TEXT    NOT NULL,        -- '*' when the questions come from several decks
        deck_title     TEXT    NOT NULL,
        mode           TEXT    NOT NULL,
        seed           INTEGER NOT NULL,
        question_ids   TEXT    NOT NULL,        -- JSON list: the planned order, for resuming
        deck_ids       TEXT,                    -- JSON list parallel to question_ids; NULL: all deck_id
        started_at     TEXT    NOT NULL,        -- ISO 8601, UTC
        ended_at       TEXT,
        status         TEXT    NOT NULL DEFAULT 'active'
                               CHECK (status IN ('active', 'interrupted', 'completed', 'abandoned')),
        total          INTEGER NOT NULL CHECK (total >= 0),
        time_limit     REAL    CHECK (time_limit IS NULL OR time_limit > 0),  -- seconds, exams
        answered       INTEGER NOT NULL DEFAULT 0,   -- the totals below change with each answer,
        correct        INTEGER NOT NULL DEFAULT 0,   -- in its transaction
        skipped        INTEGER NOT NULL DEFAULT 0,
        score          REAL    NOT NULL DEFAULT 0,
        last_answer_at TEXT
    );
    INSERT INTO sessions_v2 (id, profile, deck_id, deck_title, mode, seed, question_ids, started_at, ended_at,
                             status, total, answered, correct, skipped, score, last_answer_at)
    SELECT s.id, s.profile, s.deck_id, s.deck_title, s.mode, s.seed, s.question_ids, s.started_at, s.ended_at,
           s.status, s.total, coalesce(t.answered, 0), coalesce(t.correct, 0), coalesce(t.skipped, 0),
           coalesce(t.score, 0.0), t.last_answer_at
    FROM sessions s LEFT JOIN (
        SELECT session_id, count(*) AS answered, sum(correct) AS correct, sum(skipped) AS skipped,
               sum(score) AS score, max(answered_at) AS last_answer_at
        FROM answers GROUP BY session_id
    ) t ON t.session_id = s.id;
    DROP TABLE sessions;
    ALTER TABLE sessions_v2 RENAME TO sessions;
    CREATE INDEX sessions_by_deck ON sessions (deck_id, started_at);
    -- covers the home screen's per-deck figures, so they read no table row
    CREATE INDEX sessions_by_profile ON sessions
        (profile, deck_id, status, ended_at, answered, total, score, last_answer_at, started_at);
    CREATE INDEX sessions_resumable ON sessions (profile, started_at) WHERE status IN ('active', 'interrupted');

    DROP INDEX answers_by_question;
    CREATE INDEX answers_by_question ON answers (deck_id, question_id, answered_at);
    DROP INDEX answers_by_session;
    CREATE UNIQUE INDEX answers_once ON answers (session_id, deck_id, question_id);

    CREATE TABLE cards (
        profile      TEXT    NOT NULL,
        deck_id      TEXT    NOT NULL,
        question_id  TEXT    NOT NULL,
        due          TEXT    NOT NULL,          -- ISO 8601 UTC, for indexing
        last_review  TEXT,
        reps         INTEGER NOT NULL DEFAULT 0,
        lapses       INTEGER NOT NULL DEFAULT 0,
        card_json    TEXT    NOT NULL,          -- fsrs Card.to_json()
        fsrs_version TEXT    NOT NULL,          -- the fsrs version that wrote card_json
        last_right   INTEGER NOT NULL DEFAULT 0 CHECK (last_right IN (0, 1)),  -- latest answer fully right
        PRIMARY KEY (profile, deck_id, question_id)
    );
    CREATE INDEX cards_due ON cards (profile, due);
    CREATE INDEX cards_mistakes ON cards (profile, due) WHERE last_right = 0;

    CREATE TABLE exam_responses (
        session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        deck_id      TEXT    NOT NULL,
        question_id  TEXT    NOT NULL,
        response     TEXT    NOT NULL,          -- JSON, as in answers
        elapsed_ms   INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
        updated_at   TEXT    NOT NULL,
        PRIMARY KEY (session_id, deck_id, question_id)
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """Split a script into single statements.

    ``Connection.executescript`` commits any open transaction first, which would break the
    all-or-nothing migration, so statements are run one by one with ``execute`` instead.
    """
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                found.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:80]}")
    return found


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the scripts this database has not seen yet, all in one write transaction.

    The connection must be in autocommit mode (``isolation_level=None``). The version is read again
    once the write lock is held, so two processes opening a new file at once migrate it once.

    Foreign keys are off while the scripts run (SQLite's recipe for rebuilding a table: with them
    on, dropping the old ``sessions`` would delete every answer), and checked before committing.
    Returns the version the database had before.
    """
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction, so set before BEGIN
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for script in MIGRATIONS[version:]:
                for statement in statements(script):
                    conn.execute(statement)
            if version < SCHEMA_VERSION:
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise sqlite3.IntegrityError(f"the migration broke {len(broken)} foreign key(s)")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            conn.execute("COMMIT")
        except BaseException:
            try:
                if conn.in_transaction:  # SQLite may have rolled back already (a full disk does)
                    conn.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass  # the first error is the one to report
            raise
    finally:
        try:
            conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        except sqlite3.DatabaseError:
            pass
    return version
