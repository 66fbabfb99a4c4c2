"""Terminal charts drawn with block characters: plain functions from figures to lines of text.

Each level is a different character, so the charts read without colour too. Kept free of widgets
so they can be tested directly.
"""

from __future__ import annotations

import datetime as dt

EIGHTHS = " ▁▂▃▄▅▆▇█"
HEAT = "·░▒▓█"
WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


def column_chart(values: list[float], *, height: int = 6, labels: tuple[str, str] = ("", "")) -> list[str]:
    """A column per value (0..1), ``height`` rows tall, with a 0–100% axis; newest value on the right.

    ``labels`` are written under the first and the last column (e.g. their dates).
    """
    if not values:
        return ["(no finished sessions yet)"]
    lines = []
    for row in range(height, 0, -1):
        axis = {height: "100%", (height + 1) // 2: " 50%", 1: "  0%"}.get(row, "    ")
        cells = []
        for value in values:
            filled = max(0.0, min(1.0, value)) * height * 8  # in eighths of a row
            eighths = int(round(filled - (row - 1) * 8))
            cells.append(EIGHTHS[max(0, min(8, eighths))])
        lines.append(f"{axis} ┤" + " ".join(cells))
    lines.append("     └" + "─" * (2 * len(values) - 1))
    first, last = labels
    if first or last:
        span = 2 * len(values) - 1
        gap = max(1, span - len(first) - len(last))
        lines.append("      " + (first + " " * gap + last if len(values) > 1 else first))
    return lines


def heatmap(days: dict[dt.date, int], today: dt.date, *, weeks: int = 26) -> list[str]:
    """A calendar of study days, one column per week (Monday first), like GitHub's contributions.

    Levels: · none, then ░ ▒ ▓ █ by quarters of the busiest day.
    """
    start = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=weeks - 1)
    busiest = max((count for day, count in days.items() if start <= day <= today), default=0)
    header = [" "] * (weeks * 2)
    previous_month = None
    for week in range(weeks):
        monday = start + dt.timedelta(weeks=week)
        if monday.month != previous_month:
            name = monday.strftime("%b")
            if all(c == " " for c in header[week * 2 : week * 2 + len(name)]):
                header[week * 2 : week * 2 + len(name)] = list(name)
            previous_month = monday.month
    lines = ["    " + "".join(header).rstrip()]
    for weekday in range(7):
        cells = []
        for week in range(weeks):
            day = start + dt.timedelta(weeks=week, days=weekday)
            if day > today:
                cells.append(" ")
                continue
            count = days.get(day, 0)
            level = 0 if count == 0 or busiest == 0 else min(4, -(-4 * count // busiest))  # ceil(4·count/busiest)
            cells.append(HEAT[level])
        lines.append(f"{WEEKDAYS[weekday]:<3} " + " ".join(cells))
    lines.append(f"    less {' '.join(HEAT)} more")
    return lines


def hbar(value: float, maximum: float, width: int = 20) -> str:
    """A horizontal bar in eighths of a character."""
    if maximum <= 0 or value <= 0:
        return ""
    eighths = int(round(width * 8 * min(value, maximum) / maximum))
    full, rest = divmod(eighths, 8)
    return "█" * full + (" ▏▎▍▌▋▊▉"[rest] if rest else "")
