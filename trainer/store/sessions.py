"""Sessions: starting, finishing, resuming and giving up a session, and reading them back."""

from __future__ import annotations

import datetime as dt
import sqlite3

from trainer.store.codec import decode_ids, encode_ids, iso_utc
from trainer.store.connection import Database
from trainer.store.errors import StoreError
from trainer.store.records import MODES, RESUMABLE, SessionRecord


class SessionTable(Database):
    """The store's sessions (see :class:`~trainer.store.Store`)."""

    def start_session(
        self,
        *,
        deck_id: str,
        deck_title: str,
        mode: str,
        seed: int,
        question_ids: list[str],
        profile: str,
        now: dt.datetime,
        deck_ids: list[str] | None = None,
        time_limit: float | None = None,
    ) -> int:
        """Record a new active session and return its id.

        ``deck_ids`` gives the deck of each question when they come from several decks (then pass
        ``deck_id=MULTI_DECK``); ``time_limit`` is an exam's allowed time in seconds.
        """
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        if deck_ids is not None and len(deck_ids) != len(question_ids):
            raise ValueError("deck_ids must give one deck per question")
        if time_limit is not None and not time_limit > 0:
            raise ValueError(f"a time limit is a positive number of seconds, got {time_limit}")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (profile, deck_id, deck_title, mode, seed, question_ids, deck_ids, started_at,"
                " status, total, time_limit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)",
                (profile, deck_id, deck_title, mode, seed, encode_ids(question_ids),
                 encode_ids(deck_ids) if deck_ids is not None else None, iso_utc(now), len(question_ids),
                 time_limit),
            )
            return int(cursor.lastrowid)

    def finish_session(self, session_id: int, *, status: str, now: dt.datetime) -> None:
        """Close a session as 'completed', 'abandoned' or 'interrupted' (resumable); its answers stay."""
        if status not in ("completed", "abandoned", "interrupted"):
            raise ValueError(f"a session finishes 'completed', 'abandoned' or 'interrupted', not {status!r}")
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?", (status, iso_utc(now), session_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"there is no session {session_id} in {self.path}")

    def reopen_session(self, session_id: int, keep: list[tuple[str, str]] | None = None) -> None:
        """Make an active or interrupted session active again, to resume it.

        ``keep`` lists the (deck id, question id) pairs the resumed session still asks, when some
        planned questions were deleted from their decks meanwhile. The plan, ``total`` and the
        running totals (answers to dropped questions no longer count, though they stay stored for
        the cards' history) are narrowed in the same write, so the stored score is over the
        questions the student was actually scored on.
        """
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET status = 'active', ended_at = NULL WHERE id = ? AND status IN (?, ?)",
                (session_id, *RESUMABLE),
            )
            if cursor.rowcount == 0:
                raise StoreError(f"session {session_id} cannot be resumed: it is finished or does not exist")
            if keep is not None:
                self._narrow_plan(conn, session_id, keep)

    def _narrow_plan(self, conn: sqlite3.Connection, session_id: int, keep: list[tuple[str, str]]) -> None:
        """Store ``keep`` (a part of the session's plan, in order) as its plan and recount its answers.

        A stored plan found damaged is replaced by ``keep`` (what :meth:`session` rebuilt from its answers).
        """
        deck_id, question_json, deck_json = conn.execute(
            "SELECT deck_id, question_ids, deck_ids FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        try:
            question_ids = decode_ids(question_json)
            deck_ids = decode_ids(deck_json) if deck_json else (deck_id,) * len(question_ids)
            planned: list[tuple[str, str]] | None = list(zip(deck_ids, question_ids, strict=True))
        except ValueError:
            planned = None  # damaged: written anew below
        if not keep or (planned is not None and not set(keep) <= set(planned)):
            raise ValueError(f"a resumed session keeps some of its planned questions, not {keep!r}")
        if keep == planned:
            return
        kept = set(keep)
        rows = conn.execute(
            "SELECT deck_id, question_id, correct, skipped, score FROM answers WHERE session_id = ?", (session_id,)
        ).fetchall()
        counted = [r for r in rows if (r[0], r[1]) in kept]
        several = bool(deck_json) or len({d for d, _ in keep}) > 1 or keep[0][0] != deck_id
        conn.execute(
            "UPDATE sessions SET question_ids = ?, deck_ids = ?, total = ?, answered = ?, correct = ?, skipped = ?,"
            " score = ? WHERE id = ?",
            (encode_ids([q for _, q in keep]), encode_ids([d for d, _ in keep]) if several else None, len(keep),
             len(counted), sum(r[2] for r in counted), sum(r[3] for r in counted),
             float(sum(r[4] for r in counted)), session_id),
        )

    def discard_session(self, session_id: int, now: dt.datetime | None = None) -> None:
        """Give up a resumable session: it becomes 'abandoned', stays in the history, is never offered again.

        Finished sessions are left as they are.
        """
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET status = 'abandoned', ended_at = coalesce(ended_at, ?, last_answer_at,"
                " started_at) WHERE id = ? AND status IN (?, ?)",
                (iso_utc(now) if now else None, session_id, *RESUMABLE),
            )

    def resumable_sessions(self, profile: str) -> list[SessionRecord]:
        """The profile's sessions that can be resumed, newest first.

        Sessions with nothing to keep (no answer, no saved exam response) are not offered.
        """
        rows = self._read(
            f"{_SESSION_SELECT}, (SELECT count(*) FROM exam_responses e WHERE e.session_id = s.id) AS pending"
            # the statuses are literals so that the partial index sessions_resumable applies
            " FROM sessions s WHERE s.profile = ? AND s.status IN ('active', 'interrupted')"
            " AND (s.answered > 0 OR pending > 0) ORDER BY s.started_at DESC, s.id DESC",
            (profile,),
        )
        return [self._session_record(row) for row in rows]

    def session(self, session_id: int) -> SessionRecord:
        rows = self._read(f"{_SESSION_SELECT}, 0 FROM sessions s WHERE s.id = ?", (session_id,))
        if not rows:
            raise StoreError(f"there is no session {session_id} in {self.path}")
        return self._session_record(rows[0])

    def sessions_for_deck(self, deck_id: str, profile: str | None = None, limit: int = 100) -> list[SessionRecord]:
        """A deck's sessions, newest first."""
        rows = self._read(
            f"{_SESSION_SELECT}, 0 FROM sessions s WHERE s.deck_id = :deck"
            " AND (:profile IS NULL OR s.profile = :profile) ORDER BY s.started_at DESC, s.id DESC LIMIT :limit",
            {"deck": deck_id, "profile": profile, "limit": limit},
        )
        return [self._session_record(row) for row in rows]

    def _session_record(self, row: tuple) -> SessionRecord:
        """A session row as a record; a damaged column is read around (each named in :attr:`damage`), never a crash.

        A damaged plan is rebuilt from the questions the session answered (or, for an exam, saved responses to):
        those stay the session's, and only the questions it had not asked yet are lost. A damaged time falls back
        to the nearest time the session still has.
        """
        sid, status = row[0], row[9]
        what = f"session {sid}"
        question_ids, deck_ids = self._plan(sid, row[2], row[6], row[15])
        total, answered, correct, skipped, score = self._session_counts(sid, *row[10:15])
        seed = self._number(row[5], f"the seed of {what}")
        time_limit = row[16] if row[16] is None or isinstance(row[16], (int, float)) else None
        if time_limit is None and row[16] is not None:
            self._note_damage(f"the time limit of {what}", repr(row[16]), "it is read as no time limit")
        started, ended, last_answer = self._session_times(sid, status, row[7], row[8], row[17])
        return SessionRecord(
            id=sid, profile=row[1], deck_id=row[2], deck_title=row[3], mode=row[4], seed=seed,
            question_ids=question_ids, started_at=started, ended_at=ended, status=status, total=total,
            answered=answered, correct=correct, skipped=skipped, score=score, deck_ids=deck_ids,
            time_limit=time_limit, last_answer_at=last_answer, responses=row[18],
        )

    def _plan(self, sid: int, deck_id: str, question_json: object, deck_json: object
              ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(question ids, deck ids) of a session's plan; rebuilt from what it answered when the stored one is damaged."""
        column = "questions planned"
        try:
            question_ids = decode_ids(question_json)
            column = "decks of the questions planned"
            deck_ids = decode_ids(deck_json) if deck_json else (deck_id,) * len(question_ids)
            if len(deck_ids) != len(question_ids):
                raise ValueError(f"{len(deck_ids)} decks for {len(question_ids)} questions")
            return question_ids, deck_ids
        except ValueError as error:
            items = self._asked(sid)
            self._note_damage(
                f"the list of {column} in session {sid}", error,
                f"the {len(items)} question(s) it answered are kept with their grades; those it had not asked yet "
                "are not known any more",
            )
            return tuple(q for _, q in items), tuple(d for d, _ in items)

    def _asked(self, sid: int) -> list[tuple[str, str]]:
        """(deck id, question id) a session answered, in order, then those it saved an exam response to."""
        items: list[tuple[str, str]] = []
        for deck_id, question_id in self._read(
            "SELECT deck_id, question_id FROM answers WHERE session_id = ?1 ORDER BY id", (sid,)
        ) + self._read("SELECT deck_id, question_id FROM exam_responses WHERE session_id = ?1 ORDER BY rowid", (sid,)):
            if (deck_id, question_id) not in items:
                items.append((deck_id, question_id))
        return items


_SESSION_SELECT = (
    "SELECT s.id, s.profile, s.deck_id, s.deck_title, s.mode, s.seed, s.question_ids, s.started_at, s.ended_at,"
    " s.status, s.total, s.answered, s.correct, s.skipped, s.score, s.deck_ids, s.time_limit, s.last_answer_at"
)
