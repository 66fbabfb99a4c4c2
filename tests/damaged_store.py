"""A real score database with something of every kind the store reads, and the ways each of its text columns can be
found damaged (what a failing disk, a half-synced copy or another program editing the file leaves behind).

Shared by the store's, the commands' and the app's tests of damaged columns: each damages one column of one row of
a real SQLite file, then reads it through the real command or screen.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import yaml

from trainer.store import MULTI_DECK, NewAnswer, Store
from trainer.study.scheduler import card_update

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "tests" / "data" / "small"
PROFILE = "tester"
T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Filled:
    """Ids of what :func:`fill` stored."""

    completed: int  # a whole-deck practice, every question answered (the second one wrong)
    interrupted: int  # a practice left after two answers (Continue offers it)
    exam: int  # an exam with two saved responses, not submitted (Continue offers it)
    multi: int  # a review over several decks' questions (deck_ids stored), left after one answer
    question_ids: tuple[str, ...]


def small_deck() -> dict:
    return yaml.safe_load((SMALL / "deck.yaml").read_text(encoding="utf-8"))


def fill(store: Store, now: dt.datetime = T0) -> Filled:
    """Sessions of every kind on the small test deck, with answers, cards and an exam's saved responses."""
    deck = small_deck()
    deck_id, title, questions = deck["deck"], deck["title"], deck["questions"]
    ids = tuple(q["id"] for q in questions)

    def answer(session: int, q: dict, at: dt.datetime, right: bool) -> None:
        given = NewAnswer(deck_id, q["id"], q["type"], "x", "x", right, 1.0 if right else 0.0, False, 4000, at)
        store.add_answer(session, given, card_update=card_update(PROFILE, given))

    completed = store.start_session(deck_id=deck_id, deck_title=title, mode="practice", seed=1, question_ids=list(ids),
                                    profile=PROFILE, now=now)
    for n, q in enumerate(questions):
        answer(completed, q, now + dt.timedelta(minutes=1 + n), n != 1)
    store.finish_session(completed, status="completed", now=now + dt.timedelta(minutes=20))

    later = now + dt.timedelta(days=1)
    interrupted = store.start_session(deck_id=deck_id, deck_title=title, mode="practice", seed=2,
                                      question_ids=list(ids), profile=PROFILE, now=later)
    for n, q in enumerate(questions[:2]):
        answer(interrupted, q, later + dt.timedelta(minutes=1 + n), n == 0)
    store.finish_session(interrupted, status="interrupted", now=later + dt.timedelta(minutes=5))

    exam = store.start_session(deck_id=deck_id, deck_title=title, mode="exam", seed=3, question_ids=list(ids[:4]),
                               profile=PROFILE, now=later + dt.timedelta(hours=1))
    for q in questions[:2]:
        store.save_exam_response(exam, deck_id=deck_id, question_id=q["id"], response="Geneva", elapsed_ms=700,
                                 now=later + dt.timedelta(hours=1, minutes=1))

    multi = store.start_session(deck_id=MULTI_DECK, deck_title="Review", mode="review", seed=4,
                                question_ids=list(ids[2:5]), deck_ids=[deck_id] * 3, profile=PROFILE,
                                now=later + dt.timedelta(hours=2))
    answer(multi, questions[2], later + dt.timedelta(hours=2, minutes=1), True)
    store.finish_session(multi, status="interrupted", now=later + dt.timedelta(hours=2, minutes=3))
    return Filled(completed, interrupted, exam, multi, ids)


