"""``trainer draft ARTICLE... [-o DECK.yaml] [--min-confidence X] [--per-speaker N] [--no-filter]``: draft a deck
from articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number; give a confidence from 0 to 1, e.g. 0.6") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{value:g} is outside 0..1; give a confidence from 0 to 1, e.g. 0.6")
    return value


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number; give 0 or more, e.g. 3")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    from trainer.draft.build import DEFAULT_MIN_CONFIDENCE, MAX_PER_SPEAKER
    from trainer.draft.questions import MAIN_SPEAKER_EXTRA

    parser = argparse.ArgumentParser(
        prog="trainer draft",
        description="Draft a deck from plain-text news articles: quotes and their speakers, figures, dates, "
                    "names. Review the draft before studying it; 'trainer check --strict' accepts it as written.",
    )
    parser.add_argument("articles", nargs="+", type=Path, metavar="ARTICLE", help="plain-text article files")
    parser.add_argument("-o", "--output", type=Path, metavar="DECK.yaml",
                        help="write the deck here (default: print it; source paths are then relative to this folder)")
    parser.add_argument("--min-confidence", type=_confidence, default=DEFAULT_MIN_CONFIDENCE, metavar="X",
                        help=f"keep questions at least this sure, 0..1 (default {DEFAULT_MIN_CONFIDENCE}); "
                             "lower finds more and gets more wrong")
    parser.add_argument("--per-speaker", type=_count, default=MAX_PER_SPEAKER, metavar="N",
                        help=f"at most N 'who said' questions per speaker and article (default {MAX_PER_SPEAKER}; "
                             f"with N above one, {MAIN_SPEAKER_EXTRA} more for a speaker the title or lead names, when two "
                             "others are quoted; 0 keeps every quote found)")
    parser.add_argument("--no-filter", action="store_true",
                        help="keep the who_said and figure questions the learned filter would leave out as likely "
                             "deletes (it never leaves out the main claim)")
    parser.add_argument("--force", action="store_true", help="overwrite DECK.yaml if it exists")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from trainer.draft.build import draft_deck, schema_reference, to_yaml
    from trainer.draft.text import DraftError

    output: Path | None = args.output
    if output is not None:
        if output.exists() and not args.force:
            print(f"trainer draft: {output} exists; choose another file or add --force to overwrite it",
                  file=sys.stderr)
            return 2
        if output.suffix.lower() not in (".yaml", ".yml"):
            print(f"trainer draft: {output} should end in .yaml so that 'trainer' finds it", file=sys.stderr)
            return 2
    try:
        deck, notes = draft_deck(args.articles, output, min_confidence=args.min_confidence,
                                 per_speaker=args.per_speaker or None, learned_filter=not args.no_filter)
    except DraftError as error:
        print(f"trainer draft: {error}", file=sys.stderr)
        return 1
    text = to_yaml(deck, schema_reference())
    for note in notes:
        print(f"trainer draft: note: {note}", file=sys.stderr)
    if output is None:
        sys.stdout.write(text)
        print(f"trainer draft: note: for completion in editors, run 'trainer schema -o {schema_reference()}' in the "
              "folder where you keep the deck", file=sys.stderr)
        return 0
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"trainer draft: cannot write {output} ({error.strerror or error}); pick a folder you can write to",
              file=sys.stderr)
        return 1
    from trainer.deck.schema import write_beside
    from trainer.wording import plural

    problem = write_beside(output.parent)  # the deck's first line points to it, for editors' completion
    if problem:
        print(f"trainer draft: note: {problem}", file=sys.stderr)
    print(f"trainer draft: wrote {plural(len(deck['questions']), 'question')} to {output}; review "
          f"{'it' if len(deck['questions']) == 1 else 'them'}, then run "
          f"'trainer check --strict {output}'", file=sys.stderr)
    return 0
