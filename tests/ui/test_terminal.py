"""The real app in a real terminal (tmux), keys sent in bursts as a terminal delivers them.

``tmux send-keys`` with several keys in one call writes them to the app's terminal at once, the way
type-ahead, a loaded machine or SSH does. Four apps start side by side (one per kind of answer) so
the test stays quick; it is skipped where tmux is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.ui.keys_deck import write_deck
from trainer.paths import database_path
from trainer.store import Store

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: no real-terminal test")


class Terminal:
    """One trainer in its own tmux session, on its own deck and data folder."""

    def __init__(self, folder: Path, only: list[str], shell: bool = False) -> None:
        self.name = f"trainer-test-{uuid.uuid4().hex[:8]}"
        # A tmux server of its own (its own socket, no user config): a `tmux kill-server` run elsewhere on the
        # machine, or the user's own sessions and settings, never reach the test's terminal.
        self.tmux = ["tmux", "-L", self.name, "-f", os.devnull]
        self.data = folder / "data"
        deck = write_deck(folder / "decks", only)
        command = [sys.executable, "-m", "trainer", str(deck), "--data-dir", str(self.data), "--seed", "3"]
        env = {**os.environ, "TERM": "xterm-256color"}
        line = " ".join(map(_quote, command))
        if shell:  # through `make run`: make is the terminal's first program, trainer its child
            makefile = folder / "Makefile"
            makefile.write_text(f"run:\n\t{line}\n", encoding="utf-8")
            line = f"make -s -f {_quote(str(makefile))} run"
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", self.name, "-x", "100", "-y", "32", line],
            check=True, env=env, cwd=Path(__file__).resolve().parents[2],
        )

    def keys(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", self.name, *keys], check=True)

    def screen(self) -> str:
        result = subprocess.run([*self.tmux, "capture-pane", "-p", "-t", self.name], capture_output=True, text=True)
        return result.stdout

    def wait_for(self, text: str, timeout: float = 20) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen:\n{self.screen()}")

    def responses(self) -> list:
        with Store.open(database_path(self.data)) as store:
            sessions = store.sessions_for_deck("keys")
            return [answer.response for session in sessions for answer in store.answers(session.id)]

    def pid(self) -> int:
        result = subprocess.run([*self.tmux, "display-message", "-p", "-t", self.name, "#{pane_pid}"],
                                capture_output=True, text=True, check=True)
        return int(result.stdout)

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)
        # tmux leaves the server's socket file behind: it is where tmux puts a named socket (`-L`)
        folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        (folder / self.name).unlink(missing_ok=True)


def _quote(word: str) -> str:
    return "'" + word.replace("'", "'\\''") + "'"


def listed(screen: str) -> list[str]:
    """The options or items shown as '1. X' lines (ticks and cursor marks stripped)."""
    found = []
    for line in screen.splitlines():
        for number in range(1, 10):
            marker = f"{number}. "
            if marker in line:
                found.append(line.split(marker, 1)[1].split("  ", 1)[0].strip())
    return found


def test_bursts_in_a_real_terminal(tmp_path):
    typed = Terminal(tmp_path / "typed", ["warheads", "us-warheads"])
    multi = Terminal(tmp_path / "multi", ["powers"])
    order = Terminal(tmp_path / "order", ["ranking-order"])
    match = Terminal(tmp_path / "match", ["arsenals-match"])
    terminals = [typed, multi, order, match]
    try:
        for terminal in terminals:
            terminal.wait_for("1 deck")
            terminal.keys("Enter")  # straight after the list appears
        typed.wait_for("Type, then Enter")
        typed.keys("1")
        typed.wait_for("▊  1 ")  # typed into the answer field
        typed.keys("BSpace", "5", "4", "5", "9", "Enter", "Enter", "7", "7", "Enter")

        options = listed(multi.wait_for("Space or 1–5 ticks"))
        multi.keys("1", "2", "5", "Enter")

        items = listed(order.wait_for("move · Enter submits"))
        order.keys("Down", "[", "Enter")

        partners = listed(match.wait_for("its partner · Backspace"))
        match.keys(*(str(partners.index(p) + 1) for p in ("5,459", "5,177", "about 600")), "Enter")

        typed.wait_for("question 2/2 · score")
        typed.wait_for("Your answer:  77")
        multi.wait_for("Your answer:")
        order.wait_for("Your answer:")
        assert typed.responses() == ["5459", "77"]
        assert multi.responses() == [[options[0], options[1], options[4]]]
        assert order.responses() == [[items[1], items[0], items[2]]]
        match.wait_for("✓ Right")
        assert match.responses() == [{"Russia": "5,459", "the US": "5,177", "China": "about 600"}]
    finally:
        for terminal in terminals:
            terminal.close()


def _answer_then_close(terminal: Terminal, app_pid) -> int:
    """Answer 5459 to the first question, close the terminal, and return the app's process id
    (``app_pid`` finds it from the pane's first program)."""
    try:
        terminal.wait_for("1 deck")
        terminal.keys("Enter")
        terminal.wait_for("Type, then Enter")
        terminal.keys("5", "4", "5", "9", "Enter")
        terminal.wait_for("Your answer:  5459")
        pid = app_pid(terminal.pid())
        assert "trainer" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")  # the app, not a shell
    finally:
        terminal.close()
    return pid


def _running(pid: int) -> bool:
    """Whether the process runs (one that ended and waits for its parent to collect it does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def _ends_within(pid: int, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while _running(pid) and time.monotonic() < end:
        time.sleep(0.05)
    if _running(pid):
        os.kill(pid, 9)  # leave no orphan behind on a failure
        return False
    return True


def test_the_app_exits_when_its_terminal_goes_away_and_keeps_the_answers(tmp_path):
    """Closing the terminal window (SIGHUP) ends trainer at once, with the answers given so far stored."""
    typed = Terminal(tmp_path / "typed", ["warheads", "us-warheads"])
    pid = _answer_then_close(typed, lambda pane: pane)
    assert _ends_within(pid, 10), "trainer kept running after its terminal was closed"
    assert typed.responses() == ["5459"]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_the_app_exits_when_its_terminal_goes_away_under_make(tmp_path):
    """Run through `make run`, trainer is the terminal's second program and gets no hang-up signal when the
    window closes: it must notice the closed terminal itself, end, and keep the answers, not live on reading
    the dead terminal at a third of a core."""
    typed = Terminal(tmp_path / "typed", ["warheads", "us-warheads"], shell=True)

    def child_of(make: int) -> int:
        (child,) = Path(f"/proc/{make}/task/{make}/children").read_text().split()
        return int(child)

    pid = _answer_then_close(typed, child_of)
    assert _ends_within(pid, 15), "trainer kept running after its terminal was closed"
    assert typed.responses() == ["5459"]


def test_an_answer_is_kept_when_trainer_is_killed_the_moment_its_verdict_shows(tmp_path):
    """The answer is committed before its feedback is drawn (its disk flush may follow the frame): a kill -9 as
    soon as the verdict is on screen loses nothing."""
    typed = Terminal(tmp_path / "typed", ["warheads", "us-warheads"])
    try:
        typed.wait_for("1 deck")
        typed.keys("Enter")
        typed.wait_for("Type, then Enter")
        typed.keys("5", "4", "5", "9", "Enter")
        typed.wait_for("Your answer:  5459")
        pid = typed.pid()
        os.kill(pid, 9)
        assert _ends_within(pid, 5)
    finally:
        typed.close()
    assert typed.responses() == ["5459"]
