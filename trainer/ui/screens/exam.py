"""An exam (Moodle's deferred feedback): every question open, answers changeable, no verdict until submitted.

The screen only shows and collects: :class:`~trainer.study.exam.ExamSession` saves each response at
once, keeps the time and grades everything on ``submit()``. A timed exam is ticked every second;
when the time is up the session submits itself and the results are shown.

Enter confirms an answer, but a student who types or ticks and then moves on (PgUp/PgDn, Ctrl+S,
the clock) means that answer too: whatever the widget holds unconfirmed is saved first (the
widget's ``pending``), and an answer that cannot be saved keeps the student on its question.

The saves go through the app's writer thread: while another program holds the score database the
status line says "⏳ saving…" and the student carries on; a submitted exam's results are shown at
once, and the student is told when the submission reached the disk (or why it could not).
"""

from __future__ import annotations

import math
from concurrent.futures import Future
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from trainer.deck.grading import format_response
from trainer.deck.types import type_of
from trainer.store import StoreError
from trainer.study.exam import ExamReport, ExamSession, ExamTimeUp
from trainer.study.session import InvalidResponse
from trainer.ui.format import plain
from trainer.ui.widgets.answers import Answered, AnswerWidget, answer_widget
from trainer.ui.widgets.footer import TrainerFooter
from trainer.ui.widgets.question import QuestionBody

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp

ANSWERED, OPEN, CURRENT = "●", "○", "▶"
LEGEND = f"  {ANSWERED} answered {OPEN} to do {CURRENT} current"
#: Questions per navigator group, and groups shown at once (4 x 10 fits 80 columns with the legend).
GROUP, GROUPS_SHOWN = 10, 4
#: In a timed exam's last seconds every tick saves what the widget holds (once over, nothing can be saved).
SAVE_BEFORE_END = 3.0


