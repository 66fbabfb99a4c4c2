"""With no deck anywhere, the home screen names the folder it scans and the commands that make a deck."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import SIZE, build_app, wait_home


async def test_no_decks_names_the_user_folder_and_the_commands(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = build_app(tmp_path, [empty])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        status = str(app.screen.query_one("#home-status").render())
        assert "No decks found" in status
        assert str(tmp_path / "data" / "decks") in status.replace("\n", "")
        assert "trainer draft" in status and "trainer import" in status
