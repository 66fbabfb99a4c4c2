"""How questions are shown: options, shuffles (seeded), speaker choices and input hints."""

from __future__ import annotations

import random
from typing import Any

import pytest

from trainer.deck.model import Deck, WhoSaid
from trainer.deck.present import Presentation, present, shuffled_order, speaker_choices, who_said_prompt
from trainer.deck.textmatch import fold

SPEAKERS = ["Sergey Lavrov", "Guo Jiakun", "Vladimir Putin", "Donald Trump"]


def make_deck(questions: list[dict[str, Any]], people: tuple[str, ...] = ()) -> Deck:
    return Deck.model_validate(
        {
            "deck": "d",
            "title": "t",
            "sources": [{"id": "s", "file": "s.txt", "title": "s"}],
            "people": [{"name": name} for name in people],
            "questions": questions,
        }
    )


def who(index: int, answer: str, **extra: Any) -> dict[str, Any]:
    return {"id": f"w{index}", "type": "who_said", "quote": f"quote {index}", "answer": answer, **extra}


BIG_DECK = make_deck(
    [who(i, name) for i, name in enumerate(SPEAKERS)],
    people=("Xi Jinping", "sergey lavrov", "Antonio Guterres", "Guo Jiakun"),
)


def first_who(deck: Deck) -> WhoSaid:
    question = deck.questions[0]
    assert isinstance(question, WhoSaid)
    return question


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("k", [2, 3, 4, 6])
def test_speaker_choices_hold_the_answer_and_at_most_k(seed: int, k: int) -> None:
    choices = speaker_choices(first_who(BIG_DECK), BIG_DECK, random.Random(seed), k=k)
    assert "Sergey Lavrov" in choices
    assert len(choices) == k  # enough distinct names in the deck for every k here
    assert len({fold(name) for name in choices}) == len(choices)  # "sergey lavrov" is the same person


def test_speaker_choices_draw_from_speakers_and_people() -> None:
    seen: set[str] = set()
    for seed in range(200):
        seen.update(speaker_choices(first_who(BIG_DECK), BIG_DECK, random.Random(seed)))
    assert seen == {"Sergey Lavrov", "Guo Jiakun", "Vladimir Putin", "Donald Trump", "Xi Jinping", "Antonio Guterres"}


def test_speaker_choices_are_deterministic_for_a_seed() -> None:
    question = first_who(BIG_DECK)
    runs = {tuple(speaker_choices(question, BIG_DECK, random.Random(7))) for _ in range(5)}
    assert len(runs) == 1
    others = {tuple(speaker_choices(question, BIG_DECK, random.Random(seed))) for seed in range(30)}
    assert len(others) > 1  # and the seed matters


def test_answer_position_varies_with_the_seed() -> None:
    question = first_who(BIG_DECK)
    positions = {speaker_choices(question, BIG_DECK, random.Random(seed)).index("Sergey Lavrov") for seed in range(50)}
    assert positions == {0, 1, 2, 3}


def test_too_few_speakers_still_presents_what_there_is() -> None:
    lonely = make_deck([who(0, "Sergey Lavrov")])
    assert speaker_choices(first_who(lonely), lonely, random.Random(1)) == ["Sergey Lavrov"]
    pair = make_deck([who(0, "Sergey Lavrov"), who(1, "Guo Jiakun")])
    assert sorted(speaker_choices(first_who(pair), pair, random.Random(1))) == ["Guo Jiakun", "Sergey Lavrov"]


def test_authors_choices_are_used_as_given() -> None:
    authored = who(0, "Sergey Lavrov", choices=["Guo Jiakun", "Sergey Lavrov", "Xi Jinping"])
    deck = make_deck([authored, who(1, "Donald Trump")])
    for seed in range(10):
        choices = speaker_choices(first_who(deck), deck, random.Random(seed))
        assert sorted(choices) == ["Guo Jiakun", "Sergey Lavrov", "Xi Jinping"]


def test_authors_choices_gain_a_missing_answer() -> None:
    deck = make_deck([who(0, "Sergey Lavrov", choices=["Guo Jiakun", "Xi Jinping"])])
    assert "Sergey Lavrov" in speaker_choices(first_who(deck), deck, random.Random(0))


def test_present_who_said() -> None:
    shown = present(first_who(BIG_DECK), BIG_DECK, random.Random(3))
    assert shown.kind == "single"
    assert shown.prompt == "Who said “quote 0”?"
    assert shown.options == tuple(speaker_choices(first_who(BIG_DECK), BIG_DECK, random.Random(3)))


