"""Which questions a session asks, in which order, and how a session over them is recorded.

Shared by study sessions (:mod:`trainer.study.session`) and exams (:mod:`trainer.study.exam`): a session is
a list of :data:`Item` (a question with its deck), from one deck or several.
"""

from __future__ import annotations

import datetime as dt
import random

from trainer.deck.model import AnyQuestion, Deck
from trainer.store import MULTI_DECK, SessionRecord, Store

#: One question to ask, with the deck it belongs to (for its sources, speakers and id).
Item = tuple[Deck, AnyQuestion]


def question_rng(seed: int, question_id: str) -> random.Random:
    """A generator for one question's presentation: the same seed shows the same choices in the same order."""
    return random.Random(f"{seed}:{question_id}")


def plan(deck: Deck, seed: int, question_ids: list[str] | None = None) -> list[AnyQuestion]:
    """The questions to ask, in order: the deck's (or the chosen subset of them) shuffled by ``seed``.

    Ids no longer in the deck (a retry after the deck was edited) are dropped.
    """
    questions: list[AnyQuestion] = list(deck.questions)
    if question_ids is not None:
        wanted = set(question_ids)
        questions = [q for q in questions if q.id in wanted]
        if not questions:
            raise ValueError(f"none of the chosen questions is in the deck '{deck.deck}'")
    random.Random(seed).shuffle(questions)
    return questions


def distinct_decks(items: list[Item]) -> list[Deck]:
    """The decks of ``items``, each once, in the order they first appear."""
    seen: dict[str, Deck] = {}
    for deck, _ in items:
        seen.setdefault(deck.deck, deck)
    return list(seen.values())


def session_deck(items: list[Item], title: str | None = None) -> Deck:
    """The deck a session stands for: its only deck, or a view over several (id ``*``) for summaries.

    The view holds the sessions' questions and the decks' sources and people; it is built without
    validation (its questions were validated in their own decks).
    """
    decks = distinct_decks(items)
    if len(decks) == 1:
        return decks[0]
    sources = {source.id: source for deck in decks for source in deck.sources}
    return Deck.model_construct(
        deck=MULTI_DECK, title=title or f"{len(decks)} decks", description=None,
        sources=list(sources.values()), people=[person for deck in decks for person in deck.people],
        questions=[question for _, question in items],
    )


def resolve_items(record: SessionRecord, decks: list[Deck]) -> list[Item]:
    """A stored session's planned questions found in the loaded decks; deleted ones are left out."""
    by_id = {deck.deck: deck for deck in decks}
    items: list[Item] = []
    for deck_id, question_id in record.items:
        deck = by_id.get(deck_id)
        question = deck.question(question_id) if deck is not None else None
        if deck is not None and question is not None:
            items.append((deck, question))  # type: ignore[arg-type]
    return items


def record_session(store: Store, items: list[Item], *, title: str | None, mode: str, seed: int, profile: str,
                   now: dt.datetime, time_limit: float | None = None) -> int:
    """Store a new session over ``items``: deck_id is the deck's, or ``*`` with a deck per question."""
    decks = distinct_decks(items)
    single = len(decks) == 1
    return store.start_session(
        deck_id=decks[0].deck if single else MULTI_DECK,
        deck_title=title or (decks[0].title if single else f"{len(decks)} decks"),
        mode=mode, seed=seed, question_ids=[q.id for _, q in items],
        deck_ids=None if single else [deck.deck for deck, _ in items],
        profile=profile, now=now, time_limit=time_limit,
    )
