"""Saving works again: the answers kept while the score database refused them are put back, and the student is told.

A mixin of :class:`trainer.ui.app.TrainerApp`. The answer writer calls :meth:`SavingNotices.put_back_kept`
on its own thread as soon as a save succeeds after some were refused for good (read-only file, full
disk); what was kept in the recovery file goes back into the database there, before any later answer,
and a message brings the news to the screen.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from textual.app import App

    from trainer.store import Store
    from trainer.study.recover import PutBack

    _Base = App[None]
else:
    _Base = object


class SavingWorksAgain(Message):
    """Posted from the writer's thread once the kept answers were put back (or could not be)."""

    def __init__(self, report: PutBack) -> None:
        super().__init__()
        self.report = report


class SavingNotices(_Base):
    store: Store

    def put_back_kept(self, refused: list[Path | None]) -> set[Path]:
        """On the writer's thread: restore the recovery files ``refused`` writes went to, then tell the student.

        Returns the files emptied, which the writer then no longer reports at exit."""
        from trainer.study.recover import put_back, saving_again_message

        report = put_back(self.store, refused)
        if not self.post_message(SavingWorksAgain(report)):  # the app has closed (the last saves at exit)
            print(f"trainer: {saving_again_message(report)[0]}", file=sys.stderr)
        return report.emptied

    def on_saving_works_again(self, message: SavingWorksAgain) -> None:
        from trainer.study.recover import saving_again_message

        text, all_well = saving_again_message(message.report)
        self.notify(text, title="Saving works again", severity="information" if all_well else "warning",
                    timeout=20 if all_well else 30)
