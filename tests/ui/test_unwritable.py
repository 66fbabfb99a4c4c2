"""Practice on a score database that turns read-only while the student studies: told at once, not retried, nothing lost.

(A full disk takes the same path; tests/unit/test_writer_faults.py makes one with SQLite's max_page_count.)"""

from __future__ import annotations

import asyncio
import json

from tests.ui.helpers import SIZE, SMALL, build_app, right_keys, send, wait_home
from trainer.study.writer import RECOVERY_FILE
from trainer.ui.screens.quiz import QuizScreen


def toasts(app) -> list[str]:
    """The notifications on screen, as the student reads them."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


async def test_a_database_turned_read_only_during_practice_is_told_and_the_answer_kept_in_the_recovery_file(tmp_path, monkeypatch):
    monkeypatch.setattr(QuizScreen, "SAVING_AFTER", 0.01)
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        await send(pilot, ["enter"])
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        session = quiz.session
        # SQLite's own refusal of a read-only file (chmod would not stop root, who runs the tests in CI).
        app.store._conn.execute("PRAGMA query_only = ON")
        question = session.current
        await send(pilot, right_keys(session))
        assert "✓ Right" in "\n".join(str(w.render()) for w in quiz.query("Static"))  # feedback as ever
        assert await asyncio.to_thread(app.writer.flush, 5), "a read-only database must not be retried forever"
        await pilot.pause(0.05)
        told = [text for text in toasts(app) if "could not be saved" in text]
        assert told and "cannot be written" in told[0] and str(tmp_path / "data" / RECOVERY_FILE) in told[0]
        assert "saving…" not in str(quiz.query_one("#quiz-status").render())
        await send(pilot, ["enter"])
        await send(pilot, right_keys(session))  # the next answer is refused alike: not told again
        assert await asyncio.to_thread(app.writer.flush, 5)
        await pilot.pause(0.05)
        assert len([text for text in toasts(app) if "could not be saved" in text]) == 1
    kept = [json.loads(line) for line in (tmp_path / "data" / RECOVERY_FILE).read_text().splitlines()]
    assert kept[0]["write"] == "add_answer" and kept[0]["args"][1]["question_id"] == question.id
    assert [entry["write"] for entry in kept] == ["add_answer", "add_answer"]


async def test_when_saving_works_again_the_kept_answers_are_put_back_and_the_student_is_told(tmp_path, monkeypatch):
    from trainer.ui.run import save_pending

    monkeypatch.setattr(QuizScreen, "SAVING_AFTER", 0.01)
    app = build_app(tmp_path, [SMALL])
    kept = tmp_path / "data" / RECOVERY_FILE
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_home(app, pilot)
        await send(pilot, ["enter"])
        quiz = app.screen
        session = quiz.session
        app.store._conn.execute("PRAGMA query_only = ON")  # the disk refuses: two answers go to the recovery file
        refused = []
        for _ in range(2):
            refused.append(session.current.id)
            await send(pilot, right_keys(session))
            assert await asyncio.to_thread(app.writer.flush, 5)
            await send(pilot, ["enter"])
        assert len(kept.read_text().splitlines()) == 2
        assert not [text for text in toasts(app) if "Saving works again" in text]
        app.store._conn.execute("PRAGMA query_only = OFF")  # the disk takes writes again (room freed, lock lifted)
        saved_next = session.current.id
        await send(pilot, right_keys(session))
        assert await asyncio.to_thread(app.writer.flush, 5)
        await pilot.pause(0.05)
        told = [text for text in toasts(app) if "Saving works again" in text]
        assert len(told) == 1, toasts(app)
        assert "What you answered while the score database could not be written (2 answers) is saved in it now, " \
            f"from {kept} (that file is kept as unsaved-answers.restored-" in told[0]
        stored = [answer.question_id for answer in app.store.answers(session.session_id)]
        assert sorted(stored) == sorted(refused + [saved_next])  # nothing lost, nothing twice
        assert app.store.session(session.session_id).answered == 3
        assert not kept.exists() and list(kept.parent.glob("unsaved-answers.restored-*.jsonl"))  # renamed, kept
        await send(pilot, ["enter"])
        await send(pilot, right_keys(session))  # saving goes on as ever, and it is not told again
        assert await asyncio.to_thread(app.writer.flush, 5)
        await pilot.pause(0.05)
        assert len([text for text in toasts(app) if "Saving works again" in text]) == 1
        assert len(app.store.answers(session.session_id)) == 4
        assert len([text for text in toasts(app) if "could not be saved" in text]) == 1
        app.store._conn.execute("PRAGMA query_only = ON")  # refused again later: told again, in the same words
        await send(pilot, ["enter"])
        await send(pilot, right_keys(session))
        assert await asyncio.to_thread(app.writer.flush, 5)
        await pilot.pause(0.05)
        assert len([text for text in toasts(app) if "could not be saved" in text]) == 2
        app.store._conn.execute("PRAGMA query_only = OFF")
    assert app.writer.refused == [kept]  # kept, not put back yet: said at exit
