"""Footers: keys born in their final style, and one that redraws in place when only whether its keys are enabled
changes.

Textual's ``FooterKey`` starts out compact and is then bound to its footer's ``compact`` (off here): each key of
every rebuilt footer was restyled twice, once to add the ``-compact`` class and once to take it away, and
restyling a key restyles its subtree. That was a fifth of the time of a Pilot test of the exam screen, and it
comes after every change of a screen's bindings. :class:`TrainerFooter` gives each key the footer's style before
it is mounted, so nothing changes and nothing is restyled.

:class:`KeysLine` goes further for the quiz screen: the same line drawn by one widget, redrawn in place when a
key is enabled or disabled (after every answer Skip goes off, Next and Source come on). The quiz keeps the same
keys shown throughout (``check_action`` returns ``None``, not ``False``, for a key not available now: dimmed).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.style import Style as VisualStyle
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from trainer.ui.frames import KeptLines


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


class KeysLine(KeptLines, Widget, can_focus=False):
    """A footer drawn as one widget: the screen's keys in one line, as :class:`TrainerFooter` shows them.

    Textual's ``Footer`` is a container with a ``FooterKey`` widget per key: five widgets more to lay out and
    composite in every frame of a screen whose frames count (the quiz: about a twentieth of the time from a key to
    its frame), and a restyle of each key whose state changes. This widget draws the same line (the key in bold, its
    description, a cell between keys, a key not available now dimmed, the one under the mouse highlighted) and runs
    a key when it is clicked, as a ``FooterKey`` does. It shows the first key of each action shown, in the order of
    the screen's bindings, without the command palette's (named elsewhere); keys in binding groups are not drawn.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description", "footer-key--item", "footer-key--hover"}
    DEFAULT_CSS = """
    KeysLine {
        dock: bottom;
        height: 1;
        text-wrap: nowrap;
        text-overflow: clip;
        color: $footer-foreground;
        background: $footer-background;
        .footer-key--item { background: $footer-item-background; }
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .footer-key--hover { color: $footer-key-foreground; background: $block-hover-background; }
    }
    """

    @dataclass(frozen=True)
    class Key:
        """One key as the line shows it."""

        key: str
        display: str
        description: str
        action: str
        enabled: bool

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.keys: tuple[KeysLine.Key, ...] = ()
        self._hover: int | None = None  # the index of the key under the mouse

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        if not (screen.app.app_focus and self.is_attached and screen is self.screen):
            return
        palette = screen.app.COMMAND_PALETTE_BINDING
        first: dict[str, KeysLine.Key] = {}  # as Footer shows them: one key per action, the first
        for key, (_, binding, enabled, _) in screen.active_bindings.items():
            if binding.show and key != palette and binding.group is None and binding.action not in first:
                first[binding.action] = self.Key(
                    binding.key, screen.app.get_key_display(binding), binding.description, binding.action, enabled
                )
        keys = tuple(first.values())
        if keys != self.keys:
            self.keys = keys
            self.refresh()

    def is_enabled(self, action: str) -> bool | None:
        """Whether the key of ``action`` is shown as available (None: not shown)."""
        return next((key.enabled for key in self.keys if key.action == action), None)

    def render(self) -> Content:
        style = self.get_visual_style  # each part's style over the footer's, as a FooterKey's over its footer
        dim = VisualStyle(dim=True)
        parts: list[tuple[str, VisualStyle] | str] = []
        for index, key in enumerate(self.keys):
            item = ("footer-key--item", "footer-key--hover") if index == self._hover else ("footer-key--item",)
            key_style, description_style = style(*item, "footer-key--key"), style(*item, "footer-key--description")
            if not key.enabled:
                key_style, description_style = key_style + dim, description_style + dim
            parts.append((key.display, key_style))
            if key.description:
                parts.append((" " + key.description, description_style))
            parts.append(" ")  # the room between keys, in the footer's own colours (FooterKey's margin)
        return Content.assemble(*parts)

    def _key_at(self, x: int) -> int | None:
        start = 0
        for index, key in enumerate(self.keys):
            width = len(key.display) + (1 + len(key.description) if key.description else 0)
            if start <= x < start + width:
                return index
            start += width + 1
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._key_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            self._hover = index
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self._key_at(event.x)
        if index is None:
            return
        key = self.keys[index]
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
