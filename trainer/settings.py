"""What the app is told at start: which decks, where the data lives, how to shuffle.

Built by the command line (or by tests) and handed to ``make_app``; nothing is read from disk here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

#: The student's choices that outlive a session (the theme), in the data folder.
PREFERENCES_FILE = "preferences.json"


@dataclass(frozen=True)
class Settings:
    deck_paths: tuple[Path, ...]
    data_dir: Path
    profile: str
    seed: int | None = None
    #: A deck file to preview live (``trainer preview``) instead of the home screen.
    preview: Path | None = None

    @property
    def database(self) -> Path:
        from trainer.paths import database_path

        return database_path(self.data_dir)

    @property
    def catalog(self) -> Path:
        """The deck catalog cache (see ``trainer.deck.catalog``)."""
        return self.data_dir / "cache" / "decks.json"


def load_preferences(data_dir: Path) -> dict[str, str]:
    """The saved preferences (``{"theme": "nord"}``); empty when none were saved or the file is unreadable."""
    try:
        data = json.loads((data_dir / PREFERENCES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if isinstance(key, str) and isinstance(value, str)}


def save_preference(data_dir: Path, key: str, value: str) -> bool:
    """Remember one preference (written whole and atomically); False when the folder cannot be written."""
    preferences = load_preferences(data_dir)
    if preferences.get(key) == value:
        return True
    preferences[key] = value
    target = data_dir / PREFERENCES_FILE
    temporary = target.with_name(f".{PREFERENCES_FILE}.{os.getpid()}.tmp")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(preferences, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        return False
    return True
