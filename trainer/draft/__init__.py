"""Drafting decks from news articles: quotes and speakers, figures, dates and names.

Pure Python and deterministic: the same article always gives the same draft. Entry points are
:func:`trainer.draft.build.draft_deck` and the ``trainer draft`` command (:mod:`trainer.draft.cli`).
"""
