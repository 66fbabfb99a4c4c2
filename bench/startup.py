"""Start-up time: launch to the home screen showing the bundled decks, against a minimal Textual app.

Both run headless in fresh subprocesses (interpreter start, imports, first screen), measured in the
same run so the machine's speed cancels out. Target: trainer at most 1.3x the baseline.

    .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BASELINE = """
from textual.app import App
from textual.widgets import Footer

class Minimal(App):
    def compose(self):
        yield Footer()

async def ready(pilot):
    await pilot.pause()
    pilot.app.exit()

Minimal().run(headless=True, size=(100, 32), auto_pilot=ready)
"""

TRAINER = """
import sys
from pathlib import Path
from trainer.settings import Settings
from trainer.store import Store
from trainer.ui.app import make_app

data = Path(sys.argv[1])
settings = Settings(deck_paths=(Path(sys.argv[2]),), data_dir=data, profile="bench")
app = make_app(settings, Store.open(settings.database))

async def ready(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert pilot.app.screen.query_one("#decks").row_count > 0
    pilot.app.exit()

app.run(headless=True, size=(100, 32), auto_pilot=ready)
"""


def timed(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as data:
        timed(TRAINER, data, str(ROOT / "decks"))  # warm the OS file cache and create the database
        baseline, trainer = [], []
        for _ in range(runs):  # interleaved, so drifts in machine load hit both alike
            baseline.append(timed(BASELINE))
            trainer.append(timed(TRAINER, data, str(ROOT / "decks")))
    base, ours = statistics.median(baseline), statistics.median(trainer)
    print(f"minimal Textual app with a footer: median {base * 1000:.0f} ms over {runs} runs")
    print(f"trainer to home screen with decks: median {ours * 1000:.0f} ms over {runs} runs")
    print(f"ratio {ours / base:.2f}x (target <= 1.30x)")


if __name__ == "__main__":
    main()
