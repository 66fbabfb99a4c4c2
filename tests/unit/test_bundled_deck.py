"""The deck shipped in ``decks/`` must load cleanly and exercise every question type.

It is the first thing a new user sees (``make run``) and the example the README points to, so
a warning in it, a quote that drifted from its article or a missing question type is a bug.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from trainer.deck.loader import LoadedDeck, load_deck
from trainer.deck.model import QUESTION_TYPES
from trainer.paths import bundled_decks_dir

DECK_FILE = "new-start-china-2025.yaml"
#: The people the seed article quotes; who_said answers must be one of them.
SPEAKERS = {"Sergey Lavrov", "Guo Jiakun", "Donald Trump"}


@pytest.fixture(scope="module")
def loaded() -> LoadedDeck:
    folder = bundled_decks_dir()
    assert folder is not None, "the decks/ folder next to the package is missing"
    path = Path(folder) / DECK_FILE
    assert path.is_file(), f"bundled deck {path} is missing"
    return load_deck(path)


def test_loads_without_errors_or_warnings(loaded: LoadedDeck) -> None:
    problems = "\n".join(str(diagnostic) for diagnostic in loaded.diagnostics)
    assert loaded.ok, problems
    assert not loaded.diagnostics, problems
    assert loaded.deck is not None


def test_has_enough_questions(loaded: LoadedDeck) -> None:
    assert loaded.deck is not None
    assert len(loaded.deck.questions) >= 24


def test_uses_every_question_type_at_least_twice(loaded: LoadedDeck) -> None:
    assert loaded.deck is not None
    counts = Counter(question.type for question in loaded.deck.questions)
    missing = [kind for kind in QUESTION_TYPES if counts[kind] < 2]
    assert not missing, f"question types used fewer than twice: {missing}"


def test_question_ids_are_unique(loaded: LoadedDeck) -> None:
    assert loaded.deck is not None
    counts = Counter(question.id for question in loaded.deck.questions)
    assert [qid for qid, n in counts.items() if n > 1] == []


def test_who_said_answers_are_the_article_speakers(loaded: LoadedDeck) -> None:
    assert loaded.deck is not None
    answers = {q.answer for q in loaded.deck.questions if q.type == "who_said"}
    assert answers <= SPEAKERS, f"unexpected speakers: {answers - SPEAKERS}"
    assert answers == SPEAKERS, f"speakers never asked about: {SPEAKERS - answers}"


def test_true_false_questions_have_both_answers(loaded: LoadedDeck) -> None:
    assert loaded.deck is not None
    answers = {q.answer for q in loaded.deck.questions if q.type == "true_false"}
    assert answers == {True, False}
