"""The named questions the study engine asks of the scores: statistics, the deck list and the hand-in.

Each method is one or two queries that do the counting in SQL (GROUP BY on the indexed
``deck_id``/``session_id`` columns, the profile through the sessions join) and return plain values
with times as aware datetimes, so that no caller sees a column, a query or a stored time's text.
Times that statistics group by day come back in 15-minute UTC buckets (every time zone in use is a
whole number of quarter hours from UTC), for the caller to turn into local days.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable

from trainer.store.cards import _CARD_SELECT, CardTable
from trainer.store.codec import UNKNOWN_TIME, decode_response, iso_utc, parse_time
from trainer.store.connection import ANSWER_TIME_KEPT
from trainer.store.records import MULTI_DECK, DeckStats


def _bucket_sql(column: str) -> str:
    """The UTC hour and quarter hour of an ISO column, as two result columns."""
    return f"substr({column}, 1, 13), CAST(substr({column}, 15, 2) AS INTEGER) / 15"


def _bucket_time(hour: str, quarter: int) -> dt.datetime:
    return dt.datetime(
        int(hour[0:4]), int(hour[5:7]), int(hour[8:10]), int(hour[11:13]), quarter * 15, tzinfo=dt.UTC
    )


def _buckets(rows: list[tuple[str, int, int]]) -> list[tuple[dt.datetime, int]]:
    """(bucket start, count) of rows grouped by :func:`_bucket_sql`; a bucket of damaged times is left out."""
    found = []
    for hour, quarter, count in rows:
        try:
            found.append((_bucket_time(hour, quarter), count))
        except (ValueError, TypeError):
            continue
    return found


def _answers_from(profile: str, deck_id: str | None) -> tuple[str, dict[str, str]]:
    """FROM and WHERE for a profile's answers, with the named parameters they need."""
    sql = " FROM answers a JOIN sessions s ON s.id = a.session_id WHERE s.profile = :profile"
    params = {"profile": profile}
    if deck_id is not None:
        sql += " AND a.deck_id = :deck"
        params["deck"] = deck_id
    return sql, params


