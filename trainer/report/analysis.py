"""The class figures: overview, item analysis (Moodle's quiz statistics), distractors, flags, mastery.

Definitions (docs/report.md has them with examples). For the analysed mode, each student's *first attempt*
at each question counts, partial credit as its fraction. A student's *test score* is the mean of their
first-attempt scores over the questions they attempted. For a question q attempted by N students:

- facility: the mean score; standard deviation: the sample standard deviation (n - 1) of the scores;
- discrimination index: Pearson's correlation between the score on q and the *rest of the test* (the mean
  of the student's other first-attempt scores), over the students who attempted q and another question;
- discriminative efficiency: cov(q, rest) divided by the largest covariance these two lists of values allow
  (both sorted), as Moodle computes it;
- upper/lower difference: facility among the top third of the class (by test score) minus among the bottom
  third; thirds are ``N // 3`` students each, ties broken by profile name; none with fewer than 3 students.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from trainer.deck.model import Match
from trainer.deck.textmatch import fold
from trainer.report.decks import OPTION_TYPES, DeckIndex, QuestionInfo
from trainer.report.handins import Attempt, Collector, Disagreement, Problem, Student

EASY, HARD = 0.95, 0.2  #: facility above EASY or below HARD is flagged
MOST_MISSED = 10
HISTOGRAM_BINS = 10


@dataclass
class Distribution:
    count: int
    mean: float | None
    median: float | None
    q1: float | None
    q3: float | None
    minimum: float | None
    maximum: float | None
    histogram: list[int]  #: students per tenth: [0, 0.1), ..., [0.9, 1.0]


@dataclass
class StudentRow:
    profile: str
    files: list[str]
    sessions: int
    completed: int
    unfinished: int  #: abandoned, interrupted or still active
    test_score: float | None  #: mean first-attempt score in the analysed mode
    attempted: int  #: questions with a first attempt in the analysed mode
    best_exam: float | None
    latest_exam: float | None
    time_spent_s: float
    questions_seen: int
    last_study_day: str | None


@dataclass
class OptionCount:
    option: str
    right: bool
    count: int
    upper: int
    lower: int
    upper_rate: float | None
    lower_rate: float | None


@dataclass
class WrongPartner:
    partner: str
    count: int


@dataclass
class PartnerCount:
    """One left item of a match question: how the first attempts partnered it."""

    item: str
    right_partner: str
    attempts: int  #: first attempts at the question (skipped ones included)
    right: int  #: gave it its right partner
    unanswered: int  #: left it without a partner (or skipped the question)
    wrong: list[WrongPartner] = field(default_factory=list)  #: wrong partners given, the most chosen first


@dataclass
class QuestionStats:
    deck_id: str
    question_id: str
    type: str
    prompt: str
    quote: str
    citation: str
    right_answer: str
    tags: list[str]
    file: str
    line: int
    attempts: int
    right: int
    partial: int
    skipped: int
    facility: float | None
    sd: float | None
    discrimination: float | None
    efficiency: float | None
    upper_lower: float | None
    median_time_s: float | None
    options: list[OptionCount] = field(default_factory=list)
    common_wrong: list[tuple[str, int]] = field(default_factory=list)  #: typed answers: the usual wrong ones
    partners: list[PartnerCount] = field(default_factory=list)  #: match questions: per left item
    flags: list[str] = field(default_factory=list)


@dataclass
class Flag:
    deck_id: str
    question_id: str
    file: str
    line: int
    kind: str
    message: str


@dataclass
class Mastery:
    name: str
    questions: int
    attempts: int
    students: int
    score: float | None


@dataclass
class ClassReport:
    generated_at: str
    mode: str
    mode_asked: str
    decks: list[dict[str, object]]
    files_read: int
    students: int
    sessions: int
    answers: int
    analysed_students: int
    completion: dict[str, int]
    distribution: Distribution
    student_rows: list[StudentRow]
    questions: list[QuestionStats]
    flags: list[Flag]
    by_tag: list[Mastery]
    by_type: list[Mastery]
    most_missed: list[QuestionStats]
    problems: list[Problem]
    disagreements: list[Disagreement]
    unmatched: list[dict[str, object]]


# -- small statistics -------------------------------------------------------------------------------


def quartiles(values: list[float]) -> tuple[float, float, float] | None:
    """Q1, median and Q3 by linear interpolation between order statistics (spreadsheets' QUARTILE.INC)."""
    if not values:
        return None
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def sample_sd(values: list[float]) -> float | None:
    return statistics.stdev(values) if len(values) >= 2 else None


def _covariance(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (len(xs) - 1)


def discrimination(xs: list[float], ys: list[float]) -> tuple[float | None, float | None]:
    """Pearson's r of xs and ys, and the discriminative efficiency cov / max cov; None where undefined."""
    if len(xs) < 2:
        return None, None
    cov = _covariance(xs, ys)
    vx, vy = _covariance(xs, xs), _covariance(ys, ys)
    r = cov / math.sqrt(vx * vy) if vx > 1e-12 and vy > 1e-12 else None
    cov_max = _covariance(sorted(xs), sorted(ys))
    efficiency = cov / cov_max if cov_max > 1e-12 else None
    return r, efficiency


def _histogram(values: list[float]) -> list[int]:
    bins = [0] * HISTOGRAM_BINS
    for value in values:
        bins[min(HISTOGRAM_BINS - 1, max(0, int(value * HISTOGRAM_BINS + 1e-9)))] += 1
    return bins


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


# -- the report -------------------------------------------------------------------------------------


def _student_row(student: Student, attempts: dict[tuple[str, str], Attempt], mode: str) -> StudentRow:
    sessions = list(student.sessions.values())
    exams = sorted((s for s in sessions if s.mode == "exam" and s.status == "completed"),
                   key=lambda s: (s.ended_at or s.started_at, s.started_at))
    in_mode = [s for s in sessions if mode == "all" or s.mode == mode]
    lasts = [s.last_answer for s in sessions if s.last_answer is not None]
    score = _mean([a.score for a in attempts.values()])
    return StudentRow(
        profile=student.profile, files=list(student.files), sessions=len(sessions),
        completed=sum(s.status == "completed" for s in in_mode),
        unfinished=sum(s.status != "completed" for s in in_mode),
        test_score=score, attempted=len(attempts),
        best_exam=max((s.fraction for s in exams), default=None),
        latest_exam=exams[-1].fraction if exams else None,
        time_spent_s=sum(s.elapsed_ms for s in sessions) / 1000,
        questions_seen=len(student.seen),
        last_study_day=max(lasts).astimezone(dt.UTC).date().isoformat() if lasts else None,
    )


def _option_counts(info: QuestionInfo, rows: list[tuple[str, Attempt]], upper: set[str], lower: set[str]) -> list[OptionCount]:
    counts: Counter[str] = Counter()
    up: Counter[str] = Counter()
    low: Counter[str] = Counter()
    answered_up = sum(1 for p, _ in rows if p in upper)
    answered_low = sum(1 for p, _ in rows if p in lower)
    for profile, attempt in rows:
        for option in attempt.picked:
            counts[option] += 1
            if profile in upper:
                up[option] += 1
            if profile in lower:
                low[option] += 1
    options = list(info.options) + [o for o in counts if o not in info.options]  # picked but no longer offered
    return [
        OptionCount(option, option in info.right, counts[option], up[option], low[option],
                    up[option] / answered_up if answered_up else None,
                    low[option] / answered_low if answered_low else None)
        for option in options
    ]


def _partner_counts(question: Match, rows: list[tuple[str, Attempt]]) -> list[PartnerCount]:
    """Per left item of a match, in deck order: right partners, no partner, and each wrong partner given."""
    found = []
    for item, right in question.pairs.items():
        given = [dict(attempt.pairs).get(item) for _, attempt in rows]
        wrong = Counter(p for p in given if p is not None and fold(p) != fold(right))
        found.append(PartnerCount(
            item, right, len(rows), sum(1 for p in given if p is not None and fold(p) == fold(right)),
            sum(1 for p in given if p is None),
            [WrongPartner(partner, count) for partner, count in sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))],
        ))
    return found


