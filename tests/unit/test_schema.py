"""``trainer schema``: the committed deck.schema.json matches the model."""

from __future__ import annotations

from trainer.deck.model import QUESTION_TYPES
from trainer.deck.schema import SCHEMA_PATH, deck_schema, schema_text


def test_committed_schema_is_up_to_date() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "trainer/deck/deck.schema.json is out of date: run `trainer schema -o trainer/deck/deck.schema.json`"
    )


def test_schema_header_and_content() -> None:
    schema = deck_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "trainer deck"
    assert "$id" not in schema
    assert set(schema["required"]) == {"deck", "title", "questions"}  # sources may be empty: unsourced questions
    question_refs = schema["properties"]["questions"]["items"]["discriminator"]["mapping"]
    assert sorted(question_refs) == sorted(QUESTION_TYPES)
    date_answer = schema["$defs"]["Date"]["properties"]["answer"]
    assert {"type": "integer"} in date_answer["anyOf"]  # `answer: 2026` is a valid date answer
