"""Screens that explain themselves: figures a student can trust, keys that fit, help, palette, reading.

The store is filled through its own API before the app opens, so no test plays 32 questions.
"""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Static

from tests.ui.helpers import BUNDLED, build_app, footer_drawn, toasts, wait_home
from trainer.deck.loader import load_decks
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.setup import SetupScreen
from trainer.ui.screens.source import SourceScreen
from trainer.ui.screens.stats import StatsScreen

SMALL = (80, 24)
DECK = load_decks([BUNDLED])[0].deck
QUESTIONS = [question.id for question in DECK.questions]


def texts(screen) -> str:
    return "\n".join(str(widget.render()) for widget in screen.query(Static))


def notified(app) -> list[str]:
    return toasts(app)


def play(app, question_ids: list[str], right: int, minutes: int, *, finish: bool = True) -> None:
    """A session of the bundled deck stored as if played ``minutes`` after the app's clock."""
    store = app.store
    now = app.clock.now() - dt.timedelta(hours=2) + dt.timedelta(minutes=minutes)
    sid = store.start_session(deck_id=DECK.deck, deck_title=DECK.title, mode="practice", seed=1,
                              question_ids=question_ids, profile="tester", now=now)
    for index, qid in enumerate(question_ids):
        ok = index < right
        store.record_answer(sid, deck_id=DECK.deck, question_id=qid, qtype="choice", response="x",
                            response_text="x", correct=ok, score=float(ok), skipped=False, elapsed_ms=3000, now=now)
    if finish:
        store.finish_session(sid, status="completed", now=now + dt.timedelta(minutes=1))


def row(app) -> list[str]:
    return [str(cell) for cell in app.screen.query_one("#decks", DataTable).get_row_at(0)]


