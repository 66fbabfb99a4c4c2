"""The Textual app: wires screens, global keys and the command palette. Nothing else lives here."""

from __future__ import annotations

import random
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from trainer.settings import Settings
from trainer.store import Store
from trainer.study.clock import Clock, SystemClock
from trainer.study.writer import AnswerWriter
from trainer.ui.format import ControlFilter
from trainer.ui.keys import OrderedKeys
from trainer.ui.launch import SessionLauncher
from trainer.ui.saving import SavingNotices

if TYPE_CHECKING:
    from trainer.deck.loader import LoadedDeck


def _deck_commands():
    """The deck provider, imported when the palette first opens (textual.command is slow to import)."""
    from trainer.ui.palette import DeckCommands

    return DeckCommands


def _screen_commands():
    """Every action the current screen offers (its keys), by name."""
    from trainer.ui.palette import ScreenCommands

    return ScreenCommands


class TrainerApp(OrderedKeys, SessionLauncher, SavingNotices, App[None]):
    """trainer's app. Build it with :func:`make_app` so that tests can point it anywhere.

    Keys are applied one at a time, in order (:class:`~trainer.ui.keys.OrderedKeys`); answers are saved
    on a writer thread (:attr:`writer`), and those the database refused are put back once it takes them again
    (:class:`~trainer.ui.saving.SavingNotices`); no control character from a deck reaches the terminal
    (:class:`~trainer.ui.format.ControlFilter`); an unexpected error is written to :attr:`error_log`.
    """

    TITLE = "trainer"
    CSS_PATH = "trainer.tcss"
    COMMANDS = App.COMMANDS | {_screen_commands, _deck_commands}
    BINDINGS = [
        Binding("question_mark,f1", "toggle_help", "Keys", id="help", tooltip="This screen's keys"),
        # Not in the footers (they need the room at 80 columns): ? and the palette say it.
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True, show=False),
    ]

    def __init__(self, settings: Settings, store: Store, clock: Clock | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.decks: list[LoadedDeck] = []
        self._seeds = random.Random(settings.seed)
        #: Commits answers off the UI thread, in order, retrying while another program holds the database.
        self.writer = AnswerWriter(on_saving_again=self.put_back_kept)
        #: Damaged rows of the score database already named to the student (each is said once a run).
        self.damage_told: set[str] = set()
        #: Where an unexpected error's traceback is written (set when one happened).
        self.error_log: Path | None = None
        self._filters.append(ControlFilter())

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: keep its traceback in a log file the exit message names, then exit with 1."""
        self.error_log = write_error_log(self.settings.data_dir, error)
        super()._handle_exception(error)

    def on_mount(self) -> None:
        """Open with the theme chosen last time, and remember every change of theme."""
        from trainer.settings import load_preferences

        saved = load_preferences(self.settings.data_dir).get("theme")
        if saved and saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._watch_the_terminal()

    def _watch_the_terminal(self) -> None:
        """End the app, keeping every answer, once its terminal is gone (a closed window, a dropped SSH link).

        The terminal's hang-up signal may reach only its first program: run through `make run`, trainer
        is make's child and is not told. Textual's input thread then reads the closed terminal's
        end of input over and over (Textualize/textual#6690): the app lived on unseen at a third of a
        core. A closed terminal refuses to give its settings, which a check each second notices."""
        if self.is_headless:
            return
        try:
            import termios  # not on Windows, whose console has no such hang-up
        except ImportError:
            return
        try:
            fd = sys.__stdin__.fileno()
            termios.tcgetattr(fd)
        except (AttributeError, ValueError, OSError, termios.error):
            return  # not a terminal: nothing to watch

        def check() -> None:
            try:
                termios.tcgetattr(fd)
            except (OSError, termios.error):
                self.exit()

        self.set_interval(1.0, check, name="terminal watch")

    def _remember_theme(self, theme) -> None:
        from trainer.settings import save_preference

        save_preference(self.settings.data_dir, "theme", theme.name)

    def get_default_screen(self) -> Screen:
        if self.settings.preview is not None:
            from trainer.ui.screens.preview import PreviewScreen

            return PreviewScreen(self.settings.preview)
        from trainer.ui.screens.home import HomeScreen

        return HomeScreen()

    def notify(self, message: str, *, title: str = "", severity="information", timeout=None, markup: bool = False) -> None:
        """Notifications carry deck titles, errors quoting deck values and file names: plain text by default."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def get_system_commands(self, screen: Screen):
        """Textual's palette commands, but "Keys" (its generic key panel): ours comes with the screen's."""
        for command in super().get_system_commands(screen):
            if command.title != "Keys":
                yield command

    def action_toggle_help(self) -> None:
        """This screen's keys, in words (the help screen closes itself on ?)."""
        from trainer.ui.screens.help import help_for

        self.push_screen(help_for(self.screen))

    async def action_quit(self) -> None:
        """Quit, but let a session in progress ask first (its answers are kept either way)."""
        if getattr(self.screen, "in_progress", False):  # a quiz or an exam: both offer confirm_leave
            self.screen.confirm_leave(then_quit=True)  # type: ignore[attr-defined]
            return
        self.exit()


def write_error_log(folder: Path, error: BaseException) -> Path | None:
    """Append the error's traceback to ``folder/error.log`` (or the temp folder); None if neither is writable."""
    text = f"--- {datetime.now().astimezone():%Y-%m-%d %H:%M:%S %z}\n" + "".join(traceback.format_exception(error))
    for place in (folder, Path(tempfile.gettempdir())):
        path = place / "error.log"
        try:
            place.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as log:
                log.write(text)
        except OSError:
            continue
        return path
    return None


def make_app(settings: Settings, store: Store, clock: Clock | None = None) -> TrainerApp:
    return TrainerApp(settings, store, clock)
