"""The one way the store writes and reads a time, and an answer's response.

Times are stored as fixed-width ISO 8601 text in UTC, so that text order is time order in SQL;
only the store's modules call these.
"""

from __future__ import annotations

import datetime as dt
import json


def iso_utc(moment: dt.datetime) -> str:
    """A fixed-width UTC timestamp, so that text order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError(f"timestamps must carry a time zone, got naive {moment!r}")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def parse_time(text: str | None) -> dt.datetime | None:
    """A stored time as an aware datetime (a time stored without a zone is read as UTC); None for none."""
    if not text:
        return None
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def encode_response(response: object) -> str:
    try:
        return json.dumps(response)
    except (TypeError, ValueError) as error:
        raise ValueError(f"a response is stored as JSON (true/false, a number, text or a list): {error}") from None


def decode_response(text: str) -> object:
    return json.loads(text)
