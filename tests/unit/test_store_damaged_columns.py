"""Every text column the store parses, damaged in a real SQLite file: each read goes around it, names it once with
the file and the row, and keeps every graded answer; `trainer results` and `trainer stats` still run."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.damaged_store import DAMAGES, PROFILE, SMALL, T0, Damage, fill
from trainer import cli
from trainer.deck.loader import load_decks
from trainer.store import NewAnswer, Store
from trainer.study import stats
from trainer.study.clock import FakeClock
from trainer.study.exam import ExamSession
from trainer.study.queues import due_counts, mistakes_queue, review_queue
from trainer.study.scheduler import card_update
from trainer.study.scores import deck_scores
from trainer.study.session import StudySession
from trainer.study.summary import Summary

NOW = T0 + dt.timedelta(days=3)
IDS = [pytest.param(damage, id=damage.name) for damage in DAMAGES]


def damaged_folder(tmp_path: Path, damage: Damage) -> tuple[Path, str, dict]:
    """A data folder whose database is filled, then damaged; (folder, expected note, the answers before damage)."""
    folder = tmp_path / "data"
    path = folder / "trainer.sqlite3"
    folder.mkdir()
    with Store.open(path) as store:
        filled = fill(store)
        before = {sid: [(a.question_id, a.correct, a.score) for a in store.answers(sid)]
                  for sid in (filled.completed, filled.interrupted, filled.exam, filled.multi)}
    return folder, damage.apply(path, filled), before


def notes_of(store: Store, note: str) -> list[str]:
    return [text for text in store.damage if note in text]


@pytest.mark.parametrize("damage", IDS)
def test_every_read_goes_around_a_damaged_column_and_names_it_once(tmp_path: Path, damage: Damage) -> None:
    folder, note, before = damaged_folder(tmp_path, damage)
    decks = [loaded.deck for loaded in load_decks([SMALL])]
    with Store.open(folder / "trainer.sqlite3") as store:
        # What the home screen, the history, the statistics and the queues read.
        store.deck_stats(PROFILE), store.deck_stats(None)
        deck_scores(store, PROFILE, {"small": 9})
        due_counts(store, PROFILE, decks, NOW)
        review_queue(store, decks, PROFILE, NOW), mistakes_queue(store, decks, PROFILE)
        stats.overview(store, decks, PROFILE, NOW), stats.mastery(store, decks, PROFILE)
        stats.most_missed(store, decks, PROFILE), stats.score_history(store, PROFILE)
        stats.study_days(store, PROFILE, now=NOW), stats.due_forecast(store, PROFILE, now=NOW)
        records = store.sessions_for_deck("small", PROFILE) + store.resumable_sessions(PROFILE)
        for record in records:
            summary = Summary.from_records(record, store.answers(record.id), decks)
            assert summary.answered == len(before[record.id])  # no graded answer left out of the history
        # Every graded answer is still there, with its grade; the hand-in has them all.
        after = {sid: [(a.question_id, a.correct, a.score) for a in store.answers(sid)] for sid in before}
        assert after == before
        assert len(store.results_answers(PROFILE)) == sum(map(len, before.values()))
        # Continue: every unfinished session resumes with the answers it had.
        for record in store.resumable_sessions(PROFILE):
            if record.mode == "exam":
                exam = ExamSession.resume(store, record, decks, FakeClock(NOW))
                assert exam.items
            else:
                session = StudySession.resume(store, record, decks, FakeClock(NOW))
                assert session.answered == len(before[record.id])
        # New answers to every question are saved, their cards moved on (a damaged card is rebuilt).
        sid = store.start_session(deck_id="small", deck_title="Geneva", mode="practice", seed=9,
                                  question_ids=[q.id for q in decks[0].questions], profile=PROFILE, now=NOW)
        for question in decks[0].questions:
            answer = NewAnswer("small", question.id, question.type, "x", "x", True, 1.0, False, 3000, NOW)
            store.add_answer(sid, answer, card_update=card_update(PROFILE, answer))
            assert store.card(PROFILE, "small", question.id).last_review == NOW
        assert len(notes_of(store, note)) == 1, store.damage
        assert all("is damaged" in text for text in store.damage)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main([*args, "--profile", PROFILE, str(SMALL)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("damage", IDS)
def test_results_and_stats_run_on_a_damaged_column(tmp_path: Path, damage: Damage,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder, note, before = damaged_folder(tmp_path, damage)
    code, out, err = run(capsys, "results", "--format", "json", "--data-dir", str(folder))
    assert code == 0 and "Traceback" not in err, err
    handed = {session["id"]: [(a["question_id"], a["correct"], a["score"]) for a in session["answers"]]
              for session in json.loads(out)["sessions"]}
    assert handed == before  # every graded answer handed in
    assert all(session["started_at"] for session in json.loads(out)["sessions"])
    said = [line for line in err.splitlines() if note in line]
    if damage.table in ("sessions", "answers") and damage.column not in ("question_ids", "deck_ids"):
        assert len(said) == 1 and said[0].startswith("trainer: warning: "), err  # the hand-in reads it: named once
    code, out, err = run(capsys, "stats", "--data-dir", str(folder))
    assert code == 0 and "Traceback" not in err, err
    assert "12 answers" in out
    assert len([line for line in err.splitlines() if note in line]) <= 1, err


def test_a_kept_exam_response_replaces_one_whose_saved_time_is_damaged(tmp_path: Path) -> None:
    """Putting back a response kept while the disk was full compares it with the stored one's time: a damaged time
    must not make the stored response look newer, and the kept one (what the student last chose) lost."""
    path = tmp_path / "trainer.sqlite3"
    with Store.open(path) as store:
        filled = fill(store)
    Damage("exam-updated", "exam_responses", "updated_at", "session_id = {exam} AND question_id = 'where'",
           "\ufffd\ufffd", "").apply(path, filled)
    with Store.open(path) as store:
        assert store.restore_exam_response(filled.exam, deck_id="small", question_id="where", response="Vienna",
                                           elapsed_ms=900, now=NOW)
        assert store.exam_responses(filled.exam)[("small", "where")] == ("Vienna", 900)
