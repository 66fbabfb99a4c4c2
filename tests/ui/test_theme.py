"""The chosen theme is kept after a restart, and ANSI themes keep the highlighted option readable."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable

from tests.ui.helpers import SIZE, build_app, wait_home
from trainer.settings import PREFERENCES_FILE


async def test_the_theme_survives_a_restart(tmp_path: Path) -> None:
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        app.theme = "nord"
        await pilot.pause()
    assert json.loads((tmp_path / "data" / PREFERENCES_FILE).read_text())["theme"] == "nord"
    again = build_app(tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await wait_home(again, pilot)
        assert again.theme == "nord"


async def test_a_broken_or_unknown_saved_theme_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / PREFERENCES_FILE).write_text('{"theme": "no-such-theme"}')
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        assert app.theme == "textual-dark"
    (tmp_path / "data" / PREFERENCES_FILE).write_text("not json")
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        assert app.theme == "textual-dark"


async def test_ansi_light_highlights_in_reverse_video(tmp_path: Path) -> None:
    """Reverse video uses the terminal's own colours, so the highlight is readable in any palette."""
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "ansi-light"
        await wait_home(app, pilot)
        cursor = app.screen.query_one(DataTable).get_component_rich_style("datatable--cursor")
        assert cursor.reverse and (cursor.color is None or cursor.color.is_default)
        await pilot.press("enter")
        await pilot.pause()
        answer = app.focused
        highlighted = answer.get_component_rich_style("option-list--option-highlighted")
        assert highlighted.reverse and (highlighted.color is None or highlighted.color.is_default)
