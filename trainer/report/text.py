"""The report as terminal text. Every piece of deck or student text goes through ``visible``."""

from __future__ import annotations

from trainer.report.analysis import ClassReport, QuestionStats
from trainer.textsafe import visible


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def _seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f} s" if value < 120 else f"{value / 60:.0f} min"


def _bar(count: int, most: int, width: int = 30) -> str:
    return "█" * (round(count / most * width) if most else 0)


def _question_name(q: QuestionStats) -> str:
    return visible(f"{q.deck_id}/{q.question_id}")


def render_text(report: ClassReport, *, students: bool = True) -> str:
    out: list[str] = []
    add = out.append
    decks = ", ".join(visible(f"{d['title']} ({d['id']})") for d in report.decks) or "none"
    add(f"Class report: {report.students} students, {report.sessions} sessions, {report.answers} answers "
        f"from {report.files_read} hand-in(s)")
    add(f"Decks: {decks}")
    add(f"Item analysis on the first attempt at each question in {report.mode} mode"
        + (" (chosen automatically)" if report.mode_asked == "auto" else "")
        + f": {report.analysed_students} students")
    c = report.completion
    add(f"Completion: {c['students_finished']} students finished a session, {c['students_unfinished_only']} only "
        f"left sessions unfinished; sessions: {c['sessions_completed']} completed, {c['sessions_abandoned']} "
        f"abandoned, {c['sessions_interrupted']} interrupted, {c['sessions_active']} open")
    d = report.distribution
    add("")
    add(f"Scores: median {_pct(d.median)}, quartiles {_pct(d.q1)}–{_pct(d.q3)}, mean {_pct(d.mean)}, "
        f"range {_pct(d.minimum)}–{_pct(d.maximum)}")
    most = max(d.histogram, default=0)
    for tenth, count in enumerate(d.histogram):
        add(f"  {tenth * 10:3d}–{tenth * 10 + 10:3d}% {count:5d} {_bar(count, most)}")

    add("")
    add("Questions (facility, SD, discrimination, efficiency, upper−lower third, median time):")
    for q in report.questions:
        marks = f"  ⚑ {', '.join(q.flags)}" if q.flags else ""
        add(f"  {_question_name(q):40.40} n={q.attempts:<4d} F {_pct(q.facility):>4} SD {_signed(q.sd)[1:]:>4} "
            f"D {_signed(q.discrimination):>5} E {_signed(q.efficiency):>5} U−L {_signed(q.upper_lower):>5} "
            f"{_seconds(q.median_time_s):>6}{marks}")
        for option in q.options:
            tick = "✓" if option.right else " "
            add(f"      {tick} {visible(option.option)[:50]:50} {option.count:4d}  top {option.upper:3d}  "
                f"bottom {option.lower:3d}")
        for item in q.partners:
            add(f"      {visible(item.item)[:24]} → {visible(item.right_partner)[:24]}: right {item.right} of "
                f"{item.attempts}" + (f", none {item.unanswered}" if item.unanswered else "")
                + ("".join(f"; “{visible(w.partner)[:24]}” ×{w.count}" for w in item.wrong[:3])))

    if report.flags:
        add("")
        add("For the author:")
        for flag in report.flags:
            add(f"  {visible(flag.file)}:{flag.line}: {visible(flag.question_id)}: {visible(flag.message)}")

    add("")
    add("Mastery by tag:")
    for m in report.by_tag:
        add(f"  {visible(m.name)[:30]:30} {_pct(m.score):>5}  {m.questions} questions, {m.attempts} answers")
    add("Mastery by type:")
    for m in report.by_type:
        add(f"  {m.name:30} {_pct(m.score):>5}  {m.questions} questions, {m.attempts} answers")

    if report.most_missed:
        add("")
        add("Most missed:")
        for q in report.most_missed:
            add(f"  {_pct(q.facility):>4}  {_question_name(q)}: {visible(q.prompt)}")
            add(f"        right answer: {visible(q.right_answer)}")
            add(f"        “{visible(q.quote)}” ({visible(q.citation)})")

    if students and report.student_rows:
        add("")
        add(f"  {'Student':24} {'score':>6} {'best exam':>9} {'latest':>7} {'time':>7} {'seen':>5} {'last day':>10}"
            f" {'done':>4} {'unfin.':>6}")
        for row in report.student_rows:
            add(f"  {visible(row.profile)[:24]:24} {_pct(row.test_score):>6} {_pct(row.best_exam):>9} "
                f"{_pct(row.latest_exam):>7} {_seconds(row.time_spent_s):>7} {row.questions_seen:5d} "
                f"{row.last_study_day or '–':>10} {row.completed:4d} {row.unfinished:6d}")

    out.extend(problem_lines(report))
    return "\n".join(out) + "\n"


def problem_lines(report: ClassReport) -> list[str]:
    """What went wrong with the hand-ins, by file and reason (also printed to stderr by the command)."""
    out: list[str] = []
    rejected = [p for p in report.problems if p.rejected]
    notes = [p for p in report.problems if not p.rejected]
    if rejected or notes:
        out.append("")
        out.append("Hand-ins left out or partly read:")
        for problem in rejected:
            out.append(f"  {visible(problem.file)}: left out: {visible(problem.message)}")
        for problem in notes:
            out.append(f"  {visible(problem.file)}: {visible(problem.message)}")
    if report.disagreements:
        out.append("")
        out.append("Stored scores that differ from the recomputation (a hand-in edited, or the deck's answers changed "
                   "since; the report uses the recomputed scores):")
        for item in report.disagreements:
            out.append(f"  {visible(item.file)} ({visible(item.profile)}): {item.answers} answer(s), "
                       f"{item.sessions} session score(s); e.g. {visible('; '.join(item.examples))}")
    if report.unmatched:
        out.append("")
        out.append("Answers the decks cannot grade (left out of the analysis, or scored 0 when no longer valid):")
        for item in report.unmatched:
            out.append(f"  {visible(str(item['deck_id']))}/{visible(str(item['question_id']))}: "
                       f"{visible(str(item['reason']))} ({item['answers']} answer(s), {item['students']} student(s))")
    return out