async def test_last_and_best_count_whole_deck_sessions_and_say_what_the_latest_was(tmp_path):
    app = build_app(tmp_path)
    whole = f"{round(100 * (len(QUESTIONS) * 3 // 4) / len(QUESTIONS))}%"  # about 75%
    play(app, QUESTIONS, right=len(QUESTIONS) * 3 // 4, minutes=0)  # the whole deck
    play(app, QUESTIONS[:8], right=8, minutes=10)  # a retry: 100%
    play(app, QUESTIONS[:2], right=1, minutes=20)  # a 2-question filtered session: 50%
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        assert row(app)[2:4] == [whole, whole]
        detail = str(app.screen.query_one("#deck-detail").render())
        assert "Last and Best: whole-deck sessions (1)." in detail
        assert f"Latest: practice on 2 questions of {len(QUESTIONS)}, 50%" in detail


async def test_the_deck_list_fits_a_terminal_shrunk_after_launch(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        table = app.screen.query_one("#decks", DataTable)
        widths = sum(column.get_render_width(table) for column in table.columns.values())
        assert widths <= 60, "Due and Studied stay on screen"
        assert str(table.get_row_at(0)[0]).endswith("…")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert str(table.get_row_at(0)[0]) == DECK.title


async def test_a_deck_begun_and_left_is_not_called_not_studied(tmp_path):
    app = build_app(tmp_path)
    play(app, QUESTIONS, right=1, minutes=0, finish=False)  # begun, one answer, left: Studied says when
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        detail = str(app.screen.query_one("#deck-detail").render())
        assert "Not studied yet." not in detail
        assert "No session finished yet; 1 unfinished session (c continues)." in detail


async def test_a_deck_never_begun_says_not_studied_yet(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        assert "Not studied yet." in str(app.screen.query_one("#deck-detail").render())


async def test_every_home_key_fits_the_footer_at_80_columns(tmp_path):
    app = build_app(tmp_path)
    play(app, QUESTIONS, right=1, minutes=0, finish=False)  # an unfinished session: c shows
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        keys = await footer_drawn(pilot)
        shown = [key.description for key in keys]
        assert shown == ["Study", "New", "Review", "Mistakes", "Continue", "Stats", "History", "Reload", "Keys"]
        assert all(key.region.right <= 80 for key in keys), [(k.description, k.region) for k in keys]
        assert any(key.key_display == "s/S" for key in keys)


async def test_keys_that_find_nothing_say_why(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await wait_home(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        assert any("No mistakes yet: nothing in this deck has been answered" in m for m in notified(app))
        await pilot.press("c")
        await pilot.pause()
        assert any("No unfinished sessions to continue" in m for m in notified(app))
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Reloaded 1 deck." in notified(app)
        assert isinstance(app.screen, HomeScreen)


async def _palette_run(app, pilot, query: str, expected: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    palette = app.screen
    for _ in range(100):  # the palette searches in the background: wait for the hit
        await pilot.pause()
        options = palette.query_one("CommandList")
        if options.option_count and expected in str(options.get_option_at_index(0).prompt):
            break
    else:
        raise AssertionError(f"the palette never offered {expected!r}")
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_palette_offers_every_action_of_the_screen(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_home(app, pilot)
        await _palette_run(app, pilot, "statistics for all", "Statistics for all decks")
        assert isinstance(app.screen, StatsScreen) and app.screen.deck_id is None
        await pilot.press("escape")
        await pilot.pause()
        await _palette_run(app, pilot, "new session", "New session")
        assert isinstance(app.screen, SetupScreen)


async def test_palette_shows_a_deck_path_as_plain_text(tmp_path):
    from trainer.ui.palette import plain_help

    assert plain_help("decks/[bold]odd[/bold].yaml") == "decks/\\[bold]odd\\[/bold].yaml"
    assert plain_help("a\x1b]0;x\x07b") == "a␛]0;x␇b"


async def test_read_first_opens_at_the_title_and_counts_the_quotes(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        loaded = app.decks[0]
        items = [(DECK, question) for question in DECK.questions[:5]]
        app.read_first(loaded, items)
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, SourceScreen)
        body = reader.query_one("#source-body")
        assert body.scroll_y == 0, "the title and lead come first"
        meta = str(reader.query_one("#source-meta").render())
        assert ".txt" not in meta and "quotes: n" in meta
        count = len(reader.query(".quoted"))
        for number in range(1, count + 2):
            await pilot.press("n")
            await pilot.pause()
            expected = (number - 1) % count + 1
            assert f"quote {expected} of {count}" in str(reader.query_one("#source-meta").render())
            assert len(reader.query(".quoted.current")) == 1
        await pilot.press("p")
        await pilot.pause()
        assert f"quote {count} of {count}" in str(reader.query_one("#source-meta").render())
        keys = [key for key in reader.query("FooterKey") if key.display]
        assert [key.description for key in keys] == ["Back", "Start the quiz", "Next quote", "Previous", "Scroll",
                                                      "Keys"]
        assert all(key.region.right <= 80 for key in keys)


async def test_the_new_session_form_fits_80x24_and_uses_80x50(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, SetupScreen)
        box = form.query_one("#setup-box")
        assert box.max_scroll_y == 0, "no scrolling to reach the lists and Start"
        assert form.query_one("#setup-start").region.bottom <= 23
        tags = form.query_one("#setup-tags")
        await pilot.resize_terminal(80, 50)
        await pilot.pause()
        assert tags.size.height == tags.option_count, "every tag shows at 80x50"


async def test_ticks_and_modes_read_without_colour(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        types = form.query_one("#setup-types")
        types.select(types.get_option_at_index(1).value)
        await pilot.pause()
        lines = [types.render_line(y).text for y in range(2)]
        assert lines[0].startswith("▐ ▌") and lines[1].startswith("▐✓▌")
        modes = [str(button.render()) for button in form.query("ModeButton")]
        assert modes[0].startswith("▐●▌") and all(mode.startswith("▐ ▌") for mode in modes[1:])


async def test_history_leaves_out_sessions_without_an_answer(tmp_path):
    app = build_app(tmp_path)
    play(app, QUESTIONS[:3], right=0, minutes=0, finish=False)
    app.store.discard_session(app.store.resumable_sessions("tester")[0].id)
    empty = app.store.start_session(deck_id=DECK.deck, deck_title=DECK.title, mode="practice", seed=1,
                                    question_ids=QUESTIONS, profile="tester", now=app.clock.now())
    app.store.finish_session(empty, status="interrupted", now=app.clock.now())
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        await pilot.press("h")
        await pilot.pause()
        table = app.screen.query_one("#sessions", DataTable)
        assert [str(cell) for cell in table.get_row_at(0)][1:4] == [f"practice, 3 of {len(QUESTIONS)}", "discarded", "3/3"]
        assert table.row_count == 1
        assert "1 session left before the first answer not shown" in texts(app.screen)


async def test_the_palette_exports_a_deck_and_says_where(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=(100, 32), notifications=True) as pilot:
        await wait_home(app, pilot)
        await _palette_run(app, pilot, "export gift", "as Moodle GIFT")
        target = app.settings.data_dir / "exports" / f"{DECK.deck}.gift"
        assert "::" in target.read_text(encoding="utf-8")
        assert any(m.startswith("Exported\nWrote ") and str(target) in m for m in notified(app)), notified(app)


async def test_long_titles_end_in_an_ellipsis(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await wait_home(app, pilot)
        long_title = "A deck whose title goes on and on about New START, Russia, China and the United States in 2025"
        app.push_screen(StatsScreen(app.usable_decks(), None, long_title))
        await pilot.pause()
        line = app.screen.query_one("#stats-title").render_line(0).text
        assert line.rstrip().endswith("…") and len(line) <= 80
