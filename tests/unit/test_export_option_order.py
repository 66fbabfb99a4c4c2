"""GIFT, Aiken and CSV exports order a who_said question's speakers per question, the same on every export.

An author (or the drafter) lists speakers in the same order on every question. With one seed for the whole
export every list of four was shuffled the same way, so the answer stood at the same letter throughout.
"""

from __future__ import annotations

import re

from trainer.deck.model import Deck
from trainer.export.aiken import export_aiken
from trainer.export.common import who_said_choices
from trainer.export.gift import export_gift

SPEAKERS = ["Ana Alves", "Ben Brook", "Cy Cole", "Dee Dunn"]


def _deck(ids: list[str]) -> Deck:
    questions = [{"id": qid, "type": "who_said", "prompt": f"Who said: line {qid}?", "quote": f"line {qid}",
                  "answer": SPEAKERS[0], "choices": SPEAKERS} for qid in ids]
    return Deck.model_validate({"deck": "speakers", "title": "Speakers",
                                "sources": [{"id": "a", "file": "a.txt", "title": "A"}], "questions": questions})


IDS = [f"q{number}" for number in range(12)]


def _aiken_letters(text: str) -> list[str]:
    return re.findall(r"^ANSWER: ([A-D])$", text, re.M)


def test_the_answer_does_not_stand_at_one_letter_throughout() -> None:
    letters = _aiken_letters(export_aiken(_deck(IDS)).text)
    assert len(letters) == 12
    assert len(set(letters)) >= 3  # 12 questions of 4 options: a shared order would give a single letter
    orders = {tuple(who_said_choices(q, _deck(IDS))) for q in _deck(IDS).questions}
    assert len(orders) >= 4


def test_the_order_is_the_same_on_every_export_and_belongs_to_the_question() -> None:
    deck = _deck(IDS)
    assert export_gift(deck).text == export_gift(_deck(IDS)).text
    assert export_aiken(deck).text == export_aiken(_deck(IDS)).text
    alone = {q.id: who_said_choices(q, deck) for q in deck.questions}
    reordered = _deck(list(reversed(IDS[:5])))  # other questions removed, the rest reversed
    for question in reordered.questions:
        assert who_said_choices(question, reordered) == alone[question.id]
    for question in deck.questions:
        assert sorted(alone[question.id]) == sorted(SPEAKERS)


def test_gift_marks_the_right_speaker_wherever_it_stands() -> None:
    text = export_gift(_deck(IDS)).text
    positions = set()
    for block in [b for b in text.strip().split("\n\n") if b.lstrip().startswith(("//", "::")) and "{" in b]:
        options = re.findall(r"^\t([=~])", block, re.M)
        assert options.count("=") == 1
        positions.add(options.index("="))
    assert len(positions) >= 3
