"""Session options: which questions to ask, by tag and question type, and how many (a seeded sample).

The result is a list of (deck, question) items for ``StudySession.start_items`` or
``ExamSession.start``; its order is the deck order, or the sample's order when ``count`` is given.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from trainer.deck.model import QUESTION_TYPES, AnyQuestion, Deck

Item = tuple[Deck, AnyQuestion]


class SelectionError(ValueError):
    """The options select nothing or make no sense; the message says what to change."""


def _items(deck_or_items: Deck | Iterable[Deck] | Iterable[Item]) -> list[Item]:
    if isinstance(deck_or_items, Deck):
        return [(deck_or_items, q) for q in deck_or_items.questions]
    items: list[Item] = []
    for entry in deck_or_items:
        if isinstance(entry, Deck):
            items.extend((entry, q) for q in entry.questions)
        else:
            items.append(entry)
    return items


def select(
    deck_or_items: Deck | Iterable[Deck] | Iterable[Item],
    *,
    count: int | None = None,
    tags: set[str] | None = None,
    types: set[str] | None = None,
    seed: int | None = None,
) -> list[Item]:
    """The questions with any of ``tags`` and of one of ``types`` (either ``None``: no filter), then
    ``count`` of them drawn at random with ``seed`` (all of them when ``count`` is ``None`` or larger).

    Tags match without regard to case. Raises :class:`SelectionError` when nothing is left.
    """
    if count is not None and count < 1:
        raise SelectionError(f"the number of questions must be at least 1, got {count}")
    if types:
        unknown = sorted(set(types) - set(QUESTION_TYPES))
        if unknown:
            raise SelectionError(
                f"unknown question type(s) {', '.join(unknown)}; choose among {', '.join(QUESTION_TYPES)}"
            )
    items = _items(deck_or_items)
    if types:
        items = [item for item in items if item[1].type in types]
    if tags:
        wanted = {tag.casefold() for tag in tags}
        items = [item for item in items if wanted & {tag.casefold() for tag in item[1].tags}]
    if not items:
        asked = [f"tags {', '.join(sorted(tags))}" if tags else "",
                 f"types {', '.join(sorted(types))}" if types else ""]
        raise SelectionError(
            f"no question matches {' and '.join(a for a in asked if a) or 'the options'}; widen the choice"
        )
    if count is not None and count < len(items):
        items = random.Random(seed).sample(items, count)
    return items
