"""A practice session: one question at a time, feedback with the source quote after each answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from trainer.deck.grading import check_response
from trainer.deck.types import type_of
from trainer.store import StoreError
from trainer.study.session import Outcome, StudySession
from trainer.ui.format import plain, points
from trainer.ui.widgets.answers import Answered, answer_widget
from trainer.ui.widgets.feedback import Feedback, FeedbackView
from trainer.ui.widgets.footer import StableFooter

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


class QuizScreen(Screen[None]):
    """Asks the session's questions in order; the session (core) grades and records every answer.

    Each answer is graded at once and its feedback drawn in the same frame (the widgets are filled in
    place, never mounted); the session's writer commits it on its own thread. While the database is
    busy (another program holds it) the status line says "saving…" and the student carries on.
    Moving between question and feedback is one awaited step at a time, so a key pressed while the
    next question mounts is applied to it (the app holds keys until each one settles).
    """

    app: "TrainerApp"

    BINDINGS = [
        Binding("escape", "leave", "Leave", id="leave"),
        Binding("ctrl+s", "skip", "Skip", id="skip"),
        # n first: the footer shows the first key, and an answer widget's own Enter hides this one while it has focus.
        Binding("n,enter", "next", "Next", id="next"),
        Binding("s", "source", "Source", id="source"),
    ]

    #: Seconds an answer may take to reach the disk before the status line says "saving…".
    SAVING_AFTER = 0.25

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session
        self.title_text = session.deck.title
        self.outcome: Outcome | None = None
        self._saving = False
        self._moving = False  # between questions: the old answer widget is going, the new one not yet there
        self._sourced = False  # the answered question has a source to read (unsourced ones have none)

    @property
    def ready_for_keys(self) -> bool:
        """False while the next question is being put on screen: the app holds keys until it is there."""
        return not self._moving

    @property
    def in_progress(self) -> bool:
        """True while some question is still unanswered."""
        return self.session.answered < self.session.total

    def compose(self) -> ComposeResult:
        yield Static(id="quiz-status")
        with VerticalScroll(id="quiz-body"):
            yield Static(id="prompt")
            yield Vertical(id="answer-slot")
            feedback = Feedback(id="feedback")
            feedback.display = False
            yield feedback
            yield Static(id="hint")
        yield StableFooter()  # the same keys throughout, dimmed when not available: no rebuild per answer

    async def on_mount(self) -> None:
        await self.show_question()

    # -- asking -----------------------------------------------------------------------------

    async def show_question(self) -> None:
        """Put the current question on screen, all of it in one frame.

        The new answer widget is mounted hidden (mounting takes a few turns of the event loop), and
        only then are the prompt, the widget, the hint and the status swapped in, in one go.
        """
        question = self.session.current
        assert question is not None
        presentation = self.session.presentation
        self._moving = True
        try:
            slot = self.query_one("#answer-slot")
            await slot.remove_children()
            widget = answer_widget(presentation, question.type)
            widget.display = False
            await slot.mount(widget)
            self.outcome = None
            self._update_status()
            self.query_one("#prompt", Static).update(plain(presentation.prompt))
            self.query_one("#feedback", Feedback).display = False
            count = len(presentation.options) or len(presentation.items)
            self._set_hint(type_of(question).practice_hint.format(n=count) + " · Ctrl+S skips")
            widget.display = True
            widget.focus()
            self.query_one("#quiz-body").scroll_home(animate=False)
            self.refresh_bindings()
        finally:
            self._moving = False

    def _update_status(self) -> None:
        session = self.session
        shown = min(session.index + 1, session.total)
        mode = "" if session.mode == "practice" else f"{session.mode} · "
        saving = " · ⏳ saving…" if self._saving else ""
        # Progress first: on a narrow terminal it is the title that gets cut, not the score.
        text = (
            f"question {shown}/{session.total} · score {points(session.score)}/{session.answered}{saving}"
            f" · {mode}{self.title_text}"
        )
        self.query_one("#quiz-status", Static).update(plain(text))

    @on(Answered)
    def grade_answer(self, message: Answered) -> None:
        message.stop()
        if self._moving or self.outcome is not None or not self.session.awaiting_answer:
            return  # an answer widget's late message, after the question was answered or left
        problem = check_response(self.session.current, message.response)
        if problem:
            self._warn(problem)
            return
        self._record(lambda: self.session.answer(message.response))

    def action_skip(self) -> None:
        if not self._moving and self.outcome is None and self.session.awaiting_answer:
            self._record(self.session.skip)

    def _record(self, give: Callable[[], Outcome]) -> None:
        """Grade and store an answer; if the database refuses at once (it never does with a writer), say so."""
        try:
            outcome = give()
        except StoreError as error:
            self._warn(f"Your answer could not be saved, so it was not counted: {error} Try again.")
            return
        self.show_feedback(outcome)
        self._watch_saving()

    def _watch_saving(self) -> None:
        """Say "saving…" while the answer is not on disk yet, and report a write that failed for good."""
        write = self.session.last_write
        if write is None or write.done():
            self._saved(write)
            return
        self.set_timer(self.SAVING_AFTER, self._check_saving)

    def _check_saving(self) -> None:
        write = self.session.last_write
        if write is not None and not write.done():
            if not self._saving:
                self._saving = True
                self._update_status()
            self.set_timer(self.SAVING_AFTER, self._check_saving)
            return
        self._saved(write)

    def _saved(self, write) -> None:
        if self._saving:
            self._saving = False
            self._update_status()
        error = write.exception() if write is not None and write.done() else None
        if error is not None:
            self.notify(f"An answer could not be saved: {error}", title="Not saved", severity="error", timeout=15)

    def _warn(self, text: str) -> None:
        self._set_hint(f"⚠ {text}", error=True)

    def _set_hint(self, text: str, error: bool = False) -> None:
        hint = self.query_one("#hint", Static)
        hint.update(plain(text))
        hint.set_class(error, "error")

    # -- feedback ---------------------------------------------------------------------------

    def show_feedback(self, outcome: Outcome) -> None:
        """Verdict, answers, quote and hint, all changed in this one call: they appear in the same frame."""
        self.outcome = outcome
        question = outcome.question
        source = self._source(outcome)[1]
        self.query_one("#feedback", Feedback).focus()  # not the body: focus restyles a widget and all it holds
        for widget in self.query_one("#answer-slot").children:
            widget.display = False  # removed when the next question is shown
        last = self.session.answered >= self.session.total
        self._sourced = not question.unsourced and source is not None
        read = " · s: read the source" if self._sourced else ""  # an unsourced question has nothing to read
        self._set_hint("Enter: " + ("see the summary" if last else "next question") + read)
        self.query_one("#feedback", Feedback).show(
            FeedbackView(
                score=outcome.grade.score,
                correct=outcome.grade.correct,
                skipped=outcome.skipped,
                response_text=outcome.response_text,
                right_answer=outcome.right_answer,
                note=outcome.grade.note,
                explain=question.explain,
                quote=question.quote,
                citation=source.citation() if source else "",
            )
        )
        self._update_status()
        self.refresh_bindings()

    async def action_next(self) -> None:
        if self.outcome is None or self._moving:
            return
        self.session.advance()
        if self.session.current is None:
            self._finish()
        else:
            await self.show_question()

    def action_source(self) -> None:
        if self.outcome is None or not self._sourced:
            return
        from trainer.ui.screens.source import SourceScreen

        question = self.outcome.question
        loaded, source = self._source(self.outcome)
        article = loaded.articles.get(source.id) if loaded and source else None
        if source is None or article is None:
            self.notify("The source of this question could not be read.", severity="warning")
            return
        self.app.push_screen(SourceScreen(article, source, [question.quote]))

    def _source(self, outcome: Outcome):
        """The loaded deck an answered question comes from, and its source."""
        loaded = self.app.loaded_for(outcome.deck_id)
        deck = loaded.deck if loaded and loaded.deck else self.session.deck_for(outcome.question.id)
        return loaded, deck.source_for(outcome.question) if deck else None

    def _finish(self) -> None:
        from trainer.study.summary import Summary
        from trainer.ui.screens.summary import SummaryScreen

        self.session.finish()
        self.app.switch_screen(SummaryScreen(Summary.from_session(self.session)))

    # -- leaving ----------------------------------------------------------------------------

    def action_leave(self) -> None:
        if not self.in_progress:
            if self.session.current is not None:
                self.session.advance()
            self._finish()
            return
        self.confirm_leave()

    def confirm_leave(self, then_quit: bool = False) -> None:
        from trainer.ui.screens.confirm import ConfirmScreen

        answered = self.session.answered
        if answered:
            kept = (
                f"The {answered} answer{'s' if answered != 1 else ''} you gave {'are' if answered != 1 else 'is'} "
                "kept; you can continue this session later from the home screen."
            )
        else:
            kept = "You have not answered anything yet."
        question = "Quit trainer?" if then_quit else "Leave this session?"

        def leave(confirmed: bool | None) -> None:
            if not confirmed:
                return
            self.session.interrupt()
            if then_quit:
                self.app.exit()
            else:
                self.app.pop_screen()

        self.app.push_screen(ConfirmScreen(question, kept), leave)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        asking = self.outcome is None
        if action == "skip":
            return True if asking else None  # None: shown dimmed, so the footer keeps its keys
        if action == "next":
            return None if asking else True
        if action == "source":
            return True if not asking and self._sourced else None  # dimmed: the footer keeps its keys
        return True
