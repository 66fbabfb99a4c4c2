"""Damaged, read-only and full score databases: a message that names the file and says what to do, the file untouched."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from trainer.store import Store, StoreError
from trainer.store.connection import explain

NOW = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
PAGE = 4096


def fill(path: Path, answers: int = 80) -> int:
    """A real database with answers long enough to span many pages; returns the session id."""
    with Store.open(path) as store:
        session = store.start_session(deck_id="d", deck_title="Deck", mode="practice", seed=1,
                                      question_ids=[f"q{i}" for i in range(answers)], profile="ana", now=NOW)
        for number in range(answers):
            store.record_answer(session, deck_id="d", question_id=f"q{number}", qtype="choice",
                                response="answer " * 150, response_text="answer " * 150, correct=True, score=1.0,
                                skipped=False, elapsed_ms=5, now=NOW)
    return session


def damage_middle(path: Path) -> bytes:
    """Overwrite a page in the middle of the file (not the header), as a failing disk would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE : (middle + 1) * PAGE] = b"\xde\xad" * (PAGE // 2)
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "trainer.sqlite3"


@pytest.mark.parametrize("read_only", [False, True])
def test_a_database_damaged_in_the_middle_is_refused_with_recovery_advice(db_path: Path, read_only: bool) -> None:
    fill(db_path)
    before = damage_middle(db_path)
    with pytest.raises(StoreError) as raised:
        Store.open(db_path, read_only=read_only)
    message = str(raised.value)
    assert f"the score database {db_path} is damaged" in message
    assert f'sqlite3 "{db_path}" ".recover"' in message and "move it away" in message
    assert "delete" not in message and "\n" not in message
    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}-wal").exists() or not Path(f"{db_path}-wal").stat().st_size


def wide_damage(path: Path) -> None:
    """Damage every page but the first (the header and the schema), so that every table and index is hit."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    for page in range(1, pages):
        data[page * PAGE + 8 : (page + 1) * PAGE] = b"\xde\xad" * ((PAGE - 8) // 2)
    path.write_bytes(bytes(data))


@pytest.fixture
def unchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No quick check at opening (it would read every page into SQLite's cache, hiding later damage)."""
    from trainer.store import connection as db

    monkeypatch.setattr(db, "_check_integrity", lambda conn, path: None)


def test_damage_found_while_the_store_is_open_is_a_store_error(db_path: Path, unchecked: None) -> None:
    session = fill(db_path)
    store = Store.open(db_path)
    wide_damage(db_path)  # after the quick check at opening: the disk fails while trainer runs
    try:
        with pytest.raises(StoreError, match="is damaged"):
            store.answers(session)
            store.deck_stats("ana")
    finally:
        store.close()


def test_a_write_to_a_damaged_database_is_a_store_error_not_a_traceback(db_path: Path, unchecked: None) -> None:
    """_write used to catch only OperationalError; SQLite reports damage as DatabaseError."""
    fill(db_path)
    store = Store.open(db_path)
    wide_damage(db_path)
    try:
        with pytest.raises(StoreError, match="damaged"):
            session = store.start_session(deck_id="d", deck_title="Deck", mode="practice", seed=2,
                                          question_ids=["q1"], profile="ana", now=NOW)
            for number in range(200):
                store.record_answer(session, deck_id="d", question_id=f"x{number}", qtype="choice", response="x",
                                    response_text="x", correct=True, score=1.0, skipped=False, elapsed_ms=5, now=NOW)
    finally:
        store.close()


