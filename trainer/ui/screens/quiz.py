"""A practice session: one question at a time, feedback with the source quote after each answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from trainer.deck.grading import check_response
from trainer.store import StoreError
from trainer.study.session import Outcome, StudySession
from trainer.ui.format import points
from trainer.ui.widgets.answers import Answered, answer_widget
from trainer.ui.widgets.feedback import Feedback

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp

HINTS = {
    "single": "1–{n} or ↑↓ and Enter to answer · Ctrl+S skips",
    "multi": "Space or 1–{n} ticks · Enter submits · Ctrl+S skips",
    "order": "↑↓ choose · Shift+↑↓ or [ ] move · Enter submits · Ctrl+S skips",
    "typed": "Type, then Enter · Ctrl+S skips",
    "match": "↑↓ item · 1–{n} or ←→ its partner · Backspace clears · Enter submits · Ctrl+S skips",
}


class QuizScreen(Screen[None]):
    """Asks the session's questions in order; the session (core) grades and records every answer."""

    app: "TrainerApp"

    BINDINGS = [
        Binding("escape", "leave", "Leave", id="leave"),
        Binding("ctrl+s", "skip", "Skip", id="skip"),
        Binding("enter,n", "next", "Next", id="next"),
        Binding("s", "source", "Source", id="source"),
    ]

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session
        self.title_text = session.deck.title
        self.outcome: Outcome | None = None

    @property
    def in_progress(self) -> bool:
        """True while some question is still unanswered."""
        return self.session.answered < self.session.total

    def compose(self) -> ComposeResult:
        yield Static(id="quiz-status")
        with VerticalScroll(id="quiz-body"):
            yield Static(id="prompt")
            yield Vertical(id="answer-slot")
            yield Vertical(id="feedback-slot")
            yield Static(id="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.show_question()

    # -- asking -----------------------------------------------------------------------------

    def show_question(self) -> None:
        question = self.session.current
        assert question is not None
        presentation = self.session.presentation
        self.outcome = None
        self._update_status()
        self.query_one("#prompt", Static).update(Content(presentation.prompt))
        self.query_one("#feedback-slot").remove_children()
        slot = self.query_one("#answer-slot")
        slot.remove_children()
        widget = answer_widget(presentation, question.type)
        slot.mount(widget)
        count = len(presentation.options) or len(presentation.items)
        hint = self.query_one("#hint", Static)
        hint.update(Content(HINTS[presentation.kind].format(n=count)))
        hint.remove_class("error")
        self.call_after_refresh(widget.focus)
        self.query_one("#quiz-body").scroll_home(animate=False)
        self.refresh_bindings()

    def _update_status(self) -> None:
        session = self.session
        shown = min(session.index + 1, session.total)
        mode = "" if session.mode == "practice" else f"{session.mode} · "
        # Progress first: on a narrow terminal it is the title that gets cut, not the score.
        text = f"question {shown}/{session.total} · score {points(session.score)}/{session.answered} · {mode}{self.title_text}"
        self.query_one("#quiz-status", Static).update(Content(text))

    @on(Answered)
    def grade_answer(self, message: Answered) -> None:
        message.stop()
        if self.outcome is not None or self.session.current is None:
            return
        problem = check_response(self.session.current, message.response)
        if problem:
            self._warn(problem)
            return
        self._record(lambda: self.session.answer(message.response))

    def action_skip(self) -> None:
        if self.outcome is None and self.session.current is not None:
            self._record(self.session.skip)

    def _record(self, give: Callable[[], Outcome]) -> None:
        """Store an answer; if the database refuses (locked, disk full), say so and let the student retry."""
        try:
            outcome = give()
        except StoreError as error:
            self._warn(f"Your answer could not be saved, so it was not counted: {error} Try again.")
            return
        self.show_feedback(outcome)

    def _warn(self, text: str) -> None:
        hint = self.query_one("#hint", Static)
        hint.update(Content(f"⚠ {text}"))
        hint.add_class("error")

    # -- feedback ---------------------------------------------------------------------------

    def show_feedback(self, outcome: Outcome) -> None:
        self.outcome = outcome
        question = outcome.question
        source = self._source(outcome)[1]
        self.query_one("#answer-slot").remove_children()
        last = self.session.answered >= self.session.total
        self.query_one("#hint", Static).update(
            Content("Enter: " + ("see the summary" if last else "next question") + " · s: read the source")
        )
        self.query_one("#hint", Static).remove_class("error")
        slot = self.query_one("#feedback-slot")
        slot.remove_children()
        slot.mount(
            Feedback(
                score=outcome.grade.score,
                correct=outcome.grade.correct,
                skipped=outcome.skipped,
                response_text=outcome.response_text,
                right_answer=outcome.right_answer,
                note=outcome.grade.note,
                explain=question.explain,
                quote=question.quote,
                citation=source.citation() if source else "",
                id="feedback",
            )
        )
        self._update_status()
        self.query_one("#quiz-body").focus()
        self.refresh_bindings()

    def action_next(self) -> None:
        if self.outcome is None:
            return
        self.session.advance()
        if self.session.current is None:
            self._finish()
        else:
            self.show_question()

    def action_source(self) -> None:
        if self.outcome is None:
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
            return asking
        if action in ("next", "source"):
            return not asking
        return True
