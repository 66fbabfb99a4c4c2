"""The source reader: the whole article, scrolled to the quote, the quote highlighted."""

from __future__ import annotations

import re
from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from trainer.deck.article import Article
from trainer.deck.model import Source
from trainer.deck.verify import find_quote
from trainer.ui.widgets.footer import TrainerFooter

_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
#: Every marked quote; the one ``n``/``p`` is on is also marked at the margin (▶) and counted ("quote 2 of 5").
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
    """Shows an article with some quotes highlighted.

    From feedback (one quote) it opens with the quote in view, some of the text before it above.
    In read-first mode it opens at the top, title and lead first; ``n`` and ``p`` go from quote
    to quote and the status line says which ("quote 2 of 5"), even where the end of the article
    stops the scrolling.
    """

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", id="back"),
        Binding("enter", "start", "Start the quiz", id="start-quiz", priority=True),
        Binding("n", "next_quote", "Next quote", id="next-quote"),
        Binding("p", "previous_quote", "Previous", id="previous-quote"),
        # Space pages down as in a pager; the footer names the scroll area's own keys with it.
        Binding("space", "page(1)", "Scroll", id="scroll", key_display="↑↓ PgUp PgDn"),
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
        self._current = -1 if on_start is not None else 0  # read first: at the top until n
        #: How many paragraphs hold a quote: known before the screen is drawn, so the status line is right at once.
        self._quoted = sum(
            1 for start, end in paragraphs(article.text)
            if any(max(start, a) < min(end, b) for a, b in self.spans)
        )

    def compose(self) -> ComposeResult:
        yield Static(Content(self.source.title or self.source.id), id="source-title")
        yield Static(Content(self._meta()), id="source-meta")
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
        yield TrainerFooter()

    def _meta(self) -> str:
        """Outlet, byline, date, and where the reader is among the quotes."""
        meta = [part for part in (self.source.outlet, self.article.byline or self.source.byline) if part]
        if self.source.published:
            meta.append(self.source.published.isoformat())
        count = self._quoted
        if count > 1:
            meta.append(f"quote {self._current + 1} of {count}" if self._current >= 0 else f"{count} quotes: n")
        elif self.quotes and not self.spans:
            meta.append("quote not found in this article")
        return " · ".join(meta)

    def on_mount(self) -> None:
        self.query_one("#source-body").focus()
        if not self.spans:
            self.notify("The quote was not found in this article.", severity="warning")
        self.call_after_refresh(self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        quoted = list(self.query(".quoted"))
        body = self.query_one("#source-body", VerticalScroll)
        for index, paragraph in enumerate(quoted):
            paragraph.set_class(index == self._current, "current")
        if quoted and self._current >= 0:
            target = quoted[self._current % len(quoted)]
            # A few lines of what leads up to the quote stay above it.
            body.scroll_to(y=max(0, target.virtual_region.y - 3), animate=False)
        self.query_one("#source-meta", Static).update(Content(self._meta()))

    def _step(self, step: int) -> None:
        count = len(self.query(".quoted"))
        if count:
            self._current = (self._current + step) % count if self._current >= 0 else (0 if step > 0 else count - 1)
            self._scroll_to_current()

    def action_next_quote(self) -> None:
        self._step(1)

    def action_previous_quote(self) -> None:
        self._step(-1)

    def action_page(self, pages: int) -> None:
        body = self.query_one("#source-body", VerticalScroll)
        body.scroll_page_down() if pages > 0 else body.scroll_page_up()

    def action_start(self) -> None:
        if self.on_start is not None:
            self.app.pop_screen()
            self.on_start()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_quote", "previous_quote"):
            return len(self.spans) > 1
        if action == "start":
            return self.on_start is not None
        return True
