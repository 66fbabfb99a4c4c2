"""The scores the deck list shows: figures a student can trust.

A retry of the 11 questions missed, a 5-question read-first or a 2-question filtered session says
little about how well a deck is known, so "last" and "best" are taken over whole-deck sessions
only: completed sessions on that deck alone that asked at least as many questions as the deck has
now. The latest completed session of any size is reported apart, with its size, so that the list
can say what it was rather than pass its score off as the deck's.

Two index reads per call, whatever the history's size: the whole-deck sessions through the
covering ``sessions_by_profile`` index, and one index seek per deck for its latest session.
"""

from __future__ import annotations

import datetime as dt
import json
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


_WHOLE_SQL = """
SELECT s.deck_id, s.score / s.total, s.ended_at, s.id
FROM sessions s JOIN json_each(:sizes) z ON z.key = s.deck_id
WHERE s.profile = :profile AND s.status = 'completed' AND s.answered > 0 AND s.total > 0 AND s.total >= z.value
"""

_LATEST_SQL = """
SELECT s.deck_id, s.mode, s.total, s.score, s.ended_at FROM sessions s
WHERE s.id IN (
    SELECT (SELECT l.id FROM sessions l
            WHERE l.profile = :profile AND l.deck_id = z.key AND l.status = 'completed' AND l.answered > 0
            ORDER BY l.ended_at DESC, l.id DESC LIMIT 1)
    FROM json_each(:sizes) z
)
"""


def deck_scores(store: Store, profile: str, sizes: dict[str, int]) -> dict[str, DeckScores]:
    """Per deck id in ``sizes`` (deck id -> its number of questions now): the figures to list."""
    if not sizes:
        return {}
    params = {"profile": profile, "sizes": json.dumps(sizes)}
    whole: dict[str, list[tuple[str, int, float]]] = {}
    for deck_id, fraction, ended_at, sid in store.read(_WHOLE_SQL, params):
        whole.setdefault(deck_id, []).append((ended_at or "", sid, float(fraction)))
    latest: dict[str, LatestSession] = {}
    for deck_id, mode, total, score, ended_at in store.read(_LATEST_SQL, params):
        latest[deck_id] = LatestSession(
            mode=mode, total=total, fraction=score / total if total else 0.0,
            ended_at=dt.datetime.fromisoformat(ended_at), whole_deck=total >= sizes.get(deck_id, 0),
        )
    scores: dict[str, DeckScores] = {}
    for deck_id in sizes:
        runs = whole.get(deck_id, [])
        if not runs and deck_id not in latest:
            continue
        last = max(runs)[2] if runs else None  # ISO timestamps in UTC sort as text; the id breaks ties
        best = max(fraction for _, _, fraction in runs) if runs else None
        scores[deck_id] = DeckScores(last=last, best=best, whole_sessions=len(runs), latest=latest.get(deck_id))
    return scores
