"""What to study next: questions due for review, new questions, and mistakes still to put right.

The store answers each by name, reading its cards through an index for one profile, never the
answers. Queues take the decks loaded now: a card whose
deck or question no longer exists is ignored, so editing a deck never breaks a queue, and
progress (keyed on deck id and question id) survives the edit.

"Due today" means due before the end of the student's local day; times are stored in UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from trainer.store import Store
from trainer.study.clock import end_of_day

if TYPE_CHECKING:  # the home screen counts what is due at start-up: no pydantic or fsrs import for that
    from trainer.deck.model import AnyQuestion, Deck

#: The key of the all-decks total in :func:`due_counts` (never a deck id: ids start with a letter or digit).
TOTAL = "*"

Item = tuple["Deck", "AnyQuestion"]


def _index(decks: Iterable[Deck]) -> dict[tuple[str, str], Item]:
    return {(deck.deck, q.id): (deck, q) for deck in decks for q in deck.questions}


def due_counts(store: Store, profile: str, deck_ids: Iterable[str | Deck], now: dt.datetime,
               tz: dt.tzinfo | None = None) -> dict[str, int]:
    """Questions due by the end of the local day, per deck (0 when none) and in all, under :data:`TOTAL`.

    Given decks rather than ids, only their current questions are counted (a question deleted from
    a deck is no longer due).
    """
    wanted = list(deck_ids)
    decks = [d for d in wanted if not isinstance(d, str)]
    current = {(d.deck, q.id) for d in decks for q in d.questions}
    checked = {d.deck for d in decks}
    counts = dict.fromkeys(sorted({d if isinstance(d, str) else d.deck for d in wanted}), 0)
    for deck_id, question_id in store.due_questions(profile, end_of_day(now, tz)):
        if deck_id in counts and (deck_id not in checked or (deck_id, question_id) in current):
            counts[deck_id] += 1
    counts[TOTAL] = sum(counts.values())
    return counts


def new_counts(store: Store, decks: Iterable[Deck], profile: str) -> dict[str, int]:
    """Per deck, the questions never answered by the profile (they have no card yet), and the total."""
    decks = list(decks)
    counts: dict[str, int] = {}
    for deck in decks:
        seen = store.carded_questions(profile, deck.deck)
        counts[deck.deck] = sum(1 for q in deck.questions if q.id not in seen)
    counts[TOTAL] = sum(counts.values())
    return counts


def new_items(store: Store, decks: Iterable[Deck], profile: str) -> list[Item]:
    """The questions of ``decks`` never answered by the profile, in deck order."""
    items: list[Item] = []
    for deck in decks:
        seen = store.carded_questions(profile, deck.deck)
        items.extend((deck, q) for q in deck.questions if q.id not in seen)
    return items


def review_queue(store: Store, decks: list[Deck], profile: str, now: dt.datetime, tz: dt.tzinfo | None = None,
                 limit: int | None = None) -> list[Item]:
    """Questions due by the end of the local day across ``decks``, least likely remembered first.

    Ordered by the scheduler's retrievability now (lowest first), then by due time (most overdue
    first). New questions are not due: see :func:`new_counts`.
    """
    from trainer.study.scheduler import retrievability

    index = _index(decks)
    ranked: list[tuple[float, Item]] = []
    for deck_id, question_id, card_json in store.due_cards(profile, end_of_day(now, tz)):  # soonest due first
        item = index.get((deck_id, question_id))
        if item is not None:
            ranked.append((retrievability(card_json, now), item))
    ranked.sort(key=lambda entry: entry[0])  # a stable sort: equally likely ones stay most overdue first
    items = [item for _, item in ranked]
    return items[:limit] if limit is not None else items


def mistakes_queue(store: Store, decks: list[Deck], profile: str) -> list[Item]:
    """Questions whose latest answer (any mode) was not fully right; they stay until answered right.

    Ordered by due time, so the ones the scheduler wants back first come first.
    """
    index = _index(decks)
    return [index[key] for key in store.mistake_questions(profile) if key in index]
