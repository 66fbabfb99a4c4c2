"""What importing a part of trainer drags in, checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

CORE = ["trainer.deck.loader", "trainer.deck.grading", "trainer.study.session", "trainer.study.stats",
        "trainer.study.exam", "trainer.store", "trainer.draft.build", "trainer.export.gift", "trainer.cli"]


def modules_after_import(*names: str) -> set[str]:
    code = f"import importlib, json, sys\nfor n in {list(names)!r}: importlib.import_module(n)\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout))


def test_the_core_never_imports_textual_or_rich():
    loaded = modules_after_import(*CORE)
    assert not {m for m in loaded if m.split(".")[0] in ("textual", "rich")}
    assert "trainer.ui" not in loaded


def test_importing_trainer_does_nothing_heavy():
    loaded = modules_after_import("trainer", "trainer.paths", "trainer.settings")
    assert not {m for m in loaded if m.split(".")[0] in ("pydantic", "yaml", "sqlite3", "platformdirs", "textual")}


def test_the_home_screen_starts_without_pydantic_yaml_or_fsrs():
    """The deck list is drawn from the catalog; the real loader is imported by a worker afterwards."""
    loaded = modules_after_import("trainer.ui.app", "trainer.ui.screens.home", "trainer.study.queues")
    assert not {m for m in loaded if m.split(".")[0] in ("pydantic", "yaml", "fsrs")}
