"""The writer against real faults of a real SQLite file: held by another program, read-only, full.

A database held by another program is retried without holding up reads; one that refuses for a
reason that stays is not retried, and what the student answered goes to a recovery file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from functools import partial
from pathlib import Path

import pytest

import trainer.store.connection as db_module
from trainer.store import NewAnswer, Store, StoreUnwritable
from trainer.study.writer import RECOVERY_FILE, AnswerWriter, Unsaved

NOW = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)


def new_answer(question_id: str) -> NewAnswer:
    """An answer that needs pages of its own (a long typed text), so that a full disk cannot take it."""
    return NewAnswer(deck_id="d", question_id=question_id, qtype="single", response=["B", 2],
                     response_text="B" * 20_000, correct=True, score=1.0, skipped=False, elapsed_ms=1200, now=NOW)


def open_session(path: Path) -> tuple[Store, int]:
    store = Store.open(path)
    session = store.start_session(deck_id="d", deck_title="Deck", mode="practice", seed=1,
                                  question_ids=["q1", "q2", "q3"], profile="ana", now=NOW)
    return store, session


def test_reads_go_on_while_a_write_waits_for_a_database_another_program_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 30_000)  # a write waits up to 30 s for the lock
    store, session = open_session(tmp_path / "trainer.sqlite3")
    writer = AnswerWriter(retry_after=0.01)
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # what `sqlite3 FILE "BEGIN EXCLUSIVE"` in another terminal does
    try:
        written = writer.submit(partial(store.add_answer, session, new_answer("q1")))
        for _ in range(5000):  # until the writer is inside its write, waiting for the other program
            if store._lock.locked():
                break
            threading.Event().wait(0.001)
        assert store._lock.locked() and not written.done()
        read: list[object] = []
        reader = threading.Thread(target=lambda: read.append(store.deck_stats("ana")), daemon=True)
        reader.start()
        reader.join(timeout=10)  # held up behind the write, it would take the 30 s busy timeout
        assert read, "a read waited for the write that waits for the database"
        assert not written.done()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert written.result(timeout=30) > 0  # the other program let go: the answer is saved
    assert [a.question_id for a in store.answers(session)] == ["q1"]
    writer.close(timeout=5)
    store.close()


@pytest.mark.parametrize("fault", ["read-only", "full"])
def test_a_database_that_refuses_for_good_is_not_retried_and_the_answer_is_kept(tmp_path, fault):
    store, session = open_session(tmp_path / "trainer.sqlite3")
    attempts = []
    store._conn.set_trace_callback(lambda sql: attempts.append(sql) if sql.startswith("BEGIN") else None)
    # A database that became read-only or whose disk filled up while trainer runs: SQLite's own faults
    # (chmod would not stop root, who runs the tests in CI).
    if fault == "read-only":
        store._conn.execute("PRAGMA query_only = ON")
    else:
        store._conn.execute("PRAGMA max_page_count = 1")
    writer = AnswerWriter(retry_after=0.001)
    first = writer.submit(partial(store.add_answer, session, new_answer("q1"), card_update=lambda *a: None))
    second = writer.submit(partial(store.add_answer, session, new_answer("q2")))
    assert writer.flush(timeout=10), "a database that refuses for good was retried"
    assert len(attempts) == 2  # each write tried once
    for future in (first, second):
        error = future.exception()
        assert isinstance(error, Unsaved) and isinstance(error.error, StoreUnwritable)
        assert str(tmp_path / RECOVERY_FILE) in str(error) and "Nothing is lost" in str(error)
        assert ("read-only" in str(error) or "cannot be written" in str(error)) if fault == "read-only" \
            else "is full" in str(error)
    kept = [json.loads(line) for line in (tmp_path / RECOVERY_FILE).read_text().splitlines()]
    assert [record["write"] for record in kept] == ["add_answer", "add_answer"]
    assert kept[0]["database"] == str(store.path) and kept[0]["args"][0] == session
    assert kept[0]["args"][1]["question_id"] == "q1" and kept[0]["args"][1]["response"] == ["B", 2]
    assert kept[0]["args"][1]["now"] == NOW.isoformat() and "card_update" not in kept[0]
    store.close()
    with Store.open(tmp_path / "trainer.sqlite3", read_only=True) as again:
        assert again.answers(session) == []  # truly not saved: only the recovery file has them


def test_a_write_refused_for_its_own_sake_is_not_kept_as_unsaved(tmp_path):
    store, session = open_session(tmp_path / "trainer.sqlite3")
    store.finish_session(session, status="completed", now=NOW)
    writer = AnswerWriter(retry_after=0.001)
    late = writer.submit(partial(store.add_answer, session, new_answer("q1")))
    assert writer.flush(timeout=5)
    assert "takes no more answers" in str(late.exception()) and not isinstance(late.exception(), Unsaved)
    assert not (tmp_path / RECOVERY_FILE).exists()
    store.close()


def test_quitting_after_refused_saves_says_where_they_are_kept(tmp_path, capsys):
    from trainer.ui.run import save_pending

    store, session = open_session(tmp_path / "trainer.sqlite3")
    store._conn.execute("PRAGMA query_only = ON")
    writer = AnswerWriter(retry_after=0.001)
    writer.submit(partial(store.add_answer, session, new_answer("q1")))
    assert save_pending(writer) == 0
    said = capsys.readouterr().err
    assert f"1 save(s) could not reach the score database; they are kept in {tmp_path / RECOVERY_FILE}" in said
    assert "trainer recover" in said
    store.close()


def test_a_line_the_full_disk_took_only_part_of_is_cut_off_so_the_next_one_stays_whole(tmp_path, monkeypatch):
    """The data folder's disk takes half a line, then refuses (ENOSPC): that half is cut off and the line goes to
    the next place; once there is room again, the next kept line starts on a line of its own."""
    import errno
    import os

    import trainer.study.writer as writer_module
    from trainer.study.writer import keep_unsaved

    store, session = open_session(tmp_path / "data" / "trainer.sqlite3")
    monkeypatch.setattr(writer_module.Path, "home", lambda: tmp_path / "home")
    (tmp_path / "home").mkdir()
    job = partial(store.add_answer, session, new_answer("q1"))
    real_write, full = os.write, [True]

    def half_then_full(descriptor, data):
        if full[0] and os.path.realpath(f"/proc/self/fd/{descriptor}").endswith(f"data/{RECOVERY_FILE}"):
            real_write(descriptor, bytes(data[: len(data) // 2]))
            full[0] = False
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(descriptor, data)

    monkeypatch.setattr(writer_module.os, "write", half_then_full)
    error = StoreUnwritable("the disk is full")
    assert keep_unsaved(job, error) == tmp_path / "home" / f"trainer-{RECOVERY_FILE}"
    assert (tmp_path / "data" / RECOVERY_FILE).read_bytes() == b""  # the half line was cut off
    assert keep_unsaved(job, error) == tmp_path / "data" / RECOVERY_FILE  # room again
    kept = (tmp_path / "data" / RECOVERY_FILE).read_text(encoding="utf-8").splitlines()
    assert len(kept) == 1 and json.loads(kept[0])["args"][1]["question_id"] == "q1"
    store.close()
