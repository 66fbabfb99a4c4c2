"""CSV export: a header row and cells that survive commas, quotes, tabs and newlines."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import yaml

from trainer.deck.model import Deck
from trainer.export.csvfmt import HEADER, export_csv

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return Deck.model_validate(yaml.safe_load((DATA / "awkward-deck.yaml").read_text(encoding="utf-8")))


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_and_one_row_per_question(deck: Deck) -> None:
    text = export_csv(deck).text
    assert text.startswith("deck,id,type,prompt,answer,choices,quote,source,citation,explain,tags\r\n")
    rows = _rows(text)
    assert list(rows[0]) == list(HEADER)
    assert [row["id"] for row in rows] == [question.id for question in deck.questions]
    assert {row["deck"] for row in rows} == {"awkward"}


def test_awkward_cells_read_back_exactly(deck: Deck) -> None:
    rows = {row["id"]: row for row in _rows(export_csv(deck).text)}
    assert rows["treaty-name"]["prompt"] == "Name the treaty:\nits short name, please."
    assert rows["powers"]["prompt"] == "Which powers were listed?\tPick all that apply."
    assert rows["powers"]["choices"] == "中国\nРоссия\nTab\there\nUSA # maybe"
    assert rows["powers"]["answer"] == "中国\nРоссия"
    assert rows["ranking-first"]["prompt"] == 'Which body came first: "the Council" or {the Assembly}?'
    assert rows["ranking-first"]["tags"] == "arms control\nranking"
    assert rows["warheads"]["answer"] == "5459 warheads (± 2%)"
    assert rows["talks-year"]["answer"] == "2026 (± 1 year)"
    assert rows["zakharova"]["source"] == "times"
    assert rows["zakharova"]["citation"] == "Awkward Times: {braces} & <tags>, Ведомости, 2025-10-16"
    assert rows["treaty-expires"]["answer"] == "True"


def test_byte_order_mark_only_when_asked(deck: Deck) -> None:
    assert not export_csv(deck).text.startswith("\ufeff")
    assert export_csv(deck, bom=True).text.startswith("\ufeffdeck,id,")
