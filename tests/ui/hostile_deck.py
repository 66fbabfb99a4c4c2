"""A deck whose text carries terminal escape sequences (window title, clear screen, colour, hyperlink) and markup."""

from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"

DECK = r"""
deck: hostile
title: "Hostile \e]0;pwned\a deck [b]x"
sources:
  - id: times
    file: awkward-article.txt
    title: "Times \e[2J"
    outlet: Test
    published: 2025-10-16
questions:
  - id: q1
    type: choice
    prompt: "Which body came first? \e]0;pwned\a \e[2J"
    answer: "Council \e[31m red"
    choices: ["Council \e[31m red", "Assembly \e]8;;http://x\a link"]
    quote: "Council = #1"
    explain: "Because \e]0;pwned\a [@click=app.quit]here\x9b."
"""


def write_hostile_deck(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "awkward-article.txt", folder / "awkward-article.txt")
    path = folder / "hostile.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path
