"""Session modes from the home screen: new session options, read first, review, mistakes, resume, discard."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tests.ui.helpers import (
    SIZE, SMALL, build_app, right_keys, right_response, send, toasts, wait_home, wrong_keys, wrong_response,
)
from trainer.ui.screens.confirm import ConfirmScreen
from trainer.ui.screens.exam import ExamScreen
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.screens.resume import ResumeScreen
from trainer.ui.screens.setup import SetupScreen
from trainer.ui.screens.source import SourceScreen


def _home_row(app) -> list[str]:
    return [str(cell) for cell in app.screen.query_one("#decks", DataTable).get_row_at(0)]


async def _play_some(app, pilot, wrong: int, right: int) -> list[str]:
    """Answer ``wrong`` questions wrong then ``right`` right, then leave; returns the ids missed."""
    await pilot.press("enter")
    await pilot.pause()
    session = app.screen.session
    missed = []
    for number in range(wrong + right):
        if number < wrong:
            missed.append(session.current.id)
            await send(pilot, [*wrong_keys(session), "enter"])
        else:
            await send(pilot, [*right_keys(session), "enter"])
    await send(pilot, ["escape", "y"])
    assert isinstance(app.screen, HomeScreen)
    return missed


def _seed_some(app, wrong: int, right: int) -> list[str]:
    """As ``_play_some``, through the session core before the app starts (playing and leaving through the screens
    is tested in ``test_mistakes_then_review_then_resume``); returns the ids missed."""
    from trainer.deck.loader import load_decks
    from trainer.study.session import StudySession

    deck = load_decks([SMALL])[0].deck
    session = StudySession.start(app.store, deck, seed=app.settings.seed, profile=app.settings.profile,
                                 clock=app.clock)
    missed = []
    for number in range(wrong + right):
        question = session.current
        if number < wrong:
            missed.append(question.id)
            session.answer(wrong_response(question, session.presentation))
        else:
            session.answer(right_response(question))
        session.advance()
    session.interrupt()
    return missed


async def test_new_session_with_a_count_and_a_type_filter(tmp_path):
    app = build_app(tmp_path)  # the bundled deck: several questions of one type, many quotes
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await send(pilot, ["n"])
        assert isinstance(app.screen, SetupScreen)
        app.screen.query_one("#setup-count", Input).value = "3"
        types = app.screen.query_one("#setup-types")
        types.select("number")
        await send(pilot, ["ctrl+s"])
        assert isinstance(app.screen, QuizScreen)
        session = app.screen.session
        assert session.total == 3 and {q.type for q in session.questions} == {"number"}


async def test_the_arrows_choose_the_mode_and_enter_starts_it(tmp_path):
    """↓ on the mode list chooses the mode it moves to (no Space needed); Enter starts that mode."""
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await send(pilot, ["n", "down", "down", "up"])
        buttons = app.screen.query_one("#setup-mode").query("RadioButton")
        assert [button.value for button in buttons] == [False, True, False, False, False]
        assert app.screen.query_one("#setup-time-row").display, "exam asks for its time limit"
        await send(pilot, ["up", "up"])  # past the first mode: the last one
        assert [button.value for button in buttons] == [False, False, False, False, True]
        await send(pilot, ["down", "down", "enter"])
        assert isinstance(app.screen, ExamScreen)


async def test_new_session_that_selects_nothing_says_so(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await send(pilot, ["n"])
        app.screen.query_one("#setup-count", Input).value = "0"
        await send(pilot, ["ctrl+s"])
        assert isinstance(app.screen, SetupScreen)
        assert "at least 1" in str(app.screen.query_one("#setup-error").render())
        await send(pilot, ["escape"])
        assert isinstance(app.screen, HomeScreen)


async def test_read_first_opens_the_article_then_the_quiz(tmp_path):
    app = build_app(tmp_path)  # the bundled deck: several questions of one type, many quotes
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await send(pilot, ["n"])
        app.screen.query_one("#setup-mode").query("RadioButton")[2].value = True
        await send(pilot, ["ctrl+s"])
        assert isinstance(app.screen, SourceScreen)
        assert len(app.screen.query(".quoted")) >= 5, "the deck's quotes are marked"
        await send(pilot, ["enter"])
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.session.mode == "read"


async def test_mistakes_then_review_then_resume(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        missed = await _play_some(app, pilot, wrong=2, right=1)
        row = _home_row(app)
        assert row[4] == "3", "all three answered questions are due again today"
        assert "1 unfinished session (c)" in str(app.screen.query_one("#home-status").render())

        await send(pilot, ["m"])
        assert isinstance(app.screen, QuizScreen)
        session = app.screen.session
        assert session.mode == "mistakes" and sorted(q.id for q in session.questions) == sorted(missed)
        for _ in missed:
            await send(pilot, [*right_keys(session), "enter"])
        await send(pilot, ["escape"])  # summary -> home
        assert isinstance(app.screen, HomeScreen)
        await send(pilot, ["m"])
        assert isinstance(app.screen, HomeScreen), "no mistakes left"

        await send(pilot, ["v"])
        assert isinstance(app.screen, QuizScreen) and app.screen.session.mode == "review"
        await send(pilot, ["escape"])  # nothing answered: leaves without asking
        if not isinstance(app.screen, HomeScreen):
            await send(pilot, ["y"])

        await send(pilot, ["c"])
        assert isinstance(app.screen, ResumeScreen)
        await send(pilot, ["enter"])
        assert isinstance(app.screen, QuizScreen)
        resumed = app.screen.session
        assert resumed.answered == 3 and f"question 4/{resumed.total}" in str(
            app.screen.query_one("#quiz-status").render()
        )


async def test_discard_an_unfinished_session(tmp_path):
    app = build_app(tmp_path, [SMALL])
    _seed_some(app, wrong=0, right=1)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await send(pilot, ["c"])
        assert isinstance(app.screen, ResumeScreen)
        session_id = app.screen.records[0].id
        await send(pilot, ["x"])
        assert isinstance(app.screen, ConfirmScreen), "discarding asks first"
        await send(pilot, ["n"])
        assert isinstance(app.screen, ResumeScreen) and app.store.session(session_id).status != "abandoned"
        await send(pilot, ["x", "y"])
        assert isinstance(app.screen, HomeScreen)
        assert app.store.session(session_id).status == "abandoned"
        assert app.store.resumable_sessions("tester") == []


async def test_the_new_session_form_refuses_what_it_cannot_use(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await send(pilot, ["n"])
        form = app.screen
        form.query_one("#setup-count", Input).value = "-"
        await send(pilot, ["ctrl+s"])
        assert app.screen is form and "whole number" in str(form.query_one("#setup-error").render())
        form.query_one("#setup-count", Input).value = ""
        form.query_one("#setup-mode").query("RadioButton")[1].value = True  # exam
        for minutes in (".", "1e999", "0"):
            form.query_one("#setup-minutes", Input).value = minutes
            await send(pilot, ["ctrl+s"])
            assert app.screen is form, minutes
            assert "time limit" in str(form.query_one("#setup-error").render())


async def test_continuing_a_session_whose_questions_are_gone_says_so(tmp_path):
    from trainer.deck.loader import load_deck
    from tests.ui.helpers import BUNDLED

    app = build_app(tmp_path, [SMALL])
    _seed_some(app, wrong=0, right=1)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        original = load_deck(next(BUNDLED.glob("*.yaml")))
        renamed = original.deck.model_copy(update={"deck": "another-deck"})
        app.decks = [original.__class__(original.path, renamed, original.articles, [])]  # the deck id changed
        await send(pilot, ["c", "enter"])
        assert app.is_running and not isinstance(app.screen, QuizScreen)
        assert any("discard" in message for message in toasts(app))


async def test_review_and_mistakes_from_the_new_session_form_take_a_count_and_filters(tmp_path):
    app = build_app(tmp_path, [SMALL])
    missed = _seed_some(app, wrong=3, right=1)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        deck = app.decks[0].deck
        await send(pilot, ["n"])
        app.screen.query_one("#setup-mode").query("RadioButton")[3].value = True  # review
        app.screen.query_one("#setup-count", Input).value = "2"
        await send(pilot, ["ctrl+s"])
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.session.mode == "review" and app.screen.session.total == 2
        await send(pilot, ["escape"])
        if not isinstance(app.screen, HomeScreen):
            await send(pilot, ["y"])

        kinds = {deck.question(question_id).type for question_id in missed}
        kind = sorted(kinds)[0]
        await send(pilot, ["n"])
        app.screen.query_one("#setup-mode").query("RadioButton")[4].value = True  # mistakes
        app.screen.query_one("#setup-types").select(kind)
        await send(pilot, ["ctrl+s"])
        assert isinstance(app.screen, QuizScreen) and app.screen.session.mode == "mistakes"
        asked = {question.id for question in app.screen.session.questions}
        assert asked == {q for q in missed if deck.question(q).type == kind}
