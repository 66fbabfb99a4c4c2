"""Statistics for one deck or all decks: scores over time, study days, reviews due, mastery, mistakes.

The figures are computed by ``trainer.study.stats`` in a worker (they read the whole history);
this screen only draws them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from trainer.ui.format import percent, plural
from trainer.ui.widgets.charts import column_chart, hbar, heatmap
from trainer.ui.widgets.footer import TrainerFooter

if TYPE_CHECKING:
    from trainer.deck.model import Deck
    from trainer.study.stats import Confusion, MasteryReport, MissedStat, Overview, SessionPoint
    from trainer.ui.app import TrainerApp


@dataclass(frozen=True)
class Figures:
    overview: Overview
    history: list[SessionPoint]
    days: dict[dt.date, int]
    forecast: list[tuple[dt.date, int]]
    mastery: MasteryReport
    missed: list[MissedStat]
    confusion: list[Confusion]
    today: dt.date


def _table(*columns: str) -> Table:
    table = Table(show_edge=False, pad_edge=False, expand=False, header_style="bold")
    for index, column in enumerate(columns):
        table.add_column(column, justify="left" if index == 0 else "right")
    return table


class StatsScreen(Screen[None]):
    app: "TrainerApp"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        # Space pages down as in a pager; the footer names the scroll area's own keys with it.
        Binding("space", "page_down", "Scroll", id="scroll", key_display="↑↓ PgUp PgDn"),
    ]

    @dataclass
    class Computed(Message):
        figures: Figures

    def __init__(self, decks: list[Deck], deck_id: str | None, title: str) -> None:
        super().__init__()
        self.decks = decks
        self.deck_id = deck_id
        self.title_text = title

    def compose(self) -> ComposeResult:
        yield Static(Content(f"Statistics · {self.title_text} · profile {self.app.settings.profile}"), id="stats-title")
        with VerticalScroll(id="stats-body"):
            yield Static(Content("Computing…"), id="stats-overview")
        yield TrainerFooter()

    def on_mount(self) -> None:
        self.query_one("#stats-body").focus()
        self.compute()

    @work(thread=True, exclusive=True, group="stats")
    def compute(self) -> None:
        from trainer.study import stats

        store, profile, now = self.app.store, self.app.settings.profile, self.app.clock.now()
        deck_ids = [self.deck_id] if self.deck_id else [deck.deck for deck in self.decks]
        figures = Figures(
            overview=stats.overview(store, self.decks, profile, now, deck_id=self.deck_id),
            history=stats.score_history(store, profile, self.deck_id),
            days=stats.study_days(store, profile, self.deck_id, now=now),
            forecast=stats.due_forecast(store, profile, deck_ids, now=now),
            mastery=stats.mastery(store, self.decks, profile, self.deck_id),
            missed=stats.most_missed(store, self.decks, profile, self.deck_id, limit=8),
            confusion=stats.confusion(store, self.decks, profile, self.deck_id)[:8],
            today=stats.local_date(now),
        )
        self.post_message(self.Computed(figures))

    @on(Computed)
    async def draw(self, message: Computed) -> None:
        self.app.report_damage()  # rows of the score database found damaged while computing: named once
        figures = message.figures
        overview = figures.overview
        body = self.query_one("#stats-body", VerticalScroll)
        await body.remove_children()
        line = (
            f"{plural(overview.sessions, 'session')} ({overview.completed} finished) · "
            f"{plural(overview.answers, 'answer')} · {percent(overview.accuracy)} right · "
            f"{plural(overview.study_days, 'study day')} · streak {overview.streak}"
        )
        if overview.due_today is not None:
            line += f" · {overview.due_today} due today"
        widgets: list[Static] = [Static(Content(line), id="stats-overview")]
        if not overview.answers:
            widgets.append(Static(Content("No answers yet: study a deck and come back.")))
            await body.mount_all(widgets)
            return
        widgets += self._history(figures)
        widgets += self._section("Study days (last 26 weeks)", heatmap(figures.days, figures.today))
        widgets += self._forecast(figures)
        widgets += self._mastery(figures.mastery)
        widgets += self._missed(figures.missed)
        widgets += self._confusion(figures.confusion)
        await body.mount_all(widgets)

    def _section(self, title: str, lines: list[str]) -> list[Static]:
        return [Static(Content(title), classes="section"), Static(Content("\n".join(lines)), classes="chart")]

    def _history(self, figures: Figures) -> list[Static]:
        points = figures.history[-30:]
        values = [point.fraction for point in points]
        labels = (
            (f"{points[0].started_at.astimezone():%m-%d}", f"{points[-1].started_at.astimezone():%m-%d}")
            if points
            else ("", "")
        )
        return self._section(f"Score by session (last {len(points)})", column_chart(values, labels=labels))

    def _forecast(self, figures: Figures) -> list[Static]:
        if not figures.forecast or not any(count for _, count in figures.forecast):
            return self._section("Reviews due, next 14 days", ["Nothing scheduled yet."])
        top = max(count for _, count in figures.forecast)
        lines = [f"{day:%a %d %b}  {hbar(count, top, 30):<30} {count}" for day, count in figures.forecast]
        return self._section("Reviews due, next 14 days", lines)

    def _mastery(self, report: MasteryReport) -> list[Static]:
        from trainer.deck.types import LABELS

        widgets: list[Static] = []
        for title, groups, names in (("Mastery by tag", report.by_tag, {}), ("Mastery by type", report.by_type, LABELS)):
            if not groups:
                continue
            table = _table(title.split()[-1].capitalize(), "Seen", "Right now", "")
            table.columns[-1].justify = "left"
            for key, mastery in groups.items():
                table.add_row(
                    Text(names.get(key, key)),
                    Text(f"{mastery.seen}/{mastery.total}"),
                    Text(percent(mastery.mastered)),
                    Text(hbar(mastery.mastered, 1.0, 12).ljust(12)),
                )
            widgets += [Static(Content(title), classes="section"), Static(table, classes="tally")]
        return widgets

    def _missed(self, missed: list[MissedStat]) -> list[Static]:
        if not missed:
            return []
        table = _table("Question", "Wrong", "Last")
        table.columns[0].max_width = 100
        for item in missed:
            # Wrapped rather than cut: two prompts that start alike would otherwise read the same.
            table.add_row(
                Text(item.question.question_text()),
                Text(f"{item.wrong}/{item.total}"),
                Text(f"{item.last_wrong_at.astimezone():%m-%d}"),
            )
        return [Static(Content("Most missed"), classes="section"), Static(table, classes="tally")]

    def _confusion(self, confusion: list[Confusion]) -> list[Static]:
        if not confusion:
            return []
        table = _table("Right answer", "Picked instead", "Times")
        for item in confusion:
            table.add_row(Text(item.right), Text(item.picked), Text(str(item.count)))
        return [Static(Content("Confusion: wrong options picked"), classes="section"), Static(table, classes="tally")]

    def action_page_down(self) -> None:
        self.query_one("#stats-body", VerticalScroll).scroll_page_down()
