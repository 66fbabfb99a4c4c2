"""The terminal charts: levels by character, so they read without colour."""

from __future__ import annotations

import datetime as dt

from trainer.ui.widgets.charts import column_chart, hbar, heatmap


def test_column_chart_heights_and_labels():
    lines = column_chart([0.0, 0.5, 1.0], height=4, labels=("09-01", "09-03"))
    assert lines[0].startswith("100% ┤") and lines[0].endswith("    █"), lines
    body = [line[6:] for line in lines[:4]]
    assert [row[0] for row in body] == [" ", " ", " ", " "], "0% draws nothing"
    assert [row[2] for row in body] == [" ", " ", "█", "█"], "50% fills the lower half"
    assert [row[4] for row in body] == ["█"] * 4, "100% fills the column"
    assert lines[-1].strip() == "09-01 09-03"


def test_column_chart_partial_blocks_and_empty():
    lines = column_chart([0.1], height=1)
    assert lines[0][-1] == "▁", "a tenth of one row rounds to one eighth"
    assert column_chart([]) == ["(no finished sessions yet)"]


def test_heatmap_places_days_by_weekday_and_level():
    today = dt.date(2026, 11, 27)  # a Friday
    lines = heatmap({today: 8, today - dt.timedelta(days=4): 2}, today, weeks=2)
    rows = lines[1:8]
    assert rows[4].startswith("Fri") and rows[4].endswith("█"), "the busiest day is the darkest"
    assert rows[0].startswith("Mon") and rows[0].endswith("░"), "a quarter of the busiest is the lightest"
    assert rows[6].endswith(" "), "days after today are blank"
    assert "·" in rows[2]


def test_hbar():
    assert hbar(0, 10) == "" and hbar(5, 0) == ""
    assert hbar(10, 10, 4) == "████"
    assert hbar(5, 10, 4) == "██"
    assert hbar(1, 16, 2) == "▏"
