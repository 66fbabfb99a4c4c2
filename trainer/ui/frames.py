"""What makes a frame cost less in Textual's own machinery, for screens where every millisecond of a key shows.

Textual's compositor keeps a full map of where every widget is. A widget refreshed while it was not on
screen (one about to be shown) marks that map stale before the layout; the layout then builds a new full
map, but leaves it marked stale, so the first look-up of a widget's region in the same frame arranges the
whole screen a second time (Textual 8.2). :class:`ArrangedOnceCompositor` keeps the map the layout has just
built. A screen takes it with :func:`arrange_once`.

Every frame, the compositor asks each child of the screen (and each widget they hold that is on screen) for
all its lines, whatever changed: a widget's lines are kept by Textual (``StylesCache``), but giving them back
still looks up its colours, filters and padding (0.05-0.1 ms a widget, each frame). :class:`KeptLines` gives
back the very lines it gave last time when nothing about the widget changed since.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual._compositor import Compositor, ReflowResult
from textual.geometry import Region, Size
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

if TYPE_CHECKING:
    _Base = Widget
else:
    _Base = object


class ArrangedOnceCompositor(Compositor):
    """A compositor whose layout (``reflow``) leaves the full map it built current, as it is."""

    def reflow(self, parent: Widget, size: Size) -> ReflowResult:
        result = super().reflow(parent, size)
        # reflow arranged every widget (visible or not): that is what the full map holds, and it is now current.
        self._full_map_invalidated = False
        return result


def arrange_once(screen: Screen) -> None:
    """Give ``screen`` (before it is mounted) a compositor that arranges it once per layout, not twice."""
    if type(screen._compositor) is Compositor:  # noqa: SLF001 - the screen's compositor, replaced before any use
        screen._compositor = ArrangedOnceCompositor()  # noqa: SLF001


class KeptLines(_Base):
    """A widget mixin (before the widget class): the lines drawn for a frame are given back as they are to the next
    frame that asks for the same part of the widget, unless the widget was marked as changed in between. A widget
    with no rows (folded away) draws nothing.

    Textual marks a widget changed in one place, ``Widget._set_dirty`` (a repaint, a new size, a new style or
    theme), and throws away the lines it keeps for the widget there: the kept lines go at the same moment.
    The line filters in force (the app's) are part of what is kept. Checked against Textual 8.2.
    """

    _kept_lines: tuple[tuple, list[Strip]] | None = None

    def _set_dirty(self, *regions: Region) -> None:
        self._kept_lines = None
        super()._set_dirty(*regions)  # type: ignore[misc]

    def render_lines(self, crop: Region) -> list[Strip]:
        if not crop.height:  # folded to no rows, or a spare slot: nothing to draw (Textual asks all the same)
            return []
        lines = self._kept_for(crop)
        if lines is None:
            lines = self._keep_for(crop, super().render_lines(crop))  # type: ignore[misc]
        return lines

    def _kept_for(self, crop: Region) -> list[Strip] | None:
        """The lines drawn last for ``crop``, if nothing changed since."""
        kept = self._kept_lines
        return kept[1] if kept is not None and kept[0] == (crop, *self.get_line_filters()) else None

    def _keep_for(self, crop: Region, lines: list[Strip]) -> list[Strip]:
        self._kept_lines = ((crop, *self.get_line_filters()), lines)
        return lines
