"""Mutated GIFT and Aiken files: the importers skip or name what they cannot read, and never crash or hang.

A seeded fuzzer takes real-shaped banks (tests/data/banks and the importers' own test texts) and
mutates them: cut and repeated spans, GIFT's special characters, HTML tags, control characters,
huge numbers, lines swapped or repeated. Every mutant goes through the whole import: parse,
write the deck YAML, and load that deck as the app would. Our own ParseError is the only
exception allowed (and today nothing raises it), and no file may take more than 2 s.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from trainer.deck.loader import load_deck_text
from trainer.export.aiken_import import parse_aiken
from trainer.export.deck_writer import ParseError, deck_yaml
from trainer.export.gift_import import parse_gift

BANKS = Path(__file__).parent.parent / "data" / "banks"
SEED = 20261130
MUTANTS = 300  # per format
SLOWEST = 2.0

EXTRA_GIFT = """\
::Range::What is pi? {#3.141..3.142}
::Escapes::A \\{brace\\}\\: and \\~ {=a \\= b =%50%c}
$CATEGORY: $course$/top/A//B
::Order::Put them in order. {=2 -> second =1 -> first}
Grant was born in 1822.{TRUE#Wrong#Right####General}
"""
PIECES = [
    "{", "}", "~", "=", "#", ":", "::", "\\", "%", "%50%", "%-100%", "->", "..", "####", "[html]", "[plain]",
    "$CATEGORY:", "ANSWER:", "ANSWER: Z", "A)", "B.", "<p>", "</p>", "<b>", "<img alt='x'>", "&amp;", "&#0;", "&#x110000;",
    "\x00", "\x1b]0;title\x07", "\x1b[2J", "\r", "\t", "\n", "\n\n", "1e999", "-0", "NaN", "9" * 400, "Ω", "\ufeff",
    "//", "// trainer type: date", "// trainer type: who_said", "// trainer deck: x", "<" * 50, "<b>" * 300,
]


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(6)
        at = rng.randint(0, len(text))
        if kind == 0:  # insert special characters or markup
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif kind == 1:  # delete a span
            text = text[:at] + text[at + rng.randint(1, 40):]
        elif kind == 2:  # repeat a span
            span = text[at:at + rng.randint(1, 80)]
            text = text[:at] + span * rng.randint(2, 50) + text[at:]
        elif kind == 3:  # swap two lines or repeat one
            lines = text.split("\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            if rng.random() < 0.5:
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines.insert(i, lines[j])
            text = "\n".join(lines)
        elif kind == 4:  # truncate
            text = text[:at]
        else:  # flip a character to a random code point
            if text:
                at = min(at, len(text) - 1)
                text = text[:at] + chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x2FFFF)])) + text[at + 1:]
    return text


def import_whole(text: str, aiken: bool) -> None:
    try:
        result = (parse_aiken if aiken else parse_gift)(text, "fuzz")
    except ParseError:
        return
    for question in result.questions:
        assert question["id"] and question["type"]
    if result.questions:
        deck = deck_yaml(result, origin="fuzz", deck_id="fuzz", title="Fuzz", source=None)
        loaded = load_deck_text(deck, Path("fuzz.yaml"))
        assert loaded.deck is not None or loaded.errors


def run_fuzz(seeds: list[str], aiken: bool) -> list[tuple[float, str]]:
    rng = random.Random(SEED + aiken)
    slow = []
    for _ in range(MUTANTS):
        text = mutate(rng.choice(seeds), rng)
        started = time.process_time()
        try:
            import_whole(text, aiken)
        except Exception as error:  # noqa: BLE001 - the report must show the input that broke it
            raise AssertionError(f"{type(error).__name__}: {error} on input {text!r}") from error
        elapsed = time.process_time() - started
        if elapsed > SLOWEST:
            slow.append((elapsed, text[:200]))
    return slow


def test_mutated_gift_files() -> None:
    seeds = [(BANKS / "instructor-bank.gift").read_text(encoding="utf-8"), EXTRA_GIFT]
    assert run_fuzz(seeds, aiken=False) == []


def test_mutated_aiken_files() -> None:
    seeds = [(BANKS / "instructor-bank.aiken").read_text(encoding="utf-8"),
             "Q?\nA) yes\nB)no\nANSWER: B\n\nTrue?\nA. True\nB. False\nANSWER: A\n"]
    assert run_fuzz(seeds, aiken=True) == []


def test_repeated_questions_import_in_linear_time() -> None:
    """10,000 repeats of one question used to take 49 s (the id maker tried -2, -3, ... for each)."""
    text = "Which?\nA. a\nB. b\nANSWER: A\n\n" * 10_000
    started = time.process_time()
    result = parse_aiken(text, "many.txt")
    elapsed = time.process_time() - started
    ids = [question["id"] for question in result.questions]
    assert len(set(ids)) == 10_000 and ids[:3] == ["which", "which-2", "which-3"] and ids[-1] == "which-10000"
    assert elapsed < 5, f"{elapsed:.1f} s for 10,000 repeats"
