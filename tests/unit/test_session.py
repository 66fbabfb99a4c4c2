"""A study session played through, with a fake clock and a store in tmp_path."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trainer.deck.model import Deck
from trainer.store import Store
from trainer.study.clock import FakeClock, SystemClock
from trainer.study.session import InvalidResponse, SessionStateError, StudySession, plan
from trainer.study.summary import Summary

from study_deck import RIGHT, WRONG, make_deck

def begin(store: Store, deck: Deck, clock: FakeClock, seed: int = 42, **kwargs) -> StudySession:
    return StudySession.start(store, deck, seed=seed, profile="ana", clock=clock, **kwargs)


def test_seeded_order_is_reproducible_and_depends_on_the_seed(deck: Deck) -> None:
    ids = [q.id for q in deck.questions]
    first = [q.id for q in plan(deck, 1)]
    assert first == [q.id for q in plan(deck, 1)]
    assert sorted(first) == sorted(ids)
    orders = {tuple(q.id for q in plan(deck, seed)) for seed in range(10)}
    assert len(orders) > 1


def test_start_records_an_active_session_with_the_planned_order(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock)
    record = store.session(session.session_id)
    assert record.status == "active" and record.mode == "practice" and record.profile == "ana"
    assert list(record.question_ids) == session.question_ids == [q.id for q in plan(deck, 42)]
    assert record.total == session.total == len(deck.questions)
    assert record.started_at == clock.now()
    assert session.index == 0 and session.current is not None and session.current.id == session.question_ids[0]


def test_a_session_played_to_the_end_with_right_wrong_and_skip(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock)
    seen = []
    for position in range(session.total):
        question = session.current
        assert question is not None and session.index == position
        seen.append(question.id)
        clock.advance(position + 1)  # the n-th question takes n seconds
        if position == 0:
            outcome = session.answer(RIGHT[question.id])
            assert outcome.correct and outcome.score == 1 and not outcome.skipped
        elif position == 1:
            outcome = session.answer(WRONG[question.id])
            assert not outcome.correct and outcome.score < 1
            assert outcome.right_answer  # shown as feedback
        elif position == 2:
            outcome = session.skip()
            assert outcome.skipped and outcome.score == 0 and not outcome.correct
        else:
            outcome = session.answer(RIGHT[question.id])
            assert outcome.correct
        assert outcome.elapsed_ms == (position + 1) * 1000
        assert session.answered == position + 1
        session.advance()

    assert session.current is None and session.done and session.index == len(deck.questions)
    assert session.score == pytest.approx(len(deck.questions) - 2 + session.outcomes[1].score)
    session.finish()

    record = store.session(session.session_id)
    assert record.status == "completed" and record.ended_at == clock.now()
    assert (record.answered, record.skipped) == (len(deck.questions), 1)
    assert record.score == pytest.approx(session.score)
    stored = store.answers(session.session_id)
    assert [a.question_id for a in stored] == seen
    assert [a.elapsed_ms for a in stored] == [1000 * n for n in range(1, len(deck.questions) + 1)]
    assert stored[2].skipped and stored[2].response is None
    assert stored[0].response == RIGHT[seen[0]]
    assert [a.qtype for a in stored] == [deck.question(i).type for i in seen]


def test_each_answer_is_stored_when_given(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock)
    session.answer(RIGHT[session.current.id])
    assert len(store.answers(session.session_id)) == 1
    assert store.session(session.session_id).status == "active"


def test_set_and_date_responses_are_stored_as_json(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock, question_ids=["which"])
    outcome = session.answer({"Vienna", "Geneva"})
    assert outcome.correct and outcome.response == {"Vienna", "Geneva"}
    assert store.answers(session.session_id)[0].response == ["Geneva", "Vienna"]


def test_the_timer_starts_when_a_question_is_shown(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock)
    clock.advance(2)
    session.skip()
    clock.advance(30)  # reading the feedback is not answering time
    session.advance()
    clock.advance(5)
    assert session.skip().elapsed_ms == 5000


def test_an_invalid_response_is_refused_and_not_stored(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock, question_ids=["how-many"])
    with pytest.raises(InvalidResponse) as raised:
        session.answer("lots")
    assert str(raised.value)
    assert session.answered == 0 and store.answers(session.session_id) == []
    assert session.answer("12").correct


def test_calls_out_of_turn_are_refused(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock, question_ids=["signed"])
    with pytest.raises(SessionStateError):
        session.advance()  # not answered yet
    with pytest.raises(SessionStateError):
        session.finish()  # questions left
    session.answer(True)
    with pytest.raises(SessionStateError):
        session.answer(True)  # twice
    with pytest.raises(SessionStateError):
        session.skip()
    session.advance()
    with pytest.raises(SessionStateError):
        session.advance()  # past the end
    with pytest.raises(SessionStateError):
        session.presentation
    session.finish()
    session.finish()  # idempotent
    assert store.session(session.session_id).status == "completed"


def test_retry_subset_asks_only_those_questions(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock, question_ids=["which", "where", "gone-from-deck"])
    assert sorted(session.question_ids) == ["where", "which"]
    assert store.session(session.session_id).total == 2
    with pytest.raises(ValueError, match="none of the chosen questions"):
        begin(store, deck, clock, question_ids=["gone-from-deck"])


def test_abandon_keeps_answers(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = begin(store, deck, clock)
    session.answer(RIGHT[session.current.id])
    session.advance()
    clock.advance(60)
    session.abandon()
    record = store.session(session.session_id)
    assert record.status == "abandoned" and record.ended_at == clock.now()
    assert record.answered == 1 and len(store.answers(session.session_id)) == 1
    with pytest.raises(SessionStateError):
        session.answer(RIGHT[session.current.id])
    session.abandon()  # idempotent


def test_presentation_is_stable_for_a_seed(store: Store, deck: Deck, clock: FakeClock) -> None:
    one = begin(store, deck, clock, seed=5, question_ids=["who"])
    two = begin(store, deck, clock, seed=5, question_ids=["who"])
    assert one.presentation == two.presentation
    assert one.presentation is one.presentation  # computed once per question


def test_the_next_presentation_asked_ahead_is_the_one_given(store: Store, deck: Deck, clock: FakeClock) -> None:
    """The quiz prepares the next question with it while the feedback is read: the same object, or the same as a
    session that was never asked ahead."""
    session = begin(store, deck, clock, seed=5)
    plain = begin(store, deck, clock, seed=5)
    ahead = session.presentation_at(1)
    session.skip()
    session.advance()
    plain.skip()
    plain.advance()
    assert session.presentation is ahead
    assert ahead == plain.presentation


def test_system_clock_is_aware_utc() -> None:
    clock = SystemClock()
    assert clock.now().utcoffset() == dt.timedelta(0)
    assert clock.monotonic() <= clock.monotonic()


def test_fake_clock_moves_only_forward() -> None:
    clock = FakeClock()
    start = clock.now()
    clock.advance(1.5)
    assert clock.now() - start == dt.timedelta(seconds=1.5)
    with pytest.raises(ValueError):
        clock.advance(-1)


CRASHER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from trainer.store import Store
    from trainer.study.clock import FakeClock
    from trainer.study.session import StudySession
    from study_deck import RIGHT, make_deck

    store = Store.open(Path(sys.argv[1]))
    session = StudySession.start(store, make_deck(), seed=3, profile="ana", clock=FakeClock())
    print(session.session_id, flush=True)
    for _ in range(3):
        session.answer(RIGHT[session.current.id])
        session.advance()
    os._exit(1)
    """
)


