"""Read students' hand-ins (``trainer results`` JSON, docs/results.md) one file at a time.

Hand-ins are untrusted: a file may be malformed, truncated, from a newer trainer or edited by hand.
Every problem is named with the file and the reason and the rest goes on; nothing here raises for bad
input. Each file is parsed, folded into compact per-student records and dropped, so memory grows with
the class (students x questions), not with the files read.

Scores are recomputed from the responses (:meth:`DeckIndex.regrade`); the stored ``score``,
``correct`` and ``fraction`` are only compared with the recomputation. The same profile handed in twice
counts once: its sessions are the union of both files' (a session is known by its number and start).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.report.decks import DeckIndex

RESULTS_FORMAT = "trainer-results"
RESULTS_VERSION = 1  #: the newest hand-in layout this report reads
MAX_BYTES = 64 * 2**20  #: a hand-in larger than this is refused (a class's files are a few hundred kB)
#: The modes the item analysis may be restricted to; "auto" is exam when the class has exam answers, else all.
MODES = ("auto", "exam", "practice", "all")
_STATUSES = ("completed", "abandoned", "interrupted", "active")


class Malformed(ValueError):
    """A part of a hand-in that does not have the documented shape."""


@dataclass(frozen=True)
class Problem:
    """Something wrong with one hand-in: the file, what, and whether the file was left out whole."""

    file: str
    message: str
    rejected: bool = False


@dataclass(slots=True)
class Attempt:
    """A student's first answer to a question in a mode (``picked``: the options chosen, or the typed text)."""

    at: dt.datetime
    score: float
    elapsed_ms: int
    skipped: bool
    picked: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...] = ()  #: a match question's partners given, left -> right


@dataclass(slots=True)
class SessionInfo:
    """One session of a student's, with its score recomputed from its answers."""

    number: int
    deck_id: str
    mode: str
    status: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    total: int
    answers: int
    score: float  #: recomputed points
    elapsed_ms: int
    last_answer: dt.datetime | None

    @property
    def fraction(self) -> float:
        return self.score / self.total if self.total else 0.0


@dataclass
class Student:
    """Everything the report keeps of one profile, from every file that profile handed in."""

    profile: str
    files: list[str] = field(default_factory=list)
    sessions: dict[tuple[int, dt.datetime], SessionInfo] = field(default_factory=dict)
    first: dict[str, dict[tuple[str, str], Attempt]] = field(default_factory=dict)  #: mode slot -> question -> attempt
    seen: set[tuple[str, str]] = field(default_factory=set)


@dataclass(frozen=True)
class Disagreement:
    """A hand-in whose stored figures differ from the recomputation."""

    file: str
    profile: str
    answers: int  #: answers whose stored score or correctness differs
    sessions: int  #: sessions whose stored score differs from the sum of their recomputed answers
    examples: tuple[str, ...]


@dataclass
class Unmatched:
    """Answers that could not be regraded against the decks, by question and reason."""

    deck_id: str
    question_id: str
    reason: str
    answers: int = 0
    students: set[str] = field(default_factory=set)


