"""FSRS scheduling: ratings from grades and times, cards saved with answers, old cards migrated or replayed."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from fsrs import Card, Rating

from trainer.store import Store, StoreError
from trainer.store import CardRow, NewAnswer
from trainer.study.scheduler import EXPECTED_MS, card_update, fsrs_version, load_card, rating_for

T0 = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("correct", "score", "elapsed_ms", "qtype", "expected"),
    [
        (False, 0.0, 3_000, "choice", Rating.Again),       # wrong, however fast
        (False, 0.0, 0, "text", Rating.Again),             # skipped: score 0
        (False, 0.5, 3_000, "multi", Rating.Hard),         # partial credit
        (True, 1.0, 30_000, "choice", Rating.Hard),        # right but slow
        (True, 1.0, 12_000, "choice", Rating.Good),
        (True, 1.0, 3_000, "true_false", Rating.Easy),     # right and fast
        (True, 1.0, 8_000, "who_said", Rating.Good),       # 8 s is not fast for recognising...
        (True, 1.0, 8_000, "number", Rating.Easy),         # ...but it is for typing a number
        (True, 1.0, 30_000, "order", Rating.Good),         # 30 s is not slow for ordering items
        (True, 1.0, 50_000, "date", Rating.Hard),
        (True, 1.0, 0, "choice", Rating.Good),             # time not measured: speed ignored
        (True, 1.0, 3_000, "some_future_type", Rating.Easy),
    ],
)
def test_rating_for(correct: bool, score: float, elapsed_ms: int, qtype: str, expected: Rating) -> None:
    assert rating_for(correct, score, elapsed_ms, qtype) == expected


def test_every_question_type_has_expected_times() -> None:
    from trainer.deck.model import QUESTION_TYPES

    assert set(EXPECTED_MS) == set(QUESTION_TYPES)
    assert all(0 < fast < slow for fast, slow in EXPECTED_MS.values())


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "scores.sqlite3") as opened:
        yield opened


def answer(store: Store, session_id: int, qid: str, *, right: bool, now: dt.datetime, elapsed_ms: int = 12_000,
           profile: str = "ana", deck_id: str = "deck") -> None:
    new = NewAnswer(deck_id, qid, "choice", "x", "x", right, 1.0 if right else 0.0, False, elapsed_ms, now)
    store.record_answer(session_id, deck_id=deck_id, question_id=qid, qtype="choice", response="x", response_text="x",
                        correct=right, score=new.score, skipped=False, elapsed_ms=elapsed_ms, now=now,
                        card_update=card_update(profile, new))


def session(store: Store, ids: list[str], *, profile: str = "ana", now: dt.datetime = T0) -> int:
    return store.start_session(deck_id="deck", deck_title="Deck", mode="practice", seed=1, question_ids=ids,
                               profile=profile, now=now)


def test_an_answer_creates_and_moves_the_card_in_its_transaction(store: Store) -> None:
    sid = session(store, ["q1", "q2"])
    answer(store, sid, "q1", right=True, now=T0)
    answer(store, sid, "q2", right=False, now=T0)
    right, wrong = store.card("ana", "deck", "q1"), store.card("ana", "deck", "q2")
    assert right is not None and wrong is not None
    assert right.reps == wrong.reps == 1 and right.fsrs_version == wrong.fsrs_version == fsrs_version()
    assert right.last_right and not wrong.last_right
    assert right.due > wrong.due > T0  # a miss comes back sooner
    assert right.last_review == T0
    assert store.card("ben", "deck", "q1") is None  # cards are per profile


def test_a_failing_card_update_stores_no_answer(store: Store) -> None:
    sid = session(store, ["q1"])

    def broken(previous: CardRow | None, history: object) -> CardRow:
        raise RuntimeError("scheduler bug")

    with pytest.raises(RuntimeError):
        store.record_answer(sid, deck_id="deck", question_id="q1", qtype="choice", response="x", response_text="x",
                            correct=True, score=1.0, skipped=False, elapsed_ms=1, now=T0, card_update=broken)
    assert store.answers(sid) == [] and store.session(sid).answered == 0


def test_schedules_are_reproducible(tmp_path: Path) -> None:
    dues = []
    for name in ("one", "two"):
        with Store.open(tmp_path / f"{name}.sqlite3") as store:
            sid = session(store, ["q1"] * 1)
            answer(store, sid, "q1", right=True, now=T0)
            for day in (3, 20, 90):
                later = session(store, ["q1"], now=T0 + dt.timedelta(days=day))
                answer(store, later, "q1", right=True, now=T0 + dt.timedelta(days=day))
            dues.append(store.card("ana", "deck", "q1").due)  # type: ignore[union-attr]
    assert dues[0] == dues[1] and dues[0] > T0 + dt.timedelta(days=100)


def _write_card(path: Path, card_json: str, version: str, reps: int = 7) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE cards SET card_json = ?, fsrs_version = ?, reps = ? WHERE question_id = 'q1'",
                 (card_json, version, reps))
    conn.commit()
    conn.close()


def test_a_card_from_another_fsrs_version_is_migrated_with_from_dict(store: Store) -> None:
    first = session(store, ["q1"])
    answer(store, first, "q1", right=True, now=T0)
    stored = store.card("ana", "deck", "q1")
    assert stored is not None
    _write_card(store.path, stored.card_json, "5.1.3", reps=7)
    later = T0 + dt.timedelta(days=2)
    answer(store, session(store, ["q1"], now=later), "q1", right=True, now=later)
    card = store.card("ana", "deck", "q1")
    assert card is not None and card.fsrs_version == fsrs_version()
    assert card.reps == 8  # loaded and reviewed once more, not rebuilt from the two answers


def test_a_card_in_a_foreign_format_is_rebuilt_from_the_history(store: Store) -> None:
    moments = [T0, T0 + dt.timedelta(days=1), T0 + dt.timedelta(days=4)]
    for n, moment in enumerate(moments[:2]):
        answer(store, session(store, ["q1"], now=moment), "q1", right=n > 0, now=moment)
    old_format = json.dumps({"due": "2026-03-09", "interval": 3, "ease": 2.5, "queue": "review"})  # SM-2 style
    _write_card(store.path, old_format, "1.2.0", reps=99)
    assert load_card(store.card("ana", "deck", "q1")) is None  # type: ignore[arg-type]

    answer(store, session(store, ["q1"], now=moments[2]), "q1", right=True, now=moments[2])
    rebuilt = store.card("ana", "deck", "q1")
    assert rebuilt is not None and rebuilt.fsrs_version == fsrs_version()
    assert rebuilt.reps == 3 and rebuilt.last_review == moments[2]  # all three answers replayed
    assert Card.from_json(rebuilt.card_json).last_review == moments[2]


def test_answers_given_before_cards_existed_are_replayed(store: Store) -> None:
    for day in (0, 2):
        moment = T0 + dt.timedelta(days=day)
        sid = session(store, ["q1"], now=moment)
        store.record_answer(sid, deck_id="deck", question_id="q1", qtype="choice", response="x", response_text="x",
                            correct=True, score=1.0, skipped=False, elapsed_ms=9000, now=moment)  # no card
    assert store.card("ana", "deck", "q1") is None
    moment = T0 + dt.timedelta(days=10)
    answer(store, session(store, ["q1"], now=moment), "q1", right=False, now=moment)
    card = store.card("ana", "deck", "q1")
    assert card is not None and card.reps == 3 and not card.last_right


def test_an_answer_to_a_finished_session_moves_no_card(store: Store) -> None:
    sid = session(store, ["q1"])
    store.finish_session(sid, status="completed", now=T0)
    with pytest.raises(StoreError):
        answer(store, sid, "q1", right=True, now=T0)
    assert store.card("ana", "deck", "q1") is None
