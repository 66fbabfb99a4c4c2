"""The widgets a student answers with, one per kind of input.

Each posts :class:`Answered` with the raw response; whether it is right is decided by the core
(``trainer.deck.grading``), never here. Text from decks goes through :func:`trainer.ui.format.plain`
so that it is shown literally, never parsed as markup or sent to the terminal as an escape sequence.

No binding here is a priority binding: a priority binding runs as soon as its key arrives, before
the keys pressed ahead of it (``5 Enter`` would submit without the 5). The app applies keys in order
(:mod:`trainer.ui.keys`), and a widget's own binding wins over its parents' for the same key.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList, SelectionList
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from trainer.deck.present import Presentation
from trainer.ui.format import plain, safe

_NUMBER_KEYS = [Binding(str(n), f"pick({n})", f"Answer option {n}", show=False) for n in range(1, 10)]


@dataclass
class Answered(Message):
    """The student gave a response (to be checked and graded by the core)."""

    response: object


class ChoiceAnswer(OptionList):
    """One answer among options: arrows and Enter, or a number key."""

    BINDINGS = _NUMBER_KEYS

    def __init__(self, labels: tuple[str, ...], values: tuple[object, ...], **kwargs) -> None:
        self.values = values
        super().__init__(*(Option(plain(f"{n}. {label}")) for n, label in enumerate(labels, 1)), **kwargs)

    def on_mount(self) -> None:
        self.highlighted = 0

    def action_pick(self, number: int) -> None:
        if 1 <= number <= len(self.values):
            self.highlighted = number - 1
            self.post_message(Answered(self.values[number - 1]))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(Answered(self.values[event.option_index]))


class MultiAnswer(SelectionList[int]):
    """Several answers: Space (or a number key) ticks, Enter submits."""

    BINDINGS = [
        Binding("enter", "submit", "Submit", show=False),  # the hint says so; the footer keeps the screen's keys
        *[Binding(str(n), f"toggle_number({n})", f"Tick option {n}", show=False) for n in range(1, 10)],
    ]

    def __init__(self, labels: tuple[str, ...], **kwargs) -> None:
        self.labels = labels
        super().__init__(*(Selection(plain(f"{n}. {label}"), n - 1) for n, label in enumerate(labels, 1)), **kwargs)

    def on_mount(self) -> None:
        self.highlighted = 0

    def action_toggle_number(self, number: int) -> None:
        if 1 <= number <= len(self.labels):
            self.toggle(number - 1)
            self.highlighted = number - 1

    def action_submit(self) -> None:
        self.post_message(Answered([self.labels[index] for index in sorted(self.selected)]))


class TypedAnswer(Input):
    """A typed answer (a figure, a date, a short text); Enter submits."""

    def _on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(Answered(event.value))


class OrderAnswer(OptionList):
    """Items to put in order by keyboard alone: arrows choose, Shift+arrows or [ ] move, Enter submits."""

    BINDINGS = [
        Binding("shift+up,left_square_bracket", "move(-1)", "Move up", show=False),  # all three are in the hint
        Binding("shift+down,right_square_bracket", "move(1)", "Move down", show=False),
        Binding("enter", "submit", "Submit", show=False),
    ]

    def __init__(self, items: tuple[str, ...], **kwargs) -> None:
        self.items = list(items)
        super().__init__(**kwargs)

    def on_mount(self) -> None:
        self._render_items(0)

    def _render_items(self, highlight: int) -> None:
        self.clear_options()
        self.add_options(Option(plain(f"{n}. {item}")) for n, item in enumerate(self.items, 1))
        self.highlighted = highlight

    def action_move(self, step: int) -> None:
        index = self.highlighted
        if index is None:
            return
        target = index + step
        if 0 <= target < len(self.items):
            self.items[index], self.items[target] = self.items[target], self.items[index]
            self._render_items(target)

    def action_submit(self) -> None:
        self.post_message(Answered(list(self.items)))


def answer_widget(presentation: Presentation, question_type: str) -> Widget:
    """The input widget for a question, as the core presents it."""
    if presentation.kind == "single":
        values: tuple[object, ...] = presentation.options
        if question_type == "true_false":
            values = tuple(option == "True" for option in presentation.options)
        return ChoiceAnswer(presentation.options, values, id="answer")
    if presentation.kind == "multi":
        return MultiAnswer(presentation.options, id="answer")
    if presentation.kind == "order":
        return OrderAnswer(presentation.items, id="answer")
    if presentation.kind == "match":
        from trainer.ui.widgets.match import MatchAnswer  # its own module; it imports Answered from here

        return MatchAnswer(presentation.items, presentation.options, id="answer")
    return TypedAnswer(placeholder=safe(presentation.placeholder or "Type your answer, then Enter"), id="answer")
