"""Command palette: every action of the current screen, and any loaded deck by its title.

Deck titles and paths come from files anyone can write: they are shown as plain ``Content``, and
the help line (which Textual parses as markup) is escaped, with control characters made visible.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from trainer.textsafe import visible

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp

#: What an action is called in the palette when the footer's word is too short to find it by.
ACTION_NAMES = {
    "study": "Study this deck (practice, every question)",
    "new_session": "New session (mode, questions, tags, types, time limit)",
    "review": "Review the questions due today (all decks)",
    "mistakes": "Mistakes: this deck's questions last answered wrong",
    "continue": "Continue an unfinished session",
    "stats": "Statistics for this deck",
    "all_stats": "Statistics for all decks",
    "history": "History of this deck",
    "reload": "Reload the decks",
    "toggle_help": "Keys of this screen",
    "next_quote": "Next highlighted quote",
    "previous_quote": "Previous highlighted quote",
    "start": "Start",
    "retry": "Retry the missed questions",
    "source": "Read the source",
    "submit": "Submit the exam",
    "skip": "Skip this question",
}


def plain_help(text: str) -> str:
    """``text`` for a palette help line, which Textual reads as markup: escaped, controls visible."""
    return escape(visible(text))


class ScreenCommands(Provider):
    """The screen's own keys by name (those it enables now), so nothing is reachable only by a key."""

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        app = self.app
        seen: set[str] = set()
        for namespace, binding, enabled, tooltip in self.screen.active_bindings.values():
            if not enabled or not binding.description or binding.action in seen:
                continue
            if namespace is app and binding.action != "toggle_help":
                continue  # Textual's focus and copy keys; Quit is among its system commands
            if namespace is not self.screen and namespace is not app:
                continue  # a widget's own keys (cursor moves, ticking) are not commands
            seen.add(binding.action)
            name = ACTION_NAMES.get(binding.action.split("(")[0], binding.description)
            key = app.get_key_display(binding)
            help_text = f"{tooltip} · key {key}" if tooltip else f"key {key}"
            yield name, partial(app.run_action, binding.action, namespace), help_text

    async def discover(self) -> Hits:
        for name, command, help_text in self._commands():
            yield DiscoveryHit(Content(name), command, help=plain_help(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _highlight(matcher, name), command, help=plain_help(help_text))


#: Export formats offered in the palette: (format, name, file suffix). The files go to the data folder's exports/.
EXPORTS = (
    ("gift", "Moodle GIFT", ".gift"),
    ("aiken", "Aiken", "-aiken.txt"),
    ("anki", "Anki", "-anki.txt"),
    ("csv", "CSV", ".csv"),
)


def export_deck(app: TrainerApp, loaded, kind: str) -> None:
    """Write the deck as ``trainer export`` would, into the data folder's exports/, and say where."""
    from trainer.export import aiken, anki, csvfmt, gift

    exporter = {"gift": gift.export_gift, "aiken": aiken.export_aiken, "anki": anki.export_anki,
                "csv": csvfmt.export_csv}[kind]
    name, suffix = next((name, suffix) for key, name, suffix in EXPORTS if key == kind)
    deck = loaded.deck
    result = exporter(deck)
    written = len(deck.questions) - len(result.skipped)
    if not written:
        app.notify(f"{name} cannot express any question of this deck.", title="Nothing exported", severity="warning")
        return
    target = app.settings.data_dir / "exports" / f"{deck.deck}{suffix}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(result.text, encoding="utf-8", newline="")
    except OSError as error:
        app.notify(f"Cannot write {target}: {error.strerror or error}", title="Export failed", severity="error")
        return
    skipped = f"; {len(result.skipped)} it cannot express left out" if result.skipped else ""
    app.notify(f"Wrote {written} question{'s' if written != 1 else ''} as {name} to {target}{skipped}.",
               title="Exported", timeout=10)


class DeckCommands(Provider):
    """Offers "Study: <deck title>" for every deck that loaded without errors, and (when searched) its exports."""

    def _decks(self):
        app: TrainerApp = self.app  # type: ignore[assignment]
        for loaded in app.decks:
            if loaded.ok and loaded.deck is not None:
                yield loaded, f"Study: {visible(loaded.deck.title)}"

    def _exports(self):
        app: TrainerApp = self.app  # type: ignore[assignment]
        for loaded in app.decks:
            if loaded.ok and loaded.deck is not None:
                for kind, name, _suffix in EXPORTS:
                    yield f"Export: {loaded.deck.title} as {name}", partial(export_deck, app, loaded, kind)

    async def discover(self) -> Hits:
        app: TrainerApp = self.app  # type: ignore[assignment]
        for loaded, label in self._decks():
            yield DiscoveryHit(Content(label), partial(app.start_session, loaded), help=plain_help(str(loaded.path)))

    async def search(self, query: str) -> Hits:
        app: TrainerApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for loaded, label in self._decks():
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score, _highlight(matcher, label), partial(app.start_session, loaded),
                    help=plain_help(str(loaded.path)),
                )
        for label, command in self._exports():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _highlight(matcher, label), command,
                          help=plain_help(f"into {app.settings.data_dir / 'exports'}"))


def _highlight(matcher, label: str) -> Content:
    """Like ``Matcher.highlight``, which parses markup, but treating the label as plain text."""
    content = Content(label)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    for offset in offsets:
        if not label[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
