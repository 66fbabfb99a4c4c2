"""Resuming: interrupted or crashed sessions carry on with their answers; discarded ones are never offered."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from study_deck import RIGHT, WRONG
from trainer.deck.model import Deck
from trainer.store import Store, StoreError
from trainer.store.migrations import MIGRATIONS, SCHEMA_VERSION, statements
from trainer.study.clock import FakeClock
from trainer.study.session import SessionStateError, StudySession
from trainer.study.summary import Summary


def play(session: StudySession, clock: FakeClock, count: int) -> list[str]:
    ids = []
    for _ in range(count):
        clock.advance(5)
        ids.append(session.current.id)  # type: ignore[union-attr]
        session.answer(RIGHT[session.current.id])  # type: ignore[union-attr]
        session.advance()
    return ids


def test_an_interrupted_session_resumes_where_it_was_left(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = StudySession.start(store, deck, seed=4, profile="ana", clock=clock)
    given = play(session, clock, 2)
    session.interrupt()
    record = store.session(session.session_id)
    assert record.status == "interrupted"
    assert [r.id for r in store.resumable_sessions("ana")] == [session.session_id]
    assert store.resumable_sessions("ben") == []

    again = StudySession.resume(store, store.resumable_sessions("ana")[0], [deck], clock)
    assert store.session(session.session_id).status == "active"
    assert again.index == 2 and again.answered == 2 and again.score == 2
    assert [o.question.id for o in again.outcomes] == given
    assert again.question_ids == session.question_ids
    assert again.current.id == session.question_ids[2]  # type: ignore[union-attr]
    assert again.presentation == session.presentation  # shown as before: same seed, same choices
    play(again, clock, len(deck.questions) - 2)
    again.finish()
    summary = Summary.from_session(again)
    size = len(deck.questions)
    assert (summary.total, summary.answered, summary.score) == (size, size, size)
    assert store.session(session.session_id).answered == size
    assert store.resumable_sessions("ana") == []


def test_discarded_and_abandoned_sessions_are_never_offered(store: Store, deck: Deck, clock: FakeClock) -> None:
    kept = StudySession.start(store, deck, seed=1, profile="ana", clock=clock)
    play(kept, clock, 1)
    kept.interrupt()
    dropped = StudySession.start(store, deck, seed=2, profile="ana", clock=clock)
    play(dropped, clock, 1)
    dropped.abandon()
    empty = StudySession.start(store, deck, seed=3, profile="ana", clock=clock)
    empty.interrupt()  # nothing answered: nothing to resume
    assert [r.id for r in store.resumable_sessions("ana")] == [kept.session_id]

    store.discard_session(kept.session_id, clock.now())
    record = store.session(kept.session_id)
    assert record.status == "abandoned" and record.answered == 1  # kept in the history
    assert store.resumable_sessions("ana") == []
    with pytest.raises(SessionStateError):
        StudySession.resume(store, record, [deck], clock)
    with pytest.raises(StoreError, match="cannot be resumed"):
        store.reopen_session(kept.session_id)


def test_questions_deleted_from_the_deck_are_skipped_on_resume(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = StudySession.start(store, deck, seed=4, profile="ana", clock=clock)
    first, second, third = session.question_ids[:3]
    play(session, clock, 2)
    session.interrupt()
    edited = deck.model_copy(update={"questions": [q for q in deck.questions if q.id not in (first, third)]})
    again = StudySession.resume(store, store.session(session.session_id), [edited], clock)
    assert again.total == len(deck.questions) - 2 and again.answered == 1 and again.index == 1
    assert third not in again.question_ids and again.outcomes[0].question.id == second
    record = store.session(session.session_id)  # narrowed in the store as well
    assert (record.total, record.answered, record.score) == (len(deck.questions) - 2, 1, 1)
    assert first not in record.question_ids and third not in record.question_ids
    with pytest.raises(ValueError, match="discard"):
        StudySession.resume(store, store.session(session.session_id), [], clock)


def test_the_stored_score_matches_the_summary_after_a_question_is_deleted(
    store: Store, deck: Deck, clock: FakeClock
) -> None:
    session = StudySession.start(store, deck, seed=4, profile="ana", clock=clock, question_ids=["where", "signed"])
    [answered] = play(session, clock, 1)
    session.interrupt()
    edited = deck.model_copy(update={"questions": [q for q in deck.questions if q.id in (answered, "who")]})
    again = StudySession.resume(store, store.session(session.session_id), [edited], clock)
    assert again.done
    again.finish()
    summary = Summary.from_session(again)
    assert (summary.total, summary.score, summary.fraction) == (1, 1, 1.0)

    record = store.session(session.session_id)
    assert record.status == "completed" and record.question_ids == (answered,)
    assert (record.total, record.answered, record.fraction) == (1, 1, summary.fraction)
    stats = store.deck_stats("ana")["treaty"]  # what the home screen shows as Last and Best
    assert stats.last_score == stats.best_score == 1.0


def test_a_deleted_answered_question_no_longer_counts_in_the_stored_score(
    store: Store, deck: Deck, clock: FakeClock
) -> None:
    session = StudySession.start(store, deck, seed=4, profile="ana", clock=clock, question_ids=["where", "signed"])
    session.answer(WRONG[session.current.id])  # type: ignore[union-attr]
    session.advance()
    kept = session.current.id  # type: ignore[union-attr]
    session.answer(RIGHT[kept])
    session.advance()  # crashed before finish()
    edited = deck.model_copy(update={"questions": [q for q in deck.questions if q.id == kept]})
    again = StudySession.resume(store, store.session(session.session_id), [edited], clock)
    again.finish()
    record = store.session(session.session_id)
    assert (record.total, record.answered, record.correct, record.score) == (1, 1, 1, 1)
    assert record.fraction == Summary.from_session(again).fraction == 1.0
    assert len(store.answers(session.session_id)) == 2  # the deleted question's answer stays in its history
    stored = Summary.from_records(record, store.answers(session.session_id), [edited])
    assert (stored.answered, stored.score, stored.fraction) == (1, 1.0, 1.0), "history shows what the row counts"


def test_a_session_over_several_decks_keeps_the_deck_of_each_question_left(
    store: Store, deck: Deck, clock: FakeClock
) -> None:
    other = Deck.model_validate({
        "deck": "other", "title": "Other", "sources": [{"id": "b", "file": "b.txt", "title": "B"}],
        "questions": [{"id": "rain", "type": "true_false", "statement": "It rained.", "quote": "It rained.",
                       "answer": True}],
    })
    items = [(deck, deck.question("where")), (other, other.question("rain")), (deck, deck.question("signed"))]
    session = StudySession.start_items(store, items, profile="ana", clock=clock)  # type: ignore[arg-type]
    play(session, clock, 1)
    session.interrupt()
    emptied = other.model_copy(update={"questions": []})
    again = StudySession.resume(store, store.session(session.session_id), [deck, emptied], clock)
    record = store.session(session.session_id)
    assert record.deck_id == "*" and record.items == [("treaty", "where"), ("treaty", "signed")]
    assert record.total == again.total == 2


def test_reopening_with_questions_never_planned_changes_nothing(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = StudySession.start(store, deck, seed=4, profile="ana", clock=clock, question_ids=["where", "signed"])
    play(session, clock, 1)
    session.interrupt()
    with pytest.raises(ValueError, match="planned"):
        store.reopen_session(session.session_id, keep=[("treaty", "where"), ("treaty", "who")])
    with pytest.raises(ValueError, match="planned"):
        store.reopen_session(session.session_id, keep=[])
    record = store.session(session.session_id)  # rolled back: still interrupted, plan untouched
    assert record.status == "interrupted" and record.total == 2 and len(record.question_ids) == 2


def test_a_session_answered_to_the_end_resumes_done(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = StudySession.start(store, deck, seed=4, profile="ana", clock=clock, question_ids=["where", "signed"])
    play(session, clock, 2)  # crashed before finish()
    again = StudySession.resume(store, store.session(session.session_id), [deck], clock)
    assert again.done
    again.finish()
    assert store.session(session.session_id).status == "completed"


def test_a_resumed_session_keeps_skips_and_wrong_answers(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = StudySession.start(store, deck, seed=4, profile="ana", clock=clock)
    session.answer(WRONG[session.current.id])  # type: ignore[union-attr]
    session.advance()
    session.skip()
    session.advance()
    again = StudySession.resume(store, store.session(session.session_id), [deck], clock)
    assert [o.correct for o in again.outcomes] == [False, False]
    assert again.outcomes[1].skipped and not again.outcomes[0].skipped
    assert again.outcomes[0].response == WRONG[session.question_ids[0]]
    assert again.outcomes[0].right_answer and again.outcomes[0].deck_id == "treaty"


# -- migrating a database written by the first schema -------------------------------------------------


def test_a_version_1_database_is_migrated_with_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("PRAGMA application_id = 1414680146")
    conn.execute("INSERT INTO sessions (id, profile, deck_id, deck_title, mode, seed, question_ids, started_at, status,"
                 " total) VALUES (1, 'ana', 'treaty', 'T', 'practice', 1, ?, '2026-01-01T09:00:00.000000+00:00',"
                 " 'active', 2)", (json.dumps(["where", "signed"]),))
    for n, (qid, score) in enumerate((("where", 1.0), ("signed", 0.0))):
        conn.execute("INSERT INTO answers (session_id, deck_id, question_id, qtype, response, response_text, correct,"
                     " score, skipped, elapsed_ms, answered_at) VALUES (1, 'treaty', ?, 'choice', '\"x\"', 'x', ?, ?,"
                     " 0, 100, ?)", (qid, int(score == 1), score, f"2026-01-01T09:0{n + 1}:00.000000+00:00"))
    conn.close()

    with Store.open(path) as store:
        record = store.session(1)
        assert (record.answered, record.correct, record.score, record.status) == (2, 1, 1.0, "active")
        assert record.last_answer_at == dt.datetime(2026, 1, 1, 9, 2, tzinfo=dt.UTC)
        assert [a.question_id for a in store.answers(1)] == ["where", "signed"]  # not cascaded away
        store.finish_session(1, status="interrupted", now=dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC))  # new CHECK
        assert [r.id for r in store.resumable_sessions("ana")] == [1]
        with pytest.raises(StoreError, match="no session"):  # foreign keys still enforced afterwards
            store.record_answer(99, deck_id="d", question_id="q", qtype="choice", response="x", response_text="x",
                                correct=True, score=1, skipped=False, elapsed_ms=1, now=dt.datetime.now(dt.UTC))
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert check.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "REFERENCES sessions" in check.execute("SELECT sql FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
    check.close()
