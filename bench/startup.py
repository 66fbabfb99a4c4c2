"""Start-up time: launch to the home screen showing the bundled decks, against a minimal Textual app.

Both run headless in fresh subprocesses, timed from just before the process is spawned to the
moment the first screen is ready (the child reports it; process tear-down is not counted). They are
measured in the same run, interleaved, so the machine's speed cancels out. Target: trainer at most
1.3x the baseline. "warm" is the usual start (deck catalog up to date); "cold" is the first start
after a deck or article changed, when the list waits for every deck to be loaded and verified.

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
import sys, time
from textual.app import App
from textual.widgets import Footer

class Minimal(App):
    def compose(self):
        yield Footer()

async def ready(pilot):
    await pilot.pause()
    print(time.time() - float(sys.argv[1]))
    pilot.app.exit()

Minimal().run(headless=True, size=(100, 32), auto_pilot=ready)
"""

TRAINER = """
import sys, time
from pathlib import Path
from trainer.settings import Settings
from trainer.store import Store
from trainer.ui.app import make_app

data = Path(sys.argv[2])
settings = Settings(deck_paths=(Path(sys.argv[3]),), data_dir=data, profile="bench")
if sys.argv[4] == "cold":
    settings.catalog.unlink(missing_ok=True)
app = make_app(settings, Store.open(settings.database))

async def ready(pilot):
    table = pilot.app.screen.query_one("#decks")
    while table.row_count == 0:
        await pilot.pause(0.002)
    print(time.time() - float(sys.argv[1]))
    pilot.app.exit()

app.run(headless=True, size=(100, 32), auto_pilot=ready)
"""


def timed(code: str, *args: str) -> float:
    """Seconds from spawning the process to the child's 'ready' report."""
    result = subprocess.run(
        [sys.executable, "-c", code, str(time.time()), *args], check=True, cwd=ROOT, capture_output=True, text=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as data:
        decks = str(ROOT / "decks")
        timed(TRAINER, data, decks, "cold")  # warm the OS file cache, create the database
        baseline, warm, cold = [], [], []
        for _ in range(runs):  # interleaved, so drifts in machine load hit all alike
            baseline.append(timed(BASELINE))
            cold.append(timed(TRAINER, data, decks, "cold"))
            warm.append(timed(TRAINER, data, decks, "warm"))
    base = statistics.median(baseline)
    print(f"minimal Textual app with a footer:      median {base * 1000:4.0f} ms over {runs} runs")
    for label, times in (("warm", warm), ("cold", cold)):
        ours = statistics.median(times)
        print(f"trainer home screen with decks ({label}): median {ours * 1000:4.0f} ms  ratio {ours / base:.2f}x")
    print("target: warm start <= 1.30x the baseline")


if __name__ == "__main__":
    main()
