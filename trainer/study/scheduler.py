"""Spaced repetition with FSRS: when each question comes back, decided from how it was answered.

The student never grades themselves: :func:`rating_for` turns the grade and the time taken into
an FSRS rating, and :func:`card_update` gives the store the function that moves a question's card
on, inside the transaction that stores the answer.

A card is stored as ``Card.to_json()`` with the fsrs version that wrote it. A card written by
another version is read with ``Card.from_dict``; if that fails (a foreign or damaged format), the
card is rebuilt by replaying the question's answer history, so an upgrade never crashes a session.

Fuzzing (a random spread of long intervals) is off: schedules are reproducible, in tests and
between two machines sharing a data folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from fsrs import Card, Rating, Scheduler, State

from trainer.deck.types import TYPES
from trainer.store import CardRow, CardUpdate, NewAnswer, PastAnswer

#: Expected answering times per question type, in milliseconds: (fast below, slow above); each type says its own
#: (recognising an option is quicker than producing or arranging an answer, which gets a wider window).
EXPECTED_MS: dict[str, tuple[int, int]] = {name: kind.expected_ms for name, kind in TYPES.items()}
_DEFAULT_MS = (10_000, 45_000)

SCHEDULER = Scheduler(enable_fuzzing=False)


def rating_for(correct: bool, score: float, elapsed_ms: int, qtype: str) -> Rating:
    """The FSRS rating an answer earns; the student never rates themselves.

    - wrong (score 0, which includes skipped): ``Again``;
    - partly right (0 < score < 1), or right but slower than the type's slow limit: ``Hard``;
    - right: ``Good``;
    - right and faster than the type's fast limit: ``Easy``.

    Limits per type are in :data:`EXPECTED_MS` (choice-like types: fast < 6 s, slow > 25 s; typed,
    multi and order: fast < 10 s, slow > 45 s). ``elapsed_ms <= 0`` means the time was not
    measured: speed then neither helps nor hurts.
    """
    if score <= 0:
        return Rating.Again
    if score < 1 or not correct:
        return Rating.Hard
    fast, slow = EXPECTED_MS.get(qtype, _DEFAULT_MS)
    if elapsed_ms <= 0:
        return Rating.Good
    if elapsed_ms > slow:
        return Rating.Hard
    if elapsed_ms < fast:
        return Rating.Easy
    return Rating.Good


@cache
def fsrs_version() -> str:
    """The installed fsrs version, stamped on every card written."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fsrs")
    except PackageNotFoundError:  # vendored or run from a checkout
        return "unknown"


def card_id(profile: str, deck_id: str, question_id: str) -> int:
    """A stable card id (fsrs's default is the creation time, and it sleeps 1 ms to keep ids apart)."""
    digest = hashlib.blake2b(f"{profile}\0{deck_id}\0{question_id}".encode(), digest_size=6).digest()
    return int.from_bytes(digest, "big")


def load_card(row: CardRow) -> Card | None:
    """The stored card, migrated through ``Card.from_dict`` when another fsrs version wrote it.

    ``None`` when it cannot be read (then the caller replays the history instead).
    """
    try:
        data = json.loads(row.card_json)
        card = Card.from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if card.due.tzinfo is None or (card.last_review is not None and card.last_review.tzinfo is None):
        return None
    card.due = card.due.astimezone(dt.UTC)
    card.last_review = card.last_review.astimezone(dt.UTC) if card.last_review else None
    return card


@dataclass(frozen=True)
class _Step:
    card: Card
    reps: int
    lapses: int


def _review(step: _Step, rating: Rating, moment: dt.datetime) -> _Step:
    lapse = rating == Rating.Again and step.card.state == State.Review
    card, _log = SCHEDULER.review_card(step.card, rating, moment.astimezone(dt.UTC))
    return _Step(card, step.reps + 1, step.lapses + int(lapse))


def _rating(answer: PastAnswer | NewAnswer) -> Rating:
    score = 0.0 if answer.skipped else answer.score
    return rating_for(answer.correct, score, answer.elapsed_ms, answer.qtype)


def replay(history: list[PastAnswer], ident: int = 0) -> tuple[Card, int, int]:
    """A card rebuilt from a question's answers (oldest first): (card, reps, lapses)."""
    if not history:
        raise ValueError("a card is replayed from at least one answer")
    moment = history[0].answered_at.astimezone(dt.UTC)
    step = _Step(Card(card_id=ident, due=moment), 0, 0)
    for answer in history:
        step = _review(step, _rating(answer), answer.answered_at)
    return step.card, step.reps, step.lapses


def _row(card: Card, reps: int, lapses: int, last_right: bool) -> CardRow:
    return CardRow(due=card.due, last_review=card.last_review, reps=reps, lapses=lapses,
                   card_json=card.to_json(), fsrs_version=fsrs_version(), last_right=last_right)


def card_update(profile: str, answer: NewAnswer) -> CardUpdate:
    """The store's callback that moves the answered question's card on by one review.

    A missing card starts new, unless the question was answered before cards existed (then the
    history is replayed); an unreadable card is replayed from the history too. The history the
    store passes includes the answer being recorded.
    """
    right = bool(answer.correct) and answer.score >= 1 and not answer.skipped
    ident = card_id(profile, answer.deck_id, answer.question_id)

    def update(previous: CardRow | None, history: Callable[[], list[PastAnswer]]) -> CardRow:
        card = load_card(previous) if previous is not None else None
        if card is not None and previous is not None:
            step = _review(_Step(card, previous.reps, previous.lapses), _rating(answer), answer.now)
            return _row(step.card, step.reps, step.lapses, right)
        past = history()
        if previous is None and len(past) <= 1:
            step = _review(_Step(Card(card_id=ident, due=answer.now.astimezone(dt.UTC)), 0, 0),
                           _rating(answer), answer.now)
            return _row(step.card, step.reps, step.lapses, right)
        if not past:  # an unreadable card and no answers: start again from this one
            past = [PastAnswer(answer.correct, answer.score, answer.skipped, answer.elapsed_ms, answer.qtype,
                               answer.now)]
        card, reps, lapses = replay(past, ident)
        return _row(card, reps, lapses, right)

    return update


def retrievability(card_json: str, now: dt.datetime) -> float:
    """How likely the student still knows the card now (0..1); 0 for a card that cannot be read."""
    try:
        card = Card.from_dict(json.loads(card_json))
        return float(SCHEDULER.get_card_retrievability(card, now.astimezone(dt.UTC)))
    except (ValueError, TypeError, KeyError, AttributeError):
        return 0.0
