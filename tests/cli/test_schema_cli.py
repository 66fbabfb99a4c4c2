"""``trainer schema`` as a user runs it: the schema to stdout or to a file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from trainer.deck.schema import deck_schema, main, schema_text


def test_command_prints_or_writes_the_schema(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "trainer", "schema"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and json.loads(done.stdout) == deck_schema()
    assert main(["-o", str(tmp_path / "deck.schema.json")]) == 0
    assert (tmp_path / "deck.schema.json").read_text(encoding="utf-8") == schema_text()
    assert main(["-o", str(tmp_path / "missing" / "x.json")]) == 1
