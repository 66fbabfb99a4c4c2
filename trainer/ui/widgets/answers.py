"""The widgets a student answers with, one per kind of input, and the base they share.

Each posts :class:`Answered` with the raw response; whether it is right is decided by the core
(``trainer.deck.grading``), never here. Each owns its state (:class:`AnswerWidget`): a screen restores
a saved response into it and asks it for a pending one, without knowing which widget it is. Text from decks goes through :func:`trainer.textsafe.visible`
into literal ``Content`` (:mod:`trainer.ui.widgets.hanging`), so that it is shown literally, never parsed as markup or sent to the terminal as an
escape sequence.

No binding here is a priority binding: a priority binding runs as soon as its key arrives, before
the keys pressed ahead of it (``5 Enter`` would submit without the 5). The app applies keys in order
(:mod:`trainer.ui.keys`), and a widget's own binding wins over its parents' for the same key.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from trainer.deck.present import Presentation
from trainer.textsafe import visible
from trainer.ui.format import safe
from trainer.ui.frames import KeptLines
from trainer.ui.widgets.hanging import HangingOption

#: How a ticked and an unticked option of a several-answer question read, in colour or not.
TICKED, UNTICKED = "[x]", "[ ]"


def option_prompt(prefix: str, label: str) -> HangingOption:
    """``prefix label``, a long label wrapping under itself (a hanging indent), never under the prefix."""
    return HangingOption(prefix, visible(str(label)))


def enter_bindings() -> list[Binding]:
    """Enter for a widget that collects an answer before sending it: it submits it, or in an exam saves it.

    Both are bound to Enter; :meth:`EnterSubmits.check_action` leaves one active, so the footer names
    what Enter does on this screen (in an exam the exam's own submit key is Ctrl+S, shown beside it).
    """
    return [
        Binding("enter", "submit", "Submit", show=False),  # the hint says so; the footer keeps the screen's keys
        Binding("enter", "save", "Save answer", key_display="⏎"),
    ]


class AnswerWidget(KeptLines):
    """What every answer widget does besides posting :class:`Answered`: it owns what the student has entered.

    Its lines drawn ahead (the quiz draws the next question's widget while the feedback is read) are the very lines
    the frame that shows it takes (:class:`~trainer.ui.frames.KeptLines`).

    A screen that keeps responses (an exam) shows a saved one with :meth:`restore` once the widget is
    mounted, and asks :meth:`pending` for what the student entered but never confirmed with Enter.
    """

    #: Set by the exam screen: there Enter only saves this answer, and the footer says so.
    enter_saves = False

    def restore(self, response: object) -> None:
        """Show a saved response (the chosen option, the ticks, the order, the typed text)."""

    def pending(self, saved: object) -> object | None:
        """What the widget holds that is not ``saved`` yet, or ``None`` when there is nothing new.

        A single choice holds nothing: highlighting an option is not choosing it.
        """
        return None

    def likely_responses(self) -> tuple[object, ...]:
        """The responses the student may give with one key (a single choice's options), whose feedback the screen
        draws ahead; none where they cannot be listed (typed text, ticks, orders, pairs)."""
        return ()


class EnterSubmits(AnswerWidget):
    """Enter posts the answer: "Submit" in practice, "Save answer" (shown in the footer) where ``enter_saves``."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "submit":
            return not self.enter_saves
        if action == "save":
            return self.enter_saves
        return True

    def action_save(self) -> None:
        self.action_submit()  # type: ignore[attr-defined]


_NUMBER_KEYS = [Binding(str(n), f"pick({n})", f"Answer option {n}", show=False) for n in range(1, 10)]
_NUMBERS = frozenset(str(n) for n in range(1, 10))


@dataclass
class Answered(Message):
    """The student gave a response (to be checked and graded by the core)."""

    response: object


class ChoiceAnswer(AnswerWidget, OptionList):
    """One answer among options: arrows and Enter, or a number key."""

    BINDINGS = _NUMBER_KEYS

    def __init__(self, labels: tuple[str, ...], values: tuple[object, ...], **kwargs) -> None:
        self.values = values
        super().__init__(*(Option(option_prompt(f"{n}.", label)) for n, label in enumerate(labels, 1)), **kwargs)

    @classmethod
    def for_presentation(cls, presentation: Presentation, **kwargs) -> "ChoiceAnswer":
        return cls(presentation.options, presentation.options, **kwargs)

    def on_mount(self) -> None:
        self.highlighted = 0

    def restore(self, response: object) -> None:
        for index, value in enumerate(self.values):
            if value == response and type(value) is type(response):
                self.highlighted = index

    def likely_responses(self) -> tuple[object, ...]:
        return self.values

    def on_key(self, event: events.Key) -> None:
        """A number key answers here, at once. As a binding (kept in ``BINDINGS`` for the help screen) it would first
        travel up through the slot, the body and the screen to the app, which looks the binding up and calls back:
        a tenth of the time from the key to the feedback on screen."""
        if event.key in _NUMBERS:
            event.stop()
            event.prevent_default()  # nor Textual's own handling of the key, which would then find the binding
            self.action_pick(int(event.key))

    def action_pick(self, number: int) -> None:
        if 1 <= number <= len(self.values):
            self.highlighted = number - 1
            self.post_message(Answered(self.values[number - 1]))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(Answered(self.values[event.option_index]))


class TrueFalseAnswer(ChoiceAnswer):
    """True or false: ``t``/``y`` or ``f``/``n`` answer at once, as do 1-2, arrows and Enter.

    The letters are this widget's bindings, so they answer only while it has the focus, that is
    while the question awaits an answer: after it, the widget is hidden and ``n`` is the screen's "next".
    """

    BINDINGS = [
        Binding("t,y", "pick_value(True)", "Answer true", show=False),
        Binding("f,n", "pick_value(False)", "Answer false", show=False),
    ]

    @classmethod
    def for_presentation(cls, presentation: Presentation, **kwargs) -> "TrueFalseAnswer":
        return cls(presentation.options, tuple(option == "True" for option in presentation.options), **kwargs)

    #: The letters of its bindings, answered here at once as the number keys are (see :meth:`ChoiceAnswer.on_key`).
    LETTERS = {"t": True, "y": True, "f": False, "n": False}

    def on_key(self, event: events.Key) -> None:  # Textual calls ChoiceAnswer's too (for the numbers), unless prevented
        if event.key in self.LETTERS:
            event.stop()
            event.prevent_default()
            self.action_pick_value(self.LETTERS[event.key])

    def action_pick_value(self, value: bool) -> None:
        if value in self.values:
            self.action_pick(self.values.index(value) + 1)


class MultiAnswer(EnterSubmits, OptionList):
    """Several answers: Space (or a number key) ticks, Enter submits.

    Each option shows its state as a glyph, ``[x]`` ticked and ``[ ]`` not, so that it reads without
    colour (Textual's SelectionList draws the same box for both and tells them apart by colour only).
    """

    BINDINGS = [
        *enter_bindings(),
        Binding("space", "toggle_highlighted", "Tick", show=False),
        *[Binding(str(n), f"toggle_number({n})", f"Tick option {n}", show=False) for n in range(1, 10)],
    ]

    def __init__(self, labels: tuple[str, ...], **kwargs) -> None:
        self.labels = labels
        self._ticked: set[int] = set()
        super().__init__(*(Option(self._prompt(index)) for index in range(len(labels))), **kwargs)

    @classmethod
    def for_presentation(cls, presentation: Presentation, **kwargs) -> "MultiAnswer":
        return cls(presentation.options, **kwargs)

    def restore(self, response: object) -> None:
        chosen = set(response) if isinstance(response, (list, tuple, set)) else set()
        for index, label in enumerate(self.labels):
            if label in chosen:
                self.select(index)

    def pending(self, saved: object) -> list[str] | None:
        """The ticked options, unless none is ticked or they are the saved ones."""
        ticked = [self.labels[index] for index in self.selected]
        if not ticked:
            return None
        if isinstance(saved, (list, tuple, set)) and set(map(str, saved)) == set(ticked):
            return None
        return ticked

    def _prompt(self, index: int) -> HangingOption:
        return option_prompt(f"{TICKED if index in self._ticked else UNTICKED} {index + 1}.", self.labels[index])

    @property
    def selected(self) -> list[int]:
        """The indices of the ticked options, in option order."""
        return sorted(self._ticked)

    def select(self, index: int) -> None:
        if index not in self._ticked:
            self.toggle(index)

    def toggle(self, index: int) -> None:
        self._ticked ^= {index}
        self.replace_option_prompt_at_index(index, self._prompt(index))

    def on_mount(self) -> None:
        self.highlighted = 0

    def action_toggle_highlighted(self) -> None:
        if self.highlighted is not None:
            self.toggle(self.highlighted)

    def action_toggle_number(self, number: int) -> None:
        if 1 <= number <= len(self.labels):
            self.toggle(number - 1)
            self.highlighted = number - 1

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a click ticks, as Space does
        self.toggle(event.option_index)

    def action_submit(self) -> None:
        self.post_message(Answered([self.labels[index] for index in self.selected]))


class TypedAnswer(AnswerWidget, Input):
    """A typed answer (a figure, a date, a short text); Enter submits."""

    @classmethod
    def for_presentation(cls, presentation: Presentation, **kwargs) -> "TypedAnswer":
        return cls(placeholder=safe(presentation.placeholder or "Type your answer, then Enter"), **kwargs)

    def restore(self, response: object) -> None:
        self.value = str(response)
        self.cursor_position = len(self.value)

    def pending(self, saved: object) -> str | None:
        """The typed text, unless it is blank or the saved answer."""
        text = self.value
        if not text.strip() or (saved is not None and str(saved) == text):
            return None
        return text

    def _on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(Answered(event.value))


class OrderAnswer(EnterSubmits, OptionList):
    """Items to put in order by keyboard alone: arrows choose, Shift+arrows or [ ] move, Enter submits."""

    BINDINGS = [
        Binding("shift+up,left_square_bracket", "move(-1)", "Move up", show=False),  # all three are in the hint
        Binding("shift+down,right_square_bracket", "move(1)", "Move down", show=False),
        *enter_bindings(),
    ]

    def __init__(self, items: tuple[str, ...], **kwargs) -> None:
        self.items = list(items)
        #: The order the items were shown in (as presented, or as restored), to tell whether the student moved any.
        self.shown = list(items)
        super().__init__(**kwargs)

    @classmethod
    def for_presentation(cls, presentation: Presentation, **kwargs) -> "OrderAnswer":
        return cls(presentation.items, **kwargs)

    def on_mount(self) -> None:
        self._render_items(0)

    def restore(self, response: object) -> None:
        """Put the items in the saved order (a saved order of other items, from an older deck, is ignored)."""
        if isinstance(response, (list, tuple)) and sorted(map(str, response)) == sorted(self.items):
            self.items = [str(item) for item in response]
            self.shown = list(self.items)
            if self.is_mounted:
                self._render_items(0)

    def pending(self, saved: object) -> list[str] | None:
        """The items' order if the student moved one since they were shown or last saved, else ``None``."""
        items = list(self.items)
        if isinstance(saved, (list, tuple)) and sorted(map(str, saved)) == sorted(items):
            return None if list(map(str, saved)) == items else items
        return None if items == self.shown else items

    def _render_items(self, highlight: int) -> None:
        self.clear_options()
        self.add_options(Option(option_prompt(f"{n}.", item)) for n, item in enumerate(self.items, 1))
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


def answer_widgets() -> dict[str, type[AnswerWidget]]:
    """The widget for each kind of input the core presents; a type with a widget of its own is listed by its name."""
    from trainer.ui.widgets.match import MatchAnswer  # its own module; it imports from this one

    return {
        "true_false": TrueFalseAnswer,
        "single": ChoiceAnswer,
        "multi": MultiAnswer,
        "typed": TypedAnswer,
        "order": OrderAnswer,
        "match": MatchAnswer,
    }


def answer_widget(presentation: Presentation, question_type: str) -> AnswerWidget:
    """The input widget for a question, as the core presents it."""
    widgets = answer_widgets()
    widget = widgets.get(question_type) or widgets[presentation.kind]
    return widget.for_presentation(presentation, id="answer")  # type: ignore[attr-defined]
