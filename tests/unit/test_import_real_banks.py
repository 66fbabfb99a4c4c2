"""Import against real banks written by others, and the classes of failure they showed.

The real files (Moodle's examples and fixtures, parser test suites, course banks) are not committed:
many are under the GPL or carry no licence. Name their folder in BANKS_DIR to run the corpus test;
bench/moodle_banks.py prints the counts. The other tests here restate, in our own words, the patterns
those files showed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from trainer.export.aiken_import import parse_aiken
from trainer.export.gift_import import parse_gift

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import moodle_banks  # noqa: E402


def test_several_fully_right_answers_become_a_several_answer_question() -> None:
    """Moodle reads '{=spring =summer ~easter}' as single-answer with two full-credit answers; we used to
    skip it. It is imported as a several-answer question, and the warning says how grading differs."""
    result = parse_gift("Name two seasons\\: {\n  = spring\n  = summer\n  ~ easter\n}\n", "seasons.gift")
    question, = result.questions
    assert question["type"] == "multi"
    assert question["answers"] == ["spring", "summer"] and question["choices"] == ["spring", "summer", "easter"]
    assert result.warnings == ["seasons.gift:1: a single-answer question with 2 fully right answers became a "
                               "several-answer question (choose every right one); Moodle lets the student choose "
                               "one and gives any of them full credit"]


def test_options_that_differ_only_in_case_skip_their_question_with_its_line() -> None:
    """'GB' and 'Gb' are two options to Moodle; a deck compares answers without case, so the question
    would load with an error. It is skipped with its line; the rest of the file is kept."""
    gift = parse_gift("Which is larger?{=TB ~GB ~Gb ~MB}\n\nTwo plus two?{=4 ~5}\n", "units.gift")
    assert [q["answer"] for q in gift.questions] == ["4"]
    assert gift.warnings == ["units.gift:1: the options 'GB' and 'Gb' differ only in case or accents, which a deck "
                             "does not tell apart; reword one of them; skipped this question"]
    aiken = parse_aiken("Larger?\nA. GB\nB. Gb\nC. TB\nANSWER: C\n\nSmaller?\nA. MB\nB. TB\nANSWER: A\n", "u.txt")
    assert len(aiken.questions) == 1 and "u.txt:1: the options 'GB' and 'Gb' differ" in aiken.warnings[0]


def test_the_moodle_reference_reads_as_moodle_does() -> None:
    """The bench's restatement of Moodle's importer, on the patterns its documentation shows."""
    text = ("$CATEGORY: course/top\n\n::Q1:: Who? {~Grant =no one}\n\nGrant {=entombed ~buried} here.\n\n"
            "Essay? {}\n\nJust text\n\nBroken { =a\n\nMatch {=a -> 1 =b -> 2}\n\nPi? {#3.141..3.142}\n\n"
            "True? {T}\n\nTwo plus two {=four =4}.\n\nNumber? {#abc}\n")
    assert moodle_banks.moodle_gift(text) == ["category", "multichoice", "multichoice", "essay", "description",
                                              "error", "match", "numerical", "truefalse", "shortanswer", "error"]
    aiken = "Q1\nA) x\nB)y\nANSWER: B\n\nA) orphan\n\nQ2\nA) only\nANSWER: A\n\nQ3\nA) a\nB) b\n"
    assert moodle_banks.moodle_aiken(aiken) == ["multichoice", "error", "error", "error"]


@pytest.mark.skipif(not os.environ.get("BANKS_DIR"), reason="BANKS_DIR is not set: no real GIFT/Aiken banks to read "
                    "(see bench/moodle_banks.py for what to put there)")
def test_every_real_bank_imports_what_moodle_reads_and_loads_without_error() -> None:
    folder = Path(os.environ["BANKS_DIR"])
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    assert files, f"BANKS_DIR={folder} holds no file"
    short = []
    for path in files:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        kind = moodle_banks.guess_format(path, text)
        moodle = (moodle_banks.moodle_aiken if kind == "aiken" else moodle_banks.moodle_gift)(text)
        holdable = sum(1 for k in moodle if k not in {"essay", "description", "error", "category"})
        result = (parse_aiken if kind == "aiken" else parse_gift)(text, path.name)
        assert moodle_banks.studyable(result, path.name) == len(result.questions), path
        if len(result.questions) < holdable:
            short.append((path.name, holdable, len(result.questions), result.warnings))
    # Known and kept: a question with two answer parts ("... {=sí =no} veremos ... { =no =si}"), which Moodle
    # reads with the second one left in its text, and options a deck cannot tell apart ('GB', 'Gb'): trainer
    # skips both with their line.
    kept = ("more than one answer part", "differ only in case or accents", "is listed twice")
    assert all(sum(any(k in w for k in kept) for w in warnings) >= moodle - ours
               for _, moodle, ours, warnings in short), short


def test_markdown_with_inline_html_loses_the_tags_but_keeps_its_lines() -> None:
    """A course bank's '[markdown]' text with '<em>' inside (Moodle renders both) kept the tags as text."""
    text = ("::Un bug::\n[markdown]**D'où vient le mot \"bug\" ?**\\n\nDes programmes <em>bugués</em>, a < b. {\n"
            "=Un insecte#Oui\n~Un surnom\n}\n")
    question, = parse_gift(text, "bug.gift").questions
    assert question["prompt"] == "**D'où vient le mot \"bug\" ?**\n\nDes programmes bugués, a < b."
