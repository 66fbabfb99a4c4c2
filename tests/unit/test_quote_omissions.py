"""An ellipsis inside a quote may leave out a few words, never a negation or a figure; the passage it was cut from.

Issue 7: ``"Moscow will ... form alliances that target other countries"`` passed ``check --strict``
although the article says "will never form", and the deck's true/false answer was then wrong.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from trainer.deck.loader import load_deck_text
from trainer.deck.verify import (
    MAX_OMITTED_WORDS,
    NormalisedSource,
    PartsMatch,
    Refusal,
    closest_passage,
    find_quote,
    omission_problem,
    quote_passage,
)

ARTICLE = (
    " date 2025-10-16 Lavrov: Russia Won’t Join US Against China\n\nBy Staff, Agencies\n\n"
    "Russian Foreign Minister Sergey Lavrov said Moscow will never form alliances that target other countries, "
    "when asked about the US joining forces. Lavrov responded that “Russia will not ally with anyone against "
    "anyone, especially against China. It is unthinkable.”\n\n"
    "Russia holds the largest nuclear arsenal with 5,459 warheads, followed by the US with 5,177. "
    "China has about 600.\n"
)


@pytest.mark.parametrize(
    ("quote", "reason"),
    [
        ("Moscow will ... form alliances that target other countries", "leaves out 'never', a negation"),
        ("Russia will ... ally with anyone", "leaves out 'not', a negation"),
        ("Russia won't ... join", None),  # not in the article at all
        ("Russia holds the largest nuclear arsenal with ... warheads", "leaves out '5', a figure"),
        ("followed by the US with ... China has about 600.", "leaves out '5', a figure"),
        ("Sergey Lavrov said ... when asked about the US", "leaves out 'never', a negation"),
        ("Russian Foreign Minister ... when asked about the US", "leaves out 'never', a negation"),
    ],
)
def test_an_ellipsis_may_not_hide_a_negation_a_figure_or_many_words(quote: str, reason: str | None) -> None:
    found = NormalisedSource(ARTICLE).match(quote)
    if reason is None:
        assert found is None
        return
    assert isinstance(found, Refusal), found
    assert reason in found.reason or reason in found.message
    assert find_quote(quote, ARTICLE) is None and quote_passage(quote, ARTICLE) is None


def test_a_short_harmless_omission_is_allowed_and_its_words_are_known() -> None:
    quote = "Russia will not ally ... especially against China."
    source = NormalisedSource(ARTICLE)
    found = source.match(quote)
    assert isinstance(found, PartsMatch)
    assert source.omitted(found) == ["with anyone against anyone,"]


def test_omission_limits() -> None:
    assert omission_problem("a b c d e f") is None
    assert omission_problem("a b c d e f g") == f"leaves out 7 words (at most {MAX_OMITTED_WORDS} may be left out)"
    assert omission_problem("it doesn't") == "leaves out 'doesn't', a negation"
    assert omission_problem("some three") == "leaves out 'three', a figure"
    assert omission_problem(", ") is None


def test_a_later_occurrence_of_the_first_part_can_make_the_match() -> None:
    article = "They will never go. They will surely go there."
    found = NormalisedSource(article).match("They will ... go there.")
    assert isinstance(found, PartsMatch)
    passage = quote_passage("They will ... go there.", article)
    assert passage is not None and passage.text(article) == "They will surely go there."


def test_the_passage_a_quote_was_cut_from_and_its_sentence() -> None:
    passage = quote_passage("Russia will not ally ... especially against China", ARTICLE)
    assert passage is not None
    assert passage.text(ARTICLE) == "Russia will not ally with anyone against anyone, especially against China"
    assert passage.omitted == ("with anyone against anyone,",)
    start, end = passage.sentences
    assert ARTICLE[start:end] == "Lavrov responded that “Russia will not ally with anyone against anyone, especially against China."
    plain = quote_passage("5,177", ARTICLE)
    assert plain is not None and plain.omitted == ()
    assert ARTICLE[plain.sentences[0] : plain.sentences[1]] == (
        "Russia holds the largest nuclear arsenal with 5,459 warheads, followed by the US with 5,177."
    )


def test_an_omission_of_many_words_is_refused() -> None:
    article = "one day, alpha beta gamma delta epsilon zeta eta theta arrived, and left"
    found = NormalisedSource(article).match("one day, ... arrived")
    assert isinstance(found, Refusal) and found.reason.startswith("leaves out 8 words")
    assert isinstance(NormalisedSource(article).match("one day, alpha beta ... theta arrived"), PartsMatch)


def test_too_many_ellipses_are_refused_at_once() -> None:
    quote = " ... ".join(["Russia"] * 1000)
    found = NormalisedSource(ARTICLE).match(quote)
    assert isinstance(found, Refusal) and "ellipses inside it" in found.message


DECK = """\
deck: d
title: A deck
sources:
  - id: art
    title: An article
    file: art.txt
