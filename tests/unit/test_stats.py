"""Statistics over a store filled with known answers: scores, local days, due reviews, mastery, mistakes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from trainer.deck.model import Deck
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.study.stats_text import clean, render_stats
from trainer.study.stats import (
    Mastery,
    confusion,
    due_forecast,
    mastery,
    most_missed,
    overview,
    profiles,
    score_history,
    streak,
    study_days,
)

QUOTE = "The treaty was signed by 12 states in Geneva."
NEW_YORK = ZoneInfo("America/New_York")
T0 = dt.datetime(2026, 3, 10, 14, 0, tzinfo=dt.UTC)


def make_deck(deck_id: str = "treaty", drop: tuple[str, ...] = (), **changes: object) -> Deck:
    questions = [
        {"id": "where", "type": "choice", "prompt": "Where was it signed?", "quote": QUOTE, "answer": "Geneva",
         "choices": ["Geneva", "Vienna", "Paris"], "tags": ["places"]},
        {"id": "signed", "type": "true_false", "statement": "The treaty was signed.", "quote": QUOTE,
         "answer": True, "tags": ["facts"]},
        {"id": "how-many", "type": "number", "prompt": "How many states signed?", "quote": QUOTE, "answer": 12,
         "tags": ["facts", "numbers"]},
        {"id": "who", "type": "who_said", "quote": QUOTE, "answer": "Ana Diplomat",
         "choices": ["Ana Diplomat", "Ben Envoy", "Cy Minister"]},
    ]  # fmt: skip
    for question in questions:
        question.update(changes.get(question["id"], {}))  # type: ignore[call-overload]
    return Deck.model_validate({
        "deck": deck_id, "title": f"Title of {deck_id}",
        "sources": [{"id": "art", "file": "art.txt", "title": "An article"}],
        "questions": [q for q in questions if q["id"] not in drop],
    })  # fmt: skip


QTYPES = {"where": "choice", "signed": "true_false", "how-many": "number", "who": "who_said", "gone": "text"}


def play(
    store: Store,
    clock: FakeClock,
    answers: list[tuple[str, object, float]],
    *,
    deck_id: str = "treaty",
    profile: str = "ana",
    status: str | None = "completed",
    total: int | None = None,
    mode: str = "practice",
    title: str | None = None,
) -> int:
    """Store a session through the public API: ``answers`` are (question id, response, score); None skips.

    Each answer is given a minute after the previous one.
    """
    ids = [qid for qid, _, _ in answers]
    ids += [f"extra-{n}" for n in range((total or len(ids)) - len(ids))]
    session = store.start_session(deck_id=deck_id, deck_title=title or f"Title of {deck_id}", mode=mode, seed=1,
                                  question_ids=ids, profile=profile, now=clock.now())
    for qid, response, score in answers:
        clock.advance(60)
        store.record_answer(
            session, deck_id=deck_id, question_id=qid, qtype=QTYPES.get(qid, "choice"), response=response,
            response_text="(no answer)" if response is None else str(response), correct=score == 1, score=score,
            skipped=response is None, elapsed_ms=60_000, now=clock.now(),
        )
    if status is not None:
        clock.advance(30)
        store.finish_session(session, status=status, now=clock.now())
    return session


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "scores.sqlite3") as opened:
        yield opened


CARDS_SQL = """
CREATE TABLE IF NOT EXISTS cards (profile TEXT NOT NULL, deck_id TEXT NOT NULL, question_id TEXT NOT NULL,
  due TEXT NOT NULL, last_review TEXT, reps INTEGER NOT NULL DEFAULT 0,
  lapses INTEGER NOT NULL DEFAULT 0, card_json TEXT NOT NULL, fsrs_version TEXT NOT NULL,
  PRIMARY KEY (profile, deck_id, question_id))
