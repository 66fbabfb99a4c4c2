"""Summaries from a session just played and from the store's records agree, by type and by tag."""

from __future__ import annotations

import datetime as dt

import pytest

from study_deck import RIGHT, WRONG, make_deck
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.study.session import StudySession
from trainer.study.summary import Summary, Tally


def play(store: Store, clock: FakeClock, plan: dict[str, str]) -> StudySession:
    """Answer each question as ``plan`` says: 'right', 'wrong' or 'skip' (questions not in plan: stop)."""
    session = StudySession.start(store, make_deck(), seed=11, profile="ana", clock=clock)
    while session.current is not None and session.current.id in plan:
        clock.advance(4)
        what = plan[session.current.id]
        if what == "skip":
            session.skip()
        else:
            session.answer((RIGHT if what == "right" else WRONG)[session.current.id])
        session.advance()
    return session


FULL = {"where": "right", "signed": "wrong", "how-many": "skip", "which": "right", "city": "right", "who": "wrong",
        "countries": "wrong"}


def test_summary_of_a_finished_session(store: Store) -> None:
    clock = FakeClock()
    session = play(store, clock, FULL)
    session.finish()
    summary = Summary.from_session(session)

    assert summary.status == "completed" and summary.deck_id == "treaty" and summary.mode == "practice"
    assert (summary.total, summary.answered, summary.correct, summary.skipped, summary.unanswered) == (7, 7, 3, 1, 0)
    assert summary.score == pytest.approx(3.5) and summary.fraction == pytest.approx(0.5)
    assert summary.duration == dt.timedelta(seconds=28)
    assert summary.time_answering == dt.timedelta(seconds=28)

    assert summary.by_type == {
        "who_said": Tally(1, 0, 0.0), "choice": Tally(1, 1, 1.0), "multi": Tally(1, 1, 1.0),
        "true_false": Tally(1, 0, 0.0), "number": Tally(1, 0, 0.0), "text": Tally(1, 1, 1.0),
        "match": Tally(1, 0, 0.5),
    }
    assert list(summary.by_type) == ["who_said", "choice", "multi", "true_false", "number", "text", "match"]
    assert summary.by_tag == {"facts": Tally(2, 0, 0.0), "numbers": Tally(1, 0, 0.0), "places": Tally(2, 2, 2.0)}
    assert summary.by_tag["places"].fraction == 1.0

    asked = session.question_ids
    assert summary.missed_ids == [i for i in asked if i in {"signed", "how-many", "who", "countries"}]
    skipped = next(m for m in summary.missed if m.question_id == "how-many")
    assert skipped.skipped and skipped.prompt == "How many states signed?" and "12" in (skipped.right_answer or "")


def test_summary_from_records_matches_the_live_one(store: Store) -> None:
    clock = FakeClock()
    session = play(store, clock, FULL)
    session.finish()
    live = Summary.from_session(session)
    stored = Summary.from_records(store.session(session.session_id), store.answers(session.session_id), make_deck())
    assert stored == live


def test_summary_from_records_without_the_deck_has_no_tags(store: Store) -> None:
    session = play(store, FakeClock(), FULL)
    session.finish()
    summary = Summary.from_records(store.session(session.session_id), store.answers(session.session_id))
    assert summary.by_tag == {}
    assert summary.score == pytest.approx(3.5) and len(summary.missed) == 4
    assert all(m.prompt is None and m.right_answer is None for m in summary.missed)


def test_retry_of_missed_questions_asks_exactly_those(store: Store) -> None:
    clock = FakeClock()
    session = play(store, clock, FULL)
    session.finish()
    missed = Summary.from_session(session).missed_ids
    retry = StudySession.start(store, make_deck(), seed=12, profile="ana", clock=clock, question_ids=missed)
    assert sorted(retry.question_ids) == sorted(missed)


def test_summary_of_an_abandoned_session(store: Store) -> None:
    clock = FakeClock()
    session = StudySession.start(store, make_deck(), seed=11, profile="ana", clock=clock)
    first = session.current.id
    clock.advance(3)
    session.answer(WRONG[first])
    session.advance()
    clock.advance(10)
    session.abandon()
    summary = Summary.from_records(store.session(session.session_id), store.answers(session.session_id), make_deck())
    assert summary.status == "abandoned"
    assert (summary.answered, summary.unanswered, summary.score) == (1, 6, 0.0)
    assert summary.duration == dt.timedelta(seconds=13)
    assert summary.missed_ids == [first]


def test_partial_credit_counts_as_missed() -> None:
    assert Tally().add(False, 0.5).add(True, 1.0) == Tally(2, 1, 1.5)
    assert Tally(2, 1, 1.5).fraction == 0.75 and Tally().fraction == 0.0


def test_a_session_over_two_decks_sharing_question_ids_keeps_them_apart(store: Store) -> None:
    first = make_deck()
    second = first.model_copy(
        update={
            "deck": "other",
            "title": "Another deck",
            "questions": [q.model_copy(update={"tags": ["elsewhere"]}) for q in first.questions],
        }
    )
    items = [(first, first.question("where")), (second, second.question("where"))]
    session = StudySession.start_items(store, items, title="Both", profile="ana", clock=FakeClock())
    for _ in items:
        session.answer("Paris")
        session.advance()
    session.finish()
    live = Summary.from_session(session)
    assert live.missed_keys == [("treaty", "where"), ("other", "where")]
    assert live.by_tag == {"places": Tally(1, 0, 0.0), "elsewhere": Tally(1, 0, 0.0)}
    stored = Summary.from_records(store.session(session.session_id), store.answers(session.session_id), [first, second])
    assert stored.by_tag == live.by_tag and stored.missed_keys == live.missed_keys
