"""A question laid out as the quiz and the exam both show it: the prompt, its answer, what the screen adds, the hint.

The two screens differ in what goes under the answer (the quiz's spare slot and feedback, the exam's "saved" line),
which they pass in; the prompt, the answer slot and the hint, their order, ids and styles are this widget's.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static


class QuestionBody(VerticalScroll):
    """Prompt (``#prompt``), answer slot (``#answer-slot``), the screen's own widgets, hint (``#hint``)."""

    DEFAULT_CSS = """
    QuestionBody {
        height: 1fr;
        padding: 0 1;
    }
    """

    def __init__(self, *under_answer: Widget, id: str | None = None) -> None:
        super().__init__(id=id)
        self._under_answer = under_answer

    def compose(self) -> ComposeResult:
        yield Static(id="prompt")
        yield Vertical(id="answer-slot", classes="answer-slot")
        yield from self._under_answer
        yield Static(id="hint")

    def show_prompt(self, prompt: Content) -> None:
        self.query_one("#prompt", Static).update(prompt)

    def show_hint(self, hint: Content, error: bool = False) -> None:
        """The line under the question: what the keys do, or (``error``) what is wrong with the answer."""
        line = self.query_one("#hint", Static)
        line.update(hint)
        line.set_class(error, "error")
        line.display = True

    def hide_hint(self) -> None:
        """No hint line: the screen says what the keys do elsewhere (the quiz's feedback does, under the quote)."""
        self.query_one("#hint", Static).display = False
