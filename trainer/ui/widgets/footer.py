"""Footers: keys born in their final style, and one that redraws in place when only whether its keys are enabled
changes.

Textual's ``FooterKey`` starts out compact and is then bound to its footer's ``compact`` (off here): each key of
every rebuilt footer was restyled twice, once to add the ``-compact`` class and once to take it away, and
restyling a key restyles its subtree. That was a fifth of the time of a Pilot test of the exam screen, and it
comes after every change of a screen's bindings. :class:`TrainerFooter` gives each key the footer's style before
it is mounted, so nothing changes and nothing is restyled.

:class:`StableFooter` goes further for the quiz screen.

Textual's ``Footer`` rebuilds all its key widgets whenever a screen's bindings change, and that
happens after every answer (Skip goes off, Next and Source come on): the rebuild and the restyling
it causes took longer than drawing the feedback itself, and came as a second frame. This footer
rebuilds only when the keys it shows change; otherwise it flips their enabled state where they are.
Screens that want that keep the same keys shown throughout (``check_action`` returns ``None``, not
``False``, for a key that is not available now, so it is shown dimmed).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class TrainerFooter(Footer):
    """Textual's Footer, whose keys are mounted already in the footer's compact state (see the module's note), and
    that is not rebuilt when a screen's bindings are announced as changed but show the same keys in the same state
    (focus moving between widgets that add no keys of their own does that)."""

    _composed: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            shown = tuple((binding, enabled, tooltip) for _, binding, enabled, tooltip in screen.active_bindings.values())
            if shown == self._composed and self.children:
                return
            self._composed = shown
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.set_reactive(FooterKey.compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget


class StableFooter(TrainerFooter):
    """A Footer that rebuilds only when the keys shown change, not when they are enabled or disabled."""

    _shown: tuple[tuple[str, str, str], ...] | None = None

    def bindings_changed(self, screen: Screen) -> None:
        if not (screen.app.app_focus and self.is_attached and screen is self.screen):
            super().bindings_changed(screen)
            return
        first: dict[str, tuple[str, str, bool]] = {}  # as Footer shows them: one key per action, the first
        for _, binding, enabled, _ in screen.active_bindings.values():
            if binding.show and binding.action not in first:
                first[binding.action] = (binding.key, binding.description, enabled)
        shown = tuple((action, key, description) for action, (key, description, _) in first.items())
        if shown != self._shown or not self.query(FooterKey):
            self._shown = shown
            super().bindings_changed(screen)
            return
        for key in self.query(FooterKey):
            on = first[key.action][2] if key.action in first else True
            if key._disabled == on:  # noqa: SLF001 - FooterKey keeps its state there
                key._disabled = not on
                key.set_class(not on, "-disabled")
