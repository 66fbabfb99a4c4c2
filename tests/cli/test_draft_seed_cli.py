"""``trainer draft`` then ``trainer check --strict`` on the seed article, as a user runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_bf6c9e913bb2f5d9.txt"


def test_drafted_seed_passes_strict_check(tmp_path):
    (tmp_path / "seeds").mkdir()
    article = tmp_path / "seeds" / SEED.name
    shutil.copy(SEED, article)
    deck_file = tmp_path / "decks" / "seed.yaml"
    root = Path(__file__).resolve().parents[2]
    draft = subprocess.run([sys.executable, "-m", "trainer", "draft", str(article), "-o", str(deck_file)],
                           capture_output=True, text=True, cwd=root)
    assert draft.returncode == 0, draft.stderr
    text = deck_file.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert yaml.safe_load(text)["sources"][0]["file"] == "../seeds/" + SEED.name
    check = subprocess.run([sys.executable, "-m", "trainer", "check", "--strict", str(deck_file)],
                           capture_output=True, text=True, cwd=root)
    assert check.returncode == 0, check.stdout + check.stderr
