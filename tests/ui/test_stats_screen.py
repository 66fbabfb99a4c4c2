"""The statistics screen, drawn from a store filled by playing a small deck of every type through the session core."""

from __future__ import annotations

from tests.ui.helpers import SIZE, SMALL, build_app, play_in_core, wait_home
from trainer.ui.screens.stats import StatsScreen


def _text(screen) -> str:
    return "\n".join(str(widget.render()) for widget in screen.query("Static"))


async def test_stats_after_a_session(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_home(app, pilot)
        session = play_in_core(app, wrong=2)  # played through the session core: the quiz screen has tests of its own
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        text = _text(app.screen)
        total = session.total
        assert f"1 session (1 finished) · {total} answers" in text
        for section in ("Score by session (last 1)", "Study days", "Reviews due", "Mastery by type", "Most missed"):
            assert section in text, section
        await pilot.press("escape")
        await pilot.press("S")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Statistics · all decks" in _text(app.screen)


async def test_stats_with_no_answers(tmp_path):
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "No answers yet" in _text(app.screen)
