"""SQLite persistence: sessions, answers and scheduling cards, keyed on profile, deck id and question id."""

from trainer.store.db import (
    MULTI_DECK,
    AnswerRecord,
    CardRow,
    DeckStats,
    NewAnswer,
    PastAnswer,
    SessionRecord,
    Store,
    default_profile,
)
from trainer.store.errors import StoreError

__all__ = [
    "MULTI_DECK",
    "AnswerRecord",
    "CardRow",
    "DeckStats",
    "NewAnswer",
    "PastAnswer",
    "SessionRecord",
    "Store",
    "StoreError",
    "default_profile",
]