def test_a_full_disk_says_so(db_path: Path) -> None:
    session = fill(db_path, answers=10)
    store = Store.open(db_path)
    try:
        store._conn.execute("PRAGMA max_page_count = 1")  # SQLite now reports SQLITE_FULL, as on a full disk
        with pytest.raises(StoreError) as raised:
            store.finish_session(session, status="completed", now=NOW)
            for number in range(200):
                store.start_session(deck_id="d", deck_title="x" * 2000, mode="practice", seed=number,
                                    question_ids=["q"], profile="ana", now=NOW)
        assert "is full; free some space on it." in str(raised.value) and str(db_path) in str(raised.value)
        # While trainer runs it saves again by itself once there is room (what it could not save is put back):
        # no restart, and no other folder, which would split the history.
        assert "start" not in str(raised.value) and "--data-dir" not in str(raised.value)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (8, "attempt to write a readonly database", "so trainer cannot save answers"),
        (13, "database or disk is full", "is full; free some space"),
        (11, "database disk image is malformed", "is damaged"),
        (26, "file is not a database", "is damaged"),
        (5, "database is locked", "locked by another program"),
    ],
)
def test_every_fault_is_explained_by_what_is_wrong(tmp_path: Path, code: int, text: str, expected: str) -> None:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    message = explain(error, tmp_path / "trainer.sqlite3")
    assert expected in message and str(tmp_path / "trainer.sqlite3") in message
    assert "not a usable trainer database" not in message


def test_results_and_stats_read_without_writing(db_path: Path) -> None:
    fill(db_path, answers=3)
    before = db_path.read_bytes()
    with Store.open(db_path, read_only=True) as store:
        assert store.deck_stats("ana")["d"].sessions == 1
        with pytest.raises(StoreError, match="cannot save"):
            store.start_session(deck_id="d", deck_title="Deck", mode="practice", seed=2, question_ids=["q1"],
                                profile="ana", now=NOW)
    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}-wal").exists() or not Path(f"{db_path}-wal").stat().st_size


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write to a read-only folder")
def test_a_read_only_data_folder_is_called_read_only_and_can_still_be_read(db_path: Path) -> None:
    fill(db_path, answers=3)
    db_path.parent.chmod(0o555)
    try:
        with pytest.raises(StoreError) as raised:
            Store.open(db_path)
        message = str(raised.value)
        assert "is read-only" in message and "trainer stats" in message and "not a usable" not in message
        with Store.open(db_path, read_only=True) as store:
            assert store.deck_stats("ana")["d"].sessions == 1
    finally:
        db_path.parent.chmod(0o755)


@pytest.mark.parametrize("command", ["stats", "results"])
def test_stats_and_results_on_a_damaged_database_say_what_to_do(db_path: Path, command: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from trainer.study.cli import results_main, stats_main

    fill(db_path)
    before = damage_middle(db_path)
    empty = db_path.parent.parent / "nodecks"
    empty.mkdir()
    main = stats_main if command == "stats" else results_main
    assert main(["--data-dir", str(db_path.parent), "--profile", "ana", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and ".recover" in err and "Traceback" not in err
    assert db_path.read_bytes() == before


def test_a_full_disk_at_the_first_start_says_so(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema cannot be written: SQLite reports SQLITE_FULL and rolls back by itself."""
    from trainer.store import connection as db

    real_connect = sqlite3.connect

    def small_disk(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.execute("PRAGMA max_page_count = 3")
        return conn

    monkeypatch.setattr(db.sqlite3, "connect", small_disk)
    with pytest.raises(StoreError) as raised:
        Store.open(db_path)
    message = str(raised.value)
    assert "is full; free some space and start trainer again" in message and "rollback" not in message


@pytest.mark.parametrize(("code", "text"), [(8, "attempt to write a readonly database"), (13, "database or disk is full")])
def test_a_save_refused_while_trainer_runs_asks_for_no_restart(tmp_path: Path, code: int, text: str) -> None:
    """The app keeps what it could not save and puts it back once saving works again: the words must not send the
    student to restart or to another folder; at start-up (nothing runs yet) they still do."""
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    path = tmp_path / "trainer.sqlite3"
    running = explain(error, path, writing=True)
    assert str(path) in running and "start" not in running and "--data-dir" not in running
    assert ("Make it writable again." if code == 8 else "free some space on it.") in running
    starting = explain(error, path)
    assert ("--data-dir" if code == 8 else "start trainer again") in starting
