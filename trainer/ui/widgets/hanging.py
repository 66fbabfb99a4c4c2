"""An option's label after its number, wrapping under itself (a hanging indent), drawn without Rich.

A Rich ``Table.grid`` did this before, but Textual renders a Rich renderable through a console on
every measure and every draw: the options of the question just shown cost milliseconds of the frame
that shows it (about half the frame on a loaded machine). This visual wraps one ``Content`` and puts
the prefix before its first line, as cheap as any line of text.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class HangingOption(Visual):
    """``prefix label``: a long label wraps under itself, never under the prefix."""

    def __init__(self, prefix: str, label: str) -> None:
        self.prefix = prefix
        self.label = Content(label)  # literal text: never markup
        self.indent = cell_len(prefix) + 1

    def __str__(self) -> str:
        return f"{self.prefix} {self.label.plain}"

    def _label_width(self, width: int) -> int:
        return max(1, width - self.indent)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.indent + self.label.get_optimal_width(rules, self._label_width(container_width))

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.indent + self.label.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.label.get_height(rules, self._label_width(width))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        lines = self.label.render_strips(self._label_width(width), height, style, options) or [Strip([])]
        rich_style = style.rich_style
        head = Content(self.prefix + " ").render_strips(self.indent, 1, style, options)[0]
        blank = Strip.blank(self.indent, rich_style)
        return [Strip.join([head if n == 0 else blank, line]) for n, line in enumerate(lines)]

