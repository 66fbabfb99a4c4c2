"""Text from a deck never reaches the terminal as an escape sequence, and is never read as markup."""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.geometry import Region
from textual.widgets import Static

from tests.ui.helpers import SIZE, build_app, wait_home
from tests.ui.hostile_deck import write_hostile_deck
from trainer.textsafe import has_control
from trainer.ui.format import ControlFilter, markup_literal, plain
from trainer.ui.screens.quiz import QuizScreen


def drawn_text(screen) -> list[str]:
    """Every line of text the screen's widgets would send to the terminal (line filters applied)."""
    texts = []
    for widget in screen.query("*"):
        if not widget.display or not widget.region.area:
            continue
        for strip in widget.render_lines(Region(0, 0, *widget.region.size)):
            texts.append("".join(segment.text for segment in strip if not segment.control))
    return texts


def test_plain_shows_control_characters_and_no_markup():
    content = plain("a\x1b]0;t\x07 [b]x[/b]")
    assert content.plain == "a␛]0;t␇ [b]x[/b]"


def test_markup_literal_survives_the_palettes_markup_parser():
    from textual.content import Content

    for path in ["/d/[@click=app.quit]x/[b]y.yaml", "a\\[b]c", "[[b]]", "x\\", "\x1b[2J"]:
        assert Content.from_markup(markup_literal(path)).plain == path.replace("\x1b", "␛")


def test_the_control_filter_drops_what_slipped_through_and_keeps_the_rest():
    segments = [Segment("ok "), Segment("\x1b]0;x\x07y"), Segment("\x1b[?25l", control=[(1,)])]
    filtered = ControlFilter().apply(segments, Color(0, 0, 0))
    assert [s.text for s in filtered] == ["ok ", "]0;xy", "\x1b[?25l"]  # Textual's own control segments untouched


async def test_escape_sequences_in_a_deck_are_shown_never_sent(tmp_path):
    app = build_app(tmp_path, [write_hostile_deck(tmp_path / "decks")])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        assert not any(has_control(text) for text in drawn_text(app.screen))
        await pilot.press("enter")
        await pilot.pause()
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        assert "␛]0;pwned␇ ␛[2J" in str(quiz.query_one("#prompt", Static).render())
        assert not any(has_control(text) for text in drawn_text(quiz))
        await pilot.press("1")
        await pilot.pause()
        shown = "\n".join(drawn_text(quiz))
        assert "␛]0;pwned␇ [@click=app.quit]here\\x9b." in shown  # markup shown, not run: the app is still here
        assert "Council ␛[31m red" in shown
        assert not any(has_control(text) for text in drawn_text(quiz))
        assert app.return_code is None


async def test_the_palette_shows_a_deck_path_with_markup_in_it_literally(tmp_path):
    folder = tmp_path / "[@click=app.quit]decks"
    app = build_app(tmp_path, [write_hostile_deck(folder)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Hostile")
        palette = app.screen
        for _ in range(100):  # the palette searches in the background: wait for our hit
            await pilot.pause()
            options = palette.query_one("CommandList")
            if options.option_count:
                break
        shown = str(options.get_option_at_index(0).prompt)  # the title, then the help line with the path
        assert "[@click=app.quit]decks" in shown and "␛]0;pwned␇" in shown
        assert app.return_code is None
