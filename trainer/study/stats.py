"""Statistics over the score store: scores over time, study days, due reviews, mastery and mistakes.

Plain functions over a :class:`~trainer.store.Store`, one profile at a time, for one deck or all.
The store does the counting, asked by name (its queries group in SQL); Python only joins the small
grouped results to the loaded decks, whose tags, types and prompts the store does not know. A
question no longer in the loaded decks is left out of the deck-based figures without an error, so
editing a deck never breaks the statistics.

Local days: the store keeps UTC. It groups times into 15-minute UTC buckets (every time zone in
use is a whole number of quarter hours from UTC) and each bucket is turned into a local date here,
so that an answer at 02:00 UTC counts for the evening before in New York.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from trainer.deck.model import AnyQuestion, Deck
from trainer.deck.types import QUESTION_TYPES, TYPES, type_of
from trainer.store import MULTI_DECK, Store
from trainer.study.clock import day_start, end_of_day, local_date

#: Question types whose wrong answers are one of a few options, so that "which wrong one" is telling
#: (for match: which wrong partner an item was given).
CONFUSION_TYPES = tuple(name for name, kind in TYPES.items() if kind.confusion)
#: How far back ``overview`` looks for a study streak.
STREAK_WINDOW_DAYS = 3660


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionPoint:
    """One completed session on the score chart. ``fraction`` is points over planned questions (0..1)."""

    started_at: dt.datetime
    deck_id: str
    fraction: float
    answered: int
    mode: str
    session_id: int = 0


@dataclass(frozen=True)
class Mastery:
    """Questions of a tag or type: how many were seen, and how the latest answer to each went.

    ``mean_score`` is the mean of the latest scores of the questions seen (None when none was seen).
    """

    seen: int
    right: int
    mean_score: float | None
    total: int

    @property
    def coverage(self) -> float:
        """Share of the questions answered at least once."""
        return self.seen / self.total if self.total else 0.0

    @property
    def mastered(self) -> float:
        """Share of all the questions whose latest answer was right."""
        return self.right / self.total if self.total else 0.0


@dataclass(frozen=True)
class MasteryReport:
    by_tag: dict[str, Mastery]
    by_type: dict[str, Mastery]


@dataclass(frozen=True)
class MissedStat:
    """A question answered wrongly (wrong, partly right or skipped) ``wrong`` times out of ``total``."""

    deck_id: str
    question: AnyQuestion
    wrong: int
    total: int
    last_wrong_at: dt.datetime


@dataclass(frozen=True)
class Confusion:
    """A wrong option picked ``count`` times instead of the ``right`` one."""

    deck_id: str
    question: AnyQuestion
    right: str
    picked: str
    count: int


@dataclass(frozen=True)
class DeckOverview:
    """One deck's line in ``trainer stats``. Scores are fractions of completed sessions."""

    deck_id: str
    title: str
    loaded: bool
    questions: int | None
    seen: int
    right: int
    sessions: int
    last_score: float | None
    best_score: float | None
    last_studied: dt.datetime | None
    due_today: int | None


@dataclass(frozen=True)
class Overview:
    """Totals for one profile. ``due_today`` is None when the profile has no review cards."""

    profile: str
    sessions: int
    completed: int
    answers: int
    correct: int
    streak: int
    study_days: int
    last_studied: dt.datetime | None
    due_today: int | None
    decks: tuple[DeckOverview, ...]

    @property
    def accuracy(self) -> float | None:
        """Share of answers fully right (skips count as wrong); None before the first answer."""
        return self.correct / self.answers if self.answers else None


# --- helpers -----------------------------------------------------------------------------------


def _question_index(decks: Iterable[Deck], deck_id: str | None) -> dict[tuple[str, str], AnyQuestion]:
    """(deck id, question id) -> question, for the decks asked about. The first deck with an id wins."""
    index: dict[tuple[str, str], AnyQuestion] = {}
    taken: set[str] = set()
    for deck in decks:
        if deck.deck in taken or (deck_id is not None and deck.deck != deck_id):
            continue
        taken.add(deck.deck)
        for question in deck.questions:
            index[(deck.deck, question.id)] = question
    return index


def has_cards_table(store: Store) -> bool:
    return store.has_cards_table()


# --- scores and days ---------------------------------------------------------------------------


def score_history(store: Store, profile: str, deck_id: str | None = None) -> list[SessionPoint]:
    """Completed sessions, oldest first, with their score: the points of a terminal chart.

    Read from the sessions' running totals. With ``deck_id``, sessions mixing several decks (whose
    score is not that deck's) are left out; without it they are included, with deck id ``'*'``.
    """
    rows = store.completed_sessions(profile, deck_id)
    return [
        SessionPoint(
            started_at=started,
            deck_id=deck, fraction=points / total if total else 0.0, answered=answered, mode=mode, session_id=sid,
        )
        for sid, started, deck, mode, total, answered, points in rows
    ]


