"""The scores the deck list shows: figures a student can trust.

A retry of the 11 questions missed, a 5-question read-first or a 2-question filtered session says
little about how well a deck is known, so "last" and "best" are taken over whole-deck sessions
only: completed sessions on that deck alone that asked at least as many questions as the deck has
now. The latest completed session of any size is reported apart, with its size, so that the list
can say what it was rather than pass its score off as the deck's.

The store reads them in two queries per call (see ``Store.whole_deck_scores``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.store import Store


@dataclass(frozen=True)
class LatestSession:
    """A deck's most recent completed session, whatever its size."""

    mode: str
    total: int
    fraction: float
    ended_at: dt.datetime
    whole_deck: bool


@dataclass(frozen=True)
class DeckScores:
    """``last`` and ``best`` are fractions (0..1) over whole-deck sessions; None before the first."""

    last: float | None = None
    best: float | None = None
    whole_sessions: int = 0
    latest: LatestSession | None = None


def deck_scores(store: Store, profile: str, sizes: dict[str, int]) -> dict[str, DeckScores]:
    """Per deck id in ``sizes`` (deck id -> its number of questions now): the figures to list."""
    if not sizes:
        return {}
    scores: dict[str, DeckScores] = {}
    for deck_id, size, whole, best, last, latest in store.whole_deck_scores(profile, sizes):
        if latest is None:
            continue  # never a completed session with an answer
        mode, total, score, ended_at = latest
        session = LatestSession(mode=mode, total=total, fraction=score / total if total else 0.0,
                                ended_at=ended_at, whole_deck=total >= size)
        scores[deck_id] = DeckScores(last=last, best=best, whole_sessions=whole, latest=session)
    return scores
