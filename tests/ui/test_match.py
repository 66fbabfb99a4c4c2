"""Match questions in the real app: the keyboard widget in practice and in an exam, at 80x24, and keys in a burst."""

from __future__ import annotations

from tests.ui.helpers import build_app, match_keys, send, wait_home
from trainer.study.exam import ExamSession
from trainer.ui.screens.exam import ExamScreen
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.widgets.match import MatchAnswer

SIZE = (80, 24)


def screen_text(app) -> str:
    return "\n".join(str(widget.render()) for widget in app.screen.query("Static"))


def bundled(app, *ids: str) -> list:
    deck = app.decks[0].deck
    return [(deck, deck.question(question_id)) for question_id in ids]


async def practice(app, pilot, *ids: str) -> QuizScreen:
    await wait_home(app, pilot)
    app.start_items(bundled(app, *ids), title="Match", mode="practice", shuffle=False)
    await pilot.pause()
    assert isinstance(app.screen, QuizScreen)
    return app.screen


async def test_number_keys_give_each_item_a_partner_and_enter_grades_it(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await practice(app, pilot, "arsenals-match")
        session = quiz.session
        presentation = session.presentation
        widget = app.screen.query_one(MatchAnswer)
        assert app.focused is widget
        text = str(widget.render())
        for item in ("Russia", "US", "China", "5,459", "5,177", "about 600", "about 1,550"):
            assert item in text
        # Russia and US swapped, China right: one of three
        await send(pilot, match_keys(presentation, ["5,177", "5,459", "about 600"]))
        assert "◐ Partly right" in screen_text(app)
        assert "1 of 3 matched right" in screen_text(app)
        assert "Russia → 5,459; US → 5,177; China → about 600" in screen_text(app)  # the right answer
        [stored] = app.store.answers(session.session_id)
        assert stored.response == {"Russia": "5,177", "US": "5,459", "China": "about 600"}
        assert stored.score == 1 / 3


async def test_enter_before_every_item_has_a_partner_asks_again(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await practice(app, pilot, "arsenals-match")
        options = quiz.session.presentation.options
        await send(pilot, [str(options.index("5,459") + 1), "enter"])
        assert "⚠ Choose a partner for every item: 'US' and 1 more have none yet." in screen_text(app)
        assert quiz.session.answered == 0 and app.focused is app.screen.query_one(MatchAnswer)
        # the cursor moved on to US: finish the answer from there
        await send(pilot, [str(options.index("5,177") + 1), str(options.index("about 600") + 1), "enter"])
        assert "✓ Right" in screen_text(app)


async def test_arrows_cycle_a_partner_and_backspace_clears_it(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await practice(app, pilot, "arsenals-match")
        options = quiz.session.presentation.options
        widget = app.screen.query_one(MatchAnswer)
        await send(pilot, ["right"])
        assert widget.response() == {"Russia": options[0]}
        await send(pilot, ["left", "left"])
        assert widget.response() == {"Russia": options[-2]}
        await send(pilot, ["down", "down", "down", "right", "up", "backspace"])  # the cursor stops at the last item
        assert widget.response() == {"Russia": options[-2], "China": options[0]}
        await send(pilot, ["up", "left"])
        assert widget.response() == {"Russia": options[-3], "China": options[0]}


async def test_the_whole_question_fits_80x24_without_scrolling(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await practice(app, pilot, "arsenals-match")
        widget = app.screen.query_one(MatchAnswer)
        body = app.screen.query_one("#quiz-body")
        assert widget.region.height >= 3 + 2 + 4  # three items, a heading, four partners
        assert body.region.contains_region(widget.region), (widget.region, body.region)
        assert app.screen.query_one("#hint").region.bottom <= body.region.bottom


async def test_partners_enter_and_the_next_question_in_one_terminal_burst(tmp_path):
    """Keys written to the app at once, as a terminal delivers type-ahead: each lands on the widget it was meant for."""
    from tests.ui.keys_deck import write_deck
    from tests.ui.test_keys import burst, quiz_on, stored

    app = build_app(tmp_path, [write_deck(tmp_path / "decks")])
    async with app.run_test(size=SIZE) as pilot:
        quiz = await quiz_on(app, pilot, "arsenals-match", "treaty-expires")
        options = quiz.session.presentation.options
        right = [str(options.index(p) + 1) for p in ("5,459", "5,177", "about 600")]
        # a slip corrected by Backspace and arrows, Enter, Enter to the next question, its answer
        await burst(pilot, right[0], "4" if right[1] != "4" else "3", "up", "backspace", "down", "up", right[1], right[2],
                    "enter", "enter", "1")
        answers = stored(app, quiz)
        assert answers[0] == {"Russia": "5,459", "the US": "5,177", "China": "about 600"}
        assert len(answers) == 2 and isinstance(answers[1], bool)


async def test_keys_pressed_one_after_another_land_in_order(tmp_path):
    """The partners, then Enter, then Enter for the next question, all pressed before any is handled."""
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await practice(app, pilot, "arsenals-match", "officials-posts")
        session = quiz.session
        first = session.presentation
        keys = match_keys(first, ["5,459", "5,177", "about 600"])
        await pilot.press(*keys, "enter")
        await pilot.pause()
        assert session.outcomes[0].correct and session.current.id == "officials-posts"
        second = session.presentation
        keys = match_keys(second, ["Russian President", "Russian Foreign Minister"])  # swapped
        await pilot.press(*keys)
        await pilot.pause()
        assert session.outcomes[1].score == 0 and session.outcomes[1].response == {
            "Sergey Lavrov": "Russian President", "Vladimir Putin": "Russian Foreign Minister",
        }


async def test_an_exam_keeps_an_unconfirmed_partial_match_and_restores_it(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        app.start_exam(bundled(app, "arsenals-match", "officials-posts"), time_limit=None, title="Match exam")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExamScreen)
        exam = screen.session
        index = exam.questions.index(next(q for q in exam.questions if q.id == "arsenals-match"))
        if screen.index != index:
            await send(pilot, ["pagedown"])
        options = exam.presentation(index).options
        await send(pilot, [str(options.index("5,459") + 1), "pagedown"])  # one partner, never confirmed
        assert exam.response(index) == {"Russia": "5,459"}
        await send(pilot, ["pageup"])
        assert screen.index == index
        assert "Saved answer: Russia → 5,459; US → —; China → —" in screen_text(app)
        assert screen.query_one(MatchAnswer).response() == {"Russia": "5,459"}

        await send(pilot, ["escape", "y"])  # leave: resumable
        assert isinstance(app.screen, HomeScreen)
        record = app.store.resumable_sessions("tester")[0]
        app.resume_exam(ExamSession.resume(app.store, record, app.usable_decks(), app.clock))
        await pilot.pause()
        resumed = app.screen
        if resumed.index != index:
            await send(pilot, ["pagedown"])
        assert resumed.query_one(MatchAnswer).response() == {"Russia": "5,459"}
        await send(pilot, ["ctrl+s", "y"])
        report = resumed.session.report
        result = next(r for r in report.results if r.question.id == "arsenals-match")
        assert result.score == 1 / 3 and not result.skipped


async def _match_on_screen(pilot) -> None:
    app = pilot.app
    await wait_home(app, pilot)
    app.start_items(bundled(app, "arsenals-match"), title="Match", mode="practice", shuffle=False)
    await pilot.pause()
    options = app.screen.session.presentation.options
    await send(pilot, [str(options.index("5,177") + 1)])  # Russia given a partner, the cursor on US


def test_match_question_snapshot(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_match_on_screen)
