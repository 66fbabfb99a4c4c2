"""Exams on a score database another program holds, or that refuses writes: the student keeps control, nothing is lost.

A real second connection holds the real SQLite file (as `sqlite3 FILE "BEGIN EXCLUSIVE"` in another
terminal would); the exam's saves and its submission wait on the writer's thread, not on the screen.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3

import trainer.store.connection as db_module
from tests.ui.helpers import SIZE, SMALL, build_app, comes_true, send
from tests.ui.test_exam import here, right_keys_now, screen_text, start_exam
from tests.ui.helpers import wrong_keys
from trainer.deck.grading import grade
from trainer.study.writer import RECOVERY_FILE
from trainer.ui.screens.confirm import ConfirmScreen
from trainer.ui.screens.exam import ExamScreen
from trainer.ui.screens.exam_results import ExamResultsScreen


def notes(app) -> list[str]:
    return [f"{note.title}: {note.message}" for note in app._notifications]


def status(screen: ExamScreen) -> str:
    return str(screen.query_one("#exam-status").render())


async def test_an_exam_on_a_held_database_keeps_control_shows_saving_and_keeps_every_response(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 20)
    # Soon, but not a 100 Hz poll: Pilot waits after each key until the app's process is idle (up to 1 s), and a
    # 10 ms timer on the event loop keeps it from ever being idle while the database is held (3 s per key).
    monkeypatch.setattr(ExamScreen, "SAVING_AFTER", 0.05)
    app = build_app(tmp_path, [SMALL])
    app.writer._retry_after = 0.02
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        blocker = sqlite3.connect(app.settings.database, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")  # another program holds the score database
        try:
            first = screen.index
            await send(pilot, right_keys_now(screen))
            assert screen.index == first + 1, "the student is kept on the question while the disk is held"
            assert "could not be saved" not in screen_text(app)
            assert await comes_true(pilot, lambda: "⏳ saving…" in status(screen))
            second = screen.index
            await send(pilot, wrong_keys(here(screen)))
            await send(pilot, ["pageup"])  # and can go back and look: still in control
            assert screen.index == second and "Saved answer" in screen_text(app)
            assert exam.answered_count == 2
            assert app.store.exam_responses(exam.session_id) == {}  # not on disk yet (and reading does not wait)

            await send(pilot, ["ctrl+s"])
            assert isinstance(app.screen, ConfirmScreen)
            await send(pilot, ["y"])
            assert isinstance(app.screen, ExamResultsScreen)  # graded at once, from memory
            assert "Score 1 / " in screen_text(app)
            assert any("Saving your exam" in note and "not saved yet" in note for note in notes(app))
            assert app.store.session(exam.session_id).status == "active"
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert await asyncio.to_thread(app.writer.flush, 5)
        assert await comes_true(pilot, lambda: any("Your exam is saved" in note for note in notes(app)))
        record = app.store.session(exam.session_id)
        stored = {answer.question_id: answer for answer in app.store.answers(exam.session_id)}
        assert record.status == "completed" and len(stored) == exam.total
        given = [exam.questions[first], exam.questions[second]]
        assert stored[given[0].id].correct and grade(given[0], stored[given[0].id].response).correct
        assert not stored[given[1].id].correct and not stored[given[1].id].skipped
        assert sum(answer.skipped for answer in stored.values()) == exam.total - 2
        assert app.store.exam_responses(exam.session_id) == {}  # the submission replaced them, in order


async def test_leaving_an_exam_while_the_database_is_held_keeps_it_resumable_with_its_responses(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 20)
    app = build_app(tmp_path, [SMALL])
    app.writer._retry_after = 0.02
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        blocker = sqlite3.connect(app.settings.database, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            await send(pilot, right_keys_now(screen))
            await send(pilot, ["escape", "y"])
            assert not isinstance(app.screen, ExamScreen)
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert await asyncio.to_thread(app.writer.flush, 5)
        record = app.store.session(exam.session_id)
        assert record.status == "interrupted" and len(app.store.exam_responses(exam.session_id)) == 1


async def test_an_exam_whose_database_turns_read_only_says_so_once_and_keeps_the_answers(tmp_path, monkeypatch):
    monkeypatch.setattr(ExamScreen, "SAVING_AFTER", 0.01)
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        # The file becomes read-only while the exam runs (SQLite's own refusal: chmod does not stop root in CI).
        app.store._conn.execute("PRAGMA query_only = ON")
        first = screen.index
        await send(pilot, right_keys_now(screen))
        assert screen.index == first + 1  # the student goes on
        await send(pilot, wrong_keys(here(screen)))
        assert screen.index == first + 2 and exam.answered_count == 2
        await pilot.pause(0.05)
        assert await asyncio.to_thread(app.writer.flush, 5), "a read-only database must not be retried forever"
        await pilot.pause(0.05)
        refused = [note for note in notes(app) if "could not be saved" in note]
        assert len(refused) == 1, "told once, not at every answer"
        assert "cannot be written" in refused[0] and str(tmp_path / "data" / RECOVERY_FILE) in refused[0]
        assert "⏳ saving…" not in status(screen)
        await send(pilot, ["ctrl+s", "y"])
        assert isinstance(app.screen, ExamResultsScreen) and "Score 1 / " in screen_text(app)  # graded from memory
        assert await asyncio.to_thread(app.writer.flush, 5)
        await pilot.pause(0.05)
        assert any("Exam not saved" in note for note in notes(app))
    kept = [json.loads(line) for line in (tmp_path / "data" / RECOVERY_FILE).read_text().splitlines()]
    assert [record["write"] for record in kept] == ["save_exam_response"] * 2 + ["submit_answers"]
    assert kept[0]["question_id"] == exam.questions[first].id
    submitted = {answer["question_id"]: answer for answer in kept[2]["args"][1]}
    assert len(submitted) == exam.total and submitted[exam.questions[first].id]["correct"] is True
