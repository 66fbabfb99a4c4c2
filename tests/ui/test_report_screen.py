"""The report screen driven by Pilot on a class that studied in the core and handed in with `trainer results`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from report_class import build_class  # noqa: E402

from trainer.report.build import class_report, load_index  # noqa: E402
from trainer.ui.report_app import ReportApp  # noqa: E402


def shown(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


@pytest.fixture(scope="module")
def load(tmp_path_factory: pytest.TempPathFactory):
    decks, handins = build_class(tmp_path_factory.mktemp("class"))
    (handins / "broken.json").write_text("{", encoding="utf-8")
    index, _ = load_index([decks])
    return lambda progress: class_report([handins], index, progress=progress)


async def test_questions_detail_students_flags_and_problems(load) -> None:
    app = ReportApp(load)
    app.animation_level = "none"  # the tab underline's slide is 0.5 s per key otherwise
    async with app.run_test(size=(100, 32)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "6 students · exam · 1 problem(s)" in shown(app, "#report-title")
        detail = shown(app, "#question-text")
        assert "Where was it signed? <script>alert(1)</script> [bold]x[/bold]" in detail  # literal, not markup
        assert "“The treaty was signed by 12 states in Geneva.”" in detail
        assert "✓ right Geneva" in detail and "✗ wrong Vienna" in detail
        await pilot.press("down")  # the next question's detail
        detail = shown(app, "#question-text")
        assert "True or false: The treaty was signed." in detail and "top 1 · bottom 0" in detail

        await pilot.press("3")
        table = app.screen.query_one("#student-table")
        assert table.has_focus
        first = lambda: str(table.get_row_at(0)[0])  # noqa: E731
        assert first() == "ana"  # by score, best first
        await pilot.press("s")  # the same column, lowest first
        assert first() in ("cy", "eve")
        await pilot.press("s")  # next column: best exam, best first
        assert first() == "ana" and "Best exam ▼" in str(table.ordered_columns[2].label)
        await pilot.click("#student-table", offset=(2, 0))  # the Student heading: by name
        assert [str(table.get_row_at(i)[0]) for i in range(6)] == ["ana", "bob", "cy", "dee", "eve", "fay"]

        await pilot.press("4")
        flags = shown(app, "#flag-text")
        assert "treaty.yaml:15  signed" in flags and "check the answer key" in flags
        await pilot.press("5")
        assert "broken.json: left out: not valid JSON" in shown(app, "#problem-text")
        await pilot.press("1")
        assert "Class report: 6 students, 9 sessions, 34 answers" in shown(app, "#overview-text")
