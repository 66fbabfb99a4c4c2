"""Command palette: open any loaded deck by typing part of its title.

Titles and paths come from deck files: the title is shown as plain text, and the path, which the
palette's help line parses as markup, is escaped so that it shows exactly as it is named.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from trainer.textsafe import visible
from trainer.ui.format import markup_literal, plain

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


class DeckCommands(Provider):
    """Offers "Study: <deck title>" for every deck that loaded without errors."""

    def _decks(self):
        app: TrainerApp = self.app  # type: ignore[assignment]
        for loaded in app.decks:
            if loaded.ok and loaded.deck is not None:
                yield loaded, f"Study: {visible(loaded.deck.title)}"

    async def discover(self) -> Hits:
        app: TrainerApp = self.app  # type: ignore[assignment]
        for loaded, label in self._decks():
            yield DiscoveryHit(plain(label), partial(app.start_session, loaded), help=markup_literal(loaded.path))

    async def search(self, query: str) -> Hits:
        app: TrainerApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for loaded, label in self._decks():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _highlight(matcher, label), partial(app.start_session, loaded),
                          help=markup_literal(loaded.path))


def _highlight(matcher, label: str) -> Content:
    """Like ``Matcher.highlight``, which parses markup, but treating the deck's title as plain text."""
    content = plain(label)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    for offset in offsets:
        if not label[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