questions:
  - id: q1
    type: true_false
    statement: Moscow will form alliances that target other countries.
    quote: "{quote}"
    answer: true
"""


def check(tmp_path: Path, quote: str) -> list[str]:
    (tmp_path / "art.txt").write_text(ARTICLE, encoding="utf-8")
    loaded = load_deck_text(DECK.format(quote=quote), tmp_path / "d.yaml")
    return [f"{d.line}:{d.column}: {d.severity}: {d.message}" for d in loaded.diagnostics]


def test_check_refuses_the_issue_quote_and_says_why(tmp_path: Path) -> None:
    [message] = check(tmp_path, "Moscow will ... form alliances that target other countries")
    assert message.startswith("11:12: error: the '...' in this quote leaves out 'never', a negation (\"never\")")


def test_check_warns_about_an_allowed_omission_so_strict_refuses_it(tmp_path: Path) -> None:
    [message] = check(tmp_path, "Russia will not ally ... especially against China.")
    assert message.startswith('11:12: warning: the ellipsis in this quote leaves out "with anyone against anyone,"')
    assert "--strict" in message
    assert check(tmp_path, "...Russia will not ally with anyone…") == []


def test_closest_passage_time_is_bounded_by_the_quote_not_its_length() -> None:
    article = ARTICLE * 50
    quote = "Russia would not ally with anyone against anyone" + " and so on" * 100_000  # 1 MB
    started = time.process_time()
    passage, similarity = closest_passage(quote, article)
    assert time.process_time() - started < 2.0  # took two minutes before the bound
    assert passage.startswith("Russia will not ally with anyone against anyone") and 0 < similarity < 1


def test_a_deck_with_a_huge_quote_is_checked_quickly(tmp_path: Path) -> None:
    quote = "Moscow will always form alliances that target other countries " * 16_000  # 1 MB
    started = time.process_time()
    [message] = check(tmp_path, quote)
    assert time.process_time() - started < 5.0
    assert "quote not found" in message and "closest passage" in message


def test_a_long_article_rules_quotes_out_by_their_words_with_the_same_answers() -> None:
    """Above 64 KB an article gets a word set; it must never reject a quote that stands in it."""
    import random

    article = (ARTICLE * 300) + "Zakharova’s final remark."
    big, small = NormalisedSource(article), NormalisedSource(ARTICLE)
    assert len(big.normalised) > 64 * 1024
    rng = random.Random(7)
    for _ in range(300):
        start = rng.randrange(len(ARTICLE) - 40)
        quote = ARTICLE[start : start + rng.randint(1, 40)]  # may start and end inside words
        assert big.contains(quote) and small.contains(quote), quote
        changed = quote[: len(quote) // 2] + "Xq" + quote[len(quote) // 2 :]
        assert big.contains(changed) == small.contains(changed), changed
    assert big.contains("Zakharova's final") and big.contains("final rem") and big.contains("arova's")
    assert not big.contains("Zakharova's finale remark") and not big.contains("Russia holds 5,460")


def test_thousands_of_wrong_quotes_against_a_long_article_are_checked_quickly(tmp_path: Path) -> None:
    (tmp_path / "art.txt").write_text(ARTICLE * 2000, encoding="utf-8")  # about 1 MB
    questions = "".join(
        f"  - id: q{number}\n    type: true_false\n    statement: s\n    answer: true\n"
        f"    quote: \"Russia holds {number} warheads\"\n"
        for number in range(3000)
    )
    text = DECK.split("questions:")[0] + "questions:\n" + questions
    started = time.process_time()
    loaded = load_deck_text(text, tmp_path / "d.yaml")
    assert time.process_time() - started < 5.0  # a scan of the article per quote took about 1 ms each
    assert len(loaded.errors) == 3000