def test_a_crash_mid_session_keeps_the_answers_given(tmp_path: Path) -> None:
    path = tmp_path / "scores.sqlite3"
    process = subprocess.run(
        [sys.executable, "-c", CRASHER, str(path), str(Path(__file__).parent)],
        capture_output=True, text=True, timeout=60,
    )
    assert process.returncode == 1, process.stderr
    session_id = int(process.stdout.split()[0])
    with Store.open(path) as store:
        record = store.session(session_id)
        assert record.status == "active" and record.answered == 3 and record.correct == 3
        assert [a.question_id for a in store.answers(session_id)] == list(record.question_ids[:3])
        # the crashed session is offered for resuming, with every answer given, and carries on
        assert [r.id for r in store.resumable_sessions("ana")] == [session_id]
        resumed = StudySession.resume(store, store.resumable_sessions("ana")[0], [make_deck()], FakeClock())
        assert resumed.index == 3 and resumed.answered == 3 and resumed.score == 3
        assert resumed.current.id == record.question_ids[3]
        cards = [store.card("ana", "treaty", q) for q in record.question_ids]  # saved with the answers
        assert [card.reps if card else 0 for card in cards] == [1, 1, 1] + [0] * (len(record.question_ids) - 3)


# -- sessions over several decks -------------------------------------------------------------------


