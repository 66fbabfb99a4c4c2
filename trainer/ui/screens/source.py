"""The source reader: the whole article, scrolled to the quote, the quote highlighted."""

from __future__ import annotations

import re
from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from trainer.deck.article import Article
from trainer.deck.model import Source
from trainer.deck.verify import find_quote

_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
HIGHLIGHT = "bold reverse"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs (runs of non-blank lines), skipping a ' date YYYY-MM-DD Title' header."""
    spans = [(match.start(), match.end()) for match in _PARAGRAPH.finditer(text)]
    if spans and text[spans[0][0] : spans[0][1]].lstrip().startswith("date "):
        first_line_end = text.find("\n", spans[0][0])
        if first_line_end == -1 or first_line_end >= spans[0][1]:
            spans = spans[1:]
        else:
            spans[0] = (first_line_end + 1, spans[0][1])
    return spans


class SourceScreen(Screen[None]):
    """Shows an article with some quotes highlighted; opens scrolled to the first."""

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", id="back"),
        Binding("n", "next_quote", "Next quote", id="next-quote"),
        Binding("enter", "start", "Start the quiz", id="start-quiz", priority=True),
    ]

    def __init__(
        self, article: Article, source: Source, quotes: list[str], on_start: Callable[[], None] | None = None
    ) -> None:
        """``on_start``, when given (read-first mode), is called by Enter after the reader closes."""
        super().__init__()
        self.on_start = on_start
        self.article = article
        self.source = source
        self.quotes = quotes
        self.spans = sorted(span for quote in quotes if (span := find_quote(quote, article.text)) is not None)
        self._current = 0

    def compose(self) -> ComposeResult:
        yield Static(Content(self.source.title), id="source-title")
        meta = [part for part in (self.source.outlet, self.article.byline or self.source.byline) if part]
        if self.source.published:
            meta.append(self.source.published.isoformat())
        meta.append(str(self.article.path.name))
        yield Static(Content(" · ".join(meta)), id="source-meta")
        with VerticalScroll(id="source-body"):
            for start, end in paragraphs(self.article.text):
                content = Content(self.article.text[start:end])
                marked = False
                for quote_start, quote_end in self.spans:
                    a, b = max(start, quote_start), min(end, quote_end)
                    if a < b:
                        content = content.stylize(HIGHLIGHT, a - start, b - start)
                        marked = True
                yield Static(content, classes="paragraph quoted" if marked else "paragraph")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#source-body").focus()
        if not self.spans:
            self.notify("The quote was not found in this article.", severity="warning")
        self.call_after_refresh(self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        quoted = list(self.query(".quoted"))
        if quoted:
            target = quoted[self._current % len(quoted)]
            self.query_one("#source-body", VerticalScroll).scroll_to_widget(target, animate=False, top=True)

    def action_next_quote(self) -> None:
        self._current += 1
        self._scroll_to_current()

    def action_start(self) -> None:
        if self.on_start is not None:
            self.app.pop_screen()
            self.on_start()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next_quote":
            return len(self.spans) > 1
        if action == "start":
            return self.on_start is not None
        return True
