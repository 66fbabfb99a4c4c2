"""What the app is told at start: which decks, where the data lives, how to shuffle.

Built by the command line (or by tests) and handed to ``make_app``; nothing is read from disk here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
