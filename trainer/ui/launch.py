"""Opening sessions and the screens around them: what the home screen, the palette and summaries ask for.

A mixin of :class:`trainer.ui.app.TrainerApp`, kept apart so that ``app.py`` only wires the app
together. Every method builds a session in the core (``trainer.study``) and pushes its screen.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from trainer.store import StoreBusy, StoreError

if TYPE_CHECKING:
    from textual.app import App

    from trainer.deck.loader import LoadedDeck
    from trainer.deck.model import Deck
    from trainer.settings import Settings
    from trainer.store import SessionRecord, Store
    from trainer.study.clock import Clock
    from trainer.study.exam import ExamSession
    from trainer.study.writer import AnswerWriter
    from trainer.ui.screens.setup import SessionPlan

    _Base = App[None]
else:
    _Base = object

#: The title of a retry of a session's missed questions (the history names such sessions by it).
RETRY_TITLE = "Missed questions"
#: Seconds a session's start waits for the answer writer to store what is queued before it says "still saving".
FLUSH_BEFORE_START = 0.5


class SessionLauncher(_Base):
    settings: Settings
    store: Store
    clock: Clock
    decks: list[LoadedDeck]
    writer: AnswerWriter
    #: Damaged rows already named to the student in this run (see :meth:`report_damage`).
    damage_told: set[str]
    _seeds: random.Random

    def next_seed(self) -> int:
        """A seed for the next session: reproducible when ``--seed`` was given."""
        return self._seeds.randrange(2**31)

    def use_decks(self, decks: list[LoadedDeck]) -> None:
        """The decks the app studies from now on (the home screen's load or reload, the preview's reload)."""
        self.decks = list(decks)

    def loaded_at(self, path: str) -> LoadedDeck | None:
        """The loaded deck read from this file (as a deck list entry names it); None before the decks are loaded."""
        return next((loaded for loaded in self.decks if str(loaded.path) == path), None)

    def loaded_for(self, deck_id: str) -> LoadedDeck | None:
        """The loaded deck with this id (its articles feed the source reader)."""
        return next((d for d in self.decks if d.deck is not None and d.deck.deck == deck_id), None)

    def usable_decks(self) -> list[Deck]:
        return [loaded.deck for loaded in self.decks if loaded.ok and loaded.deck is not None]

    def start_session(self, loaded: LoadedDeck, mode: str = "practice") -> None:
        """Open a session on every question of a deck, shuffled."""
        if not loaded.ok or loaded.deck is None:
            error = loaded.first_error
            self.notify(str(error) if error else "This deck cannot be opened.", title="Deck has errors", severity="error")
            return
        deck = loaded.deck
        self.start_items([(deck, question) for question in deck.questions], title=deck.title, mode=mode)

    def start_items(self, items: list, *, title: str, mode: str, shuffle: bool = True) -> None:
        """Open a session over (deck, question) items, possibly from several decks (review, mistakes, retry)."""
        if not items:
            self.notify("There are no questions to ask.", severity="warning")
            return
        from trainer.study.session import StudySession
        from trainer.ui.screens.quiz import QuizScreen

        try:
            with self.not_waiting():
                session = StudySession.start_items(
                    self.store, items, title=title, mode=mode, seed=self.next_seed(), profile=self.settings.profile,
                    clock=self.clock, shuffle=shuffle,
                )
        except StoreError as error:
            self.cannot_save(error)
            return
        session.writer = self.writer
        self.push_screen(QuizScreen(session))

    def report_damage(self) -> None:
        """Rows of the score database found damaged while reading (left out, never a crash): say which, once.

        Continue and the history read a session's answers again each time they open it; the store notes its
        damage again once its list was emptied, so what was said is remembered here, for the app's run.
        """
        from trainer.textsafe import visible

        while self.store.damage:
            note = self.store.damage.pop(0)
            if note not in self.damage_told:
                self.damage_told.add(note)
                self.notify(visible(note), title="Damaged scores", severity="warning", timeout=20)

    @contextmanager
    def not_waiting(self) -> Iterator[None]:
        """Opening a session writes its row on the UI thread: fail at once, not after the busy timeout.

        Another program holding the score database would otherwise freeze the screen for the store's
        busy timeout (seconds) before saying so. Answers still queued for the writer go first, so a
        session never starts ahead of them; while they wait for the database it is held anyway.
        """
        if (self.writer.state.pending or self.writer.state.problem) and not self.writer.flush(FLUSH_BEFORE_START):
            raise StoreBusy("your last answers are still waiting for the score database")
        with self.store.not_waiting():
            yield

    def cannot_save(self, error: Exception) -> None:
        """The score database refused a write (locked by another program, disk full): say so, lose nothing."""
        if isinstance(error, StoreBusy):  # held by another program: nothing was started, nothing is lost
            self.notify(
                f"The score database {self.store.path} is held by another program (another trainer, an sqlite3 "
                "shell, a backup or sync tool), so the session was not started. Close that program and try again; "
                "nothing was lost.",
                title="Could not start the session", severity="error", timeout=10,
            )
            return
        self.notify(f"{error}", title="Could not start the session", severity="error", timeout=10)

    def retry_missed(self, missed_keys: list[tuple[str, str]]) -> None:
        """A practice session on the questions a session missed, wherever they are now."""
        items = []
        for deck_id, question_id in missed_keys:
            loaded = self.loaded_for(deck_id)
            question = loaded.deck.question(question_id) if loaded and loaded.ok and loaded.deck else None
            if question is not None:
                items.append((loaded.deck, question))
        if not items:
            self.notify("Those questions are no longer in their decks.", severity="warning")
            return
        self.start_items(items, title=RETRY_TITLE, mode="practice")

    def run_plan(self, loaded: LoadedDeck, plan: SessionPlan) -> None:
        """Start what the new-session screen asked for, on the questions its options select.

        Practice, exam and read-first draw from the deck (a random sample when a count is given);
        review (all decks) and mistakes (this deck) keep their queue's order and take its first ones.
        """
        from trainer.study.modes import mode_named
        from trainer.study.selection import SelectionError, select

        deck = loaded.deck
        assert deck is not None
        mode = mode_named(plan.mode)
        queued = not mode.shuffle
        source = mode.source(self.store, self.usable_decks(), deck, self.settings.profile, self.clock.now())
        try:
            items = select(source, count=None if queued else plan.count, tags=plan.tags or None,
                           types=plan.types or None, seed=self.next_seed())
        except SelectionError as error:
            self.notify(mode.empty if queued and not source else str(error), title="Nothing to ask", severity="warning")
            return
        if queued:
            self.start_items(items[: plan.count], title=mode.session_title(deck), mode=plan.mode, shuffle=False)
        elif plan.mode == "exam":
            self.start_exam(items, time_limit=plan.minutes * 60 if plan.minutes else None, title=deck.title)
        elif plan.mode == "read":
            self.read_first(loaded, items)
        else:
            self.start_items(items, title=deck.title, mode="practice")

    def read_first(self, loaded: LoadedDeck, items: list) -> None:
        """The article with the chosen questions' quotes marked; Enter then starts the quiz on them."""
        from trainer.ui.screens.source import SourceScreen

        deck = loaded.deck
        assert deck is not None
        source = deck.source_for(items[0][1])
        article = loaded.articles.get(source.id) if source else None
        if source is None or article is None:
            self.start_items(items, title=deck.title, mode="read")
            return
        quotes = [question.quote for _, question in items if deck.source_for(question) == source]
        others = len(items) - len(quotes)
        if others:
            self.notify(f"{others} of the questions come from other articles of this deck.")
        self.push_screen(
            SourceScreen(article, source, quotes, on_start=lambda: self.start_items(items, title=deck.title, mode="read"))
        )

    def start_review(self) -> None:
        """Every question due today, across all decks, the least well remembered first."""
        from trainer.study.queues import review_queue

        items = review_queue(self.store, self.usable_decks(), self.settings.profile, self.clock.now())
        if not items:
            self.notify("Nothing is due for review today. Questions become due after you have answered them.")
            return
        self.start_items(items, title="Review", mode="review", shuffle=False)

    def start_mistakes(self, loaded: LoadedDeck | None) -> None:
        """The questions last answered wrong (in one deck, or all), until they are answered right."""
        from trainer.study.queues import mistakes_queue

        decks = [loaded.deck] if loaded is not None and loaded.deck is not None else self.usable_decks()
        items = mistakes_queue(self.store, decks, self.settings.profile)
        if not items:
            studied = self.store.deck_stats(self.settings.profile)
            if any(deck.deck in studied for deck in decks):
                self.notify("No mistakes to go over: every question you answered last time was right.")
            else:
                where = "this deck" if len(decks) == 1 else "your decks"
                self.notify(f"No mistakes yet: nothing in {where} has been answered. The questions you get "
                            "wrong in practice, review or an exam come back here until you get them right.")
            return
        title = f"Mistakes · {decks[0].title}" if len(decks) == 1 else "Mistakes"
        self.start_items(items, title=title, mode="mistakes", shuffle=False)

    def resume(self, record: SessionRecord) -> None:
        """Continue an unfinished session with the answers already given."""
        from trainer.study.exam import ExamSession
        from trainer.study.session import StudySession
        from trainer.study.summary import Summary
        from trainer.ui.screens.quiz import QuizScreen
        from trainer.ui.screens.summary import SummaryScreen

        if not self.writer.flush(timeout=0.5):  # resuming reads what the writer may not have stored yet
            self.notify("Your last answers are still being saved: another program holds the score database. "
                        "Continue once it lets go (the status line says saving… until then).",
                        title="Still saving", severity="warning", timeout=10)
            return
        decks = self.usable_decks()
        try:
            with self.not_waiting():
                if record.mode == "exam":
                    exam = ExamSession.resume(self.store, record, decks, self.clock)
                else:
                    session = StudySession.resume(self.store, record, decks, self.clock)
                    session.writer = self.writer
                    if session.done:
                        session.finish()
            self.report_damage()
            if record.mode == "exam":
                self.resume_exam(exam)
                return
        except StoreError as error:
            self.cannot_save(error)
            return
        except ValueError as error:  # its questions are gone from the decks (or the deck now has errors)
            self.notify(f"{error}. Press x on it to discard it.", title="Cannot continue", severity="warning",
                        timeout=10)
            return
        if session.done:
            self.push_screen(SummaryScreen(Summary.from_session(session)))
        else:
            self.push_screen(QuizScreen(session))

    def start_exam(self, items_or_deck: Deck | list, *, time_limit: float | None, title: str | None = None) -> None:
        """Open an exam (answers saved, graded on submit) on a deck or on (deck, question) items."""
        from trainer.study.exam import ExamSession
        from trainer.ui.screens.exam import ExamScreen

        try:
            with self.not_waiting():
                session = ExamSession.start(
                    self.store, items_or_deck, seed=self.next_seed(), profile=self.settings.profile, clock=self.clock,
                    time_limit=time_limit, title=title,
                )
        except StoreError as error:
            self.cannot_save(error)
            return
        except ValueError as error:
            self.notify(str(error), title="No exam", severity="warning")
            return
        session.writer = self.writer  # its saves and its submission wait for the disk on the writer's thread
        self.push_screen(ExamScreen(session))

    def resume_exam(self, session: ExamSession) -> None:
        """Show an exam reopened with ``ExamSession.resume`` (its time still counts from its start)."""
        from trainer.ui.screens.exam import ExamScreen

        session.writer = self.writer
        self.push_screen(ExamScreen(session))

    def open_history(self, loaded: LoadedDeck) -> None:
        from trainer.ui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen(loaded))

    def open_stats(self, loaded: LoadedDeck | None) -> None:
        """Statistics for one deck, or for every deck that loaded when ``loaded`` is None."""
        from trainer.ui.screens.stats import StatsScreen

        decks = self.usable_decks()
        if loaded is not None and loaded.deck is not None:
            self.push_screen(StatsScreen(decks, loaded.deck.deck, loaded.deck.title))
        else:
            self.push_screen(StatsScreen(decks, None, "all decks"))
