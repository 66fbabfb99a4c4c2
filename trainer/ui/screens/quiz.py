"""A practice session: one question at a time, feedback with the source quote after each answer."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget

from trainer.deck.grading import Grade, format_answer, format_response, grade
from trainer.deck.present import Presentation
from trainer.deck.types import type_of
from trainer.store import StoreError
from trainer.study.session import InvalidResponse, Outcome, StudySession
from trainer.ui.format import plain, points
from trainer.ui.frames import KeptLines, arrange_once
from trainer.ui.widgets.answers import Answered, AnswerWidget, answer_widget
from trainer.ui.widgets.feedback import Feedback, FeedbackView, Proof
from trainer.ui.widgets.footer import KeysLine
from trainer.ui.widgets.question import AnswerSlot, DrawnText, QuestionBody
from trainer.ui.widgets.quote import PassageFinder

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


#: The keys to the next question. The feedback, focused while it shows, runs them itself (no trip up to the app).
NEXT_KEYS = ("n", "enter")


class QuizScreen(KeptLines, Screen[None]):
    """Asks the session's questions in order; the session (core) grades and records every answer.

    Each answer is graded at once and its feedback drawn in the same frame (one widget filled in place,
    never mounted; its explanation, quote and keys drawn ahead while the question is asked, so the key
    draws only the verdict and the answers); the session's writer commits it on its own thread. While
    the database is busy (another program holds it) the status line says "saving…" and the student
    carries on.
    Moving between question and feedback is one awaited step at a time, so a key pressed while the
    next question mounts is applied to it (the app holds keys until each one settles).

    The passage each quote was cut from is looked for on a thread while its question is on screen
    (:class:`PassageFinder`), so the feedback shows it at once (drawn ahead with it); should the search
    still run when the student answers (a very long article), the quote is shown alone and its passage
    put in when found.
    """

    @dataclass
    class PassageFound(Message):
        """The passage of a question's quote was found (after its feedback was drawn, or while it is asked)."""

        key: Hashable

    app: "TrainerApp"

    BINDINGS = [
        Binding("escape", "leave", "Leave", id="leave"),
        Binding("ctrl+s", "skip", "Skip", id="skip"),
        # n first: the footer shows the first key, and an answer widget's own Enter hides this one while it has focus.
        Binding(",".join(NEXT_KEYS), "next", "Next", id="next"),
        Binding("s", "source", "Source", id="source"),
    ]

    #: Seconds an answer may take to reach the disk before the status line says "saving…".
    SAVING_AFTER = 0.25
    #: Seconds after which a widget just shown takes the focus even if no layout came (one normally does at once).
    FOCUS_AFTER = 0.2
    #: Seconds left to the terminal to receive a frame before the work that follows it (focus, footer) starts.
    FRAME_OUT = 0.004
    #: Seconds after an answer's commit by which its disk flush is asked for, should no frame follow it.
    FLUSH_AT_LATEST = 0.5
    #: Allocations between two automatic collections of young objects while a quiz is open (Python's default: 700).
    GC_YOUNG = 20_000

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        arrange_once(self)
        self.session = session
        self.title_text = session.deck.title
        self.outcome: Outcome | None = None
        self._saving = False
        self._told: set[str] = set()  # save errors already shown
        self._moving = False  # between questions: the old answer widget is going, the new one not yet there
        self._focusing: Widget | None = None  # drawn, but the focus and footer follow after the frame
        self._prepared: tuple[Presentation, Widget] | None = None  # the next question's widget, in the spare slot
        self._claimed: Widget | None = None  # the widget whose focusing is under way (it awaits a mount)
        self._sourced = False  # the answered question has a source to read (unsourced ones have none)
        self._passages = PassageFinder(on_found=lambda key: self.post_message(self.PassageFound(key)))
        self._owed_flush: Callable[[], None] | None = None  # the disk flush to ask for once the frame is out
        self._gc_threshold: tuple[int, ...] | None = None  # the collector's settings before the quiz changed them

    @property
    def ready_for_keys(self) -> bool:
        """False while the next question is being put on screen: the app holds keys until it is there."""
        return not self._moving and self._focusing is None

    @property
    def in_progress(self) -> bool:
        """True while some question is still unanswered."""
        return self.session.answered < self.session.total

    def compose(self) -> ComposeResult:
        yield DrawnText(id="quiz-status")
        # Two slots take turns: the question's answer widget is in one, the next question's is mounted in the
        # other (spare: laid out zero rows tall, and drawn ahead) while the feedback is read, so Enter only swaps them.
        spare = AnswerSlot(id="spare-slot", classes="answer-slot", spare=True)
        feedback = Feedback(actions=dict.fromkeys(NEXT_KEYS, "screen.next"), id="feedback")
        feedback.fold()  # folded away, not hidden with display: see trainer.ui.widgets.fold
        yield QuestionBody(spare, feedback, id="quiz-body")
        yield KeysLine()  # the same keys throughout, dimmed when not available: one widget, redrawn in place

    async def on_mount(self) -> None:
        # The disk flush that follows each answer's commit (for a power cut; the commit itself is safe from a kill
        # before the feedback shows) is asked for after the frame, so its thread does not compete with the frame.
        self.session.store.sync_later(self._flush_later)
        self._slot, self._spare = self.query_one("#answer-slot", AnswerSlot), self.query_one("#spare-slot", AnswerSlot)
        # Looked up once: each query walks the screen's widgets, and the keys' paths use them every time.
        self._body, self._feedback = self.query_one(QuestionBody), self.query_one("#feedback", Feedback)
        self._status_line = self.query_one("#quiz-status", DrawnText)
        await self.show_question()

    def on_unmount(self) -> None:
        self.session.store.sync_later(None)  # any flush still owed is asked for now
        self._owed_flush = None
        if self._gc_threshold is not None:  # the collector as it was: what was frozen is collectable again
            gc.set_threshold(*self._gc_threshold)
            gc.unfreeze()
        self._passages.close()

    # -- asking -----------------------------------------------------------------------------

    async def show_question(self) -> None:
        """Put the current question on screen, all of it in one frame.

        Its answer widget was mounted in the spare slot while the last feedback was read; otherwise
        (the first question) it is mounted hidden now (mounting takes a few turns of the event loop).
        Only then are the prompt, the widget, the hint and the status swapped in, in one go.
        """
        question = self.session.current
        assert question is not None
        presentation = self.session.presentation
        self._moving = True
        try:
            prepared, self._prepared = self._prepared, None
            if prepared is not None and prepared[0] is presentation and prepared[1].is_attached:
                widget = prepared[1]
                self._slot, self._spare = self._spare, self._slot
            else:
                await self._spare.remove_children()
                await self._slot.remove_children()
                widget = answer_widget(presentation, question.type)
                widget.display = False
                await self._slot.mount(widget)
            self.outcome = None
            self._update_status()
            self._body.show_prompt(plain(presentation.prompt))
            self._feedback.fold()  # it keeps the focus (keys are held) until the new widget takes it, after the frame
            self._set_hint(self._hint(question, presentation))  # only shown when it was put in ahead (_prepare_next)
            if not widget.display:  # (the first question's); set again, it would restyle and redraw a widget drawn ahead
                widget.display = True
            self._spare.set_spare(True)
            # Arranged once in the frame, at the height its widget has in the spare slot, unless the body's scroll
            # bar (which may come or go in that frame) changes the width text has there.
            widths = self._body.text_widths()
            self._slot.set_spare(False, self._slot.held_rows() if widths[0] == widths[1] else None)
            if self._body.scroll_y or self._body.scroll_target_y:  # scrolled while the feedback was read
                self._body.scroll_home(animate=False)
            self._focus_after_frame(widget)
        finally:
            self._moving = False

    @staticmethod
    def _hint(question, presentation: Presentation) -> str:
        """The line under a question: what its keys do."""
        count = len(presentation.options) or len(presentation.items)
        return type_of(question).practice_hint.format(n=count) + " · Ctrl+S skips"

    def _look_for_passage(self) -> None:
        """Start looking for the current question's passage (on the finder's thread) while it is asked."""
        deck, question = self.session.current_deck, self.session.current
        if deck is None or question is None or question.unsourced or not question.quote.strip():
            return
        loaded = self.app.loaded_for(deck.deck)
        source = deck.source_for(question)
        article = loaded.articles.get(source.id) if loaded is not None and source is not None else None
        if article is not None:
            key = (deck.deck, question.id)
            self._passages.ask(key, question.quote, article.text)
            self._passages.waiting_for(key)  # its feedback is drawn ahead again with it

    def _prepare_feedback(self) -> None:
        """Draw the current question's explanation, quote and keys ahead, so that the key that answers need not.

        At the feedback's width now, and at the width it has should the body's scroll bar come or go.
        """
        question, deck = self.session.current, self.session.current_deck
        if question is None or deck is None or self.outcome is not None:
            return
        source = self._source_of(deck.deck, question)
        try:
            passage = self._passages.get((deck.deck, question.id))
        except KeyError:
            passage = None
        last = self.session.answered + 1 >= self.session.total
        proof = Proof(
            question.explain, question.quote, source.citation() if source else "", passage,
            self._keys_after(question, source, last), format_answer(question),
        )
        feedback, widths = self._feedback, self._body.text_widths()
        feedback.prepare(proof, *widths)
        # The whole feedback of each answer one key can give (a single choice's options), graded ahead by the core.
        widget = next(iter(self._slot.children), None)
        likely = widget.likely_responses() if isinstance(widget, AnswerWidget) else ()
        feedback.expect([self._feedback_view(proof, grade(question, response), format_response(question, response))
                         for response in likely], *widths)
        session = self.session  # the status after a right and after a wrong answer
        index, answered = session.index, session.answered + 1
        self._prepare_status(
            self._status(index, session.score + 1, answered), self._status(index, session.score, answered)
        )

    def _update_status(self) -> None:
        session = self.session
        # One row high whatever it says (the style sheet's height: 1): a repaint, no layout.
        self._status_line.update(self._status(session.index, session.score, session.answered), layout=False)

    def _status(self, index: int, score: float, answered: int) -> Content:
        """The status line while the question at ``index`` is shown, with ``score`` points for ``answered``."""
        session = self.session
        shown = min(index + 1, session.total)
        mode = "" if session.mode == "practice" else f"{session.mode} · "
        saving = " · ⏳ saving…" if self._saving else ""
        # Progress first: on a narrow terminal it is the title that gets cut, not the score.
        return plain(
            f"question {shown}/{session.total} · score {points(score)}/{answered}{saving} · {mode}{self.title_text}"
        )

    def _prepare_status(self, *statuses: Content) -> None:
        """Draw the status lines the next key may show ahead (the line's text only changes by a few figures)."""
        line = self._status_line
        for status in statuses:
            line.prepare(status, line.size.width)

    @on(Answered)
    def grade_answer(self, message: Answered) -> None:
        message.stop()
        if self._moving or self.outcome is not None or not self.session.awaiting_answer:
            return  # an answer widget's late message, after the question was answered or left
        self._record(lambda: self.session.answer(message.response))

    def action_skip(self) -> None:
        if not self._moving and self.outcome is None and self.session.awaiting_answer:
            self._record(self.session.skip)

    def _record(self, give: Callable[[], Outcome]) -> None:
        """Grade and store an answer; a response that cannot be graded, or a database that refuses at once (it
        never does with a writer), is said on the hint line and the question stays open."""
        try:
            outcome = give()
        except InvalidResponse as problem:  # empty, not a number...: the session stored nothing
            self._warn(str(problem))
            return
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
        self._after(self.SAVING_AFTER, self._check_saving)

    def _check_saving(self) -> None:
        write = self.session.last_write
        if write is not None and not write.done():
            if not self._saving:
                self._saving = True
                self._update_status()
            self._after(self.SAVING_AFTER, self._check_saving)
            return
        self._saved(write)

    def _saved(self, write) -> None:
        if self._saving:
            self._saving = False
            self._update_status()
        error = write.exception() if write is not None and write.done() else None
        # Once: a read-only disk refuses every save alike; again when it refuses after saving worked again.
        if error is not None and (str(error) not in self._told or getattr(error, "first", False)):
            self._told.add(str(error))
            self.notify(f"An answer could not be saved: {error}", title="Not saved", severity="error", timeout=15)

    def _warn(self, text: str) -> None:
        self._set_hint(f"⚠ {text}", error=True)

    def _set_hint(self, text: str, error: bool = False) -> None:
        self._body.show_hint(plain(text), error)

    # -- feedback ---------------------------------------------------------------------------

    def show_feedback(self, outcome: Outcome) -> None:
        """Verdict, answers, quote and hint, all changed in this one call: they appear in the same frame."""
        self.outcome = outcome
        question = outcome.question
        source = self._source(outcome)[1]
        self._focus_after_frame(self._feedback)
        self._slot.set_spare(True)  # its widget, answered, is removed once the frame is out
        self._sourced = not question.unsourced and source is not None
        self._body.hide_hint()  # the feedback says what the keys do, under the quote
        key = (outcome.deck_id, question.id)
        try:
            passage = self._passages.get(key)
        except KeyError:  # still being looked for (or never asked): the quote alone, its passage when found
            passage = None
            self._passages.waiting_for(key)
        keys = self._keys_after(question, source, last=self.session.answered >= self.session.total)
        proof = Proof(question.explain, question.quote, source.citation() if source else "", passage, keys,
                      outcome.right_answer)
        self._feedback.show(
            self._feedback_view(proof, outcome.grade, outcome.response_text, skipped=outcome.skipped)
        )
        self._update_status()

    @staticmethod
    def _feedback_view(proof: Proof, graded: Grade, response_text: str, skipped: bool = False) -> FeedbackView:
        """The feedback to an answer graded ``graded``, shown as ``response_text``, under ``proof``."""
        return FeedbackView(
            score=graded.score, correct=graded.correct, skipped=skipped, response_text=response_text,
            right_answer=proof.right_answer, note=graded.note, explain=proof.explain, quote=proof.quote,
            citation=proof.citation, passage=proof.passage, keys=proof.keys,
        )

    @staticmethod
    def _keys_after(question, source, last: bool) -> str:
        """What the keys do once ``question`` is answered (``last``: it was the session's last)."""
        read = " · s: read the source" if not question.unsourced and source is not None else ""  # none when unsourced
        return "Enter: " + ("see the summary" if last else "next question") + read

    def _focus_after_frame(self, widget: Widget) -> None:
        """Focus ``widget`` (and update the footer) once the frame that shows it is drawn.

        Moving the focus restyles the widget losing it and the one taking it, and the footer's keys
        restyle too: done before the frame they delayed it by milliseconds. The feedback and a new
        question both change the layout, so the frame is the screen's next layout; a timer covers a
        change that needs none. Until then the screen is not ``ready_for_keys``: the app holds any key
        and hands it to ``widget`` afterwards.
        """
        self._focusing = widget
        self.screen_layout_refresh_signal.subscribe(widget, lambda _: self._frame_drawn(widget))
        self._after(self.FOCUS_AFTER, self._focus_now, widget)

    def _frame_drawn(self, widget: Widget) -> None:
        # The frame is handed to Textual's writer thread, which needs the interpreter to send it: work started at
        # once would hold it back by up to a switch interval (5 ms). A short pause lets the frame out first.
        self.screen_layout_refresh_signal.unsubscribe(widget)
        self._after(self.FRAME_OUT, self._focus_now, widget)

    def _after(self, delay: float, callback: Callable[..., object], *args: object) -> None:
        """Run ``callback(*args)`` in this screen's queue after ``delay`` seconds (not at all once it has closed).

        An event loop timer: a Textual timer (``set_timer``) starts a task of its own, which on a key's path
        cost a tenth of a millisecond before the frame.
        """
        asyncio.get_running_loop().call_later(delay, self.call_later, callback, *args)

    async def _focus_now(self, widget: Widget) -> None:
        self.screen_layout_refresh_signal.unsubscribe(widget)
        if self._focusing is not widget or self._claimed is widget:
            return  # done or under way already (the layout came before the timer, or the other way round)
        self._claimed = widget
        try:
            if widget.is_attached:
                widget.focus()  # not the body: focus restyles a widget and all it holds
            self.refresh_bindings()
            if self.outcome is None:
                self._slot.fit()  # its height follows its widget again (see AnswerSlot.held_rows)
                await self._spare.remove_children()  # (the first question's: left there by a stale spare)
                self._look_for_passage()  # the question is on screen: its quote's passage, while it is answered
                self._prepare_feedback()
            else:
                # The answered question's widget goes while the feedback is read: folded away, it would still be
                # arranged in the frame of the next question (its slot becomes the spare one).
                await self._slot.remove_children()
                await self._prepare_next()
        finally:
            self._claimed = None
            if self._focusing is widget:
                self._focusing = None
            self._flush_owed()
            self._feedback.let_go()
            self._collect_after_frame()

    def _flush_later(self, ask: Callable[[], None]) -> bool:
        """The store's schedule for the disk flush a commit made here needs: once the frame that follows is out
        (:meth:`_focus_now`), or after :data:`FLUSH_AT_LATEST` seconds should no frame come (or on unmount)."""
        self._owed_flush = ask
        asyncio.get_running_loop().call_later(self.FLUSH_AT_LATEST, self._flush_owed)
        return True

    def _flush_owed(self) -> None:
        ask, self._owed_flush = self._owed_flush, None
        if ask is not None:
            ask()

    def _collect_after_frame(self) -> None:
        """Collect garbage now that the frame is out, so that no collection falls between a key and its frame.

        Python's collector paused the key's path for 0.3-2 ms, in the middle of drawing a frame. Once the first
        question is shown, what the app built so far (it lives as long as the quiz) is frozen: no collection
        looks at it again until the quiz closes (a full collection first would take tens of milliseconds; what
        garbage it holds waits for the quiz to close). Young objects are collected here, after each frame, and
        in between only after many more allocations than a key makes.
        """
        if self._gc_threshold is None:
            self._gc_threshold = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(self.GC_YOUNG, *self._gc_threshold[1:])
        else:
            gc.collect(1)

    async def _prepare_next(self) -> None:
        """Mount the next question's answer widget, hidden in the spare slot, while the feedback is read.

        Its presentation is the one the session will give (kept by the session); show_question checks
        that before using it and mounts a fresh widget otherwise.
        """
        session = self.session
        index = session.index + 1
        if index >= session.total or self._prepared is not None:
            return
        question = session.items[index][1]
        presentation = session.presentation_at(index)
        widget = answer_widget(presentation, question.type)
        await self._spare.remove_children()
        await self._spare.mount(widget)
        self._prepared = (presentation, widget)
        self.call_after_refresh(self._draw_next_ahead, widget)  # once it is laid out at its size
        # Its prompt and hint, drawn ahead: Enter only swaps lines in.
        self._body.prepare(plain(presentation.prompt), plain(self._hint(question, presentation)))
        self._prepare_status(self._status(index, session.score, session.answered))

    def _draw_next_ahead(self, widget: Widget) -> None:
        """Draw the next question's answer widget ahead, in the spare slot, so that Enter need not."""
        if self._prepared is not None and self._prepared[1] is widget and widget.parent is self._spare:
            self._spare.draw_ahead()

    @on(PassageFound)
    def show_late_passage(self, message: PassageFound) -> None:
        outcome = self.outcome
        if outcome is None:
            deck, question = self.session.current_deck, self.session.current
            if deck is not None and question is not None and message.key == (deck.deck, question.id):
                self._prepare_feedback()  # found while the question is asked: its feedback drawn ahead with it
            return
        if message.key == (outcome.deck_id, outcome.question.id):
            try:
                self._feedback.show_passage(self._passages.get(message.key))
            except KeyError:
                pass

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
        return self.app.loaded_for(outcome.deck_id), self._source_of(outcome.deck_id, outcome.question)

    def _source_of(self, deck_id: str, question):
        """The source a question of the deck ``deck_id`` cites (None: unsourced, or its deck is gone)."""
        loaded = self.app.loaded_for(deck_id)
        deck = loaded.deck if loaded and loaded.deck else self.session.deck_for(question.id)
        return deck.source_for(question) if deck else None

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
