"""Real GIFT and Aiken banks: how many questions trainer imports against how many Moodle's importer reads.

The banks are files written by others (course repositories, parser test suites, Moodle's own examples
and fixtures). Many are under the GPL or carry no licence, so none is committed: put them in a folder
and name it in BANKS_DIR (sub-folders are read; a file is Aiken when trainer's import would read it as
Aiken). Without BANKS_DIR the bench says so and exits 0.

The reference is a small re-statement of what Moodle's importers do (question/format/gift/format.php
and question/format/aiken/format.php, with "Stop on error" off): how a file is cut into questions, which
type each gets and which are refused. It counts; it does not grade. Essays and descriptions are counted
apart, since a deck has no type for them.

    BANKS_DIR=~/banks python bench/moodle_banks.py [-v]
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.deck.loader import load_deck_text  # noqa: E402
from trainer.export.aiken_import import parse_aiken  # noqa: E402
from trainer.export.cli import guess_format  # noqa: E402
from trainer.export.deck_writer import deck_yaml  # noqa: E402
from trainer.export.gift_import import parse_gift  # noqa: E402

_ESCAPED = re.compile(r"\\[\\:#={}~n]")
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_NUMBER = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$")


def _php_empty(line: str) -> bool:
    return line == "" or line == "0"


def moodle_gift(text: str) -> list[str]:
    """The type Moodle gives each question block of a GIFT file ('error' where it refuses one)."""
    found: list[str] = []
    block: list[str] = []
    for raw in [*text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), ""]:
        line = raw.strip()
        if not _php_empty(line):
            block.append(line)
            continue
        if block:
            kind = _gift_question(block)
            if kind is not None:
                found.append(kind)
            block = []
    return found


def _gift_question(lines: list[str]) -> str | None:
    text = "\n".join(" " if line.startswith("//") else line for line in lines).strip()
    if not text:
        return None
    text = _ESCAPED.sub("\ue000", text)
    if text.startswith("$CATEGORY:"):
        return "category"
    if text.startswith("::"):
        end = text.find("::", 2)
        if end >= 0:
            text = text[end + 2:].strip()
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        return "description"
    if start < 0 or finish < 0:
        return "error"
    answers = text[start + 1:finish].strip()
    separator = answers.rfind("####")
    if separator >= 0:
        answers = answers[:separator].strip()
    if answers == "":
        return "essay"
    if answers[0] == "#":
        return _numerical(answers[1:])
    if "~" in answers:
        parts = answers.replace("=", "~=").split("~")
        parts = parts[1:] if not parts[0].strip() else parts
        return "multichoice" if len(parts) >= 2 else "error"
    if "=" in answers and "->" in answers:
        parts = answers.split("=")
        parts = parts[1:] if not parts[0].strip() else parts
        return "match" if len(parts) >= 2 and all("->" in part for part in parts) else "error"
    check = answers[:answers.find("#")].strip() if answers.find("#") > 0 else answers
    if check in ("T", "TRUE", "F", "FALSE"):
        return "truefalse"
    parts = answers.split("=")
    parts = parts[1:] if not parts[0].strip() else parts
    return "shortanswer" if parts else "error"


def _numerical(answers: str) -> str:
    if "~" in answers:
        answers = answers[:answers.find("~")]
    parts = answers.split("=")
    parts = parts[1:] if not parts[0].strip() else parts
    if not parts:
        return "error"
    for part in parts:
        part = _WEIGHT.sub("", part.strip())
        part = part.split("#", 1)[0].strip()
        if ".." in part[1:]:
            low, high = part.split("..", 1)
            values = [low, high]
        elif ":" in part[1:]:
            value, tolerance = part.split(":", 1)
            values = [value, tolerance]
        else:
            values = [part]
        if not all(_NUMBER.match(v) for v in values[1:]) or not (_NUMBER.match(values[0]) or values[0] == "*"):
            return "error"
    return "numerical"


def moodle_aiken(text: str) -> list[str]:
    """'multichoice' for each question Moodle's Aiken importer keeps, 'error' for each it discards."""
    found: list[str] = []
    open_question: list[str] | None = None
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if len(line) < 2:
            continue
        if re.match(r"^[A-Z][).][ \t]?", line):
            if open_question is None:
                found.append("error")
            else:
                open_question.append(line)
        elif line.startswith("ANSWER:"):
            if open_question is None:
                found.append("error")
            else:
                found.append("multichoice" if len(open_question) >= 2 else "error")
                open_question = None
        else:
            if open_question is not None:
                found.append("error")
            open_question = []
    if open_question is not None:
        found.append("error")
    return found


_NOT_DECK = {"essay", "description"}


def studyable(result, name: str) -> int:
    """How many imported questions the deck written from them holds without an error (as `trainer import`
    writes it, unsourced): a question with an error is one the app cannot ask."""
    if not result.questions:
        return 0
    text = deck_yaml(result, origin=name, deck_id="bank", title=name, source=None)
    loaded = load_deck_text(text, ROOT / "bench" / "bank.yaml")
    if loaded.deck is None:
        return 0
    lines = {d.line for d in loaded.errors}
    starts = [number for number, line in enumerate(text.splitlines(), 1) if line.startswith("- id: ")]
    bad = {max((s for s in starts if s <= line), default=0) for line in lines}
    return len(starts) - len(bad - {0})


def main(argv: list[str]) -> int:
    folder = os.environ.get("BANKS_DIR")
    if not folder or not Path(folder).is_dir():
        print("BANKS_DIR is not set to a folder of GIFT and Aiken files: nothing to measure "
              "(see this file's docstring for where such files come from)")
        return 0
    verbose = "-v" in argv
    totals: Counter[str] = Counter()
    differ: list[str] = []
    files = sorted(p for p in Path(folder).rglob("*") if p.is_file())
    for path in files:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        kind = guess_format(path, text)
        moodle = (moodle_aiken if kind == "aiken" else moodle_gift)(text)
        kinds = Counter(moodle)
        holdable = sum(n for k, n in kinds.items() if k not in _NOT_DECK | {"error", "category"})
        result = (parse_aiken if kind == "aiken" else parse_gift)(text, path.name)
        ours = len(result.questions)
        totals["files"] += 1
        totals["moodle"] += holdable + kinds["essay"] + kinds["description"]
        totals["moodle_holdable"] += holdable
        totals["moodle_refused"] += kinds["error"]
        totals["essay_description"] += kinds["essay"] + kinds["description"]
        totals["trainer"] += ours
        totals["studyable"] += studyable(result, path.name)
        if ours != holdable:
            differ.append(f"  {path.relative_to(folder)} ({kind}): Moodle {holdable}, trainer {ours}")
            if verbose:
                differ.extend(f"      {warning}" for warning in result.warnings)
    print(f"{totals['files']} files under BANKS_DIR")
    print(f"Moodle reads {totals['moodle']} questions ({totals['essay_description']} essays and descriptions, "
          f"which a deck cannot hold); it refuses {totals['moodle_refused']} blocks")
    print(f"Questions a deck can hold: Moodle {totals['moodle_holdable']}, trainer {totals['trainer']} "
          f"({totals['trainer'] / max(1, totals['moodle_holdable']):.0%}), of which {totals['studyable']} "
          "without an error in the deck written from them")
    if differ:
        print("Files where the counts differ:")
        print("\n".join(differ))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