def test_who_said_prompt_is_a_question_unless_the_author_wrote_one() -> None:
    drafted = first_who(make_deck([who(0, "Sergey Lavrov", prompt="Who said: “quote 0”")]))
    assert who_said_prompt(drafted) == "Who said “quote 0”?"
    own = first_who(make_deck([who(0, "Sergey Lavrov", prompt="Who called the offer “a good idea”?")]))
    assert who_said_prompt(own) == "Who called the offer “a good idea”?"


CHOICES = ["Kommersant", "Izvestia", "TASS", "RIA", "Pravda"]
MIXED = make_deck(
    [
        {"id": "c", "type": "choice", "prompt": "Which paper?", "quote": "q", "answer": "TASS", "choices": CHOICES},
        {"id": "m", "type": "multi", "prompt": "Which?", "quote": "q", "answers": ["TASS", "RIA"], "choices": CHOICES},
        {"id": "t", "type": "true_false", "quote": "q", "statement": "China has 600 warheads.", "answer": True},
        {"id": "n", "type": "number", "prompt": "How many?", "quote": "q", "answer": 5459, "unit": "warheads"},
        {"id": "n2", "type": "number", "prompt": "How many?", "quote": "q", "answer": 1250},
        {"id": "n3", "type": "number", "prompt": "Share?", "quote": "q", "answer": 12, "unit": "%"},
        {"id": "y", "type": "date", "prompt": "When?", "quote": "q", "answer": 2026},
        {"id": "y2", "type": "date", "prompt": "When?", "quote": "q", "answer": 1999},
        {"id": "mo", "type": "date", "prompt": "When?", "quote": "q", "answer": "2019-03"},
        {"id": "da", "type": "date", "prompt": "When?", "quote": "q", "answer": "2026-02-05"},
        {"id": "x", "type": "text", "prompt": "Which treaty?", "quote": "q", "answer": "New START"},
        {"id": "o", "type": "order", "prompt": "Order them", "quote": "q", "items": ["A", "B", "C", "D"]},
        {"id": "o2", "type": "order", "prompt": "Order them", "quote": "q", "items": ["first", "second"]},
    ]
)


def shown(question_id: str, seed: int = 0) -> Presentation:
    question = MIXED.question(question_id)
    assert question is not None
    return present(question, MIXED, random.Random(seed))  # type: ignore[arg-type]


@pytest.mark.parametrize(("question_id", "kind"), [("c", "single"), ("m", "multi")])
def test_choices_are_shuffled_deterministically(question_id: str, kind: str) -> None:
    first = shown(question_id, 11)
    assert first.kind == kind
    assert sorted(first.options) == sorted(CHOICES)
    assert shown(question_id, 11) == first
    assert len({shown(question_id, seed).options for seed in range(20)}) > 1


def test_true_false_options_are_fixed() -> None:
    for seed in range(5):
        result = shown("t", seed)
        assert result == Presentation("single", "True or false: China has 600 warheads.", options=("True", "False"))


@pytest.mark.parametrize(
    ("question_id", "placeholder"),
    [
        ("n", "a number of warheads, e.g. 1,250"),
        ("n2", "a number, e.g. 3.5 million"),  # never hints at the answer itself
        ("n3", "a number, e.g. 1,250"),
        ("y", "a year, e.g. 1999"),
        ("y2", "a year, e.g. 2011"),
        ("mo", "a month and year, e.g. Oct 2011"),
        ("da", "a date, e.g. 5 Mar 2019"),
        ("x", "your answer"),
    ],
)
def test_typed_questions_get_a_hint(question_id: str, placeholder: str) -> None:
    result = shown(question_id)
    assert (result.kind, result.placeholder, result.options) == ("typed", placeholder, ())


@pytest.mark.parametrize("seed", range(60))
@pytest.mark.parametrize("question_id", ["o", "o2"])
def test_order_items_are_shuffled_away_from_the_answer(seed: int, question_id: str) -> None:
    question = MIXED.question(question_id)
    result = shown(question_id, seed)
    assert result.kind == "order"
    assert result.items != tuple(question.items)  # type: ignore[union-attr]
    assert sorted(result.items) == sorted(question.items)  # type: ignore[union-attr]


def test_order_shuffle_is_deterministic() -> None:
    assert shown("o", 5).items == shown("o", 5).items
    assert len({shown("o", seed).items for seed in range(30)}) > 5


def test_order_of_identical_items_cannot_differ() -> None:
    assert shuffled_order(["x", "X"], random.Random(0)) == ("x", "X")


def test_order_with_repeats_still_differs() -> None:
    for seed in range(30):
        result = shuffled_order(["x", "y", "x"], random.Random(seed))
        assert result != ("x", "y", "x")
