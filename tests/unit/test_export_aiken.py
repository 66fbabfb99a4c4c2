"""Aiken export: one-line questions, lettered options, ANSWER lines, the rest reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from trainer.deck.model import Choice, Deck, TrueFalse
from trainer.export.aiken import export_aiken

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return Deck.model_validate(yaml.safe_load((DATA / "awkward-deck.yaml").read_text(encoding="utf-8")))


def test_every_block_follows_the_aiken_rules(deck: Deck) -> None:
    text = export_aiken(deck).text
    assert text.endswith("\n") and "\n\n\n" not in text
    blocks = text[:-1].split("\n\n")
    assert len(blocks) == 6  # three who_said, one choice, two true_false
    for block in blocks:
        lines = block.split("\n")
        options = lines[1:-1]
        assert not _OPTION.match(lines[0])
        assert len(options) >= 2
        assert [line[:3] for line in options] == [f"{chr(65 + i)}. " for i in range(len(options))]
        answer = re.fullmatch(r"ANSWER: ([A-Z])", lines[-1])
        assert answer and ord(answer.group(1)) - 65 < len(options)


_OPTION = re.compile(r"^[A-Z]\. ")


def test_right_letters_and_true_false(deck: Deck) -> None:
    text = export_aiken(deck).text
    assert 'Which body came first: "the Council" or {the Assembly}?\nA. Council = #1\nB. Assembly ~ #2\n' in text
    assert "C. Secretariat: {3}\nANSWER: A" in text
    assert "The agency said: the treaty \"expires in 2026\".\nA. True\nB. False\nANSWER: A" in text
    assert "Talks ~ negotiations = planned {soon}.\nA. True\nB. False\nANSWER: B" in text


def test_newlines_and_tabs_are_flattened(deck: Deck) -> None:
    question = Choice(id="c", type="choice", prompt="Line one\nline two\tend", answer="b\nc", choices=["a", "b\nc"], quote="q")
    statement = TrueFalse(id="t", type="true_false", prompt="Judge:", statement="it\nholds", answer=False, quote="q")
    text = export_aiken(deck.model_copy(update={"questions": [question, statement]})).text
    assert text == "Line one line two end\nA. a\nB. b c\nANSWER: B\n\nJudge: it holds\nA. True\nB. False\nANSWER: B\n"


def test_other_types_are_reported(deck: Deck) -> None:
    result = export_aiken(deck)
    assert [s.id for s in result.skipped] == [
        "powers", "warheads", "temperature", "talks-year", "interview-day", "vote-month", "treaty-name",
        "rule-arrow", "ranking-order",
    ]
    assert result.skip_report("Aiken").startswith("skipped 9 questions that Aiken cannot express: powers (multi), ")
