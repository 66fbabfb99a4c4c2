"""Starting or resuming a session while another program holds the score database: a clear message at once.

Opening a session writes its row on the UI thread. A real second SQLite connection holds the real file
(as `sqlite3 FILE "BEGIN EXCLUSIVE"` in another terminal would); the store keeps its usual busy timeout
of seconds, and the start must not wait it out: it says the database is held and to try again, starts
nothing, and loses nothing. Once the other program lets go, the same key starts the session.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager

import pytest

import trainer.store.connection as db_module
from tests.ui.helpers import SIZE, SMALL, build_app, right_response, send, wait_home
from trainer.deck.loader import load_decks
from trainer.study.session import StudySession
from trainer.ui.screens.exam import ExamScreen
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.quiz import QuizScreen

#: The store's busy timeout in these tests: a start that waited for the lock would take this long.
BUSY_MS = 60_000
#: Far below it, and far above what a loaded machine takes for one key: this is no timing check, only
#: proof that the start did not wait the busy timeout out.
PROMPT = 15.0


@pytest.fixture(autouse=True)
def long_busy_timeout(monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", BUSY_MS)


def notes(app) -> list[str]:
    return [f"{note.title}: {note.message}" for note in app._notifications]


@contextmanager
def held(app):
    """Another program holds the score database (a write lock, as `BEGIN EXCLUSIVE` in an sqlite3 shell takes)."""
    blocker = sqlite3.connect(app.settings.database, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def said_held(app) -> bool:
    return any(
        note.startswith("Could not start the session") and "held by another program" in note and "try again" in note
        for note in notes(app)
    )


async def test_a_new_session_on_a_held_database_says_so_at_once_and_starts_once_it_is_free(tmp_path):
    assert db_module.BUSY_TIMEOUT_MS / 1000 > 2 * PROMPT  # the store really would wait that long
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        with held(app):
            began = time.monotonic()
            await send(pilot, ["enter"])
            waited = time.monotonic() - began
            assert isinstance(app.screen, HomeScreen), "nothing started"
            assert said_held(app)
            assert waited < PROMPT, f"the screen froze {waited:.1f} s waiting for the database"
        assert app.store.resumable_sessions(app.settings.profile) == []  # no half-made session left behind
        await send(pilot, ["enter"])
        assert isinstance(app.screen, QuizScreen), "the same key works once the other program lets go"


async def test_an_exam_on_a_held_database_says_so_at_once(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        with held(app):
            began = time.monotonic()
            app.start_exam(app.decks[0].deck, time_limit=None)
            await pilot.pause()
            assert time.monotonic() - began < PROMPT
            assert not isinstance(app.screen, ExamScreen) and said_held(app)
        app.start_exam(app.decks[0].deck, time_limit=None)
        await pilot.pause()
        assert isinstance(app.screen, ExamScreen)


async def test_resuming_on_a_held_database_says_so_at_once_and_keeps_the_answers(tmp_path):
    app = build_app(tmp_path, [SMALL])
    # One answer given and the session left, through the core before the app starts.
    session = StudySession.start(app.store, load_decks([SMALL])[0].deck, seed=1, profile=app.settings.profile,
                                 clock=app.clock)
    first = session.current
    session.answer(right_response(first))
    session.advance()
    session.interrupt()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        (record,) = app.store.resumable_sessions(app.settings.profile)
        with held(app):
            began = time.monotonic()
            app.resume(record)
            await pilot.pause()
            assert time.monotonic() - began < PROMPT
            assert isinstance(app.screen, HomeScreen) and said_held(app)
        (record,) = app.store.resumable_sessions(app.settings.profile)
        assert [a.question_id for a in app.store.answers(record.id)] == [first.id], "the answer given is kept"
        app.resume(record)
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.session.answered == 1
