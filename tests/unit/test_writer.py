"""The answer writer: writes in order, off the caller's thread, retried while the database is busy."""

from __future__ import annotations

import sqlite3

import pytest

from trainer.store import StoreError
from trainer.study.writer import AnswerWriter


def busy() -> StoreError:
    """A StoreError as the store raises one for a locked database: from None, while handling sqlite's error."""
    try:
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError:
            raise StoreError("cannot save: database is locked") from None
    except StoreError as error:
        return error


def test_writes_run_in_order_and_a_busy_one_is_retried_until_it_succeeds():
    done, attempts, states = [], [], []
    writer = AnswerWriter(on_change=states.append, retry_after=0.001)

    def first():
        attempts.append(1)
        if len(attempts) < 3:
            raise busy()
        done.append("first")

    writer.submit(first)
    second = writer.submit(lambda: done.append("second") or 2)
    assert writer.flush(timeout=5)
    assert done == ["first", "second"] and len(attempts) == 3
    assert second.result() == 2
    assert any(state.problem for state in states) and states[-1].problem is None and states[-1].pending == 0
    assert writer.close(timeout=1) == 0


def test_a_write_that_can_never_succeed_is_reported_and_the_rest_go_on():
    writer = AnswerWriter(retry_after=0.001)

    def refused():
        raise StoreError("session 3 is completed; it takes no more answers")

    failed = writer.submit(refused)
    after = writer.submit(lambda: "ok")
    assert writer.flush(timeout=5)
    with pytest.raises(StoreError):
        failed.result()
    assert after.result() == "ok"


def test_close_reports_writes_still_waiting_for_the_database():
    writer = AnswerWriter(retry_after=0.001)

    def always_busy():
        raise busy()

    writer.submit(always_busy)
    assert writer.wait_settled(timeout=5)  # waiting on the database, not done
    assert writer.state.pending == 1 and writer.state.problem
    assert writer.close(timeout=0.01) == 1
