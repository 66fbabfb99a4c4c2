"""``trainer stats`` as plain text: totals, one line per deck, weak tags and the most missed questions.

Pure formatting of :mod:`trainer.study.stats` results, so it is tested without a terminal. Text
from decks and the store is data: control characters are replaced, so a deck title cannot send
escape sequences to the terminal.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from trainer.study.stats import MasteryReport, MissedStat, Overview
from trainer.textsafe import visible
from trainer.wording import percent as _percent
from trainer.wording import plural

#: Tags shown under "Weakest tags", and questions under "Most missed".
SHOWN = 5


def clean(text: str, width: int | None = None) -> str:
    """One line of printable text, shortened with an ellipsis to ``width`` characters.

    Control characters are made visible (``visible``: ␛ for ESC), line breaks and other invisible
    characters (bidi overrides) become spaces.
    """
    flat = "".join(" " if unicodedata.category(char)[0] == "C" else char for char in visible(text))
    flat = " ".join(flat.split())
    if width is not None and len(flat) > width:
        return flat[: max(width - 1, 0)] + "…"
    return flat


def percent(fraction: float | None) -> str:
    return _percent(fraction, missing="–")


def _totals(view: Overview) -> str:
    parts = [
        f"{plural(view.sessions, 'session')} ({view.completed} completed)",
        plural(view.answers, "answer"),
        f"{percent(view.accuracy)} right",
        f"{view.streak}-day streak",
    ]
    if view.due_today is not None:
        parts.append(f"{view.due_today} due today")
    return "  " + " · ".join(parts)


def _deck_lines(view: Overview) -> list[str]:
    lines = ["Decks" + " " * 35 + "  last  best    seen  sessions"]
    for deck in view.decks:
        name = clean(f"{deck.title} ({deck.deck_id})" + ("" if deck.loaded else " [file not loaded]"), 38)
        seen = f"{deck.seen}/{deck.questions}" if deck.questions is not None else "–"
        due = f"  {deck.due_today} due" if deck.due_today else ""
        lines.append(
            f"  {name:<38}  {percent(deck.last_score):>4}  {percent(deck.best_score):>4}  {seen:>6}  "
            f"{deck.sessions:>8}{due}"
        )
    return lines


def _tag_lines(report: MasteryReport) -> list[str]:
    seen = [(tag, m) for tag, m in report.by_tag.items() if m.seen]
    if not seen:
        return []
    seen.sort(key=lambda item: (item[1].mean_score or 0.0, item[0]))
    lines = ["Weakest tags (latest answer to each question)"]
    for tag, m in seen[:SHOWN]:
        lines.append(f"  {clean(tag, 24):<24}  {m.right}/{m.total} right  mean {percent(m.mean_score)}  "
                     f"({m.seen} of {m.total} seen)")
    return lines


def _missed_lines(missed: list[MissedStat]) -> list[str]:
    if not missed:
        return []
    lines = ["Most missed"]
    for stat in missed[:SHOWN]:
        lines.append(f"  {stat.wrong}/{stat.total} wrong  {clean(stat.deck_id)}/{clean(stat.question.id)}: "
                     f"{clean(stat.question.question_text(), 60)}")
    return lines


def render_stats(
    view: Overview, report: MasteryReport | None = None, missed: list[MissedStat] | None = None,
    *, today: dt.date | None = None,
) -> str:
    """The whole summary, ending with a newline."""
    heading = f"Progress of {clean(view.profile)}" + (f" on {today.isoformat()}" if today else "")
    if view.answers == 0:
        body = ["  no answers yet: open a deck with 'trainer' and start a session"]
    else:
        body = [_totals(view)]
    sections = [[heading, *body], _deck_lines(view) if view.decks else []]
    if report is not None:
        sections.append(_tag_lines(report))
    if missed is not None:
        sections.append(_missed_lines(missed))
    return "\n\n".join("\n".join(section) for section in sections if section) + "\n"
