"""Decks the app did not ship: broken ones show their error, text from decks is shown literally."""

from __future__ import annotations

from textual.geometry import Region
from textual.widgets import DataTable

from tests.ui.helpers import SIZE, SMALL, build_app, toasts, wait_home
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.quiz import QuizScreen

ARTICLE = " date 2025-01-02 A [bold]test[/bold] article\n\nBy Staff\n\nThe minister said \"[@click=app.quit]\" twice.\n"

MARKUP_DECK = """\
deck: markup
title: "[bold]Bold[/bold] and [@click=app.quit]click[/]"
sources:
  - id: a
    file: article.txt
    title: "[red]Title[/red]"
questions:
  - id: q1
    type: choice
    prompt: "Which is [b]literal[/b]?"
    quote: "[@click=app.quit]"
    answer: "[@click=app.quit]"
    choices: ["[@click=app.quit]", "[blink]no[/blink]"]
"""

BROKEN_DECK = """\
deck: broken
title: Broken
sources:
  - id: a
    file: article.txt
    title: T
questions:
  - id: q1
    type: choice
    prompt: P
    quote: "not in the article at all"
    answer: X
    choices: [X, Y]
"""


def write_decks(tmp_path):
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a-markup.yaml").write_text(MARKUP_DECK, encoding="utf-8")
    (folder / "b-broken.yaml").write_text(BROKEN_DECK, encoding="utf-8")
    return folder


async def test_broken_deck_shows_its_first_error_and_others_work(tmp_path):
    app = build_app(tmp_path, [write_decks(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count == 2
        assert str(table.get_row_at(1)[0]) == "⚠ b-broken.yaml"
        await pilot.press("down")
        await pilot.pause()
        detail = str(app.screen.query_one("#deck-detail").render())
        assert "b-broken.yaml:" in detail and "error" in detail and "quote" in detail
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen), "a broken deck does not start"
        await pilot.press("up", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


async def test_the_chosen_deck_stays_chosen_when_a_reload_lists_a_new_deck_before_it(tmp_path):
    """Rows are the deck files, not positions: after a reload the cursor and Enter still mean the same deck."""
    folder = write_decks(tmp_path)
    app = build_app(tmp_path, [folder])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        table = app.screen.query_one("#decks", DataTable)
        await pilot.press("down")  # b-broken.yaml
        (folder / "a0-new.yaml").write_text(MARKUP_DECK.replace("deck: markup", "deck: new"), encoding="utf-8")
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table.row_count == 3
        assert table.cursor_row == 2 and str(table.get_row_at(2)[0]) == "⚠ b-broken.yaml"
        await pilot.press("up", "enter")  # the new deck, loaded: it starts
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.session.deck.deck == "new"


async def test_the_deck_studied_is_the_one_under_the_cursor_in_whatever_order_the_app_holds_them(tmp_path):
    folder = write_decks(tmp_path)
    (folder / "geneva.txt").write_text((SMALL / "article.txt").read_text(encoding="utf-8"), encoding="utf-8")
    small = (SMALL / "deck.yaml").read_text(encoding="utf-8").replace("file: article.txt", "file: geneva.txt")
    (folder / "c-small.yaml").write_text(small, encoding="utf-8")
    app = build_app(tmp_path, [folder])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        assert [loaded.path.name for loaded in app.decks] == ["a-markup.yaml", "b-broken.yaml", "c-small.yaml"]
        app.use_decks(list(reversed(app.decks)))  # the rows are found by their file, not by position in this list
        await pilot.press("down", "down", "enter")  # the third row: the small deck
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.session.deck.deck == "small"


async def test_markup_in_decks_is_shown_literally(tmp_path):
    app = build_app(tmp_path, [write_decks(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        table = app.screen.query_one("#decks", DataTable)
        assert str(table.get_row_at(0)[0]) == "[bold]Bold[/bold] and [@click=app.quit]click[/]"
        await pilot.press("enter")
        await pilot.pause()
        quiz = app.screen
        assert "Which is [b]literal[/b]?" in str(quiz.query_one("#prompt").render())
        options = quiz.query_one("#answer")
        drawn = options.render_lines(Region(0, 0, *options.region.size))
        lines = ["".join(seg.text for seg in strip if not seg.control).strip(" ▊▎▔▁") for strip in drawn]
        labels = [line for line in lines if line]  # as drawn: the terminal shows the markup's characters
        assert sorted(labels) == ["1. [@click=app.quit]", "2. [blink]no[/blink]"] or sorted(labels) == [
            "1. [blink]no[/blink]",
            "2. [@click=app.quit]",
        ]
        index = [label[3:] for label in labels].index("[@click=app.quit]")
        await pilot.press(str(index + 1))
        await pilot.pause()
        await pilot.click("#feedback")
        await pilot.pause()
        assert app.is_running, "clicking deck text does not run actions"
        assert "✓ Right" in "\n".join(str(w.render()) for w in quiz.query("Static"))


async def test_enter_before_the_decks_are_verified_starts_once_they_are(tmp_path):
    from tests.ui.helpers import BUNDLED
    from trainer.deck.catalog import DeckEntry, write_catalog
    from trainer.deck.loader import load_decks

    app = build_app(tmp_path)
    write_catalog(app.settings.catalog, [DeckEntry.from_loaded(d) for d in load_decks([BUNDLED])])
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count == 1, "the catalog fills the list before the decks are loaded"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


async def test_notifications_show_deck_text_literally(tmp_path):
    folder = write_decks(tmp_path)
    broken = BROKEN_DECK.replace("answer: X", 'answer: "[/]"').replace("not in the article at all", "The minister said")
    (folder / "b-broken.yaml").write_text(broken, encoding="utf-8")
    app = build_app(tmp_path, [folder])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        await pilot.press("down", "enter")  # the broken deck: its first error is notified
        await pilot.pause()
        assert app.is_running
        messages = toasts(app)
        assert any("'[/]'" in message for message in messages), messages


async def test_scores_that_cannot_be_read_leave_the_decks_usable(tmp_path, monkeypatch):
    """Damage found while the app runs (after the start-up check): the list is drawn without scores, the
    student is told why, and the decks can still be studied."""
    from trainer.store import StoreError

    app = build_app(tmp_path)
    told: list[str] = []
    original_notify = app.notify

    def notify(message, **kwargs):
        told.append(message)
        return original_notify(message, **kwargs)

    def damaged(*args, **kwargs):
        raise StoreError(f"{app.store.path}: the score database is damaged (database disk image is malformed)")

    monkeypatch.setattr(app, "notify", notify)
    monkeypatch.setattr(app.store, "deck_stats", damaged)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count == 1
        assert any("could not be read" in text and "damaged" in text for text in told)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
