"""`trainer check` as a user runs it: output, summary line and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ARTICLE = " date 2025-10-16 Title\n\nBy Staff\n\nChina has about 600 warheads. Russia holds 5,459.\n"
DECK = """\
deck: {deck_id}
title: A deck
sources:
  - id: art
    file: art.txt
    title: An article
questions:
  - id: q1
    type: number
    prompt: How many?
    quote: China has about 600 warheads.
    answer: {answer}
  - id: q2
    type: true_false
    statement: Russia holds 5,459.
    quote: Russia holds 5,459.
    answer: true
"""


def make_deck(folder: Path, name: str = "a.yaml", answer: str = "600", deck_id: str = "deck-a") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "art.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / name
    path.write_text(DECK.format(answer=answer, deck_id=deck_id), encoding="utf-8")
    return path


def check(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", "check", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


def test_clean_decks_exit_0_with_a_summary(tmp_path: Path) -> None:
    make_deck(tmp_path / "decks")
    make_deck(tmp_path / "decks" / "more", "b.yml", deck_id="deck-b")
    done = check("decks", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == ["checked 2 decks, 4 questions: 0 errors, 0 warnings"]


def test_errors_exit_1_and_print_compiler_style(tmp_path: Path) -> None:
    path = make_deck(tmp_path / "decks", answer="[600]")
    done = check(path.relative_to(tmp_path), cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "decks/a.yaml:12:13: error: 'answer' must be a number, not a list"
    assert lines[-1] == "checked 1 deck, 2 questions: 1 error, 0 warnings"


def test_warnings_pass_unless_strict(tmp_path: Path) -> None:
    path = make_deck(tmp_path / "decks", answer="601")
    done = check(path, cwd=tmp_path)
    assert done.returncode == 0
    assert ": warning: answer 601 does not appear in the quote" in done.stdout
    assert done.stdout.splitlines()[-1] == "checked 1 deck, 2 questions: 0 errors, 1 warning"
    assert check(path, "--strict", cwd=tmp_path).returncode == 1


def test_missing_path_exits_2(tmp_path: Path) -> None:
    make_deck(tmp_path / "decks")
    done = check("decks", "nowhere.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "nowhere.yaml: no such file or folder" in done.stderr
    assert done.stdout == ""


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert check(cwd=tmp_path).returncode == 2
    assert check("--bogus", "x", cwd=tmp_path).returncode == 2
    (tmp_path / "empty").mkdir()
    done = check("empty", cwd=tmp_path)
    assert done.returncode == 2 and "no deck files" in done.stderr


def test_broken_yaml_is_a_diagnostic_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    make_deck(folder)
    (folder / "broken.yaml").write_text("deck: x\ntitle: [unclosed\n", encoding="utf-8")
    done = check(folder, cwd=tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "checked 2 decks, 2 questions: 1 error, 0 warnings"