class Queries(CardTable):
    """Read-only questions by name (see :class:`~trainer.store.Store`)."""

    def deck_stats(self, profile: str | None = None) -> dict[str, DeckStats]:
        """Per deck: sessions with at least one answer, last and best completed score, last study time.

        Read from the sessions' running totals and the cards, never from the answers. A session
        opened and left without answering is not counted as study; a session over several decks
        counts towards ``last_studied`` of each deck it touched (through the cards).
        """
        params = {"profile": profile, "multi": MULTI_DECK}
        if profile is None:  # every profile: not on the home screen, so a slower query will do
            found = {r[0]: r for r in self._read(_ALL_DECK_STATS_SQL, params)}
            studied = dict(self._read(_CARDS_STUDIED_SQL.format(where=""), params))
        else:  # one covering-index pass, plus one index seek per deck for the last score
            found = {r[0]: r for r in self._read(_DECK_STATS_SQL, params)}
            studied = dict(self._read(_CARDS_STUDIED_SQL.format(where="profile = :profile AND "), params))
        stats: dict[str, DeckStats] = {}
        for deck_id in sorted(set(found) | set(studied)):
            row = found.get(deck_id)
            moments = [m for m in (self._latest_session_time(profile, deck_id, row[4]) if row else None,
                                   self._latest_review(profile, deck_id, studied.get(deck_id))) if m]
            stats[deck_id] = DeckStats(
                deck_id=deck_id, sessions=row[1] if row else 0, last_score=row[2] if row else None,
                best_score=row[3] if row else None, last_studied=max(moments) if moments else None,
            )
        return stats

    def _latest_session_time(self, profile: str | None, deck_id: str, text: str | None) -> dt.datetime | None:
        """The latest time of a deck's sessions, read in SQL as ``text``; when that is damaged, the latest readable
        one of each session (its damaged times noted), so one damaged row hides no other."""
        try:
            return parse_time(text)
        except ValueError:
            pass
        rows = self._read(
            "SELECT id, status, started_at, ended_at, last_answer_at FROM sessions WHERE deck_id = :deck"
            " AND (:profile IS NULL OR profile = :profile) AND answered > 0", {"deck": deck_id, "profile": profile})
        latest = [end or last or start for start, end, last in (self._session_times(*row) for row in rows)]
        return max(latest, default=None)

    def _latest_review(self, profile: str | None, deck_id: str, text: str | None) -> dt.datetime | None:
        """The latest review of a deck's cards, read in SQL as ``text``; the latest readable one when it is damaged."""
        try:
            return parse_time(text)
        except ValueError:
            pass
        rows = self._read(
            f"{_CARD_SELECT.replace('SELECT ', 'SELECT profile, deck_id, question_id, ')} WHERE deck_id = :deck"
            " AND (:profile IS NULL OR profile = :profile) AND last_review IS NOT NULL",
            {"deck": deck_id, "profile": profile})
        cards = [self._card_row(row[3:], row[:3]) for row in rows]
        return max((card.last_review for card in cards if card is not None and card.last_review), default=None)

    # -- the deck list ---------------------------------------------------------------------------

    def whole_deck_scores(
        self, profile: str, sizes: dict[str, int]
    ) -> list[tuple[str, int, int, float | None, float | None, tuple[str, int, float, dt.datetime] | None]]:
        """Per deck id in ``sizes`` (deck id -> its number of questions now): (deck id, size, whole-deck sessions,
        best and last whole-deck score, and (mode, total, score, ended at) of its latest completed session
        of any size, or None when it has none).

        Two reads: the figures of every deck, each from a few seeks of the covering
        ``sessions_by_profile`` index, then the latest sessions by id.
        """
        found = self._read(_SCORES_SQL, {"profile": profile, "sizes": json.dumps(sizes)})
        latest_ids = [row[5] for row in found if row[5] is not None]
        latest: dict[int, tuple[str, int, float, dt.datetime]] = {}
        if latest_ids:
            marks = ", ".join("?" * len(latest_ids))
            for sid, mode, total, score, status, started, ended, last in self._read(
                    _LATEST_SQL.format(marks=marks), tuple(latest_ids)):
                _, end, _ = self._session_times(sid, status, started, ended, last)
                total, _, _, _, score = self._session_counts(sid, total, 0, 0, 0, score)
                latest[sid] = (mode, total, score, end)
        return [(deck_id, size, whole, best, last, latest[latest_id] if latest_id is not None else None)
                for deck_id, size, whole, best, last, latest_id in found]

    # -- statistics ------------------------------------------------------------------------------

    def has_cards_table(self) -> bool:
        return bool(self._read("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cards'"))

    def completed_sessions(
        self, profile: str, deck_id: str | None = None
    ) -> list[tuple[int, dt.datetime, str, str, int, int, float]]:
        """(id, started at, deck id, mode, total, answered, score) of completed sessions, oldest first.

        With ``deck_id``, the sessions on that deck alone.
        """
        sql = (
            "SELECT id, started_at, deck_id, mode, total, answered, score, status, ended_at, last_answer_at"
            " FROM sessions"
            " WHERE profile = :profile AND status = 'completed'"
        )
        params = {"profile": profile}
        if deck_id is not None:
            sql += " AND deck_id = :deck"
            params["deck"] = deck_id
        rows = self._read(sql + " ORDER BY started_at, id", params)
        found = []
        for sid, started, deck, mode, total, answered, points, status, ended, last in rows:
            total, answered, _, _, points = self._session_counts(sid, total, answered, 0, 0, points)
            found.append((sid, self._session_times(sid, status, started, ended, last)[0], deck, mode, total, answered,
                          points))
        return found

    def answers_per_quarter_hour(
        self, profile: str, deck_id: str | None, since: dt.datetime
    ) -> list[tuple[dt.datetime, int]]:
        """Answers given from ``since`` on, counted per 15-minute UTC bucket (its start), in no order."""
        from_sql, params = _answers_from(profile, deck_id)
        rows = self._read(
            f"SELECT {_bucket_sql('a.answered_at')}, count(*){from_sql} AND a.answered_at >= :since"
            " GROUP BY 1, 2",
            {**params, "since": iso_utc(since)},
        )
        found = _buckets(rows)
        if len(found) < len(rows):  # name the answers whose damaged times were left out
            self._answer_times(self._read(f"SELECT a.id, a.answered_at{from_sql} AND a.answered_at >= :since",
                                          {**params, "since": iso_utc(since)}))
        return found

    def cards_due(
        self, profile: str, deck_ids: Iterable[str] | None, start: dt.datetime, end: dt.datetime
    ) -> tuple[int, list[tuple[dt.datetime, int]]]:
        """Cards due before ``start`` (overdue), and those due from ``start`` to ``end`` per 15-minute UTC bucket.

        ``deck_ids`` limits the count to those decks (``None``: every deck).
        """
        where = " FROM cards WHERE profile = :profile"
        params: dict[str, object] = {"profile": profile}
        if deck_ids is not None:
            wanted = sorted(set(deck_ids))
            if not wanted:
                return 0, []
            names = [f"d{index}" for index in range(len(wanted))]
            where += f" AND deck_id IN ({', '.join(':' + name for name in names)})"
            params.update(zip(names, wanted))
        overdue = self._read(f"SELECT count(*){where} AND due < :start", {**params, "start": iso_utc(start)})
        rows = self._read(
            f"SELECT {_bucket_sql('due')}, count(*){where} AND due >= :start AND due < :end GROUP BY 1, 2",
            {**params, "start": iso_utc(start), "end": iso_utc(end)},
        )
        found = _buckets(rows)
        if len(found) < len(rows):  # name the cards whose damaged times were left out
            for row in self._read(f"SELECT profile, deck_id, question_id, due, last_review, reps, lapses, card_json,"
                                  f" fsrs_version, last_right{where} AND due >= :start AND due < :end",
                                  {**params, "start": iso_utc(start), "end": iso_utc(end)}):
                self._card_row(row[3:], row[:3])
        return overdue[0][0], found

    def latest_answers(self, profile: str, deck_id: str | None = None) -> list[tuple[str, str, int, float]]:
        """(deck id, question id, correct, score) of the latest answer to each question the profile answered."""
        from_sql, params = _answers_from(profile, deck_id)
        return self._read(
            "SELECT deck_id, question_id, correct, score FROM ("
            " SELECT a.deck_id, a.question_id, a.correct, a.score, row_number() OVER ("
            "  PARTITION BY a.deck_id, a.question_id ORDER BY a.answered_at DESC, a.id DESC) AS recency"
            f"{from_sql}) WHERE recency = 1",
            params,
        )

    def missed_questions(
        self, profile: str, deck_id: str | None = None
    ) -> list[tuple[str, str, int, int, dt.datetime]]:
        """Per question missed at least once: (deck id, question id, answers not fully right, answers, the last
        such answer's time)."""
        from_sql, params = _answers_from(profile, deck_id)
        rows = self._read(
            "SELECT a.deck_id, a.question_id, sum(1 - a.correct) AS wrong, count(*),"
            f" max(CASE WHEN a.correct = 0 THEN a.answered_at END){from_sql}"
            " GROUP BY a.deck_id, a.question_id HAVING wrong > 0",
            params,
        )
        return [(deck, qid, wrong, total, self._latest_answer(profile, last, deck, qid, wrong=True))
                for deck, qid, wrong, total, last in rows]

    def _latest_answer(self, profile: str, text: str | None, deck_id: str | None = None,
                       question_id: str | None = None, *, wrong: bool = False) -> dt.datetime:
        """The latest answer's time, read in SQL as ``text`` (of a question, of its wrong answers); when that is
        damaged, the latest readable one (the damaged ones noted), or the oldest time there is."""
        try:
            moment = parse_time(text)
            return moment if moment is not None else UNKNOWN_TIME
        except ValueError:
            pass
        from_sql, params = _answers_from(profile, deck_id)
        if question_id is not None:
            from_sql += " AND a.question_id = :question"
            params["question"] = question_id
        if wrong:
            from_sql += " AND a.correct = 0"
        rows = self._read(f"SELECT a.id, a.answered_at{from_sql} ORDER BY a.answered_at DESC LIMIT 1000", params)
        moments = [self._time(text, f"the time of answer {answer_id}", ANSWER_TIME_KEPT) for answer_id, text in rows]
        return max((moment for moment in moments if moment is not None), default=UNKNOWN_TIME)

    def wrong_picks(
        self, profile: str, deck_id: str | None, qtypes: Iterable[str]
    ) -> list[tuple[str, str, object, int]]:
        """(deck id, question id, response, times) of wrong, not skipped answers to questions of ``qtypes``.

        A stored response that cannot be read is left out.
        """
        from_sql, params = _answers_from(profile, deck_id)
        kinds = ", ".join(f"'{kind}'" for kind in qtypes)
        rows = self._read(
            f"SELECT a.deck_id, a.question_id, a.response, count(*){from_sql}"
            f" AND a.correct = 0 AND a.skipped = 0 AND a.qtype IN ({kinds})"
            " GROUP BY a.deck_id, a.question_id, a.response",
            params,
        )
        picks = []
        for deck, qid, response, count in rows:
            try:
                picks.append((deck, qid, decode_response(response), count))
            except ValueError:
                continue
        return picks

    def has_cards(self, profile: str) -> bool:
        """Whether the profile has any review card (False before the cards table exists)."""
        return self.has_cards_table() and bool(
            self._read("SELECT 1 FROM cards WHERE profile = ? LIMIT 1", (profile,)))

    def answer_totals(self, profile: str, deck_id: str | None = None) -> tuple[int, int, int, dt.datetime | None]:
        """(sessions answered in, answers, answers right, last answer time) of the profile."""
        from_sql, params = _answers_from(profile, deck_id)
        sessions, answers, correct, last = self._read(
            f"SELECT count(DISTINCT a.session_id), count(*), coalesce(sum(a.correct), 0),"
            f" max(a.answered_at){from_sql}",
            params,
        )[0]
        return sessions, answers, correct, (self._latest_answer(profile, last, deck_id) if last is not None else None)

    def session_titles(self, profile: str, deck_id: str | None = None) -> list[tuple[str, str, str]]:
        """(deck id, deck title, status) of each of the profile's sessions, oldest first."""
        sql = "SELECT deck_id, deck_title, status FROM sessions WHERE profile = :profile"
        params = {"profile": profile}
        if deck_id is not None:
            sql += " AND deck_id = :deck"
            params["deck"] = deck_id
        return self._read(sql + " ORDER BY started_at, id", params)  # one row per session: few

    def profiles(self) -> list[str]:
        """Profiles with sessions in the store."""
        return [row[0] for row in self._read("SELECT DISTINCT profile FROM sessions ORDER BY profile")]

    # -- the hand-in -----------------------------------------------------------------------------

    def results_sessions(self, profile: str, deck_id: str | None = None) -> list[tuple]:
        """(id, deck id, deck title, mode, status, started at, ended at, total, answered, correct, skipped, score)
        of every session of the profile (any status), oldest first; with ``deck_id``, on that deck alone."""
        where, params = _sessions_where(profile, deck_id)
        rows = self._read(
            "SELECT s.id, s.deck_id, s.deck_title, s.mode, s.status, s.started_at, s.ended_at, s.total,"
            f" s.answered, s.correct, s.skipped, s.score, s.last_answer_at FROM sessions s{where}"
            " ORDER BY s.started_at, s.id",
            params,
        )
        return [(*row[:5], *self._session_times(row[0], row[4], row[5], row[6], row[12])[:2],
                 *self._session_counts(row[0], *row[7:12])) for row in rows]

    def results_answers(self, profile: str, deck_id: str | None = None) -> list[tuple]:
        """(session id, deck id, question id, type, response, response text, correct, score, skipped, elapsed ms,
        answered at) of every answer in the sessions :meth:`results_sessions` lists, by session then as given."""
        where, params = _sessions_where(profile, deck_id)
        rows = self._read(
            "SELECT a.session_id, a.deck_id, a.question_id, a.qtype, a.response, a.response_text, a.correct,"
            " a.score, a.skipped, a.elapsed_ms, a.answered_at, a.id"
            f" FROM answers a JOIN sessions s ON s.id = a.session_id{where} ORDER BY a.session_id, a.id",
            params,
        )
        # A damaged response is None, a damaged time the time of the answer next to it in its session (each noted in
        # ``damage``): the answer's grade and text still go in the hand-in.
        times: list[dt.datetime] = []
        for _, group in itertools.groupby(rows, key=lambda row: row[0]):
            times += self._answer_times([(row[11], row[10]) for row in group])
        return [(*row[:4], self._response(row[4], row[11]), *row[5:9],
                 self._number(row[9], f"the answering time of answer {row[11]}"), at) for row, at in zip(rows, times)]


