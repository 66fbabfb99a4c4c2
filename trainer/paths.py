"""Where trainer keeps its files. Nothing here touches the disk until it is called."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "trainer"
ENV_DATA_DIR = "TRAINER_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder for the score database and the user's own decks.

    Precedence: ``--data-dir``, then ``$TRAINER_DATA_DIR``, then the platform's user data folder.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / "trainer.sqlite3"


def user_decks_dir(folder: Path) -> Path:
    return folder / "decks"


def bundled_decks_dir() -> Path | None:
    """The ``decks/`` folder next to the package, when running from a checkout."""
    candidate = Path(__file__).resolve().parent.parent / "decks"
    return candidate if candidate.is_dir() else None


def default_deck_paths(folder: Path) -> tuple[Path, ...]:
    """The bundled decks and the user's own decks folder (when it exists).

    Lives here, not in the UI, so that core commands (``trainer stats``) find the same decks as the app.
    """
    paths = []
    bundled = bundled_decks_dir()
    if bundled is not None:
        paths.append(bundled)
    own = user_decks_dir(folder)
    if own.is_dir():
        paths.append(own)
    return tuple(paths)