def study_days(
    store: Store,
    profile: str,
    deck_id: str | None = None,
    tz: dt.tzinfo | None = None,
    days: int = 365,
    *,
    now: dt.datetime | None = None,
) -> dict[dt.date, int]:
    """Answers given on each local day of the last ``days`` days (today included), oldest first.

    Days without answers are absent. ``now`` defaults to the current time (tests pass their own).
    """
    now = now or dt.datetime.now(dt.UTC)
    today = local_date(now, tz)
    first = today - dt.timedelta(days=max(days, 1) - 1)
    rows = store.answers_per_quarter_hour(profile, deck_id, day_start(first, tz))
    counts: dict[dt.date, int] = {}
    for bucket, count in rows:
        day = local_date(bucket, tz)
        if first <= day <= today:
            counts[day] = counts.get(day, 0) + count
    return dict(sorted(counts.items()))


def streak(days_studied: Iterable[dt.date], today: dt.date) -> int:
    """Consecutive study days up to today; a streak not yet extended today still counts from yesterday."""
    studied = set(days_studied)
    day = today if today in studied else today - dt.timedelta(days=1)
    count = 0
    while day in studied:
        count += 1
        day -= dt.timedelta(days=1)
    return count


def due_forecast(
    store: Store,
    profile: str,
    deck_ids: Iterable[str] | None = None,
    *,
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
    days: int = 14,
) -> list[tuple[dt.date, int]]:
    """Review cards due on each local day from today for ``days`` days; overdue cards count today.

    Every day is listed, with 0 when nothing is due (and all zeros before the cards table exists).
    """
    today = local_date(now, tz)
    dates = [today + dt.timedelta(days=offset) for offset in range(max(days, 1))]
    counts = dict.fromkeys(dates, 0)
    if not has_cards_table(store):
        return list(counts.items())
    start = day_start(today, tz)
    end = day_start(dates[-1] + dt.timedelta(days=1), tz)
    overdue, rows = store.cards_due(profile, deck_ids, start, end)
    counts[today] += overdue
    for bucket, count in rows:
        day = local_date(bucket, tz)
        if day in counts:
            counts[day] += count
    return list(counts.items())


# --- questions: mastery, mistakes, confusions ---------------------------------------------------


def _latest_answers(store: Store, profile: str, deck_id: str | None) -> list[tuple[str, str, int, float]]:
    """(deck id, question id, correct, score) of the latest answer to each question the profile answered."""
    return store.latest_answers(profile, deck_id)


class _Tally:
    __slots__ = ("seen", "right", "score", "total")

    def __init__(self) -> None:
        self.seen = self.right = self.total = 0
        self.score = 0.0

    def freeze(self) -> Mastery:
        return Mastery(self.seen, self.right, self.score / self.seen if self.seen else None, self.total)


def mastery(store: Store, decks: Iterable[Deck], profile: str, deck_id: str | None = None) -> MasteryReport:
    """By tag and by question type: questions seen, latest answer right, mean latest score, total."""
    index = _question_index(decks, deck_id)
    latest = {(deck, qid): (correct, score) for deck, qid, correct, score in _latest_answers(store, profile, deck_id)}
    tags: dict[str, _Tally] = {}
    types: dict[str, _Tally] = {}
    for key, question in index.items():
        groups = [tags.setdefault(tag, _Tally()) for tag in dict.fromkeys(question.tags)]
        groups.append(types.setdefault(question.type, _Tally()))
        answer = latest.get(key)
        for tally in groups:
            tally.total += 1
            if answer is not None:
                tally.seen += 1
                tally.right += int(answer[0])
                tally.score += answer[1]
    return MasteryReport(
        by_tag={tag: tally.freeze() for tag, tally in sorted(tags.items())},
        by_type={kind: types[kind].freeze() for kind in QUESTION_TYPES if kind in types},
    )


def most_missed(
    store: Store, decks: Iterable[Deck], profile: str, deck_id: str | None = None, limit: int = 10
) -> list[MissedStat]:
    """Questions most often not fully right (skips and partial credit count), worst first.

    Ties go to the higher share of wrong answers, then to the more recent mistake.
    """
    index = _question_index(decks, deck_id)
    rows = store.missed_questions(profile, deck_id)
    found = [
        MissedStat(deck, index[(deck, qid)], wrong, total, last)
        for deck, qid, wrong, total, last in rows
        if (deck, qid) in index
    ]
    found.sort(key=lambda stat: stat.last_wrong_at, reverse=True)
    found.sort(key=lambda stat: (-stat.wrong, -stat.wrong / stat.total))
    return found[: max(limit, 0)]


