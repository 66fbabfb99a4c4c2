"""Aiken import: choice and true/false questions, errors with file:line, and the round trip."""

from __future__ import annotations

import pytest

from trainer.deck.model import Choice, Deck, Source, TrueFalse
from trainer.export.aiken import export_aiken
from trainer.export.aiken_import import looks_like_aiken, parse_aiken
from trainer.export.deck_writer import ParseError

AIKEN = """\
Is this a question about Россия?
A. Yes
B) No
C. Maybe: {perhaps}
ANSWER: A

Вопрос по-русски?
A. True
B. False
ANSWER: B
"""


def test_choice_and_true_false() -> None:
    result = parse_aiken(AIKEN, "q.txt")
    assert result.questions == [
        {
            "id": "is-this-a-question-about", "type": "choice", "prompt": "Is this a question about Россия?",
            "answer": "Yes", "choices": ["Yes", "No", "Maybe: {perhaps}"], "quote": "",
        },
        {"id": "q2", "type": "true_false", "statement": "Вопрос по-русски?", "answer": False, "quote": ""},
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Q?\nA. a\nB. b\n\nNext?\nA. x\n", 5, "did a question miss its ANSWER line?"),
        ("Q?\nA. a\nB. b\n", 1, "this question has no 'ANSWER: X' line"),
        ("Q?\nA. a\nB. b\nANSWER: D\n", 4, "ANSWER: D is not one of the options A, B"),
        ("Q?\nA. a\nC. c\nANSWER: A\n", 3, "option C where option B was expected"),
        ("Q?\nA. a\nANSWER: A\n", 3, "at least two options"),
        ("Q?\nA. a\nB. b\nstray text\nANSWER: A\n", 4, "expected the next option"),
    ],
)
def test_errors_point_at_file_and_line(text: str, line: int, message: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_aiken(text, "q.txt")
    assert str(raised.value).startswith(f"q.txt:{line}: ") and message in str(raised.value)


def test_aiken_is_told_from_gift() -> None:
    assert looks_like_aiken(AIKEN)
    assert not looks_like_aiken("::a::Q{=x}\n")


def test_our_own_export_comes_back() -> None:
    deck = Deck(
        deck="d", title="T", sources=[Source(id="s", file="a.txt", title="A")],
        questions=[
            Choice(id="c", type="choice", prompt="Pick: {one}", answer="中国", choices=["Россия", "中国"], quote="q"),
            TrueFalse(id="t", type="true_false", statement="It holds.", answer=True, quote="q"),
        ],
    )
    questions = parse_aiken(export_aiken(deck).text, "d.txt").questions
    assert [(q["type"], q.get("prompt", q.get("statement")), q["answer"]) for q in questions] == [
        ("choice", "Pick: {one}", "中国"), ("true_false", "It holds.", True),
    ]
    assert questions[0]["choices"] == ["Россия", "中国"]
