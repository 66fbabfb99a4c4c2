"""Bring back what the writer kept in its recovery file while the score database could not be written.

When the database turns read-only or its disk fills up during a session, :mod:`trainer.study.writer`
appends every write it could not do to ``unsaved-answers.jsonl`` in the data folder (one JSON object a
line: the store method's name and its arguments). Once the database can be written again,
:func:`restore` saves them into it: answers (their cards moved on too), an exam's submission, saved exam
responses and sessions' ends. Restoring is idempotent: an answer already stored is left alone. The file
is then renamed (never deleted), keeping only the lines that could not be restored under its own name.

``trainer recover`` does it from the command line; the app does it by itself (:func:`put_back`) as soon
as a save succeeds again while it runs, and tells the student (:func:`saving_again_message`).
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
from trainer.wording import plural

__all__ = ["RECOVERY_FILE", "PutBack", "Restored", "put_back", "recover_command", "recovery_file", "restore",
           "saving_again_message"]


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


@dataclass
class PutBack:
    """What :func:`put_back` did with the writes refused while the database could not be written."""

    refused: int = 0  #: writes refused since saving last worked
    lost: int = 0  #: of them, those no recovery file could take
    #: Each recovery file read, with what restoring it did.
    restored: list[tuple[Path, Restored]] = field(default_factory=list)
    #: Recovery files that could not be restored (unreadable, not renamable), with why: they are left as they are.
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def emptied(self) -> set[Path]:
        """The recovery files that now hold nothing: every line in them was put back."""
        return {place for place, done in self.restored if not done.left}


def recover_command(place: Path) -> str:
    """The command that restores a recovery file: its name is needed unless it is the data folder's own."""
    return "trainer recover" if place.name == RECOVERY_FILE else f"trainer recover {place}"


def put_back(store: Store, refused: list[Path | None]) -> PutBack:
    """Restore the recovery files that writes refused for good went to (``None``: kept nowhere).

    The app calls it on its writer's thread as soon as a write succeeds again, so nothing else is
    written meanwhile; a file already restored (``trainer recover`` in another terminal) is skipped.
    """
    report = PutBack(refused=len(refused), lost=sum(place is None for place in refused))
    for place in dict.fromkeys(place for place in refused if place is not None):
        if not place.is_file():
            continue
        try:
            report.restored.append((place, restore(store, place)))
        except (OSError, UnicodeDecodeError) as error:
            report.failed.append((place, getattr(error, "strerror", None) or str(error)))
    return report


def saving_again_message(report: PutBack) -> tuple[str, bool]:
    """What the student is told once saving works again, and whether all is well (nothing left to do)."""
    lines = ["Saving works again."]
    all_well = True
    for place, done in report.restored:
        saved = plural(done.answers, "answer") + (f" and {plural(done.writes, 'other save')}" if done.writes else "")
        renamed = f" (that file is kept as {done.kept_as.name})" if done.kept_as is not None and not done.left else ""
        if done.answers or done.writes:
            lines.append(f"What you answered while the score database could not be written ({saved}) is saved in it "
                         f"now, from {place}{renamed}.")
        else:
            lines.append(f"Everything kept in {place} was in the score database already{renamed}.")
        if done.left:
            all_well = False
            lines.append(f"{plural(len(done.left), 'kept save')} could not be put back and stay in {place}: "
                         f"'{recover_command(place)}' says why and tries again.")
    for place, why in report.failed:
        all_well = False
        lines.append(f"What was kept in {place} could not be put back ({why}). Nothing is lost: it is still there, "
                     f"and '{recover_command(place)}' saves it.")
    if report.lost:
        all_well = False
        lines.append(f"{plural(report.lost, 'earlier save')} could not be kept anywhere: the disks refused them.")
    if len(lines) == 1:
        lines.append("What was kept while the score database could not be written had been put back already.")
    return " ".join(lines), all_well
