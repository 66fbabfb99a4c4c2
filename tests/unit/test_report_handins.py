"""Hand-ins are untrusted: malformed, truncated, newer, edited or for another deck. Each problem is named by file
and reason and the rest of the class is reported; scores are recomputed from the responses."""

from __future__ import annotations

import copy
import csv
import io
import datetime as dt
import json
from pathlib import Path

import pytest

from report_class import write_deck
from trainer.report.build import class_report, load_index
from trainer.report.tables import report_csv, report_document
from trainer.report.text import render_text

T = "2026-03-02T09:00:00Z"


def answer(qid: str, qtype: str, response: object, score: float, correct: bool, *, deck: str = "treaty",
           at: str = "2026-03-02T09:01:00Z") -> dict:
    return {"deck_id": deck, "question_id": qid, "type": qtype, "response": response, "response_text": str(response),
            "correct": correct, "score": score, "skipped": response is None, "elapsed_ms": 4000, "answered_at": at}


def handin(profile: str, answers: list[dict], *, score: float | None = None, session_id: int = 1,
           started: str = T, mode: str = "exam") -> dict:
    total = sum(a["score"] for a in answers) if score is None else score
    return {
        "format": "trainer-results", "version": 1, "generated_at": T, "profile": profile, "trainer_version": "1",
        "deck_filter": None, "decks": [{"id": "treaty", "title": "The Geneva treaty", "questions": 4}],
        "sessions": [{"id": session_id, "deck_id": "treaty", "deck_title": "The Geneva treaty", "mode": mode,
                      "status": "completed", "started_at": started, "ended_at": "2026-03-02T09:10:00Z",
                      "total": len(answers), "answered": len(answers), "correct": 0, "skipped": 0, "score": total,
                      "fraction": 0, "answers": answers}],
    }


GOOD = [answer("where", "choice", "Geneva", 1, True), answer("signed", "true_false", False, 0, False)]


@pytest.fixture
def index(tmp_path: Path):
    built, broken = load_index([write_deck(tmp_path / "decks")])
    assert broken == []
    return built


