"""Hiding a widget by folding it to no rows, where ``display`` would cost a key's frame the screen's whole layout.

Textual counts a change of ``display`` as a change of the children of every ancestor, up to the screen, so the
screen's arrangement is thrown away and made again in the next layout: its status line, body and footer measured
again (a third of a millisecond of every key that shows or hides a widget, checked against Textual 8.2). A widget
folded to zero rows (its height, margins and padding set to zero) stays in its place in the layout but takes no
row: only the container it is in is arranged again. It covers no cell, so it is not drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.css.scalar import Scalar, Unit
from textual.geometry import Spacing

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object


class Folding(_Base):
    """A widget mixin (before the widget class, as ``class DrawnText(Folding, Static)``): the widget can be folded
    away (:meth:`fold`) and back; a folded widget takes no focus. Not a widget itself, so that the widget's CSS type
    names still follow its widget class (Textual follows the first base that is one).
    """

    folded = False
    #: The rules folding set (only those the style sheet does not already make zero).
    _folding: tuple[str, ...] = ()
    #: Each rule's zero, as setting ``styles.height = 0`` (or ``margin``, ``padding``) would store it.
    _ZERO = {"height": Scalar(0.0, Unit.CELLS, Unit.WIDTH), "margin": Spacing(0, 0, 0, 0), "padding": Spacing(0, 0, 0, 0)}

    def fold(self, folded: bool = True) -> None:
        """Fold the widget to no rows (``True``) or give it back the size and room its style sheet gives it."""
        if folded == self.folded:
            return
        self.folded = folded
        styles = self.styles
        if folded:
            # Before it is mounted its style sheet is not applied yet: all three then.
            room = [name for name in ("margin", "padding") if not self.is_mounted or any(getattr(styles, name))]
            self._folding = ("height", *room)
            changed = [styles.set_rule(name, self._ZERO[name]) for name in self._folding]
        else:
            changed = [styles.clear_rule(name) for name in self._folding]  # as the style sheet says
        # The rules stored as ``styles.height = 0`` stores each, then one refresh for all (each set refreshed it).
        if any(changed):
            self.refresh(layout=True)

    def allow_focus(self) -> bool:
        return not self.folded and super().allow_focus()
