"""After an exam is submitted: the score, then every question in exam order with its verdict and proof.

This is where the deferred feedback finally comes: the student's answer, the right answer and the
source quote for each question, right ones included (so a lucky guess can be checked too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from trainer.study.exam import ExamReport, ExamResult
from trainer.ui.format import duration, percent, plain, points
from trainer.ui.widgets.feedback import verdict
from trainer.ui.widgets.footer import TrainerFooter
from trainer.ui.widgets.quote import QuoteBlock

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


def exam_verdict(result: ExamResult) -> tuple[str, str]:
    """Symbol and word (readable without colour) and the CSS class; an unanswered question is wrong."""
    if result.skipped:
        return "○ Not answered (+0)", "wrong"
    return verdict(result.score, result.correct, skipped=False)


def score_line(report: ExamReport) -> str:
    """Score / total (percent) and how many were right, partly right, wrong and unanswered."""
    results = report.results
    right = sum(1 for r in results if r.correct)
    unanswered = sum(1 for r in results if r.skipped)
    partly = sum(1 for r in results if not r.correct and not r.skipped and r.score > 0)
    wrong = len(results) - right - partly - unanswered
    summary = report.summary
    return (
        f"Score {points(summary.score)} / {summary.total} ({percent(summary.fraction)})  ·  "
        f"{right} right, {partly} partly right, {wrong} wrong, {unanswered} not answered"
    )


class ResultBlock(Vertical, can_focus=True):
    """One question's result; ↑↓ move between them, and ``s`` opens the source of the one chosen.

    The chosen one is marked by a bar down its left side (a glyph, so it shows without colour).
    """

    BINDINGS = [
        Binding("up,k", "screen.step(-1)", "Previous question", show=False),
        Binding("down,j", "screen.step(1)", "Next question", show=False),
    ]

    def __init__(self, result: ExamResult, **kwargs) -> None:
        super().__init__(**kwargs)
        self.result = result


class ExamResultsScreen(Screen[None]):
    """Shows an :class:`ExamReport`; ``r`` practises the questions missed (wrong, partly right, unanswered)."""

    app: "TrainerApp"

    BINDINGS = [
        Binding("s", "source", "Source", id="source"),
        Binding("r", "retry", "Retry missed", id="retry"),
        Binding("escape,enter", "home", "Home", id="home"),
    ]

    def __init__(self, report: ExamReport) -> None:
        super().__init__()
        self.report = report

    def compose(self) -> ComposeResult:
        report = self.report
        summary = report.summary
        yield Static(plain(f"Exam results · {summary.deck_title}"), id="exam-results-title")
        with VerticalScroll(id="exam-results-body"):
            yield Static(Content(score_line(report)), id="exam-results-score")
            timing = f"Time {duration(summary.duration.total_seconds())}"
            if report.timed_out:
                timing += "  ·  ⏱ Time ran out: the exam was submitted as it stood"
            yield Static(Content(timing), id="exam-results-time")
            retry = " · r practises the missed ones" if summary.missed else ""
            yield Static(
                Content(f"Questions ({len(report.results)}) · ↑↓ choose · s reads its source{retry}"),
                classes="section",
            )
            for number, result in enumerate(report.results, 1):
                yield from self._result(number, result)
        yield TrainerFooter()

    def _result(self, number: int, result: ExamResult) -> ComposeResult:
        text, css = exam_verdict(result)
        with ResultBlock(result, classes="exam-result"):
            yield Static(plain(f"{number}. {text}"), classes=f"verdict {css}")
            yield Static(plain(result.question.question_text()), classes="missed-prompt")
            answer = "not answered" if result.skipped else (result.response_text or "—")
            yield Static(plain(f"Your answer:  {answer}"), classes="your-answer")
            yield Static(plain(f"Right answer: {result.right_answer}"), classes="right-answer")
            if result.grade.note and not result.skipped:
                yield Static(plain(result.grade.note), classes="note")
            if result.question.explain:
                yield Static(plain(result.question.explain), classes="explain")
            yield QuoteBlock(result.quote, result.citation, classes="quote")

    def on_mount(self) -> None:
        blocks = self.query(ResultBlock)
        if blocks:
            blocks.first().focus(scroll_visible=False)  # the score stays in view
        else:
            self.query_one("#exam-results-body").focus()

    def action_step(self, step: int) -> None:
        blocks = list(self.query(ResultBlock))
        if self.focused not in blocks:
            return
        index = blocks.index(self.focused) + step
        body = self.query_one("#exam-results-body")
        if index < 0:
            body.scroll_home(animate=False)
        elif index < len(blocks):
            blocks[index].focus()
            body.scroll_to_widget(blocks[index], animate=False, top=True)
        else:
            body.scroll_end(animate=False)

    def _chosen(self) -> ExamResult | None:
        focused = self.focused
        return focused.result if isinstance(focused, ResultBlock) else None

    def _source_of(self, result: ExamResult):
        """The chosen question's source and its article, when it has both (unsourced questions have none)."""
        if result.question.unsourced:
            return None, None
        source = result.deck.source_for(result.question)
        loaded = self.app.loaded_for(result.deck.deck)
        article = loaded.articles.get(source.id) if loaded and source else None
        return source, article

    def action_source(self) -> None:
        from trainer.ui.screens.source import SourceScreen

        result = self._chosen()
        if result is None:
            return
        source, article = self._source_of(result)
        if source is None:
            self.notify("This question has no source to read.", severity="warning")
            return
        if article is None:
            self.notify("The source of this question could not be read.", severity="warning")
            return
        self.app.push_screen(SourceScreen(article, source, [result.quote]))

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()  # the Source key is on for a question with a source

    def action_retry(self) -> None:
        if not self.report.summary.missed:
            return
        self.app.pop_screen()
        self.app.retry_missed(self.report.summary.missed_keys)

    def action_home(self) -> None:
        self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.report.summary.missed)
        if action == "source":
            result = self._chosen()
            return True if result is not None and self._source_of(result)[0] is not None else None
        return True