def _flags(stats: QuestionStats, info: QuestionInfo) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if stats.facility is not None and stats.facility > EASY:
        found.append(("too-easy", f"facility {stats.facility:.0%}: nearly everyone gets it right"))
    if stats.facility is not None and stats.facility < HARD:
        found.append(("too-hard", f"facility {stats.facility:.0%}: most of the class gets it wrong"))
    if stats.discrimination is not None and stats.discrimination < 0:
        found.append(("negative-discrimination", f"discrimination {stats.discrimination:+.2f}: the stronger "
                                                 "students do worse on it than the weaker ones"))
    if stats.options:
        right_counts = [o.count for o in stats.options if o.right]
        least_right = min(right_counts) if right_counts else 0
        for option in stats.options:
            if option.right:
                continue
            if option.count > least_right:
                found.append(("wrong-option-preferred", f"the wrong option “{option.option}” was chosen "
                                                        f"{option.count} times, more than the right one "
                                                        f"({least_right})"))
            if (option.upper_rate is not None and option.lower_rate is not None
                    and option.upper_rate > option.lower_rate):
                found.append(("key-check", f"the wrong option “{option.option}” attracted the top third "
                                           f"({option.upper_rate:.0%}) more than the bottom third "
                                           f"({option.lower_rate:.0%}): check the answer key"))
            if option.count == 0 and stats.attempts and option.option in info.options and not info.drawn:
                found.append(("unused-option", f"nobody chose “{option.option}”"))
    for item in stats.partners:
        if item.wrong and item.wrong[0].count > item.right:
            found.append(("wrong-partner-preferred", f"“{item.item}” was given the wrong partner "
                                                     f"“{item.wrong[0].partner}” {item.wrong[0].count} times, more "
                                                     f"than its right one “{item.right_partner}” ({item.right})"))
    return found


