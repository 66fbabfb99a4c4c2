"""``trainer export`` and ``trainer import``: argument parsing, files and messages.

Exporters are imported only for the format asked for. Every failure a user can cause (a missing
file, a deck with errors, a GIFT syntax error) ends with a message on stderr and exit code 1,
never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from trainer.deck.model import Deck
from trainer.export.common import ExportResult
from trainer.textsafe import visible

FORMATS = ("gift", "aiken", "anki", "csv")
FORMAT_NAMES = {"gift": "Moodle GIFT", "aiken": "Aiken", "anki": "Anki", "csv": "CSV"}


def _exporter(name: str, bom: bool) -> Callable[[Deck], ExportResult]:
    if name == "gift":
        from trainer.export.gift import export_gift

        return export_gift
    if name == "aiken":
        from trainer.export.aiken import export_aiken

        return export_aiken
    if name == "anki":
        from trainer.export.anki import export_anki

        return export_anki
    from trainer.export.csvfmt import export_csv

    return lambda deck: export_csv(deck, bom=bom)


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer export",
        description="Write a deck in another format. Questions a format cannot express are listed on stderr.",
    )
    parser.add_argument("deck", type=Path, metavar="DECK", help="deck YAML file")
    parser.add_argument("--to", required=True, choices=FORMATS, help="gift (Moodle), aiken, anki (tab-separated text) or csv")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of to stdout")
    parser.add_argument("--bom", action="store_true", help="csv only: start with a UTF-8 byte order mark (for Excel)")
    return parser


def _fail(message: str) -> int:
    print(visible(f"trainer: {message}"), file=sys.stderr)
    return 1


def _write(text: str, output: Path | None) -> str | None:
    """Write to the file or stdout; an error message on failure."""
    if output is None:  # a terminal gets control characters made visible; a pipe or file the exact text
        sys.stdout.write(visible(text) if sys.stdout.isatty() else text)
        sys.stdout.flush()
        return None
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as error:
        return f"cannot write {output}: {error.strerror or error}"
    return None


def export_main(argv: list[str]) -> int:
    args = _export_parser().parse_args(argv)
    if not args.deck.is_file():
        return _fail(f"{args.deck}: no such deck file")
    from trainer.deck.loader import load_deck

    loaded = load_deck(args.deck)
    if not loaded.ok or loaded.deck is None:
        for diagnostic in loaded.errors:
            print(visible(str(diagnostic)), file=sys.stderr)
        return _fail(f"{args.deck} has errors; fix them (see 'trainer check {args.deck}') before exporting")
    result = _exporter(args.to, args.bom)(loaded.deck)
    report = result.skip_report(FORMAT_NAMES[args.to])
    if report:
        print(visible(report), file=sys.stderr)
    if len(result.skipped) == len(loaded.deck.questions):
        return _fail(f"nothing to export: {FORMAT_NAMES[args.to]} cannot express any question of this deck")
    problem = _write(result.text, args.output)
    if problem:
        return _fail(problem)
    if args.output is not None:
        written = len(loaded.deck.questions) - len(result.skipped)
        print(f"wrote {written} question{'s' if written != 1 else ''} as {FORMAT_NAMES[args.to]} to {args.output}",
              file=sys.stderr)
    return 0


def _import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer import",
        description="Turn a Moodle GIFT (.gift) or Aiken (.aiken, .txt) file into a deck YAML that can be studied "
        "at once. Its questions are unsourced until you add the article and quotes: a comment at its top says how. "
        "A question that cannot be read is skipped with a message naming its line; the command fails only when "
        "nothing could be imported.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .gift, .aiken or Aiken .txt file")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="DECK.yaml", help="the deck file to write")
    parser.add_argument("--source-file", type=Path, metavar="ARTICLE", help="plain-text article the questions come from")
    parser.add_argument("--format", choices=("gift", "aiken"), help="override the format guessed from the file")
    parser.add_argument("--force", action="store_true", help="overwrite DECK.yaml if it exists")
    return parser


def import_main(argv: list[str]) -> int:
    args = _import_parser().parse_args(argv)
    from trainer.export.aiken_import import parse_aiken
    from trainer.export.deck_writer import ParseError, deck_yaml, slugify, source_entry
    from trainer.export.gift_import import parse_gift

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return _fail(f"{args.file}: no such file")
    except (OSError, UnicodeDecodeError) as error:
        return _fail(f"{args.file}: cannot read it as UTF-8 text ({error})")
    if args.source_file is not None and not args.source_file.is_file():
        return _fail(f"{args.source_file}: no such article file")
    if args.output.exists() and not args.force:
        return _fail(f"{args.output} exists; choose another name or pass --force to overwrite it")
    kind = args.format or guess_format(args.file, text)
    try:
        result = (parse_aiken if kind == "aiken" else parse_gift)(text, str(args.file))
    except ParseError as error:
        return _fail(str(error))
    except RecursionError:  # html.parser on absurdly nested markup
        return _fail(f"{args.file}: too deeply nested to read")
    for warning in result.warnings:
        print(visible(warning), file=sys.stderr)  # warnings quote the file: never let it drive the terminal
    if not result.questions:
        return _fail(f"{args.file}: no question that a deck can hold was found")
    stem = args.output.stem
    yaml_text = deck_yaml(
        result,
        origin=f"{args.file.name} ({'Aiken' if kind == 'aiken' else 'Moodle GIFT'})",
        deck_id=slugify(stem) or "imported",  # never the id of the deck a trainer export came from
        title=" ".join(stem.replace("_", " ").replace("-", " ").split()) or "Imported deck",
        source=source_entry(args.output, args.source_file),
    )
    problem = _write(yaml_text, args.output)
    if problem:
        return _fail(problem)
    from trainer.deck.schema import write_beside

    problem = write_beside(args.output.parent)  # the deck's first line points to it, for editors' completion
    if problem:
        print(visible(f"trainer import: note: {problem}"), file=sys.stderr)
    count = len(result.questions)
    skipped = sum(1 for warning in result.warnings if "skipped" in warning)
    print(
        f"wrote {count} question{'s' if count != 1 else ''} to {args.output}"
        f"{f' ({skipped} skipped, see above)' if skipped else ''}; they can be studied now, unsourced. "
        f"To prove them, add the article and the quotes (see the comment at its top) and run: "
        f"trainer check --strict {args.output}",
        file=sys.stderr,
    )
    return 0


def guess_format(path: Path, text: str) -> str:
    """'aiken' for a .aiken file, a .txt file with Aiken's ANSWER lines, or another with them and no GIFT braces."""
    from trainer.export.aiken_import import looks_like_aiken

    suffix = path.suffix.lower()
    if suffix in (".aiken", ".gift"):
        return suffix[1:]
    if looks_like_aiken(text) and (suffix == ".txt" or "{" not in text):
        return "aiken"
    return "gift"
