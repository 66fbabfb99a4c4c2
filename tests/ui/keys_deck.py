"""A small deck for the key-order tests: two typed numbers, one several-answer, one order, two single-choice
and one match questions, on the awkward test article (so it needs nothing from the bundled decks)."""

from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"

DECK = """\
deck: keys
title: Keys
sources:
  - id: times
    file: awkward-article.txt
    title: Awkward Times
    outlet: Test
    published: 2025-10-16
questions:
  - id: warheads
    type: number
    prompt: "How many warheads does Russia hold?"
    answer: 5459
    tolerance: 2%
    quote: "Russia holds 5,459 warheads"
  - id: us-warheads
    type: number
    prompt: "How many warheads does the US hold?"
    answer: 5177
    tolerance: 2%
    quote: "the US holds 5,177"
  - id: powers
    type: multi
    prompt: "Which powers were listed?"
    answers: [China, Russia]
    choices: [China, Russia, India, Brazil, Chile]
    quote: "the nuclear powers as"
  - id: ranking-order
    type: order
    prompt: "Put the countries in the order of the ranking."
    items: [Russia, USA, China]
    quote: "The ranking was"
  - id: treaty-expires
    type: true_false
    statement: "The treaty expires in 2026."
    answer: true
    quote: "the treaty \\"expires in 2026\\""
  - id: no-talks
    type: true_false
    statement: "Talks are planned."
    answer: false
    quote: "no talks are planned"
  - id: arsenals-match
    type: match
    prompt: "Match each country to its warheads."
    pairs:
      Russia: "5,459"
      the US: "5,177"
      China: about 600
    distractors: ["1,550"]
    quote: "Russia holds 5,459 warheads; the US holds 5,177 & China about 600"
"""


def write_deck(folder: Path, only: list[str] | None = None) -> Path:
    """Write the deck (or only the questions with these ids) and its article into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "awkward-article.txt", folder / "awkward-article.txt")
    text = DECK
    if only is not None:
        head, _, body = DECK.partition("questions:\n")
        blocks = ["  - id:" + block for block in body.split("  - id:")[1:]]
        text = head + "questions:\n" + "".join(b for b in blocks if b.split("\n", 1)[0].split(":", 1)[1].strip() in only)
    path = folder / "keys.yaml"
    path.write_text(text, encoding="utf-8")
    return path
