"""``trainer check``: load decks, print their diagnostics, sum them up, choose the exit code.

Exit codes follow compilers and linters: 0 when clean, 1 when a deck has errors (or warnings,
with ``--strict``), 2 when the command was used wrongly (a path that does not exist, a folder
with no deck in it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, TextIO

from trainer.wording import plural
from trainer.deck.loader import LoadedDeck, find_deck_files, flag_duplicate_deck_ids, load_deck
from trainer.textsafe import visible

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def summary(decks: list[LoadedDeck]) -> str:
    """'checked 2 decks, 48 questions: 0 errors, 1 warning'."""
    questions = sum(deck.question_count for deck in decks)
    errors = sum(len(deck.errors) for deck in decks)
    warnings = sum(len(deck.warnings) for deck in decks)
    return (f"checked {plural(len(decks), 'deck')}, {plural(questions, 'question')}: "
            f"{plural(errors, 'error')}, {plural(warnings, 'warning')}")


def run_check(paths: Iterable[Path], *, strict: bool = False, out: TextIO | None = None,
              err: TextIO | None = None) -> int:
    """Check every deck under ``paths``, print diagnostics and a summary; return the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    paths = [Path(path) for path in paths]
    missing = [path for path in paths if not path.exists()]
    if missing:
        for path in missing:
            print(visible(f"trainer check: {path}: no such file or folder"), file=err)
        return EXIT_USAGE
    files = find_deck_files(paths)
    if not files:
        shown = ", ".join(str(path) for path in paths)
        print(visible(f"trainer check: no deck files (*.yaml, *.yml) in {shown}"), file=err)
        return EXIT_USAGE
    decks = [load_deck(file) for file in files]
    flag_duplicate_deck_ids(decks)
    try:
        for loaded in decks:
            for diagnostic in loaded.diagnostics:
                print(visible(str(diagnostic)), file=out)  # messages quote deck text: never raw escapes
        print(summary(decks), file=out)
        out.flush()
    except BrokenPipeError:  # `trainer check decks | head`: the reader has gone; stop quietly
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PROBLEMS
    failing = any(deck.errors for deck in decks) or (strict and any(deck.warnings for deck in decks))
    return EXIT_PROBLEMS if failing else EXIT_OK
