"""Start the app from the command line: resolve settings, open the store, run."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from trainer.paths import data_dir as resolve_data_dir
from trainer.paths import default_deck_paths
from trainer.settings import Settings

__all__ = ["default_deck_paths", "run_app"]


def run_app(
    *,
    paths: list[Path],
    data_dir: Path | None,
    seed: int | None,
    profile: str | None = None,
    preview: Path | None = None,
) -> int:
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
        preview=preview,
    )
    # A preview's sessions are the author's trial runs: a throwaway database keeps them out of the
    # scores, the statistics and Continue.
    scratch = tempfile.TemporaryDirectory(prefix="trainer-preview-") if preview is not None else None
    database = Path(scratch.name) / "preview.sqlite3" if scratch is not None else settings.database
    try:
        store = Store.open(database)
    except StoreError as error:
        print(f"trainer: {error}", file=sys.stderr)
        return 1
    from trainer.ui.app import make_app

    try:
        make_app(settings, store).run()
    finally:
        store.close()
        if scratch is not None:
            scratch.cleanup()
    return 0

