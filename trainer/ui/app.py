"""The Textual app: wires screens, global keys and the command palette. Nothing else lives here."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from trainer.settings import Settings
from trainer.store import Store
from trainer.study.clock import Clock, SystemClock

if TYPE_CHECKING:
    from trainer.deck.loader import LoadedDeck


def _deck_commands():
    """The deck provider, imported when the palette first opens (textual.command is slow to import)."""
    from trainer.ui.commands import DeckCommands

    return DeckCommands


class TrainerApp(App[None]):
    """trainer's app. Build it with :func:`make_app` so that tests can point it anywhere."""

    TITLE = "trainer"
    CSS_PATH = "trainer.tcss"
    COMMANDS = App.COMMANDS | {_deck_commands}
    BINDINGS = [
        Binding("question_mark", "toggle_help", "Keys", id="help"),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
    ]

    def __init__(self, settings: Settings, store: Store, clock: Clock | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.decks: list[LoadedDeck] = []
        self._seeds = random.Random(settings.seed)

    def get_default_screen(self) -> Screen:
        if self.settings.preview is not None:
            from trainer.ui.screens.preview import PreviewScreen

            return PreviewScreen(self.settings.preview)
        from trainer.ui.screens.home import HomeScreen

        return HomeScreen()

    def next_seed(self) -> int:
        """A seed for the next session: reproducible when ``--seed`` was given."""
        return self._seeds.randrange(2**31)

    def start_session(self, loaded: LoadedDeck, question_ids: list[str] | None = None) -> None:
        """Open a practice session on a deck (or on some of its questions)."""
        if not loaded.ok or loaded.deck is None:
            error = loaded.first_error
            self.notify(str(error) if error else "This deck cannot be opened.", title="Deck has errors", severity="error")
            return
        from trainer.study.session import StudySession
        from trainer.ui.screens.quiz import QuizScreen

        session = StudySession.start(
            self.store,
            loaded.deck,
            seed=self.next_seed(),
            profile=self.settings.profile,
            clock=self.clock,
            question_ids=question_ids,
        )
        self.push_screen(QuizScreen(loaded, session))

    def open_history(self, loaded: LoadedDeck) -> None:
        from trainer.ui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen(loaded))

    def open_stats(self, loaded: LoadedDeck | None) -> None:
        """Statistics for one deck, or for every deck that loaded when ``loaded`` is None."""
        from trainer.ui.screens.stats import StatsScreen

        decks = [d.deck for d in self.decks if d.deck is not None and d.ok]
        if loaded is not None and loaded.deck is not None:
            self.push_screen(StatsScreen(decks, loaded.deck.deck, loaded.deck.title))
        else:
            self.push_screen(StatsScreen(decks, None, "all decks"))

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    async def action_quit(self) -> None:
        """Quit, but let a session in progress ask first (its answers are kept either way)."""
        from trainer.ui.screens.quiz import QuizScreen

        if isinstance(self.screen, QuizScreen) and self.screen.in_progress:
            self.screen.confirm_leave(then_quit=True)
            return
        self.exit()


def make_app(settings: Settings, store: Store, clock: Clock | None = None) -> TrainerApp:
    return TrainerApp(settings, store, clock)
