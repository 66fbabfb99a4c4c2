"""How the main screens look at 80x24 (the smallest size trainer supports). Update with --snapshot-update."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.helpers import build_app, right_keys, send

SIZE = (80, 24)


async def _home_ready(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _first_question(pilot) -> None:
    await _home_ready(pilot)
    await pilot.press("enter")
    await pilot.pause()


async def _first_feedback(pilot) -> None:
    await _first_question(pilot)
    await send(pilot, right_keys(pilot.app.screen.session))


async def _source_reader(pilot) -> None:
    await _first_feedback(pilot)
    await pilot.press("s")
    await pilot.pause()


def test_home(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_home_ready)


def test_question(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_first_question)


def test_feedback(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_first_feedback)


def test_source_reader(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_source_reader)


def _studied(tmp_path):
    """The bundled deck with one whole session (3 missed) and one short retry stored, as if played earlier."""
    app = build_app(tmp_path)
    from trainer.deck.loader import load_decks
    from tests.ui.helpers import BUNDLED

    deck = load_decks([BUNDLED])[0].deck
    now = app.clock.now() - dt.timedelta(hours=3)
    for minutes, questions, wrong in ((0, deck.questions, 3), (40, deck.questions[:3], 1)):
        started = now + dt.timedelta(minutes=minutes)
        sid = app.store.start_session(deck_id=deck.deck, deck_title=deck.title, mode="practice", seed=1,
                                      question_ids=[q.id for q in questions], profile="tester", now=started)
        for index, question in enumerate(questions):
            ok = index >= wrong
            app.store.record_answer(sid, deck_id=deck.deck, question_id=question.id, qtype=question.type,
                                    response="x", response_text="x", correct=ok, score=float(ok), skipped=False,
                                    elapsed_ms=4000, now=started + dt.timedelta(seconds=20 * index))
        app.store.finish_session(sid, status="completed", now=started + dt.timedelta(minutes=12))
    return app


async def _history_summary(pilot) -> None:
    await _home_ready(pilot)
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("down", "enter")  # the older, whole-deck session
    await pilot.pause()


async def _statistics(pilot) -> None:
    await _home_ready(pilot)
    await pilot.press("s")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _new_session(pilot) -> None:
    await _home_ready(pilot)
    await pilot.press("n")
    await pilot.pause()


async def _help(pilot) -> None:
    await _home_ready(pilot)
    await pilot.press("question_mark")
    await pilot.pause()


def test_home_studied(snap_compare, tmp_path):
    assert snap_compare(_studied(tmp_path), terminal_size=SIZE, run_before=_home_ready)


def test_summary(snap_compare, tmp_path):
    assert snap_compare(_studied(tmp_path), terminal_size=SIZE, run_before=_history_summary)


def test_statistics(snap_compare, tmp_path):
    assert snap_compare(_studied(tmp_path), terminal_size=SIZE, run_before=_statistics)


def test_new_session_form(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_new_session)


def test_help(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_help)


QUESTION_TYPES = ("who_said", "choice", "multi", "true_false", "number", "date", "text", "order", "match")


def _question_of_type(qtype: str):
    """Practice the small deck (one question of every type) with the questions before the ``qtype`` one answered
    right, through the session core (their keys are tested elsewhere), then the ``qtype`` question put on screen."""

    async def run_before(pilot) -> None:
        from tests.ui.helpers import right_response

        await _first_question(pilot)
        quiz = pilot.app.screen
        session = quiz.session
        for _ in range(session.total):
            if session.current.type == qtype:
                await quiz.show_question()
                await pilot.pause()
                return
            session.answer(right_response(session.current))
            session.advance()
        raise AssertionError(f"the small deck has no {qtype} question")

    return run_before


@pytest.mark.parametrize("qtype", QUESTION_TYPES)
def test_question_of_each_type(snap_compare, tmp_path, qtype):
    """Each question type as the student first sees it, at 80x24: nothing cut, state not told by colour alone."""
    from tests.ui.helpers import SMALL

    assert snap_compare(build_app(tmp_path, [SMALL]), terminal_size=SIZE, run_before=_question_of_type(qtype))
