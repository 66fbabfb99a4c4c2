"""The deck list's Last and Best: whole-deck sessions only; a partial session is reported with its size."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.store import Store
from trainer.study.scores import deck_scores

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
DECK = [f"q{n}" for n in range(1, 11)]  # a deck of 10 questions


def play(store: Store, minutes: int, question_ids: list[str], right: int, *, deck: str = "arms",
         mode: str = "practice", finish: bool = True, profile: str = "ana") -> None:
    now = T0 + dt.timedelta(minutes=minutes)
    sid = store.start_session(deck_id=deck, deck_title="Arms", mode=mode, seed=1, question_ids=question_ids,
                              profile=profile, now=now)
    for index, qid in enumerate(question_ids):
        ok = index < right
        store.record_answer(sid, deck_id=deck, question_id=qid, qtype="choice", response="x", response_text="x",
                            correct=ok, score=float(ok), skipped=False, elapsed_ms=3000, now=now)
    if finish:
        store.finish_session(sid, status="completed", now=now + dt.timedelta(seconds=30))


def test_retries_and_small_sessions_do_not_make_the_best_or_last_score(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        play(store, 0, DECK, right=7)  # the whole deck: 70%
        play(store, 10, DECK[:3], right=3)  # a retry of 3 missed: 100%
        play(store, 20, DECK[:2], right=1)  # a 2-question filtered session: 50%
        scores = deck_scores(store, "ana", {"arms": len(DECK)})["arms"]
        assert (scores.last, scores.best, scores.whole_sessions) == (0.7, 0.7, 1)
        latest = scores.latest
        assert latest is not None and (latest.total, latest.fraction, latest.whole_deck) == (2, 0.5, False)

        play(store, 30, DECK, right=5, mode="exam")  # another whole deck, worse: last moves, best stays
        scores = deck_scores(store, "ana", {"arms": len(DECK)})["arms"]
        assert (scores.last, scores.best, scores.whole_sessions) == (0.5, 0.7, 2)
        assert scores.latest is not None and scores.latest.whole_deck


def test_unfinished_sessions_other_profiles_and_unstudied_decks(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        play(store, 0, DECK, right=10, finish=False)  # left early: not a score
        play(store, 5, DECK, right=9, profile="bob")
        scores = deck_scores(store, "ana", {"arms": len(DECK), "other": 4})
        assert scores == {}
        assert deck_scores(store, "bob", {"arms": len(DECK)})["arms"].best == 0.9
        assert deck_scores(store, "bob", {}) == {}
