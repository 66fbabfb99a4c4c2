"""Statistics over the score store: scores over time, study days, due reviews, mastery and mistakes.

Plain functions over a :class:`~trainer.store.Store`, one profile at a time, for one deck or all.
SQL does the counting (GROUP BY on the indexed ``deck_id``/``session_id`` columns, profile through
the sessions join); Python only joins the small grouped results to the loaded decks, whose tags,
types and prompts the store does not know. A question no longer in the loaded decks is left out
of the deck-based figures without an error, so editing a deck never breaks the statistics.

Local days: the store keeps UTC. Times are grouped in SQL into 15-minute UTC buckets (every time
zone in use is a whole number of quarter hours from UTC) and each bucket is turned into a local
date in Python, so that an answer at 02:00 UTC counts for the evening before in New York.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from trainer.deck.grading import match_partners
from trainer.deck.model import QUESTION_TYPES, AnyQuestion, Deck, Match, TrueFalse
from trainer.deck.textmatch import same_name
from trainer.store import Store
from trainer.store.db import MULTI_DECK

#: Question types whose wrong answers are one of a few options, so that "which wrong one" is telling
#: (for match: which wrong partner an item was given).
CONFUSION_TYPES = ("choice", "who_said", "true_false", "match")
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


def _parse(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _store_iso(moment: dt.datetime) -> str:
    """The store's own timestamp form (fixed width, UTC), so that text comparison is time comparison."""
    if moment.tzinfo is None:
        raise ValueError(f"times must carry a time zone, got naive {moment!r}")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def local_date(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The calendar day of ``moment`` in ``tz`` (the system's local zone, with its DST rules, when None)."""
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def day_start(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """Midnight at the start of ``day`` in ``tz``, as an aware time."""
    if tz is not None:
        return dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return dt.datetime.combine(day, dt.time()).astimezone()


def _bucket_sql(column: str) -> str:
    """The UTC hour and quarter hour of an ISO column, as two result columns."""
    return f"substr({column}, 1, 13), CAST(substr({column}, 15, 2) AS INTEGER) / 15"


def _bucket_time(hour: str, quarter: int) -> dt.datetime:
    return dt.datetime(
        int(hour[0:4]), int(hour[5:7]), int(hour[8:10]), int(hour[11:13]), quarter * 15, tzinfo=dt.UTC
    )


def _answers_from(profile: str, deck_id: str | None) -> tuple[str, dict[str, str]]:
    """FROM and WHERE for a profile's answers, with the named parameters they need."""
    sql = " FROM answers a JOIN sessions s ON s.id = a.session_id WHERE s.profile = :profile"
    params = {"profile": profile}
    if deck_id is not None:
        sql += " AND a.deck_id = :deck"
        params["deck"] = deck_id
    return sql, params


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
    return bool(store.read("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cards'"))


# --- scores and days ---------------------------------------------------------------------------


def score_history(store: Store, profile: str, deck_id: str | None = None) -> list[SessionPoint]:
    """Completed sessions, oldest first, with their score: the points of a terminal chart.

    Read from the sessions' running totals. With ``deck_id``, sessions mixing several decks (whose
    score is not that deck's) are left out; without it they are included, with deck id ``'*'``.
    """
    sql = (
        "SELECT id, started_at, deck_id, mode, total, answered, score FROM sessions"
        " WHERE profile = :profile AND status = 'completed'"
    )
    params = {"profile": profile}
    if deck_id is not None:
        sql += " AND deck_id = :deck"
        params["deck"] = deck_id
    rows = store.read(sql + " ORDER BY started_at, id", params)
    return [
        SessionPoint(
            started_at=_parse(started),  # type: ignore[arg-type]
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
    from_sql, params = _answers_from(profile, deck_id)
    rows = store.read(
        f"SELECT {_bucket_sql('a.answered_at')}, count(*){from_sql} AND a.answered_at >= :since"
        " GROUP BY 1, 2",
        {**params, "since": _store_iso(day_start(first, tz))},
    )
    counts: dict[dt.date, int] = {}
    for hour, quarter, count in rows:
        day = local_date(_bucket_time(hour, quarter), tz)
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
    where = " FROM cards WHERE profile = :profile"
    params: dict[str, object] = {"profile": profile}
    if deck_ids is not None:
        wanted = sorted(set(deck_ids))
        if not wanted:
            return list(counts.items())
        names = [f"d{index}" for index in range(len(wanted))]
        where += f" AND deck_id IN ({', '.join(':' + name for name in names)})"
        params.update(zip(names, wanted))
    start = _store_iso(day_start(today, tz))
    end = _store_iso(day_start(dates[-1] + dt.timedelta(days=1), tz))
    overdue = store.read(f"SELECT count(*){where} AND due < :start", {**params, "start": start})
    counts[today] += overdue[0][0]
    rows = store.read(
        f"SELECT {_bucket_sql('due')}, count(*){where} AND due >= :start AND due < :end GROUP BY 1, 2",
        {**params, "start": start, "end": end},
    )
    for hour, quarter, count in rows:
        day = local_date(_bucket_time(hour, quarter), tz)
        if day in counts:
            counts[day] += count
    return list(counts.items())


# --- questions: mastery, mistakes, confusions ---------------------------------------------------


def _latest_answers(store: Store, profile: str, deck_id: str | None) -> list[tuple[str, str, int, float]]:
    """(deck id, question id, correct, score) of the latest answer to each question the profile answered."""
    from_sql, params = _answers_from(profile, deck_id)
    return store.read(
        "SELECT deck_id, question_id, correct, score FROM ("
        " SELECT a.deck_id, a.question_id, a.correct, a.score, row_number() OVER ("
        "  PARTITION BY a.deck_id, a.question_id ORDER BY a.answered_at DESC, a.id DESC) AS recency"
        f"{from_sql}) WHERE recency = 1",
        params,
    )


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
    from_sql, params = _answers_from(profile, deck_id)
    rows = store.read(
        "SELECT a.deck_id, a.question_id, sum(1 - a.correct) AS wrong, count(*),"
        f" max(CASE WHEN a.correct = 0 THEN a.answered_at END){from_sql}"
        " GROUP BY a.deck_id, a.question_id HAVING wrong > 0",
        params,
    )
    found = [
        MissedStat(deck, index[(deck, qid)], wrong, total, _parse(last))  # type: ignore[arg-type]
        for deck, qid, wrong, total, last in rows
        if (deck, qid) in index
    ]
    found.sort(key=lambda stat: stat.last_wrong_at, reverse=True)
    found.sort(key=lambda stat: (-stat.wrong, -stat.wrong / stat.total))
    return found[: max(limit, 0)]


def _option_text(question: AnyQuestion, response: object) -> str | None:
    """The option a stored response picked, spelled as the deck spells it (None if it is not an option)."""
    if isinstance(question, TrueFalse):
        if isinstance(response, bool):
            return "True" if response else "False"
        if isinstance(response, str) and response.strip().casefold() in ("true", "t", "false", "f"):
            return "True" if response.strip().casefold().startswith("t") else "False"
        return None
    if not isinstance(response, str) or not response.strip():
        return None
    for option in getattr(question, "choices", None) or ():
        if same_name(option, response):
            return option
    return response.strip()


def confusion(
    store: Store, decks: Iterable[Deck], profile: str, deck_id: str | None = None
) -> list[Confusion]:
    """Which wrong option was picked instead of the right one, and how often; most frequent first.

    For choice, who_said and true_false questions; skipped answers picked nothing and are left out.
    A stored pick that is right by the deck as it is now (the deck was corrected) is not a confusion.
    """
    index = _question_index(decks, deck_id)
    from_sql, params = _answers_from(profile, deck_id)
    kinds = ", ".join(f"'{kind}'" for kind in CONFUSION_TYPES)
    rows = store.read(
        f"SELECT a.deck_id, a.question_id, a.response, count(*){from_sql}"
        f" AND a.correct = 0 AND a.skipped = 0 AND a.qtype IN ({kinds})"
        " GROUP BY a.deck_id, a.question_id, a.response",
        params,
    )
    counts: dict[tuple[str, str, str], int] = {}
    for deck, qid, response, count in rows:
        question = index.get((deck, qid))
        if question is None or question.type not in CONFUSION_TYPES:
            continue
        try:
            picks = _wrong_picks(question, json.loads(response))
        except ValueError:
            continue
        for right, picked in picks:
            counts[(deck, qid, right, picked)] = counts.get((deck, qid, right, picked), 0) + count
    found = [
        Confusion(deck, index[(deck, qid)], right, picked, count)
        for (deck, qid, right, picked), count in counts.items()
    ]
    found.sort(key=lambda item: (-item.count, item.deck_id, item.question.id, item.picked))
    return found


def _wrong_picks(question: AnyQuestion, response: object) -> list[tuple[str, str]]:
    """(right answer, wrong pick) for each wrong pick of a stored response: one for an option question,
    one per item given a wrong partner for a match ('Russia → 5,459', 'Russia → 5,177')."""
    if isinstance(question, Match):
        if not isinstance(response, dict):
            return []
        partners = match_partners(question, response)
        return [
            (f"{left} → {right}", f"{left} → {partners[left]}")
            for left, right in question.pairs.items()
            if left in partners and not same_name(partners[left], right)
        ]
    picked = _option_text(question, response)
    if picked is None or same_name(picked, _right_text(question)):
        return []
    return [(_right_text(question), picked)]


def _right_text(question: AnyQuestion) -> str:
    if isinstance(question, TrueFalse):
        return "True" if question.answer else "False"
    return str(question.answer)  # type: ignore[union-attr]


# --- overview ----------------------------------------------------------------------------------


def _due_today_by_deck(store: Store, profile: str, now: dt.datetime, tz: dt.tzinfo | None) -> dict[str, int] | None:
    """Cards due by the end of today (overdue included) per deck; None when the profile has no cards."""
    if not has_cards_table(store) or not store.read("SELECT 1 FROM cards WHERE profile = ? LIMIT 1", (profile,)):
        return None
    end = _store_iso(day_start(local_date(now, tz) + dt.timedelta(days=1), tz))
    rows = store.read(
        "SELECT deck_id, count(*) FROM cards WHERE profile = ? AND due < ? GROUP BY deck_id",
        (profile, end),
    )
    return dict(rows)


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
    from_sql, params = _answers_from(profile, deck_id)
    sessions, answers, correct, last = store.read(
        f"SELECT count(DISTINCT a.session_id), count(*), coalesce(sum(a.correct), 0), max(a.answered_at){from_sql}",
        params,
    )[0]
    sessions_sql = "SELECT deck_id, deck_title, status FROM sessions WHERE profile = :profile"
    if deck_id is not None:
        sessions_sql += " AND deck_id = :deck"
    stored = store.read(sessions_sql + " ORDER BY started_at, id", params)  # one row per session: few
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
        last_studied=_parse(last),
        due_today=due_total,
        decks=tuple(lines),
    )


def profiles(store: Store) -> list[str]:
    """Profiles with sessions in the store, for a hint when the one asked for has none."""
    return [row[0] for row in store.read("SELECT DISTINCT profile FROM sessions ORDER BY profile")]
