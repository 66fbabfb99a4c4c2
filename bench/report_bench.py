"""How fast ``trainer report`` reads a class, and that its memory does not grow with the files read.

Generates a class (``generate_class``): a deck of 40 questions of every option and typed type, and one
hand-in per student in the documented results format (docs/results.md) with 5 sessions of all 40 questions
(one exam, four practice), answers drawn from each student's ability, with slips, partial credit and skips.
Then times, best of 3, the whole report (decks indexed, every file read, every answer regraded, every figure
computed) against a baseline measured in the same run: merely reading and ``json.loads``-ing the same files.
Each report also runs once in a child process to read its peak memory (max RSS) next to the bytes read.

Run: ``.venv/bin/python bench/report_bench.py [--students 300 3000]``. Not a test: it prints, it does not fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.study.handin import results_json  # noqa: E402

QUESTIONS, SESSIONS = 40, 5
TARGETS = {300: 2.0, 3000: 15.0}
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
CITIES = ["Geneva", "Vienna", "Paris", "Rome", "Oslo"]
PEOPLE = ["Ana Diplomat", "Ben Envoy", "Cy Minister", "Dee Speaker"]


def _question(i: int) -> tuple[str, dict[str, object]]:
    kind = ("choice", "who_said", "multi", "true_false", "number", "text", "order", "date")[i % 8]
    base = {"id": f"q{i:02d}", "type": kind, "quote": "The treaty was signed by 12 states in Geneva.",
            "tags": [f"topic-{i % 5}"]}
    if kind == "choice":
        base |= {"prompt": f"Question {i}?", "answer": CITIES[i % 5], "choices": CITIES}
    elif kind == "who_said":
        base |= {"answer": PEOPLE[i % 4], "choices": PEOPLE}
    elif kind == "multi":
        base |= {"prompt": f"Question {i}?", "answers": CITIES[:2], "choices": CITIES[:4]}
    elif kind == "true_false":
        base |= {"statement": f"Statement {i}.", "answer": i % 2 == 0}
    elif kind == "number":
        base |= {"prompt": f"How many {i}?", "answer": 12 + i}
    elif kind == "text":
        base |= {"prompt": f"Name {i}.", "answer": CITIES[i % 5]}
    elif kind == "order":
        base |= {"prompt": f"Order {i}.", "items": CITIES[:4]}
    else:
        base |= {"prompt": f"When {i}?", "answer": f"20{10 + i % 15}"}
    return kind, base


def write_deck(folder: Path) -> Path:
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "art.txt").write_text(" date 2026-01-05 News\n\nBy Staff\n\nThe treaty was signed by 12 states in "
                                    "Geneva.\n", encoding="utf-8")
    deck = {"deck": "bench-class", "title": "Bench class", "sources": [{"id": "art", "file": "art.txt",
            "title": "News"}], "questions": [_question(i)[1] for i in range(QUESTIONS)]}
    path = folder / "class.yaml"
    path.write_text(yaml.safe_dump(deck, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _response(question: dict[str, object], right: bool, rng: random.Random) -> tuple[object, float]:
    kind = question["type"]
    if kind in ("choice", "who_said", "text"):
        pool = PEOPLE if kind == "who_said" else CITIES
        return (question["answer"], 1.0) if right else (rng.choice([p for p in pool if p != question["answer"]]), 0.0)
    if kind == "multi":
        return (["Geneva", "Vienna"], 1.0) if right else (rng.choice([["Geneva"], ["Paris"], ["Geneva", "Rome"]]), 0.0)
    if kind == "true_false":
        return (question["answer"] if right else not question["answer"]), float(right)
    if kind == "number":
        return (str(question["answer"] if right else int(question["answer"]) + rng.randint(1, 9))), float(right)
    if kind == "order":
        return (CITIES[:4] if right else [CITIES[1], CITIES[0], CITIES[2], CITIES[3]]), 1.0 if right else 5 / 6
    year = int(str(question["answer"]))
    return str(year if right else year + rng.randint(1, 5)), float(right)


def generate_class(folder: Path, students: int, seed: int = 1) -> Path:
    """``students`` hand-in files under ``folder``/handins; returns that folder."""
    rng = random.Random(seed)
    questions = [_question(i)[1] for i in range(QUESTIONS)]
    out = folder / "handins"
    out.mkdir(parents=True, exist_ok=True)
    for number in range(students):
        ability = rng.betavariate(4, 2)
        start = T0 + dt.timedelta(minutes=number)
        sessions = []
        for s in range(SESSIONS):
            mode = "exam" if s == SESSIONS - 1 else "practice"
            at = start + dt.timedelta(days=s)
            answers = []
            for question in rng.sample(questions, len(questions)):
                at += dt.timedelta(seconds=rng.randint(3, 40))
                skipped = rng.random() < 0.03
                response, score = (None, 0.0) if skipped else _response(question, rng.random() < ability, rng)
                answers.append({"deck_id": "bench-class", "question_id": question["id"], "type": question["type"],
                                "response": response, "response_text": str(response), "correct": score == 1.0,
                                "score": score, "skipped": skipped, "elapsed_ms": rng.randint(2000, 40000),
                                "answered_at": at.strftime("%Y-%m-%dT%H:%M:%SZ")})
            points = sum(a["score"] for a in answers)
            sessions.append({"id": s + 1, "deck_id": "bench-class", "deck_title": "Bench class", "mode": mode,
                             "status": "completed", "started_at": (start + dt.timedelta(days=s)).strftime(
                                 "%Y-%m-%dT%H:%M:%SZ"), "ended_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "total": QUESTIONS, "answered": QUESTIONS, "correct": sum(a["correct"] for a in answers),
                             "skipped": sum(a["skipped"] for a in answers), "score": points,
                             "fraction": points / QUESTIONS, "answers": answers})
        document = {"format": "trainer-results", "version": 1, "generated_at": "2026-03-09T09:00:00Z",
                    "profile": f"student-{number:05d}", "trainer_version": "bench", "deck_filter": None,
                    "decks": [{"id": "bench-class", "title": "Bench class", "questions": QUESTIONS}],
                    "sessions": sessions}
        (out / f"student-{number:05d}.json").write_text(results_json(document), encoding="utf-8")
    return out


def parse_only(handins: Path) -> int:
    count = 0
    for path in sorted(handins.glob("*.json")):
        document = json.loads(path.read_bytes().decode("utf-8"))
        count += sum(len(s["answers"]) for s in document["sessions"])
    return count


def run_report(handins: Path, deck: Path) -> object:
    from trainer.report.build import class_report, load_index

    index, _ = load_index([deck])
    return class_report([handins], index)


def best_of(runs: int, action) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def peak_rss_mb(handins: Path, deck: Path) -> float:
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / 'bench')!r});"
            f"from report_bench import run_report; from pathlib import Path;"
            f"run_report(Path({str(handins)!r}), Path({str(deck)!r}))")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-c", code], check=True)
    return max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, nargs="+", default=[300, 3000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        deck = write_deck(Path(tmp) / "decks")
        for students in args.students:
            handins = generate_class(Path(tmp) / f"class-{students}", students)
            size_mb = sum(p.stat().st_size for p in handins.glob("*.json")) / 2**20
            answers = parse_only(handins)
            runs = 3 if students <= 1000 else 1
            baseline = best_of(runs, lambda: parse_only(handins))
            report_s = best_of(runs, lambda: run_report(handins, deck))
            rss = peak_rss_mb(handins, deck)
            target = TARGETS.get(students)
            verdict = "" if target is None else f" (target < {target:.0f} s: {'met' if report_s < target else 'MISSED'})"
            print(f"{students} students, {answers:,} answers, {size_mb:.0f} MB of hand-ins: report {report_s:.2f} s"
                  f"{verdict}; parsing alone {baseline:.2f} s; ratio {report_s / baseline:.2f}x; "
                  f"peak memory {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
