"""``trainer results`` (hand in sessions and answers) and ``trainer stats`` (a text summary of progress).

Both only read: a data folder without a score database gets a message and exit code 1, and no
database is created. Every failure a user can cause ends with a message on stderr, never a
traceback. Decks are loaded (from PATHs or the app's default folders) only to add titles,
prompts, tags and question counts: scores of a deck whose file is gone are still reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.paths import data_dir as resolve_data_dir
from trainer.paths import database_path, default_deck_paths
from trainer.store import Store, StoreError
from trainer.study.identity import profile_for
from trainer.textsafe import visible

if TYPE_CHECKING:
    from trainer.deck.model import Deck


def _fail(message: str, code: int = 1) -> int:
    print(visible(f"trainer: {message}"), file=sys.stderr)
    return code


def _common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="deck files or folders (default: the bundled decks and your decks folder)")
    parser.add_argument("--deck", metavar="ID", help="only this deck (its id, as in the deck file's 'deck:')")
    parser.add_argument("--profile", metavar="NAME", help="whose scores (default: your login name)")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="where scores are kept (default: $TRAINER_DATA_DIR or the user data folder)")
    return parser


def _results_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer results",
        description="Write a student's sessions and answers to hand in: JSON (documented in docs/results.md) "
        "or CSV (one row per answer).",
    )
    parser.add_argument("--format", choices=("json", "csv"), default="json", help="json (default) or csv")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write here (atomically) instead of to stdout")
    return _common(parser)


def _stats_parser() -> argparse.ArgumentParser:
    return _common(argparse.ArgumentParser(prog="trainer stats", description="Print a short summary of progress."))


def _open_scores(folder: Path) -> Store | str:
    """The existing score store, or a message; never creates a database."""
    path = database_path(folder)
    try:
        exists = path.is_file() and path.stat().st_size > 0
    except OSError:
        exists = False
    if not exists:
        return f"no scores yet in {folder} (study a deck with 'trainer' first, or point --data-dir at your data folder)"
    try:
        return Store.open(path, read_only=True)  # only reads: works in a read-only folder, never writes
    except StoreError as error:
        return str(error)


def _load_decks(paths: list[Path], folder: Path) -> list[Deck] | str:
    """The decks that load, or a message when a PATH does not exist. Broken deck files are noted and skipped."""
    missing = [path for path in paths if not path.exists()]
    if missing:
        return "; ".join(f"{path}: no such file or folder" for path in missing)
    from trainer.deck.loader import load_decks

    loaded = load_decks(paths or default_deck_paths(folder))
    broken = [item.path for item in loaded if item.deck is None]
    if broken:
        names = ", ".join(str(path) for path in broken)
        print(visible(f"trainer: left out {len(broken)} deck file(s) that do not load ({names}); "
                      "run 'trainer check' on them for details"), file=sys.stderr)
    return [item.deck for item in loaded if item.deck is not None]


def _no_sessions(store: Store, folder: Path, profile: str, deck_id: str | None) -> str:
    from trainer.study.stats import profiles

    what = f"deck '{deck_id}' for profile '{profile}'" if deck_id else f"profile '{profile}'"
    others = [name for name in profiles(store) if name != profile]
    hint = f"; profiles with scores here: {', '.join(others)} (choose one with --profile)" if others else ""
    return f"no sessions of {what} in {folder}{hint}"


def _note_missing_prompts(results: dict) -> None:
    """Say on stderr which answers go without their prompt: their decks were not among those loaded."""
    missing: dict[str, int] = {}
    for session in results["sessions"]:
        for answer in session["answers"]:
            if "prompt" not in answer:
                missing[answer["deck_id"]] = missing.get(answer["deck_id"], 0) + 1
    if missing:
        count = sum(missing.values())
        decks = ", ".join(sorted(missing))
        print(f"trainer: note: {count} answer(s) have no prompt: their question is not in the decks loaded "
              f"({decks}); pass the deck files or folders: trainer results PATH...", file=sys.stderr)


def _warn_damage(store: Store) -> None:
    """Name on stderr each damaged row the store read around (the output goes on without it)."""
    for note in store.damage:
        print(visible(f"trainer: warning: {note}"), file=sys.stderr)


def results_main(argv: list[str]) -> int:
    try:
        return _results(argv)
    except StoreError as error:  # the database turned out damaged while reading: say what to do
        return _fail(str(error))


def stats_main(argv: list[str]) -> int:
    try:
        return _stats(argv)
    except StoreError as error:
        return _fail(str(error))


def _results(argv: list[str]) -> int:
    args = _results_parser().parse_args(argv)
    folder = resolve_data_dir(args.data_dir)
    profile = profile_for(args.profile)
    if args.output is not None and not args.output.parent.is_dir():
        return _fail(f"cannot write {args.output}: the folder {args.output.parent} does not exist")
    opened = _open_scores(folder)
    if isinstance(opened, str):
        return _fail(opened)
    with opened as store:
        decks = _load_decks(args.paths, folder)
        if isinstance(decks, str):
            return _fail(decks, 2)
        from trainer.study.handin import build_results, results_csv, results_json, write_atomic

        try:
            results = build_results(store, profile=profile, now=dt.datetime.now(dt.UTC), deck_id=args.deck, decks=decks)
        except StoreError as error:
            return _fail(str(error))
        if not results["sessions"]:
            return _fail(_no_sessions(store, folder, profile, args.deck))
        _warn_damage(store)  # damaged rows were read around in the hand-in, not a reason to stop
    _note_missing_prompts(results)
    text = results_json(results) if args.format == "json" else results_csv(results)
    if args.output is None:
        # A file gets the exact data; a terminal gets control characters made visible, never acted on.
        sys.stdout.write(visible(text) if sys.stdout.isatty() else text)
        sys.stdout.flush()
        return 0
    try:
        write_atomic(args.output, text)
    except OSError as error:
        return _fail(f"cannot write {args.output}: {error.strerror or error}")
    answers = sum(len(session["answers"]) for session in results["sessions"])
    print(visible(f"wrote {len(results['sessions'])} session(s) and {answers} answer(s) of '{profile}' "
                  f"to {args.output}"), file=sys.stderr)
    return 0


def _stats(argv: list[str]) -> int:
    args = _stats_parser().parse_args(argv)
    folder = resolve_data_dir(args.data_dir)
    profile = profile_for(args.profile)
    opened = _open_scores(folder)
    if isinstance(opened, str):
        return _fail(opened)
    with opened as store:
        decks = _load_decks(args.paths, folder)
        if isinstance(decks, str):
            return _fail(decks, 2)
        from trainer.study.stats_text import render_stats
        from trainer.study.stats import mastery, most_missed, overview

        now = dt.datetime.now(dt.UTC)
        view = overview(store, decks, profile, now, deck_id=args.deck)
        if args.deck is not None and not view.decks:
            known = sorted({deck.deck for deck in decks})
            return _fail(f"no deck '{args.deck}' among the loaded decks or the scores"
                         + (f"; loaded: {', '.join(known)}" if known else ""))
        if view.answers == 0:
            print(visible(f"trainer: {_no_sessions(store, folder, profile, args.deck)}"), file=sys.stderr)
        text = render_stats(
            view, mastery(store, decks, profile, args.deck), most_missed(store, decks, profile, args.deck),
            today=now.astimezone().date(),
        )
        _warn_damage(store)
    sys.stdout.write(visible(text))
    return 0


def recover_main(argv: list[str]) -> int:
    """``trainer recover``: save the answers kept in the recovery file while the database could not be written."""
    parser = argparse.ArgumentParser(
        prog="trainer recover",
        description="Save into your score database the answers trainer kept in unsaved-answers.jsonl while the "
        "database could not be written (read-only, disk full). Safe to run twice.",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE",
                        help="the recovery file (default: unsaved-answers.jsonl in the data folder)")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="where scores are kept (default: $TRAINER_DATA_DIR or the user data folder)")
    args = parser.parse_args(argv)
    from trainer.study.recover import recovery_file, restore

    folder = resolve_data_dir(args.data_dir)
    path = args.file or recovery_file(folder)
    if not path.is_file():
        return _fail(f"there is nothing to recover: no {path}")
    try:
        with Store.open(database_path(folder)) as store:
            done = restore(store, path)
    except StoreError as error:
        return _fail(f"{error} The answers stay in {path}.")
    except OSError as error:
        return _fail(f"cannot read {path}: {error.strerror or error}")
    for problem in done.left:
        print(visible(f"trainer: {problem}"), file=sys.stderr)
    print(visible(f"saved {done.answers} answer(s) and {done.writes} other change(s) from {path} into "
                  f"{database_path(folder)}; the file is kept as {done.kept_as}"
                  + (f"; {len(done.left)} line(s) not restored stay in {path}" if done.left else "")))
    return 1 if done.left else 0
