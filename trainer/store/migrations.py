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


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the scripts this database has not seen yet, all in one write transaction.

    The connection must be in autocommit mode (``isolation_level=None``). The version is read again
    once the write lock is held, so two processes opening a new file at once migrate it once.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for script in MIGRATIONS[version:]:
            for statement in statements(script):
                conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