def build_report(collector: Collector, now: dt.datetime) -> ClassReport:
    index: DeckIndex = collector.index
    mode = collector.chosen_mode()
    students = sorted(collector.students.values(), key=lambda s: s.profile)
    per_student = {s.profile: s.first.get(mode, {}) for s in students}
    rows = [_student_row(s, per_student[s.profile], mode) for s in students]
    scores = {row.profile: row.test_score for row in rows if row.test_score is not None}
    ranked = sorted(scores, key=lambda p: (-scores[p], p))
    third = len(ranked) // 3
    upper = set(ranked[:third]) if third else set()
    lower = set(ranked[-third:]) if third else set()
    sums = {p: sum(a.score for a in per_student[p].values()) for p in scores}
    counts = {p: len(per_student[p]) for p in scores}

    by_question: dict[tuple[str, str], list[tuple[str, Attempt]]] = defaultdict(list)
    for profile, attempts in per_student.items():
        for key, attempt in attempts.items():
            by_question[key].append((profile, attempt))

    questions: list[QuestionStats] = []
    flags: list[Flag] = []
    ordered = sorted(index.questions.values(), key=lambda i: (i.deck.deck, i.position))
    for info in ordered:
        attempts = by_question.get(info.key, [])
        values = [a.score for _, a in attempts]
        paired = [(a.score, (sums[p] - a.score) / (counts[p] - 1)) for p, a in attempts if counts[p] > 1]
        r, efficiency = discrimination([x for x, _ in paired], [y for _, y in paired])
        up = [a.score for p, a in attempts if p in upper]
        low = [a.score for p, a in attempts if p in lower]
        question = info.question
        stats = QuestionStats(
            deck_id=info.deck.deck, question_id=question.id, type=question.type, prompt=question.question_text(),
            quote=question.quote, citation=info.citation, right_answer=info.right_answer, tags=list(question.tags),
            file=str(info.path), line=info.line, attempts=len(values),
            right=sum(1 for v in values if v >= 1 - 1e-9), partial=sum(1 for v in values if 1e-9 < v < 1 - 1e-9),
            skipped=sum(1 for _, a in attempts if a.skipped), facility=_mean(values), sd=sample_sd(values),
            discrimination=r, efficiency=efficiency,
            upper_lower=(_mean(up) - _mean(low)) if up and low else None,  # type: ignore[operator]
            median_time_s=_median([a.elapsed_ms / 1000 for _, a in attempts]),
        )
        if question.type in OPTION_TYPES:
            stats.options = _option_counts(info, attempts, upper, lower)
        else:
            wrong = Counter(a.picked[0] for _, a in attempts if a.picked and a.score < 1 - 1e-9)
            stats.common_wrong = wrong.most_common(3)
        if isinstance(question, Match):
            stats.partners = _partner_counts(question, attempts)
        for kind, message in _flags(stats, info):
            stats.flags.append(kind)
            flags.append(Flag(info.deck.deck, question.id, str(info.path), info.line, kind, message))
        questions.append(stats)

    test_scores = list(scores.values())
    quarts = quartiles(test_scores)
    distribution = Distribution(
        count=len(test_scores), mean=_mean(test_scores), median=quarts[1] if quarts else None,
        q1=quarts[0] if quarts else None, q3=quarts[2] if quarts else None,
        minimum=min(test_scores, default=None), maximum=max(test_scores, default=None),
        histogram=_histogram(test_scores),
    )
    sessions = [s for student in students for s in student.sessions.values()]
    in_mode = [s for s in sessions if mode == "all" or s.mode == mode]
    status_counts = Counter(s.status for s in in_mode)
    finished = sum(1 for row in rows if row.completed)
    completion = {
        "students_finished": finished,
        "students_unfinished_only": sum(1 for row in rows if not row.completed and row.unfinished),
        **{f"sessions_{status}": status_counts.get(status, 0)
           for status in ("completed", "abandoned", "interrupted", "active")},
    }
    answered = [q for q in questions if q.attempts]
    most_missed = sorted(answered, key=lambda q: (q.facility, q.deck_id, q.question_id))[:MOST_MISSED]
    return ClassReport(
        generated_at=now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        mode=mode, mode_asked=collector.mode,
        decks=[{"id": deck_id, "title": deck.title, "file": str(index.paths[deck_id]), "questions": len(deck.questions)}
               for deck_id, deck in sorted(index.decks.items())],
        files_read=collector.files_read, students=len(students), sessions=len(sessions),
        answers=sum(s.answers for s in sessions), analysed_students=len(scores), completion=completion,
        distribution=distribution, student_rows=rows, questions=questions, flags=flags,
        by_tag=_mastery(questions, per_student, index, by_tag=True),
        by_type=_mastery(questions, per_student, index, by_tag=False),
        most_missed=most_missed, problems=list(collector.problems), disagreements=list(collector.disagreements),
        unmatched=[{"deck_id": u.deck_id, "question_id": u.question_id, "reason": u.reason, "answers": u.answers,
                    "students": len(u.students)}
                   for u in sorted(collector.unmatched.values(), key=lambda u: (u.deck_id, u.question_id, u.reason))],
    )


def _mastery(questions: list[QuestionStats], per_student: dict[str, dict[tuple[str, str], Attempt]],
             index: DeckIndex, *, by_tag: bool) -> list[Mastery]:
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for stats in questions:
        names = stats.tags if by_tag else [stats.type]
        for name in names:
            groups[name].append((stats.deck_id, stats.question_id))
    found = []
    for name, keys in sorted(groups.items()):
        wanted = set(keys)
        scores: list[float] = []
        students = 0
        for attempts in per_student.values():
            mine = [attempts[k].score for k in wanted if k in attempts]
            if mine:
                students += 1
                scores.extend(mine)
        found.append(Mastery(name, len(keys), len(scores), students, _mean(scores)))
    return found
