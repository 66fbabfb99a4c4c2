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
    """A stored time as an aware datetime (a time stored without a zone is read as UTC); None for none.

    A damaged time (not ISO 8601 text) raises ``ValueError``, whatever its type.
    """
    if text is None or text == "":
        return None
    if not isinstance(text, str):
        raise ValueError(f"a time is stored as text, not {type(text).__name__} {text!r:.40}")
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


#: The time a record falls back to when none of its own times can be read (shown as such, never a crash).
UNKNOWN_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def fill_gaps(moments: list[dt.datetime | None], default: dt.datetime = UNKNOWN_TIME) -> list[dt.datetime]:
    """Times in order with the damaged ones (None) replaced by the time before them (the first good one for those
    at the start; ``default`` when none is good): an answer keeps its place among the others."""
    good = next((moment for moment in moments if moment is not None), default)
    filled = []
    for moment in moments:
        good = moment if moment is not None else good
        filled.append(good)
    return filled


def encode_ids(ids: list[str] | tuple[str, ...]) -> str:
    return json.dumps(list(ids))


def decode_ids(text: object) -> tuple[str, ...]:
    """A stored list of ids (a session's planned questions or their decks); ``ValueError`` when it is damaged."""
    try:
        ids = json.loads(text)  # type: ignore[arg-type]
    except TypeError:
        raise ValueError(f"a list of ids is stored as JSON text, not {type(text).__name__} {text!r:.40}") from None
    if not isinstance(ids, list) or not all(isinstance(item, str) for item in ids):
        raise ValueError(f"not a list of ids: {text!r:.60}")
    return tuple(ids)


def encode_response(response: object) -> str:
    try:
        return json.dumps(response)
    except (TypeError, ValueError) as error:
        raise ValueError(f"a response is stored as JSON (true/false, a number, text or a list): {error}") from None


def decode_response(text: str) -> object:
    return json.loads(text)
