"""A small app that opens only the class report (``trainer report`` in a terminal)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

if TYPE_CHECKING:
    from trainer.report.analysis import ClassReport


class ReportApp(App[None]):
    TITLE = "trainer report"
    BINDINGS = [
        Binding("question_mark", "toggle_help", "Keys", id="help"),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
    ]

    def __init__(self, load: Callable[[Callable[[int], None]], ClassReport]) -> None:
        super().__init__()
        self._load = load

    def get_default_screen(self) -> Screen:
        from trainer.ui.screens.report import ReportScreen

        return ReportScreen(self._load)

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()


def run_report_app(load: Callable[[Callable[[int], None]], ClassReport]) -> int:
    ReportApp(load).run()
    return 0
