"""How fast the home screen's figures come out of a big score store.

Fills a temporary store with 1,000,000 answers over 10,000 questions (200 decks of 50, sessions of
20 answers, a card for every question), then times, best of several runs, what the home screen
and the review screen ask for: ``Store.deck_stats``, ``due_counts``, ``new_counts`` and
``review_queue`` over all decks. Each is printed in ms against the 100 ms target and as a ratio to
a baseline measured in the same run (``SELECT count(*) FROM cards WHERE profile = ?``).

Run: ``.venv/bin/python bench/store_bench.py [--answers N]``. Not a test: it prints, it does not fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fsrs import Card, State  # noqa: E402

from trainer.deck.model import Deck  # noqa: E402
from trainer.store import Store  # noqa: E402
from trainer.store.db import iso_utc  # noqa: E402
from trainer.study.queues import due_counts, new_counts, review_queue  # noqa: E402
from trainer.study.scheduler import fsrs_version  # noqa: E402
from trainer.study.scores import deck_scores  # noqa: E402

DECKS, PER_DECK, PER_SESSION = 200, 50, 20
PROFILE = "ana"
NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
TARGET_MS = 100.0


def make_decks() -> list[Deck]:
    return [
        Deck.model_validate({
            "deck": f"deck-{d:03d}", "title": f"Deck {d}",
            "sources": [{"id": "a", "file": "a.txt", "title": "An article"}],
            "questions": [
                {"id": f"q{q:02d}", "type": "true_false", "statement": f"Statement {q}.", "quote": "A quote.",
                 "answer": True}
                for q in range(PER_DECK)
            ],
        })
        for d in range(DECKS)
    ]


def fill(store: Store, answers: int, rng: random.Random) -> None:
    """Sessions, answers and cards written straight with executemany, in one transaction per table."""
    conn = store._conn  # the bench fills in bulk; the app writes through Store's methods
    sessions = answers // PER_SESSION
    session_rows, answer_rows = [], []
    for sid in range(1, sessions + 1):
        deck = rng.randrange(DECKS)
        deck_id = f"deck-{deck:03d}"
        started = NOW - dt.timedelta(days=365) + dt.timedelta(minutes=10 * sid)
        qids = rng.sample(range(PER_DECK), PER_SESSION)
        points = 0
        for n, q in enumerate(qids):
            right = rng.random() < 0.7
            points += right
            answer_rows.append((sid, deck_id, f"q{q:02d}", "true_false", "true", "True", int(right), float(right), 0,
                                4000, iso_utc(started + dt.timedelta(seconds=10 * n))))
        ended = iso_utc(started + dt.timedelta(seconds=10 * PER_SESSION))
        session_rows.append((sid, PROFILE, deck_id, f"Deck {deck}", "practice", sid,
                             json.dumps([f"q{q:02d}" for q in qids]), iso_utc(started), ended, "completed",
                             PER_SESSION, PER_SESSION, points, 0, float(points), ended))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO sessions (id, profile, deck_id, deck_title, mode, seed, question_ids, started_at, ended_at,"
        " status, total, answered, correct, skipped, score, last_answer_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        session_rows,
    )
    conn.execute("COMMIT")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO answers (session_id, deck_id, question_id, qtype, response, response_text, correct, score,"
        " skipped, elapsed_ms, answered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        answer_rows,
    )
    conn.execute("COMMIT")
    card_rows = []
    for d in range(DECKS):
        for q in range(PER_DECK):
            last = NOW - dt.timedelta(days=rng.uniform(1, 60))
            due = last + dt.timedelta(days=rng.uniform(1, 90))
            card = Card(card_id=d * PER_DECK + q, state=State.Review, stability=rng.uniform(1, 80),
                        difficulty=rng.uniform(1, 10), due=due, last_review=last)
            card_rows.append((PROFILE, f"deck-{d:03d}", f"q{q:02d}", iso_utc(due), iso_utc(last), 5, 1,
                              card.to_json(), fsrs_version(), int(rng.random() < 0.8)))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO cards (profile, deck_id, question_id, due, last_review, reps, lapses, card_json, fsrs_version,"
        " last_right) VALUES (?,?,?,?,?,?,?,?,?,?)",
        card_rows,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")


def best_ms(action: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1_000_000)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3")
        start = time.perf_counter()
        fill(store, args.answers, rng)
        print(f"filled {args.answers:,} answers, {args.answers // PER_SESSION:,} sessions, "
              f"{DECKS * PER_DECK:,} cards in {time.perf_counter() - start:.1f} s")
        decks = make_decks()
        deck_ids = [deck.deck for deck in decks]
        baseline = best_ms(lambda: store.read("SELECT count(*) FROM cards WHERE profile = ?", (PROFILE,)))
        due = due_counts(store, PROFILE, deck_ids, NOW, dt.UTC)
        print(f"baseline count(*) of cards: {baseline:.2f} ms; due today: {due['*']:,}")
        sizes = {deck.deck: len(deck.questions) for deck in decks}
        whole = {deck.deck: PER_SESSION for deck in decks}  # the worst case: every session counts as whole-deck
        timings = {
            "Store.deck_stats(profile)": best_ms(lambda: store.deck_stats(PROFILE)),
            "due_counts(200 deck ids)": best_ms(lambda: due_counts(store, PROFILE, deck_ids, NOW, dt.UTC)),
            "due_counts(200 decks)": best_ms(lambda: due_counts(store, PROFILE, decks, NOW, dt.UTC)),
            "new_counts(200 decks)": best_ms(lambda: new_counts(store, decks, PROFILE)),
            "review_queue(200 decks)": best_ms(lambda: review_queue(store, decks, PROFILE, NOW, dt.UTC)),
            "deck_scores(200 decks)": best_ms(lambda: deck_scores(store, PROFILE, sizes)),
            "deck_scores, every session whole": best_ms(lambda: deck_scores(store, PROFILE, whole)),
            "home screen (stats + scores + due + new)": best_ms(lambda: (store.deck_stats(PROFILE),
                                                                 deck_scores(store, PROFILE, sizes),
                                                                 due_counts(store, PROFILE, decks, NOW, dt.UTC),
                                                                 new_counts(store, decks, PROFILE))),
        }
        for name, ms in timings.items():
            verdict = "ok" if ms <= TARGET_MS else "OVER"
            print(f"{name:40s} {ms:8.2f} ms  target {TARGET_MS:.0f} ms {verdict:4s}  x{ms / baseline:6.1f} baseline")
        store.close()


if __name__ == "__main__":
    main()
