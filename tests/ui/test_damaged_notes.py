"""Answers whose stored response is damaged (a real SQLite file edited behind trainer's back) are named once, with
the file and the answer's id, shown literally, where the app reads them: the history (a session shown in full) and
Continue."""

from __future__ import annotations

import sqlite3

import yaml
from textual.widgets import DataTable

from tests.ui.helpers import SIZE, SMALL, wait_home
from trainer.settings import Settings
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.ui.app import make_app
from trainer.ui.screens.history import HistoryScreen
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.screens.resume import ResumeScreen
from trainer.ui.screens.summary import SummaryScreen


def toasts(app) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query("Toast")]


def damaged_notes(app) -> list[str]:
    return [text for text in toasts(app) if "is damaged" in text]


def build(tmp_path):
    # Brackets in the folder's name: the note must show them, not read them as markup.
    folder = tmp_path / "[b]scores[/b] [@click=app.quit]"
    settings = Settings(deck_paths=(SMALL,), data_dir=folder, profile="tester", seed=3)
    return make_app(settings, Store.open(settings.database), clock=FakeClock())


def stored_session(app, *, finish: bool) -> list[int]:
    """A practice session of the small deck with two answers, stored before the app starts; their ids."""
    deck = yaml.safe_load((SMALL / "deck.yaml").read_text(encoding="utf-8"))
    questions = deck["questions"]
    store, now = app.store, app.clock.now()
    session = store.start_session(deck_id=deck["deck"], deck_title=deck["title"], mode="practice", seed=1,
                                  question_ids=[q["id"] for q in questions], profile="tester", now=now)
    answers = [store.record_answer(session, deck_id=deck["deck"], question_id=q["id"], qtype=q["type"],
                                   response="x", response_text="x", correct=False, score=0.0, skipped=False,
                                   elapsed_ms=900, now=now) for q in questions[:2]]
    if finish:
        store.finish_session(session, status="interrupted", now=now)
    return answers


def damage(app, answer_id: int) -> None:
    """What a failing disk or another program can leave in the file: a cut-off JSON text."""
    with sqlite3.connect(app.store.path) as conn:
        conn.execute("UPDATE answers SET response = '[\"A\", \"B' WHERE id = ?", (answer_id,))
    conn.close()


async def test_the_history_names_a_damaged_answer_once_with_its_file_and_id(tmp_path):
    app = build(tmp_path)
    first, _ = stored_session(app, finish=True)
    damage(app, first)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        await pilot.press("h")
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.query_one("#sessions", DataTable).row_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)  # the session is shown in full all the same
        told = damaged_notes(app)
        assert len(told) == 1, toasts(app)
        assert f"the response of answer {first} in {app.store.path} is damaged" in told[0]
        assert "[b]scores[/b] [@click=app.quit]" in told[0]  # literally, not as markup
        assert "Damaged scores" in told[0]
        await pilot.press("escape")
        await pilot.press("enter")  # the same session again: it was said already
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert len(damaged_notes(app)) == 1


async def test_continue_names_a_damaged_answer_and_resumes(tmp_path):
    app = build(tmp_path)
    _, second = stored_session(app, finish=False)
    damage(app, second)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        await pilot.press("c")
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.session.answered == 2  # the damaged answer keeps its grade: not asked again
        told = damaged_notes(app)
        assert len(told) == 1 and f"the response of answer {second} in {app.store.path} is damaged" in told[0]
