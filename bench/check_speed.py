"""How fast is `trainer check` on big decks? Prints times and ratios; not a test.

Generates (bench/_gen.py, in a temporary folder) a deck of 10,000 questions and one of 20,000,
both over 200 articles, and times ``python -m trainer check`` on each as a subprocess, best of a
few runs. A baseline (``python -c "import yaml, pydantic"``) timed in the same run shows how
much of that is the interpreter and the libraries starting.

Targets: 10k deck under 1.0 s; 20k/10k under 2.2 (the check grows linearly).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _gen import generate  # noqa: E402

RUNS = 5


def best_of(command: list[str], runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
        best = min(best, elapsed)
    return best


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as folder:
        root = Path(folder)
        small = generate(root / "10k", 10_000, 200)
        large = generate(root / "20k", 20_000, 200)
        baseline = best_of([sys.executable, "-c", "import yaml, pydantic"])
        check = [sys.executable, "-m", "trainer", "check"]
        t10 = best_of([*check, str(small)])
        t20 = best_of([*check, str(large)])
    print(f"baseline (import yaml, pydantic): {baseline:.3f} s")
    print(f"check 10,000 questions:           {t10:.3f} s  ({t10 / baseline:.1f}x baseline)  target < 1.0 s")
    print(f"check 20,000 questions:           {t20:.3f} s  ({t20 / baseline:.1f}x baseline)")
    print(f"20k / 10k:                        {t20 / t10:.2f}  target < 2.2")
    met = t10 < 1.0 and t20 / t10 < 2.2
    print("targets met" if met else "targets NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