def other_deck() -> Deck:
    return Deck.model_validate({
        "deck": "other", "title": "Another deck", "sources": [{"id": "b", "file": "b.txt", "title": "B"}],
        "questions": [
            {"id": "where", "type": "true_false", "statement": "It rained.", "quote": "It rained.", "answer": True},
            {"id": "wind", "type": "true_false", "statement": "It blew.", "quote": "It blew.", "answer": False,
             "tags": ["weather"]},
        ],
    })


def test_a_session_over_several_decks_records_each_answers_deck(store: Store, deck: Deck, clock: FakeClock) -> None:
    other = other_deck()
    items = [(deck, deck.question("where")), (other, other.question("where")), (other, other.question("wind"))]
    session = StudySession.start_items(store, items, title="Review", mode="review", profile="ana", clock=clock)
    record = store.session(session.session_id)
    assert (record.deck_id, record.deck_title, record.mode) == ("*", "Review", "review")
    assert record.deck_ids == ("treaty", "other", "other") and record.question_ids == ("where", "where", "wind")
    assert session.current_deck is deck and session.deck_for("wind") is other
    first = session.answer("Geneva")
    assert first.deck_id == "treaty" and first.correct
    session.advance()
    assert session.current_deck is other
    assert session.presentation.options  # true/false options from the right deck
    assert session.answer(True).deck_id == "other"
    session.advance()
    session.skip()
    session.advance()
    session.finish()
    assert [(a.deck_id, a.question_id) for a in store.answers(session.session_id)] == [
        ("treaty", "where"), ("other", "where"), ("other", "wind")]
    assert store.card("ana", "other", "where").last_right and store.card("ana", "treaty", "where").last_right
    summary = Summary.from_session(session)
    assert (summary.deck_id, summary.deck_title, summary.score, summary.total) == ("*", "Review", 2, 3)
    assert summary.by_tag["weather"].answered == 1 and summary.missed_ids == ["wind"]  # tags from the other deck
    # the home screen: the multi-deck session is no deck's session, but both decks were studied now
    stats = store.deck_stats("ana")
    assert set(stats) == {"treaty", "other"} and stats["other"].sessions == 0
    assert stats["other"].last_studied == clock.now()


def test_items_from_one_deck_make_an_ordinary_deck_session(store: Store, deck: Deck, clock: FakeClock) -> None:
    items = [(deck, q) for q in deck.questions[:3]]
    session = StudySession.start_items(store, items, mode="mistakes", seed=3, shuffle=True, profile="ana", clock=clock)
    record = store.session(session.session_id)
    assert record.deck_id == "treaty" and record.deck_title == deck.title and record.mode == "mistakes"
    assert sorted(session.question_ids) == sorted(q.id for q in deck.questions[:3])
    assert session.deck is deck
    with pytest.raises(ValueError, match="no questions"):
        StudySession.start_items(store, [], profile="ana", clock=clock)
    StudySession.start(store, deck, seed=1, mode="read", profile="ana", clock=clock)  # 'read first' is a label
