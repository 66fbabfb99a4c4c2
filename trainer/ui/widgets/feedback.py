"""What the student sees after answering: the verdict, both answers, the explanation and the proof."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from trainer.ui.format import points
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


class Feedback(Vertical):
    """Verdict, the student's answer, the right answer, a note, the explanation, the quote with its citation."""

    def __init__(
        self,
        *,
        score: float,
        correct: bool,
        skipped: bool,
        response_text: str,
        right_answer: str,
        note: str,
        explain: str | None,
        quote: str,
        citation: str,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.verdict_text, self.verdict_class = verdict(score, correct, skipped)
        self.response_text = response_text
        self.right_answer = right_answer
        self.note = note
        self.explain = explain
        self.quote = quote
        self.citation = citation

    def compose(self) -> ComposeResult:
        yield Static(Content(self.verdict_text), classes=f"verdict {self.verdict_class}")
        yield Static(Content(f"Your answer:  {self.response_text or '—'}"), classes="your-answer")
        yield Static(Content(f"Right answer: {self.right_answer}"), classes="right-answer")
        if self.note:
            yield Static(Content(self.note), classes="note")
        if self.explain:
            yield Static(Content(self.explain), classes="explain")
        yield QuoteBlock(self.quote, self.citation, classes="quote")
