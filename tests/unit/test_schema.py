"""``trainer schema``: the committed deck.schema.json matches the model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from trainer.deck.model import QUESTION_TYPES
from trainer.deck.schema import SCHEMA_PATH, deck_schema, main, schema_text


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


def test_command_prints_or_writes_the_schema(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "trainer", "schema"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and json.loads(done.stdout) == deck_schema()
    assert main(["-o", str(tmp_path / "deck.schema.json")]) == 0
    assert (tmp_path / "deck.schema.json").read_text(encoding="utf-8") == schema_text()
    assert main(["-o", str(tmp_path / "missing" / "x.json")]) == 1
