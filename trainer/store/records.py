"""What the store reads and writes, as plain records: sessions, answers, cards and their constants.

Callers build and receive these; they never see a row, a column or a stored time's text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

#: The mode names a session may be stored with: the names in ``trainer.study.modes.MODES``, which says what
#: each mode is (the store sits below it, so it keeps the names only; a test keeps the two equal).
MODES = ("practice", "exam", "review", "mistakes", "read")
STATUSES = ("active", "interrupted", "completed", "abandoned")
#: Statuses a session can be resumed from: 'active' (running, or the program crashed) and
#: 'interrupted' (the student left it with confirmation).
RESUMABLE = ("active", "interrupted")
#: The session row's deck_id when its questions come from several decks (never a deck id: ids start
#: with a letter or digit). Each answer still records its own deck, and ``deck_ids`` lists them.
MULTI_DECK = "*"


@dataclass(frozen=True)
class SessionRecord:
    """A stored session, with totals kept up to date as each answer is stored.

    ``deck_ids`` runs parallel to ``question_ids`` (the deck of each planned question); ``deck_id``
    is :data:`MULTI_DECK` when they differ. ``responses`` counts an exam's saved, not yet submitted
    responses (only filled by :meth:`Store.resumable_sessions`).
    """

    id: int
    profile: str
    deck_id: str
    deck_title: str
    mode: str
    seed: int
    question_ids: tuple[str, ...]
    started_at: dt.datetime
    ended_at: dt.datetime | None
    status: str
    total: int
    answered: int
    correct: int
    skipped: int
    score: float
    deck_ids: tuple[str, ...] = ()
    time_limit: float | None = None
    last_answer_at: dt.datetime | None = None
    responses: int = 0

    @property
    def fraction(self) -> float:
        """Points over the planned number of questions (0 for an empty session)."""
        return self.score / self.total if self.total else 0.0

    @property
    def resumable(self) -> bool:
        return self.status in RESUMABLE

    @property
    def items(self) -> list[tuple[str, str]]:
        """(deck id, question id) of each planned question, in order."""
        return list(zip(self.deck_ids, self.question_ids))


@dataclass(frozen=True)
class AnswerRecord:
    """One stored answer; ``response`` is the decoded JSON the student gave."""

    id: int
    session_id: int
    deck_id: str
    question_id: str
    qtype: str
    response: object
    response_text: str
    correct: bool
    score: float
    skipped: bool
    elapsed_ms: int
    answered_at: dt.datetime


@dataclass(frozen=True)
class DeckStats:
    """What the deck list shows: how often and how well a deck was studied.

    Scores are fractions (0..1) of completed sessions on this deck alone; ``None`` when none is
    completed yet. ``last_studied`` also counts answers given in sessions over several decks.
    """

    deck_id: str
    sessions: int
    last_score: float | None
    best_score: float | None
    last_studied: dt.datetime | None


@dataclass(frozen=True)
class NewAnswer:
    """An answer to store, as the session builds it and :meth:`Store.add_answer` commits it."""

    deck_id: str
    question_id: str
    qtype: str
    response: object
    response_text: str
    correct: bool
    score: float
    skipped: bool
    elapsed_ms: int
    now: dt.datetime


@dataclass(frozen=True)
class PastAnswer:
    """One stored answer in a card's history, oldest first, as the scheduler replays it."""

    correct: bool
    score: float
    skipped: bool
    elapsed_ms: int
    qtype: str
    answered_at: dt.datetime


@dataclass(frozen=True)
class CardRow:
    """A scheduling card as stored: the scheduler's JSON plus the columns the queues index."""

    due: dt.datetime
    last_review: dt.datetime | None
    reps: int
    lapses: int
    card_json: str
    fsrs_version: str
    last_right: bool


#: Computes a question's next card from its stored one (``None`` if it has none) and, lazily, its
#: whole answer history for the profile, the answer being recorded included. The store calls it
#: inside the answer's transaction, so the answer and the card are saved together or not at all.
CardUpdate = Callable[[CardRow | None, Callable[[], list[PastAnswer]]], CardRow]