"""The hand-in document: it follows docs/results-schema.json, its CSV has a row per answer, files are atomic."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from test_stats import T0, make_deck, play
from trainer import __version__
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.study.handin import CSV_COLUMNS, build_results, results_csv, results_json, utc_z, write_atomic

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "results-schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
JSON_TYPES = {
    "object": dict, "array": list, "string": str, "integer": int, "number": (int, float), "boolean": bool,
    "null": type(None),
}  # fmt: skip


def problems(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """What in ``value`` breaks ``schema``: the subset of JSON Schema that results-schema.json uses."""
    if "$ref" in schema:
        return problems(value, SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[-1]], where)
    if "anyOf" in schema:
        options = [problems(value, option, where) for option in schema["anyOf"]]
        return [] if any(not found for found in options) else [f"{where}: matches no option"]
    found: list[str] = []
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        is_bool = isinstance(value, bool)
        if not any(isinstance(value, JSON_TYPES[kind]) and (kind == "boolean" or not is_bool) for kind in kinds):
            return [f"{where}: {value!r} is not {' or '.join(kinds)}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} is not one of {schema['enum']}")
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        found.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if "minimum" in schema and isinstance(value, (int, float)) and value < schema["minimum"]:
        found.append(f"{where}: {value} < {schema['minimum']}")
    if "maximum" in schema and isinstance(value, (int, float)) and value > schema["maximum"]:
        found.append(f"{where}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        found += [f"{where}: missing '{key}'" for key in schema.get("required", []) if key not in value]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                found += problems(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += problems(item, schema["items"], f"{where}[{index}]")
    return found


def test_the_checker_catches_what_the_schema_forbids() -> None:
    good = {"format": "trainer-results", "version": 1, "generated_at": "2026-03-10T14:00:00Z", "profile": "ana",
            "trainer_version": "1", "deck_filter": None, "decks": [], "sessions": []}
    assert problems(good, SCHEMA) == []
    assert problems({**good, "version": 2}, SCHEMA) == ["$.version: 2 is not 1"]
    assert problems({**good, "generated_at": "2026-03-10T14:00:00+00:00"}, SCHEMA)
    assert problems({k: v for k, v in good.items() if k != "profile"}, SCHEMA) == ["$: missing 'profile'"]
    assert problems({**good, "decks": [{"id": "d", "title": "t", "questions": True}]}, SCHEMA)
    assert problems({**good, "sessions": [{"id": 1}]}, SCHEMA)  # a session lacking its fields


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "scores.sqlite3") as opened:
        yield opened


def fill(store: Store) -> None:
    clock = FakeClock(T0)
    play(store, clock, [("where", "Vienna", 0), ("signed", True, 1), ("gone", ["a", "b"], 0.5)], total=4)
    play(store, clock, [("who", None, 0)], status="abandoned")
    play(store, clock, [("q1", "x", 1)], deck_id="old", title="A deck since deleted", status=None)
    play(store, clock, [("where", "Geneva", 1)], profile="bob")
    session = store.start_session(deck_id="*", deck_title="Mixed review", mode="review", seed=2,
                                  question_ids=["where", "q2"], deck_ids=["treaty", "old"], profile="ana",
                                  now=clock.now())
    for deck_id, qid in (("treaty", "where"), ("old", "q2")):
        clock.advance(10)
        store.record_answer(session, deck_id=deck_id, question_id=qid, qtype="choice", response="Geneva",
                            response_text="Geneva", correct=True, score=1.0, skipped=False, elapsed_ms=10_000,
                            now=clock.now())
    store.finish_session(session, status="completed", now=clock.now())


def test_the_document_follows_the_schema_and_keeps_every_answer(store: Store) -> None:
    fill(store)
    now = dt.datetime(2026, 4, 1, 12, 30, 15, 999, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    results = build_results(store, profile="ana", now=now, decks=[make_deck()])
    assert problems(results, SCHEMA) == []
    assert json.loads(results_json(results)) == results

    assert (results["format"], results["version"], results["profile"]) == ("trainer-results", 1, "ana")
    assert results["generated_at"] == "2026-04-01T10:30:15Z" and results["trainer_version"] == __version__
    assert results["decks"] == [
        {"id": "old", "title": "A deck since deleted", "questions": None},
        {"id": "treaty", "title": "Title of treaty", "questions": 4},
    ]
    first, skipped, active, mixed = results["sessions"]
    assert (first["status"], first["total"], first["answered"], first["correct"]) == ("completed", 4, 3, 1)
    assert first["score"] == 1.5 and first["fraction"] == 1.5 / 4
    assert first["started_at"] == "2026-03-10T14:00:00Z" and first["ended_at"] == "2026-03-10T14:03:30Z"
    where, signed, gone = first["answers"]
    assert where == {
        "deck_id": "treaty", "question_id": "where", "type": "choice", "prompt": "Where was it signed?",
        "response": "Vienna", "response_text": "Vienna", "correct": False, "score": 0.0, "skipped": False,
        "elapsed_ms": 60_000, "answered_at": "2026-03-10T14:01:00Z",
    }  # fmt: skip
    assert signed["prompt"] == "True or false: The treaty was signed." and signed["response"] is True
    assert "prompt" not in gone and gone["response"] == ["a", "b"]  # not in the loaded deck: no prompt
    assert skipped["answers"][0]["response"] is None and skipped["answers"][0]["skipped"] is True
    assert active["status"] == "active" and active["ended_at"] is None
    assert mixed["deck_id"] == "*" and [a["deck_id"] for a in mixed["answers"]] == ["treaty", "old"]
    assert "prompt" in mixed["answers"][0] and "prompt" not in mixed["answers"][1]


def test_a_deck_filter_keeps_that_decks_sessions(store: Store) -> None:
    fill(store)
    results = build_results(store, profile="ana", now=T0, deck_id="treaty", decks=[make_deck()])
    assert results["deck_filter"] == "treaty" and problems(results, SCHEMA) == []
    assert [s["deck_id"] for s in results["sessions"]] == ["treaty", "treaty"]
    assert [d["id"] for d in results["decks"]] == ["treaty"]
    assert build_results(store, profile="carol", now=T0)["sessions"] == []


def test_csv_has_a_header_and_one_row_per_answer(store: Store) -> None:
    fill(store)
    results = build_results(store, profile="ana", now=T0, decks=[make_deck()])
    rows = list(csv.reader(io.StringIO(results_csv(results), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == sum(len(s["answers"]) for s in results["sessions"]) == 7
    table = [dict(zip(CSV_COLUMNS, row)) for row in rows[1:]]
    assert table[0]["prompt"] == "Where was it signed?" and table[0]["correct"] == "0"
    assert [json.loads(row["response"]) for row in table[:3]] == ["Vienna", True, ["a", "b"]]
    assert table[3]["skipped"] == "1" and table[3]["response"] == "null"
    assert table[-1]["session_deck_id"] == "*" and table[-1]["deck_id"] == "old"
    assert all(row["answered_at"].endswith("Z") for row in table)


def test_utc_z_converts_and_refuses_naive_times() -> None:
    assert utc_z(dt.datetime(2026, 3, 10, 14, 0, 0, 123456, tzinfo=dt.UTC)) == "2026-03-10T14:00:00Z"
    assert utc_z(dt.datetime(2026, 3, 10, 9, tzinfo=dt.timezone(dt.timedelta(hours=-5)))) == "2026-03-10T14:00:00Z"
    assert utc_z(None) is None
    with pytest.raises(ValueError):
        utc_z(dt.datetime(2026, 3, 10))


def test_write_atomic_replaces_the_file_or_leaves_it_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "results.json"
    write_atomic(target, "first\n")
    write_atomic(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(target, "third\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["results.json"]  # no temporary file left


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_csv_cells_that_would_run_as_formulas_are_made_inert():
    from trainer.study.handin import spreadsheet_safe

    assert spreadsheet_safe('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert spreadsheet_safe("+cmd") == "'+cmd" and spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("-3") == "-3" and spreadsheet_safe("-5,459") == "-5,459"
    assert spreadsheet_safe("Sergey Lavrov") == "Sergey Lavrov" and spreadsheet_safe(5) == 5
