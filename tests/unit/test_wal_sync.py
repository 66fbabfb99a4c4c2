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
