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
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey

from trainer.deck.catalog import DeckEntry, find_deck_files, read_catalog, write_catalog
from trainer.store import StoreError
from trainer.study.queues import TOTAL, due_counts
from trainer.study.scores import DeckScores, deck_scores
from trainer.ui.format import mode_name, percent, plural, relative_time
from trainer.ui.widgets.footer import TrainerFooter

if TYPE_CHECKING:
    from trainer.deck.loader import LoadedDeck
    from trainer.ui.app import TrainerApp


def _file_name(entry: DeckEntry) -> str:
    return entry.path.replace("\\", "/").rsplit("/", 1)[-1]


class HomeScreen(Screen[None]):
    """Lists every deck found on the deck paths; broken decks show their first error."""

    app: "TrainerApp"

    # Every key fits the footer at 80 columns (with "? Keys" last): short words, s and S shown as one.
    BINDINGS = [
        Binding("enter", "study", "Study", id="study", priority=True, tooltip="Practise every question of the deck"),
        Binding("n", "new_session", "New", id="new-session", tooltip="Choose mode, questions, tags, time limit"),
        Binding("v", "review", "Review", id="review", tooltip="Every question due today, all decks"),
        Binding("m", "mistakes", "Mistakes", id="mistakes", tooltip="Questions you last answered wrong"),
        Binding("c", "continue", "Continue", id="continue", tooltip="Continue or discard an unfinished session"),
        Binding("s", "stats", "Stats", id="stats", key_display="s/S", tooltip="s: this deck · S: all decks"),
        Binding("S", "all_stats", "Stats, all decks", id="all-stats", show=False),
        Binding("h", "history", "History", id="history", tooltip="This deck's past sessions"),
        Binding("r", "reload", "Reload", id="reload", tooltip="Read the deck files again"),
    ]

    @dataclass
    class DecksLoaded(Message):
        decks: list[LoadedDeck]
        entries: list[DeckEntry]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[DeckEntry] = []
        self._pending: str | None = None  # an action asked for before the decks were loaded
        self._loaded = False  # the loader worker has reported (the list may still be empty)
        self.resumable: list = []
        self.due_total = 0
        self._stats: dict = {}
        self._scores: dict[str, DeckScores] = {}
        self._due: dict[str, int] = {}
        self._reloading = False

    def compose(self) -> ComposeResult:
        yield Static(Content("trainer"), id="home-title")
        yield Static(Content("Loading decks…"), id="home-status")
        yield DataTable(id="decks", cursor_type="row", zebra_stripes=True)
        yield Static(id="deck-detail")
        yield TrainerFooter()

    def _add_columns(self, table: DataTable) -> None:
        table.add_column("Deck", key="title")
        table.add_column("Qs", key="questions")
        table.add_column("Last", key="last")
        table.add_column("Best", key="best")
        table.add_column("Due", key="due")
        table.add_column("Studied", key="studied")

    def on_mount(self) -> None:
        self._add_columns(self.query_one("#decks", DataTable))
        self.query_one("#home-title", Static).update(Content(f"trainer · profile {self.app.settings.profile}"))
        cached = read_catalog(self.app.settings.catalog, find_deck_files(self.app.settings.deck_paths))
        if cached:
            self._fill(cached)
            # Verify after the list is on screen: the loader's imports would otherwise compete with the first paint.
            self.call_after_refresh(self.load_decks)
        else:
            self.load_decks()

    def on_resize(self) -> None:
        if self.entries:
            self._draw()  # the deck titles are cut to the width

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
        self.app.use_decks(message.decks)
        self._loaded = True
        self._fill(message.entries)
        if self._reloading:
            self._reloading = False
            broken = sum(1 for entry in message.entries if not entry.ok)
            text = f"Reloaded {plural(len(message.entries), 'deck')}"
            self.notify(text + (f"; {broken} with errors (run trainer check)." if broken else "."),
                        severity="warning" if broken else "information")
        pending, self._pending = self._pending, None
        if pending is not None:
            getattr(self, f"action_{pending}")()

    def _fill(self, entries: list[DeckEntry]) -> None:
        """Read the scores and what is due for these decks, then draw the list."""
        self.entries = entries
        profile = self.app.settings.profile
        sizes = {entry.deck_id: entry.questions for entry in entries if entry.ok and entry.deck_id}
        # Once loaded, count against the decks themselves, so questions deleted from a deck are not due.
        keys = self.app.usable_decks() or [entry.deck_id for entry in entries if entry.ok and entry.deck_id]
        try:
            self._stats = self.app.store.deck_stats(profile)
            self._scores = deck_scores(self.app.store, profile, sizes)
            self._due = due_counts(self.app.store, profile, keys, self.app.clock.now())
            self.resumable = self.app.store.resumable_sessions(profile)
            self.app.report_damage()  # damaged rows read around (a session's plan, a time): named once
        except StoreError as error:  # damage found while the app runs: the decks stay usable, the file untouched
            self._stats, self._scores, self._due, self.resumable = {}, {}, {}, []
            self.notify(f"Your scores could not be read, so the list shows none: {error}",
                        title="Scores unavailable", severity="error", timeout=20, markup=False)
        self.due_total = self._due.get(TOTAL, 0)
        self.refresh_bindings()
        self._draw()

    def _draw(self) -> None:
        """Draw the list from the figures already read (a resize redraws without asking the store again)."""
        table = self.query_one("#decks", DataTable)
        chosen = self._selected_entry()  # stays chosen when a reload adds or removes decks before it
        cursor = table.cursor_row
        table.clear()
        # The title column is sized here: left to itself it keeps its widest width, and after the window
        # shrinks Due and Studied would fall off the right edge.
        room = max(20, self.size.width - 37)
        titles = [len(entry.title or entry.path) if entry.ok else len(_file_name(entry)) + 2 for entry in self.entries]
        title_column = table.columns[ColumnKey("title")]
        title_column.auto_width = False
        title_column.width = min(room, max([4, *titles]))
        now = self.app.clock.now()
        for entry in self.entries:
            figures = self._stats.get(entry.deck_id) if entry.ok and entry.deck_id else None
            scores = self._scores.get(entry.deck_id or "", DeckScores())
            if entry.ok:
                title = Text(entry.title or entry.path)
                title.truncate(room, overflow="ellipsis")
                cells = [
                    title,
                    Text(str(entry.questions), justify="right"),
                    Text(percent(scores.last), justify="right"),
                    Text(percent(scores.best), justify="right"),
                    Text(str(self._due.get(entry.deck_id, 0) or "—"), justify="right"),
                    Text(relative_time(figures.last_studied, now) if figures else "never"),
                ]
            else:
                cells = [Text(f"⚠ {_file_name(entry)}", style="bold"), *(Text("—", justify="right") for _ in range(4))]
                cells.append(Text("has errors"))
            table.add_row(*cells, key=entry.path)
        self._update_status()
        if self.entries:
            paths = [entry.path for entry in self.entries]
            row = paths.index(chosen.path) if chosen is not None and chosen.path in paths else cursor
            table.move_cursor(row=min(max(row, 0), len(self.entries) - 1))
            table.focus()
        self._show_detail()

    def _update_status(self) -> None:
        status = self.query_one("#home-status", Static)
        entries = self.entries
        if not entries:
            from trainer.paths import no_decks_message
            from trainer.textsafe import visible

            settings = self.app.settings
            status.update(Content(visible(no_decks_message(settings.deck_paths, settings.data_dir))))
            return
        usable = sum(1 for entry in entries if entry.ok)
        broken = len(entries) - usable
        text = f"{usable} deck{'s' if usable != 1 else ''}"
        if broken:
            text += f", {broken} with errors (run trainer check)"
        text += f" · {self.due_total} due for review" if self.due_total else " · nothing due"
        if self.resumable:
            text += f" · {plural(len(self.resumable), 'unfinished session')} (c)"
        status.update(Content(text + " · ? keys · Ctrl+P commands"))

    def _selected_entry(self) -> DeckEntry | None:
        """The row under the cursor (each row is keyed by its deck file)."""
        table = self.query_one("#decks", DataTable)
        if not self.entries or table.row_count == 0:
            return None
        path = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((entry for entry in self.entries if entry.path == path), None)

    def _selected(self) -> LoadedDeck | None:
        """The loaded deck under the cursor; None while the decks are still loading."""
        entry = self._selected_entry()
        return self.app.loaded_at(entry.path) if entry is not None else None

    @on(DataTable.RowHighlighted, "#decks")
    def _show_detail(self) -> None:
        entry = self._selected_entry()
        detail = self.query_one("#deck-detail", Static)
        if entry is None:
            detail.update("")
            return
        if entry.ok:
            lines = [entry.description or entry.title or "", self._scores_line(entry)]
            detail.update(Content("\n".join(line for line in lines if line)))
        else:
            detail.update(Content(entry.first_error or f"{entry.path}: cannot be loaded"))
        detail.set_class(not entry.ok, "error")

    def _scores_line(self, entry: DeckEntry) -> str:
        """What Last and Best are, and the latest session when it did not cover the whole deck."""
        scores = self._scores.get(entry.deck_id or "")
        if scores is None:
            # Studied may still say "today": a session was begun and left. Say so, not "not studied".
            unfinished = sum(1 for record in self.resumable if entry.deck_id in (record.deck_id, *record.deck_ids))
            if unfinished:
                return f"No session finished yet; {plural(unfinished, 'unfinished session')} (c continues)."
            return "Not studied yet."
        if scores.whole_sessions:
            line = f"Last and Best: whole-deck sessions ({scores.whole_sessions})."
        else:
            line = "Last and Best count whole-deck sessions: none yet."
        latest = scores.latest
        if latest is not None and not latest.whole_deck:
            when = relative_time(latest.ended_at, self.app.clock.now())
            line += (f" Latest: {mode_name(latest.mode)} on {plural(latest.total, 'question')} of {entry.questions},"
                     f" {percent(latest.fraction)}, {when}.")
        return line

    def _when_loaded(self, action: str) -> bool:
        """True when the decks are loaded; otherwise remember the action for when they are."""
        if self.app.decks or self._loaded:
            return True
        self._pending = action  # first launch: no list yet, the key acts once the decks are listed
        if self.entries:
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

    def action_new_session(self) -> None:
        if not self._when_loaded("new_session"):
            return
        loaded = self._selected()
        if loaded is None or not loaded.ok or loaded.deck is None:
            return
        from trainer.ui.screens.setup import SetupScreen

        def chosen(plan) -> None:
            if plan is not None:
                self.app.run_plan(loaded, plan)

        self.app.push_screen(SetupScreen(loaded.deck), chosen)

    def action_review(self) -> None:
        if self._when_loaded("review"):
            self.app.start_review()

    def action_mistakes(self) -> None:
        if self._when_loaded("mistakes"):
            loaded = self._selected()
            self.app.start_mistakes(loaded if loaded is not None and loaded.ok else None)

    def action_continue(self) -> None:
        if not self._when_loaded("continue"):
            return
        if not self.resumable:
            self.notify("No unfinished sessions to continue: every session was finished or discarded.")
            return
        from trainer.ui.screens.resume import ResumeScreen

        self.app.push_screen(ResumeScreen(self.resumable), lambda _: self._fill(self.entries))

    def action_reload(self) -> None:
        self._reloading = True
        self.query_one("#home-status", Static).update(Content("Reloading decks…"))
        self.load_decks()
