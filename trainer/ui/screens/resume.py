"""Unfinished sessions (left early, or cut short by a crash): continue one, or discard it.

An exam answers nothing until it is submitted, so its progress is the count of saved responses.
Deck titles are data: they are shown as ``Content`` and notified with ``markup=False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from trainer.ui.format import mode_name, relative_time
from trainer.ui.widgets.footer import TrainerFooter

if TYPE_CHECKING:
    from trainer.store import SessionRecord
    from trainer.ui.app import TrainerApp


def progress(record: SessionRecord) -> str:
    """How far a session got: answers for study, saved responses for an exam (not answered until submitted)."""
    if record.mode == "exam":
        return f"{record.responses}/{record.total} saved"
    return f"{record.answered}/{record.total} answered"


class ResumeScreen(ModalScreen[None]):
    app: "TrainerApp"

    BINDINGS = [
        Binding("enter", "resume", "Continue", id="resume", priority=True),
        Binding("x", "discard", "Discard", id="discard"),
        Binding("escape", "dismiss(None)", "Back", id="back"),
        # A modal screen keeps the app's keys from its keys, so ? is offered here too.
        Binding("question_mark,f1", "app.toggle_help", "Keys", id="help"),
    ]

    def __init__(self, records: list[SessionRecord]) -> None:
        super().__init__()
        self.records = records

    def compose(self) -> ComposeResult:
        with Vertical(id="resume-box"):
            yield Static(Content("Unfinished sessions"), id="resume-title")
            yield OptionList(id="resume-list")
            yield Static(
                Content("Enter continues where you left off; x discards it (after asking; it stays in the history)."),
                id="resume-hint",
            )
        yield TrainerFooter()

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        options = self.query_one("#resume-list", OptionList)
        options.clear_options()
        now = self.app.clock.now()
        for record in self.records:
            when = relative_time(record.last_answer_at or record.started_at, now)
            label = f"{record.deck_title} · {mode_name(record.mode)} · {progress(record)} · {when}"
            options.add_option(Option(Content(label)))
        if self.records:
            options.highlighted = 0
        options.focus()

    def _selected(self) -> SessionRecord | None:
        index = self.query_one("#resume-list", OptionList).highlighted
        return self.records[index] if index is not None and index < len(self.records) else None

    @on(OptionList.OptionSelected, "#resume-list")
    def action_resume(self) -> None:
        record = self._selected()
        if record is not None:
            self.dismiss(None)
            self.app.resume(record)

    def action_discard(self) -> None:
        """Ask first: a discarded session can never be continued."""
        record = self._selected()
        if record is None:
            return
        from trainer.ui.screens.confirm import ConfirmScreen

        kept = "its saved responses are never graded" if record.mode == "exam" else "its answers stay in the history"
        self.app.push_screen(
            ConfirmScreen(f"Discard this session? ({record.deck_title}, {progress(record)})",
                          f"It can no longer be continued; {kept}."),
            lambda yes: self._discard(record) if yes else None,
        )

    def _discard(self, record: SessionRecord) -> None:
        self.app.store.discard_session(record.id, self.app.clock.now())
        self.records = [r for r in self.records if r.id != record.id]
        self.notify(f"Discarded: {record.deck_title} ({progress(record)}).", markup=False)
        if not self.records:
            self.dismiss(None)
        else:
            self._fill()
