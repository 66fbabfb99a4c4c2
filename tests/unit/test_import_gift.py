"""GIFT import: Moodle's question kinds, categories, titles, errors with file:line, and the round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer.deck.model import Deck, Number, WhoSaid
from trainer.export.common import who_said_choices
from trainer.export.deck_writer import deck_yaml, source_entry
from trainer.export.gift import export_gift
from trainer.export.gift_import import parse_gift

DATA = Path(__file__).parent.parent / "data"

MOODLE = """\
// Moodle's own examples, a little extended.
$CATEGORY: $course$/top/History//Politics

::Grant's tomb::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one#Right!}

::Grant's tomb::Grant is {~buried =entombed ~living} in Grant's tomb.

Grant was born in 1822.{TRUE#Wrong#Right}

::Short::Who's buried in Grant's tomb?{=no one =nobody =%50%noone}

::Число::When was Ulysses S. Grant born?{#1822:5}

::Range::What is pi to two places?{#3.14..3.15}

::Two of three::Which are primes? {~%50%two ~%50%three ~%-100%four ####Two and three.}

::Order::Put them in order. {=2 -> second =1 -> first =3 -> third}

::Capitals::Match the capitals. {=Canada -> Ottawa =Italy -> Rome}

Write an essay about Grant.{}

Just a description.

::Escapes::A \\{brace\\}\\: and a \\~tilde and a line\\nbreak?{=a \\= b}
"""


@pytest.fixture(scope="module")
def moodle():
    return parse_gift(MOODLE, "moodle.gift")


def test_every_moodle_kind_it_can_hold(moodle) -> None:
    questions = {q["id"]: q for q in moodle.questions}
    assert questions["grant-s-tomb"] == {
        "id": "grant-s-tomb", "type": "choice", "prompt": "Who's buried in Grant's tomb?", "answer": "no one",
        "choices": ["Grant", "Jefferson", "no one"], "quote": "", "explain": "no one: Right!",
        "tags": ["History/Politics"],
    }
    assert questions["grant-s-tomb-2"]["prompt"] == "Grant is _____ in Grant's tomb."
    assert questions["grant-s-tomb-2"]["answer"] == "entombed"
    assert questions["Short"]["answer"] == "no one" and questions["Short"]["accept"] == ["nobody"]
    assert questions["Range"]["answer"] == pytest.approx(3.145) and questions["Range"]["tolerance"] == pytest.approx(0.005)
    assert questions["two-of-three"]["type"] == "multi"
    assert questions["two-of-three"]["answers"] == ["two", "three"]
    assert questions["two-of-three"]["explain"] == "Two and three."
    assert questions["Order"]["items"] == ["first", "second", "third"]
    assert questions["Capitals"] == {
        "id": "Capitals", "type": "match", "prompt": "Match the capitals.", "pairs": {"Canada": "Ottawa", "Italy": "Rome"},
        "quote": "", "tags": ["History/Politics"],
    }
    assert questions["Escapes"]["prompt"] == "A {brace}: and a ~tilde and a line\nbreak?"
    assert questions["Escapes"]["answer"] == "a = b"


def test_ids_from_titles_prompts_or_numbers(moodle) -> None:
    ids = [q["id"] for q in moodle.questions]
    assert ids[:5] == ["grant-s-tomb", "grant-s-tomb-2", "grant-was-born-in-1822", "Short", "q5"]
    true_false = moodle.questions[2]
    assert true_false["type"] == "true_false" and true_false["statement"] == "Grant was born in 1822."
    assert true_false["answer"] is True
    assert moodle.questions[4] == {
        "id": "q5", "type": "number", "prompt": "When was Ulysses S. Grant born?", "answer": 1822, "tolerance": 5,
        "quote": "", "tags": ["History/Politics"],
    }


def test_what_a_deck_cannot_hold_is_a_warning_with_its_line(moodle) -> None:
    assert moodle.warnings == [
        "moodle.gift:22: skipped an essay question (empty answer part)",
        "moodle.gift:24: skipped a description (text without an answer part)",
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("::a::Fine{=x}\n\n// c\n::b::Broken {=x\n", 4, "unbalanced braces"),
        ("::a::Q\nmore\n{#twelve}\n", 3, "'twelve' is not a number"),
        ("Q{~a ~b}\n", 1, "no answer is marked right"),
        ("::a::Q{=a -> b =c}\n", 1, "a matching pair needs '->'"),
        ("::a Q{T}\n", 1, "no closing '::'"),
    ],
)
def test_a_broken_question_is_skipped_with_its_file_and_line(text: str, line: int, message: str) -> None:
    """Like Moodle: the broken question is named and skipped, the good ones are kept."""
    result = parse_gift(text + "\n::good::Still here? {T}\n", "bad.gift")
    assert [q["id"] for q in result.questions][-1] == "good"
    broken = [warning for warning in result.warnings if message in warning]
    assert len(broken) == 1 and broken[0].startswith(f"bad.gift:{line}: ") and broken[0].endswith("skipped this question")


def test_our_own_export_comes_back_the_same() -> None:
    original = Deck.model_validate(yaml.safe_load((DATA / "awkward-deck.yaml").read_text(encoding="utf-8")))
    exported = export_gift(original)
    result = parse_gift(exported.text, "awkward.gift")
    assert result.warnings == [] and result.deck_id == "awkward" and result.title == " ".join(original.title.split())
    document = yaml.safe_load(
        deck_yaml(result, origin="awkward.gift", deck_id="x", title="x", source=source_entry(Path("x.yaml"), None))
    )
    imported = Deck.model_validate(document)  # quotes came back from the feedback, so it validates
    skipped = {s.id for s in exported.skipped}
    expected = [q for q in original.questions if q.id not in skipped]
    assert [q.id for q in imported.questions] == [q.id for q in expected]
    for before, after in zip(expected, imported.questions):
        want = before.model_dump(exclude={"tags", "source", "unit", "tolerance"})
        got = after.model_dump(exclude={"tags", "source", "unit", "tolerance"})
        if isinstance(before, WhoSaid):
            want["choices"] = who_said_choices(before, original)
        assert got == want
        assert after.tags == before.tags[:1]
        if isinstance(before, Number):
            assert after.allowed_error() == pytest.approx(before.allowed_error())
        elif hasattr(before, "tolerance"):
            assert after.tolerance == before.tolerance  # type: ignore[union-attr]


def test_matching_with_a_repeated_item_is_skipped_and_named() -> None:
    result = parse_gift("::m::Order them {=1 -> a =1 -> b =2 -> c}\n", "m.gift")
    assert result.questions == []
    assert result.warnings == ["m.gift:1: skipped a matching question that lists '1' twice"]


def test_matching_with_distractors_and_arrows_in_partners() -> None:
    """Moodle splits a pair at its first '->'; an empty left side is an extra wrong partner."""
    result = parse_gift("::m::Match them {=A -> x -> y =B -> z = -> w = -> z}\n", "m.gift")
    assert result.questions[0]["pairs"] == {"A": "x -> y", "B": "z"}
    assert result.questions[0]["distractors"] == ["w"]  # 'z' is a partner already: not a distractor


def test_a_trainer_match_hint_keeps_positions_as_a_match() -> None:
    result = parse_gift("// trainer type: match\n::m::Which rank? {=1 -> gold =2 -> silver}\n", "m.gift")
    assert result.questions[0]["type"] == "match"
    assert parse_gift("::m::Which rank? {=1 -> gold =2 -> silver}\n").questions[0]["type"] == "order"
