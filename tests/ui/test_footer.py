"""The footers: keys mounted in their final style, and no rebuild when a screen's keys have not changed."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from tests.ui.helpers import SIZE, SMALL, build_app, wait_home
from trainer.ui.widgets.footer import KeysLine, TrainerFooter


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


async def test_the_quiz_footer_is_one_line_of_its_keys_dims_those_not_offered_and_runs_a_clicked_one(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        footer = screen.query_one(KeysLine)
        assert not footer.children  # one widget, not a widget per key
        assert footer.render().plain.startswith("esc Leave ^s Skip ")
        assert footer.is_enabled("skip") is True
        await pilot.click(KeysLine, offset=(footer.render().plain.index("^s") + 1, 0))  # ^s Skip, clicked
        await pilot.pause()
        assert screen.outcome is not None and screen.outcome.skipped
        assert [footer.is_enabled(action) for action in ("skip", "next")] == [False, True]
        line = footer.render()
        skip = [span for span in line.spans if "Skip" in line.plain[span.start:span.end]]
        assert skip and all(span.style.dim for span in skip)  # shown, dimmed: not offered after an answer
        await pilot.click(KeysLine, offset=(footer.render().plain.index("^s") + 1, 0))  # not offered now: nothing
        await pilot.click(KeysLine, offset=(footer.render().plain.index("n Next") + 2, 0))
        await pilot.pause()
        assert screen.outcome is None and screen.session.index == 1  # the next question, once
