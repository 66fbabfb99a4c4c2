"""Small formatting helpers shared by the screens (how figures read, not what they are), and the one way
the app shows text it did not write itself.

Text from a deck, an article, the database or an import is data: :func:`plain` turns it into a
``Content`` that is neither parsed as markup nor able to send a control character (an escape
sequence) to the terminal, which would act on it. :class:`ControlFilter` is the net under that rule:
installed on the app, it drops any control character that still reaches a rendered line.
"""

from __future__ import annotations

from datetime import datetime

from rich.segment import Segment
from textual.color import Color
from textual.content import Content
from textual.filter import LineFilter

from trainer.textsafe import has_control, visible
from trainer.wording import percent as percent  # the one wording of shares and counts, re-exported for the screens
from trainer.wording import plural as plural

#: Every control character but tab and newline, as trainer.textsafe sees them, mapped to nothing.
_DROP_CONTROLS = {code: None for code in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def plain(text: object) -> Content:
    """Untrusted text as Content: shown literally (no markup), control characters made visible."""
    return Content(visible(str(text)))


def safe(text: object) -> str:
    """Untrusted text as a str for a widget that takes plain strings (a placeholder, a table cell)."""
    return visible(str(text))


def markup_literal(text: object) -> str:
    """Untrusted text as markup that shows exactly it, for an API that only takes markup.

    The command palette parses its help line as markup: a deck in a folder named
    ``[@click=app.quit]`` would lose those characters (and, in older Textual, run them). A backslash
    before every ``[`` makes each one literal; nothing else in Textual markup needs escaping.
    """
    return visible(str(text)).replace("[", "\\[")


class ControlFilter(LineFilter):
    """Drops control characters from every rendered line, whatever widget drew it.

    They are zero cells wide, so dropping them keeps the layout; :func:`plain` shows them instead,
    wherever the app routes untrusted text, and this filter catches any place that does not.
    """

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if not any(has_control(segment.text) for segment in segments if not segment.control):
            return segments
        return [
            segment if segment.control else Segment(segment.text.translate(_DROP_CONTROLS), segment.style)
            for segment in segments
        ]


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


def mode_name(mode: str) -> str:
    """How a study mode reads in lists (history, the deck list, unfinished sessions)."""
    from trainer.study.modes import BY_NAME

    found = BY_NAME.get(mode)
    return found.listed if found is not None else mode