def _sessions_where(profile: str, deck_id: str | None) -> tuple[str, dict[str, str]]:
    where = " WHERE s.profile = :profile"
    params = {"profile": profile}
    if deck_id is not None:
        where += " AND s.deck_id = :deck"
        params["deck"] = deck_id
    return where, params


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

_LATEST_SQL = ("SELECT id, mode, total, score, status, started_at, ended_at, last_answer_at FROM sessions"
               " WHERE id IN ({marks})")


_DECK_STATS_SQL = """
SELECT deck_id,
       count(*),
       (SELECT CASE WHEN l.total > 0 THEN l.score / l.total END FROM sessions l
        WHERE l.profile = :profile AND l.deck_id = s.deck_id AND l.status = 'completed' AND l.answered > 0
        ORDER BY l.ended_at DESC, l.id DESC LIMIT 1),
       max(CASE WHEN status = 'completed' AND total > 0 THEN score / total END),
       max(coalesce(ended_at, last_answer_at, started_at))
FROM sessions s
WHERE profile = :profile AND answered > 0 AND deck_id != :multi
GROUP BY deck_id
"""

_ALL_DECK_STATS_SQL = """
WITH ranked AS (
    SELECT deck_id, status, ended_at, started_at, last_answer_at,
           CASE WHEN total > 0 THEN score / total END AS fraction,
           row_number() OVER (
               PARTITION BY deck_id, status = 'completed' ORDER BY ended_at DESC, id DESC
           ) AS recency
    FROM sessions
    WHERE answered > 0 AND deck_id != :multi
)
SELECT deck_id,
       count(*),
       max(CASE WHEN status = 'completed' AND recency = 1 THEN fraction END),
       max(CASE WHEN status = 'completed' THEN fraction END),
       max(coalesce(ended_at, last_answer_at, started_at))
FROM ranked
GROUP BY deck_id
"""

_CARDS_STUDIED_SQL = """
SELECT deck_id, max(last_review) FROM cards
WHERE {where}last_review IS NOT NULL
GROUP BY deck_id
"""
