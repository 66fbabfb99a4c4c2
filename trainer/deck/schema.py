"""``trainer schema``: the deck's JSON Schema, generated from the pydantic model.

Editors validate and complete deck files with it (``# yaml-language-server: $schema=...`` at the
top of a deck). The committed copy, ``deck.schema.json`` next to this module, is kept up to date
by a test that compares it with :func:`deck_schema`. Decks that live elsewhere point to a copy beside
them (:func:`write_beside`: ``trainer draft -o`` keeps one), so the reference survives moving the deck's
folder or reinstalling trainer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from trainer.deck.model import Deck

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
TITLE = "trainer deck"
#: Where the generated schema is committed.
SCHEMA_PATH = Path(__file__).with_name("deck.schema.json")
#: The name of the copy kept beside decks, as their first line refers to it.
SCHEMA_NAME = "deck.schema.json"


def deck_schema() -> dict[str, Any]:
    """The JSON Schema of a deck file (no ``$id``: it is referred to by path)."""
    model_schema = Deck.model_json_schema()
    model_schema.pop("title", None)
    schema: dict[str, Any] = {"$schema": SCHEMA_DIALECT, "title": TITLE, **model_schema}
    date_answer = schema.get("$defs", {}).get("Date", {}).get("properties", {}).get("answer")
    if date_answer is not None and date_answer.get("type") == "string":
        # The model also takes a bare year (`answer: 2026`) and converts it; say so to editors.
        date_answer.pop("type")
        date_answer["anyOf"] = [{"type": "string"}, {"type": "integer"}]
    return schema


def schema_text() -> str:
    """The schema as written to disk: two-space indents, a final newline."""
    return json.dumps(deck_schema(), indent=2, ensure_ascii=False) + "\n"


def write_beside(folder: Path) -> str | None:
    """Write the schema into ``folder`` for its decks to point to, or refresh trainer's older copy there.

    Returns what to tell the user when it is not there afterwards: a file of that name that is not
    trainer's schema is left alone, and a folder that cannot be written is said.
    """
    target = Path(folder) / SCHEMA_NAME
    text = schema_text()
    try:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
    except (OSError, UnicodeDecodeError):
        current = ""
    if current == text:
        return None
    if current is not None and not _is_deck_schema(current):
        return f"{target} is not trainer's deck schema: it was left as it is, and editors check the deck against it"
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        return (f"cannot write {target} ({error.strerror or error}); for completion in editors, write it where the "
                f"deck is with 'trainer schema -o {target}'")
    return None


def schema_comment(reference: str = SCHEMA_NAME) -> str:
    """A deck's first line, pointing editors that speak the YAML language server to the schema (by default the copy
    :func:`write_beside` keeps beside the deck)."""
    return f"# yaml-language-server: $schema={reference}\n"


def _is_deck_schema(text: str) -> bool:
    try:
        found = json.loads(text)
    except ValueError:
        return False
    return isinstance(found, dict) and found.get("title") == TITLE


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="trainer schema",
        description="Print the JSON Schema of deck files (for editors' YAML validation and completion).",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the schema here instead of stdout")
    args = parser.parse_args(argv)
    text = schema_text()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"trainer: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0
