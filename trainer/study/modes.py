"""The study modes, in one table: what each is called, where its questions come from, how they are asked.

The new-session form lists ``MODES`` in this order with their labels, the launcher follows their rules,
lists name them with ``short``, and the store accepts exactly these names (``trainer.store`` keeps them as
the stored vocabulary: the store sits below this package and cannot read this table; a test keeps the two
equal). A new mode is a row here, plus its screen if it needs one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: Where a mode's questions come from: the chosen deck (a sample of it when a count is given), the
#: questions due today across all decks, or this deck's questions last answered wrong (queue order).
Source = Literal["deck", "due", "mistakes"]


@dataclass(frozen=True)
class Mode:
    name: str  #: stored with the session
    label: str  #: the new-session form's line: the name and what the student gets
    short: str  #: in lists: history, the deck list, unfinished sessions
    source: Source
    empty: str = ""  #: a queue's word when it has nothing to ask
    shuffle: bool = True  #: queues keep their order (the least remembered, the oldest mistake first)
    feedback: bool = True  #: False: nothing is graded on screen until the end (exam)
    timed: bool = False  #: asks for a time limit

    @property
    def queued(self) -> bool:
        """Questions from a queue, in its order; a count takes the first ones rather than a sample."""
        return self.source != "deck"

    def title(self, deck_title: str) -> str:
        """The session's title: the deck's, or what the queue is."""
        if self.source == "due":
            return "Review"
        if self.source == "mistakes":
            return f"Mistakes · {deck_title}"
        return deck_title


MODES: tuple[Mode, ...] = (
    Mode("practice", "Practice: feedback with the quote after every answer", "practice", "deck"),
    Mode("exam", "Exam: no feedback until you submit; optional time limit", "exam", "deck", feedback=False,
         timed=True),
    Mode("read", "Read first: the article, its quotes marked, then practice", "read first", "deck"),
    Mode("review", "Review: the questions due today, across all decks", "review", "due",
         "Nothing is due for review today.", shuffle=False),
    Mode("mistakes", "Mistakes: this deck's questions you last answered wrong", "mistakes", "mistakes",
         "No mistakes to go over.", shuffle=False),
)
BY_NAME: dict[str, Mode] = {mode.name: mode for mode in MODES}


def mode(name: str) -> Mode:
    """The mode called ``name``; KeyError for a name no mode has."""
    return BY_NAME[name]


def short_name(name: str) -> str:
    """How a stored session's mode reads in lists (an unknown name as it is)."""
    found = BY_NAME.get(name)
    return found.short if found else name