def write(folder: Path, name: str, content: object) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_bad_files_are_named_with_a_reason_and_the_rest_is_reported(tmp_path: Path, index) -> None:
    folder = tmp_path / "in"
    good = json.dumps(handin("ana", GOOD))
    write(folder, "ana.json", good)
    write(folder, "truncated.json", good[: len(good) // 2])
    write(folder, "newer.json", {**handin("bob", GOOD), "version": 2})
    write(folder, "other.json", {"format": "something-else", "version": 1})
    write(folder, "empty.json", "")
    write(folder, "latin1.json", "caf\xe9".encode("latin-1"))
    write(folder, "list.json", "[1, 2]")
    write(folder, "nested.json", "[" * 100_000)
    write(folder, "hand.csv", "a,b\n")
    broken_session = handin("cy", GOOD)
    broken_session["sessions"].append({"id": "two", "answers": []})
    write(folder, "cy.json", broken_session)
    report = class_report([folder, folder / "hand.csv"], index)
    reasons = {Path(p.file).name: (p.rejected, p.message) for p in report.problems}
    assert reasons["truncated.json"][0] and "looks truncated" in reasons["truncated.json"][1]
    assert "newer trainer" in reasons["newer.json"][1] and "version 2" in reasons["newer.json"][1]
    assert "not a trainer hand-in" in reasons["other.json"][1]
    assert reasons["empty.json"] == (True, "empty file")
    assert "not UTF-8" in reasons["latin1.json"][1]
    assert "not an object" in reasons["list.json"][1]
    assert reasons["nested.json"][0]
    assert "CSV hand-in" in reasons["hand.csv"][1]
    assert reasons["cy.json"] == (False, "session 2 left out: the session: 'id' is missing or not a whole number")
    assert report.students == 2 and report.files_read == 2  # ana, and cy's good session
    text = render_text(report)
    assert "truncated.json: left out: not valid JSON" in text


def test_stored_scores_are_recomputed_and_disagreements_listed(tmp_path: Path, index) -> None:
    edited = handin("ana", [answer("where", "choice", "Vienna", 1, True), answer("signed", "true_false", True, 1, True)])
    path = write(tmp_path / "in", "ana.json", edited)
    report = class_report([path], index)
    assert report.student_rows[0].best_exam == 0.5  # Vienna is wrong whatever the file says
    [item] = report.disagreements
    assert (item.profile, item.answers, item.sessions) == ("ana", 1, 1)
    assert "treaty/where: stored 1 (right), recomputed 0" in item.examples[0]
    where = next(q for q in report.questions if q.question_id == "where")
    assert where.facility == 0


def test_answers_the_deck_cannot_grade_are_listed_with_the_reason(tmp_path: Path, index) -> None:
    answers = [
        *GOOD,
        answer("gone", "choice", "x", 1, True),
        answer("q1", "choice", "x", 1, True, deck="other-deck"),
        answer("how-many", "choice", "12", 1, True),  # was a choice question when answered
        answer("which", "multi", ["Geneva", "Lisbon"], 0.5, False),  # an option since removed
    ]
    report = class_report([write(tmp_path / "in", "ana.json", handin("ana", answers))], index)
    reasons = {(u["deck_id"], u["question_id"]): u["reason"] for u in report.unmatched}
    assert reasons[("treaty", "gone")] == "deck 'treaty' has no question 'gone' (removed or renamed since)"
    assert reasons[("other-deck", "q1")] == "deck 'other-deck' is not among the decks given to the report"
    assert reasons[("treaty", "how-many")] == "changed since: was a choice question, now a number question"
    assert reasons[("treaty", "which")].startswith("changed since: the response is no longer valid")
    which = next(q for q in report.questions if q.question_id == "which")
    assert which.attempts == 1 and which.facility == 0  # scored 0 like an exam whose deck changed
    assert next(q for q in report.questions if q.question_id == "how-many").attempts == 0


def test_the_same_student_twice_counts_once_with_the_union_of_sessions(tmp_path: Path, index) -> None:
    folder = tmp_path / "in"
    first = handin("ana", GOOD)
    second = copy.deepcopy(first)
    later = handin("ana", [answer("which", "multi", ["Geneva", "Vienna"], 1, True, at="2026-03-03T09:01:00Z")],
                   session_id=2, started="2026-03-03T09:00:00Z")
    second["sessions"] += later["sessions"]
    write(folder, "a.json", first)
    write(folder, "b.json", second)
    report = class_report([folder], index)
    assert (report.students, report.sessions, report.answers) == (1, 2, 3)
    assert report.student_rows[0].attempted == 3 and report.student_rows[0].files == [
        str(folder / "a.json"), str(folder / "b.json")]


def test_student_and_deck_text_stays_literal_in_text_and_csv(tmp_path: Path, index) -> None:
    evil = "=HYPERLINK(\"http://x\")\x1b]0;pwned\x07"
    answers = [answer("how-many", "number", evil, 0, False), answer("where", "choice", "=1+1 Paris", 0, False)]
    report = class_report([write(tmp_path / "in", "e.json", handin("\x1b[2Jeve", answers))], index)
    text = render_text(report)
    assert "\x1b" not in text and "␛[2Jeve" in text
    assert "<script>alert(1)</script> [bold]x[/bold]" in text
    rows = {row["question_id"]: row for row in csv.DictReader(io.StringIO(report_csv(report)))}
    assert rows["how-many"]["common_wrong"] == "'" + evil + ": 1"
    assert rows["where"]["prompt"] == "Where was it signed? <script>alert(1)</script> [bold]x[/bold]"
    assert not any(cell.startswith("=") for row in rows.values() for cell in row.values())
    document = report_document(report)
    assert document["students"][0]["profile"] == "\x1b[2Jeve"  # JSON keeps values exactly
    how_many = next(q for q in document["questions"] if q["question_id"] == "how-many")
    assert how_many["common_wrong"] == [{"answer": evil, "count": 1}]


def test_json_document_is_versioned(tmp_path: Path, index) -> None:
    report = class_report([write(tmp_path / "in", "a.json", handin("ana", GOOD))], index,
                          now=dt.datetime(2026, 3, 4, tzinfo=dt.UTC))
    document = json.loads(json.dumps(report_document(report)))
    assert (document["format"], document["version"], document["generated_at"]) == (
        "trainer-report", 1, "2026-03-04T00:00:00Z")
    assert set(document) >= {"decks", "counts", "completion", "distribution", "students", "questions", "flags",
                             "mastery", "most_missed", "problems"}


def test_a_question_most_get_wrong_with_a_preferred_wrong_option_is_flagged(tmp_path: Path, index) -> None:
    folder = tmp_path / "in"
    for number, (profile, picked) in enumerate([("a", "Vienna"), ("b", "Vienna"), ("c", "Geneva"), ("d", "Vienna"),
                                                ("e", "Vienna"), ("f", "Bern")]):
        write(folder, f"{profile}.json", handin(profile, [answer("where", "choice", picked, 0, False)]))
    report = class_report([folder], index)
    kinds = {flag.kind for flag in report.flags if flag.question_id == "where"}
    assert {"too-hard", "wrong-option-preferred", "unused-option"} <= kinds
    [preferred] = [f for f in report.flags if f.kind == "wrong-option-preferred"]
    assert "“Vienna” was chosen 4 times, more than the right one (1)" in preferred.message


def test_the_report_core_does_not_import_textual() -> None:
    import subprocess
    import sys

    code = ("import sys, trainer.report.commands, trainer.report.build, trainer.report.html, trainer.report.tables,"
            " trainer.report.text; print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')"
            " or m.startswith('trainer.ui')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


SPEAKERS = """\
deck: speakers
title: Who said it
sources:
  - id: art
    file: art.txt
    title: Treaty news
people: [{name: Ana Diplomat}, {name: Ben Envoy}, {name: Cy Minister}, {name: Dee Speaker}, {name: Eve Aide}]
questions:
  - id: who
    type: who_said
    quote: The treaty was signed by 12 states in Geneva.
    answer: Ana Diplomat
"""


def test_who_said_with_drawn_names_lists_the_names_picked_and_flags_none_unused(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    write_deck(decks)
    (decks / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    index, broken = load_index([decks / "speakers.yaml"])
    assert broken == []
    folder = tmp_path / "in"
    for profile, picked in (("a", "Ana Diplomat"), ("b", "ben envoy"), ("c", "Ana Diplomat")):
        document = handin(profile, [answer("who", "who_said", picked, 0, False, deck="speakers")])
        document["sessions"][0]["deck_id"] = "speakers"
        write(folder, f"{profile}.json", document)
    report = class_report([folder], index)
    [who] = report.questions
    assert [(o.option, o.right, o.count) for o in who.options] == [("Ana Diplomat", True, 2), ("Ben Envoy", False, 1)]
    assert not any(flag.kind == "unused-option" for flag in report.flags)