def clock_text(seconds: float) -> str:
    """Time left as mm:ss (h:mm:ss from an hour), rounded up so that 00:00 means over."""
    whole = max(0, math.ceil(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def navigator(answered: set[int], total: int, current: int, width: int = 78) -> Content:
    """One line of symbols, ten to a group; a window of groups around the current one for long exams."""
    groups = math.ceil(total / GROUP)
    first = 0
    if groups > GROUPS_SHOWN:
        first = min(max(current // GROUP - 1, 0), groups - GROUPS_SHOWN)
    last = min(groups, first + GROUPS_SHOWN)
    parts: list[str | tuple[str, str]] = ["‹ " if first > 0 else ""]
    for group in range(first, last):
        if group > first:
            parts.append(" ")
        for i in range(group * GROUP, min(total, (group + 1) * GROUP)):
            if i == current:
                parts.append((CURRENT, "bold reverse"))
            else:
                parts.append(ANSWERED if i in answered else OPEN)
    if last < groups:
        parts.append(" ›")
    line = Content.assemble(*parts)
    if line.cell_length + len(LEGEND) <= width:
        line = Content.assemble(line, (LEGEND, "dim"))
    return line


class ExamScreen(Screen[None]):
    """One question at a time, any order; the session saves every response and grades on submit."""

    app: "TrainerApp"

    BINDINGS = [
        Binding("pagedown", "move(1)", "Next", id="exam-next", priority=True),
        Binding("pageup", "move(-1)", "Previous", id="exam-previous", priority=True),
        Binding("ctrl+s", "submit", "Submit", id="exam-submit"),
        Binding("escape", "leave", "Leave", id="exam-leave"),
    ]

    #: Seconds a save may take to reach the disk before the status line says "saving…".
    SAVING_AFTER = 0.25

    def __init__(self, session: ExamSession) -> None:
        super().__init__()
        self.session = session
        self._saving = False
        self._told: set[str] = set()  # save errors already shown
        self.index = self._first_open()
        self._timer: Timer | None = None
        #: The answer widget on screen, once mounted (None while a question is being swapped in).
        self._answer: AnswerWidget | None = None

    @property
    def in_progress(self) -> bool:
        """True until the exam is submitted (or left): quitting asks first."""
        return self.session.status == "active"

    def compose(self) -> ComposeResult:
        with Horizontal(id="exam-bar"):
            yield Static(plain(f"Exam · {self.session.deck.title}"), id="exam-title")
            yield Static(id="exam-status")
        yield Static(id="exam-nav")
        yield QuestionBody(Static(id="exam-saved"), id="exam-body")
        yield TrainerFooter()

    async def on_mount(self) -> None:
        await self.show_question(self.index)
        if self.session.time_limit is not None:
            self._timer = self.set_interval(1, self.tick_clock)
            self.tick_clock()  # a resumed exam may be over already

    # -- showing ----------------------------------------------------------------------------

    def _first_open(self, after: int = -1) -> int:
        """The first unanswered question after ``after`` (wrapping), or ``after`` itself when all are answered."""
        total = self.session.total
        for step in range(1, total + 1):
            i = (after + step) % total
            if self.session.response(i) is None:
                return i
        return max(after, 0)

    async def show_question(self, index: int) -> None:
        self._answer = None  # the old widget's contents belong to the old question: never save them to this one
        self.index = index
        session = self.session
        presentation = session.show(index)
        question = session.questions[index]
        response = session.response(index)
        self.query_one(QuestionBody).show_prompt(plain(presentation.prompt))
        slot = self.query_one("#answer-slot")
        await slot.remove_children()
        widget = answer_widget(presentation, question.type)
        widget.enter_saves = True  # Enter saves this answer; the footer says so, beside Ctrl+S Submit
        await slot.mount(widget)
        if response is not None:
            widget.restore(response)
        self._answer = widget
        count = len(presentation.options) or len(presentation.items)
        self._set_hint(type_of(question).exam_hint.format(n=count))
        self._update_status()
        widget.focus()
        self.query_one("#exam-body").scroll_home(animate=False)

    def _update_status(self) -> None:
        session = self.session
        text = f"·  question {self.index + 1}/{session.total}  ·  answered {session.answered_count}/{session.total}"
        remaining = session.remaining()
        if remaining is not None:
            text += f"  ·  ⏱ {clock_text(remaining)} left"
        if self._saving:
            text += "  ·  ⏳ saving…"
        self.query_one("#exam-status", Static).update(Content(text))
        answered = {i for i in range(session.total) if session.response(i) is not None}
        self.query_one("#exam-nav", Static).update(navigator(answered, session.total, self.index))
        response = session.response(self.index)
        if response is None:
            saved = f"{OPEN} Not answered yet"
        else:
            shown = format_response(session.questions[self.index], response)
            saved = f"{ANSWERED} Saved answer: {shown} · answer again to change it"
        self.query_one("#exam-saved", Static).update(plain(saved))

    def _set_hint(self, text: str, error: bool = False) -> None:
        self.query_one(QuestionBody).show_hint(plain(text), error)

    # -- answering --------------------------------------------------------------------------

    @on(Answered)
    async def save_answer(self, message: Answered) -> None:
        message.stop()
        if not self.in_progress:
            return
        try:
            self.session.set_response(self.index, message.response)
        except InvalidResponse as problem:
            self._set_hint(f"⚠ {problem}", error=True)
            return
        except ExamTimeUp:
            self.tick_clock()
            return
        except StoreError as error:
            self._set_hint(f"⚠ Your answer could not be saved: {error} Try again.", error=True)
            return
        self._watch_saving()
        if self.index < self.session.total - 1:
            await self.show_question(self.index + 1)
            return
        following = self._first_open(self.index)
        await self.show_question(following)
        if self.session.answered_count == self.session.total:
            self._set_hint("All questions are answered · Ctrl+S submits · PgUp goes back to check")

    def keep_pending(self, quiet: bool = False) -> bool:
        """Save the answer the widget holds but Enter never confirmed; ``False`` means stay on this question.

        ``quiet`` (the clock, leaving) saves what is valid and drops the rest without a word.
        """
        if not self.in_progress:
            return False
        if self._answer is None:
            return True
        pending = self._answer.pending(self.session.response(self.index))
        if pending is None:
            return True
        try:
            self.session.set_response(self.index, pending)
        except InvalidResponse as problem:
            if not quiet:
                self._set_hint(f"⚠ Not saved: {problem} Correct it, or clear it to move on.", error=True)
            return quiet
        except ExamTimeUp:
            if not quiet:
                self.tick_clock()
            return False
        except StoreError as error:
            if not quiet:
                self._set_hint(f"⚠ Your answer could not be saved: {error} Try again.", error=True)
            return quiet
        self._update_status()
        self._watch_saving()
        return True

    # -- saving -----------------------------------------------------------------------------

    def _watch_saving(self) -> None:
        """Say "saving…" while the latest save is not on disk yet; report one refused for good."""
        write = self.session.last_write
        if write is None or write.done():
            self._saved(write)
        else:
            self.set_timer(self.SAVING_AFTER, self._check_saving)

    def _check_saving(self) -> None:
        write = self.session.last_write
        if write is not None and not write.done():
            if not self._saving and self.is_attached:
                self._saving = True
                self._update_status()
            self.set_timer(self.SAVING_AFTER, self._check_saving)
            return
        self._saved(write)

    def _saved(self, write: Future | None) -> None:
        if self._saving:
            self._saving = False
            if self.is_attached:
                self._update_status()
        error = write.exception() if write is not None and write.done() else None
        # Once: a read-only disk refuses every save alike; again when it refuses after saving worked again.
        if error is not None and (str(error) not in self._told or getattr(error, "first", False)):
            self._told.add(str(error))
            self.notify(f"An answer could not be saved: {error}", title="Not saved", severity="error", timeout=20)

    async def action_move(self, step: int) -> None:
        if self.in_progress and self.keep_pending():
            await self.show_question((self.index + step) % self.session.total)

    # -- time -------------------------------------------------------------------------------

    def tick_clock(self) -> None:
        """Every second of a timed exam: refresh the time left; once it is over, show the results."""
        if not self.in_progress:
            return
        remaining = self.session.remaining()
        if remaining is not None and remaining <= SAVE_BEFORE_END:
            self.keep_pending(quiet=True)  # at 0 too: the core takes responses for a few seconds past the deadline
        report = self.session.tick()
        if report is not None:
            self.notify("Time is up: your exam was submitted", severity="warning")
            self._show_results(report)
        else:
            self._update_status()

    # -- ending -----------------------------------------------------------------------------

    def action_submit(self) -> None:
        from trainer.ui.screens.confirm import ConfirmScreen

        if not self.keep_pending():
            return
        open_count = self.session.total - self.session.answered_count
        if open_count:
            one = open_count == 1
            detail = (
                f"{open_count} of {self.session.total} questions {'is' if one else 'are'} not answered: "
                f"{'it counts' if one else 'they count'} as wrong. You cannot change answers after submitting."
            )
        else:
            detail = f"All {self.session.total} questions are answered. You cannot change answers after submitting."

        def submit(confirmed: bool | None) -> None:
            if confirmed and self.in_progress:
                try:
                    report = self.session.submit()
                except StoreError as error:  # without a writer only: nothing changed, the exam stays open
                    self._set_hint(f"⚠ Your exam could not be submitted: {error} Try again.", error=True)
                    return
                self._show_results(report)

        self.app.push_screen(ConfirmScreen("Submit the exam?", detail), submit)

    def _show_results(self, report: ExamReport) -> None:
        from trainer.ui.screens.exam_results import ExamResultsScreen

        if self._timer is not None:
            self._timer.stop()
        self._watch_submission()
        while self.app.screen is not self and len(self.app.screen_stack) > 1:
            self.app.pop_screen()  # a question (submit? leave?) asked when the time ran out
        self.app.switch_screen(ExamResultsScreen(report))

    def _watch_submission(self) -> None:
        """Tell the student when the graded exam is not on disk yet, then when it is (or why it cannot be).

        The results need nothing from the disk, so they are shown at once; the app (not this screen,
        which the results replace) follows the write. Quitting waits for it too.
        """
        write = self.session.last_write
        if write is None or (write.done() and write.exception() is None):
            return
        app = self.app
        if not write.done():
            app.notify(
                "Your exam is graded, but another program holds the score database, so it is not saved yet. "
                "trainer saves it as soon as the database is free (and waits for that before quitting).",
                title="⏳ Saving your exam…", severity="warning", timeout=15,
            )

        def check() -> None:
            if not write.done():
                return
            timer.stop()
            error = write.exception()
            if error is None:
                app.notify("Your exam is saved.", title="Saved")
            else:
                app.notify(f"Your exam could not be saved: {error}", title="Exam not saved", severity="error",
                           timeout=30)

        timer = app.set_interval(self.SAVING_AFTER, check)
        if write.done():
            check()

    def action_leave(self) -> None:
        self.confirm_leave()

    def confirm_leave(self, then_quit: bool = False) -> None:
        """Ask before leaving; yes keeps the exam resumable (its responses are saved already)."""
        from trainer.ui.screens.confirm import ConfirmScreen

        self.keep_pending(quiet=True)  # leaving keeps the responses: the unconfirmed one too, if valid
        answered = self.session.answered_count
        if answered:
            kept = (
                f"Your {answered} answer{'s are' if answered != 1 else ' is'} kept; "
                "you can continue this exam later from the home screen."
            )
        else:
            kept = "You have not answered anything yet."
        remaining = self.session.remaining()
        if remaining is not None:
            kept += f" The clock keeps running while you are away ({clock_text(remaining)} left)."
        question = "Quit trainer?" if then_quit else "Leave this exam?"

        def leave(confirmed: bool | None) -> None:
            if not confirmed:
                return
            self.session.interrupt()  # does nothing if the time ran out and the exam submitted meanwhile
            if then_quit:
                self.app.exit()
            elif self.app.screen is self:
                self.app.pop_screen()

        self.app.push_screen(ConfirmScreen(question, kept), leave)
