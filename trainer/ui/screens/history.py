"""History: a deck's past sessions with dates and scores; Enter shows one session's summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from trainer.deck.loader import LoadedDeck
from trainer.ui.format import local_datetime, percent, points

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


class HistoryScreen(Screen[None]):
    app: "TrainerApp"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("enter", "open", "Details", id="open", show=True),
    ]

    def __init__(self, loaded: LoadedDeck) -> None:
        super().__init__()
        assert loaded.deck is not None
        self.loaded = loaded
        self.deck = loaded.deck
        self.records = []

    def compose(self) -> ComposeResult:
        yield Static(Content(f"History · {self.deck.title}"), id="history-title")
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Static(id="history-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#sessions", DataTable)
        table.add_columns("Started", "Mode", "Status", "Answered", "Score", "%")
        self.records = self.app.store.sessions_for_deck(self.deck.deck, self.app.settings.profile)
        for record in self.records:
            table.add_row(
                Text(local_datetime(record.started_at)),
                Text(record.mode),
                Text(record.status),
                Text(f"{record.answered}/{record.total}", justify="right"),
                Text(points(record.score), justify="right"),
                Text(percent(record.fraction), justify="right"),
            )
        status = self.query_one("#history-status", Static)
        if not self.records:
            status.update(Content("No sessions yet. Press Escape, then Enter on the deck to start one."))
        else:
            status.update(Content(f"{len(self.records)} session{'s' if len(self.records) != 1 else ''}, newest first."))
        table.focus()

    @on(DataTable.RowSelected, "#sessions")
    def action_open(self) -> None:
        table = self.query_one("#sessions", DataTable)
        if not self.records:
            return
        from trainer.study.summary import Summary
        from trainer.ui.screens.summary import SummaryScreen

        record = self.records[table.cursor_row]
        summary = Summary.from_records(record, self.app.store.answers(record.id), self.app.usable_decks())
        self.app.push_screen(SummaryScreen(summary))