def confusion(
    store: Store, decks: Iterable[Deck], profile: str, deck_id: str | None = None
) -> list[Confusion]:
    """Which wrong option was picked instead of the right one, and how often; most frequent first.

    For choice, who_said, true_false and match questions; skipped answers picked nothing and are left out.
    A stored pick that is right by the deck as it is now (the deck was corrected) is not a confusion.
    """
    index = _question_index(decks, deck_id)
    rows = store.wrong_picks(profile, deck_id, CONFUSION_TYPES)
    counts: dict[tuple[str, str, str, str], int] = {}
    for deck, qid, response, count in rows:
        question = index.get((deck, qid))
        if question is None or question.type not in CONFUSION_TYPES:
            continue
        for right, picked in type_of(question).wrong_picks(question, response):
            counts[(deck, qid, right, picked)] = counts.get((deck, qid, right, picked), 0) + count
    found = [
        Confusion(deck, index[(deck, qid)], right, picked, count)
        for (deck, qid, right, picked), count in counts.items()
    ]
    found.sort(key=lambda item: (-item.count, item.deck_id, item.question.id, item.picked))
    return found


# --- overview ----------------------------------------------------------------------------------


def _due_today_by_deck(store: Store, profile: str, now: dt.datetime, tz: dt.tzinfo | None) -> dict[str, int] | None:
    """Cards due by the end of today (overdue included) per deck; None when the profile has no cards."""
    if not store.has_cards(profile):
        return None
    return dict(Counter(deck for deck, _question in store.due_questions(profile, end_of_day(now, tz))))


def overview(
    store: Store,
    decks: Iterable[Deck],
    profile: str,
    now: dt.datetime,
    *,
    deck_id: str | None = None,
    tz: dt.tzinfo | None = None,
) -> Overview:
    """Totals for ``trainer stats``: sessions, answers, accuracy, streak, and a line per deck.

    Decks listed: every loaded deck and every deck with stored answers (a deck file removed since
    still shows its scores, under the title it had). Sessions mixing decks count in the totals and
    in each deck's questions seen, not in a deck's last and best scores.
    """
    decks = list(decks)
    sessions, answers, correct, last = store.answer_totals(profile, deck_id)
    stored = store.session_titles(profile, deck_id)
    stored_titles = {deck: title for deck, title, _status in stored if deck != MULTI_DECK}  # the latest wins
    completed = sum(1 for _deck, _title, status in stored if status == "completed")
    days = study_days(store, profile, deck_id, tz, STREAK_WINDOW_DAYS, now=now)
    due = _due_today_by_deck(store, profile, now, tz)

    seen: dict[str, list[int]] = {}
    answered_decks: set[str] = set()
    index = _question_index(decks, deck_id)
    for deck, qid, right, _score in _latest_answers(store, profile, deck_id):
        answered_decks.add(deck)
        if (deck, qid) in index:
            tally = seen.setdefault(deck, [0, 0])
            tally[0] += 1
            tally[1] += int(right)
    loaded = {}
    for deck in decks:
        if deck_id is None or deck.deck == deck_id:
            loaded.setdefault(deck.deck, deck)
    per_deck = store.deck_stats(profile)
    lines = []
    for name in sorted(set(loaded) | set(stored_titles) | answered_decks):
        stats = per_deck.get(name)
        deck = loaded.get(name)
        lines.append(
            DeckOverview(
                deck_id=name,
                title=deck.title if deck is not None else stored_titles.get(name, name),
                loaded=deck is not None,
                questions=len(deck.questions) if deck is not None else None,
                seen=seen.get(name, [0, 0])[0],
                right=seen.get(name, [0, 0])[1],
                sessions=stats.sessions if stats else 0,
                last_score=stats.last_score if stats else None,
                best_score=stats.best_score if stats else None,
                last_studied=stats.last_studied if stats else None,
                due_today=None if due is None else due.get(name, 0),
            )
        )
    due_total = None if due is None else due.get(deck_id, 0) if deck_id is not None else sum(due.values())
    return Overview(
        profile=profile,
        sessions=sessions,
        completed=completed,
        answers=answers,
        correct=correct,
        streak=streak(days, local_date(now, tz)),
        study_days=len(days),
        last_studied=last,
        due_today=due_total,
        decks=tuple(lines),
    )


def profiles(store: Store) -> list[str]:
    """Profiles with sessions in the store, for a hint when the one asked for has none."""
    return store.profiles()
