"""The real app on a score database with one damaged column (a real SQLite file): the home screen lists its scores,
the history shows every session in full, Continue resumes the damaged session with the answers it had, the
statistics draw; the damage is named once, with its file and row, and nothing crashes."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import DataTable

from tests.damaged_store import DAMAGES, PROFILE, SMALL, T0, fill
from tests.ui.helpers import SIZE, wait_home
from trainer.settings import Settings
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.ui.app import make_app
from trainer.ui.screens.exam import ExamScreen
from trainer.ui.screens.history import HistoryScreen
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.screens.resume import ResumeScreen
from trainer.ui.screens.stats import StatsScreen
from trainer.ui.screens.summary import SummaryScreen

# The columns the screens read, each in its own code path (the store's tests cover every column).
SHOWN = ("plan", "plan-exam", "plan-decks", "started", "ended", "last-answer", "answered-at-open", "card-due",
         "card-last-review", "total", "elapsed")


def toasts(app) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query("Toast")]


@pytest.mark.parametrize("damage", [pytest.param(d, id=d.name) for d in DAMAGES if d.name in SHOWN])
async def test_the_app_reads_around_a_damaged_column_and_names_it_once(tmp_path, damage):
    settings = Settings(deck_paths=(SMALL,), data_dir=tmp_path / "data", profile=PROFILE, seed=3)
    with Store.open(settings.database) as store:
        filled = fill(store)
        answered = {sid: len(store.answers(sid)) for sid in (filled.interrupted, filled.exam, filled.multi)}
    note = damage.apply(settings.database, filled)
    app = make_app(settings, Store.open(settings.database), clock=FakeClock(T0 + dt.timedelta(days=3)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert not [text for text in toasts(app) if "could not be read" in text]  # the scores are listed
        await pilot.press("h")
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one("#sessions", DataTable)
        assert table.row_count == 3  # the completed and the interrupted practice, the unfinished exam: all listed
        for row in range(table.row_count):
            table.move_cursor(row=row)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("escape")
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert "12 answers" in str(app.screen.query_one("#stats-overview").render())
        await pilot.press("escape")
        await pilot.pause()
        # Continue: the session that holds the damage when it is unfinished, else the newest.
        await pilot.press("c")
        assert isinstance(app.screen, ResumeScreen)
        records = app.screen.records
        target = getattr(filled, damage.session) if damage.session in ("interrupted", "exam", "multi") else None
        index = next((i for i, record in enumerate(records) if record.id == target), 0)
        for _ in range(index):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, (QuizScreen, ExamScreen, SummaryScreen)), screen
        if isinstance(screen, QuizScreen):
            assert screen.session.answered == answered[records[index].id]  # its answers kept, not asked again
        elif isinstance(screen, SummaryScreen):  # a plan rebuilt from its answers: all answered, shown in full
            assert screen.summary.answered == answered[records[index].id]
        told = [text for text in toasts(app) if note in text]
        assert len(told) == 1, toasts(app)
        assert "Damaged scores" in told[0]
