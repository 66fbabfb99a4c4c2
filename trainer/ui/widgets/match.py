"""The answer widget of a match question: give each item on the left a partner, by keyboard alone.

The items stand in a column with the partner chosen for each; the partners are numbered below them.
``↑↓`` choose an item, a number key gives it that partner and moves to the next item, ``←→`` cycle
its partner, ``Backspace`` clears it, ``Enter`` submits. Whether the answer is complete or right is
the core's business (``trainer.deck.grading``): the widget posts what it holds.

Deck text is data: it is drawn as plain ``rich.text.Text`` runs with control characters made
visible, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.widget import Widget

from trainer.deck.present import Presentation
from trainer.ui.format import safe
from trainer.ui.widgets.answers import Answered, EnterSubmits, enter_bindings

#: Items longer than this (in cells) do not set the width of the item column.
ITEM_COLUMN = 28
CURSOR, NO_PARTNER = "▶", "—"


class MatchAnswer(EnterSubmits, Widget, can_focus=True):
    """Items and their chosen partners; the screen reads :meth:`response` or gets :class:`Answered` on Enter."""

    BINDINGS = [
        Binding("up", "cursor(-1)", "Previous item", show=False),
        Binding("down", "cursor(1)", "Next item", show=False),
        Binding("right", "cycle(1)", "Next partner", show=False),
        Binding("left", "cycle(-1)", "Previous partner", show=False),
        Binding("backspace,delete", "clear", "Clear partner", show=False),
        *enter_bindings(),  # in an exam Enter only saves the answer, and the footer says so
        *[Binding(str(n), f"choose({n})", f"Partner {n}", show=False) for n in range(1, 10)],
    ]

    COMPONENT_CLASSES = {"match--cursor", "match--partner", "match--empty", "match--number"}

    DEFAULT_CSS = """
    MatchAnswer { height: auto; padding: 0 1; }
    MatchAnswer > .match--cursor { background: $boost; text-style: bold; }
    MatchAnswer:focus > .match--cursor { background: $accent 30%; }
    MatchAnswer > .match--partner { color: $text-accent; }
    MatchAnswer > .match--empty { color: $text-muted; }
    MatchAnswer > .match--number { color: $text-muted; }
    """

    @classmethod
    def for_presentation(cls, presentation: Presentation, **kwargs) -> "MatchAnswer":
        return cls(presentation.items, presentation.options, **kwargs)

    def __init__(self, items: tuple[str, ...], options: tuple[str, ...], **kwargs) -> None:
        super().__init__(**kwargs)
        self.items = tuple(items)
        self.options = tuple(options)
        #: item index -> option index
        self.partners: dict[int, int] = {}
        self.cursor = 0

    # -- state ----------------------------------------------------------------------------------

    def response(self) -> dict[str, str]:
        """Item -> chosen partner, for the items that have one, in item order."""
        return {self.items[i]: self.options[self.partners[i]] for i in sorted(self.partners)}

    def restore(self, response: object) -> None:
        """Show a saved response (an exam's): partners of items and options that are still shown."""
        if not isinstance(response, Mapping):
            return
        for item, partner in response.items():
            if item in self.items and partner in self.options:
                self.partners[self.items.index(item)] = self.options.index(partner)
        self.refresh(layout=True)

    def pending(self, saved: object) -> dict[str, str] | None:
        """What the widget holds that differs from ``saved``; None when nothing is chosen or nothing changed."""
        held = self.response()
        if not held:
            return None
        if isinstance(saved, Mapping) and dict(saved) == held:
            return None
        return held

    # -- keys -----------------------------------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        self.cursor = max(0, min(len(self.items) - 1, self.cursor + step))
        self.refresh()

    def action_choose(self, number: int) -> None:
        if 1 <= number <= len(self.options):
            self.partners[self.cursor] = number - 1
            self.cursor = min(len(self.items) - 1, self.cursor + 1)
            self.refresh(layout=True)

    def action_cycle(self, step: int) -> None:
        if not self.options:
            return
        current = self.partners.get(self.cursor)
        if current is None:
            chosen = 0 if step > 0 else len(self.options) - 1
        else:
            chosen = (current + step) % len(self.options)
        self.partners[self.cursor] = chosen
        self.refresh(layout=True)

    def action_clear(self) -> None:
        self.partners.pop(self.cursor, None)
        self.refresh(layout=True)

    def action_submit(self) -> None:
        self.post_message(Answered(self.response()))

    # -- drawing --------------------------------------------------------------------------------

    def render(self) -> Text:
        cursor = self.get_component_rich_style("match--cursor")
        partner_style = self.get_component_rich_style("match--partner")
        empty = self.get_component_rich_style("match--empty")
        number = self.get_component_rich_style("match--number")
        shown = [safe(item) for item in self.items]
        fitting = [cell_len(item) for item in shown if cell_len(item) <= ITEM_COLUMN]
        column = max(fitting, default=0)
        text = Text(no_wrap=False, end="")
        for index, item in enumerate(shown):
            line = Text(f"{CURSOR if index == self.cursor else ' '} ", end="")
            line.append(item + " " * max(0, column - cell_len(item)))
            line.append(" → ")
            chosen = self.partners.get(index)
            if chosen is None:
                line.append(NO_PARTNER, style=empty)
            else:
                line.append(f"{chosen + 1}. ", style=number)
                line.append(safe(self.options[chosen]), style=partner_style)
            if index == self.cursor:
                line.stylize(cursor)
            text.append_text(line)
            text.append("\n")
        text.append("\nPartners\n", style=number)
        for index, option in enumerate(self.options):
            text.append(f"  {index + 1}. ", style=number)
            text.append(safe(option))
            if index < len(self.options) - 1:
                text.append("\n")
        return text
