"""`trainer results` and `trainer stats` as a user runs them, on a store filled in tmp_path."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.paths import database_path
from trainer.store import Store

ARTICLE = " date 2025-10-16 Title\n\nBy Staff\n\nChina has about 600 warheads. Russia holds 5,459.\n"
DECK = """\
deck: arms
title: Arms and warheads
sources:
  - id: art
    file: art.txt
    title: An article
questions:
  - id: q1
    type: number
    prompt: How many warheads does China have?
    quote: China has about 600 warheads.
    answer: 600
    tags: [numbers]
  - id: q2
    type: true_false
    statement: Russia holds 5,459.
    quote: Russia holds 5,459.
    answer: true
"""
T0 = dt.datetime(2026, 3, 10, 14, 0, tzinfo=dt.UTC)


def trainer(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60
    )


@pytest.fixture
def decks(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "art.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "arms.yaml").write_text(DECK, encoding="utf-8")
    return folder


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder whose store holds one completed session of ana's (q1 wrong, q2 right) and one of bob's."""
    folder = tmp_path / "data"
    with Store.open(database_path(folder)) as store:
        for profile, offset in (("ana", 0), ("bob", 60)):
            now = T0 + dt.timedelta(minutes=offset)
            session = store.start_session(deck_id="arms", deck_title="Arms and warheads", mode="practice", seed=1,
                                          question_ids=["q1", "q2"], profile=profile, now=now)
            for minute, (qid, qtype, response, right) in enumerate(
                [("q1", "number", "500", False), ("q2", "true_false", True, True)], 1
            ):
                store.record_answer(session, deck_id="arms", question_id=qid, qtype=qtype, response=response,
                                    response_text=str(response), correct=right, score=float(right), skipped=False,
                                    elapsed_ms=4000, now=now + dt.timedelta(minutes=minute))
            store.finish_session(session, status="completed", now=now + dt.timedelta(minutes=3))
    return folder


def test_results_json_to_stdout(tmp_path: Path, data: Path, decks: Path) -> None:
    done = trainer("results", "--profile", "ana", "--data-dir", data, decks, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert (results["format"], results["version"], results["profile"]) == ("trainer-results", 1, "ana")
    assert results["generated_at"].endswith("Z")
    [session] = results["sessions"]
    assert (session["deck_id"], session["answered"], session["correct"], session["score"]) == ("arms", 2, 1, 1.0)
    assert [a["prompt"] for a in session["answers"]] == [
        "How many warheads does China have?", "True or false: Russia holds 5,459."
    ]
    assert results["decks"] == [{"id": "arms", "title": "Arms and warheads", "questions": 2}]


def test_results_csv_to_a_file(tmp_path: Path, data: Path, decks: Path) -> None:
    out = tmp_path / "hand-in.csv"
    out.write_text("an older hand-in\n", encoding="utf-8")
    done = trainer("results", "--format", "csv", "-o", out, "--profile", "bob", "--data-dir", data, decks,
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr.strip() == f"wrote 1 session(s) and 2 answer(s) of 'bob' to {out}"
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert [(r["profile"], r["question_id"], r["correct"]) for r in rows] == [("bob", "q1", "0"), ("bob", "q2", "1")]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".hand-in")) == []


def test_answers_of_decks_not_loaded_have_no_prompt_and_stderr_says_so(tmp_path: Path, data: Path) -> None:
    (tmp_path / "no-decks").mkdir()
    done = trainer("results", "--format", "csv", "--profile", "ana", "--data-dir", data, tmp_path / "no-decks",
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout, newline="")))
    assert [r["prompt"] for r in rows] == ["", ""]
    assert done.stderr.strip() == (
        "trainer: note: 2 answer(s) have no prompt: their question is not in the decks loaded (arms); "
        "pass the deck files or folders: trainer results PATH..."
    )


def test_a_missing_database_is_reported_and_not_created(tmp_path: Path) -> None:
    empty = tmp_path / "nowhere"
    for command in (["results"], ["stats"]):
        done = trainer(*command, "--data-dir", empty, cwd=tmp_path)
        assert done.returncode == 1
        assert done.stderr.startswith(f"trainer: no scores yet in {empty}")
        assert "Traceback" not in done.stderr
    assert not empty.exists()


def test_an_unknown_profile_gets_a_hint(tmp_path: Path, data: Path, decks: Path) -> None:
    done = trainer("results", "--profile", "carol", "--data-dir", data, decks, cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == (
        f"trainer: no sessions of profile 'carol' in {data}; profiles with scores here: ana, bob "
        "(choose one with --profile)"
    )


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "junk"
    folder.mkdir()
    database_path(folder).write_text("not sqlite at all", encoding="utf-8")
    done = trainer("stats", "--data-dir", folder, cwd=tmp_path)
    assert done.returncode == 1 and "is not a trainer database" in done.stderr and "Traceback" not in done.stderr


def test_output_into_a_missing_folder_is_refused(tmp_path: Path, data: Path) -> None:
    done = trainer("results", "-o", tmp_path / "no" / "such" / "r.json", "--profile", "ana", "--data-dir", data,
                   cwd=tmp_path)
    assert done.returncode == 1 and "does not exist" in done.stderr


def test_stats_prints_a_summary(tmp_path: Path, data: Path, decks: Path) -> None:
    done = trainer("stats", "--profile", "ana", "--data-dir", data, decks, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Progress of ana on ")
    assert lines[1].startswith("  1 session (1 completed) · 2 answers · 50% right · ")
    assert any(line.startswith("  Arms and warheads (arms)") and "50%" in line and "2/2" in line for line in lines)
    assert "  1/1 wrong  arms/q1: How many warheads does China have?" in lines


def test_stats_for_an_unknown_deck_or_path(tmp_path: Path, data: Path, decks: Path) -> None:
    done = trainer("stats", "--deck", "nope", "--profile", "ana", "--data-dir", data, decks, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip() == "trainer: no deck 'nope' among the loaded decks or the scores; loaded: arms"
    done = trainer("stats", "--data-dir", data, tmp_path / "missing", cwd=tmp_path)
    assert done.returncode == 2 and "missing: no such file or folder" in done.stderr


def test_the_app_takes_a_profile() -> None:
    from trainer.cli import _app_parser

    assert _app_parser().parse_args(["--profile", "ana"]).profile == "ana"
    assert _app_parser().parse_args([]).profile is None
