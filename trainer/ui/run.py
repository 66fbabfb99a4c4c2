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
    from trainer.store import Store, StoreError
    from trainer.study.identity import profile_for

    folder = resolve_data_dir(data_dir)
    missing = [path for path in paths if not path.exists()]
    if missing:
        for path in missing:
            print(f"trainer: {path}: no such file or folder", file=sys.stderr)
        return 2
    settings = Settings(
        deck_paths=tuple(paths) or default_deck_paths(folder),
        data_dir=folder,
        profile=profile_for(profile),
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

    app = make_app(settings, store)
    try:
        app.run()
    finally:
        unsaved = save_pending(app.writer)
        store.close()
        if scratch is not None:
            scratch.cleanup()
    if app.return_code:
        where = f"the details are in {app.error_log}" if app.error_log else "no log could be written"
        print(f"trainer: stopped by an unexpected error; your saved answers are kept; {where}.", file=sys.stderr)
        return app.return_code
    return 1 if unsaved else 0


def save_pending(writer) -> int:
    """Wait for the answers still being saved (the database may be held by another program); returns how
    many could not be saved. Ctrl+C gives up waiting, and says what is lost."""
    if writer.flush(timeout=1.0):
        writer.close()
        _say_refused(writer)
        return 0
    state = writer.state
    print(
        f"trainer: still saving {state.pending} answer(s): another program is holding the score database. "
        "Waiting until it lets go; press Ctrl+C to give up.",
        file=sys.stderr,
    )
    try:
        writer.flush()
    except KeyboardInterrupt:
        pass
    unsaved = writer.close(timeout=0)
    _say_refused(writer)
    if unsaved:
        print(f"trainer: {unsaved} answer(s) could not be saved.", file=sys.stderr)
    return unsaved



def _say_refused(writer) -> None:
    """Writes the database refused for good (read-only, full): where they are kept and how to bring them back."""
    places = sorted({str(place) for place in writer.refused if place is not None})
    if places:
        print(f"trainer: {len(writer.refused)} save(s) could not reach the score database; they are kept in "
              f"{', '.join(places)}. Once it can be written again, run 'trainer recover' (with the file's name if it is "
              "not in the data folder) to save them.",
              file=sys.stderr)
    if None in writer.refused:
        print("trainer: some answers could not be saved anywhere (the disks refused them).", file=sys.stderr)
