"""Feedback latency: from the key that answers to the verdict on screen, against a bare Textual app.

Both apps run in a real pseudo-terminal (110x34) that answers Textual's query for synchronized output,
as modern terminals and tmux do, so every frame arrives between ``ESC[?2026h`` and ``ESC[?2026l``.
The clock starts when the key is written to the terminal and stops when the frame that shows the
verdict has been written back. That frame must also hold the student's answer, the quote (its citation:
a quote shown in its passage need not hold a quotation mark) and the new hint: feedback drawn in one frame, not piece by piece. "next" is the Enter that shows the next
question, timed to the frame that shows it with its options. The baseline is a bare Textual app that updates one line on a key. Both apps run at once
and are measured in turn, so the machine's load falls on both alike.
Targets: trainer's median at most 3x the baseline's (the goal is 2x), for the verdict and for next.

A busy machine (other programs on the same cores) stretches both clocks by its own amount, so the
bench also prints the CPU time each program's main thread (the event loop) spent from the key to
that frame, read from Linux's /proc/PID/schedstat: the work a key costs, whatever the load.

    .venv/bin/python bench/feedback_bench.py [--answers 13] [--root OTHER_CHECKOUT]

``--root`` measures another checkout (an older commit) against the same baseline. To profile, set
FEEDBACK_BENCH_WRAPPER to a script that patches what it wants timed and then runs ``trainer.cli.main``.
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import shutil
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COLUMNS, LINES = 110, 34
BEGIN, END = b"\x1b[?2026h", b"\x1b[?2026l"
_ANSI = re.compile(rb"\x1b\[[0-9;?$]*[A-Za-z]|\x1b[78=>]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")

BARE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    BINDINGS = [("1", "answer", "Answer"), ("enter", "next", "Next")]
    count = 0

    def compose(self):
        yield Static("question 1 · 1 to answer", id="line")

    def action_answer(self):
        self.query_one("#line", Static).update(f"Right (+1) answer {self.count}")

    def action_next(self):
        self.count += 1
        self.query_one("#line", Static).update(f"question {self.count + 1} · 1 to answer")

Bare().run()
"""


