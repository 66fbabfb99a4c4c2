"""What the student sees after answering: the verdict, both answers, the explanation and the proof.

The widget is built once per quiz and filled in place for every answer (:meth:`Feedback.show`): two
widgets, each updated with one ``Content`` (the verdict's colour is a style inside it, not a CSS class),
so showing feedback restyles nothing and is drawn in the very next frame, all at once. Mounting new
widgets would take several frames and let the hint appear before the verdict; several widgets and
class changes would each cost a restyle on the key's path.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from trainer.textsafe import visible
from trainer.ui.format import points
from trainer.ui.widgets.quote import Passage, QuoteBlock

#: The verdict's look by its CSS class (the names the exam results use as classes).
VERDICT_STYLES = {"right": "bold $text-success", "wrong": "bold $text-error", "partial": "bold $text-warning"}


def verdict(score: float, correct: bool, skipped: bool) -> tuple[str, str]:
    """A symbol-and-word verdict (readable without colour) and its CSS class."""
    if skipped:
        return "↷ Skipped (counts as wrong)", "wrong"
    if correct:
        return f"✓ Right (+{points(score)})", "right"
    if score > 0:
        return f"◐ Partly right (+{points(score)} of 1)", "partial"
    return "✗ Wrong (+0)", "wrong"


@dataclass(frozen=True)
class FeedbackView:
    """Everything the feedback shows about one answer."""

    score: float
    correct: bool
    skipped: bool
    response_text: str
    right_answer: str
    note: str
    explain: str | None
    quote: str
    citation: str
    #: The passage the quote was cut from, when it has been found (None: the quote alone).
    passage: Passage | None = None


def feedback_content(view: FeedbackView) -> Content:
    """Verdict, a blank line, your answer, the right answer, the note, and after a blank line the explanation."""
    text, css = verdict(view.score, view.correct, view.skipped)
    pieces: list[str | tuple[str, str]] = [
        (text, VERDICT_STYLES[css]),
        "\n\n",
        f"Your answer:  {visible(view.response_text) or '—'}\n",
        (f"Right answer: {visible(view.right_answer)}", "$text-success"),
    ]
    if view.note:
        pieces += ["\n", (visible(view.note), "italic $foreground-muted")]
    if view.explain:
        pieces += ["\n\n", visible(view.explain)]
    return Content.assemble(*pieces)


class Feedback(Vertical, can_focus=True):
    """The verdict, the answers, a note and the explanation in one text; the quote with its citation under it.

    It takes the focus after an answer, so the keys of the scrolling body it sits in still apply.
    """

    def compose(self) -> ComposeResult:
        yield Static(classes="feedback-text")
        yield QuoteBlock(classes="quote")

    def show(self, view: FeedbackView) -> None:
        self.query_one(".feedback-text", Static).update(feedback_content(view))
        self.query_one(QuoteBlock).show(view.quote, view.citation, view.passage)
        self.display = True

    def show_passage(self, passage: Passage | None) -> None:
        """The passage found after the feedback was drawn (a long article): shown in place of the bare quote."""
        block = self.query_one(QuoteBlock)
        block.show(block.quote, block.citation, passage)
