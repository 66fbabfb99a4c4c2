"""How a question is put to the student: its prompt, its options in shown order, or its input hint.

Each question type presents itself (:mod:`trainer.deck.types`). Everything random comes from the
``rng`` passed in, so a session seeded the same way shows the same options in the same order (tests
rely on it, and a resumed session looks as it did).
"""

from __future__ import annotations

import random

from trainer.deck.model import AnyQuestion, Deck
from trainer.deck.question import Presentation
from trainer.deck.types import type_of
from trainer.deck.types._shared import shuffled_order
from trainer.deck.types.who_said import speaker_choices, who_said_prompt

__all__ = ["Presentation", "present", "shuffled_order", "speaker_choices", "who_said_prompt"]


def present(question: AnyQuestion, deck: Deck, rng: random.Random) -> Presentation:
    """How to show ``question``: options shuffled with ``rng``, or a hint for what to type."""
    return type_of(question).present(question, deck, rng)