def find_handins(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders searched (sorted, recursively, skipping hidden folders) for ``*.json``."""
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*.json")):
                if not any(part.startswith(".") for part in found.relative_to(path).parts):
                    yield found
        else:
            yield path


def _time(value: object, what: str) -> dt.datetime:
    if not isinstance(value, str):
        raise Malformed(f"{what} is not a time")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise Malformed(f"{what} '{value[:40]}' is not an ISO 8601 time") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


_KINDS = {int: "a whole number", str: "text", list: "a list"}


def _need(mapping: dict[str, Any], key: str, kind: type | tuple[type, ...], what: str) -> Any:
    value = mapping.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise Malformed(f"{what}: '{key}' is missing or not {_KINDS.get(kind, 'valid')}")
    return value


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


class Collector:
    """Folds hand-ins, one file at a time, into per-student records and lists of problems."""

    def __init__(self, index: DeckIndex, mode: str = "auto") -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        self.index = index
        self.mode = mode
        self.slots = ("exam", "all") if mode == "auto" else (mode,)
        self.students: dict[str, Student] = {}
        self.problems: list[Problem] = []
        self.disagreements: list[Disagreement] = []
        self.unmatched: dict[tuple[str, str, str], Unmatched] = {}
        self.files_read = 0

    # -- one file ---------------------------------------------------------------------------------

    def add_file(self, path: Path) -> None:
        """Read one hand-in; any problem is recorded against the file, never raised."""
        name = str(path)
        document = self._parse(path, name)
        if document is None:
            return
        try:
            profile = self._header(document)
        except Malformed as error:
            self.problems.append(Problem(name, str(error), rejected=True))
            return
        self.files_read += 1
        student = self.students.get(profile)
        if student is None:
            student = self.students[profile] = Student(profile)
        student.files.append(name)
        mismatched_answers = mismatched_sessions = 0
        examples: list[str] = []
        for position, raw in enumerate(document["sessions"], 1):
            try:
                wrong_answers, wrong_session, example = self._session(student, raw, name, position)
            except Malformed as error:
                self.problems.append(Problem(name, f"session {position} left out: {error}"))
                continue
            mismatched_answers += wrong_answers
            mismatched_sessions += wrong_session
            if example and len(examples) < 3:
                examples.append(example)
        if mismatched_answers or mismatched_sessions:
            self.disagreements.append(
                Disagreement(name, profile, mismatched_answers, mismatched_sessions, tuple(examples))
            )

    def _parse(self, path: Path, name: str) -> dict[str, Any] | None:
        def reject(message: str) -> None:
            self.problems.append(Problem(name, message, rejected=True))

        if path.suffix.lower() == ".csv":
            return reject("a CSV hand-in: the report reads the JSON one ('trainer results --format json')")
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                return reject(f"too large ({size / 2**20:.0f} MB; a hand-in is at most {MAX_BYTES // 2**20} MB)")
            data = path.read_bytes()
        except FileNotFoundError:
            return reject("no such file")
        except OSError as error:
            return reject(f"cannot be read ({error.strerror or error})")
        if not data.strip():
            return reject("empty file")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return reject("not UTF-8 text (not a trainer hand-in?)")
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            ending = " (the file looks truncated)" if error.pos >= len(text.rstrip()) else ""
            return reject(f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}{ending}")
        except RecursionError:
            return reject("not a trainer hand-in (nested too deeply)")
        if not isinstance(document, dict):
            return reject("not a trainer hand-in (the JSON is not an object)")
        return document

    def _header(self, document: dict[str, Any]) -> str:
        if document.get("format") != RESULTS_FORMAT:
            raise Malformed(f"not a trainer hand-in ('format' is not '{RESULTS_FORMAT}')")
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise Malformed("'version' is missing or not a positive whole number")
        if version > RESULTS_VERSION:
            raise Malformed(f"written by a newer trainer (hand-in version {version}; this trainer reads up to "
                            f"version {RESULTS_VERSION}): update trainer to read it")
        profile = document.get("profile")
        if not isinstance(profile, str) or not profile.strip():
            raise Malformed("'profile' is missing or empty")
        if not isinstance(document.get("sessions"), list):
            raise Malformed("'sessions' is missing or not a list")
        return profile

    # -- one session ------------------------------------------------------------------------------

    def _session(self, student: Student, raw: object, name: str, position: int) -> tuple[int, int, str]:
        """Fold one session in; returns the answers and session (0/1) whose stored figures disagree, and an example."""
        if not isinstance(raw, dict):
            raise Malformed("not an object")
        number = _need(raw, "id", int, "the session")
        deck_id = _need(raw, "deck_id", str, "the session")
        mode = _need(raw, "mode", str, "the session")
        status = _need(raw, "status", str, "the session")
        if status not in _STATUSES:
            raise Malformed(f"unknown status '{status[:30]}'")
        started = _time(raw.get("started_at"), "'started_at'")
        ended = None if raw.get("ended_at") is None else _time(raw.get("ended_at"), "'ended_at'")
        total = _need(raw, "total", int, "the session")
        answers = _need(raw, "answers", list, "the session")
        if total < 0:
            raise Malformed("'total' is negative")
        parsed = [self._answer(item, index) for index, item in enumerate(answers, 1)]
        points = 0.0
        elapsed = 0
        last: dt.datetime | None = None
        wrong = 0
        example = ""
        regradable = True
        questions = self.index.questions
        slots = [slot for slot in self.slots if slot == "all" or slot == mode]
        firsts = [student.first.setdefault(slot, {}) for slot in slots]
        seen = student.seen
        for deck_name, qid, qtype, response, stored_score, stored_correct, skipped, spent, at in parsed:
            elapsed += spent
            if last is None or at > last:
                last = at
            info = questions.get((deck_name, qid))
            if info is None or info.question.type != qtype:
                regradable = False
                self._unmatched(deck_name, qid, self.index.missing(deck_name, qid, qtype) or "", student.profile)
                continue
            key = info.key
            seen.add(key)
            if skipped or response is None:
                score, correct, picked, pairs = 0.0, False, (), ()
            else:
                result = self.index.regrade(info, response)
                if result.invalid is not None:
                    self._unmatched(deck_name, qid, f"changed since: the response is no longer valid "
                                                    f"({result.invalid})", student.profile)
                score, correct = result.score, result.correct
                picked, pairs = result.picked, result.pairs
            points += score
            if correct != stored_correct or abs(score - stored_score) > 1e-6:
                wrong += 1
                if not example:
                    example = (f"session {number}, {deck_name}/{qid}: stored {stored_score:g}"
                               f"{' (right)' if stored_correct else ''}, recomputed {score:g}")
            for attempts in firsts:
                known = attempts.get(key)
                if known is None or at < known.at:
                    attempts[key] = Attempt(at, score, spent, skipped or response is None, picked, pairs)
        stored_points = raw.get("score")
        wrong_session = int(regradable and _number(stored_points) and abs(float(stored_points) - points) > 1e-6)
        if wrong_session and not example:
            example = f"session {number}: stored score {float(stored_points):g}, recomputed {points:g}"
        info_ = SessionInfo(number, deck_id, mode, status, started, ended, total, len(parsed), points, elapsed, last)
        key = (number, started)
        known = student.sessions.get(key)
        if known is None or (info_.answers, info_.ended_at is not None) > (known.answers, known.ended_at is not None):
            student.sessions[key] = info_
        return wrong, wrong_session, example

    @staticmethod
    def _answer(raw: object, index: int) -> tuple[str, str, str, object, float, bool, bool, int, dt.datetime]:
        try:  # the fast path: a well-formed answer, as trainer writes them
            deck_id, qid, qtype = raw["deck_id"], raw["question_id"], raw["type"]  # type: ignore[index]
            score, elapsed, at = raw["score"], raw["elapsed_ms"], raw["answered_at"]  # type: ignore[index]
            if (type(deck_id) is str and type(qid) is str and type(qtype) is str and type(elapsed) is int
                    and elapsed >= 0 and (type(score) is float or type(score) is int) and math.isfinite(score)
                    and type(at) is str):
                moment = dt.datetime.fromisoformat(at)
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=dt.UTC)
                return (deck_id, qid, qtype, raw.get("response"), float(score),  # type: ignore[union-attr]
                        raw.get("correct") is True, raw.get("skipped") is True, elapsed, moment)  # type: ignore[union-attr]
        except (KeyError, TypeError, ValueError):
            pass
        return Collector._checked_answer(raw, index)

    @staticmethod
    def _checked_answer(raw: object, index: int) -> tuple[str, str, str, object, float, bool, bool, int, dt.datetime]:
        """The slow path of :meth:`_answer`: the same answer checked field by field, to say what is wrong."""
        what = f"answer {index}"
        if not isinstance(raw, dict):
            raise Malformed(f"{what} is not an object")
        score = raw.get("score")
        if not _number(score):
            raise Malformed(f"{what}: 'score' is missing or not a number")
        elapsed = raw.get("elapsed_ms")
        if not _number(elapsed) or elapsed < 0:
            raise Malformed(f"{what}: 'elapsed_ms' is missing or not a number of milliseconds")
        return (
            _need(raw, "deck_id", str, what), _need(raw, "question_id", str, what), _need(raw, "type", str, what),
            raw.get("response"), float(score), raw.get("correct") is True, raw.get("skipped") is True,
            int(elapsed), _time(raw.get("answered_at"), f"{what}: 'answered_at'"),
        )

    def _unmatched(self, deck_id: str, question_id: str, reason: str, profile: str) -> None:
        entry = self.unmatched.get((deck_id, question_id, reason))
        if entry is None:
            entry = self.unmatched[(deck_id, question_id, reason)] = Unmatched(deck_id, question_id, reason)
        entry.answers += 1
        entry.students.add(profile)

    # -- after all files --------------------------------------------------------------------------

    def chosen_mode(self) -> str:
        """The mode the item analysis uses: the one asked for, or for auto exam when any exam answer was read."""
        if self.mode != "auto":
            return self.mode
        has_exam = any(student.first.get("exam") for student in self.students.values())
        return "exam" if has_exam else "all"
