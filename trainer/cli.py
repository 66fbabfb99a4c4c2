"""Command line entry point: ``trainer [PATH...]`` opens the app; subcommands do the rest.

Each subcommand imports what it needs when it runs, so that ``trainer check`` does not pay for
Textual and the app does not pay for the exporters.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer import __version__

#: Subcommands that own their argument parsing: name -> (module, function taking argv, returning an exit code).
_DELEGATED = {
    "schema": ("trainer.deck.schema", "main"),
    "draft": ("trainer.draft.cli", "main"),
    "export": ("trainer.export.cli", "export_main"),
    "import": ("trainer.export.cli", "import_main"),
    "results": ("trainer.study.cli", "results_main"),
    "stats": ("trainer.study.cli", "stats_main"),
    "recover": ("trainer.study.cli", "recover_main"),
    "report": ("trainer.cli", "report_main"),
}


#: ``trainer --help`` lists every subcommand with one line each.
SUBCOMMANDS_HELP = """\
subcommands (run 'trainer SUBCOMMAND --help' for more):
  check PATH... [--strict]        verify decks: schema, consistency, quotes in their articles
  preview DECK.yaml               open one deck and reload it whenever it is saved
  draft ARTICLE... -o DECK.yaml   draft a deck from plain-text news articles
  import FILE -o DECK.yaml        turn a Moodle GIFT or Aiken file into a deck
  export DECK --to FORMAT         write a deck as Moodle GIFT, Aiken, Anki text or CSV
  results                         your answers as a hand-in file (CSV or JSON) for the instructor
  stats                           a short summary of your scores
  recover                         save answers kept while the score database could not be written
  report HANDIN... [--deck DECK]  the class report from students' hand-ins (instructors)
  schema [-o FILE]                the deck format's JSON Schema, for editors

With no PATH, trainer opens the bundled decks and your own decks folder."""


def report_main(argv: list[str]) -> int:
    """``trainer report``: the core writes the report; in a terminal it opens in the app (trainer.report has no UI)."""
    from trainer.report.commands import report_main as write_report

    def open_app(load):  # noqa: ANN001, ANN202 - see trainer.report.commands.OpenApp
        from trainer.ui.report_app import run_report_app

        return run_report_app(load)

    return write_report(argv, open_app=open_app)


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer",
        description="A terminal quiz trainer whose answers are verified against their sources.",
        epilog=SUBCOMMANDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="deck files or folders to open")
    parser.add_argument("--data-dir", type=Path, help="where scores are kept (default: $TRAINER_DATA_DIR or the user data folder)")
    parser.add_argument("--profile", metavar="NAME", help="whose scores to keep and show (default: your login name)")
    parser.add_argument("--seed", type=int, default=None, help="seed for shuffling questions (for reproducible sessions)")
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trainer check", description="Check decks: schema, consistency and quotes.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="deck files or folders")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    return parser


def _preview_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer preview", description="Open one deck in the app and reload it whenever it is saved."
    )
    parser.add_argument("deck", type=Path, metavar="DECK.yaml")
    parser.add_argument("--data-dir", type=Path, help="where scores are kept")
    return parser


#: Options of the app that take a value: they may stand before a subcommand too.
_VALUE_OPTIONS = ("--data-dir", "--profile", "--seed")


def _subcommand_first(argv: list[str]) -> list[str]:
    """``trainer --data-dir D stats`` as ``trainer stats --data-dir D``: global options may precede a subcommand."""
    index = 0
    while index < len(argv) and argv[index].startswith("-"):
        index += 2 if argv[index] in _VALUE_OPTIONS else 1
    if 0 < index < len(argv) and argv[index] in (*_DELEGATED, "check", "preview"):
        return [argv[index], *argv[index + 1 :], *argv[:index]]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = _subcommand_first(list(sys.argv[1:] if argv is None else argv))
    if argv and argv[0] in _DELEGATED:
        module_name, function_name = _DELEGATED[argv[0]]
        import importlib

        return getattr(importlib.import_module(module_name), function_name)(argv[1:])
    if argv and argv[0] == "preview":
        args = _preview_parser().parse_args(argv[1:])
        from trainer.ui.run import run_app

        return run_app(paths=[args.deck], data_dir=args.data_dir, seed=None, preview=args.deck)
    if argv and argv[0] == "check":
        args = _check_parser().parse_args(argv[1:])
        from trainer.deck.cli import run_check

        return run_check(args.paths, strict=args.strict)
    args = _app_parser().parse_args(argv)
    from trainer.ui.run import run_app

    return run_app(paths=args.paths, data_dir=args.data_dir, seed=args.seed, profile=args.profile)
