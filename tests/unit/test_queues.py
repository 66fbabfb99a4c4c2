"""Review, new and mistakes queues over the cards, by the student's local day, through indexes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from fsrs import Card, State

from trainer.deck.model import Deck
from trainer.store import Store
from trainer.store.codec import iso_utc
from trainer.study.clock import FakeClock, end_of_day
from trainer.study.queues import TOTAL, due_counts, mistakes_queue, new_counts, review_queue
from trainer.study.session import StudySession

PLUS2 = dt.timezone(dt.timedelta(hours=2))
NOW = dt.datetime(2026, 3, 1, 20, 0, tzinfo=dt.UTC)  # 22:00 at UTC+2: local midnight is 2 hours away


def make_deck(deck_id: str, ids: list[str]) -> Deck:
    return Deck.model_validate({
        "deck": deck_id, "title": deck_id.title(),
        "sources": [{"id": "a", "file": "a.txt", "title": "An article"}],
        "questions": [{"id": q, "type": "true_false", "statement": f"{q} holds.", "quote": "Q.", "answer": True}
                      for q in ids],
    })


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "scores.sqlite3") as opened:
        yield opened


def put_card(store: Store, deck_id: str, qid: str, *, due: dt.datetime, stability: float = 5.0,
             last_review: dt.datetime | None = None, profile: str = "ana", right: bool = True) -> None:
    last_review = last_review or due - dt.timedelta(days=3)
    card = Card(card_id=1, state=State.Review, stability=stability, difficulty=5.0, due=due, last_review=last_review)
    conn = sqlite3.connect(store.path)
    conn.execute(
        "INSERT INTO cards (profile, deck_id, question_id, due, last_review, reps, lapses, card_json, fsrs_version,"
        " last_right) VALUES (?, ?, ?, ?, ?, 1, 0, ?, '6.3.2', ?)",
        (profile, deck_id, qid, iso_utc(due), iso_utc(last_review), card.to_json(), int(right)),
    )
    conn.commit()
    conn.close()


def test_end_of_day_is_the_next_local_midnight_in_utc() -> None:
    assert end_of_day(NOW, PLUS2) == dt.datetime(2026, 3, 1, 22, 0, tzinfo=dt.UTC)
    assert end_of_day(NOW, dt.UTC) == dt.datetime(2026, 3, 2, 0, 0, tzinfo=dt.UTC)
    late = dt.datetime(2026, 3, 1, 23, 30, tzinfo=dt.UTC)  # already the 2nd at UTC+2
    assert end_of_day(late, PLUS2) == dt.datetime(2026, 3, 2, 22, 0, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="time zone"):
        end_of_day(dt.datetime(2026, 3, 1), PLUS2)


def test_due_counts_use_the_local_day(store: Store) -> None:
    put_card(store, "a", "overdue", due=NOW - dt.timedelta(days=2))
    put_card(store, "a", "tonight", due=NOW + dt.timedelta(hours=1))       # 23:00 local: due today
    put_card(store, "a", "tomorrow", due=NOW + dt.timedelta(hours=3))      # 01:00 local tomorrow
    put_card(store, "b", "later", due=NOW + dt.timedelta(days=5))
    put_card(store, "a", "ben-only", due=NOW - dt.timedelta(days=1), profile="ben")
    assert due_counts(store, "ana", ["a", "b"], NOW, PLUS2) == {"a": 2, "b": 0, TOTAL: 2}
    assert due_counts(store, "ana", ["a", "b"], NOW, dt.UTC) == {"a": 3, "b": 0, TOTAL: 3}  # UTC's day ends later
    assert due_counts(store, "ana", ["b"], NOW, PLUS2) == {"b": 0, TOTAL: 0}
    assert due_counts(store, "ben", ["a"], NOW, PLUS2) == {"a": 1, TOTAL: 1}


def test_the_statistics_and_the_home_screen_agree_on_what_is_due_today(store: Store) -> None:
    from trainer.study.stats import overview

    put_card(store, "a", "overdue", due=NOW - dt.timedelta(days=2))
    put_card(store, "a", "tonight", due=NOW + dt.timedelta(hours=1, minutes=59))  # 23:59 local: due today
    put_card(store, "a", "midnight", due=NOW + dt.timedelta(hours=2))  # 00:00 local tomorrow: not due
    for tz in (PLUS2, dt.UTC):
        home = due_counts(store, "ana", ["a"], NOW, tz)
        stats = overview(store, [make_deck("a", ["overdue", "tonight", "midnight"])], "ana", NOW, tz=tz)
        assert stats.due_today == home[TOTAL] == stats.decks[0].due_today
    assert due_counts(store, "ana", ["a"], NOW, PLUS2)[TOTAL] == 2


def test_deleted_questions_and_decks_drop_out_without_errors(store: Store) -> None:
    deck = make_deck("a", ["kept"])  # 'removed' was deleted from the deck; deck 'gone' was deleted
    for deck_id, qid in (("a", "kept"), ("a", "removed"), ("gone", "x")):
        put_card(store, deck_id, qid, due=NOW - dt.timedelta(days=1), right=False)
    assert due_counts(store, "ana", [deck], NOW, PLUS2) == {"a": 1, TOTAL: 1}
    assert [(d.deck, q.id) for d, q in review_queue(store, [deck], "ana", NOW, PLUS2)] == [("a", "kept")]
    assert [q.id for _, q in mistakes_queue(store, [deck], "ana")] == ["kept"]
    assert new_counts(store, [deck], "ana") == {"a": 0, TOTAL: 0}


def test_new_questions_are_not_due(store: Store) -> None:
    a, b = make_deck("a", ["q1", "q2", "q3"]), make_deck("b", ["q1"])
    put_card(store, "a", "q1", due=NOW + dt.timedelta(days=9))
    assert new_counts(store, [a, b], "ana") == {"a": 2, "b": 1, TOTAL: 3}
    assert new_counts(store, [a, b], "ben") == {"a": 3, "b": 1, TOTAL: 4}
    assert review_queue(store, [a, b], "ana", NOW, PLUS2) == []


def test_review_queue_puts_the_least_remembered_first_across_decks(store: Store) -> None:
    a, b = make_deck("a", ["weak", "firm", "future"]), make_deck("b", ["mid"])
    # same due time; retrievability decides: low stability over a long gap is the most forgotten
    put_card(store, "a", "firm", due=NOW - dt.timedelta(hours=5), stability=60, last_review=NOW - dt.timedelta(days=30))
    put_card(store, "a", "weak", due=NOW - dt.timedelta(hours=1), stability=2, last_review=NOW - dt.timedelta(days=30))
    put_card(store, "b", "mid", due=NOW - dt.timedelta(hours=3), stability=10, last_review=NOW - dt.timedelta(days=30))
    put_card(store, "a", "future", due=NOW + dt.timedelta(days=3))
    queue = review_queue(store, [a, b], "ana", NOW, PLUS2)
    assert [(deck.deck, q.id) for deck, q in queue] == [("a", "weak"), ("b", "mid"), ("a", "firm")]
    assert [q.id for _, q in review_queue(store, [a, b], "ana", NOW, PLUS2, limit=2)] == ["weak", "mid"]


def test_mistakes_stay_until_answered_right(store: Store) -> None:
    deck = make_deck("a", ["q1", "q2"])
    clock = FakeClock(NOW)

    def play(responses: dict[str, bool], mode: str) -> None:
        items = [(deck, deck.question(q)) for q in responses]
        session = StudySession.start_items(store, items, mode=mode, profile="ana",  # type: ignore[arg-type]
                                           clock=clock)
        while session.current is not None:
            clock.advance(12)
            session.answer(responses[session.current.id])
            session.advance()
        session.finish()

    play({"q1": False, "q2": True}, "practice")
    assert [q.id for _, q in mistakes_queue(store, [deck], "ana")] == ["q1"]
    play({"q1": False}, "mistakes")
    assert [q.id for _, q in mistakes_queue(store, [deck], "ana")] == ["q1"]  # still wrong: stays
    play({"q2": False}, "review")  # any mode counts
    assert {q.id for _, q in mistakes_queue(store, [deck], "ana")} == {"q1", "q2"}
    play({"q1": True, "q2": True}, "mistakes")
    assert mistakes_queue(store, [deck], "ana") == []
    assert mistakes_queue(store, [deck], "ben") == []


def _plans(store: Store, monkeypatch: pytest.MonkeyPatch, action) -> list[tuple[str, str]]:
    """Run ``action`` while recording the store's queries, then explain each one."""
    seen: list[tuple[str, object]] = []
    real = store._read

    def recording(sql: str, params: tuple | dict = ()) -> list[tuple]:
        seen.append((sql, params))
        return real(sql, params)

    monkeypatch.setattr(store, "_read", recording)
    action()
    monkeypatch.undo()
    conn = sqlite3.connect(store.path)
    try:
        return [(sql, " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)))
                for sql, params in seen]
    finally:
        conn.close()


def test_the_hot_queries_use_indexes_not_scans(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    decks = [make_deck("a", ["q1", "q2"]), make_deck("b", ["q1"])]
    for deck in decks:
        for q in deck.questions:
            put_card(store, deck.deck, q.id, due=NOW - dt.timedelta(days=1), right=False)
    sid = store.start_session(deck_id="a", deck_title="A", mode="practice", seed=1, question_ids=["q1"],
                              profile="ana", now=NOW)
    store.record_answer(sid, deck_id="a", question_id="q1", qtype="true_false", response=True, response_text="True",
                        correct=True, score=1.0, skipped=False, elapsed_ms=1, now=NOW)

    def home_and_queues() -> None:
        store.deck_stats("ana")
        due_counts(store, "ana", decks, NOW, PLUS2)
        new_counts(store, decks, "ana")
        review_queue(store, decks, "ana", NOW, PLUS2)
        mistakes_queue(store, decks, "ana")
        store.resumable_sessions("ana")

    plans = _plans(store, monkeypatch, home_and_queues)
    assert len(plans) >= 7
    for sql, plan in plans:
        assert "INDEX" in plan, (sql, plan)
        for table in ("cards", "sessions", "answers"):
            for alias in (table, "s", "l", "a"):
                assert f"SCAN {alias} " not in f"{plan} " and not plan.startswith(f"SCAN {alias} |"), (sql, plan)
    joined = " ".join(plan for _, plan in plans)
    assert "cards_due" in joined and "cards_mistakes" in joined and "sessions_by_profile" in joined
    assert "sessions_resumable" in joined


def test_the_answer_history_is_read_through_its_index(store: Store) -> None:
    from trainer.store.cards import _HISTORY_SQL

    conn = sqlite3.connect(store.path)
    plan = " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {_HISTORY_SQL}", ("a", "q1", "ana")))
    conn.close()
    assert "USING INDEX answers_by_question" in plan and "SCAN" not in plan, plan
    assert json.dumps(plan)  # a plain string
