"""Quote verification: typing differences are forgiven, changed words never are."""

from __future__ import annotations

import random

import pytest

from trainer.deck.verify import (
    NormalisedSource,
    closest_passage,
    find_quote,
    normalise,
    normalise_text,
    quote_parts,
)

ARTICLE = (
    " date 2025-10-16 Lavrov: Russia Won’t Join US Against China\n\nBy Staff, Agencies\n\n"
    "Lavrov responded that “Russia will not ally with anyone against anyone, especially against\n"
    "China. It is unthinkable.”\n\n"
    "Russia holds the largest nuclear arsenal with 5,459 warheads — followed by the US  with 5,177.\n"
    "China’s leaders said the talks were “premature…”\n"
)


def test_normalise_maps_typing_differences() -> None:
    text, index_map = normalise("“It’s  a — test…”\n\tend")
    assert text == "\"It's a - test...\" end"
    assert len(index_map) == len(text)
    assert index_map[:5] == [0, 1, 2, 3, 4]


def test_index_map_points_at_the_original_characters() -> None:
    rng = random.Random(3)
    alphabet = "ab ’“”—–\n…-x"
    for _ in range(200):
        original = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        text, index_map = normalise(original)
        assert text == normalise_text(original)
        assert index_map == sorted(index_map)
        for position, char in enumerate(text):
            source = original[index_map[position]]
            assert char == source or normalise_text(source)[:1] == char or source == "…"


@pytest.mark.parametrize(
    "quote",
    [
        'Russia will not ally with anyone against anyone, especially against China. It is unthinkable.',
        "Russia will not ally with anyone against anyone,\n   especially against China.",
        '"Russia will not ally with anyone',
        "...Russia will not ally with anyone against anyone…",
        "… especially against China. It is unthinkable.”",
        "5,459 warheads - followed by the US with 5,177",
        "5,459 warheads -- followed by the US with 5,177",
        "China's leaders said the talks were \"premature...\"",
        "Lavrov: Russia Won't Join US",
    ],
)
def test_quotes_typed_differently_are_found(quote: str) -> None:
    span = find_quote(quote, ARTICLE)
    assert span is not None
    start, end = span
    found = normalise_text(ARTICLE[start:end])
    parts = quote_parts(quote)
    assert found.startswith(parts[0]) and found.endswith(parts[-1])
    assert NormalisedSource(ARTICLE).contains(quote)


def test_span_is_in_the_original_text() -> None:
    span = find_quote("Russia will not ally with anyone against anyone,\nespecially against China.", ARTICLE)
    assert span is not None
    assert ARTICLE[span[0] : span[1]] == "Russia will not ally with anyone against anyone, especially against\nChina."
    span = find_quote("warheads - followed", ARTICLE)
    assert span is not None and ARTICLE[span[0] : span[1]] == "warheads — followed"


@pytest.mark.parametrize(
    "quote",
    [
        "Russia would not ally with anyone against anyone",  # a word changed
        "russia will not ally with anyone",  # case changed
        "Russia will ally with anyone against anyone",  # a word dropped
        "Russia will not ally with anyone against anyone especially against China",  # comma dropped
        "5,460 warheads",  # a figure changed
        "It is unthinkable. Russia will not ally",  # pieces out of order
    ],
)
def test_changed_words_are_not_accepted(quote: str) -> None:
    assert find_quote(quote, ARTICLE) is None
    assert not NormalisedSource(ARTICLE).contains(quote)


def test_inner_ellipsis_means_omitted_words_in_order() -> None:
    assert find_quote("Russia will not ally ... especially against China.", ARTICLE) is not None
    assert find_quote("especially against China ... Russia will not ally", ARTICLE) is None


def test_closest_passage_finds_the_real_sentence() -> None:
    passage, similarity = closest_passage("Russia would not ally with anyone against anyone", ARTICLE)
    assert "Russia will not ally with anyone against anyone" in passage
    assert 0.85 < similarity < 1.0


def test_closest_passage_of_unrelated_text_is_not_similar() -> None:
    _, similarity = closest_passage("Completely unrelated words about fishing quotas", ARTICLE)
    assert similarity < 0.5
    assert closest_passage("anything", "") == ("", 0.0)
