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


#: Where an installed wheel keeps the bundled decks and their articles (see pyproject.toml's force-include).
BUNDLED_IN_PACKAGE = "_bundled"


def bundled_decks_dir() -> Path | None:
    """The bundled decks: inside the installed package, or ``decks/`` of a checkout (editable install).

    A checkout is recognised by its ``pyproject.toml`` next to ``decks/``, so that an unrelated
    ``decks`` folder beside an installed package (in site-packages) is never taken for ours.
    """
    package = Path(__file__).resolve().parent
    installed = package / BUNDLED_IN_PACKAGE / "decks"
    if installed.is_dir():
        return installed
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "decks").is_dir():
        return checkout / "decks"
    return None


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


def no_decks_message(deck_paths: tuple[Path, ...], folder: Path) -> str:
    """What the home screen says when no deck was found: where it looked and how to make a deck."""
    own = user_decks_dir(folder)
    looked = ", ".join(str(path) for path in deck_paths) or "no folder"
    return (
        f"No decks found (looked in: {looked}). Your own decks folder is {own}: put deck files there, "
        f"or make one with 'trainer draft ARTICLE.txt -o {own / 'my-deck.yaml'}' or "
        f"'trainer import BANK.gift -o {own / 'my-deck.yaml'}'. To open decks elsewhere: trainer PATH..."
    )
