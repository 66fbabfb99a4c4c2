"""The one deck-YAML writer that drafts and imports share."""

from __future__ import annotations

import yaml

from trainer.deck.yamlwrite import deck_yaml_text


def test_keys_in_hand_written_order_and_the_text_loads_back_the_same():
    deck = {
        "questions": [{"quote": "q", "choices": ["a", "b"], "answer": "a", "type": "choice", "id": "x", "extra": 1}],
        "title": "T", "deck": "d", "sources": [],
    }
    text = deck_yaml_text(deck, header="# made by a test\n")
    assert text.startswith("# made by a test\ndeck: d\ntitle: T\nsources: []\nquestions:\n- id: x\n  type: choice\n")
    assert text.index("answer:") < text.index("choices:") < text.index("quote:") < text.index("extra:")
    assert yaml.safe_load(text) == deck


def test_long_text_stays_on_one_line_and_line_breaks_make_a_literal_block():
    long = "word " * 60 + "end"
    text = deck_yaml_text({"deck": "d", "description": long, "questions": [{"id": "x", "explain": "one\ntwo"}]})
    assert f"description: {long}\n" in text
    assert "  explain: |-\n    one\n    two\n" in text
    assert yaml.safe_load(text)["questions"][0]["explain"] == "one\ntwo"
