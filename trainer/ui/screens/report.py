"""The class report: overview, item analysis with a question's detail, students, flags, problems.

The report is computed by ``trainer.report`` in a worker (a large class takes seconds to read); this screen
only shows it. Deck and student text is shown as plain text with control characters made visible.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from trainer.textsafe import visible
from trainer.ui.widgets.footer import TrainerFooter

if TYPE_CHECKING:
    from trainer.report.analysis import ClassReport, QuestionStats, StudentRow


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def _plain(text: object) -> Text:
    return Text(visible(str(text)))


def _number(value: float | None, shown: str) -> Text:
    return Text(shown, justify="right")


#: Student table columns: title and the row's sort key.
STUDENT_COLUMNS: list[tuple[str, Callable[["StudentRow"], object]]] = [
    ("Student", lambda r: r.profile.casefold()),
    ("Score", lambda r: -1 if r.test_score is None else r.test_score),
    ("Best exam", lambda r: -1 if r.best_exam is None else r.best_exam),
    ("Latest exam", lambda r: -1 if r.latest_exam is None else r.latest_exam),
    ("Time", lambda r: r.time_spent_s),
    ("Seen", lambda r: r.questions_seen),
    ("Last day", lambda r: r.last_study_day or ""),
    ("Unfinished", lambda r: r.unfinished),
]
#: What takes the focus when a tab is chosen, so that arrows and PgUp/PgDn act on it at once.
_TAB_FOCUS = {"overview": "#overview-scroll", "questions": "#question-table", "students": "#student-table",
              "flags": "#flag-scroll", "problems": "#problem-scroll"}
QUESTION_COLUMNS = ("Question", "Type", "n", "Facility", "SD", "Discr.", "Effic.", "U−L", "Time", "Flags")


class ReportScreen(Screen[None]):
    """One class report; keys: 1–5 tabs, s sort the students, Enter/arrows a question's detail."""

    BINDINGS = [
        Binding("1", "tab('overview')", "Overview", id="overview"),
        Binding("2", "tab('questions')", "Questions", id="questions"),
        Binding("3", "tab('students')", "Students", id="students"),
        Binding("4", "tab('flags')", "Flags", id="flags"),
        Binding("5", "tab('problems')", "Problems", id="problems"),
        Binding("s", "sort_students", "Sort students", id="sort"),
        Binding("q", "app.quit", "Quit", id="quit-report"),
    ]

    DEFAULT_CSS = """
    ReportScreen #report-title { padding: 0 1; background: $boost; text-style: bold; }
    ReportScreen #question-detail { height: auto; max-height: 50%; border-top: solid $primary; padding: 0 1; }
    ReportScreen DataTable { height: 1fr; }
    ReportScreen .report-text { padding: 0 1; }
    """

    @dataclass
    class Loaded(Message):
        report: ClassReport

    @dataclass
    class Failed(Message):
        error: str

    @dataclass
    class Progress(Message):
        files: int

    def __init__(self, load: Callable[[Callable[[int], None]], ClassReport]) -> None:
        """``load(progress)`` computes the report, calling ``progress(files read)`` as it goes."""
        super().__init__()
        self._load = load
        self.report: ClassReport | None = None
        self._sort = 1  # by score
        self._descending = True

    def compose(self) -> ComposeResult:
        yield Static(Content("Class report · reading the hand-ins…"), id="report-title")
        with TabbedContent(id="report-tabs", initial="overview"):
            with TabPane("Overview", id="overview"):
                yield VerticalScroll(Static(id="overview-text", classes="report-text"), id="overview-scroll")
            with TabPane("Questions", id="questions"):
                with Vertical():
                    yield DataTable(id="question-table", cursor_type="row", zebra_stripes=True)
                    yield VerticalScroll(Static(id="question-text", classes="report-text"), id="question-detail")
            with TabPane("Students", id="students"):
                yield DataTable(id="student-table", cursor_type="row", zebra_stripes=True)
            with TabPane("Flags", id="flags"):
                yield VerticalScroll(Static(id="flag-text", classes="report-text"), id="flag-scroll")
            with TabPane("Problems", id="problems"):
                yield VerticalScroll(Static(id="problem-text", classes="report-text"), id="problem-scroll")
        yield TrainerFooter()

    def on_mount(self) -> None:
        self._compute()

    @work(thread=True, exclusive=True)
    def _compute(self) -> None:
        try:
            report = self._load(self._progress)
        except Exception as error:  # noqa: BLE001 - shown on screen rather than crashing the app
            self.post_message(self.Failed(f"{type(error).__name__}: {error}"))
            return
        self.post_message(self.Loaded(report))

    def _progress(self, files: int) -> None:
        if files % 100 == 0:  # from the worker's thread: a message every hundred files
            self.post_message(self.Progress(files))

    @on(Progress)
    def _show_progress(self, message: Progress) -> None:
        if self.report is None:
            self.query_one("#report-title", Static).update(
                Content(f"Class report · reading the hand-ins… {message.files} read"))

    @on(Failed)
    def _show_failure(self, message: Failed) -> None:
        self.query_one("#report-title", Static).update(Content(f"Class report · failed: {visible(message.error)}"))

    @on(Loaded)
    def _show_report(self, message: Loaded) -> None:
        report = self.report = message.report
        decks = ", ".join(str(deck["title"]) for deck in report.decks)
        problems = f" · {len(report.problems)} problem(s)" if report.problems else ""
        self.query_one("#report-title", Static).update(Content(visible(
            f"Class report · {decks} · {report.students} students · {report.mode}{problems}")))
        from trainer.report.text import render_text

        overview = render_text(report, students=False).split("\nQuestions (", 1)[0]
        self.query_one("#overview-text", Static).update(Content(overview))
        self._fill_questions(report)
        self._fill_students()
        flags = "\n".join(f"⚑ {flag.file}:{flag.line}  {flag.question_id}\n    {flag.message}" for flag in report.flags)
        self.query_one("#flag-text", Static).update(Content(visible(flags or "Nothing to flag.")))
        from trainer.report.text import problem_lines

        problems = "\n".join(problem_lines(report)).strip() or "Every hand-in was read in full; no stored score " \
                                                               "differs from the recomputation."
        self.query_one("#problem-text", Static).update(Content(problems))
        self.query_one("#question-table", DataTable).focus()
        if report.questions:
            self._show_question(report.questions[0])

    def _fill_questions(self, report: ClassReport) -> None:
        table = self.query_one("#question-table", DataTable)
        table.add_columns(*QUESTION_COLUMNS)
        for index, q in enumerate(report.questions):
            table.add_row(
                _plain(f"{q.deck_id}/{q.question_id}"), _plain(q.type), _number(q.attempts, str(q.attempts)),
                _number(q.facility, _pct(q.facility)), _number(q.sd, "–" if q.sd is None else f"{q.sd:.2f}"),
                _number(q.discrimination, _signed(q.discrimination)), _number(q.efficiency, _signed(q.efficiency)),
                _number(q.upper_lower, _signed(q.upper_lower)),
                _number(q.median_time_s, "–" if q.median_time_s is None else f"{q.median_time_s:.0f} s"),
                Text("⚑ " + " ".join(q.flags) if q.flags else ""), key=str(index),
            )

    def _fill_students(self) -> None:
        assert self.report is not None
        table = self.query_one("#student-table", DataTable)
        table.clear(columns=True)
        title, key = STUDENT_COLUMNS[self._sort]
        table.add_columns(*[f"{name} {'▼' if self._descending else '▲'}" if name == title else name
                            for name, _ in STUDENT_COLUMNS])
        rows = sorted(self.report.student_rows, key=lambda r: (key(r), r.profile), reverse=self._descending)
        for row in rows:
            table.add_row(
                _plain(row.profile), Text(_pct(row.test_score), justify="right"),
                Text(_pct(row.best_exam), justify="right"), Text(_pct(row.latest_exam), justify="right"),
                Text(f"{int(row.time_spent_s) // 60}:{int(row.time_spent_s) % 60:02d}", justify="right"),
                Text(str(row.questions_seen), justify="right"), Text(row.last_study_day or "–"),
                Text(str(row.unfinished), justify="right"),
            )

    def _show_question(self, q: QuestionStats) -> None:
        lines = [f"{q.deck_id}/{q.question_id} · {q.type} · {q.file}:{q.line}", q.prompt,
                 f"“{q.quote}”  ({q.citation})", f"Right answer: {q.right_answer}",
                 f"Attempts {q.attempts}: {q.right} right, {q.partial} partly, {q.skipped} skipped · facility "
                 f"{_pct(q.facility)} · discrimination {_signed(q.discrimination)}"]
        most = max((o.count for o in q.options), default=0)
        for o in q.options:
            bar = "█" * (round(o.count / most * 12) if most else 0)
            lines.append(f"  {'✓ right' if o.right else '✗ wrong'} {o.option[:24]:24} {o.count:4d} {bar:12} "
                         f"top {o.upper} · bottom {o.lower}")
        for answer, count in q.common_wrong:
            lines.append(f"  ✗ “{answer}” ×{count}")
        for item in q.partners:  # a match: each left item, how often it got its partner, and the wrong ones given
            unanswered = f", {item.unanswered} left open" if item.unanswered else ""
            wrong = "".join(f" · ✗ {w.partner[:24]} ×{w.count}" for w in item.wrong[:3])
            lines.append(f"  {item.item[:24]} → {item.right_partner[:24]}: {item.right} of {item.attempts} right"
                         f"{unanswered}{wrong}")
        self.query_one("#question-text", Static).update(Content(visible("\n".join(lines))))

    @on(DataTable.RowHighlighted, "#question-table")
    def _question_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.report is not None and event.row_key.value is not None:
            self._show_question(self.report.questions[int(event.row_key.value)])

    @on(DataTable.HeaderSelected, "#student-table")
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        """A click on a column heading sorts by it (again: the other way round)."""
        if event.column_index == self._sort:
            self._descending = not self._descending
        else:
            self._sort, self._descending = event.column_index, event.column_index != 0  # names A to Z first
        self._fill_students()

    def action_tab(self, tab: str) -> None:
        self.query_one("#report-tabs", TabbedContent).active = tab
        self.query_one(_TAB_FOCUS[tab]).focus()

    def action_sort_students(self) -> None:
        """Sort the students by the next column: each column both ways, the most useful first."""
        if self.report is None:
            return
        first = self._sort != 0  # each column's first direction: names A to Z, figures highest first
        if self._descending == first:
            self._descending = not first
        else:
            self._sort = (self._sort + 1) % len(STUDENT_COLUMNS)
            self._descending = self._sort != 0
        self._fill_students()
        self.action_tab("students")
