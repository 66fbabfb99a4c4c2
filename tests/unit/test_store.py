"""The score store: schema, refusal of foreign files, concurrency, durability and statistics."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trainer.paths import data_dir, database_path
from trainer.store import Store, StoreError
from trainer.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, statements

T0 = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "folder" / "trainer.sqlite3"


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as opened:
        yield opened


def start(store: Store, deck_id: str = "deck-a", ids: list[str] | None = None, *, profile: str = "ana",
          now: dt.datetime = T0, mode: str = "practice") -> int:
    ids = ids if ids is not None else ["q1", "q2", "q3"]
    return store.start_session(deck_id=deck_id, deck_title=f"Title of {deck_id}", mode=mode, seed=7,
                               question_ids=ids, profile=profile, now=now)


def answer(store: Store, session_id: int, question_id: str, *, score: float = 1.0, correct: bool | None = None,
           response: object = "x", skipped: bool = False, deck_id: str = "deck-a",
           now: dt.datetime = T0, elapsed_ms: int = 1500) -> int:
    return store.record_answer(
        session_id, deck_id=deck_id, question_id=question_id, qtype="choice", response=response,
        response_text=str(response), correct=score == 1 if correct is None else correct, score=score,
        skipped=skipped, elapsed_ms=elapsed_ms, now=now,
    )


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()


# -- creation and schema ---------------------------------------------------------------------------


def test_open_does_nothing_at_import_and_creates_folders_on_first_use(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with Store.open(db_path):
        pass
    assert db_path.is_file()


def test_new_database_is_marked_versioned_and_in_wal_mode(store: Store, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()
    assert {"sessions", "answers"} <= tables
    assert {"answers_by_question", "sessions_by_deck"} <= indexes


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreError, match="no session 99"):
        answer(store, 99, "q1")


def test_reopen_is_idempotent_and_keeps_data(db_path: Path) -> None:
    with Store.open(db_path) as first:
        session_id = start(first)
        answer(first, session_id, "q1")
    for _ in range(2):
        with Store.open(db_path) as again:
            assert [a.question_id for a in again.answers(session_id)] == ["q1"]
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_an_empty_file_becomes_a_trainer_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with Store.open(db_path) as store:
        assert store.session(start(store)).total == 3


def test_database_path_comes_from_the_data_dir_not_home(isolated_home: Path) -> None:
    path = database_path(data_dir())
    assert path.parent == isolated_home
    with Store.open(path):
        pass
    assert path.is_file()


def test_a_failing_migration_leaves_the_file_untouched(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trainer.store.connection as db_module
    import trainer.store.migrations as migrations

    with Store.open(db_path) as store:
        start(store)
    broken = [*MIGRATIONS, "CREATE TABLE extra (x);\nTHIS IS NOT SQL;"]
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(broken))
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", len(broken))
    with pytest.raises(StoreError):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    finally:
        conn.close()


def test_statements_splits_a_script_and_rejects_a_truncated_one() -> None:
    assert statements("CREATE TABLE a (x);\n-- note\nCREATE TABLE b (y);\n") == [
        "CREATE TABLE a (x);", "-- note\nCREATE TABLE b (y);",
    ]
    with pytest.raises(ValueError, match="incomplete"):
        statements("CREATE TABLE a (x")


# -- files that are not ours -------------------------------------------------------------------------


def test_another_programs_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ana')")
    conn.commit()
    conn.close()
    before = file_bytes(db_path)
    with pytest.raises(StoreError) as raised:
        Store.open(db_path)
    message = str(raised.value)
    assert str(db_path) in message and "not a trainer database" in message and "--data-dir" in message
    assert file_bytes(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_an_empty_database_with_another_application_id_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    before = file_bytes(db_path)
    with pytest.raises(StoreError, match="another program"):
        Store.open(db_path)
    assert file_bytes(db_path) == before


@pytest.mark.parametrize(
    "content",
    [b"my notes\nnot a database\n", b"SQLite format 3\x00" + bytes(range(256)) * 8, os.urandom(4096), b"SQL"],
    ids=["text", "corrupt-sqlite", "random", "short"],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_unchanged(db_path: Path, content: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    with pytest.raises(StoreError) as raised:
        Store.open(db_path)
    assert str(db_path) in str(raised.value) and "--data-dir" in str(raised.value)
    assert file_bytes(db_path) == content
    assert not Path(f"{db_path}-wal").exists()


def test_a_folder_in_place_of_the_file_is_refused(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(StoreError, match="not a file"):
        Store.open(db_path)


def test_a_newer_schema_is_refused_and_left_unchanged(db_path: Path) -> None:
    with Store.open(db_path):
        pass
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = file_bytes(db_path)
    with pytest.raises(StoreError, match="newer trainer"):
        Store.open(db_path)
    assert file_bytes(db_path) == before


# -- round trip ------------------------------------------------------------------------------------------


def test_session_and_answers_round_trip(store: Store) -> None:
    session_id = start(store, ids=["q1", "q2", "q3"])
    answer(store, session_id, "q1", response=True, now=at(1), elapsed_ms=1200)
    answer(store, session_id, "q2", response=["b", "a"], score=0.5, now=at(2))
    answer(store, session_id, "q3", response=None, score=0, skipped=True, now=at(3))
    store.finish_session(session_id, status="completed", now=at(4))

    record = store.session(session_id)
    assert (record.deck_id, record.deck_title, record.mode, record.seed, record.profile) == (
        "deck-a", "Title of deck-a", "practice", 7, "ana")
    assert record.question_ids == ("q1", "q2", "q3")
    assert (record.started_at, record.ended_at, record.status) == (T0, at(4), "completed")
    assert (record.total, record.answered, record.correct, record.skipped) == (3, 3, 1, 1)
    assert record.score == pytest.approx(1.5) and record.fraction == pytest.approx(0.5)

    answers = store.answers(session_id)
    assert [a.response for a in answers] == [True, ["b", "a"], None]
    assert [a.skipped for a in answers] == [False, False, True]
    assert [a.correct for a in answers] == [True, False, False]
    assert answers[0].elapsed_ms == 1200 and answers[0].answered_at == at(1)
    assert answers[0].answered_at.tzinfo is not None


def test_times_are_stored_in_utc(store: Store, db_path: Path) -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    session_id = start(store, now=dt.datetime(2026, 3, 1, 11, 0, tzinfo=paris))
    assert store.session(session_id).started_at == T0
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT started_at FROM sessions").fetchone()[0] == "2026-03-01T10:00:00.000000+00:00"
    conn.close()
    with pytest.raises(ValueError, match="time zone"):
        start(store, now=dt.datetime(2026, 3, 1))


def test_bad_values_are_rejected(store: Store) -> None:
    with pytest.raises(ValueError, match="mode"):
        start(store, mode="cramming")
    session_id = start(store)
    with pytest.raises(ValueError, match="between 0 and 1"):
        answer(store, session_id, "q1", score=2)
    with pytest.raises(ValueError, match="stored as JSON"):
        answer(store, session_id, "q1", response=object())
    with pytest.raises(ValueError, match="completed"):
        store.finish_session(session_id, status="active", now=T0)
    with pytest.raises(StoreError, match="no session"):
        store.session(12345)


def test_a_finished_session_takes_no_more_answers(store: Store) -> None:
    session_id = start(store)
    store.finish_session(session_id, status="abandoned", now=at(1))
    with pytest.raises(StoreError, match="abandoned"):
        answer(store, session_id, "q1")
    assert store.answers(session_id) == []


def test_sessions_for_deck_newest_first_filtered_by_profile(store: Store) -> None:
    first = start(store, now=at(0))
    second = start(store, now=at(10))
    start(store, profile="ben", now=at(20))
    start(store, deck_id="deck-b", now=at(30))
    assert [s.id for s in store.sessions_for_deck("deck-a", profile="ana")] == [second, first]
    assert len(store.sessions_for_deck("deck-a")) == 3
    assert len(store.sessions_for_deck("deck-a", limit=1)) == 1


def test_deck_stats(store: Store) -> None:
    early = start(store, ids=["q1", "q2"], now=at(0))
    answer(store, early, "q1", now=at(1))
    answer(store, early, "q2", now=at(2))
    store.finish_session(early, status="completed", now=at(3))  # 2/2

    late = start(store, ids=["q1", "q2", "q3", "q4"], now=at(10))
    answer(store, late, "q1", now=at(11))
    answer(store, late, "q2", score=0.5, now=at(12))
    store.finish_session(late, status="completed", now=at(13))  # 1.5/4

    dropped = start(store, now=at(20))
    answer(store, dropped, "q1", score=0, now=at(21))
    store.finish_session(dropped, status="abandoned", now=at(22))  # studied, but no score

    start(store, now=at(30))  # opened and left without an answer: not study
    other = start(store, deck_id="deck-b", ids=["x"], profile="ben", now=at(40))
    answer(store, other, "x", deck_id="deck-b", score=0, now=at(41))

    stats = store.deck_stats()
    assert set(stats) == {"deck-a", "deck-b"}
    a = stats["deck-a"]
    assert a.sessions == 3
    assert a.last_score == pytest.approx(1.5 / 4)
    assert a.best_score == pytest.approx(1.0)
    assert a.last_studied == at(22)
    b = stats["deck-b"]
    assert (b.sessions, b.last_score, b.best_score, b.last_studied) == (1, None, None, at(41))
    assert set(store.deck_stats(profile="ben")) == {"deck-b"}
    assert store.deck_stats(profile="nobody") == {}
