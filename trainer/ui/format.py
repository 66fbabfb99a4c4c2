"""Small formatting helpers shared by the screens (how figures read, not what they are)."""

from __future__ import annotations

from datetime import datetime


def percent(fraction: float | None) -> str:
    if fraction is None:
        return "—"
    return f"{round(fraction * 100)}%"


def points(value: float) -> str:
    """1.0 -> '1', 0.5 -> '0.5', 2.333 -> '2.33'."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"


def relative_time(moment: datetime | None, now: datetime) -> str:
    """'just now', '5 min ago', 'today 14:05', 'yesterday', '3 days ago', or the date, in local time."""
    if moment is None:
        return "never"
    local, local_now = moment.astimezone(), now.astimezone()
    delta = (now - moment).total_seconds()
    if delta < 60:
        return "just now"
    if delta < 3600:
        return f"{int(delta // 60)} min ago"
    days = (local_now.date() - local.date()).days
    if days == 0:
        return f"today {local:%H:%M}"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{days} days ago"
    return f"{local:%Y-%m-%d}"


def local_datetime(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def plural(count: int, word: str, words: str | None = None) -> str:
    """'1 session', '2 sessions'."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


#: How each study mode reads in lists (history, the deck list, unfinished sessions).
MODE_NAMES = {"practice": "practice", "exam": "exam", "read": "read first", "review": "review", "mistakes": "mistakes"}


def mode_name(mode: str) -> str:
    return MODE_NAMES.get(mode, mode)
