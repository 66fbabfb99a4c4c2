"""The footers: keys mounted in their final style, and no rebuild when a screen's keys have not changed."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from tests.ui.helpers import SIZE, SMALL, build_app, wait_home
from trainer.ui.widgets.footer import TrainerFooter


async def test_the_footer_keeps_its_keys_when_the_bindings_shown_are_the_same(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        footer = app.screen.query_one(TrainerFooter)
        keys = list(footer.query(FooterKey))
        assert keys and not any(key.has_class("-compact") for key in keys)
        footer.bindings_changed(app.screen)  # announced, but nothing the footer shows has changed
        await pilot.pause()
        assert list(footer.query(FooterKey)) == keys
        await pilot.press("?")  # another screen's keys: its own footer shows them
        await pilot.press("escape")
        assert [key.key for key in app.screen.query_one(TrainerFooter).query(FooterKey)] == [key.key for key in keys]
