"""Commits return before the disk flush (synchronous = NORMAL); WalSync flushes the WAL just after, off the caller."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from pathlib import Path

from trainer.store import Store

T0 = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)


def test_commits_do_not_fsync_and_the_wal_is_flushed_after_each_commit_off_the_callers_thread(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "trainer.sqlite3"
    flushed: list[tuple[str, str]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushed.append((os.readlink(f"/proc/self/fd/{fd}"), threading.current_thread().name))
        real_fsync(fd)

    with Store.open(path) as store:
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: no fsync in COMMIT
        monkeypatch.setattr(os, "fsync", fsync)
        session = store.start_session(deck_id="d", deck_title="D", mode="practice", seed=1, question_ids=["q1"],
                                      profile="ana", now=T0)
        assert store._sync.wait(5)
        wal = [name for name, thread in flushed if name.endswith("-wal")]
        assert wal == [str(path) + "-wal"]
        assert all(thread == "trainer-wal-sync" for _, thread in flushed)  # never on the caller's thread
        flushed.clear()
        store.record_answer(session, deck_id="d", question_id="q1", qtype="choice", response="x",
                            response_text="x", correct=True, score=1.0, skipped=False, elapsed_ms=1, now=T0)
    # close waited for the last flush; the answer is in the file another connection reads
    assert [name for name, _ in flushed if name.endswith("-wal")]
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT count(*) FROM answers").fetchone()[0] == 1


def test_a_flush_asked_for_later_comes_when_the_schedule_says_and_by_close_at_the_latest(
    tmp_path: Path, monkeypatch
) -> None:
    """The app asks for the flush after the frame that shows an answer: the commit is readable (safe from a kill)
    at once, the flush waits for the scheduled call; commits on other threads are flushed at once; close pays
    whatever is still owed."""
    path = tmp_path / "trainer.sqlite3"
    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def answer(store: Store, session: int, question: str) -> None:
        store.record_answer(session, deck_id="d", question_id=question, qtype="choice", response="x",
                            response_text="x", correct=True, score=1.0, skipped=False, elapsed_ms=1, now=T0)

    with Store.open(path) as store:
        session = store.start_session(deck_id="d", deck_title="D", mode="practice", seed=1,
                                      question_ids=["q1", "q2", "q3", "q4"], profile="ana", now=T0)
        assert store._sync.wait(5)
        monkeypatch.setattr(os, "fsync", fsync)
        scheduled: list = []
        store.sync_later(lambda ask: scheduled.append(ask) or True)
        answer(store, session, "q1")
        answer(store, session, "q2")
        with sqlite3.connect(path) as other:  # committed: another connection (a restart after a kill) reads it
            assert other.execute("SELECT count(*) FROM answers").fetchone()[0] == 2
        assert len(scheduled) == 1 and not flushed  # one flush owed for both, not asked for yet
        scheduled.pop()()
        assert store._sync.wait(5) and flushed
        flushed.clear()
        worker = threading.Thread(target=answer, args=(store, session, "q3"))  # the answer writer's thread
        worker.start()
        worker.join()
        assert store._sync.wait(5) and flushed and not scheduled
        flushed.clear()
        answer(store, session, "q4")
        assert len(scheduled) == 1 and not flushed
    assert [name for name in flushed if name.endswith("-wal")]  # close asked for the owed flush and waited for it


def test_a_refused_schedule_and_going_back_to_at_once_ask_for_the_owed_flush(tmp_path: Path) -> None:
    with Store.open(tmp_path / "trainer.sqlite3") as store:
        store.sync_later(lambda ask: False)  # the app is closing: nothing more will run
        store.start_session(deck_id="d", deck_title="D", mode="practice", seed=1, question_ids=["q1"],
                            profile="ana", now=T0)
        assert not store._sync._owed
        scheduled: list = []
        store.sync_later(lambda ask: scheduled.append(ask) or True)
        store.start_session(deck_id="d", deck_title="D", mode="practice", seed=1, question_ids=["q1"],
                            profile="bo", now=T0)
        assert store._sync._owed
        store.sync_later(None)
        assert not store._sync._owed and store._sync.wait(5)
