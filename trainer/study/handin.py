"""Hand-in: a student's sessions and answers as a versioned JSON document or a CSV table.

The JSON layout is documented in docs/results.md and docs/results-schema.json; bump
:data:`RESULTS_VERSION` whenever a field changes meaning or disappears (adding an optional field
does not need a new version). The CSV has one row per answer, for spreadsheets.

Times are ISO 8601 in UTC with a ``Z``, to the second, so that a teacher's tools read them the
same everywhere. Prompts are added from the loaded decks when the question is still in one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from trainer import __version__
from trainer.deck.model import Deck
from trainer.textsafe import spreadsheet_safe  # one rule for every CSV trainer writes
from trainer.store import MULTI_DECK, Store

RESULTS_FORMAT = "trainer-results"
RESULTS_VERSION = 1

CSV_COLUMNS = (
    "profile", "session_id", "session_deck_id", "deck_title", "mode", "status", "session_started_at",
    "session_ended_at", "deck_id", "question_id", "type", "prompt", "response", "response_text", "correct",
    "score", "skipped", "elapsed_ms", "answered_at",
)  # fmt: skip


def utc_z(moment: dt.datetime | None) -> str | None:
    """A time as '2026-03-01T10:00:00Z' (the store hands times over as datetimes, never as its text)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError(f"times must carry a time zone, got naive {moment!r}")
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_results(
    store: Store,
    *,
    profile: str,
    now: dt.datetime,
    deck_id: str | None = None,
    decks: Iterable[Deck] = (),
) -> dict[str, Any]:
    """The hand-in document for ``profile``: every session (any status), oldest first, with its answers.

    With ``deck_id``, the sessions on that deck alone (sessions mixing decks are left out).
    """
    loaded: dict[str, Deck] = {}
    for deck in decks:
        loaded.setdefault(deck.deck, deck)
    session_rows = store.results_sessions(profile, deck_id)
    answer_rows = store.results_answers(profile, deck_id)
    answers: dict[int, list[dict[str, Any]]] = {}
    answered_decks: set[str] = set()
    for sid, deck_name, qid, qtype, response, text, correct, score, skipped, elapsed, at in answer_rows:
        answered_decks.add(deck_name)
        deck = loaded.get(deck_name)
        question = deck.question(qid) if deck is not None else None
        entry: dict[str, Any] = {"deck_id": deck_name, "question_id": qid, "type": qtype}
        if question is not None:
            entry["prompt"] = question.question_text()
        entry.update(
            response=response, response_text=text, correct=bool(correct), score=float(score),
            skipped=bool(skipped), elapsed_ms=int(elapsed), answered_at=utc_z(at),
        )
        answers.setdefault(sid, []).append(entry)
    sessions = []
    titles: dict[str, str] = {}  # the title of each deck's latest session on it alone
    for sid, deck_name, title, mode, status, started, ended, total, answered, correct, skipped, points in session_rows:
        if deck_name != MULTI_DECK:
            titles[deck_name] = title
        sessions.append({
            "id": sid, "deck_id": deck_name, "deck_title": title, "mode": mode, "status": status,
            "started_at": utc_z(started), "ended_at": utc_z(ended), "total": total, "answered": answered,
            "correct": correct, "skipped": skipped, "score": float(points),
            "fraction": float(points) / total if total else 0.0, "answers": answers.get(sid, []),
        })  # fmt: skip
    return {
        "format": RESULTS_FORMAT,
        "version": RESULTS_VERSION,
        "generated_at": utc_z(now),
        "profile": profile,
        "trainer_version": __version__,
        "deck_filter": deck_id,
        "decks": [
            {
                "id": name,
                "title": loaded[name].title if name in loaded else titles.get(name, name),
                "questions": len(loaded[name].questions) if name in loaded else None,
            }
            for name in sorted(set(titles) | answered_decks)
        ],
        "sessions": sessions,
    }


def results_json(results: dict[str, Any]) -> str:
    """The document as indented UTF-8 JSON text, ending with a newline."""
    return json.dumps(results, ensure_ascii=False, indent=2) + "\n"


def results_csv(results: dict[str, Any]) -> str:
    """One row per answer under a header row (:data:`CSV_COLUMNS`); ``response`` is its JSON text.

    Text that a spreadsheet would read as a formula starts with an apostrophe (:func:`spreadsheet_safe`).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for session in results["sessions"]:
        for answer in session["answers"]:
            writer.writerow(map(spreadsheet_safe, [
                results["profile"], session["id"], session["deck_id"], session["deck_title"], session["mode"],
                session["status"], session["started_at"], session["ended_at"] or "", answer["deck_id"],
                answer["question_id"], answer["type"], answer.get("prompt", ""),
                json.dumps(answer["response"], ensure_ascii=False),
                answer["response_text"], int(answer["correct"]), answer["score"], int(answer["skipped"]),
                answer["elapsed_ms"], answer["answered_at"],
            ]))  # fmt: skip
    return buffer.getvalue()


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename.

    A reader never sees half a file, and a failure leaves any earlier file as it was. Raises OSError.
    """
    path = Path(path)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o666 & ~_umask())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask (read by setting and restoring it), so the file gets the usual permissions."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
