"""Fixtures of the unit tests of study sessions: the small deck, a store in tmp_path, a fixed clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from study_deck import make_deck
from trainer.deck.model import Deck
from trainer.store import Store
from trainer.study.clock import FakeClock


@pytest.fixture
def deck() -> Deck:
    return make_deck()


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "scores.sqlite3") as opened:
        yield opened


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC))
