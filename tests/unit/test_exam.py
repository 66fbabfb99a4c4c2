"""Exams: deferred feedback, responses saved as they change, grading on submit, the time limit."""

from __future__ import annotations

import datetime as dt

import pytest

from study_deck import RIGHT, WRONG
from trainer.deck.model import Deck
from trainer.store import Store
from trainer.store import MULTI_DECK
from trainer.study.clock import FakeClock
from trainer.study.exam import GRACE_SECONDS, ExamSession, ExamTimeUp
from trainer.study.session import InvalidResponse, SessionStateError


def begin(store: Store, deck: Deck, clock: FakeClock, **kwargs) -> ExamSession:
    return ExamSession.start(store, deck, seed=9, profile="ana", clock=clock, **kwargs)


def position(exam: ExamSession, qid: str) -> int:
    return [q.id for q in exam.questions].index(qid)


def test_responses_are_saved_at_once_and_can_change_until_submitted(store: Store, deck: Deck, clock: FakeClock) -> None:
    exam = begin(store, deck, clock)
    where = position(exam, "where")
    exam.set_response(where, "Paris")
    assert store.exam_responses(exam.session_id)[("treaty", "where")][0] == "Paris"
    exam.set_response(where, "Geneva")
    assert exam.response(where) == "Geneva" and exam.answered_count == 1
    assert store.exam_responses(exam.session_id)[("treaty", "where")][0] == "Geneva"
    assert store.answers(exam.session_id) == []  # nothing graded before submitting
    with pytest.raises(InvalidResponse):
        exam.set_response(position(exam, "how-many"), "lots")
    exam.set_response(position(exam, "which"), {"Vienna", "Geneva"})
    exam.set_response(position(exam, "which"), None)  # cleared
    assert exam.answered_count == 1 and set(store.exam_responses(exam.session_id)) == {("treaty", "where")}
    with pytest.raises(IndexError):
        exam.set_response(99, "x")


def test_submit_grades_everything_and_updates_cards(store: Store, deck: Deck, clock: FakeClock) -> None:
    exam = begin(store, deck, clock)
    exam.show(position(exam, "where"))
    clock.advance(15)
    exam.set_response(position(exam, "where"), "Geneva")
    exam.show(position(exam, "signed"))
    clock.advance(4)
    exam.set_response(position(exam, "signed"), WRONG["signed"])
    exam.set_response(position(exam, "which"), ["Geneva"])
    exam.set_response(position(exam, "countries"), {"Vienna": "Austria"})  # an exam takes an incomplete match
    report = exam.submit()

    by_id = {r.question.id: r for r in report.results}
    assert [r.question.id for r in report.results] == [q.id for q in exam.questions]
    assert by_id["where"].correct and by_id["where"].quote == deck.question("where").quote
    assert not by_id["signed"].correct and by_id["signed"].right_answer
    assert 0 < by_id["which"].score < 1
    assert by_id["countries"].score == 0.5 and not by_id["countries"].correct
    assert by_id["countries"].response_text == "Geneva → —; Vienna → Austria"
    assert by_id["city"].skipped and by_id["city"].score == 0  # unanswered: skipped, wrong
    assert by_id["where"].citation == "An article"
    assert not report.timed_out
    summary = report.summary
    assert (summary.total, summary.answered, summary.skipped, summary.mode) == (7, 7, 3, "exam")
    assert summary.score == pytest.approx(1.5 + by_id["which"].score)

    record = store.session(exam.session_id)
    assert record.status == "completed" and record.answered == 7 and record.score == pytest.approx(summary.score)
    stored = {a.question_id: a for a in store.answers(exam.session_id)}
    assert stored["where"].elapsed_ms == 15_000 and stored["signed"].elapsed_ms == 4_000
    assert stored["city"].skipped and stored["city"].response is None
    assert store.exam_responses(exam.session_id) == {}
    assert store.card("ana", "treaty", "where").last_right  # type: ignore[union-attr]
    assert not store.card("ana", "treaty", "city").last_right  # type: ignore[union-attr]
    assert exam.submit() is report  # submitting again changes nothing
    with pytest.raises(SessionStateError):
        exam.set_response(0, "x")


def test_the_time_limit_submits_by_itself(store: Store, deck: Deck, clock: FakeClock) -> None:
    exam = begin(store, deck, clock, time_limit=600)
    assert exam.remaining() == 600 and not exam.expired
    exam.set_response(position(exam, "where"), "Geneva")
    clock.advance(599)
    assert exam.tick() is None and exam.remaining() == pytest.approx(1)
    clock.advance(2)
    assert exam.expired and exam.remaining() == 0
    exam.set_response(position(exam, "signed"), True)  # within the grace: what was on screen at the deadline
    clock.advance(GRACE_SECONDS)
    with pytest.raises(ExamTimeUp):
        exam.set_response(position(exam, "how-many"), "12")
    report = exam.tick()
    assert report is not None and report.timed_out and report.summary.score == 2
    record = store.session(exam.session_id)
    assert record.status == "completed"
    assert record.ended_at == exam.started_at + dt.timedelta(seconds=600)  # when the time ran out, not 1 s late
    assert exam.tick() is None  # reported once


