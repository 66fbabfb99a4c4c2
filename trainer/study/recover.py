"""Bring back what the writer kept in its recovery file while the score database could not be written.

When the database turns read-only or its disk fills up during a session, :mod:`trainer.study.writer`
appends every write it could not do to ``unsaved-answers.jsonl`` in the data folder (one JSON object a
line: the store method's name and its arguments). Once the database can be written again,
:func:`restore` saves them into it: answers (their cards moved on too), an exam's submission, saved exam
responses and sessions' ends. Restoring is idempotent: an answer already stored is left alone. The file
is then renamed (never deleted), keeping only the lines that could not be restored under its own name.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from trainer.store import NewAnswer, Store, StoreError
from trainer.study.scheduler import card_update
from trainer.study.writer import RECOVERY_FILE

__all__ = ["RECOVERY_FILE", "Restored", "recovery_file", "restore"]


def recovery_file(data_dir: Path) -> Path:
    return Path(data_dir) / RECOVERY_FILE


@dataclass
class Restored:
    """What :func:`restore` did: answers and other writes saved, lines left (with why), where the file went."""

    answers: int = 0
    writes: int = 0
    left: list[str] = field(default_factory=list)
    kept_as: Path | None = None


def _time(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _answer(data: dict) -> NewAnswer:
    return NewAnswer(
        deck_id=str(data["deck_id"]), question_id=str(data["question_id"]), qtype=str(data["qtype"]),
        response=data["response"], response_text=str(data["response_text"]), correct=bool(data["correct"]),
        score=float(data["score"]), skipped=bool(data["skipped"]), elapsed_ms=int(data["elapsed_ms"]),
        now=_time(data["now"]),
    )


def _replay(store: Store, record: dict) -> tuple[int, int]:
    """Do one kept write; (answers saved, other writes done). Raises KeyError/ValueError/StoreError if it cannot."""
    write, args = record["write"], record.get("args") or []
    session_id = int(args[0])
    profile = store.session(session_id).profile
    update = partial(card_update, profile)
    if write == "add_answer":
        return store.restore_answers(session_id, [_answer(args[1])], card_update=update), 0
    if write == "submit_answers":
        answers = [_answer(item) for item in args[1]]
        was_open = store.session(session_id).resumable
        return store.restore_answers(session_id, answers, card_update=update, complete_at=_time(record["now"])), \
            int(was_open)
    if write == "save_exam_response":
        done = store.restore_exam_response(
            session_id, deck_id=str(record["deck_id"]), question_id=str(record["question_id"]),
            response=record["response"], elapsed_ms=int(record["elapsed_ms"]), now=_time(record["now"]))
        return 0, int(done)
    if write == "finish_session":
        if store.session(session_id).status == "active":
            store.finish_session(session_id, status=str(record["status"]), now=_time(record["now"]))
            return 0, 1
        return 0, 0
    raise ValueError(f"trainer does not know how to restore a '{write}'")


def restore(store: Store, path: Path) -> Restored:
    """Save the writes kept in ``path`` into ``store``, in the order they were kept."""
    done = Restored()
    left_lines: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            database = record.get("database")
            if database and Path(database).resolve() != Path(store.path).resolve():
                raise ValueError(f"it was kept for another database, {database}")
            answers, writes = _replay(store, record)
        except (KeyError, IndexError, TypeError, ValueError, StoreError) as error:
            done.left.append(f"{path}:{number}: not restored: {error}")
            left_lines.append(line)
            continue
        done.answers += answers
        done.writes += writes
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    done.kept_as = path.with_name(f"{path.stem}.restored-{stamp}{path.suffix}")
    os.replace(path, done.kept_as)  # kept, never deleted
    if left_lines:
        path.write_text("\n".join(left_lines) + "\n", encoding="utf-8")
    return done
