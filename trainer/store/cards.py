"""Scheduling cards: one per profile and question, moved on inside each answer's transaction, and the queues."""

from __future__ import annotations

import datetime as dt
import sqlite3

from trainer.store.codec import iso_utc, parse_time
from trainer.store.connection import Database
from trainer.store.records import CardRow, CardUpdate, PastAnswer


class CardTable(Database):
    """The store's scheduling cards (see :class:`~trainer.store.Store`)."""

    def _update_card(self, conn: sqlite3.Connection, profile: str, deck_id: str, question_id: str,
                     card_update: CardUpdate) -> None:
        key = (profile, deck_id, question_id)
        row = conn.execute(f"{_CARD_SELECT} WHERE profile = ? AND deck_id = ? AND question_id = ?", key).fetchone()

        def history() -> list[PastAnswer]:
            rows = conn.execute(_HISTORY_SQL, (deck_id, question_id, profile)).fetchall()
            return [PastAnswer(bool(r[0]), r[1], bool(r[2]), r[3], r[4], parse_time(r[5]))  # type: ignore[arg-type]
                    for r in rows]

        card = card_update(_card_row(row) if row else None, history)
        conn.execute(
            "INSERT OR REPLACE INTO cards (profile, deck_id, question_id, due, last_review, reps, lapses, card_json,"
            " fsrs_version, last_right) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*key, iso_utc(card.due), iso_utc(card.last_review) if card.last_review else None, card.reps, card.lapses,
             card.card_json, card.fsrs_version, int(card.last_right)),
        )

    def card(self, profile: str, deck_id: str, question_id: str) -> CardRow | None:
        rows = self._read(f"{_CARD_SELECT} WHERE profile = ? AND deck_id = ? AND question_id = ?",
                          (profile, deck_id, question_id))
        return _card_row(rows[0]) if rows else None

    # -- the queues: each reads the cards through an index, for one profile, never the answers ------

    def due_cards(self, profile: str, until: dt.datetime) -> list[tuple[str, str, str]]:
        """(deck id, question id, card JSON) of the profile's cards due before ``until``, soonest due first."""
        return self._read(  # type: ignore[return-value]
            "SELECT deck_id, question_id, card_json FROM cards WHERE profile = ? AND due < ? ORDER BY due",
            (profile, iso_utc(until)),
        )

    def due_questions(self, profile: str, until: dt.datetime) -> list[tuple[str, str]]:
        """(deck id, question id) of the profile's cards due before ``until``, in no order."""
        return self._read(  # type: ignore[return-value]
            "SELECT deck_id, question_id FROM cards WHERE profile = ? AND due < ?",
            (profile, iso_utc(until)),
        )

    def carded_questions(self, profile: str, deck_id: str) -> set[str]:
        """Ids of the deck's questions the profile has a card for (answered at least once)."""
        return {row[0] for row in self._read(
            "SELECT question_id FROM cards WHERE profile = ? AND deck_id = ?", (profile, deck_id))}

    def mistake_questions(self, profile: str) -> list[tuple[str, str]]:
        """(deck id, question id) of the profile's cards whose latest answer was not fully right, soonest due first."""
        return self._read(  # type: ignore[return-value]
            "SELECT deck_id, question_id FROM cards WHERE profile = ? AND last_right = 0 ORDER BY due", (profile,)
        )


_CARD_SELECT = "SELECT due, last_review, reps, lapses, card_json, fsrs_version, last_right FROM cards"


def _card_row(row: tuple) -> CardRow:
    return CardRow(due=parse_time(row[0]), last_review=parse_time(row[1]),  # type: ignore[arg-type]
                   reps=row[2], lapses=row[3],
                   card_json=row[4], fsrs_version=row[5], last_right=bool(row[6]))


_HISTORY_SQL = """
SELECT a.correct, a.score, a.skipped, a.elapsed_ms, a.qtype, a.answered_at
FROM answers a JOIN sessions s ON s.id = a.session_id
WHERE a.deck_id = ? AND a.question_id = ? AND s.profile = ?
ORDER BY a.answered_at, a.id
"""
