"""Play the bundled deck in the real app, with Pilot, and check what the student sees and what the store holds."""

from __future__ import annotations

import asyncio

from textual.widgets import DataTable, Input

from tests.ui.helpers import SIZE, SMALL, build_app, comes_true, right_keys, send, wait_home, wrong_keys
from trainer.ui.screens.confirm import ConfirmScreen
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.screens.source import SourceScreen
from trainer.ui.screens.summary import SummaryScreen


def screen_text(app) -> str:
    """Everything the current screen shows, as plain text."""
    return "\n".join(str(widget.render()) for widget in app.screen.query("Static"))


async def start_bundled(app, pilot) -> QuizScreen:
    await wait_home(app, pilot)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, QuizScreen)
    return app.screen


async def start_bundled_from_home(app, pilot) -> QuizScreen:
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, QuizScreen)
    return app.screen


async def answer(pilot, keys: list) -> None:
    await send(pilot, keys)


async def test_home_lists_the_bundled_deck(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count == 1
        row = [str(cell) for cell in table.get_row_at(0)]
        deck = app.decks[0].deck
        assert row[0] == deck.title
        assert row[1] == str(len(deck.questions))
        assert row[4] == "—", "nothing due yet"
        assert row[5] == "never"


async def test_play_every_question_right_then_summary_and_store(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        quiz = await start_bundled(app, pilot)
        session = quiz.session
        total = session.total
        seen_types = set()
        for number in range(total):
            assert f"question {number + 1}/{total}" in screen_text(app)
            seen_types.add(session.current.type)
            await answer(pilot, right_keys(session))
            text = screen_text(app)
            assert "✓ Right" in text, (session.current, text)
            assert session.outcomes[-1].question.quote.strip("“”\"")[:20] in text
            await answer(pilot, ["enter"])
        assert len(seen_types) == 9
        assert isinstance(app.screen, SummaryScreen)
        assert f"Score {total} / {total} (100%)" in screen_text(app)
        assert "Nothing missed" in screen_text(app)
        stored = app.store.answers(session.session_id)
        assert len(stored) == total and all(a.correct for a in stored)
        assert app.store.session(session.session_id).status == "completed"
        await answer(pilot, ["escape"])
        assert isinstance(app.screen, HomeScreen)
        row = [str(cell) for cell in app.screen.query_one("#decks", DataTable).get_row_at(0)]
        assert row[2] == "100%" and row[3] == "100%"


async def test_wrong_answer_and_skip_show_the_right_answer_and_quote(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        quiz = await start_bundled(app, pilot)
        session = quiz.session
        first = session.current
        await answer(pilot, wrong_keys(session))
        text = screen_text(app)
        assert "✗ Wrong" in text or "◐ Partly right" in text
        assert "Right answer:" in text and "Your answer:" in text
        assert first.quote.strip("“”\"")[:20] in text
        await answer(pilot, ["enter"])
        second = session.current
        await answer(pilot, ["ctrl+s"])
        assert "↷ Skipped" in screen_text(app)
        stored = app.store.answers(session.session_id)
        assert [a.question_id for a in stored] == [first.id, second.id]
        assert not stored[0].correct and stored[1].skipped and stored[1].score == 0


async def test_invalid_typed_answer_asks_again(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        quiz = await start_bundled(app, pilot)
        session = quiz.session
        while session.presentation.kind != "typed" or session.current.type not in ("number", "date"):
            await answer(pilot, ["ctrl+s", "enter"])
        before = session.answered
        await answer(pilot, [*"not a figure", "enter"])
        assert session.answered == before
        assert "⚠" in str(app.screen.query_one("#hint").render())
        assert isinstance(app.focused, Input)


async def test_leave_asks_and_keeps_answers(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        quiz = await start_bundled(app, pilot)
        session = quiz.session
        await answer(pilot, right_keys(session))
        await answer(pilot, ["enter", "escape"])
        assert isinstance(app.screen, ConfirmScreen)
        await answer(pilot, ["n"])
        assert app.screen is quiz
        await answer(pilot, ["escape", "y"])
        assert isinstance(app.screen, HomeScreen)
        record = app.store.session(session.session_id)
        assert record.status == "interrupted" and record.answered == 1
        assert [r.id for r in app.store.resumable_sessions("tester")] == [session.session_id]


async def test_quit_mid_session_confirms(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        quiz = await start_bundled(app, pilot)
        await answer(pilot, right_keys(quiz.session))
        await answer(pilot, ["ctrl+q"])
        assert isinstance(app.screen, ConfirmScreen)
        await answer(pilot, ["y"])
    assert app.return_code == 0
    assert app.store.session(quiz.session.session_id).answered == 1


async def test_source_reader_highlights_the_quote(tmp_path):
    app = build_app(tmp_path)
    # A short terminal, so the quote stands below the first screenful of the article.
    async with app.run_test(size=(100, 18)) as pilot:
        quiz = await start_bundled(app, pilot)
        question = quiz.session.current
        await answer(pilot, right_keys(quiz.session))
        await answer(pilot, ["s"])
        assert isinstance(app.screen, SourceScreen)
        quoted = list(app.screen.query(".quoted"))
        assert quoted, "the paragraph holding the quote is marked"
        words = question.quote.strip("“”\"").split()[:3]
        assert " ".join(words).replace("’", "'") in str(quoted[0].render()).replace("’", "'")
        await pilot.pause()
        body = app.screen.query_one("#source-body")
        # The reader opens scrolled so that the quote is on screen, wherever it stands in the article.
        assert body.region.overlaps(quoted[0].region), (body.region, quoted[0].region, body.scroll_offset)
        await answer(pilot, ["escape"])
        assert app.screen is quiz


async def test_summary_retry_missed_asks_only_the_missed(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        quiz = await start_bundled(app, pilot)
        session = quiz.session
        missed = []
        for number in range(session.total):
            if number < 3:
                missed.append(session.current.id)
                await answer(pilot, [*wrong_keys(session), "enter"])
            else:
                await answer(pilot, [*right_keys(session), "enter"])
        assert isinstance(app.screen, SummaryScreen)
        assert "Missed (3)" in screen_text(app)
        await answer(pilot, ["r"])
        assert isinstance(app.screen, QuizScreen)
        retry = app.screen.session
        assert retry.total == 3 and retry is not session
        assert {q.id for q in retry.questions} == set(missed)


async def test_history_lists_past_sessions(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        quiz = await start_bundled(app, pilot)
        await answer(pilot, right_keys(quiz.session))
        await answer(pilot, ["enter", "escape", "y", "h"])
        table = app.screen.query_one("#sessions", DataTable)
        assert table.row_count == 1
        assert [str(cell) for cell in table.get_row_at(0)][1:4] == ["practice", "left early", f"1/{quiz.session.total}"]
        await answer(pilot, ["enter"])
        assert isinstance(app.screen, SummaryScreen)


async def test_help_shows_this_screens_keys_in_words(tmp_path):
    from trainer.ui.screens.help import HelpScreen

    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await answer(pilot, ["question_mark"])
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "Keys · Home" in text
        assert "mistakes: this deck's questions you last answered wrong" in text
        assert "statistics for this deck / for all decks" in text
        assert "Page Left" not in text and "Cursor left" not in text  # not Textual's generic list
        await answer(pilot, ["question_mark"])
        assert isinstance(app.screen, HomeScreen)
        quiz = await start_bundled_from_home(app, pilot)
        await answer(pilot, ["f1"])  # F1 works where ? would be typed into an answer
        assert isinstance(app.screen, HelpScreen) and "Keys · Question" in screen_text(app)
        await answer(pilot, ["escape"])
        assert app.screen is quiz


async def test_command_palette_opens_a_deck(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await answer(pilot, ["ctrl+p"])
        await pilot.press(*"Study: New")
        palette = app.screen
        for _ in range(100):  # the palette searches in the background: wait for our hit, not for a fixed time
            await pilot.pause()
            options = palette.query_one("CommandList")
            if options.option_count and "Study: New START" in str(options.get_option_at_index(0).prompt):
                break
        else:
            raise AssertionError("the palette never offered the deck")
        await answer(pilot, ["enter"])
        assert isinstance(app.screen, QuizScreen)


async def test_a_database_held_by_another_program_shows_saving_and_keeps_every_answer(tmp_path, monkeypatch):
    import sqlite3

    import trainer.store.connection as db_module

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 20)
    monkeypatch.setattr(QuizScreen, "SAVING_AFTER", 0.05)  # not a 100 Hz poll that keeps Pilot from seeing the app idle
    app = build_app(tmp_path, [SMALL])
    app.writer._retry_after = 0.02
    async with app.run_test(size=SIZE) as pilot:
        quiz = await start_bundled(app, pilot)
        session = quiz.session
        blocker = sqlite3.connect(app.settings.database, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            await answer(pilot, right_keys(session))
            assert "✓ Right" in screen_text(app)  # the feedback does not wait for the disk
            assert await comes_true(pilot, lambda: "saving…" in str(quiz.query_one("#quiz-status").render()))
            await answer(pilot, ["enter"])  # the student keeps control: on to the next question
            await answer(pilot, wrong_keys(session))
            assert "✗ Wrong" in screen_text(app)
            assert app.store.answers(session.session_id) == []
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert await asyncio.to_thread(app.writer.flush, 5)
        assert await comes_true(pilot, lambda: "saving…" not in str(quiz.query_one("#quiz-status").render()))
        stored = app.store.answers(session.session_id)
        assert [answer.correct for answer in stored] == [True, False]  # both, in order, nothing lost
