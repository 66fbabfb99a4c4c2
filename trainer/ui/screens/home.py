"""Home: the decks, with their size and the student's scores; Enter starts a session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from trainer.deck.loader import LoadedDeck
from trainer.ui.format import percent, relative_time

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


class HomeScreen(Screen[None]):
    """Lists every deck found on the deck paths; broken decks show their first error."""

    app: "TrainerApp"

    BINDINGS = [
        Binding("enter", "study", "Study", id="study", priority=True),
        Binding("h", "history", "History", id="history"),
        Binding("r", "reload", "Reload", id="reload"),
    ]

    @dataclass
    class DecksLoaded(Message):
        decks: list[LoadedDeck]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Content("Loading decks…"), id="home-status")
        yield DataTable(id="decks", cursor_type="row", zebra_stripes=True)
        yield Static(id="deck-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#decks", DataTable)
        table.add_column("Deck", key="title")
        table.add_column("Questions", key="questions")
        table.add_column("Last", key="last")
        table.add_column("Best", key="best")
        table.add_column("Studied", key="studied")
        self.sub_title = f"profile {self.app.settings.profile}"
        self.load_decks()

    def on_screen_resume(self) -> None:
        # Scores change after a session: refresh the figures (the decks themselves are unchanged).
        if self.app.decks:
            self._fill(self.app.decks)

    @work(thread=True, exclusive=True, group="load-decks")
    def load_decks(self) -> None:
        from trainer.deck.loader import load_decks

        decks = load_decks(self.app.settings.deck_paths)
        self.post_message(self.DecksLoaded(decks))

    @on(DecksLoaded)
    def show_decks(self, message: DecksLoaded) -> None:
        self.app.decks = message.decks
        self._fill(message.decks)

    def _fill(self, decks: list[LoadedDeck]) -> None:
        table = self.query_one("#decks", DataTable)
        cursor = table.cursor_row
        table.clear()
        stats = self.app.store.deck_stats(self.app.settings.profile)
        now = self.app.clock.now()
        for index, loaded in enumerate(decks):
            if loaded.deck is not None and loaded.ok:
                deck = loaded.deck
                figures = stats.get(deck.deck)
                table.add_row(
                    Text(deck.title),
                    Text(str(len(deck.questions)), justify="right"),
                    Text(percent(figures.last_score) if figures else "—", justify="right"),
                    Text(percent(figures.best_score) if figures else "—", justify="right"),
                    Text(relative_time(figures.last_studied, now) if figures else "never"),
                    key=str(index),
                )
            else:
                table.add_row(
                    Text(f"⚠ {loaded.path.name}", style="bold"),
                    Text("—", justify="right"),
                    Text("—", justify="right"),
                    Text("—", justify="right"),
                    Text("has errors"),
                    key=str(index),
                )
        status = self.query_one("#home-status", Static)
        if not decks:
            paths = ", ".join(str(path) for path in self.app.settings.deck_paths) or "nowhere"
            status.update(Content(f"No decks found in {paths}. Pass deck files or folders: trainer PATH..."))
        else:
            usable = sum(1 for loaded in decks if loaded.ok)
            broken = len(decks) - usable
            text = f"{usable} deck{'s' if usable != 1 else ''}"
            if broken:
                text += f", {broken} with errors (run trainer check)"
            status.update(Content(text + ". Enter to study, h for history, ? for keys."))
        if decks:
            table.move_cursor(row=min(max(cursor, 0), len(decks) - 1))
            table.focus()
        self._show_detail()

    def _selected(self) -> LoadedDeck | None:
        table = self.query_one("#decks", DataTable)
        decks = self.app.decks
        if not decks or table.row_count == 0:
            return None
        return decks[table.cursor_row]

    @on(DataTable.RowHighlighted, "#decks")
    def _show_detail(self) -> None:
        loaded = self._selected()
        detail = self.query_one("#deck-detail", Static)
        if loaded is None:
            detail.update("")
        elif loaded.ok and loaded.deck is not None:
            deck = loaded.deck
            detail.update(Content(deck.description or deck.title))
            detail.remove_class("error")
        else:
            error = loaded.first_error
            detail.update(Content(str(error) if error else f"{loaded.path}: cannot be loaded"))
            detail.add_class("error")

    @on(DataTable.RowSelected, "#decks")  # a click; the Enter key is a priority binding
    def action_study(self) -> None:
        loaded = self._selected()
        if loaded is not None:
            self.app.start_session(loaded)

    def action_history(self) -> None:
        loaded = self._selected()
        if loaded is not None and loaded.deck is not None:
            self.app.open_history(loaded)

    def action_reload(self) -> None:
        self.query_one("#home-status", Static).update(Content("Reloading decks…"))
        self.load_decks()

