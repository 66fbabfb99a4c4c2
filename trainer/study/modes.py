"""The study modes, one row each: what the new-session form offers, how the launcher picks the questions,
how a session of the mode is titled and listed, and what to say when there is nothing to ask.

The store keeps a session's mode by ``name`` (``trainer.store`` checks it against its own list, as it
sits below this package; a unit test holds the two together).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from trainer.deck.model import Deck
    from trainer.store import Store


@dataclass(frozen=True)
class Mode:
    name: str  #: as stored with the session
    label: str  #: in the new-session form
    listed: str  #: how a session of this mode reads in lists (history, the deck list, unfinished sessions)
    #: None: the questions are drawn from the deck, shuffled (a random sample for a count); otherwise the
    #: queue they come from, in its order (most urgent first), its first ones taken for a count.
    queue: Literal["review", "mistakes"] | None = None
    title: str = "{deck}"  #: the session's title; ``{deck}`` is the deck's
    empty: str = ""  #: what to say when the queue has nothing to ask
    timed: bool = False  #: the new-session form asks for a time limit (an exam)

    @property
    def shuffle(self) -> bool:
        """Whether the session shuffles its questions (a queue keeps its order)."""
        return self.queue is None

    def session_title(self, deck: "Deck") -> str:
        return self.title.format(deck=deck.title)

    def source(self, store: "Store", decks: list["Deck"], deck: "Deck", profile: str, now: dt.datetime) -> object:
        """Where the questions come from: the deck, or the queue (review: across ``decks``; mistakes: this deck)."""
        from trainer.study.queues import mistakes_queue, review_queue

        if self.queue == "review":
            return review_queue(store, decks, profile, now)
        if self.queue == "mistakes":
            return mistakes_queue(store, [deck], profile)
        return deck


MODES: tuple[Mode, ...] = (
    Mode("practice", "Practice: feedback with the quote after every answer", "practice"),
    Mode("exam", "Exam: no feedback until you submit; optional time limit", "exam", timed=True),
    Mode("read", "Read first: the article, its quotes marked, then practice", "read first"),
    Mode("review", "Review: the questions due today, across all decks", "review", queue="review", title="Review",
         empty="Nothing is due for review today."),
    Mode("mistakes", "Mistakes: this deck's questions you last answered wrong", "mistakes", queue="mistakes",
         title="Mistakes · {deck}", empty="No mistakes to go over."),
)

BY_NAME: dict[str, Mode] = {mode.name: mode for mode in MODES}


def mode_named(name: str) -> Mode:
    """The mode stored as ``name`` (KeyError for an unknown one)."""
    return BY_NAME[name]
