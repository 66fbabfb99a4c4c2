"""Fuzzing the deck loader: mutated decks give diagnostics, never another exception, never a slow check.

A few hundred mutants per run, from a fixed seed (set TRAINER_FUZZ_SEED to explore others and
TRAINER_FUZZ_CASES for more cases); each failure names the seed and case so it can be replayed.
Mutations are the ones that broke the loader before (issue 7): YAML tags on any value, control
characters, broken structure, odd source paths, ellipses in quotes, huge quotes.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from trainer.deck.loader import INTERNAL_ERROR, load_deck_text
from trainer.deck.yamlload import YamlError, parse_yaml

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = int(os.environ.get("TRAINER_FUZZ_SEED", "20261130"))
CASES = int(os.environ.get("TRAINER_FUZZ_CASES", "300"))
#: Slower than this, one deck counts as a hang (the issue's bound).
SLOW = 2.0

TAGS = ["!!bool", "!!int", "!!float", "!!timestamp", "!!null", "!!str", "!!binary", "!!set", "!!omap", "!!pairs",
        "!!map", "!!seq", "!!merge", "!!python/object:os.system", "!<tag:yaml.org,2002:bool>", "!custom", "!"]
VALUES = ["maybe", "hello", "~", "[]", "{}", '""', "1e999", "0x", "0b", ".nan", "-.inf", "2020-13-45",
          "2025-10-16 99:99", "yes", "&a x", "*a", "*nowhere", "<<", "- x", "? x", "|", ">", "'", '"', "[", "{",
          "99999999999999999999999999999", "-1", "0", "true", "'=HYPERLINK(1)'", '"\\x1b]0;t\\x07"', '"\\0"']
CHARACTERS = ["\x00", "\x0c", "\x1b", "\x7f", "\x85", "\ufeff", "\t", "\r", ":", "-", "[", "{", "}", "]", '"', "'",
              "&", "*", "!", "|", ">", "%", "@", "`", "#", ",", "?", "\n", " ", "…", "\u202e"]
PATHS = ["../", "/dev/zero", "", ".", "awkward-article.txt/x", '"a\\0b"', "nowhere.txt", "~/x", "..", "pipe.txt",
         "loop.txt", "sub", "../" * 40 + "etc/passwd"]


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    kind = rng.randrange(11)
    index = rng.randrange(len(lines))
    line = lines[index]
    if kind == 0 and ": " in line:  # a tag before a value
        key, _, value = line.partition(": ")
        lines[index] = f"{key}: {rng.choice(TAGS)} {value}"
    elif kind == 1 and ": " in line:  # another value
        key, _, _ = line.partition(": ")
        lines[index] = f"{key}: {rng.choice(VALUES)}"
    elif kind == 2:  # a character anywhere
        position = rng.randrange(len(text) + 1)
        return text[:position] + rng.choice(CHARACTERS) + text[position:]
    elif kind == 3:
        del lines[index]
    elif kind == 4:
        lines.insert(index, line)
    elif kind == 5:
        other = rng.randrange(len(lines))
        lines[index], lines[other] = lines[other], line
    elif kind == 6:  # indentation
        lines[index] = " " * rng.randrange(8) + line.lstrip()
    elif kind == 7:  # truncation
        return text[: rng.randrange(len(text) + 1)]
    elif kind == 8 and "quote:" in text:  # an ellipsis inside a quote, or a huge quote
        quotes = [i for i, candidate in enumerate(lines) if "quote:" in candidate]
        target = rng.choice(quotes)
        if rng.random() < 0.1:
            lines[target] = lines[target].split("quote:")[0] + "quote: " + "words and more words " * 20_000
        else:
            words = lines[target].split(" ")
            spot = rng.randrange(1, len(words)) if len(words) > 1 else 0
            words.insert(spot, rng.choice(["...", "…", "... ...", "…never…"]))
            lines[target] = " ".join(words)
    elif kind == 9:  # a strange source path
        files = [i for i, candidate in enumerate(lines) if "file:" in candidate]
        if files:
            lines[rng.choice(files)] = f"    file: {rng.choice(PATHS)}"
    else:  # a line of another part of the deck
        lines.insert(index, rng.choice(lines))
    return "\n".join(lines)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    decks = root / "decks"
    decks.mkdir()
    (decks / "awkward-article.txt").write_bytes((DATA / "awkward-article.txt").read_bytes())
    (decks / "sub").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(decks / "pipe.txt")
        os.symlink("loop.txt", decks / "loop.txt")
    return decks


def test_mutated_decks_give_diagnostics_never_exceptions_or_hangs(folder: Path) -> None:
    base = (DATA / "awkward-deck.yaml").read_text(encoding="utf-8")
    rng = random.Random(SEED)
    slowest = 0.0
    for case in range(CASES):
        text = base
        for _ in range(rng.randint(1, 3)):
            text = _mutate(text, rng)
        where = f"seed {SEED}, case {case}"
        started = time.process_time()
        try:
            parse_yaml(text)
        except YamlError:
            pass
        except Exception as error:  # noqa: BLE001 - the point of the test
            pytest.fail(f"{where}: parse_yaml raised {type(error).__name__}: {error}\n{text[:2000]}")
        loaded = load_deck_text(text, folder / "deck.yaml")
        elapsed = time.process_time() - started
        slowest = max(slowest, elapsed)
        internal = [d for d in loaded.diagnostics if d.message.startswith(INTERNAL_ERROR)]
        assert not internal, f"{where}: {internal[0]}\n{text[:2000]}"
        assert elapsed < SLOW, f"{where}: took {elapsed:.1f} s\n{text[:2000]}"
        assert loaded.ok or loaded.errors, where
    print(f"{CASES} mutants from seed {SEED}; slowest {slowest:.3f} s")
