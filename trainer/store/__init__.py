"""SQLite persistence: sessions, answers and scheduling cards, keyed on profile, deck id and question id.

This is the store's public face: other packages import from ``trainer.store`` only, never from its
modules (an import-linter contract holds ``trainer.study`` to it).
"""

from trainer.store.db import Store
from trainer.store.errors import StoreBusy, StoreError, StoreUnwritable
from trainer.store.records import (
    MULTI_DECK,
    AnswerRecord,
    CardRow,
    CardUpdate,
    DeckStats,
    NewAnswer,
    PastAnswer,
    SessionRecord,
)

__all__ = [
    "MULTI_DECK",
    "AnswerRecord",
    "CardRow",
    "CardUpdate",
    "DeckStats",
    "NewAnswer",
    "PastAnswer",
    "SessionRecord",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreUnwritable",
]
