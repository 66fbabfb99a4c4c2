"""Aiken import: choice and true/false questions, errors with file:line, and the round trip."""

from __future__ import annotations

import pytest

from trainer.deck.model import Choice, Deck, Source, TrueFalse
from trainer.export.aiken import export_aiken
from trainer.export.aiken_import import looks_like_aiken, parse_aiken

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
        ("Q?\nA. a\nB. b\n\nNext?\nA. x\nB. y\nANSWER: A\n", 1, "this question has no 'ANSWER: X' line"),
        ("Q?\nA. a\nB. b\n", 1, "this question has no 'ANSWER: X' line"),
        ("Q?\nA. a\nB. b\nANSWER: D\n", 4, "ANSWER: D is not one of the options A, B"),
        ("Q?\nA. a\nC. c\nANSWER: A\n", 1, "option C at line 3 where option B was expected"),
        ("Q?\nA. a\nANSWER: A\n", 1, "a question needs at least two options (A. ..., B. ...) before its ANSWER line"),
        ("Q?\nA. a\nB. b\nstray text\nANSWER: A\n", 1, "this question has no 'ANSWER: X' line"),
        ("A. a\nB. b\nANSWER: A\n", 1, "an option before any question text"),
    ],
)
def test_a_broken_question_is_skipped_with_its_line(text: str, line: int, message: str) -> None:
    """Like Moodle: the broken question is named and skipped, the good ones around it are kept."""
    result = parse_aiken(text + "\nStill here?\nA. yes\nB. no\nANSWER: A\n", "q.txt")
    assert result.questions[-1]["prompt"] == "Still here?"
    assert result.warnings[0] == f"q.txt:{line}: {message}; skipped this question"


def test_moodle_s_own_error_fixture_keeps_its_two_good_questions() -> None:
    """The classes of Moodle's aiken_errors fixture: an option needs no space after 'A)'."""
    text = (
        "A question with too few answers\nA) Only answer\nANSWER: A\n\nA) Question not started\n\n"
        "ANSWER: Question not started\n\nA good question\nA) Correct\nB) Incorrect\nANSWER: A\n\n"
        "A question started but not finished\nA) Correct-ish\nB) Incorrect-ish\n\n"
        "A second good question\nA)Incorrect (No space)\nB)Correct (No space)\nANSWER: B"
    )
    result = parse_aiken(text, "errors.txt")
    assert [(q["prompt"], q["answer"]) for q in result.questions] == [
        ("A good question", "Correct"), ("A second good question", "Correct (No space)"),
    ]
    assert len(result.warnings) == 4 and all(warning.startswith("errors.txt:") for warning in result.warnings)


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
