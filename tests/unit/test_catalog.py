"""The deck catalog: used only while every deck file and article is exactly as when it was written."""

from __future__ import annotations

import os
from pathlib import Path

from trainer.deck.catalog import DeckEntry, find_deck_files, read_catalog, write_catalog
from trainer.deck.loader import load_deck

ROOT = Path(__file__).resolve().parents[2]


def _copy_bundled(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "decks").mkdir()
    for source in (ROOT / "seeds").iterdir():
        (tmp_path / "seeds" / source.name).write_bytes(source.read_bytes())
    deck = tmp_path / "decks" / "deck.yaml"
    deck.write_bytes((ROOT / "decks" / "new-start-china-2025.yaml").read_bytes())
    return deck


def _touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_round_trip_and_staleness(tmp_path):
    deck = _copy_bundled(tmp_path)
    cache = tmp_path / "cache" / "decks.json"
    files = find_deck_files([tmp_path / "decks"])
    assert read_catalog(cache, files) is None, "no catalog yet"

    entry = DeckEntry.from_loaded(load_deck(deck))
    assert entry.ok and entry.questions >= 24 and entry.deck_id == "new-start-china-2025"
    write_catalog(cache, [entry])
    assert read_catalog(cache, files) == [entry]

    _touch_later(tmp_path / "seeds" / "000_bf6c9e913bb2f5d9.txt")
    assert read_catalog(cache, files) is None, "an edited article makes the catalog stale"
    write_catalog(cache, [DeckEntry.from_loaded(load_deck(deck))])
    assert read_catalog(cache, files) is not None

    _touch_later(deck)
    assert read_catalog(cache, files) is None, "an edited deck makes the catalog stale"


def test_new_deck_file_or_corrupt_cache_means_no_catalog(tmp_path):
    deck = _copy_bundled(tmp_path)
    cache = tmp_path / "decks.json"
    write_catalog(cache, [DeckEntry.from_loaded(load_deck(deck))])
    (tmp_path / "decks" / "other.yaml").write_text("deck: x\n", encoding="utf-8")
    assert read_catalog(cache, find_deck_files([tmp_path / "decks"])) is None
    cache.write_text("{not json", encoding="utf-8")
    assert read_catalog(cache, [deck]) is None


def test_broken_deck_entry_keeps_its_first_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("deck: bad\ntitle: [unclosed\n", encoding="utf-8")
    entry = DeckEntry.from_loaded(load_deck(bad))
    assert not entry.ok and entry.first_error.startswith(str(bad) + ":")
