"""`trainer draft` writes match questions where an article lists comparable figures or officials' posts.

The articles under tests/data/draft_match are written for these tests: one compares four countries'
defence budgets in two sentences, one names three officials with their posts, one has neither.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from trainer.deck.types.match import in_quote
from trainer.draft.build import draft_deck
from trainer.draft.match import MatchCandidate, one_question_per_fact
from trainer.draft.questions import Candidate

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "draft_match"


def _draft(name: str) -> list[dict]:
    return draft_deck([ARTICLES / name], cwd=ARTICLES)[0]["questions"]


def _matches(questions: list[dict]) -> list[dict]:
    return [q for q in questions if q["type"] == "match"]


def test_a_list_of_budgets_becomes_one_match_whose_quote_proves_every_pair():
    matches = _matches(_draft("budgets.txt"))
    assert len(matches) == 1
    match = matches[0]
    assert match["pairs"] == {"Germany": "$88.5 billion", "France": "$64.7 billion", "Poland": "$38 billion",
                              "Italy": "$35.2 billion"}
    assert match["prompt"] == "Match each to its amount (US dollars), as the article gives them."
    for left, right in match["pairs"].items():
        assert in_quote(left, match["quote"]) and in_quote(right, match["quote"])
    assert match["quote"] in " ".join((ARTICLES / "budgets.txt").read_text(encoding="utf-8").split())


def test_officials_named_with_their_posts_in_nearby_sentences_become_a_match():
    match, = _matches(_draft("officials.txt"))
    assert match["pairs"] == {"Boris Pistorius": "German Defence Minister", "Kaja Kallas": "EU foreign policy chief",
                              "Andrii Sybiha": "Ukrainian Foreign Minister"}
    assert match["prompt"] == "Match each person to the post the article gives them."


def test_an_article_without_a_list_drafts_no_match():
    questions = _draft("plain.txt")
    assert questions and not _matches(questions)


def test_no_other_question_asks_or_shows_a_fact_of_the_match():
    """One question per fact: the sentence '... Germany spent $88.5 billion ... in 2024' would make a date
    cloze showing a pair, and a number question on Germany's budget would be answered by the match."""
    questions = _draft("budgets.txt")
    match, = _matches(questions)
    budgets = {88.5e9, 64.7e9, 38e9, 35.2e9}
    for question in questions:
        if question is match:
            continue
        assert not (question["type"] == "number" and question["answer"] in budgets), question
        assert question["type"] != "order", question
        for left, right in match["pairs"].items():
            shown = question.get("prompt") or question["statement"]  # a true/false shows its statement
            assert not (in_quote(left, shown) and in_quote(right, shown)), question


def test_the_match_wins_over_single_questions_on_its_facts():
    number = Candidate("figure", 0.9, 10, ("number", 5459.0, "warheads"),
                       {"type": "number", "prompt": "Fill in: Russia holds ___ warheads", "answer": 5459})
    cloze = Candidate("date", 0.9, 20, ("date", "2024"),
                      {"type": "date", "prompt": "Fill in the year: the US held 5,177 in ___", "answer": "2024"})
    other = Candidate("date", 0.9, 30, ("date", "2026"),
                      {"type": "date", "prompt": "Fill in the year: the treaty expires in ___", "answer": "2026"})
    match = MatchCandidate("match", 0.7, 5, ("match", "china", "russia", "us"),
                           {"type": "match", "prompt": "Match each", "quote": "...",
                            "pairs": {"Russia": "5,459", "US": "5,177", "China": "about 600"}},
                           frozenset({("number", 5459.0, "warheads"), ("order", "warheads")}))
    assert one_question_per_fact([number, cloze, other]) == [number, cloze, other]  # no match: nothing to drop
    assert one_question_per_fact([number, cloze, match, other]) == [match, other]
    second = MatchCandidate("match", 0.6, 6, ("match", "russia", "india"), {"type": "match", "pairs": {
        "Russia": "1", "India": "2", "Iran": "3"}, "prompt": "", "quote": ""}, frozenset())
    assert one_question_per_fact([match, second]) == [match]  # two matches on one fact: the surer one


def test_the_seed_asks_the_sipri_arsenals_as_one_match():
    questions = draft_deck([ROOT / "seeds" / "000_bf6c9e913bb2f5d9.txt"], cwd=ROOT / "seeds")[0]["questions"]
    match, = _matches(questions)
    assert match["pairs"] == {"Russia": "5,459", "US": "5,177", "China": "about 600"}


def test_drafted_matches_pass_the_strict_check(tmp_path):
    (tmp_path / "articles").mkdir()
    for name in ("budgets.txt", "officials.txt"):
        (tmp_path / "articles" / name).write_bytes((ARTICLES / name).read_bytes())
    deck_file = tmp_path / "decks" / "draft.yaml"
    draft = subprocess.run([sys.executable, "-m", "trainer", "draft", str(tmp_path / "articles" / "budgets.txt"),
                            str(tmp_path / "articles" / "officials.txt"), "-o", str(deck_file)],
                           capture_output=True, text=True, cwd=ROOT)
    assert draft.returncode == 0, draft.stderr
    assert len(_matches(yaml.safe_load(deck_file.read_text(encoding="utf-8"))["questions"])) == 2
    check = subprocess.run([sys.executable, "-m", "trainer", "check", "--strict", str(deck_file)],
                           capture_output=True, text=True, cwd=ROOT)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_country_is_written_as_its_quote_names_it():
    """The drafter calls the United States 'US'; the match names it as the quote does, so the pair is proved."""
    questions = draft_deck([ROOT / "bench" / "articles" / "a6_japan_defence.txt"], cwd=ROOT)[0]["questions"]
    match, = _matches(questions)
    assert match["pairs"] == {"China": "$296 billion", "United States": "$916 billion", "Russia": "$109 billion"}
    assert not [q for q in questions if q["type"] == "order"]
