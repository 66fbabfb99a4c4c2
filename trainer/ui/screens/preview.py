"""Live preview for deck authors: the deck as students will meet it, reloaded whenever a file is saved.

When the deck is broken the checker's diagnostics replace the questions, exactly as `trainer check`
prints them. The deck file and its source articles are polled (twice a second, cheap ``stat`` calls)
rather than watched with an OS-specific API, so it works the same everywhere, editors' atomic saves
included.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from trainer.deck.loader import LoadedDeck
from trainer.ui.format import plural
from trainer.ui.widgets.footer import TrainerFooter
from trainer.ui.widgets.quote import QuoteBlock

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp

POLL_SECONDS = 0.5


def _stamp(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """What changes when any of the files is saved (or appears, or disappears)."""
    stamps = []
    for path in paths:
        try:
            stat = path.stat()
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((str(path), -1, -1))
    return tuple(stamps)


class PreviewScreen(Screen[None]):
    app: "TrainerApp"

    BINDINGS = [
        Binding("enter", "study", "Study", id="study"),
        Binding("r", "reload", "Reload", id="reload"),
        Binding("escape", "app.quit", "Quit", id="quit-preview"),
    ]

    @dataclass
    class Loaded(Message):
        loaded: LoadedDeck
        stamp: tuple[tuple[str, int, int], ...]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.loaded: LoadedDeck | None = None
        self._stamp: tuple[tuple[str, int, int], ...] = ()
        self._reloads = 0

    def compose(self) -> ComposeResult:
        yield Static(Content(f"Preview · {self.path}"), id="preview-title")
        yield Static(Content("Loading…"), id="preview-status")
        yield VerticalScroll(id="preview-body")
        yield TrainerFooter()

    def on_mount(self) -> None:
        self.reload()
        self.set_interval(POLL_SECONDS, self._poll)

    def _watched(self) -> list[Path]:
        paths = [self.path]
        if self.loaded is not None and self.loaded.deck is not None:
            folder = self.path.parent
            paths += [(folder / source.file) for source in self.loaded.deck.sources]
        return paths

    def _poll(self) -> None:
        if _stamp(self._watched()) != self._stamp:
            self.reload()

    @work(thread=True, exclusive=True, group="preview")
    def reload(self) -> None:
        from trainer.deck.loader import load_deck

        stamp = _stamp([self.path])  # taken before reading, so a save during the read triggers another
        loaded = load_deck(self.path)
        if loaded.deck is not None:
            stamp = stamp + _stamp([self.path.parent / s.file for s in loaded.deck.sources])
        if not get_current_worker().is_cancelled:  # a newer save started a newer read: its result is the one to show
            self.post_message(self.Loaded(loaded, stamp))

    @on(Loaded)
    def show(self, message: Loaded) -> None:
        self.loaded = message.loaded
        self._stamp = message.stamp
        self._reloads += 1
        self.app.use_decks([message.loaded])
        loaded = message.loaded
        errors, warnings = len(loaded.errors), len(loaded.warnings)
        count = len(loaded.deck.questions) if loaded.deck else 0
        state = "Enter practises it (not recorded in your scores)" if loaded.ok else "fix the errors below; saving reloads"
        status = self.query_one("#preview-status", Static)
        status.update(Content(
            f"Loaded {self._reloads}× · {plural(count, 'question')} · {plural(errors, 'error')}, "
            f"{plural(warnings, 'warning')} · {state}"
        ))
        status.set_class(not loaded.ok, "error")
        body = self.query_one("#preview-body", VerticalScroll)
        body.remove_children()
        diagnostics = [Static(Content(str(d)), classes=f"diagnostic {d.severity}") for d in loaded.diagnostics]
        if not loaded.ok or loaded.deck is None:
            body.mount_all(diagnostics or [Static(Content("This deck cannot be loaded."))])
            return
        body.mount_all([*diagnostics, *self._questions(loaded)])

    def _questions(self, loaded: LoadedDeck) -> list[Vertical]:
        from trainer.deck.grading import format_answer

        deck = loaded.deck
        assert deck is not None
        cards = []
        for number, question in enumerate(deck.questions, 1):
            source = deck.source_for(question)
            card = Vertical(
                Static(Content(f"{number}. {question.id} · {question.type}"), classes="preview-id"),
                Static(Content(question.question_text()), classes="missed-prompt"),
                Static(Content(f"Answer: {format_answer(question)}"), classes="right-answer"),
                QuoteBlock(question.quote, source.citation() if source else "", classes="quote"),
                classes="preview-card",
            )
            cards.append(card)
        return cards

    def action_study(self) -> None:
        if self.loaded is not None:
            self.app.start_session(self.loaded)

    def action_reload(self) -> None:
        self.reload()
