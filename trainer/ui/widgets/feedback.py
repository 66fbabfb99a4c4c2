"""What the student sees after answering: the verdict, both answers, the explanation and the proof.

The widget is built once per quiz and filled in place for every answer (:meth:`Feedback.show`):
updating a few ``Static`` widgets is drawn in the very next frame, all at once, where mounting new
widgets would take several frames and let the hint appear before the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from trainer.ui.format import plain, points
from trainer.ui.widgets.quote import QuoteBlock


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


class Feedback(Vertical, can_focus=True):
    """Verdict, the student's answer, the right answer, a note, the explanation, the quote with its citation.

    It takes the focus after an answer, so the keys of the scrolling body it sits in still apply.
    """

    def compose(self) -> ComposeResult:
        yield Static(classes="verdict")
        yield Static(classes="your-answer")
        yield Static(classes="right-answer")
        yield Static(classes="note")
        yield Static(classes="explain")
        yield QuoteBlock(classes="quote")

    def show(self, view: FeedbackView) -> None:
        text, css = verdict(view.score, view.correct, view.skipped)
        verdict_line = self.query_one(".verdict", Static)
        verdict_line.update(plain(text))
        for name in ("right", "wrong", "partial"):
            verdict_line.set_class(name == css, name)
        self.query_one(".your-answer", Static).update(plain(f"Your answer:  {view.response_text or '—'}"))
        self.query_one(".right-answer", Static).update(plain(f"Right answer: {view.right_answer}"))
        self._optional(".note", view.note)
        self._optional(".explain", view.explain)
        self.query_one(QuoteBlock).show(view.quote, view.citation)
        self.display = True

    def _optional(self, selector: str, text: str | None) -> None:
        line = self.query_one(selector, Static)
        line.update(plain(text or ""))
        line.display = bool(text)
