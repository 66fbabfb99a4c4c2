"""An option's label wraps under itself, after its number, and is shown literally."""

from __future__ import annotations

from textual.app import App
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from trainer.ui.widgets.answers import option_prompt


class Options(App[None]):
    def compose(self):
        yield OptionList(
            Option(option_prompt("1.", "a long answer that cannot fit on one line of this narrow list at all")),
            Option(option_prompt("[ ] 2.", "[bold]not markup[/] \x1b[2J")),
        )


async def test_a_long_option_wraps_under_its_label_and_deck_text_is_literal():
    app = Options()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        options = app.query_one(OptionList)
        lines = [options.render_line(y).text.rstrip() for y in range(6)]
    first, second = lines[0].strip(), lines[1]
    assert first.startswith("1. a long answer")
    assert second.strip() and second.index(second.strip()[0]) == lines[0].index("a"), "under the label, not the number"
    assert "[bold]not markup[/]" in "".join(lines) and "\x1b" not in "".join(lines)
    assert any(line.strip().startswith("[ ] 2. [bold]") for line in lines)