"""


def add_cards(store: Store, rows: list[tuple[str, str, str, dt.datetime]]) -> None:
    """Insert (profile, deck, question, due) cards directly, as the brief allows (the table if missing too)."""
    with sqlite3.connect(store.path) as conn:
        conn.execute(CARDS_SQL)
        conn.executemany(
            "INSERT INTO cards (profile, deck_id, question_id, due, card_json, fsrs_version)"
            " VALUES (?, ?, ?, ?, '{}', 't')",
            [(p, d, q, due.astimezone(dt.UTC).isoformat(timespec="microseconds")) for p, d, q, due in rows],
        )
    conn.close()


# --- score history -------------------------------------------------------------------------------


def test_score_history_lists_completed_sessions_of_the_profile_oldest_first(store: Store) -> None:
    clock = FakeClock(T0)
    first = play(store, clock, [("where", "Geneva", 1), ("signed", False, 0)], total=4)
    clock.advance(3600)
    play(store, clock, [("where", "Geneva", 1)], status="abandoned")
    play(store, clock, [("where", "Paris", 0)], status=None)  # still active
    play(store, clock, [("where", "Geneva", 1)], profile="bob")
    play(store, clock, [("x", "a", 1)], deck_id="other")
    clock.advance(86400)
    last = play(store, clock, [("where", "Geneva", 1), ("signed", True, 1), ("how-many", "12", 0.5)], mode="exam")

    points = score_history(store, "ana")
    assert [(p.session_id, p.deck_id, p.mode, p.answered) for p in points] == [
        (first, "treaty", "practice", 2), (first + 4, "other", "practice", 1), (last, "treaty", "exam", 3),
    ]
    assert points[0].fraction == pytest.approx(1 / 4)  # points over the planned questions
    assert points[2].fraction == pytest.approx(2.5 / 3)
    assert points[0].started_at == T0
    assert [p.session_id for p in score_history(store, "ana", "treaty")] == [first, last]
    assert score_history(store, "nobody") == []


# --- study days ----------------------------------------------------------------------------------


def test_an_answer_at_2am_utc_counts_for_the_previous_day_in_new_york(store: Store) -> None:
    clock = FakeClock(dt.datetime(2026, 3, 10, 1, 59, tzinfo=dt.UTC))
    play(store, clock, [("where", "Geneva", 1)])  # answered 02:00 UTC: 22:00 on 9 March in New York
    clock.advance(13 * 3600)
    play(store, clock, [("where", "Geneva", 1), ("signed", True, 1)])  # 15:01 and 15:02 UTC: 10 March
    play(store, clock, [("where", "Geneva", 1)], profile="bob")

    days = study_days(store, "ana", tz=NEW_YORK, now=clock.now())
    assert days == {dt.date(2026, 3, 9): 1, dt.date(2026, 3, 10): 2}
    assert study_days(store, "ana", tz=dt.UTC, now=clock.now()) == {dt.date(2026, 3, 10): 3}
    assert study_days(store, "ana", deck_id="other", tz=NEW_YORK, now=clock.now()) == {}


@pytest.mark.parametrize(
    ("zone", "utc_time", "local_day"),
    [
        ("Asia/Kathmandu", dt.datetime(2026, 3, 9, 18, 14, 59, tzinfo=dt.UTC), dt.date(2026, 3, 9)),  # 23:59:59
        ("Asia/Kathmandu", dt.datetime(2026, 3, 9, 18, 15, tzinfo=dt.UTC), dt.date(2026, 3, 10)),  # +05:45: 00:00
        ("Asia/Kolkata", dt.datetime(2026, 3, 9, 18, 29, tzinfo=dt.UTC), dt.date(2026, 3, 9)),
        ("Asia/Kolkata", dt.datetime(2026, 3, 9, 18, 30, tzinfo=dt.UTC), dt.date(2026, 3, 10)),
        ("America/New_York", dt.datetime(2026, 3, 8, 4, 59, tzinfo=dt.UTC), dt.date(2026, 3, 7)),  # before DST
        ("America/New_York", dt.datetime(2026, 3, 9, 3, 59, tzinfo=dt.UTC), dt.date(2026, 3, 8)),  # after DST
    ],
)
def test_local_days_are_right_for_every_offset(store: Store, zone: str, utc_time: dt.datetime,
                                               local_day: dt.date) -> None:
    play(store, FakeClock(utc_time - dt.timedelta(seconds=60)), [("where", "Geneva", 1)])
    assert study_days(store, "ana", tz=ZoneInfo(zone), now=T0) == {local_day: 1}


def test_study_days_keeps_only_the_window(store: Store) -> None:
    clock = FakeClock(T0 - dt.timedelta(days=7))
    play(store, clock, [("where", "Geneva", 1)])  # 3 March
    clock.advance(86400)
    play(store, clock, [("where", "Geneva", 1)])  # 4 March
    assert study_days(store, "ana", tz=dt.UTC, days=7, now=T0) == {dt.date(2026, 3, 4): 1}
    assert len(study_days(store, "ana", tz=dt.UTC, days=8, now=T0)) == 2


def test_streak_counts_back_from_today_or_yesterday() -> None:
    today = dt.date(2026, 3, 10)
    days = [today - dt.timedelta(days=n) for n in (1, 2, 3, 5)]
    assert streak(days, today) == 3  # not yet studied today: the streak from yesterday still stands
    assert streak([today, *days], today) == 4
    assert streak([today - dt.timedelta(days=2)], today) == 0
    assert streak([], today) == 0


# --- due forecast --------------------------------------------------------------------------------


def test_due_forecast_counts_local_days_and_puts_overdue_cards_today(store: Store) -> None:
    now = dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC)  # 11:00 in New York (EDT, UTC-4)
    add_cards(store, [
        ("ana", "treaty", "a", dt.datetime(2026, 1, 1, tzinfo=dt.UTC)),           # long overdue: today
        ("ana", "treaty", "b", dt.datetime(2026, 3, 11, 3, 59, tzinfo=dt.UTC)),   # 23:59 on the 10th: today
        ("ana", "treaty", "c", dt.datetime(2026, 3, 11, 4, 0, tzinfo=dt.UTC)),    # 00:00 on the 11th
        ("ana", "other", "d", dt.datetime(2026, 3, 12, 12, 0, tzinfo=dt.UTC)),
        ("ana", "treaty", "e", dt.datetime(2026, 3, 24, 3, 59, tzinfo=dt.UTC)),   # 23 March: the 14th day
        ("ana", "treaty", "f", dt.datetime(2026, 3, 24, 4, 0, tzinfo=dt.UTC)),    # 24 March: after the window
        ("bob", "treaty", "a", dt.datetime(2026, 3, 10, tzinfo=dt.UTC)),
    ])  # fmt: skip
    forecast = due_forecast(store, "ana", now=now, tz=NEW_YORK)
    assert len(forecast) == 14 and forecast[0][0] == dt.date(2026, 3, 10) and forecast[-1][0] == dt.date(2026, 3, 23)
    assert {day: count for day, count in forecast if count} == {
        dt.date(2026, 3, 10): 2, dt.date(2026, 3, 11): 1, dt.date(2026, 3, 12): 1, dt.date(2026, 3, 23): 1,
    }
    by_deck = due_forecast(store, "ana", ["treaty"], now=now, tz=NEW_YORK, days=2)
    assert by_deck == [(dt.date(2026, 3, 10), 2), (dt.date(2026, 3, 11), 1)]
    assert due_forecast(store, "ana", [], now=now, tz=NEW_YORK, days=1) == [(dt.date(2026, 3, 10), 0)]
    assert due_forecast(store, "carol", now=now, tz=NEW_YORK, days=3) == [
        (dt.date(2026, 3, 10) + dt.timedelta(days=n), 0) for n in range(3)
    ]


# --- mastery, most missed, confusion --------------------------------------------------------------


def fill_answers(store: Store) -> FakeClock:
    """ana: 'where' wrong then right; 'signed' right then wrong (picked False twice in all); 'who' wrong twice
    (Ben Envoy, then 'ben envoy'); 'gone' (no longer in the deck) wrong; 'how-many' never answered. bob: noise."""
    clock = FakeClock(T0)
    play(store, clock, [("where", "Vienna", 0), ("signed", True, 1), ("who", "Ben Envoy", 0), ("gone", "x", 0)])
    play(store, clock, [("where", "Geneva", 1), ("signed", False, 0), ("who", "ben envoy", 0)])
    play(store, clock, [("signed", False, 0), ("who", None, 0)], status="abandoned")
    play(store, clock, [("where", "Paris", 0), ("how-many", "3", 0)], profile="bob")
    return clock


def test_mastery_uses_the_latest_answer_to_each_question_still_in_the_deck(store: Store) -> None:
    fill_answers(store)
    report = mastery(store, [make_deck()], "ana")
    assert report.by_tag == {
        "places": Mastery(seen=1, right=1, mean_score=1.0, total=1),
        "facts": Mastery(seen=1, right=0, mean_score=0.0, total=2),  # 'signed' last wrong, 'how-many' unseen
        "numbers": Mastery(seen=0, right=0, mean_score=None, total=1),
    }
    assert list(report.by_type) == ["who_said", "choice", "true_false", "number"]  # the deck model's order
    assert report.by_type["who_said"] == Mastery(1, 0, 0.0, 1)
    assert report.by_type["choice"].mastered == 1.0 and report.by_tag["facts"].coverage == 0.5
    assert "text" not in report.by_type  # 'gone' is not in the loaded deck: left out, no error

    smaller = mastery(store, [make_deck(drop=("where",))], "ana")
    assert "places" not in smaller.by_tag
    assert mastery(store, [make_deck()], "ana", deck_id="other").by_tag == {}
    assert mastery(store, [make_deck()], "bob").by_tag["places"] == Mastery(1, 0, 0.0, 1)


def test_most_missed_counts_wrong_and_skipped_answers_worst_first(store: Store) -> None:
    fill_answers(store)
    missed = most_missed(store, [make_deck()], "ana")
    assert [(m.question.id, m.wrong, m.total) for m in missed] == [("who", 3, 3), ("signed", 2, 3), ("where", 1, 2)]
    assert missed[0].deck_id == "treaty"
    assert missed[0].last_wrong_at == T0 + dt.timedelta(minutes=4 + 3 + 2, seconds=60)  # the skip, last of all
    assert [m.question.id for m in most_missed(store, [make_deck()], "ana", limit=1)] == ["who"]
    assert most_missed(store, [make_deck(drop=("who",))], "ana")[0].question.id == "signed"
    assert most_missed(store, [make_deck("other")], "ana") == []


def test_confusion_counts_the_wrong_options_picked(store: Store) -> None:
    fill_answers(store)
    found = confusion(store, [make_deck()], "ana")
    assert [(c.question.id, c.right, c.picked, c.count) for c in found] == [
        ("signed", "True", "False", 2),
        ("who", "Ana Diplomat", "Ben Envoy", 2),  # 'ben envoy' is the same option; the skip picked nothing
        ("where", "Geneva", "Vienna", 1),
    ]
    corrected = make_deck(where={"answer": "Vienna"})  # the deck now says Vienna was right
    assert "where" not in [c.question.id for c in confusion(store, [corrected], "ana")]
    assert [c.picked for c in confusion(store, [make_deck()], "bob")] == ["Paris"]  # numbers are not options


# --- overview and the text report ---------------------------------------------------------------


def test_overview_totals_per_deck_lines_and_due_today(store: Store) -> None:
    clock = fill_answers(store)
    clock.advance(86400)
    play(store, clock, [("q", "a", 1), ("r", "b", 0)], deck_id="old", title="A deck since deleted")
    now = clock.now()
    view = overview(store, [make_deck(), make_deck("unstudied")], "ana", now, tz=dt.UTC)

    assert (view.sessions, view.completed, view.answers, view.correct) == (4, 3, 11, 3)
    assert view.accuracy == pytest.approx(3 / 11)
    assert (view.streak, view.study_days, view.due_today) == (2, 2, None)  # no cards yet
    assert view.last_studied == now - dt.timedelta(seconds=30)
    lines = {line.deck_id: line for line in view.decks}
    assert list(lines) == ["old", "treaty", "unstudied"]
    treaty = lines["treaty"]
    assert (treaty.title, treaty.loaded, treaty.questions) == ("Title of treaty", True, 4)
    assert (treaty.seen, treaty.right, treaty.sessions) == (3, 1, 3)
    assert treaty.best_score == pytest.approx(1 / 3) and treaty.last_score == pytest.approx(1 / 3)
    assert (lines["old"].title, lines["old"].loaded, lines["old"].questions) == ("A deck since deleted", False, None)
    assert (lines["unstudied"].sessions, lines["unstudied"].last_score) == (0, None)

    add_cards(store, [("ana", "treaty", "where", now - dt.timedelta(days=2)),
                      ("ana", "old", "q", now + dt.timedelta(hours=1)),
                      ("ana", "treaty", "signed", now + dt.timedelta(days=3))])
    with_cards = overview(store, [make_deck()], "ana", now, tz=dt.UTC)
    assert with_cards.due_today == 2
    assert {line.deck_id: line.due_today for line in with_cards.decks} == {"old": 1, "treaty": 1}
    one = overview(store, [make_deck()], "ana", now, deck_id="treaty", tz=dt.UTC)
    assert [line.deck_id for line in one.decks] == ["treaty"] and one.answers == 9 and one.due_today == 1
    assert profiles(store) == ["ana", "bob"]


def test_the_text_report_shows_totals_decks_weak_tags_and_mistakes(store: Store) -> None:
    fill_answers(store)
    decks = [make_deck()]
    now = T0 + dt.timedelta(hours=1)
    text = render_stats(overview(store, decks, "ana", now, tz=dt.UTC), mastery(store, decks, "ana"),
                        most_missed(store, decks, "ana"), today=now.date())
    lines = text.splitlines()
    assert lines[0] == "Progress of ana on 2026-03-10"
    assert lines[1] == "  3 sessions (2 completed) · 9 answers · 22% right · 1-day streak"
    assert any(line.startswith("  Title of treaty (treaty)") and "33%" in line and "3/4" in line for line in lines)
    assert lines[lines.index("Weakest tags (latest answer to each question)") + 1].lstrip().startswith("facts")
    assert "  3/3 wrong  treaty/who: Who said: “The treaty was signed by 12 states in Geneva.”" in lines


def test_the_report_of_a_new_profile_and_hostile_text() -> None:
    from trainer.study.stats import DeckOverview, Overview

    deck = DeckOverview("d", "Evil \x1b[2J\x1b]0;pwned\x07 title", True, 3, 0, 0, 0, None, None, None, None)
    view = Overview("new", 0, 0, 0, 0, 0, 0, None, None, (deck,))
    text = render_stats(view)
    assert "\x1b" not in text and "\x07" not in text
    assert "no answers yet" in text and "  Evil ␛[2J␛]0;pwned␇ title (d)" in text
    assert clean("a\tb\nc") == "a b c" and clean("abcdef", 4) == "abc…"
