"""A source quote shown as a block quote with its citation."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from trainer.ui.format import plain


def quote_text(quote: str) -> str:
    words = quote.strip().strip('“”"')
    return f"“{words}”"


class QuoteBlock(Vertical):
    """“The quote” and, under it, — title, outlet, date."""

    def __init__(self, quote: str = "", citation: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.quote = quote
        self.citation = citation

    def compose(self) -> ComposeResult:
        yield Static(plain(quote_text(self.quote)), classes="quote-text")
        yield Static(plain(f"— {self.citation}"), classes="quote-citation")

    def show(self, quote: str, citation: str) -> None:
        """Show another quote in place (no widgets mounted: drawn in the same frame as its neighbours)."""
        self.quote, self.citation = quote, citation
        self.query_one(".quote-text", Static).update(plain(quote_text(quote)))
        self.query_one(".quote-citation", Static).update(plain(f"— {citation}"))