@dataclass(frozen=True)
class Damage:
    """One damaged cell: ``table``.``column`` of the rows ``where`` picks (given :class:`Filled`), set to ``value``.

    ``note`` is what the store must say about it (formatted with the Filled fields, ``path`` and ``rowid``, the
    damaged row's).
    ``session`` names the Filled session it belongs to, when Continue or the history shows it.
    """

    name: str
    table: str
    column: str
    where: str  # an SQL condition, formatted with the Filled record's fields
    value: object  # bound as it is: text, or bytes (stored as TEXT that is not UTF-8)
    note: str
    session: str | None = None

    def apply(self, path: Path, filled: Filled) -> str:
        """Damage the file; the note the store must give about it."""
        condition = self.where.format(**filled.__dict__)
        value = "CAST(? AS TEXT)" if isinstance(self.value, bytes) else "?"
        conn = sqlite3.connect(path)
        try:
            with conn:
                rows = conn.execute(f"UPDATE {self.table} SET {self.column} = {value} WHERE {condition} "
                                    "RETURNING rowid", (self.value,)).fetchall()
        finally:
            conn.close()
        assert rows, f"{self.name}: no row matched {condition}"
        return self.note.format(**filled.__dict__, path=path, rowid=rows[0][0]) + f" in {path} is damaged"


_CARD = "the review schedule of question '{q}' of deck 'small' (profile 'tester')"

#: Every text column the store parses (JSON lists, times, scheduler cards), and numbers another program left as
#: text, damaged in a row the screens and commands read. Cut-off text is what a torn write leaves; bytes that are not UTF-8, a failing disk; a number or
#: nonsense, another program writing the file.
DAMAGES = [
    Damage("plan", "sessions", "question_ids", "id = {interrupted}", '["who-security", "whe',
           "the list of questions planned in session {interrupted}", "interrupted"),
    Damage("plan-completed", "sessions", "question_ids", "id = {completed}", b"[\"who\xff\xfe",
           "the list of questions planned in session {completed}", "completed"),
    Damage("plan-exam", "sessions", "question_ids", "id = {exam}", "42",
           "the list of questions planned in session {exam}", "exam"),
    Damage("plan-decks", "sessions", "deck_ids", "id = {multi}", '["small", ',
           "the list of decks of the questions planned in session {multi}", "multi"),
    Damage("started", "sessions", "started_at", "id = {interrupted}", "2026-03-0\ufffdT10:00",
           "the start time of session {interrupted}", "interrupted"),
    Damage("started-completed", "sessions", "started_at", "id = {completed}", b"\xff\xfe2026",
           "the start time of session {completed}", "completed"),
    Damage("ended", "sessions", "ended_at", "id = {completed}", "yesterday",
           "the end time of session {completed}", "completed"),
    Damage("last-answer", "sessions", "last_answer_at", "id = {interrupted}", "2026-13-45T99:00:00",
           "the time of the last answer of session {interrupted}", "interrupted"),
    Damage("answered-at", "answers", "answered_at", "session_id = {completed} AND question_id = 'where'",
           "2026-03-01T0x:02:00", "the time of answer {rowid}", "completed"),
    Damage("answered-at-open", "answers", "answered_at", "session_id = {interrupted} AND question_id = 'where'",
           b"\x00\xff", "the time of answer {rowid}", "interrupted"),
    Damage("card-due", "cards", "due", "question_id = 'where'", "2026-03-05T1\ufffd:00", _CARD.format(q="where")),
    Damage("card-last-review", "cards", "last_review", "question_id = 'who-security'", "soon",
           _CARD.format(q="who-security")),
    Damage("card-json", "cards", "card_json", "question_id = 'offered'", '{"card_id": 1, "state": ',
           _CARD.format(q="offered")),
    Damage("total", "sessions", "total", "id = {completed}", "all of them",
           "the number of planned questions of session {completed}", "completed"),
    Damage("elapsed", "answers", "elapsed_ms", "session_id = {interrupted} AND question_id = 'where'", "fast",
           "the answering time of answer {rowid}", "interrupted"),
    Damage("response", "answers", "response", "session_id = {completed} AND question_id = 'where'", '["Gen',
           "the response of answer {rowid}", "completed"),
    Damage("exam-response", "exam_responses", "response", "session_id = {exam} AND question_id = 'where'", "{oops",
           "the saved exam response to question 'where' of session {exam}", "exam"),
]
