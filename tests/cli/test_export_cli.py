"""``trainer export`` and ``trainer import`` as a user runs them: files, messages, exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from trainer.deck.loader import load_deck
from trainer.deck.schema import schema_text
from trainer.export.cli import export_main, import_main

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    shutil.copy(DATA / "awkward-article.txt", folder)
    return Path(shutil.copy(DATA / "awkward-deck.yaml", folder))


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(cwd), "TRAINER_DATA_DIR": str(cwd / "data")}
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


def test_export_gift_to_a_file_reports_what_it_skipped(deck_file: Path, tmp_path: Path) -> None:
    done = run("export", str(deck_file), "--to", "gift", "-o", "out.gift", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines() == [
        "skipped 1 question that Moodle GIFT cannot express: rule-arrow (text)",
        "wrote 14 questions as Moodle GIFT to out.gift",
    ]
    assert "::warheads::" in (tmp_path / "out.gift").read_text(encoding="utf-8")


def test_export_to_stdout_and_a_broken_deck(deck_file: Path, tmp_path: Path) -> None:
    done = run("export", str(deck_file), "--to", "csv", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("deck,id,type,")
    deck_file.write_text(deck_file.read_text(encoding="utf-8").replace("type: multi", "type: multy"), encoding="utf-8")
    done = run("export", str(deck_file), "--to", "anki", cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert "awkward-deck.yaml:" in done.stderr and "unknown question type 'multy'" in done.stderr
    assert "Traceback" not in done.stderr


def test_export_missing_deck_and_unwritable_output(tmp_path: Path, deck_file: Path, capsys) -> None:
    assert export_main([str(tmp_path / "nope.yaml"), "--to", "gift"]) == 1
    assert "no such deck file" in capsys.readouterr().err
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert export_main([str(deck_file), "--to", "anki", "-o", str(blocker / "out.txt")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert export_main([str(deck_file), "--to", "anki", "-o", str(tmp_path / "new" / "out.txt")]) == 0
    assert (tmp_path / "new" / "out.txt").read_text(encoding="utf-8").startswith("#separator:tab")


def test_export_fails_when_nothing_can_be_expressed(tmp_path: Path, deck_file: Path, capsys) -> None:
    data = yaml.safe_load(deck_file.read_text(encoding="utf-8"))
    data["questions"] = [q for q in data["questions"] if q["type"] == "number"]
    deck_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert export_main([str(deck_file), "--to", "aiken"]) == 1
    err = capsys.readouterr().err
    assert "skipped 2 questions that Aiken cannot express: warheads (number), temperature (number)" in err
    assert "nothing to export" in err


def test_import_our_gift_export_writes_a_deck_the_checker_flags(deck_file: Path, tmp_path: Path) -> None:
    assert run("export", str(deck_file), "--to", "gift", "-o", "out.gift", cwd=tmp_path).returncode == 0
    done = run("import", "out.gift", "-o", "decks/imported.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "wrote 14 questions to decks/imported.yaml" in done.stderr
    text = (tmp_path / "decks" / "imported.yaml").read_text(encoding="utf-8")
    # Editors complete and check it against the schema written beside it, as for a drafted deck.
    assert text.startswith("# yaml-language-server: $schema=deck.schema.json\n"
                           "# Imported by `trainer import` from out.gift (Moodle GIFT).\n")
    assert (tmp_path / "decks" / "deck.schema.json").read_text(encoding="utf-8") == schema_text()
    loaded = load_deck(tmp_path / "decks" / "imported.yaml")
    assert loaded.ok and loaded.deck is not None  # studyable at once
    assert loaded.deck.deck == "imported"  # a new id: progress is not mixed with the deck it came from
    assert loaded.warnings and all("verified" in str(d) or "unsourced" in str(d) for d in loaded.warnings)
    assert run("check", "--strict", "decks/imported.yaml", cwd=tmp_path).returncode == 1
    again = run("import", "out.gift", "-o", "decks/imported.yaml", cwd=tmp_path)
    assert again.returncode == 1 and "exists" in again.stderr


def test_import_with_the_article_leaves_only_the_quotes_to_fill(deck_file: Path, tmp_path: Path, capsys) -> None:
    aiken = tmp_path / "quiz.txt"
    aiken.write_text("Who ranked first?\nA. Council = #1\nB. Assembly ~ #2\nANSWER: A\n", encoding="utf-8")
    output = deck_file.parent / "quiz.yaml"
    assert import_main([str(aiken), "-o", str(output), "--source-file", str(deck_file.parent / "awkward-article.txt")]) == 0
    data = yaml.safe_load(output.read_text(encoding="utf-8"))
    assert data["sources"] == [{"id": "article", "file": "awkward-article.txt", "title": "Awkward Times: {braces} & <tags>"}]
    assert data["questions"][0]["quote"] == ""
    loaded = load_deck(output)
    assert loaded.ok and [q.unsourced for q in loaded.deck.questions] == [True]
    assert [str(d) for d in loaded.warnings] and all("unsourced" in str(d) for d in loaded.warnings)


def test_import_errors_point_at_the_line(tmp_path: Path) -> None:
    (tmp_path / "bad.gift").write_text("::a::Fine {=x}\n\n::b::Broken {=x\n", encoding="utf-8")
    done = run("import", "bad.gift", "-o", "bad.yaml", cwd=tmp_path)
    assert done.returncode == 0  # the good question is kept, the broken one named
    assert done.stderr.startswith("bad.gift:3: unbalanced braces")
    assert "wrote 1 question to bad.yaml (1 skipped, see above)" in done.stderr
    (tmp_path / "worse.gift").write_text("::b::Broken {=x\n", encoding="utf-8")
    nothing = run("import", "worse.gift", "-o", "worse.yaml", cwd=tmp_path)
    assert nothing.returncode == 1 and "worse.gift:1: unbalanced braces" in nothing.stderr
    assert not (tmp_path / "worse.yaml").exists()
    missing = run("import", "nope.gift", "-o", "x.yaml", cwd=tmp_path)
    assert missing.returncode == 1 and "nope.gift: no such file" in missing.stderr


def test_import_leaves_a_foreign_schema_file_beside_the_deck_alone_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "bank.aiken").write_text("Where did they meet?\nA. Geneva\nB. Vienna\nANSWER: A\n", encoding="utf-8")
    (tmp_path / "deck.schema.json").write_text('{"title": "someone else\'s"}\n', encoding="utf-8")
    done = run("import", "bank.aiken", "-o", "bank.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "deck.schema.json").read_text(encoding="utf-8") == '{"title": "someone else\'s"}\n'
    assert "is not trainer's deck schema: it was left as it is" in done.stderr
    assert load_deck(tmp_path / "bank.yaml").ok
