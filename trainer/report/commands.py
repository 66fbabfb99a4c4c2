"""``trainer report HANDIN... [--deck PATH]... [--mode M] [--format F] [-o FILE]``: the class report.

In a terminal without ``--format`` or ``-o`` it opens the report screen; otherwise it writes text, CSV,
JSON or a self-contained HTML page. Problems with hand-ins are named on stderr (file and reason) and
the rest is reported; a hand-in never causes a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.report.handins import MODES
from trainer.textsafe import visible

if TYPE_CHECKING:
    from trainer.report.analysis import ClassReport

FORMATS = ("text", "csv", "json", "html")
_SUFFIXES = {".csv": "csv", ".json": "json", ".html": "html", ".htm": "html"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer report",
        description="A class report from students' hand-ins (trainer results files): scores, item analysis, "
        "distractors, flags for the deck's author, mastery by tag and type. Documented in docs/report.md.",
    )
    parser.add_argument("handins", nargs="+", type=Path, metavar="HANDIN",
                        help="hand-in JSON files, or folders searched for *.json")
    parser.add_argument("--deck", dest="decks", action="append", type=Path, default=[], metavar="PATH",
                        help="deck file or folder to grade against (repeatable; default: the bundled decks "
                             "and your decks folder)")
    parser.add_argument("--mode", choices=MODES, default="auto",
                        help="which answers the item analysis uses: exam, practice or all (default auto: exam "
                             "answers when the class has any, else all)")
    parser.add_argument("--format", choices=FORMATS,
                        help="text, csv (one row per question), json or html (default: the app in a terminal, "
                             "else text; with -o, from the file's suffix)")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (atomically)")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="whose decks folder is searched by default")
    parser.add_argument("--profile", help=argparse.SUPPRESS)  # a global option of trainer's; unused here
    parser.add_argument("--seed", help=argparse.SUPPRESS)
    return parser


def _fail(message: str, code: int = 1) -> int:
    print(f"trainer: {visible(message)}", file=sys.stderr)
    return code


#: Shows the report in the app, given a loader that takes a progress callback (files read so far).
OpenApp = Callable[[Callable[[Callable[[int], None]], "ClassReport"]], int]


def report_main(argv: list[str], open_app: OpenApp | None = None) -> int:
    """Run the command; ``open_app`` shows the report in the app (given by ``trainer.cli``: the core has no UI)."""
    args = _parser().parse_args(argv)
    missing = [path for path in [*args.handins, *args.decks] if not path.exists()]
    if missing:
        return _fail("; ".join(f"{path}: no such file or folder" for path in missing), 2)
    if args.output is not None and not args.output.parent.is_dir():
        return _fail(f"cannot write {args.output}: the folder {args.output.parent} does not exist")
    fmt = args.format
    if fmt is None and args.output is not None:
        fmt = _SUFFIXES.get(args.output.suffix.lower(), "text")
    if fmt is None and (open_app is None or not sys.stdout.isatty()):
        fmt = "text"

    from trainer.paths import data_dir, default_deck_paths
    from trainer.report.build import class_report, load_index

    deck_paths = args.decks or list(default_deck_paths(data_dir(args.data_dir)))
    index, broken = load_index(deck_paths)
    for message in broken:
        print(f"trainer: left out deck {visible(message)}", file=sys.stderr)
    if not index.decks:
        return _fail("no deck loaded to grade the hand-ins against; name the decks with --deck PATH", 2)

    if fmt is None:
        assert open_app is not None
        return open_app(lambda progress: class_report(args.handins, index, mode=args.mode, progress=progress))

    report = class_report(args.handins, index, mode=args.mode)
    from trainer.report.text import problem_lines

    if report.files_read == 0:
        for line in problem_lines(report):
            print(line, file=sys.stderr)
        return _fail("none of the hand-ins could be read")
    text = _render(report, fmt)
    if args.output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        if fmt != "text":
            for line in problem_lines(report):
                print(line, file=sys.stderr)
        return 0
    from trainer.study.handin import write_atomic

    try:
        write_atomic(args.output, text)
    except OSError as error:
        return _fail(f"cannot write {args.output}: {error.strerror or error}")
    for line in problem_lines(report):
        print(line, file=sys.stderr)
    print(f"wrote the {fmt} report of {report.students} student(s) and {len(report.questions)} question(s) "
          f"to {visible(str(args.output))}", file=sys.stderr)
    return 0


def _render(report: ClassReport, fmt: str) -> str:
    if fmt == "json":
        from trainer.report.tables import report_json

        return report_json(report)
    if fmt == "csv":
        from trainer.report.tables import report_csv

        return report_csv(report)
    if fmt == "html":
        from trainer.report.html import report_html

        return report_html(report)
    from trainer.report.text import render_text

    return render_text(report)
