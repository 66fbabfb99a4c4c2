"""Unsourced questions: allowed (imported banks can be studied at once), warned by `check`, refused by `--strict`."""

from __future__ import annotations

import io
from pathlib import Path

from trainer.deck.loader import load_deck
from trainer.deck.cli import run_check

DECK = """\
deck: bank
title: Bank
questions:
  - id: expiry
    type: choice
    prompt: When does the treaty expire?
    answer: February 2026
    choices: [February 2026, December 2025]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_deck_without_sources_or_quotes_loads_with_a_warning(tmp_path: Path) -> None:
    loaded = load_deck(write(tmp_path, DECK))
    assert loaded.ok and loaded.deck is not None and loaded.deck.questions[0].unsourced
    assert [d.message for d in loaded.warnings] == [
        "question 'expiry' is unsourced: no quote proves its answer (the app says so in its feedback); "
        "add the words of the article under 'quote:'"
    ]
    assert loaded.warnings[0].line == 4


def test_check_warns_and_strict_refuses(tmp_path: Path) -> None:
    path = write(tmp_path, DECK)
    out = io.StringIO()
    assert run_check([path], out=out) == 0
    assert "unsourced" in out.getvalue()
    assert run_check([path], strict=True, out=io.StringIO()) == 1


def test_who_said_needs_a_quote_or_a_prompt(tmp_path: Path) -> None:
    loaded = load_deck(write(tmp_path, DECK + "  - id: who\n    type: who_said\n    answer: Sergey Lavrov\n"))
    assert not loaded.ok
    assert any("needs a 'quote' (its question) or a 'prompt'" in d.message for d in loaded.errors)


def test_partial_credit_must_name_a_choice(tmp_path: Path) -> None:
    loaded = load_deck(write(tmp_path, DECK + "    credit: {Early 2026: 0.5}\n"))
    assert [d.message for d in loaded.errors][0].startswith("option with partial credit 'Early 2026' is not among the choices")
    loaded = load_deck(write(tmp_path, DECK + "    credit: {December 2025: 1.5}\n"))
    assert not loaded.ok
