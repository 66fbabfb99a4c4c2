"""Session options: filtering by tag and type, then a seeded sample."""

from __future__ import annotations

import pytest

from trainer.deck.model import Deck
from trainer.study.selection import SelectionError, select


def ids(items: list) -> list[str]:
    return [question.id for _, question in items]


def test_no_options_select_the_whole_deck_in_order(deck: Deck) -> None:
    assert ids(select(deck)) == [q.id for q in deck.questions]
    assert all(item_deck is deck for item_deck, _ in select(deck))


def test_filters_by_tag_and_type(deck: Deck) -> None:
    assert ids(select(deck, tags={"places"})) == ["where", "which"]
    assert ids(select(deck, tags={"FACTS"})) == ["signed", "how-many"]  # tags ignore case
    assert ids(select(deck, tags={"places", "numbers"})) == ["where", "how-many", "which"]  # any of the tags
    assert ids(select(deck, types={"true_false", "text"})) == ["signed", "city"]
    assert ids(select(deck, tags={"facts"}, types={"number"})) == ["how-many"]  # both filters


def test_count_samples_reproducibly(deck: Deck) -> None:
    first = ids(select(deck, count=3, seed=7))
    assert len(first) == 3 == len(set(first)) and first == ids(select(deck, count=3, seed=7))
    assert len({tuple(ids(select(deck, count=3, seed=s))) for s in range(12)}) > 1
    assert sorted(ids(select(deck, count=50, seed=1))) == sorted(q.id for q in deck.questions)  # all there are
    assert set(ids(select(deck, count=1, tags={"places"}, seed=2))) <= {"where", "which"}


def test_items_and_several_decks_are_accepted(deck: Deck) -> None:
    items = select([deck, deck], types={"who_said"})
    assert ids(items) == ["who", "who"]
    assert ids(select(items[:1])) == ["who"]


def test_bad_options_get_clear_messages(deck: Deck) -> None:
    with pytest.raises(SelectionError, match="at least 1"):
        select(deck, count=0)
    with pytest.raises(SelectionError, match="unknown question type.*essay.*choose among"):
        select(deck, types={"essay"})
    with pytest.raises(SelectionError, match="no question matches tags nowhere"):
        select(deck, tags={"nowhere"})


def test_the_store_keeps_every_study_mode_and_no_other() -> None:
    """The modes table lives in the study core; the store, below it, checks a session's mode against its own list."""
    from trainer.store.records import MODES as STORED
    from trainer.study.modes import MODES

    assert sorted(mode.name for mode in MODES) == sorted(STORED)
