"""The app's command line, through a real subprocess: version, help, bad paths, a foreign database."""

from __future__ import annotations

import os
import subprocess
import sys

from trainer import __version__


def run(*args: str, data_dir=None, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if data_dir is not None:
        env["TRAINER_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True, timeout=timeout, env=env,
        stdin=subprocess.DEVNULL,
    )


def test_version_and_help():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"trainer {__version__}"
    result = run("--help")
    assert result.returncode == 0
    assert "usage: trainer" in result.stdout and "--data-dir" in result.stdout and "check" in result.stdout


def test_missing_deck_path_is_a_usage_error(tmp_path):
    result = run(str(tmp_path / "nope.yaml"), data_dir=tmp_path)
    assert result.returncode == 2
    assert "nope.yaml: no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_a_trainer_database_is_refused_and_left_alone(tmp_path):
    database = tmp_path / "trainer.sqlite3"
    database.write_bytes(b"my thesis notes, not a database\n" * 10)
    before = database.read_bytes()
    result = run("decks", data_dir=tmp_path)
    assert result.returncode == 1
    assert str(database) in result.stderr and "Traceback" not in result.stderr
    assert database.read_bytes() == before


def test_unknown_option_is_a_usage_error(tmp_path):
    result = run("--frobnicate", data_dir=tmp_path)
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


def test_global_options_may_come_before_a_subcommand(tmp_path):
    result = run("--data-dir", str(tmp_path), "--profile", "ana", "results")
    assert result.returncode == 1
    assert f"no scores yet in {tmp_path}" in result.stderr
    result = run("--data-dir", str(tmp_path), "check", "decks")
    assert result.returncode == 2 and "unrecognized arguments: --data-dir" in result.stderr
