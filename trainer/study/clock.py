"""Time, injectable: sessions read the clock through this so tests never sleep.

``now`` stamps what is stored (aware, UTC); ``monotonic`` measures how long an answer took, which
must not jump when the wall clock is changed.

Local days live here too, once: the store keeps UTC, and "today" (a study day, "due today") is the
student's local calendar day, in the system's zone with its DST rules unless a zone is given.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, aware and in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; only differences mean anything."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to, for tests."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        start = start or dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._now = start.astimezone(dt.UTC)
        self._monotonic = 1000.0

    def now(self) -> dt.datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._now += dt.timedelta(seconds=seconds)
        self._monotonic += seconds


def local_date(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The calendar day of ``moment`` in ``tz`` (the system's local zone, with its DST rules, when None)."""
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def day_start(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """Midnight at the start of ``day`` in ``tz``, as an aware time."""
    if tz is not None:
        return dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return dt.datetime.combine(day, dt.time()).astimezone()


def end_of_day(now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The next local midnight after ``now`` (in ``tz``, default the system's zone), in UTC.

    "Due today" is due before it, wherever it is counted.
    """
    if now.tzinfo is None:
        raise ValueError(f"'now' must carry a time zone, got naive {now!r}")
    return day_start(local_date(now, tz) + dt.timedelta(days=1), tz).astimezone(dt.UTC)
