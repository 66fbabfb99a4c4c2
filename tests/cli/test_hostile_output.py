"""Nothing from a deck or a database is interpreted by a terminal or a spreadsheet (issue 7, section 5)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.deck.model import Deck
from trainer.textsafe import spreadsheet_safe
from trainer.export.csvfmt import export_csv
from trainer.store import Store

FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", " =1+1", "\n=cmd|' /C calc'!A0", "  \t@SUM(A1)", "+x", "-x", "@x",
            "\uff1dSUM(A1)", "\r=1"]


def test_one_rule_neutralises_formulas_even_after_white_space() -> None:
    for cell in FORMULAS:
        assert spreadsheet_safe(cell) == "'" + cell
    for cell in ["-5,459", " -3", "Sergey Lavrov", "", "a = b", 5]:
        assert spreadsheet_safe(cell) == cell


def test_export_to_csv_leaves_no_live_formula() -> None:
    deck = Deck.model_validate({
        "deck": "evil", "title": "=1+1",
        "sources": [{"id": "s", "file": "a.txt", "title": "@title", "outlet": "-outlet"}],
        "people": [{"name": "+Name"}, {"name": "Other"}],
        "questions": [
            {"id": "q1", "type": "true_false", "statement": FORMULAS[0], "quote": FORMULAS[1], "answer": True,
             "explain": FORMULAS[2], "tags": ["=tag"]},
            {"id": "q2", "type": "choice", "prompt": FORMULAS[3], "choices": ["=a", "b"], "answer": "=a",
             "quote": "+quote"},
            {"id": "q3", "type": "who_said", "quote": "@quote", "answer": "+Name"},
        ],
    })
    rows = list(csv.reader(io.StringIO(export_csv(deck).text, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    live = [cell for cell in cells if cell.lstrip(" \t\r\n")[:1] in ("=", "+", "-", "@") and not cell.startswith("'")]
    assert live == []
    # the deck model strips white space around text; spreadsheet_safe handles it where it stays (responses)
    assert "'=1+1" in cells and "'=a\nb" in cells and "'=cmd|' /C calc'!A0" in cells


def run(*args: str, env: dict[str, str], tty: bool = False) -> tuple[int, str]:
    command = [sys.executable, "-m", "trainer", *args]
    if not tty:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
        return done.returncode, done.stdout + done.stderr
    main, secondary = pty.openpty()
    process = subprocess.Popen(command, stdout=secondary, stderr=secondary, env=env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "TRAINER_DATA_DIR": str(tmp_path / "data"), "NO_COLOR": "1"}


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_results_as_csv_to_a_terminal_show_escape_sequences_without_running_them(tmp_path: Path, env) -> None:
    now = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    with Store.open(tmp_path / "data" / "trainer.sqlite3") as store:
        session = store.start_session(deck_id="d", deck_title="Evil \x1b]0;pwned\x07 deck", mode="practice", seed=1,
                                      question_ids=["q"], profile="ana", now=now)
        store.record_answer(session, deck_id="d", question_id="q", qtype="text", response="\x1b[2J",
                            response_text="\x1b[2Jgone", correct=False, score=0.0, skipped=False, elapsed_ms=1, now=now)
    empty = tmp_path / "nodecks"
    empty.mkdir()
    code, shown = run("results", "--format", "csv", "--profile", "ana", str(empty), env=env, tty=True)
    assert code == 0, shown
    assert "\x1b" not in shown and "\x07" not in shown
    assert "Evil ␛]0;pwned␇ deck" in shown and "␛[2Jgone" in shown
    code, piped = run("results", "--format", "csv", "--profile", "ana", str(empty), env=env)
    assert "\x1b[2Jgone" in piped  # a file or a pipe gets the exact data
    code, stats = run("stats", "--profile", "ana", str(empty), env=env)
    assert code == 0 and "\x1b" not in stats and "Evil ␛]0;pwned␇ deck" in stats


def test_check_shows_deck_text_with_control_characters_visible(tmp_path: Path, env) -> None:
    deck = tmp_path / "evil.yaml"
    deck.write_text('deck: "x"\ntitle: "t"\n"an\\e]0;pwned\\a": 1\nquestions: "\\e[2J"\n', encoding="utf-8")
    code, shown = run("check", str(deck), env=env)
    assert code == 1
    assert "\x1b" not in shown and "\x07" not in shown
    assert "unknown field 'an␛]0;pwned␇'" in shown
