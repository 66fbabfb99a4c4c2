"""A new session on a deck: the mode, how many questions, which tags and types, an exam's time limit."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, SelectionList, Static
from textual.widgets.selection_list import Selection

from trainer.deck.model import Deck
from trainer.deck.types import LABELS, QUESTION_TYPES
from trainer.study.modes import MODES, Mode, mode_named
from trainer.ui.widgets.footer import TrainerFooter

#: The longest exam time limit accepted (a day), which also keeps ``inf`` and ``nan`` out.
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class SessionPlan:
    mode: str
    count: int | None = None
    tags: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    minutes: float | None = None


class ModeButton(RadioButton):
    """A mode: ● when chosen, an empty slot when not, so the choice reads without colour."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else " "
        return super()._button


class ModeSet(RadioSet):
    """The study modes: the arrows choose (the highlighted mode is the chosen one), Enter starts.

    A plain RadioSet only highlights on ↓ and wants Space to choose, so "↓ ↓ Enter" started a practice
    session when the student had moved to Exam.
    """

    BINDINGS = [
        Binding("enter", "screen.start", "Start", show=False),
        Binding("down,right", "choose(1)", "Next mode", show=False),
        Binding("up,left", "choose(-1)", "Previous mode", show=False),
    ]

    def action_choose(self, step: int) -> None:
        if step > 0:
            self.action_next_button()
        else:
            self.action_previous_button()
        self.action_toggle_button()  # toggling the chosen mode again leaves it chosen


#: What SelectionList draws inside every box, ticked or not (only its colour changes).
_BOX_INNER = "X"


class TickList(SelectionList[str]):
    """A list of ticks: ✓ when ticked, an empty box when not, so the state reads without colour."""

    def render_line(self, y: int):
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) > 3 and segments[1].text == _BOX_INNER:
            index = self.scroll_offset.y + y
            ticked = index < self.option_count and self.get_option_at_index(index).value in self._selected
            segments[1] = segments[1]._replace(text="✓" if ticked else " ")
            return type(strip)(segments, strip.cell_length)
        return strip


#: Rows of the form around the tag and type lists (border, title, modes, count, labels, buttons, footer).
_FORM_ROWS = 18


class SetupScreen(ModalScreen[SessionPlan | None]):
    """Dismisses with a :class:`SessionPlan`, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start", id="start"),
        Binding("escape", "cancel", "Cancel", id="cancel"),
        # A modal screen keeps the app's keys from its keys, so ? is offered here too.
        Binding("question_mark,f1", "app.toggle_help", "Keys", id="help"),
    ]

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck

    def compose(self) -> ComposeResult:
        deck = self.deck
        tags = sorted({tag for question in deck.questions for tag in question.tags}, key=str.casefold)
        types = [kind for kind in QUESTION_TYPES if any(q.type == kind for q in deck.questions)]
        # Fits 80x24 without scrolling: compact fields, tags and types side by side; the lists take
        # whatever height the terminal has left (see on_resize).
        with VerticalScroll(id="setup-box"):
            yield Static(Content(f"New session · {deck.title}"), id="setup-title")
            with ModeSet(id="setup-mode", compact=True):
                for index, choice in enumerate(MODES):
                    yield ModeButton(Content(choice.label), value=index == 0, name=choice.name)
            with Horizontal(classes="setup-row"):
                yield Label(Content(f"Questions (1–{len(deck.questions)}, empty = all)"))
                yield Input(placeholder="all", type="integer", id="setup-count", compact=True)
            with Horizontal(classes="setup-row", id="setup-time-row"):
                yield Label(Content("Exam time limit in minutes (empty = none)"))
                yield Input(placeholder="none", type="number", id="setup-minutes", compact=True)
            with Horizontal(id="setup-lists"):
                if tags:
                    with Vertical(classes="setup-column"):
                        yield Static(Content("Only these tags (none = all)"), classes="setup-label")
                        yield TickList(*(Selection(Content(tag), tag) for tag in tags), id="setup-tags", compact=True)
                with Vertical(classes="setup-column"):
                    yield Static(Content("Only these types (none = all)"), classes="setup-label")
                    yield TickList(
                        *(Selection(Content(LABELS[kind]), kind) for kind in types),
                        id="setup-types", compact=True,
                    )
            yield Static(id="setup-error")
            with Horizontal(id="setup-buttons"):
                yield Button("Start (Ctrl+S)", id="setup-start", variant="primary", compact=True)
                yield Button("Cancel (Esc)", id="setup-cancel", compact=True)
        yield TrainerFooter()

    def on_resize(self) -> None:
        """The lists show as many rows as the terminal leaves them (all of them at 80x50)."""
        rows = max(3, self.size.height - _FORM_ROWS - (2 if self._mode().timed else 0))
        for tick_list in self.query(TickList):
            tick_list.styles.max_height = rows

    def on_mount(self) -> None:
        self.query_one("#setup-mode", RadioSet).focus()
        self._show_time_limit()

    @on(RadioSet.Changed, "#setup-mode")
    def _show_time_limit(self) -> None:
        self.query_one("#setup-time-row").display = self._mode().timed
        self.on_resize()

    def _mode(self) -> Mode:
        pressed = self.query_one("#setup-mode", RadioSet).pressed_button
        return mode_named(pressed.name) if pressed is not None and pressed.name else MODES[0]

    def _error(self, message: str) -> None:
        self.query_one("#setup-error", Static).update(Content(f"⚠ {message}"))

    @on(Button.Pressed, "#setup-start")
    @on(Input.Submitted)
    def action_start(self) -> None:
        count_text = self.query_one("#setup-count", Input).value.strip()
        minutes_text = self.query_one("#setup-minutes", Input).value.strip()
        try:
            count = int(count_text) if count_text else None
        except ValueError:
            count = 0
        if count is not None and count < 1:
            self._error("The number of questions must be a whole number, at least 1 (or empty for all).")
            return
        try:
            minutes = float(minutes_text) if minutes_text and self._mode().timed else None
        except ValueError:
            minutes = -1.0
        if minutes is not None and not 0 < minutes <= MAX_MINUTES:
            self._error(f"The time limit must be a number of minutes from 0 to {MAX_MINUTES} (or empty for none).")
            return
        tags = set(self.query_one("#setup-tags", SelectionList).selected) if self.query("#setup-tags") else set()
        types = set(self.query_one("#setup-types", SelectionList).selected)
        self.dismiss(SessionPlan(self._mode().name, count, tags, types, minutes))

    @on(Button.Pressed, "#setup-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
