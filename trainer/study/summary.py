"""The end-of-session summary: score, time, breakdowns by question type and tag, and what was missed.

It is built the same way from a session just played (its outcomes in memory) or from the store's
records of an old one, so the summary screen and the history screen show the same figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.deck.model import QUESTION_TYPES, Deck

if TYPE_CHECKING:
    from trainer.store import AnswerRecord, SessionRecord
    from trainer.study.session import StudySession


@dataclass(frozen=True)
class Tally:
    """Answers in one group (a question type, a tag)."""

    answered: int = 0
    correct: int = 0
    score: float = 0.0

    @property
    def fraction(self) -> float:
        return self.score / self.answered if self.answered else 0.0

    def add(self, correct: bool, score: float) -> "Tally":
        return Tally(self.answered + 1, self.correct + int(correct), self.score + score)


@dataclass(frozen=True)
class Missed:
    """A question not fully right (wrong, partly right or skipped), to review or retry."""

    deck_id: str
    question_id: str
    qtype: str
    score: float
    skipped: bool
    response_text: str
    prompt: str | None
    right_answer: str | None


@dataclass(frozen=True)
class _Row:
    deck_id: str
    question_id: str
    qtype: str
    correct: bool
    score: float
    skipped: bool
    response_text: str
    elapsed_ms: int


@dataclass(frozen=True)
class Summary:
    session_id: int
    deck_id: str
    deck_title: str
    mode: str
    status: str
    total: int
    answered: int
    correct: int
    skipped: int
    score: float
    duration: dt.timedelta
    time_answering: dt.timedelta
    by_type: dict[str, Tally]
    by_tag: dict[str, Tally]
    missed: tuple[Missed, ...]

    @property
    def fraction(self) -> float:
        """Points over the planned number of questions: unanswered questions count as missed points."""
        return self.score / self.total if self.total else 0.0

    @property
    def unanswered(self) -> int:
        return self.total - self.answered

    @property
    def missed_ids(self) -> list[str]:
        """Ids to pass to ``StudySession.start(question_ids=...)`` for a retry, in the order asked."""
        return [missed.question_id for missed in self.missed]

    @property
    def missed_keys(self) -> list[tuple[str, str]]:
        """(deck id, question id) of the missed questions, for a retry across several decks."""
        return [(missed.deck_id, missed.question_id) for missed in self.missed]

    @classmethod
    def from_session(cls, session: "StudySession") -> "Summary":
        """Summarise a session just played, from its outcomes in memory."""
        rows = [
            _Row(o.deck_id, o.question.id, o.question.type, o.correct, o.score, o.skipped, o.response_text,
                 o.elapsed_ms)
            for o in session.outcomes
        ]
        end = session.ended_at or session.clock.now()
        decks = [deck for deck, _ in getattr(session, "items", [])] or [session.deck]
        return _build(
            rows, decks, session_id=session.session_id, deck_id=session.deck.deck,
            deck_title=session.deck.title, mode=session.mode, status=session.status, total=session.total,
            duration=end - session.started_at,
        )

    @classmethod
    def from_records(
        cls, record: "SessionRecord", answers: Iterable["AnswerRecord"], deck: Deck | Iterable[Deck] | None = None
    ) -> "Summary":
        """Summarise a stored session. Tags, prompts and right answers need the deck(s); without them they are
        left out. Answers to questions dropped from the plan (deleted from their deck before the session was
        resumed) are left out too, as they are from the session's stored totals."""
        planned = set(record.items) or {(record.deck_id, question_id) for question_id in record.question_ids}
        answers = [a for a in answers if not planned or (a.deck_id, a.question_id) in planned]
        rows = [
            _Row(a.deck_id, a.question_id, a.qtype, a.correct, a.score, a.skipped, a.response_text, a.elapsed_ms)
            for a in answers
        ]
        end = record.ended_at or (answers[-1].answered_at if answers else record.started_at)
        decks = [] if deck is None else [deck] if isinstance(deck, Deck) else list(deck)
        return _build(
            rows, decks, session_id=record.id, deck_id=record.deck_id, deck_title=record.deck_title,
            mode=record.mode, status=record.status, total=record.total, duration=end - record.started_at,
        )


def _type_order(qtype: str) -> int:
    return QUESTION_TYPES.index(qtype) if qtype in QUESTION_TYPES else len(QUESTION_TYPES)


def _build(
    rows: list[_Row],
    decks: Iterable[Deck],
    *,
    session_id: int,
    deck_id: str,
    deck_title: str,
    mode: str,
    status: str,
    total: int,
    duration: dt.timedelta,
) -> Summary:
    from trainer.deck.grading import format_answer  # deck-dependent text only; keeps this module light

    by_type: dict[str, Tally] = {}
    by_tag: dict[str, Tally] = {}
    missed: list[Missed] = []
    by_id: dict[str, Deck] = {}
    for deck in decks:
        by_id.setdefault(deck.deck, deck)
    for row in rows:
        by_type[row.qtype] = by_type.get(row.qtype, Tally()).add(row.correct, row.score)
        deck = by_id.get(row.deck_id)
        question = deck.question(row.question_id) if deck is not None else None
        for tag in question.tags if question is not None else ():
            by_tag[tag] = by_tag.get(tag, Tally()).add(row.correct, row.score)
        if not row.correct or row.score < 1:
            missed.append(
                Missed(
                    deck_id=row.deck_id, question_id=row.question_id, qtype=row.qtype, score=row.score, skipped=row.skipped,
                    response_text=row.response_text,
                    prompt=question.question_text() if question is not None else None,
                    right_answer=format_answer(question) if question is not None else None,  # type: ignore[arg-type]
                )
            )
    return Summary(
        session_id=session_id,
        deck_id=deck_id,
        deck_title=deck_title,
        mode=mode,
        status=status,
        total=total,
        duration=duration,
        answered=len(rows),
        correct=sum(1 for row in rows if row.correct),
        skipped=sum(1 for row in rows if row.skipped),
        score=sum(row.score for row in rows),
        time_answering=dt.timedelta(milliseconds=sum(row.elapsed_ms for row in rows)),
        by_type=dict(sorted(by_type.items(), key=lambda item: _type_order(item[0]))),
        by_tag=dict(sorted(by_tag.items())),
        missed=tuple(missed),
    )
