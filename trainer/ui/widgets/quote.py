"""A source quote shown as a block quote with its citation."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static


#: Shown instead of a quote for an unsourced question (imported from a bank without its article).
NO_SOURCE = "⚠ No source: this question is unsourced, so no quote proves its answer."


class QuoteBlock(Vertical):
    """“The quote” and, under it, — title, outlet, date; or a plain note that there is no source."""

    def __init__(self, quote: str, citation: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.quote = quote
        self.citation = citation

    def compose(self) -> ComposeResult:
        words = self.quote.strip().strip('“”"')
        if not words:
            yield Static(Content(NO_SOURCE), classes="quote-text unsourced")
            return
        yield Static(Content(f"“{words}”"), classes="quote-text")
        yield Static(Content(f"— {self.citation}"), classes="quote-citation")
