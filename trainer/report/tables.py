"""The report as data: a versioned JSON document (docs/report.md) and a CSV with one row per question.

Bump :data:`REPORT_VERSION` when a field changes meaning or disappears; adding one does not need a
new version. Text in the CSV that a spreadsheet would run as a formula starts with an apostrophe.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import Any

from trainer import __version__
from trainer.report.analysis import ClassReport, QuestionStats
from trainer.textsafe import spreadsheet_safe

REPORT_FORMAT = "trainer-report"
REPORT_VERSION = 1

CSV_COLUMNS = (
    "deck_id", "question_id", "type", "prompt", "right_answer", "tags", "file", "line", "attempts", "right",
    "partial", "skipped", "facility", "sd", "discrimination", "efficiency", "upper_lower", "median_time_s",
    "options", "common_wrong", "flags", "partners",
)  # fmt: skip


def _question(stats: QuestionStats) -> dict[str, Any]:
    data = dataclasses.asdict(stats)
    data["common_wrong"] = [{"answer": answer, "count": count} for answer, count in stats.common_wrong]
    return data


def report_document(report: ClassReport) -> dict[str, Any]:
    """The JSON document of docs/report.md."""
    return {
        "format": REPORT_FORMAT,
        "version": REPORT_VERSION,
        "generated_at": report.generated_at,
        "trainer_version": __version__,
        "mode": report.mode,
        "mode_asked": report.mode_asked,
        "decks": report.decks,
        "counts": {
            "files_read": report.files_read, "students": report.students, "sessions": report.sessions,
            "answers": report.answers, "analysed_students": report.analysed_students,
        },
        "completion": report.completion,
        "distribution": dataclasses.asdict(report.distribution),
        "students": [dataclasses.asdict(row) for row in report.student_rows],
        "questions": [_question(stats) for stats in report.questions],
        "flags": [dataclasses.asdict(flag) for flag in report.flags],
        "mastery": {
            "by_tag": [dataclasses.asdict(m) for m in report.by_tag],
            "by_type": [dataclasses.asdict(m) for m in report.by_type],
        },
        "most_missed": [{"deck_id": q.deck_id, "question_id": q.question_id} for q in report.most_missed],
        "problems": {
            "rejected": [{"file": p.file, "reason": p.message} for p in report.problems if p.rejected],
            "notes": [{"file": p.file, "message": p.message} for p in report.problems if not p.rejected],
            "disagreements": [dataclasses.asdict(d) for d in report.disagreements],
            "unmatched": report.unmatched,
        },
    }


def report_json(report: ClassReport) -> str:
    return json.dumps(report_document(report), ensure_ascii=False, indent=2) + "\n"


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def report_csv(report: ClassReport) -> str:
    """One row per question with every figure (:data:`CSV_COLUMNS`); options as 'option: count (upper/lower)'."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for q in report.questions:
        options = "; ".join(
            f"{'*' if o.right else ''}{o.option}: {o.count} ({o.upper}/{o.lower})" for o in q.options
        )
        wrong = "; ".join(f"{answer}: {count}" for answer, count in q.common_wrong)
        partners = "; ".join(f"{p.item} → {p.right_partner}: {p.right}/{p.attempts}"
                             + "".join(f", {w.partner}: {w.count}" for w in p.wrong) for p in q.partners)
        writer.writerow(map(spreadsheet_safe, [
            q.deck_id, q.question_id, q.type, q.prompt, q.right_answer, " ".join(q.tags), q.file, q.line,
            q.attempts, q.right, q.partial, q.skipped, _figure(q.facility), _figure(q.sd),
            _figure(q.discrimination), _figure(q.efficiency), _figure(q.upper_lower), _figure(q.median_time_s),
            options, wrong, " ".join(q.flags), partners,
        ]))  # fmt: skip
    return buffer.getvalue()
