"""`trainer --help` lists every subcommand, one line each, so a new user finds them all."""

from __future__ import annotations

import subprocess
import sys

from trainer.cli import _DELEGATED


def test_help_lists_every_subcommand() -> None:
    result = subprocess.run([sys.executable, "-m", "trainer", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    listing = result.stdout.split("subcommands", 1)[1].splitlines()
    named = {line.split()[0] for line in listing if line.startswith("  ") and line.strip()}
    assert {*_DELEGATED, "check", "preview"} <= named
