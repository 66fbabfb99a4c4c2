"""How well and how fast `trainer draft` works: precision and recall per kind, and drafting time.

Each case is bench/articles/NAME.json (expected quotes and speakers, figures, dates, names) next
to NAME.txt, or naming its article with "article" (the seed). Quotes are scored on the drafted
who_said questions; figures, dates and names on what the drafter found above the threshold
(figures by value and owner, dates by value and event word in their sentence). "dates (deck)"
scores the drafted date questions against the dates whose sentence names their year: the only
ones `trainer check --strict` accepts as questions.

Speed: drafting a 5,000-word article (the cases concatenated) against the time to read the same
file and cut it into sentences, both measured here.

    python bench/draft_bench.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.draft.build import DEFAULT_MIN_CONFIDENCE, analyse, draft_deck  # noqa: E402
from trainer.draft.text import Body, load_article  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "articles"
TARGET_SECONDS = 0.5


def _norm(text: str) -> str:
    table = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})
    return " ".join(text.translate(table).casefold().split())


def cases() -> list[tuple[str, Path, dict]]:
    found = []
    for spec in sorted(ARTICLES.glob("*.json")):
        expected = json.loads(spec.read_text(encoding="utf-8"))
        article = (spec.parent / expected["article"]).resolve() if "article" in expected else spec.with_suffix(".txt")
        found.append((spec.stem, article, expected))
    return found


class Tally:
    def __init__(self) -> None:
        self.found = self.expected = self.right_found = self.right_expected = 0

    def add(self, produced: list, wanted: list, same) -> None:
        self.found += len(produced)
        self.expected += len(wanted)
        self.right_found += sum(any(same(p, w) for w in wanted) for p in produced)
        self.right_expected += sum(any(same(p, w) for p in produced) for w in wanted)

    def row(self, kind: str, threshold: float) -> str:
        precision = self.right_found / self.found if self.found else 1.0
        recall = self.right_expected / self.expected if self.expected else 1.0
        return f"{kind:<14}{threshold:>6.2f}{self.found:>7}{self.expected:>9}{precision:>11.2f}{recall:>8.2f}"


def _same_quote(question: dict, wanted: dict) -> bool:
    quote, text = _norm(question["quote"]), _norm(wanted["text"])
    return question["answer"] == wanted["speaker"] and (text in quote or quote in text)


def _same_figure(figure, wanted: dict) -> bool:
    return abs(figure.value - wanted["value"]) <= 1e-9 * max(1.0, abs(wanted["value"])) and (
        wanted.get("owner") is None or figure.owner == wanted["owner"])


def _names(analysis) -> list[tuple[str, str]]:
    names = analysis.names
    return ([("people", p.name) for p in names.people] + [("countries", c) for c in names.countries]
            + [("institutions", f"{n}|{a or ''}") for n, a in names.institutions.items()]
            + [("outlets", o) for o in names.outlets])


def _same_name(found: tuple[str, str], wanted: tuple[str, str]) -> bool:
    if found[0] != wanted[0]:
        return False
    options = [part for part in found[1].split("|") if part] if found[0] == "institutions" else [found[1]]
    return any(_norm(option) == _norm(wanted[1]) for option in options)


def score(threshold: float) -> tuple[dict[str, Tally], list[str]]:
    tallies = {kind: Tally() for kind in ("quotes", "figures", "dates", "dates (deck)", "names")}
    misses: list[str] = []
    for name, path, expected in cases():
        deck, _ = draft_deck([path], min_confidence=threshold, cwd=ROOT)
        analysis = analyse(load_article(path))
        body = analysis.body
        who_said = [q for q in deck["questions"] if q["type"] == "who_said"]
        tallies["quotes"].add(who_said, expected["quotes"], _same_quote)
        for wanted in expected["quotes"]:
            if not any(_same_quote(q, wanted) for q in who_said):
                misses.append(f"{name}: quote “{wanted['text']}” ({wanted['speaker']})")
        figures = [f for f in analysis.figures if f.unit and f.confidence >= threshold]
        tallies["figures"].add(figures, expected["figures"], _same_figure)
        dates = [d for d in analysis.dates if d.confidence >= threshold]

        def same_date(finding, wanted: dict) -> bool:
            sentence = body.sentence_at(finding.start)
            return finding.value.iso() == wanted["answer"] and _norm(wanted["event"]) in _norm(
                body.text[sentence.start : sentence.end])

        tallies["dates"].add(dates, expected["dates"], same_date)
        date_questions = [q for q in deck["questions"] if q["type"] == "date"]
        askable = [d for d in expected["dates"] if d["askable"]]
        tallies["dates (deck)"].add(date_questions, askable, lambda q, w: q["answer"] == w["answer"]
                                    and _norm(w["event"]) in _norm(q["quote"]))
        wanted_names = [(kind, item) for kind, items in expected["names"].items() for item in items]
        tallies["names"].add(_names(analysis), wanted_names, _same_name)
    return tallies, misses


def _timing() -> tuple[float, float, int]:
    bodies = [load_article(path).text for _, path, _ in cases()]
    text, words = "", 0
    while words < 5000:
        for body in bodies:
            text += body + "\n\n"
            words += len(body.split())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text(" date 2025-10-16 A Long Article\n\nBy Staff\n\n" + text, encoding="utf-8")

        def best(work) -> float:
            times = []
            for _ in range(3):
                start = time.perf_counter()
                work()
                times.append(time.perf_counter() - start)
            return min(times)

        baseline = best(lambda: Body(load_article(path).text).sentences)
        drafting = best(lambda: draft_deck([path], min_confidence=DEFAULT_MIN_CONFIDENCE, cwd=Path(folder)))
    return baseline, drafting, words


def main() -> int:
    print(f"{len(cases())} articles under {ARTICLES.relative_to(ROOT)}\n")
    print(f"{'kind':<14}{'min':>6}{'found':>7}{'expected':>9}{'precision':>11}{'recall':>8}")
    misses: list[str] = []
    for threshold in (DEFAULT_MIN_CONFIDENCE, 0.3):
        tallies, missed = score(threshold)
        for kind, tally in tallies.items():
            print(tally.row(kind, threshold))
        if threshold == DEFAULT_MIN_CONFIDENCE:
            misses = missed
    print("\nQuotes missed at the default threshold:")
    for miss in misses:
        print("  " + miss)
    baseline, drafting, words = _timing()
    verdict = "ok" if drafting < TARGET_SECONDS else "TOO SLOW"
    print(f"\nDrafting a {words}-word article: {drafting * 1000:.0f} ms; reading and splitting it: "
          f"{baseline * 1000:.1f} ms (x{drafting / baseline:.0f}); target < {TARGET_SECONDS:.1f} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
