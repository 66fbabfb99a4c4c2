"""Scheduling cards: one per profile and question, moved on inside each answer's transaction, and the queues."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from trainer.store.codec import iso_utc
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
            times = self._answer_times([(r[6], r[5]) for r in rows])
            return [PastAnswer(bool(r[0]), r[1], bool(r[2]), self._number(r[3], f"the answering time of answer {r[6]}"),
                               r[4], at) for r, at in zip(rows, times)]

        # A damaged card is rebuilt from the question's answers (the scheduler replays them): the answer is saved.
        previous = self._card_row(row, key) if row else None
        if previous is not None:
            try:
                json.loads(previous.card_json)
            except (ValueError, TypeError) as error:
                self._note_damage(_card_what(key), error, _CARD_KEPT)
        card = card_update(previous, history)
        conn.execute(
            "INSERT OR REPLACE INTO cards (profile, deck_id, question_id, due, last_review, reps, lapses, card_json,"
            " fsrs_version, last_right) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*key, iso_utc(card.due), iso_utc(card.last_review) if card.last_review else None, card.reps, card.lapses,
             card.card_json, card.fsrs_version, int(card.last_right)),
        )

    def card(self, profile: str, deck_id: str, question_id: str) -> CardRow | None:
        rows = self._read(f"{_CARD_SELECT} WHERE profile = ? AND deck_id = ? AND question_id = ?",
                          (profile, deck_id, question_id))
        return self._card_row(rows[0], (profile, deck_id, question_id)) if rows else None

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

    def _card_row(self, row: tuple, key: tuple[str, str, str]) -> CardRow | None:
        """A stored card; None (as if it had none, and a note in :attr:`damage`) when its times are damaged."""
        what = _card_what(key)
        due = self._time(row[0], what, _CARD_KEPT)
        last_review = self._time(row[1], what, _CARD_KEPT) if due is not None else None
        if due is None or (last_review is None and row[1] is not None):
            return None
        return CardRow(due=due, last_review=last_review, reps=row[2], lapses=row[3], card_json=row[4],
                       fsrs_version=row[5], last_right=bool(row[6]))


def _card_what(key: tuple[str, str, str]) -> str:
    return f"the review schedule of question '{key[2]}' of deck '{key[1]}' (profile '{key[0]}')"


#: What is done about a card found damaged (one wording, so that it is named once).
_CARD_KEPT = "it is rebuilt from your answers to that question the next time you answer it"
_CARD_SELECT = "SELECT due, last_review, reps, lapses, card_json, fsrs_version, last_right FROM cards"


_HISTORY_SQL = """
SELECT a.correct, a.score, a.skipped, a.elapsed_ms, a.qtype, a.answered_at, a.id
FROM answers a JOIN sessions s ON s.id = a.session_id
WHERE a.deck_id = ? AND a.question_id = ? AND s.profile = ?
ORDER BY a.answered_at, a.id
"""
