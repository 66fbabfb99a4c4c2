"""SQLite persistence: sessions and answers, keyed on deck id and question id."""

from trainer.store.db import AnswerRecord, DeckStats, SessionRecord, Store, default_profile
from trainer.store.errors import StoreError

__all__ = ["AnswerRecord", "DeckStats", "SessionRecord", "Store", "StoreError", "default_profile"]
