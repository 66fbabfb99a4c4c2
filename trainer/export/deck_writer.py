"""What the importers share: parse errors with file:line, ids from titles, and the deck file (written by
:mod:`trainer.deck.yamlwrite`, as drafts are).

GIFT and Aiken carry no sources and no quotes, so an imported deck's questions are *unsourced*:
it can be studied at once (the app says there is no source), ``trainer check`` warns about each
question and ``check --strict`` refuses them, and a comment at the top of the file says how to
prove them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.deck.model import ID_PATTERN
from trainer.deck.schema import schema_comment
from trainer.deck.textmatch import fold
from trainer.deck.yamlwrite import deck_yaml_text

SOURCE_ID = "article"
MAX_SLUG = 60


class ParseError(Exception):
    """A file that cannot be read as the format it claims, with where and what is wrong."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass
class ImportResult:
    """Questions as YAML-ready dicts, warnings about what was left out, deck id and title if known."""

    questions: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    deck_id: str | None = None
    title: str | None = None


def slugify(text: str) -> str:
    """An id from a title: kept as is when it already is a valid id, else lower-case ASCII words."""
    text = text.strip()
    if re.fullmatch(ID_PATTERN, text) and len(text) <= 120:
        return text
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-")


def id_from_words(text: str, words: int = 6) -> str:
    """A readable id from the first words of a prompt ('' when they have no Latin letters)."""
    return slugify(" ".join(text.split()[:words]))


class IdMaker:
    """Hands out unique ids, adding -2, -3 ... to repeats and q<n> when a title gives nothing.

    The next suffix to try is remembered per base, so n repeats of one id cost O(n), not O(n²).
    """

    def __init__(self) -> None:
        self._used: set[str] = set()
        self._next_suffix: dict[str, int] = {}

    def make(self, wanted: str, number: int) -> str:
        base = wanted or f"q{number}"
        candidate = base
        if candidate in self._used:
            suffix = self._next_suffix.get(base, 2)
            candidate = f"{base}-{suffix}"
            while candidate in self._used:
                suffix += 1
                candidate = f"{base}-{suffix}"
            self._next_suffix[base] = suffix + 1
        self._used.add(candidate)
        return candidate


def header_comment(origin: str, has_source: bool) -> str:
    source_step = (
        "check that the source names the article the questions come from (title, outlet, date)"
        if has_source
        else "add the article under `sources:` (id, file: its plain-text path relative to this deck,\n"
        "#      title, outlet, published)"
    )
    return (
        f"# Imported by `trainer import` from {origin}.\n"
        "# It can be studied at once: its questions are *unsourced* (GIFT and Aiken carry no quotes), and the\n"
        "# app says so in its feedback; `trainer check` warns about each and `trainer check --strict` refuses them.\n"
        "# To make them proven questions:\n"
        f"#   1. {source_step};\n"
        "#   2. fill every empty `quote: ''` with the exact words of the article that prove the answer\n"
        "#      (quotes recovered from a trainer GIFT export must still be found in the article);\n"
        "#   3. run `trainer check --strict` on this file until it reports nothing.\n"
    )


def deck_yaml(result: ImportResult, *, origin: str, deck_id: str, title: str, source: dict[str, str] | None) -> str:
    """The deck file text: the header comment, then deck, title, sources (maybe none) and questions.

    The deck id is ``deck_id`` (from the output file's name), never the id a trainer export
    carried: the imported deck is a new deck and must not share progress with the one it came from.
    """
    if result.deck_id and deck_id == result.deck_id:
        deck_id = f"{deck_id}-imported"
    document = {
        "deck": deck_id,
        "title": result.title or title,
        "sources": [source] if source else [],
        "questions": result.questions,
    }
    # First, the line that points editors to the schema kept beside the deck (the import writes it there).
    return deck_yaml_text(document, header=schema_comment() + header_comment(origin, source is not None) + "\n")


def source_entry(deck_path: Path, article: Path | None) -> dict[str, str] | None:
    """The deck's one source: the given article (path relative to the deck), or None without one."""
    if article is None:
        return None
    relative = os.path.relpath(article.resolve(), deck_path.resolve().parent)
    first_line = next((line.strip() for line in article.read_text(encoding="utf-8").splitlines() if line.strip()), "")
    return {"id": SOURCE_ID, "file": Path(relative).as_posix(), "title": first_line[:120] or "The article"}


def indistinct_choices(question: dict[str, Any]) -> str | None:
    """Why a question's options cannot be told apart by a deck, or None.

    Moodle keeps 'GB' and 'Gb' (gigabyte, gigabit) as two options; a deck compares answers without
    case or accents, so it would hold them as one option twice and refuse the question. The importer
    skips such a question with this reason rather than write a deck with an error in it.
    """
    seen: dict[str, str] = {}
    for choice in question.get("choices") or []:
        twin = seen.get(fold(choice))
        seen.setdefault(fold(choice), choice)
        if twin is not None:
            if twin == choice:
                return f"the option '{choice}' is listed twice"
            return (f"the options '{twin}' and '{choice}' differ only in case or accents, which a deck does not "
                    "tell apart; reword one of them")
    return None


def clean_number(value: float) -> int | float:
    """5459.0 -> 5459, so the YAML reads like a person wrote it."""
    return int(value) if float(value).is_integer() else value
