"""What the home screen shows about each deck, cached so that start-up needs no YAML, pydantic or articles.

Loading a deck properly (parse, validate, read its articles, verify every quote) is the slow part of
start-up. The catalog keeps, per deck file, the few facts the deck list shows, with the size and
modification time of the deck file and of every source it cites. At start the app shows the catalog
at once when every stamp still matches, and loads the decks for real in the background; any change
to a deck or an article, or a deck file that is new, means the catalog is not used and the list
waits for the real load. The real load always happens: the catalog only decides what is on screen
in the first few hundred milliseconds.

This module imports nothing heavy on purpose.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.deck.loader import LoadedDeck

CATALOG_VERSION = 1
DECK_SUFFIXES = (".yaml", ".yml")

Stamp = tuple[str, int, int]


def find_deck_files(paths: Iterable[Path]) -> list[Path]:
    """Deck files named by ``paths``: files as given, folders searched for *.yaml and *.yml.

    Folders are searched recursively in sorted order, skipping hidden ones (``.git``, ``.venv``).
    A path that does not exist is kept, so that loading it reports the problem.
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
                found.extend(Path(folder) / name for name in sorted(files) if name.endswith(DECK_SUFFIXES))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def stamp(path: Path) -> Stamp:
    """Size and modification time of a file; (-1, -1) when it is missing."""
    try:
        stat = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), stat.st_mtime_ns, stat.st_size)


@dataclass(frozen=True)
class DeckEntry:
    """One row of the deck list."""

    path: str
    deck_id: str | None
    title: str | None
    description: str | None
    questions: int
    ok: bool
    first_error: str | None
    files: tuple[Stamp, ...]

    @classmethod
    def from_loaded(cls, loaded: "LoadedDeck") -> "DeckEntry":
        deck = loaded.deck
        files = [stamp(loaded.path)]
        if deck is not None:
            files += [stamp(loaded.path.parent / source.file) for source in deck.sources]
        error = loaded.first_error
        return cls(
            path=str(loaded.path),
            deck_id=deck.deck if deck else None,
            title=deck.title if deck else None,
            description=deck.description if deck else None,
            questions=len(deck.questions) if deck else 0,
            ok=loaded.ok,
            first_error=str(error) if error else None,
            files=tuple(files),
        )

    def fresh(self) -> bool:
        return all(stamp(Path(name)) == (name, mtime, size) for name, mtime, size in self.files)


def read_catalog(cache: Path, deck_files: list[Path]) -> list[DeckEntry] | None:
    """The cached entries for exactly these deck files, or None when any is missing or stale."""
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("version") != CATALOG_VERSION:
            return None
        by_path = {
            entry["path"]: DeckEntry(**{**entry, "files": tuple(tuple(f) for f in entry["files"])})
            for entry in data["decks"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None
    entries = [by_path.get(str(path)) for path in deck_files]
    if any(entry is None or not entry.fresh() for entry in entries):
        return None
    return entries  # type: ignore[return-value]


def write_catalog(cache: Path, entries: list[DeckEntry]) -> None:
    """Replace the catalog atomically; a failure to write only costs speed next time."""
    payload = {"version": CATALOG_VERSION, "decks": [asdict(entry) for entry in entries]}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=".decks-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(payload, file)
        os.replace(temporary, cache)
    except OSError:
        pass
