"""The end of a session: score, time, results by type and tag, the missed questions with their quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from trainer.deck.types import LABELS
from trainer.study.summary import Summary, Tally
from trainer.ui.format import duration, percent, points
from trainer.ui.widgets.footer import TrainerFooter
from trainer.ui.widgets.quote import QuoteBlock

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp

#: The summary's title by how the session ended (the store's statuses are not words a student uses).
HEADINGS = {
    "completed": "Session complete",
    "interrupted": "Session left early",
    "active": "Session unfinished",
    "abandoned": "Session discarded",
}


def tally_table(title: str, tallies: dict[str, Tally], names: dict[str, str] | None = None) -> Table:
    table = Table(title=title, title_justify="left", expand=False, show_edge=False, pad_edge=False)
    table.add_column(title.split(" ")[-1].capitalize())
    table.add_column("Answered", justify="right")
    table.add_column("Right", justify="right")
    table.add_column("Score", justify="right")
    for key, tally in tallies.items():
        table.add_row(
            Text((names or {}).get(key, key)),
            Text(str(tally.answered)),
            Text(str(tally.correct)),
            Text(percent(tally.fraction)),
        )
    return table


class SummaryScreen(Screen[None]):
    """Shows a session's :class:`Summary`; ``r`` retries the missed questions."""

    app: "TrainerApp"

    BINDINGS = [
        Binding("r", "retry", "Retry missed", id="retry"),
        Binding("h", "history", "History", id="history"),
        Binding("escape,enter", "home", "Home", id="home"),
        # Space pages down as in a pager; the footer names the scroll area's own keys with it.
        Binding("space", "page_down", "Scroll", id="scroll", key_display="↑↓ PgUp PgDn"),
    ]

    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        summary = self.summary
        heading = HEADINGS.get(summary.status, f"Session {summary.status}")
        yield Static(Content(f"{heading} · {summary.deck_title}"), id="summary-title")
        with VerticalScroll(id="summary-body"):
            partly = sum(1 for missed in summary.missed if missed.score > 0 and not missed.skipped)
            wrong = summary.answered - summary.correct - partly - summary.skipped
            line = (
                f"Score {points(summary.score)} / {summary.total} ({percent(summary.fraction)})  ·  "
                f"{summary.correct} right, {partly} partly right, {wrong} wrong, {summary.skipped} skipped"
            )
            if summary.unanswered:
                line += f", {summary.unanswered} not answered"
            yield Static(Content(line), id="summary-score")
            yield Static(Content(f"Time {duration(summary.duration.total_seconds())}"), id="summary-time")
            if summary.by_type:
                yield Static(tally_table("By question type", summary.by_type, LABELS), classes="tally")
            if summary.by_tag:
                yield Static(tally_table("By tag", summary.by_tag), classes="tally")
            if summary.missed:
                yield Static(Content(f"Missed ({len(summary.missed)}) · r to retry them"), classes="section")
                yield from self._missed()
            else:
                yield Static(Content("Nothing missed. Well done."), classes="section")
        yield TrainerFooter()

    def _missed(self) -> ComposeResult:
        for missed in self.summary.missed:
            loaded = self.app.loaded_for(missed.deck_id)
            deck = loaded.deck if loaded else None
            question = deck.question(missed.question_id) if deck else None
            with Vertical(classes="missed"):
                yield Static(Content(missed.prompt or missed.question_id), classes="missed-prompt")
                answer = "skipped" if missed.skipped else (missed.response_text or "—")
                yield Static(Content(f"Your answer:  {answer}"), classes="your-answer")
                if missed.right_answer:
                    yield Static(Content(f"Right answer: {missed.right_answer}"), classes="right-answer")
                if question is not None and deck is not None:
                    source = deck.source_for(question)
                    yield QuoteBlock(question.quote, source.citation() if source else "", classes="quote")

    def on_mount(self) -> None:
        self.query_one("#summary-body").focus()

    def action_retry(self) -> None:
        if not self.summary.missed:
            return
        self.app.pop_screen()
        self.app.retry_missed(self.summary.missed_keys)

    def action_history(self) -> None:
        loaded = self.app.loaded_for(self.summary.deck_id)
        if loaded is not None:
            self.app.pop_screen()
            self.app.open_history(loaded)

    def action_home(self) -> None:
        self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.summary.missed)
        if action == "history":
            return self.app.loaded_for(self.summary.deck_id) is not None
        return True

    def action_page_down(self) -> None:
        self.query_one("#summary-body", VerticalScroll).scroll_page_down()
