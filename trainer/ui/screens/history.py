"""History: a deck's past sessions with dates and scores; Enter shows one session's summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static

from trainer.deck.loader import LoadedDeck
from trainer.study.modes import BY_NAME
from trainer.ui.launch import RETRY_TITLE
from trainer.ui.format import local_datetime, mode_name, percent, plural, points
from trainer.ui.widgets.footer import TrainerFooter

#: How a session's status reads in the list.
STATUS_NAMES = {"completed": "finished", "interrupted": "left early", "active": "unfinished", "abandoned": "discarded"}


def session_kind(record, deck_size: int) -> str:
    """What the session was: 'practice', 'practice, 5 of 32', 'retry of missed', 'exam', 'read first'…"""
    if record.deck_title == RETRY_TITLE:
        return "retry of missed"
    name = mode_name(record.mode)
    if record.mode in BY_NAME and BY_NAME[record.mode].shuffle and record.total < deck_size:  # part of a deck
        return f"{name}, {record.total} of {deck_size}"
    return name


def worth_listing(record) -> bool:
    """Sessions left before any answer are noise, except an unfinished exam (its answers are saved unsubmitted)."""
    return record.answered > 0 or (record.mode == "exam" and record.resumable)

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


class HistoryScreen(Screen[None]):
    app: "TrainerApp"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("enter", "open", "Show in full", id="open", priority=True),  # over the table's own Enter, so it shows
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
        yield TrainerFooter()

    def on_mount(self) -> None:
        table = self.query_one("#sessions", DataTable)
        table.add_columns("Started", "Session", "Status", "Answered", "Score", "%")
        stored = self.app.store.sessions_for_deck(self.deck.deck, self.app.settings.profile)
        self.records = [record for record in stored if worth_listing(record)]
        self.app.report_damage()  # a session whose plan or times are damaged is listed all the same, and named
        hidden = len(stored) - len(self.records)
        size = len(self.deck.questions)
        for record in self.records:
            table.add_row(
                Text(local_datetime(record.started_at)),
                Text(session_kind(record, size)),
                Text(STATUS_NAMES.get(record.status, record.status)),
                Text(f"{record.answered}/{record.total}", justify="right"),
                Text(points(record.score), justify="right"),
                Text(percent(record.fraction), justify="right"),
            )
        status = self.query_one("#history-status", Static)
        left = f" ({plural(hidden, 'session')} left before the first answer not shown)" if hidden else ""
        if not self.records:
            status.update(Content(f"No sessions yet{left}. Press Escape, then Enter on the deck to start one."))
        else:
            status.update(Content(f"{plural(len(self.records), 'session')}, newest first{left}. Enter shows one."))
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
        self.app.report_damage()  # an answer whose stored response is damaged: named once, as Continue does
