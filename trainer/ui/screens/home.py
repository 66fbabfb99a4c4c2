"""Home: the decks, with their size and the student's scores; Enter starts a session.

The list appears at once from the deck catalog (see ``trainer.deck.catalog``) when nothing changed
since the last run, while the decks are loaded and verified for real in a worker. Enter pressed
before that load ends is remembered and acted on when it does.
"""

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
from textual.widgets import DataTable, Footer, Static

from trainer.deck.catalog import DeckEntry, find_deck_files, read_catalog, write_catalog
from trainer.ui.format import percent, relative_time

if TYPE_CHECKING:
    from trainer.deck.loader import LoadedDeck
    from trainer.ui.app import TrainerApp


class HomeScreen(Screen[None]):
    """Lists every deck found on the deck paths; broken decks show their first error."""

    app: "TrainerApp"

    BINDINGS = [
        Binding("enter", "study", "Study", id="study", priority=True),
        Binding("h", "history", "History", id="history"),
        Binding("s", "stats", "Stats", id="stats"),
        Binding("S", "all_stats", "All stats", id="all-stats", show=False),
        Binding("r", "reload", "Reload", id="reload"),
    ]

    @dataclass
    class DecksLoaded(Message):
        decks: list[LoadedDeck]
        entries: list[DeckEntry]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[DeckEntry] = []
        self._pending: str | None = None  # an action asked for before the decks were loaded

    def compose(self) -> ComposeResult:
        yield Static(Content("trainer"), id="home-title")
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
        self.query_one("#home-title", Static).update(Content(f"trainer · profile {self.app.settings.profile}"))
        cached = read_catalog(self.app.settings.catalog, find_deck_files(self.app.settings.deck_paths))
        if cached:
            self._fill(cached)
        self.load_decks()

    def on_screen_resume(self) -> None:
        # Scores change after a session: refresh the figures (the decks themselves are unchanged).
        if self.entries:
            self._fill(self.entries)

    @work(thread=True, exclusive=True, group="load-decks")
    def load_decks(self) -> None:
        from trainer.deck.loader import load_decks

        decks = load_decks(self.app.settings.deck_paths)
        entries = [DeckEntry.from_loaded(loaded) for loaded in decks]
        write_catalog(self.app.settings.catalog, entries)
        self.post_message(self.DecksLoaded(decks, entries))

    @on(DecksLoaded)
    def show_decks(self, message: DecksLoaded) -> None:
        self.app.decks = message.decks
        self._fill(message.entries)
        pending, self._pending = self._pending, None
        if pending is not None:
            getattr(self, f"action_{pending}")()

    def _fill(self, entries: list[DeckEntry]) -> None:
        self.entries = entries
        table = self.query_one("#decks", DataTable)
        cursor = table.cursor_row
        table.clear()
        stats = self.app.store.deck_stats(self.app.settings.profile)
        now = self.app.clock.now()
        for index, entry in enumerate(entries):
            figures = stats.get(entry.deck_id) if entry.ok and entry.deck_id else None
            if entry.ok:
                cells = [
                    Text(entry.title or entry.path),
                    Text(str(entry.questions), justify="right"),
                    Text(percent(figures.last_score) if figures else "—", justify="right"),
                    Text(percent(figures.best_score) if figures else "—", justify="right"),
                    Text(relative_time(figures.last_studied, now) if figures else "never"),
                ]
            else:
                name = entry.path.replace("\\", "/").rsplit("/", 1)[-1]
                cells = [Text(f"⚠ {name}", style="bold"), *(Text("—", justify="right") for _ in range(3))]
                cells.append(Text("has errors"))
            table.add_row(*cells, key=str(index))
        self._update_status()
        if entries:
            table.move_cursor(row=min(max(cursor, 0), len(entries) - 1))
            table.focus()
        self._show_detail()

    def _update_status(self) -> None:
        status = self.query_one("#home-status", Static)
        entries = self.entries
        if not entries:
            paths = ", ".join(str(path) for path in self.app.settings.deck_paths) or "nowhere"
            status.update(Content(f"No decks found in {paths}. Pass deck files or folders: trainer PATH..."))
            return
        usable = sum(1 for entry in entries if entry.ok)
        broken = len(entries) - usable
        text = f"{usable} deck{'s' if usable != 1 else ''}"
        if broken:
            text += f", {broken} with errors (run trainer check)"
        status.update(Content(text + ". Enter to study, h for history, ? for keys."))

    def _selected_index(self) -> int | None:
        table = self.query_one("#decks", DataTable)
        if not self.entries or table.row_count == 0:
            return None
        return table.cursor_row

    def _selected(self) -> LoadedDeck | None:
        """The loaded deck under the cursor; None while the decks are still loading."""
        index = self._selected_index()
        if index is None or index >= len(self.app.decks):
            return None
        return self.app.decks[index]

    @on(DataTable.RowHighlighted, "#decks")
    def _show_detail(self) -> None:
        index = self._selected_index()
        detail = self.query_one("#deck-detail", Static)
        if index is None:
            detail.update("")
            return
        entry = self.entries[index]
        if entry.ok:
            detail.update(Content(entry.description or entry.title or ""))
        else:
            detail.update(Content(entry.first_error or f"{entry.path}: cannot be loaded"))
        detail.set_class(not entry.ok, "error")

    def _when_loaded(self, action: str) -> bool:
        """True when the decks are loaded; otherwise remember the action for when they are."""
        if self.app.decks or not self.entries:
            return True
        self._pending = action
        self.query_one("#home-status", Static).update(Content("Checking the decks against their sources…"))
        return False

    @on(DataTable.RowSelected, "#decks")  # a click; the Enter key is a priority binding
    def action_study(self) -> None:
        if not self._when_loaded("study"):
            return
        loaded = self._selected()
        if loaded is not None:
            self.app.start_session(loaded)

    def action_history(self) -> None:
        if not self._when_loaded("history"):
            return
        loaded = self._selected()
        if loaded is not None and loaded.deck is not None:
            self.app.open_history(loaded)

    def action_stats(self) -> None:
        if not self._when_loaded("stats"):
            return
        loaded = self._selected()
        if loaded is not None and loaded.ok:
            self.app.open_stats(loaded)

    def action_all_stats(self) -> None:
        if self._when_loaded("all_stats"):
            self.app.open_stats(None)

    def action_reload(self) -> None:
        self.query_one("#home-status", Static).update(Content("Reloading decks…"))
        self.load_decks()
