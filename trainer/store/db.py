"""The score store: every session and every answer, in one SQLite file.

:class:`Store` puts the store's rooms together: the guarded connection
(:mod:`~trainer.store.connection`), sessions (:mod:`~trainer.store.sessions`), answers and exam
responses (:mod:`~trainer.store.answers`), scheduling cards and the queues
(:mod:`~trainer.store.cards`), and the statistics and hand-in questions
(:mod:`~trainer.store.queries`). The records they take and give are in
:mod:`~trainer.store.records`; times and responses are written and read by
:mod:`~trainer.store.codec` alone. No SQL is written outside this package.
"""

from __future__ import annotations

from trainer.store.answers import AnswerTable
from trainer.store.queries import Queries
from trainer.store.sessions import SessionTable


class Store(SessionTable, AnswerTable, Queries):
    """The score database. Safe to share between threads: writes and reads go through connections of their own,
    each behind its lock, so a write waiting for a database another program holds never holds up a read.

    Other packages ask it questions by name (``store.due_cards(profile, until)``), never with a
    query string: moving the scores to another database touches ``trainer/store/`` only.
    """
