"""With a writer, an answer is committed on the caller's thread when nothing is queued, never waiting for a lock."""

from __future__ import annotations

import sqlite3
import threading
import time

from trainer.deck.model import Deck
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.study.session import StudySession
from trainer.study.writer import AnswerWriter

from study_deck import RIGHT


def test_an_answer_is_committed_at_once_on_the_callers_thread_when_the_writer_is_idle(
    store: Store, deck: Deck, clock: FakeClock, monkeypatch
) -> None:
    session = StudySession.start(store, deck, seed=42, clock=clock)
    session.writer = writer = AnswerWriter()
    threads: list[str] = []
    add_answer = store.add_answer
    monkeypatch.setattr(store, "add_answer",
                        lambda *a, **k: threads.append(threading.current_thread().name) or add_answer(*a, **k))
    session.answer(RIGHT[session.current.id])
    assert session.last_write is not None and session.last_write.done()
    assert threads == [threading.current_thread().name]  # not the writer's thread
    assert len(store.answers(session.session_id)) == 1  # on disk before answer() returned
    writer.close(1)


def test_a_database_held_by_another_program_hands_the_answer_to_the_writer_without_waiting(
    store: Store, deck: Deck, clock: FakeClock, tmp_path
) -> None:
    session = StudySession.start(store, deck, seed=42, clock=clock)
    session.writer = writer = AnswerWriter(retry_after=0.01)
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        session.answer(RIGHT[session.current.id])
        waited = time.monotonic() - started
        assert waited < 2  # not the 5 s busy timeout: at most the session's short wait for the disk
        assert not session.last_write.done() and writer.state.pending == 1
        session.advance()
        session.answer(RIGHT[session.current.id])  # queued behind the first, never before it
        assert writer.state.pending == 2
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert writer.flush(10)
    assert [a.question_id for a in store.answers(session.session_id)] == session.question_ids[:2]
    writer.close(1)
