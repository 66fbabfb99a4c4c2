"""Lenient text comparison: what is forgiven and what is not."""

from __future__ import annotations

import pytest

from trainer.deck.textmatch import TextMatch, fold, match_text, osa_distance, same_name, words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Sérgey  LAVROV", "sergey lavrov"),
        ("  Guo\tJiakun ", "guo jiakun"),
        ("Wałęsa", "walesa"),
        ("Straße", "strasse"),
        ("Ｎｅｗ ＳＴＡＲＴ", "new start"),  # full-width letters (NFKD)
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_words_drop_punctuation() -> None:
    assert words("U.S.-Russia “New START”") == ["u", "s", "russia", "new", "start"]


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("lavrov", "lavrov", 0),
        ("lavrov", "lavrow", 1),  # substitution
        ("lavrov", "lavov", 1),  # deletion
        ("lavrov", "lavrrov", 1),  # insertion
        ("lavrov", "lavorv", 1),  # swap of neighbours
        ("lavrov", "alvrov", 1),
        ("lavrov", "lavrvo", 1),
        ("lavrov", "lvaorv", 2),
        ("", "abc", 3),
        ("abc", "", 3),
        ("ca", "abc", 3),  # optimal string alignment, not unrestricted Damerau
    ],
)
def test_osa_distance(a: str, b: str, distance: int) -> None:
    assert osa_distance(a, b) == distance
    assert osa_distance(b, a) == distance


def test_same_name() -> None:
    assert same_name("Sergey Lavröv", " sergey  LAVROV ")
    assert not same_name("Sergey Lavrov", "Lavrov")


@pytest.mark.parametrize(
    ("typed", "answers"),
    [
        ("Sergey Lavrov", ["Sergey Lavrov"]),
        ("sergey lavrov", ["Sergey Lavrov"]),
        ("  Sergey   Lavrov ", ["Sergey Lavrov"]),
        ("Sérgey Lavrov", ["Sergey Lavrov"]),
        ("Sergey Lavrov", ["Sérgey Lavrov"]),
        ("Sergey Lavrov.", ["Sergey Lavrov"]),
        ("NewSTART", ["New START"]),
        ("new start", ["New START"]),
        ("the New START treaty", ["New START treaty"]),
        ("New START treaty", ["The New START treaty"]),
        ("an embargo", ["embargo"]),
        ("a", ["A"]),  # a lone article is the answer itself, not an article
        ("US", ["U.S."]),
        ("5459", ["5,459"]),
        ("Stockholm Institute", ["SIPRI", "Stockholm Institute"]),  # an accepted alternative
    ],
)
def test_exact_after_forgiving_form(typed: str, answers: list[str]) -> None:
    found = match_text(typed, answers)
    assert found is not None and found.kind == "exact"


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("Sergey Lavorv", "Sergey Lavrov"),  # swap
        ("Sergey Lavrow", "Sergey Lavrov"),  # substitution
        ("Sergey Lavov", "Sergey Lavrov"),  # deletion
        ("Sergey Lavrovv", "Sergey Lavrov"),  # insertion at the end of a word
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Kommersnt", "Kommersant"),
        ("the Kommersnt", "Kommersant"),
        ("Beijng", "Beijing"),
        ("Guo Jiakum", "Guo Jiakun"),  # the slip is in the six-letter word
        ("Resolutoin 2231", "Resolution 2231"),  # the figure itself is intact
    ],
)
def test_one_typo_in_a_long_word_is_forgiven(typed: str, answer: str) -> None:
    assert match_text(typed, [answer]) == TextMatch("typo", answer)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("Iraq", "Iran"),  # four letters: one letter makes another word
        ("Sergey Lavorw", "Sergey Lavrov"),  # two slips
        ("Sregey Lavorv", "Sergey Lavrov"),  # two slips in two words
        ("Resolution 2213", "Resolution 2231"),  # figures must match exactly
        ("Resolution 22314", "Resolution 2231"),
        ("Resolution 22a31", "Resolution 2231"),  # a letter slipped into a figure
        ("Lavrov", "Sergey Lavrov"),
        ("", "Sergey Lavrov"),
        ("...", "Sergey Lavrov"),
        ("Trump", "Putin"),
    ],
)
def test_not_forgiven(typed: str, answer: str) -> None:
    assert match_text(typed, [answer]) is None


def test_a_typo_in_a_short_word_next_to_a_long_one_is_not_forgiven() -> None:
    assert match_text("Gao Jiakun", ["Guo Jiakun"]) is None


def test_exact_beats_typo_across_alternatives() -> None:
    assert match_text("Lavrow", ["Lavrov", "Lavrow"]) == TextMatch("exact", "Lavrow")


@pytest.mark.parametrize(
    ("typed", "answer", "matches"),
    [
        ("%", "%", True),
        (" % ", "%", True),
        ("?", "%", False),
        ("", "%", False),
        ("...", "...", True),
    ],
)
def test_punctuation_only_answers_compare_as_typed(typed: str, answer: str, matches: bool) -> None:
    assert (match_text(typed, [answer]) is not None) is matches
