"""Lines drawn ahead or kept from the last frame look exactly as Textual draws them fresh.

The quiz draws the next question's prompt, hint and status line (with their padding and colours) while the
feedback is read, and widgets that did not change hand the compositor the lines of the last frame
(trainer.ui.frames.KeptLines). Whatever the terminal's width, every question of every type must then show the
same cells and styles as when each widget is drawn from scratch (wide, and narrow enough for the body's scroll bar to
change the text's width).
"""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widget import Widget

from tests.ui.helpers import SMALL, build_app, right_keys, send, wait_home
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.widgets.question import DrawnText


def shown_and_fresh(screen) -> list[tuple[str, list, list]]:
    """For each widget on screen: its lines as the next frame gets them, and as Textual draws them from scratch."""
    pairs = []
    for widget in screen.walk_children(with_self=True):
        if not isinstance(widget, Widget) or not widget.display:
            continue
        crop = Region(0, 0, *widget.outer_size)
        if not crop.area:
            continue
        shown = widget.render_lines(crop)
        widget._styles_cache.clear()  # noqa: SLF001 - Textual's own lines for the widget, dropped to draw afresh
        fresh = Widget.render_lines(widget, crop)
        pairs.append((f"{type(widget).__name__}#{widget.id}", shown, fresh))
    return pairs


@pytest.mark.parametrize("size", [(100, 32), (60, 16)])
async def test_lines_drawn_ahead_and_kept_match_a_fresh_drawing(tmp_path, size):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=size) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        session = quiz.session
        prompt = quiz.query_one("#prompt", DrawnText)
        taken_ahead = 0
        for _ in range(session.total - 1):
            await send(pilot, right_keys(session))
            ahead = {id(lines) for lines in prompt._framed.values()}  # noqa: SLF001 - what was drawn ahead
            await send(pilot, ["enter"])
            taken_ahead += id(prompt.render_lines(Region(0, 0, *prompt.outer_size))) in ahead
            for name, shown, fresh in shown_and_fresh(quiz):
                assert shown == fresh, (name, session.current.type, size)
        # The test looks at lines drawn ahead, not only at lines drawn in the frame.
        assert taken_ahead >= session.total // 2
