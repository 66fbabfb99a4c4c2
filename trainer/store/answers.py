"""Answers: each committed as it is given (with its card), an exam's submission, and an exam's saved responses.

Each answer is committed as it is given, so quitting, a crash or a killed terminal loses nothing
already answered.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

from trainer.store.cards import CardTable
from trainer.store.codec import UNKNOWN_TIME, decode_response, encode_response, iso_utc, parse_time
from trainer.store.errors import StoreError
from trainer.store.records import AnswerRecord, CardUpdate, NewAnswer


class AnswerTable(CardTable):
    """The store's answers and exam responses (see :class:`~trainer.store.Store`)."""

    def add_answer(self, session_id: int, answer: NewAnswer, *, card_update: CardUpdate | None = None) -> int:
        """Commit one answer to an active session (and its card, when ``card_update`` is given)."""
        encoded = _encode(answer)
        with self._write() as conn:
            profile = self._active_profile(conn, session_id)
            answer_id = self._insert_answer(conn, session_id, answer, encoded)
            if card_update is not None:
                self._update_card(conn, profile, answer.deck_id, answer.question_id, card_update)
            return answer_id

    def record_answer(
        self,
        session_id: int,
        *,
        deck_id: str,
        question_id: str,
        qtype: str,
        response: object,
        response_text: str,
        correct: bool,
        score: float,
        skipped: bool,
        elapsed_ms: int,
        now: dt.datetime,
        card_update: CardUpdate | None = None,
    ) -> int:
        """:meth:`add_answer` with the answer's fields spelled out (for tests and scripts; sessions pass a record)."""
        answer = NewAnswer(deck_id, question_id, qtype, response, response_text, correct, score, skipped,
                           elapsed_ms, now)
        return self.add_answer(session_id, answer, card_update=card_update)

    def submit_answers(
        self,
        session_id: int,
        answers: list[NewAnswer],
        *,
        now: dt.datetime,
        card_update: Callable[[NewAnswer], CardUpdate] | None = None,
    ) -> None:
        """Store many answers, update their cards and complete the session, all in one transaction.

        This is an exam's submission: its saved responses are dropped once they are answers.
        """
        encoded = [_encode(answer) for answer in answers]
        with self._write() as conn:
            profile = self._active_profile(conn, session_id)
            for answer, text in zip(answers, encoded):
                self._insert_answer(conn, session_id, answer, text)
                if card_update is not None:
                    self._update_card(conn, profile, answer.deck_id, answer.question_id, card_update(answer))
            conn.execute("DELETE FROM exam_responses WHERE session_id = ?", (session_id,))
            conn.execute("UPDATE sessions SET status = 'completed', ended_at = ? WHERE id = ?",
                         (iso_utc(now), session_id))

    def restore_answers(
        self,
        session_id: int,
        answers: list[NewAnswer],
        *,
        card_update: Callable[[NewAnswer], CardUpdate] | None = None,
        complete_at: dt.datetime | None = None,
    ) -> int:
        """Store answers kept in a recovery file while the database could not be written; returns how many were new.

        Unlike :meth:`add_answer` the session may have ended meanwhile (the answers were given while it ran);
        an answer already stored (the same question in the session) is left as it is, so restoring twice
        changes nothing. ``complete_at`` completes a session still open (an exam's submission), dropping
        its saved responses.
        """
        encoded = [_encode(answer) for answer in answers]
        with self._write() as conn:
            row = conn.execute("SELECT status, profile FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise StoreError(f"there is no session {session_id} in {self.path}")
            status, profile = row
            done = {tuple(r) for r in conn.execute(
                "SELECT deck_id, question_id FROM answers WHERE session_id = ?", (session_id,))}
            new = 0
            for answer, text in zip(answers, encoded):
                if (answer.deck_id, answer.question_id) in done:
                    continue
                self._insert_answer(conn, session_id, answer, text)
                done.add((answer.deck_id, answer.question_id))
                new += 1
                if card_update is not None:
                    self._update_card(conn, str(profile), answer.deck_id, answer.question_id, card_update(answer))
            if complete_at is not None and status in ("active", "interrupted"):
                conn.execute("DELETE FROM exam_responses WHERE session_id = ?", (session_id,))
                conn.execute("UPDATE sessions SET status = 'completed', ended_at = ? WHERE id = ?",
                             (iso_utc(complete_at), session_id))
            return new

    def _active_profile(self, conn: sqlite3.Connection, session_id: int) -> str:
        row = conn.execute("SELECT status, profile FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise StoreError(f"there is no session {session_id} in {self.path}")
        if row[0] != "active":
            raise StoreError(f"session {session_id} is {row[0]}; it takes no more answers")
        return str(row[1])

    def _insert_answer(self, conn: sqlite3.Connection, session_id: int, answer: NewAnswer, encoded: str) -> int:
        try:
            cursor = conn.execute(
                "INSERT INTO answers (session_id, deck_id, question_id, qtype, response, response_text,"
                " correct, score, skipped, elapsed_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, answer.deck_id, answer.question_id, answer.qtype, encoded, answer.response_text,
                 int(bool(answer.correct)), float(answer.score), int(bool(answer.skipped)),
                 max(0, int(answer.elapsed_ms)), iso_utc(answer.now)),
            )
        except sqlite3.IntegrityError:
            raise StoreError(
                f"question '{answer.question_id}' of deck '{answer.deck_id}' is already answered"
                f" in session {session_id}"
            ) from None
        conn.execute(
            "UPDATE sessions SET answered = answered + 1, correct = correct + ?, skipped = skipped + ?,"
            " score = score + ?, last_answer_at = max(coalesce(last_answer_at, ''), ?) WHERE id = ?",
            (int(bool(answer.correct)), int(bool(answer.skipped)), float(answer.score), iso_utc(answer.now),
             session_id),
        )
        return int(cursor.lastrowid)

    def save_exam_response(self, session_id: int, *, deck_id: str, question_id: str, response: object,
                           elapsed_ms: int, now: dt.datetime) -> None:
        """Keep an exam's (ungraded) response as soon as it is given or changed; ``None`` clears it."""
        encoded = None if response is None else encode_response(response)
        with self._write() as conn:
            self._active_profile(conn, session_id)
            if encoded is None:
                conn.execute("DELETE FROM exam_responses WHERE session_id = ? AND deck_id = ? AND question_id = ?",
                             (session_id, deck_id, question_id))
                return
            conn.execute(
                "INSERT INTO exam_responses (session_id, deck_id, question_id, response, elapsed_ms, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, deck_id, question_id) DO UPDATE SET"
                " response = excluded.response, elapsed_ms = excluded.elapsed_ms, updated_at = excluded.updated_at",
                (session_id, deck_id, question_id, encoded, max(0, int(elapsed_ms)), iso_utc(now)),
            )

    def restore_exam_response(self, session_id: int, *, deck_id: str, question_id: str, response: object,
                              elapsed_ms: int, now: dt.datetime) -> bool:
        """An exam response kept in a recovery file, saved if its exam is still open and it is not older than the
        one stored; ``None`` clears it. Returns whether it changed anything."""
        encoded = None if response is None else encode_response(response)
        with self._write() as conn:
            row = conn.execute("SELECT status FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None or row[0] not in ("active", "interrupted"):
                return False
            stored = conn.execute(
                "SELECT updated_at FROM exam_responses WHERE session_id = ? AND deck_id = ? AND question_id = ?",
                (session_id, deck_id, question_id)).fetchone()
            try:
                newer = stored is not None and (parse_time(stored[0]) or UNKNOWN_TIME) > now
            except ValueError:
                newer = False  # its time is damaged: the response kept since replaces it
            if newer:
                return False
            if encoded is None:
                conn.execute("DELETE FROM exam_responses WHERE session_id = ? AND deck_id = ? AND question_id = ?",
                             (session_id, deck_id, question_id))
            else:
                conn.execute(
                    "INSERT INTO exam_responses (session_id, deck_id, question_id, response, elapsed_ms, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, deck_id, question_id) DO UPDATE SET"
                    " response = excluded.response, elapsed_ms = excluded.elapsed_ms,"
                    " updated_at = excluded.updated_at",
                    (session_id, deck_id, question_id, encoded, max(0, int(elapsed_ms)), iso_utc(now)),
                )
            return True

    def exam_responses(self, session_id: int) -> dict[tuple[str, str], tuple[object, int]]:
        """An exam's saved responses: (deck id, question id) -> (response, elapsed ms)."""
        rows = self._read(
            "SELECT deck_id, question_id, response, elapsed_ms FROM exam_responses WHERE session_id = ?",
            (session_id,),
        )
        saved: dict[tuple[str, str], tuple[object, int]] = {}
        for deck_id, question_id, text, elapsed_ms in rows:
            try:
                saved[(deck_id, question_id)] = (decode_response(text), elapsed_ms)
            except (ValueError, TypeError) as error:
                self._note_damage(f"the saved exam response to question '{question_id}' of session {session_id}",
                                  error, "the question shows as not answered: answer it again")
        return saved

    def answers(self, session_id: int) -> list[AnswerRecord]:
        """A session's answers in the order they were given.

        An answer whose stored response is damaged (not JSON) keeps its grade and its text, with ``None``
        for the response, and is noted in :attr:`damage`: left out, it would be asked again on resuming
        and then refused as answered already. One whose time is damaged takes the time of the answer before it.
        """
        rows = self._read(
            "SELECT id, session_id, deck_id, question_id, qtype, response, response_text, correct, score,"
            " skipped, elapsed_ms, answered_at FROM answers WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        times = self._answer_times([(r[0], r[11]) for r in rows])
        return [
            AnswerRecord(
                id=r[0], session_id=r[1], deck_id=r[2], question_id=r[3], qtype=r[4],
                response=self._response(r[5], r[0]), response_text=r[6], correct=bool(r[7]), score=r[8],
                skipped=bool(r[9]), elapsed_ms=self._number(r[10], f"the answering time of answer {r[0]}"),
                answered_at=at,
            )
            for r, at in zip(rows, times)
        ]


def _encode(answer: NewAnswer) -> str:
    """Check an answer before any transaction starts, and return its response as JSON."""
    if not 0 <= answer.score <= 1:
        raise ValueError(f"an answer's score is between 0 and 1, got {answer.score}")
    return encode_response(answer.response)


