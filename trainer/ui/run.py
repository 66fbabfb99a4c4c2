"""Start the app from the command line: resolve settings, open the store, run."""

from __future__ import annotations

import sys
from pathlib import Path

from trainer.paths import bundled_decks_dir, user_decks_dir
from trainer.paths import data_dir as resolve_data_dir
from trainer.settings import Settings


def default_deck_paths(folder: Path) -> tuple[Path, ...]:
    """The bundled decks and the user's own decks folder (when it exists)."""
    paths = []
    bundled = bundled_decks_dir()
    if bundled is not None:
        paths.append(bundled)
    own = user_decks_dir(folder)
    if own.is_dir():
        paths.append(own)
    return tuple(paths)


def run_app(*, paths: list[Path], data_dir: Path | None, seed: int | None, profile: str | None = None) -> int:
    from trainer.store import Store, StoreError, default_profile

    folder = resolve_data_dir(data_dir)
    missing = [path for path in paths if not path.exists()]
    if missing:
        for path in missing:
            print(f"trainer: {path}: no such file or folder", file=sys.stderr)
        return 2
    settings = Settings(
        deck_paths=tuple(paths) or default_deck_paths(folder),
        data_dir=folder,
        profile=profile or default_profile(),
        seed=seed,
    )
    try:
        store = Store.open(settings.database)
    except StoreError as error:
        print(f"trainer: {error}", file=sys.stderr)
        return 1
    from trainer.ui.app import make_app

    try:
        make_app(settings, store).run()
    finally:
        store.close()
    return 0

