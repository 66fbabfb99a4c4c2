"""Anki export: the file headers, one row per note, stable guids and safe HTML fields."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import yaml

from trainer.deck.model import Deck
from trainer.export.anki import HEADER_LINES, export_anki, note_guid

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return Deck.model_validate(yaml.safe_load((DATA / "awkward-deck.yaml").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def rows(deck: Deck) -> dict[str, list[str]]:
    lines = export_anki(deck).text.splitlines()[HEADER_LINES:]
    by_guid = {row[0]: row for row in (line.split("\t") for line in lines)}
    return {question.id: by_guid[note_guid(deck.deck, question.id)] for question in deck.questions}


def test_headers(deck: Deck) -> None:
    assert export_anki(deck).text.splitlines()[:HEADER_LINES] == [
        "#separator:tab",
        "#html:true",
        "#notetype:Basic",
        "#deck:Awkward: {braces}, tabs and “quotes”",
        "#columns:guid\tFront\tBack\ttags",  # labels are the Basic note type's field names
        "#guid column:1",
        "#tags column:4",
    ]


def test_one_line_of_four_fields_per_question(deck: Deck) -> None:
    text = export_anki(deck).text
    lines = text.splitlines()
    assert len(lines) == HEADER_LINES + len(deck.questions)
    assert text.endswith("\n")
    for line in lines[HEADER_LINES:]:
        assert len(line.split("\t")) == 4
    parsed = list(csv.reader(io.StringIO("\n".join(lines[HEADER_LINES:])), delimiter="\t"))
    assert [len(row) for row in parsed] == [4] * len(deck.questions)  # no field opens a CSV quote


def test_guids_are_stable_unique_and_per_deck(deck: Deck) -> None:
    guids = [note_guid(deck.deck, question.id) for question in deck.questions]
    assert len(set(guids)) == len(guids)
    assert export_anki(deck).text == export_anki(deck).text
    assert note_guid("awkward", "warheads") == note_guid("awkward", "warheads")
    assert note_guid("other", "warheads") != note_guid("awkward", "warheads")


def test_fields_are_escaped_html(rows: dict[str, list[str]]) -> None:
    front, back = rows["ranking-first"][1:3]
    assert front.startswith("Which body came first: &quot;the Council&quot; or {the Assembly}?<ol type=\"A\">")
    for item in ("<li>Council = #1</li>", "<li>Assembly ~ #2</li>", "<li>Secretariat: {3}</li>"):
        assert item in front
    assert "&lt;tags&gt;" in back and "<tags>" not in back
    assert "Line one: the ranking.<br>Line two: a backslash \\ stays a backslash." in back
    assert rows["powers"][1].startswith("Which powers were listed?&#9;Pick all that apply.")
    assert rows["treaty-name"][1] == "Name the treaty:<br>its short name, please."


def test_back_has_answer_quote_and_citation(rows: dict[str, list[str]]) -> None:
    back = rows["warheads"][2]
    assert back.startswith("<b>5459 warheads (± 2%)</b><blockquote>Russia holds 5,459 warheads<br>— <cite>")
    assert "Ведомости, 2025-10-16</cite></blockquote>" in back
    assert rows["ranking-order"][2].startswith("<b>1. Россия<br>2. the USA -&gt; second<br>3. 中国: ~600</b>")
    assert rows["treaty-expires"][1] == "True or false: The agency said: the treaty &quot;expires in 2026&quot;."


def test_tags_have_no_spaces(rows: dict[str, list[str]]) -> None:
    assert rows["ranking-first"][3] == "awkward arms_control ranking"
    assert rows["wang-yi"][3] == "awkward"