class Terminal:
    """A program on a pseudo-terminal; reads its output frame by frame."""

    def __init__(self, argv: list[str], cwd: Path) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: size the terminal, then become the program
            import fcntl
            import termios

            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
            os.chdir(cwd)
            env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(LINES)}
            os.execvpe(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        self.pending = b""

    def frames(self, timeout: float):
        """Yield (time it was complete, its text without escape sequences) for each frame written."""
        end = time.perf_counter() + timeout
        while True:
            left = end - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no such frame: " + _ANSI.sub(b"", self.pending[-2000:]).decode(errors="replace"))
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 1 << 16)
            except OSError:
                raise TimeoutError("the program ended") from None
            now = time.perf_counter()
            self.pending += chunk
            if b"\x1b[?2026$p" in self.pending:  # "do you support synchronized output?" - yes
                os.write(self.fd, b"\x1b[?2026;2$y")
                self.pending = self.pending.replace(b"\x1b[?2026$p", b"")
            while END in self.pending:
                frame, _, self.pending = self.pending.partition(END)
                yield now, _ANSI.sub(b"", frame.rpartition(BEGIN)[2]).decode("utf-8", errors="replace")

    def wait_for(self, *texts: str, timeout: float = 30) -> tuple[float, str]:
        """The first frame showing every one of ``texts``."""
        for moment, frame in self.frames(timeout):
            if all(text in frame for text in texts):
                return moment, frame
        raise AssertionError("unreachable")

    def settle(self, quiet: float = 0.15) -> None:
        """Read and drop output until none came for ``quiet`` seconds."""
        while select.select([self.fd], [], [], quiet)[0]:
            try:
                chunk = os.read(self.fd, 1 << 16)
            except OSError:
                return
            if b"\x1b[?2026$p" in chunk:
                os.write(self.fd, b"\x1b[?2026;2$y")

    def cpu(self) -> float | None:
        """Seconds the program's main thread has run on a CPU so far (Linux; None elsewhere)."""
        try:
            return int(Path(f"/proc/{self.pid}/schedstat").read_text().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            return None

    def press(self, key: bytes) -> float:
        start = time.perf_counter()
        os.write(self.fd, key)
        return start

    def close(self) -> None:
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except OSError:
            pass
        os.close(self.fd)


def single_choice_deck(folder: Path) -> Path:
    """The bundled deck's one-key questions (true/false, choice, who said), with copies of its articles."""
    source = ROOT / "decks"
    deck_file = next(path for path in sorted(source.glob("*.yaml")))
    data = yaml.safe_load(deck_file.read_text(encoding="utf-8"))
    data["questions"] = [q for q in data["questions"] if q["type"] in ("true_false", "choice", "who_said")]
    for article in data["sources"]:  # the same relative path, from a copy of the article
        copy = (folder / article["file"]).resolve()
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(deck_file.parent / article["file"], copy)
    path = folder / "deck.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=13)
    parser.add_argument("--root", type=Path, default=ROOT, help="the trainer checkout to measure (default: this one)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="feedback-bench-"))
    decks = work / "decks"
    decks.mkdir()
    deck = single_choice_deck(decks)
    (work / "bare.py").write_text(BARE, encoding="utf-8")
    python = sys.executable
    launcher = [os.environ["FEEDBACK_BENCH_WRAPPER"]] if os.environ.get("FEEDBACK_BENCH_WRAPPER") else ["-m", "trainer"]
    trainer = Terminal([python, *launcher, str(deck), "--data-dir", str(work / "data"), "--seed", "1"], args.root)
    bare = Terminal([python, str(work / "bare.py")], work)
    times: dict[str, list[float]] = {"trainer": [], "bare": [], "trainer next": [], "bare next": []}
    cpu: dict[str, list[float]] = {name: [] for name in times}

    def timed(name: str, terminal: Terminal, key: bytes, *texts: str) -> tuple[float, str]:
        """Press ``key``, wait for the frame showing ``texts``; note the time it took and the CPU it cost.

        Returns when the key was sent and the frame's text."""
        used = terminal.cpu()
        start = terminal.press(key)
        moment, frame = terminal.wait_for(*texts)
        times[name].append(moment - start)
        after = terminal.cpu()
        if used is not None and after is not None:
            cpu[name].append(after - used)
        return start, frame

    split = split_next = 0
    try:
        trainer.wait_for("deck")
        for _ in range(5):  # Enter opens the deck (an older trainer dropped an Enter pressed too early)
            trainer.settle()
            trainer.press(b"\r")
            try:
                trainer.wait_for("Ctrl+S skips", timeout=3)
                break
            except TimeoutError:
                continue
        select.select([bare.fd], [], [], 30)  # the bare app has started drawing
        bare.settle(0.5)
        for n in range(args.answers):
            bare.settle()
            timed("bare", bare, b"1", "Right (+1)")
            trainer.settle()
            _, frame = timed("trainer", trainer, b"1", "(+")
            if not all(part in frame for part in ("Your answer", "Right answer", "— ", "Enter: ")):  # "— ": citation
                split += 1  # the verdict came in a frame without the rest of the feedback
            bare.settle()
            timed("bare next", bare, b"\r", f"question {n + 2} ")
            trainer.settle()
            start, frame = timed("trainer next", trainer, b"\r", f"question {n + 2}/")
            if not all(part in frame for part in ("Ctrl+S skips", "1.")):
                split_next += 1  # the new question came in pieces: time it to the frame with its options and hint
                times["trainer next"][-1] = trainer.wait_for("Ctrl+S skips", "1.")[0] - start
    finally:
        trainer.close()
        bare.close()
        shutil.rmtree(work, ignore_errors=True)

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:6.1f} ms  max {max(values) * 1000:6.1f} ms"

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures from a busy machine vary)")
    for name, values in times.items():
        used = f"  main-thread CPU median {statistics.median(cpu[name]) * 1000:5.1f} ms" if cpu[name] else ""
        print(f"{name:13} {ms(values)}  ({len(values)} answers){used}")
    verdict = statistics.median(times["trainer"]) / statistics.median(times["bare"])
    following = statistics.median(times["trainer next"]) / statistics.median(times["bare next"])
    print(f"feedback ratio {verdict:.2f}x the bare app (target ≤ 3x, goal 2x)")
    print(f"next question ratio {following:.2f}x the bare app (target ≤ 3x, goal 2x)")
    if all(cpu.values()):
        ratio = {name: statistics.median(cpu[f"trainer{name}"]) / statistics.median(cpu[f"bare{name}"])
                 for name in ("", " next")}
        print(f"CPU per key (main thread, key to frame): feedback {ratio['']:.2f}x, next {ratio[' next']:.2f}x the bare app")
    print(f"verdict frames without the rest of the feedback: {split} of {args.answers}")
    print(f"next questions drawn in more than one frame: {split_next} of {args.answers}")


if __name__ == "__main__":
    main()
