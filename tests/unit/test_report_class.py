"""The done-when test: a class that studied in the core and handed in with ``trainer results``; every figure of
the report checked against values worked out by hand (report_class.py lists each student's answers).

Exam scores (where, signed, which, how-many) and test scores (their mean):
ana 1 1 1 1 = 1 · bob 1 0 .5 1 = .625 · cy 0 1 0 0 = .25 · dee 0 1 0 1 = .5 · eve 0 1 0 0 = .25 · fay 1 1 .5 0 = .625
Ranked by score, then name: ana, bob, fay, dee, cy, eve; thirds of 6 // 3 = 2: top {ana, bob}, bottom {cy, eve}.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from report_class import LINES, PARIS, build_class
from trainer.deck.loader import load_deck
from trainer.report.build import class_report, load_index
from trainer.study.session import plan


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_class(tmp_path_factory.mktemp("class"))


@pytest.fixture(scope="module")
def report(built):
    decks, handins = built
    index, broken = load_index([decks])
    assert broken == []
    return class_report([handins], index)


def question(report, qid):
    return next(q for q in report.questions if q.question_id == qid)


def test_counts_dedupe_ana_who_handed_in_twice(report) -> None:
    # 7 files; ana's early file holds 2 of her 3 sessions: 9 sessions, 34 answers once each.
    assert (report.files_read, report.students, report.sessions, report.answers) == (7, 6, 9, 34)
    assert report.mode == "exam" and report.mode_asked == "auto" and report.analysed_students == 6
    ana = next(row for row in report.student_rows if row.profile == "ana")
    assert len(ana.files) == 2 and ana.sessions == 3
    assert report.problems == [] and report.disagreements == [] and report.unmatched == []


def test_score_distribution(report) -> None:
    d = report.distribution
    # sorted: .25 .25 .5 .625 .625 1; inclusive quartiles at positions 1.25, 2.5, 3.75
    assert d.count == 6
    assert d.mean == pytest.approx(3.25 / 6)
    assert d.median == pytest.approx((0.5 + 0.625) / 2)
    assert d.q1 == pytest.approx(0.25 + 0.25 * 0.25)
    assert d.q3 == pytest.approx(0.625)
    assert (d.minimum, d.maximum) == (0.25, 1.0)
    assert d.histogram == [0, 0, 2, 0, 0, 1, 2, 0, 0, 1]


def test_completion(report) -> None:
    assert report.completion == {"students_finished": 6, "students_unfinished_only": 0, "sessions_completed": 6,
                                 "sessions_abandoned": 0, "sessions_interrupted": 0, "sessions_active": 0}


def test_student_rows(report) -> None:
    rows = {row.profile: row for row in report.student_rows}
    assert [row.profile for row in report.student_rows] == ["ana", "bob", "cy", "dee", "eve", "fay"]
    assert {p: row.test_score for p, row in rows.items()} == pytest.approx(
        {"ana": 1, "bob": 0.625, "cy": 0.25, "dee": 0.5, "eve": 0.25, "fay": 0.625})
    assert rows["bob"].best_exam == rows["bob"].latest_exam == pytest.approx(0.625)
    # time: the exam takes 10 + 15 + 20 + 25 s; ana practised 4 x 3 s and 2 x 3 s (abandoned), bob 4 x 3 s
    assert {p: row.time_spent_s for p, row in rows.items()} == {
        "ana": 88, "bob": 82, "cy": 70, "dee": 70, "eve": 70, "fay": 70}
    assert {row.questions_seen for row in rows.values()} == {4}
    assert {row.last_study_day for row in rows.values()} == {"2026-03-02"}
    assert (rows["ana"].sessions, rows["ana"].completed, rows["ana"].unfinished) == (3, 1, 0)


def test_facility_sd_discrimination_efficiency(report) -> None:
    where = question(report, "where")
    # scores 1 1 0 0 0 1; rest of the test (mean of the other three) in ninths: 9 4.5 3 6 3 4.5
    assert (where.attempts, where.right, where.partial, where.skipped) == (6, 3, 0, 0)
    assert where.facility == pytest.approx(0.5)
    assert where.sd == pytest.approx(math.sqrt(1.5 / 5))
    assert where.discrimination == pytest.approx(3 / math.sqrt(38.25))  # (1/3) / sqrt(1.5 * 25.5/81)
    assert where.efficiency == pytest.approx((1 / 3) / 0.5)  # sorted pairing gives cov 0.5
    assert where.upper_lower == pytest.approx(1.0)

    signed = question(report, "signed")
    # scores 1 0 1 1 1 1; rest in sixths: 6 5 0 2 0 3
    assert signed.facility == pytest.approx(5 / 6)
    assert signed.sd == pytest.approx(math.sqrt(1 / 6))
    assert signed.discrimination == pytest.approx(-0.38889 / math.sqrt(30 / 36 * 31.3333 / 36), abs=1e-4)
    assert signed.efficiency == pytest.approx(-0.875)
    assert signed.upper_lower == pytest.approx(0.5 - 1.0)

    which = question(report, "which")  # partial credit: bob and fay 1 of 2 right options
    assert (which.right, which.partial, which.skipped) == (1, 2, 1)
    assert which.facility == pytest.approx(2 / 6)
    assert which.sd == pytest.approx(math.sqrt(1 / 6))
    assert which.discrimination == pytest.approx(0.86772, abs=1e-4)
    assert which.efficiency == pytest.approx(1.0)
    assert which.upper_lower == pytest.approx(0.75 - 0)

    many = question(report, "how-many")
    assert (many.facility, many.skipped) == (0.5, 1)
    assert many.discrimination == pytest.approx(0.20851, abs=1e-4)
    assert many.efficiency == pytest.approx(0.25)
    assert many.common_wrong == [("15", 2)]


def test_median_time_is_the_time_at_its_place_in_the_exam(built, report) -> None:
    deck = load_deck(built[0] / "treaty.yaml").deck
    seconds = {q.id: 10 + 5 * i for i, q in enumerate(plan(deck, 7))}
    assert {q.question_id: q.median_time_s for q in report.questions} == seconds


def test_distractors_by_third(report) -> None:
    where = {o.option: (o.right, o.count, o.upper, o.lower) for o in question(report, "where").options}
    assert where == {"Geneva": (True, 3, 2, 0), "Vienna": (False, 2, 0, 2), PARIS: (False, 1, 0, 0),
                     "Bern": (False, 0, 0, 0)}
    signed = {o.option: (o.count, o.upper, o.lower) for o in question(report, "signed").options}
    assert signed == {"True": (5, 1, 2), "False": (1, 1, 0)}
    which = {o.option: (o.count, o.upper, o.lower) for o in question(report, "which").options}
    assert which == {"Geneva": (3, 2, 1), "Vienna": (2, 1, 0), "Alps": (2, 0, 2)}


def test_flags_name_the_deck_file_and_line(built, report) -> None:
    found = {(flag.question_id, flag.kind, flag.line) for flag in report.flags}
    assert found == {("where", "unused-option", LINES["where"]), ("signed", "negative-discrimination", LINES["signed"]),
                     ("signed", "key-check", LINES["signed"])}
    assert all(flag.file == str(built[0] / "treaty.yaml") for flag in report.flags)
    text = (built[0] / "treaty.yaml").read_text().splitlines()
    assert all(text[LINES[qid] - 1].strip() == f"- id: {qid}" for qid in LINES)


def test_mastery_and_most_missed(report) -> None:
    assert {m.name: m.score for m in report.by_tag} == pytest.approx({"places": 5 / 12, "facts": 8 / 12, "numbers": 0.5})
    assert {m.name: (m.questions, m.attempts, m.students) for m in report.by_tag} == {
        "places": (2, 12, 6), "facts": (2, 12, 6), "numbers": (1, 6, 6)}
    assert {m.name: m.score for m in report.by_type} == pytest.approx(
        {"choice": 0.5, "true_false": 5 / 6, "multi": 1 / 3, "number": 0.5})
    assert [q.question_id for q in report.most_missed] == ["which", "how-many", "where", "signed"]


def test_other_modes(built) -> None:
    decks, handins = built
    index, _ = load_index([decks])
    practice = class_report([handins], index, mode="practice")
    # ana and bob practised, everything right: facility 1, flagged too easy; ana's abandoned session counts
    assert practice.analysed_students == 2
    assert {q.question_id: q.facility for q in practice.questions} == {"where": 1, "signed": 1, "which": 1,
                                                                         "how-many": 1}
    assert {f.kind for f in practice.flags} >= {"too-easy"}
    assert practice.completion["sessions_abandoned"] == 1 and practice.completion["sessions_completed"] == 2
    every = class_report([handins], index, mode="all")
    # the first attempt in any mode: ana's and bob's practice (all right), the others' exams; bob's exam miss
    # on "signed" is no longer his first attempt
    assert question(every, "signed").facility == 1.0 and question(every, "where").facility == 0.5
    assert every.completion["sessions_completed"] == 8