def test_an_untimed_exam_never_expires(store: Store, deck: Deck, clock: FakeClock) -> None:
    exam = begin(store, deck, clock)
    clock.advance(10 * 86400)
    assert exam.remaining() is None and not exam.expired and exam.tick() is None


def test_resume_keeps_responses_and_the_time_left(store: Store, deck: Deck, clock: FakeClock) -> None:
    exam = begin(store, deck, clock, time_limit=900)
    exam.set_response(position(exam, "where"), "Geneva")
    exam.set_response(position(exam, "which"), {"Geneva", "Vienna"})
    clock.advance(100)
    exam.interrupt()
    assert [r.id for r in store.resumable_sessions("ana")] == [exam.session_id]
    clock.advance(200)  # the clock keeps running while the exam is closed

    record = store.resumable_sessions("ana")[0]
    assert record.time_limit == 900 and record.responses == 2
    again = ExamSession.resume(store, record, [deck], clock)
    assert again.remaining() == pytest.approx(600)
    assert [q.id for q in again.questions] == [q.id for q in exam.questions]
    assert again.presentation(0) == exam.presentation(0)  # shown as before
    assert again.response(position(again, "where")) == "Geneva" and again.answered_count == 2
    report = again.submit()
    assert report.summary.score == 2 and report.summary.session_id == exam.session_id
    assert store.resumable_sessions("ana") == []
    assert store.session(exam.session_id).ended_at == clock.now()  # handed in before the time ran out


def test_an_exam_that_ran_out_while_closed_is_dated_when_its_time_was_up(
    store: Store, deck: Deck, clock: FakeClock
) -> None:
    exam = begin(store, deck, clock, time_limit=60)
    exam.set_response(position(exam, "where"), RIGHT["where"])
    clock.advance(10)
    exam.interrupt()
    clock.advance(24 * 3600)
    again = ExamSession.resume(store, store.session(exam.session_id), [deck], clock)
    assert again.expired
    report = again.tick()
    deadline = exam.started_at + dt.timedelta(seconds=60)
    assert report is not None and report.timed_out and report.summary.duration == dt.timedelta(seconds=60)
    assert again.ended_at == store.session(exam.session_id).ended_at == deadline
    assert {a.answered_at for a in store.answers(exam.session_id)} == {deadline}
    card = store.card("ana", "treaty", "where")
    assert card is not None and card.last_review == deadline  # the review is dated in time for the scheduler


def test_an_exam_resumed_without_a_deleted_question_stores_the_score_it_shows(
    store: Store, deck: Deck, clock: FakeClock
) -> None:
    exam = begin(store, deck, clock)
    for qid in ("where", "signed"):
        exam.set_response(position(exam, qid), RIGHT[qid])
    exam.interrupt()
    kept = ("where", "signed", "city")
    edited = deck.model_copy(update={"questions": [q for q in deck.questions if q.id in kept]})
    again = ExamSession.resume(store, store.session(exam.session_id), [edited], clock)
    record = store.session(exam.session_id)
    assert record.total == again.total == 3 and set(record.question_ids) == set(kept)
    report = again.submit()
    record = store.session(exam.session_id)
    assert (report.summary.total, report.summary.score) == (record.total, record.score) == (3, 2)
    assert record.fraction == report.summary.fraction


def test_an_exam_over_several_decks(store: Store, deck: Deck, clock: FakeClock) -> None:
    other = Deck.model_validate({
        "deck": "other", "title": "Other", "sources": [{"id": "b", "file": "b.txt", "title": "B"}],
        "questions": [{"id": "where", "type": "true_false", "statement": "It rained.", "quote": "It rained.",
                       "answer": True}],
    })
    items = [(deck, deck.question("where")), (other, other.question("where"))]
    exam = ExamSession.start(store, items, seed=1, profile="ana", clock=clock, title="Mixed")  # type: ignore[arg-type]
    exam.set_response(0, RIGHT["where"])
    exam.set_response(1, True)
    assert exam.deck_for("where") is deck
    report = exam.submit()
    assert [r.deck.deck for r in report.results] == ["treaty", "other"] and report.summary.score == 2
    record = store.session(exam.session_id)
    assert record.deck_id == MULTI_DECK and record.deck_title == "Mixed" and record.deck_ids == ("treaty", "other")
    assert {(a.deck_id, a.question_id) for a in store.answers(exam.session_id)} == {("treaty", "where"),
                                                                                 ("other", "where")}


def test_an_abandoned_exam_is_never_graded_nor_offered(store: Store, deck: Deck, clock: FakeClock) -> None:
    exam = begin(store, deck, clock)
    exam.set_response(0, RIGHT[exam.questions[0].id])
    exam.abandon()
    assert store.session(exam.session_id).status == "abandoned"
    assert store.resumable_sessions("ana") == [] and store.answers(exam.session_id) == []
    with pytest.raises(SessionStateError):
        exam.submit()
