"""How long does `trainer check` take on hostile decks near the size limits? Prints times and ratios; not a test.

Generates, in a temporary folder: a deck whose one quote is 1 MB, one whose quote is 7.5 MB (the
deck limit is 8 MB), and two decks of 20,000 questions against a 4 MB article (the article limit):
wrong quotes, and quotes with an ellipsis after a very common word. Each is checked with
``python -m trainer check`` as a subprocess (best of 3). A baseline (``python -c "import yaml,
pydantic"``) timed in the same run shows how much of that is the interpreter starting.

Target: the long quotes under 2 s each (before the bound, a 1 MB quote took about 2 minutes).
The 20,000-question decks have no target of their own: before, the wrong quotes took over 2
minutes (one scan of the article per quote); now their time is parsing 20,000 questions (see
check_speed.py) plus indexing the 4 MB article once for the closest-passage search.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
TARGET = 2.0
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_bf6c9e913bb2f5d9.txt"
HEAD = "deck: {id}\ntitle: Hostile\nsources:\n  - id: s\n    title: T\n    file: {file}\nquestions:\n"


def question(number: int, quote: str) -> str:
    return (f"  - id: q{number}\n    type: true_false\n    statement: x\n    answer: true\n"
            f"    quote: \"{quote}\"\n")


def best_of(command: list[str], runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, text=True)
        best = min(best, time.perf_counter() - start)
    return best


def generate(root: Path) -> dict[str, Path]:
    rng = random.Random(7)
    article = SEED.read_text(encoding="utf-8")
    words = [word.replace('"', "").replace("\\", "") for word in article.split()]
    (root / "art.txt").write_text(article, encoding="utf-8")
    (root / "big.txt").write_text(("the cat sat on the mat and the dog ran. " * 100_000)[: 4_000_000], encoding="utf-8")

    def quote(size: int) -> str:
        return " ".join(rng.choice(words) for _ in range(size // 5))[:size]

    decks = {
        "one 1 MB quote": (root / "q1m.yaml", HEAD.format(id="q1m", file="art.txt") + question(0, quote(1_000_000))),
        "one 7.5 MB quote": (root / "q7m.yaml", HEAD.format(id="q7m", file="art.txt") + question(0, quote(7_500_000))),
        "20,000 wrong quotes, 4 MB article": (
            root / "wrong.yaml",
            HEAD.format(id="wrong", file="big.txt") + "".join(question(n, f"zzz{n} yy") for n in range(20_000)),
        ),
        "20,000 'the ... zzz' quotes, 4 MB article": (
            root / "ellipsis.yaml",
            HEAD.format(id="ellipsis", file="big.txt") + "".join(question(n, "the ... zzz") for n in range(20_000)),
        ),
    }
    for path, text in decks.values():
        path.write_text(text, encoding="utf-8")
    return {name: path for name, (path, _) in decks.items()}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as folder:
        decks = generate(Path(folder))
        baseline = best_of([sys.executable, "-c", "import yaml, pydantic"])
        print(f"baseline (import yaml, pydantic): {baseline:.3f} s")
        met = True
        for name, path in decks.items():
            elapsed = best_of([sys.executable, "-m", "trainer", "check", str(path)])
            targeted = name.startswith("one ")  # the single long quotes
            met = met and (elapsed < TARGET or not targeted)
            target = f"target < {TARGET} s" if targeted else "(no target: 20,000 questions to parse)"
            print(f"{name + ':':<44} {elapsed:.3f} s  ({elapsed / baseline:.1f}x baseline)  {target}")
    print("targets met" if met else "targets NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
