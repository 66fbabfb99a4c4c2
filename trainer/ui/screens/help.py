"""`?`: the keys of the screen it was opened on, in the README's words, then the keys that work everywhere.

Textual's own key panel lists every binding of every focused widget ("^pgup Page Left", options 5-9
on a 4-option question); a student needs what each key does here. Screens this module does not
know fall back to their footer's bindings.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static
from trainer.ui.widgets.footer import TrainerFooter

#: Per screen class: (keys, what they do), as the README's Keys table says it.
KEYS: dict[str, list[tuple[str, str]]] = {
    "HomeScreen": [
        ("↑ ↓", "choose a deck"),
        ("Enter", "practise it: every question, shuffled, feedback after each"),
        ("n", "new session: mode, number of questions, tags, types, time limit"),
        ("v", "review: the questions due today, across all decks"),
        ("m", "mistakes: this deck's questions you last answered wrong"),
        ("c", "continue (or discard) an unfinished session"),
        ("s / S", "statistics for this deck / for all decks"),
        ("h", "history: this deck's past sessions"),
        ("r", "reload the deck files"),
    ],
    "QuizScreen": [
        ("1–9", "choose an option (or ↑ ↓ and Enter)"),
        ("t / f (or y / n)", "true or false"),
        ("Space or 1–9", "several answers: tick; Enter submits"),
        ("type, Enter", "figures, dates and typed answers"),
        ("↑ ↓, Shift+↑ ↓ or [ ]", "order: choose an item, move it; Enter submits"),
        ("Ctrl+S", "skip (counts as wrong)"),
        ("Enter or n", "after an answer: next question"),
        ("s", "after an answer: read the source, scrolled to the quote (when the question has one)"),
        ("Esc", "leave (asks; your answers are kept and the session can be continued)"),
    ],
    "ExamScreen": [
        ("answer as in practice", "the exam moves on to the next question"),
        ("Enter", "save this answer (several answers, order, typed); it can be changed until you submit"),
        ("PgDn / PgUp", "next / previous question"),
        ("Ctrl+S", "submit the whole exam (asks first)"),
        ("Esc", "leave (the exam can be continued)"),
    ],
    "ExamResultsScreen": [
        ("↑ ↓", "choose a question (a bar marks it)"),
        ("PgUp PgDn", "scroll"),
        ("s", "read the chosen question's source, scrolled to the quote"),
        ("r", "retry the missed questions"),
        ("Esc or Enter", "home"),
    ],
    "SourceScreen": [
        ("↑ ↓ PgUp PgDn", "scroll"),
        ("Home / End", "the top / the end of the article"),
        ("n / p", "next / previous highlighted quote"),
        ("Enter", "start the quiz (read first)"),
        ("Esc", "back"),
    ],
    "SummaryScreen": [
        ("↑ ↓ PgUp PgDn", "scroll"),
        ("r", "retry the missed questions"),
        ("h", "this deck's history"),
        ("Esc or Enter", "home"),
    ],
    "StatsScreen": [
        ("↑ ↓ PgUp PgDn", "scroll"),
        ("Esc", "back"),
    ],
    "HistoryScreen": [
        ("↑ ↓", "choose a session"),
        ("Enter", "show it in full"),
        ("Esc", "back"),
    ],
    "SetupScreen": [
        ("Tab / Shift+Tab", "between fields"),
        ("↑ ↓", "choose a mode, or move in a list"),
        ("Space", "ticks a tag or type"),
        ("Ctrl+S", "start (Enter on the mode list too)"),
        ("Esc", "cancel"),
    ],
    "ResumeScreen": [
        ("↑ ↓", "choose a session"),
        ("Enter", "continue where you left off"),
        ("x", "discard it (asks first; it stays in the history)"),
        ("Esc", "back"),
    ],
    "PreviewScreen": [
        ("Enter", "practise the deck (not recorded in your scores)"),
        ("r", "reload now (saving the deck or an article reloads too)"),
        ("Esc", "quit"),
    ],
    "ConfirmScreen": [
        ("y", "yes"),
        ("n or Esc", "no"),
    ],
}

#: How each screen is called in the help's title.
NAMES = {
    "HomeScreen": "Home", "QuizScreen": "Question", "ExamScreen": "Exam", "ExamResultsScreen": "Exam results",
    "SourceScreen": "Source reader", "SummaryScreen": "Summary", "StatsScreen": "Statistics",
    "HistoryScreen": "History", "SetupScreen": "New session", "ResumeScreen": "Unfinished sessions",
    "PreviewScreen": "Preview", "ConfirmScreen": "Confirm",
}  # fmt: skip

EVERYWHERE = [
    ("? or F1", "this list"),
    ("Ctrl+P", "the command palette: every action of this screen by name; any deck, to study or export it"),
    ("Ctrl+Q", "quit (asking first during a session)"),
]


def keys_for(screen: Screen) -> list[tuple[str, str]]:
    """The keys of ``screen``: from :data:`KEYS`, else the bindings its footer shows."""
    known = KEYS.get(type(screen).__name__)
    if known is not None:
        return known
    keys = []
    for _namespace, binding, enabled, tooltip in screen.active_bindings.values():
        if enabled and binding.show and binding.description and binding.action not in ("toggle_help", "quit"):
            keys.append((screen.app.get_key_display(binding), tooltip or binding.description))
    return keys


def help_for(screen: Screen) -> HelpScreen:
    name = type(screen).__name__
    return HelpScreen(NAMES.get(name, name.removesuffix("Screen")), keys_for(screen))


def _rows(keys: list[tuple[str, str]]) -> ComposeResult:
    """One row per key, the key in a column of its own, so that a long description wraps in its column."""
    width = max((len(key) for key, _ in keys), default=0) + 2
    for key, what in keys:
        with Horizontal(classes="help-row"):
            key_cell = Static(Content(key), classes="help-key")
            key_cell.styles.width = width
            yield key_cell
            yield Static(Content(what), classes="help-what")


class HelpScreen(ModalScreen[None]):
    """The keys of the screen below, then the global ones; any of Esc, ?, q or Enter closes it."""

    BINDINGS = [Binding("escape,question_mark,f1,q,enter", "dismiss(None)", "Close", id="close-help")]

    def __init__(self, title: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(Content(f"Keys · {self.title_text}"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield from _rows(self.keys)
                yield Static(Content("Everywhere"), classes="section")
                yield from _rows(EVERYWHERE)
        yield TrainerFooter()

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()
