"""The match question type end to end in the core: model, grading, presentation, checks, storage, statistics
and every export and import."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from trainer.deck.grading import check_response, format_answer, format_response, grade
from trainer.deck.loader import load_deck
from trainer.deck.model import Deck, Match
from trainer.deck.present import present
from trainer.export.aiken import export_aiken
from trainer.export.anki import back, front
from trainer.export.csvfmt import export_csv
from trainer.export.gift import export_gift
from trainer.export.gift_import import parse_gift
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.study.exam import ExamSession
from trainer.study.handin import build_results
from trainer.study.session import StudySession
from trainer.study.stats import confusion

ARTICLE = (
    "Russia holds the largest nuclear arsenal with 5,459 warheads, followed by the US with 5,177. "
    "China has about 600 but is expanding its stockpile faster than any other country.\n"
)
QUOTE = "Russia holds the largest nuclear arsenal with 5,459 warheads, followed by the US with 5,177. China has about 600"
PAIRS = {"Russia": "5,459", "US": "5,177", "China": "about 600"}


def make_deck(**changes: object) -> Deck:
    question = {"id": "arsenals", "type": "match", "prompt": "Match each country to its warheads.", "quote": QUOTE,
                "pairs": PAIRS, "distractors": ["about 1,550"], **changes}
    return Deck.model_validate({"deck": "sipri", "title": "SIPRI", "questions": [question],
                                "sources": [{"id": "a", "file": "a.txt", "title": "An article"}]})


@pytest.fixture
def question() -> Match:
    return make_deck().questions[0]  # type: ignore[return-value]


# -- grading ------------------------------------------------------------------------------------------


def test_every_pair_right_scores_one(question: Match) -> None:
    assert grade(question, dict(PAIRS)).score == 1 and grade(question, dict(PAIRS)).correct
    # case, accents and spacing are forgiven in both items, as for every option
    assert grade(question, {"russia": "5,459", "us": "5,177", "CHINA": "About  600"}).correct


def test_partial_credit_is_the_share_of_items_matched_right(question: Match) -> None:
    swapped = {"Russia": "5,177", "US": "5,459", "China": "about 600"}
    result = grade(question, swapped)
    assert result.score == pytest.approx(1 / 3) and not result.correct
    assert result.note == "1 of 3 matched right"
    distractor = grade(question, {"Russia": "about 1,550", "US": "5,177", "China": "about 600"})
    assert distractor.score == pytest.approx(2 / 3)


def test_practice_asks_for_every_partner_an_exam_grades_what_is_given(question: Match) -> None:
    partial = {"Russia": "5,459", "US": None}
    assert check_response(question, partial) == "Choose a partner for every item: 'US' and 1 more have none yet."
    assert check_response(question, {"Russia": "5,459", "US": "5,177"}).endswith("'China' has none yet.")
    assert check_response(question, partial, complete=False) is None
    result = grade(question, partial)
    assert result.score == pytest.approx(1 / 3) and result.note == "1 of 3 matched right, 2 without a partner"


@pytest.mark.parametrize(
    ("response", "message"),
    [
        ("5,459", "Choose a partner for each item."),
        ({}, "Choose a partner for each item."),
        ({"Russia": None}, "Choose a partner for each item."),
        ({"France": "5,459"}, "'France' is not one of the items to match."),
        ({"Russia": "12"}, "'12' is not one of the partners to choose from."),
    ],
)
def test_a_response_that_cannot_be_graded_says_why(question: Match, response: object, message: str) -> None:
    assert check_response(question, response, complete=False) == message
    assert grade(question, response).score == 0


def test_answers_and_responses_are_shown_as_pairs(question: Match) -> None:
    assert format_answer(question) == "Russia → 5,459; US → 5,177; China → about 600"
    assert format_response(question, {"China": "about 600", "russia": "5,177"}) == (
        "Russia → 5,177; US → —; China → about 600"  # in the deck's order and spelling
    )
    assert format_response(question, None) == "(no answer)"


# -- presentation -------------------------------------------------------------------------------------


def test_items_in_the_authors_order_partners_shuffled_and_never_in_pair_order(question: Match) -> None:
    orders = set()
    for seed in range(30):
        shown = present(question, make_deck(), random.Random(seed))
        assert shown.kind == "match" and shown.items == ("Russia", "US", "China")
        assert sorted(shown.options) == sorted([*PAIRS.values(), "about 1,550"])
        assert shown.options[:3] != tuple(PAIRS.values())
        orders.add(shown.options)
    assert len(orders) > 3


def test_a_shared_partner_is_offered_once() -> None:
    deck = make_deck(pairs={"Russia": "nuclear power", "US": "Nuclear power", "Chad": "none"}, distractors=[])
    shown = present(deck.questions[0], deck, random.Random(1))
    assert sorted(shown.options) == ["none", "nuclear power"]
    assert grade(deck.questions[0], {"Russia": "nuclear power", "US": "nuclear power", "Chad": "none"}).correct


# -- checks -------------------------------------------------------------------------------------------


def write(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "deck.yaml"
    path.write_text(
        "deck: sipri\ntitle: SIPRI\nsources:\n  - {id: a, file: a.txt, title: An article}\nquestions:\n"
        "  - id: arsenals\n    type: match\n    prompt: Match them.\n"
        f"    quote: \"{QUOTE}\"\n{body}",
        encoding="utf-8",
    )
    return path


def messages(tmp_path: Path, body: str) -> list[str]:
    return [f"{d.line}: {d.severity}: {d.message}" for d in load_deck(write(tmp_path, body)).diagnostics]


def test_pairs_proved_by_the_quote_pass_strict(tmp_path: Path) -> None:
    body = "    pairs:\n      Russia: '5459'\n      the US: '5,177'\n      China: about 600\n    distractors: [1000]\n"
    # '5459' is the figure 5,459; 'the US' is in the quote word for word; a distractor proves nothing
    assert messages(tmp_path, body.replace("[1000]", "['1000']")) == []


def test_a_pair_the_quote_does_not_name_is_a_warning_at_its_line(tmp_path: Path) -> None:
    body = "    pairs:\n      Russia: '5,459'\n      France: '290'\n"
    assert sorted(messages(tmp_path, body)) == [
        "11: warning: with only two partners to choose from, the second pair follows from the first; add a third "
        "pair or a distractor (Moodle asks for three answers too)",
        "12: warning: 'France' and '290' do not appear in the quote, so it does not prove the pair 'France' → '290'; "
        "quote the words that name both",
    ]


def test_a_distractor_that_is_a_partner_and_a_repeated_item_are_errors(tmp_path: Path) -> None:
    body = "    pairs:\n      Russia: '5,459'\n      russia: '5,177'\n      China: about 600\n" \
           "    distractors: ['5,459', x, X]\n"
    found = messages(tmp_path, body)
    assert "12: error: item 'russia' appears twice (as 'Russia' too)" in found
    assert "14: error: distractor '5,459' is also a partner in 'pairs'; a distractor must be nobody's partner" in found
    assert "14: error: distractor 'X' appears twice" in found


def test_a_number_as_an_item_is_named_as_the_key_it_is(tmp_path: Path) -> None:
    found = messages(tmp_path, "    pairs: {2010: New START, '1987': INF}\n")
    assert "10: error: the key 2010 of 'pairs' must be text, not the number 2010 (put it in quotes to make it text)" \
        in found


def test_fewer_than_two_pairs_and_unknown_fields_are_schema_errors(tmp_path: Path) -> None:
    found = messages(tmp_path, "    pairs: {Russia: '5,459'}\n    choices: [a]\n")
    assert any("pairs" in line and "error" in line for line in found)
    assert any("unknown field 'choices'" in line for line in found)


# -- sessions, exams, statistics, hand-ins ------------------------------------------------------------


def test_a_response_is_stored_as_an_object_and_comes_back_on_resume(tmp_path: Path, question: Match) -> None:
    deck = make_deck()
    with Store.open(tmp_path / "s.sqlite3") as store:
        session = StudySession.start(store, deck, seed=1, profile="ana", clock=FakeClock())
        outcome = session.answer({"Russia": "5,177", "US": "5,459", "China": "about 600"})
        assert outcome.score == pytest.approx(1 / 3)
        [stored] = store.answers(session.session_id)
        assert stored.response == {"Russia": "5,177", "US": "5,459", "China": "about 600"}
        assert stored.qtype == "match" and stored.response_text == "Russia → 5,177; US → 5,459; China → about 600"
        found = confusion(store, [deck], "ana")
        assert [(c.right, c.picked) for c in found] == [("Russia → 5,459", "Russia → 5,177"),
                                                        ("US → 5,177", "US → 5,459")]
        results = build_results(store, profile="ana", now=dt.datetime(2026, 3, 1, tzinfo=dt.UTC), decks=[deck])
        answer = results["sessions"][0]["answers"][0]
        assert answer["type"] == "match" and answer["response"] == stored.response


def test_an_exam_restores_an_incomplete_match_and_grades_it(tmp_path: Path) -> None:
    deck = make_deck()
    with Store.open(tmp_path / "s.sqlite3") as store:
        exam = ExamSession.start(store, deck, seed=1, profile="ana", clock=FakeClock())
        exam.set_response(0, {"Russia": "5,459", "US": None})
        record = store.session(exam.session_id)
        again = ExamSession.resume(store, record, [deck], FakeClock())
        assert again.response(0) == {"Russia": "5,459"}
        report = again.submit()
        assert report.results[0].score == pytest.approx(1 / 3)


# -- exports and imports ------------------------------------------------------------------------------


def test_gift_writes_moodle_matching_and_reads_it_back() -> None:
    deck = make_deck(pairs={"Russia": "5,459", "U=S {x}": "5:177 -> y", "China <b>": "about 600"})
    text = export_gift(deck).text
    assert "// trainer type: match\n" in text
    assert "\t=Russia -> 5,459\n\t=U\\=S \\{x\\} -> 5\\:177 -> y\n\t=[plain]China <b> -> about 600\n" \
           "\t= -> about 1,550\n" in text
    [back_again] = parse_gift(text).questions
    assert back_again["type"] == "match"
    assert back_again["pairs"] == {"Russia": "5,459", "U=S {x}": "5:177 -> y", "China <b>": "about 600"}
    assert back_again["distractors"] == ["about 1,550"] and back_again["quote"] == QUOTE


def test_gift_cannot_write_an_arrow_in_an_item() -> None:
    result = export_gift(make_deck(pairs={"A -> B": "x", "C": "y"}))
    assert [(s.id, s.type) for s in result.skipped] == [("arsenals", "match")]


def test_aiken_skips_a_match_question_with_a_message() -> None:
    result = export_aiken(make_deck())
    assert result.text == "" and result.skip_report("Aiken") == (
        "skipped 1 question that Aiken cannot express: arsenals (match)"
    )


def test_anki_numbers_the_items_letters_the_partners_and_pairs_them_on_the_back() -> None:
    deck = make_deck()
    question = deck.questions[0]
    card = front(question, deck)
    assert "<ol><li>Russia</li><li>US</li><li>China</li></ol><ol type=\"A\">" in card
    letters = {item.split("</li>")[0]: chr(ord("A") + n)
               for n, item in enumerate(card.split('<ol type="A">')[1].split("<li>")[1:])}
    answer = back(question, deck)
    assert f"Russia → 5,459 ({letters['5,459']})<br>US → 5,177 ({letters['5,177']})" in answer


def test_csv_pairs_the_answer_and_lists_every_partner() -> None:
    import csv
    import io

    [row] = list(csv.DictReader(io.StringIO(export_csv(make_deck()).text)))
    assert row["type"] == "match"
    assert row["answer"].splitlines() == ["Russia → 5,459", "US → 5,177", "China → about 600"]
    assert row["choices"].splitlines() == ["5,459", "5,177", "about 600", "about 1,550"]


def test_the_results_schema_admits_a_match_response() -> None:
    schema = json.loads((Path(__file__).parents[2] / "docs" / "results-schema.json").read_text(encoding="utf-8"))
    answer = schema["$defs"]["answer"]["properties"]
    assert "match" in answer["type"]["enum"] and "object" in answer["response"]["type"]
