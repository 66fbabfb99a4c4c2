"""A source quote shown as a block quote with its citation, or a plain note that the question has no source."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from trainer.ui.format import plain

#: Shown instead of a quote for an unsourced question (imported from a bank without its article).
NO_SOURCE = "⚠ No source: this question is unsourced, so no quote proves its answer."


def quote_text(quote: str) -> str:
    words = quote.strip().strip('“”"')
    return f"“{words}”" if words else NO_SOURCE


class QuoteBlock(Vertical):
    """“The quote” and, under it, — title, outlet, date; or the no-source note alone."""

    def __init__(self, quote: str = "", citation: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.quote = quote
        self.citation = citation

    def compose(self) -> ComposeResult:
        yield Static(classes="quote-text")
        yield Static(classes="quote-citation")

    def on_mount(self) -> None:
        self.show(self.quote, self.citation)

    def show(self, quote: str, citation: str) -> None:
        """Show another quote in place (no widgets mounted: drawn in the same frame as its neighbours)."""
        self.quote, self.citation = quote, citation
        sourced = bool(quote.strip().strip('“”"'))
        text = self.query_one(".quote-text", Static)
        text.update(plain(quote_text(quote)))
        text.set_class(not sourced, "unsourced")
        cited = self.query_one(".quote-citation", Static)
        cited.update(plain(f"— {citation}"))
        cited.display = sourced
