"""Question banks as instructors really have them: Moodle 4 exports and hand-written Aiken files.

The fixtures under tests/data/banks reproduce, one question each, the classes that real banks
from public repositories showed (Moodle's importer, question/format/gift/format.php and
question/format/aiken/format.php, is the reference): ``[html]`` texts with paragraphs, images
and links, format markers in answers, categories (one right above its question), partial credit
on a single-answer question, per-answer and general feedback, a numeric range, a blank line
inside the answers, an Aiken option without a space after ``A)``, and broken questions, which
are skipped with their line while the rest is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer.deck.grading import grade
from trainer.deck.loader import load_deck
from trainer.deck.model import Choice, Deck
from trainer.export.aiken_import import parse_aiken
from trainer.export.cli import export_main, import_main
from trainer.export.deck_writer import deck_yaml, source_entry
from trainer.export.gift import export_gift
from trainer.export.gift_import import parse_gift

BANKS = Path(__file__).parent.parent / "data" / "banks"


@pytest.fixture(scope="module")
def gift():
    return parse_gift((BANKS / "instructor-bank.gift").read_text(encoding="utf-8"), "bank.gift")


def all_text(question: dict) -> str:
    return yaml.safe_dump(question, allow_unicode=True)


def test_every_good_question_is_kept_and_every_bad_one_named(gift) -> None:
    assert [q["id"] for q in gift.questions] == [
        "new-start-expiry", "Warheads", "Range", "nuclear-states", "lavrov-on-alliances", "Spokesperson",
        "match-the-treaties", "Link",
    ]
    assert gift.warnings == [
        "bank.gift:37: no answer is marked right ('=' or a positive %weight%); skipped this question",
        "bank.gift:53: skipped an essay question (empty answer part)",
    ]


def test_matching_becomes_a_match_question_with_its_distractor(gift) -> None:
    questions = {q["id"]: q for q in gift.questions}
    match = questions["match-the-treaties"]
    assert match["type"] == "match"
    assert match["prompt"] == "Match the treaty to the year it was signed."
    assert match["pairs"] == {"New START": "2010", "INF Treaty": "1987"}
    assert match["distractors"] == ["1972"]


def test_html_becomes_text_and_markers_go(gift) -> None:
    for question in gift.questions:
        text = all_text(question)
        assert "<" not in text and "[html]" not in text and "[plain]" not in text and "&" not in text, text
    questions = {q["id"]: q for q in gift.questions}
    assert questions["new-start-expiry"]["prompt"] == "When does the New START treaty expire?"
    assert questions["lavrov-on-alliances"]["statement"] == (
        "Lavrov said Russia will not ally with anyone against China.\n[image: Sergey Lavrov]"
    )
    assert questions["Link"]["prompt"] == "Read the treaty text. Who signed it for Russia in 2010?"


def test_categories_become_tags_even_right_above_a_question(gift) -> None:
    tags = {q["id"]: q["tags"] for q in gift.questions}
    assert tags["Warheads"] == ["Arms control"]
    assert tags["lavrov-on-alliances"] == ["Diplomacy/Alliances"]  # '//' is a literal slash


def test_partial_credit_feedback_and_ranges(gift) -> None:
    questions = {q["id"]: q for q in gift.questions}
    expiry = questions["new-start-expiry"]
    assert (expiry["type"], expiry["answer"], expiry["credit"]) == ("choice", "February 2026", {"Early 2026": 0.5})
    assert expiry["explain"].splitlines() == [
        "The treaty was extended once, in 2021, for five years.",
        "February 2026: Right: 5 February 2026.",
        "December 2025: Too early.",
        "Early 2026: Close, but name the month.",
        "Never: It has a fixed term.",
    ]
    assert questions["lavrov-on-alliances"]["explain"] == (
        "If you answered False: No: he said the opposite.\nIf you answered True: Yes, \"it is unthinkable.\""
    )
    assert (questions["Range"]["answer"], questions["Range"]["tolerance"]) == (3.1415, 0.0005)  # no float noise
    assert questions["nuclear-states"]["choices"][-1] == "France"  # a blank line inside the answers is not an end
    assert questions["Warheads"]["explain"] == "The central limit."


def test_an_imported_bank_is_studyable_at_once(gift, tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(deck_yaml(gift, origin="bank.gift", deck_id="bank", title="Bank",
                              source=source_entry(path, None)), encoding="utf-8")
    loaded = load_deck(path)
    assert loaded.ok and loaded.deck is not None, [str(d) for d in loaded.errors]
    assert all(question.unsourced for question in loaded.deck.questions)
    assert len(loaded.warnings) == len(gift.questions)
    assert all("unsourced" in str(warning) for warning in loaded.warnings)
    expiry = loaded.deck.question("new-start-expiry")
    assert isinstance(expiry, Choice)
    assert grade(expiry, "Early 2026").score == 0.5 and not grade(expiry, "Early 2026").correct
    assert grade(expiry, "February 2026").correct and grade(expiry, "Never").score == 0


def test_an_imported_bank_exports_and_imports_again_without_loss(gift, tmp_path: Path) -> None:
    document = yaml.safe_load(deck_yaml(gift, origin="bank.gift", deck_id="bank", title="Bank", source=None))
    deck = Deck.model_validate(document)
    exported = export_gift(deck)
    assert exported.skipped == []
    again = parse_gift(exported.text, "again.gift")
    assert again.warnings == []
    assert [(q["id"], q["type"]) for q in again.questions] == [(q["id"], q["type"]) for q in gift.questions]
    for before, after in zip(gift.questions, again.questions):
        for key in ("answer", "answers", "choices", "credit", "statement", "prompt", "tags", "explain"):
            assert before.get(key) == after.get(key), (before["id"], key)


def test_aiken_bank_with_moodle_s_option_rule() -> None:
    result = parse_aiken((BANKS / "instructor-bank.aiken").read_text(encoding="utf-8"), "bank.aiken")
    assert [(q["type"], q["answer"]) for q in result.questions] == [
        ("choice", "Russia"), ("true_false", True), ("choice", "Prague"),
    ]
    assert result.warnings == [
        "bank.aiken:12: a question needs at least two options (A. ..., B. ...) before its ANSWER line; "
        "skipped this question"
    ]


def test_a_dot_aiken_file_is_read_as_aiken_and_our_own_export_comes_back(tmp_path: Path, capsys) -> None:
    bank = tmp_path / "bank.aiken"
    bank.write_text((BANKS / "instructor-bank.aiken").read_text(encoding="utf-8"), encoding="utf-8")
    assert import_main([str(bank), "-o", str(tmp_path / "bank.yaml")]) == 0
    assert export_main([str(tmp_path / "bank.yaml"), "--to", "aiken", "-o", str(tmp_path / "x.aiken")]) == 0
    assert import_main([str(tmp_path / "x.aiken"), "-o", str(tmp_path / "x.yaml")]) == 0
    first, second = (load_deck(tmp_path / name).deck for name in ("bank.yaml", "x.yaml"))
    assert first is not None and second is not None and first.deck != second.deck
    assert [q.model_dump(exclude={"id"}) for q in first.questions] == [q.model_dump(exclude={"id"}) for q in second.questions]
    assert "1 skipped" in capsys.readouterr().err


def test_the_bundled_deck_goes_through_gift_and_back_whole() -> None:
    loaded = load_deck(Path(__file__).parent.parent.parent / "decks" / "new-start-china-2025.yaml")
    assert loaded.deck is not None
    exported = export_gift(loaded.deck)
    again = parse_gift(exported.text, "bundled.gift")
    assert exported.skipped == [] and again.warnings == []
    assert [q["id"] for q in again.questions] == [q.id for q in loaded.deck.questions]
