"""Rows damaged inside a real SQLite file (a response that is not JSON, bytes that are not UTF-8): each is named
with its file and id and read around, and statistics, the hand-in and resuming go on."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.store import Store

NOW = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)


def fill(path: Path) -> tuple[int, int, list[int]]:
    """A practice session with three answers and an exam with two saved responses; (practice, exam, answer ids)."""
    with Store.open(path) as store:
        practice = store.start_session(deck_id="d", deck_title="Deck", mode="practice", seed=1,
                                       question_ids=["q1", "q2", "q3", "q4"], profile="ana", now=NOW)
        ids = [store.record_answer(practice, deck_id="d", question_id=f"q{n}", qtype="multi", response=["A", "B"],
                                   response_text="A, B", correct=n != 2, score=1.0 if n != 2 else 0.0, skipped=False,
                                   elapsed_ms=900, now=NOW) for n in (1, 2, 3)]
        exam = store.start_session(deck_id="d", deck_title="Deck", mode="exam", seed=2, question_ids=["q1", "q2"],
                                   profile="ana", now=NOW)
        for question_id in ("q1", "q2"):
            store.save_exam_response(exam, deck_id="d", question_id=question_id, response="Paris", elapsed_ms=5,
                                     now=NOW)
    return practice, exam, ids


def damage(path: Path, answer_ids: list[int], exam: int) -> None:
    """What a failing disk or another program can leave: a cut-off JSON text, bytes that are not UTF-8."""
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE answers SET response = '[\"A\", \"B' WHERE id = ?", (answer_ids[0],))
        conn.execute("UPDATE answers SET response = CAST(x'5b22ff2c' AS TEXT) WHERE id = ?", (answer_ids[1],))
        conn.execute("UPDATE exam_responses SET response = '{oops' WHERE session_id = ? AND question_id = 'q2'",
                     (exam,))
    conn.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_damaged_responses_are_named_and_read_around(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "trainer.sqlite3"
    practice, exam, ids = fill(path)
    damage(path, ids, exam)
    with Store.open(path, read_only=read_only) as store:
        answers = store.answers(practice)
        # Every answer stays (left out, a resumed session would ask it again and be refused): its grade, its text.
        assert [a.question_id for a in answers] == ["q1", "q2", "q3"]
        assert [a.response for a in answers] == [None, None, ["A", "B"]]
        assert [a.correct for a in answers] == [True, False, True] and answers[0].response_text == "A, B"
        assert store.exam_responses(exam) == {("d", "q1"): ("Paris", 5)}  # q2 shows as not answered
        rows = store.results_answers("ana")
        assert len(rows) == 3 and [row[4] for row in rows] == [None, None, ["A", "B"]]
        assert store.deck_stats("ana")["d"].sessions == 1
        notes = store.damage
        for answer_id in ids[:2]:
            assert any(f"the response of answer {answer_id} in {path} is damaged" in note for note in notes)
        assert any(f"exam response to question 'q2' of session {exam} in {path} is damaged" in note for note in notes)
        assert len(notes) == 3  # each said once, however often it is read


def test_results_hands_in_a_store_with_a_damaged_response_and_says_which(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "trainer.sqlite3"
    practice, exam, ids = fill(path)
    damage(path, ids, exam)
    done = subprocess.run([sys.executable, "-m", "trainer", "results", "--data-dir", str(folder), "--profile", "ana",
                           "--format", "json"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert f"warning: the response of answer {ids[0]} in {path} is damaged" in done.stderr
    handed = json.loads(done.stdout)
    answers = next(s for s in handed["sessions"] if s["mode"] == "practice")["answers"]
    assert [a["response"] for a in answers] == [None, None, ["A", "B"]]
    assert [a["response_text"] for a in answers] == ["A, B"] * 3
    stats = subprocess.run([sys.executable, "-m", "trainer", "stats", "--data-dir", str(folder), "--profile", "ana"],
                           capture_output=True, text=True, timeout=60)
    assert stats.returncode == 0 and "Traceback" not in stats.stderr
