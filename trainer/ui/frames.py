"""What makes a frame cost less in Textual's own machinery, for screens where every millisecond of a key shows.

Textual's compositor keeps a full map of where every widget is. A widget refreshed while it was not on
screen (one about to be shown) marks that map stale before the layout; the layout then builds a new full
map, but leaves it marked stale, so the first look-up of a widget's region in the same frame arranges the
whole screen a second time (Textual 8.2). :class:`ArrangedOnceCompositor` keeps the map the layout has just
built. A screen takes it with :func:`arrange_once`.
"""

from __future__ import annotations

from textual._compositor import Compositor, ReflowResult
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget


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
