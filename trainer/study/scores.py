"""The scores the deck list shows: figures a student can trust.

A retry of the 11 questions missed, a 5-question read-first or a 2-question filtered session says
little about how well a deck is known, so "last" and "best" are taken over whole-deck sessions
only: completed sessions on that deck alone that asked at least as many questions as the deck has
now. The latest completed session of any size is reported apart, with its size, so that the list
can say what it was rather than pass its score off as the deck's.

Two reads per call: the figures of every deck, each from a few seeks of the covering
``sessions_by_profile`` index, then the latest sessions by id.
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


# One row per deck in :sizes (a JSON object: deck id -> its number of questions now). The join and
# every subquery seek the covering index sessions_by_profile (profile, deck_id, status, ended_at, answered,
# total, score, ...) and reads it newest first, so the cost grows with the decks, not the history.
_SCORES_SQL = """
WITH whole AS (
    SELECT z.key AS deck_id, z.value AS size,
           (SELECT json_array(count(*), max(w.score / w.total)) FROM sessions w
            WHERE w.profile = :profile AND w.deck_id = z.key AND w.status = 'completed' AND w.answered > 0
              AND w.total >= z.value AND w.total > 0) AS counted
    FROM json_each(:sizes) z
)
SELECT deck_id, size, json_extract(counted, '$[0]'), json_extract(counted, '$[1]'),
       CASE WHEN json_extract(counted, '$[0]') > 0 THEN
           (SELECT v.score / v.total FROM sessions v
            WHERE v.profile = :profile AND v.deck_id = whole.deck_id AND v.status = 'completed'
              AND v.answered > 0 AND v.total >= whole.size AND v.total > 0
            ORDER BY v.ended_at DESC LIMIT 1)
       END,
       (SELECT l.id FROM sessions l
        WHERE l.profile = :profile AND l.deck_id = whole.deck_id AND l.status = 'completed' AND l.answered > 0
        ORDER BY l.ended_at DESC LIMIT 1)
FROM whole
"""

_LATEST_SQL = "SELECT id, mode, total, score, ended_at FROM sessions WHERE id IN ({marks})"


def deck_scores(store: Store, profile: str, sizes: dict[str, int]) -> dict[str, DeckScores]:
    """Per deck id in ``sizes`` (deck id -> its number of questions now): the figures to list."""
    if not sizes:
        return {}
    params = {"profile": profile, "sizes": json.dumps(sizes)}
    found = store.read(_SCORES_SQL, params)
    latest_ids = [row[5] for row in found if row[5] is not None]
    latest: dict[int, LatestSession] = {}
    if latest_ids:
        marks = ", ".join("?" * len(latest_ids))
        for sid, mode, total, score, ended_at in store.read(_LATEST_SQL.format(marks=marks), tuple(latest_ids)):
            latest[sid] = LatestSession(mode=mode, total=total, fraction=score / total if total else 0.0,
                                        ended_at=dt.datetime.fromisoformat(ended_at), whole_deck=False)
    scores: dict[str, DeckScores] = {}
    for deck_id, size, whole, best, last, latest_id in found:
        if latest_id is None:
            continue  # never a completed session with an answer
        session = latest[latest_id]
        session = LatestSession(session.mode, session.total, session.fraction, session.ended_at,
                                whole_deck=session.total >= size)
        scores[deck_id] = DeckScores(last=last, best=best, whole_sessions=whole, latest=session)
    return scores
