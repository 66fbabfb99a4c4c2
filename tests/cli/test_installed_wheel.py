"""The installed package: a wheel built from this tree opens its bundled deck from any folder.

The wheel is built once (``pip wheel``, offline, with the hatchling the test extra installs),
unpacked as pip would install a pure-Python wheel, and put first on ``PYTHONPATH`` of a
subprocess started in an empty folder, so neither the checkout's ``decks/`` nor its editable
install can help. The subprocess opens the real app headless and reports what the home screen
lists; it also runs ``trainer check`` on the bundled deck by the path the package reports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import asyncio, json, sys
import trainer
from trainer.paths import bundled_decks_dir, default_deck_paths, data_dir
from trainer.settings import Settings
from trainer.store import Store
from trainer.ui.app import make_app

async def main():
    folder = data_dir()
    settings = Settings(deck_paths=default_deck_paths(folder), data_dir=folder, profile="probe", seed=1)
    app = make_app(settings, Store.open(settings.database))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = "\\n".join(str(widget.render()) for widget in app.screen.query("Static"))
        decks = [(loaded.deck.title if loaded.deck else None, loaded.ok) for loaded in app.decks]
    print(json.dumps({"package": trainer.__file__, "bundled": str(bundled_decks_dir()), "decks": decks, "shown": shown}))

asyncio.run(main())
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's files unpacked into a fresh folder (what pip installs for a pure-Python wheel)."""
    pytest.importorskip("hatchling", reason="building the wheel needs hatchling (in the test extra)")
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(out),
         str(ROOT)],
        capture_output=True, text=True, timeout=120,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(out.glob("trainer-*.whl"))
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "trainer/_bundled/decks/new-start-china-2025.yaml" in names
        assert any(name.startswith("trainer/_bundled/seeds/") and name.endswith(".txt") for name in names)
        assert {"trainer/deck/deck.schema.json", "trainer/ui/trainer.tcss"} <= set(names)
        archive.extractall(site)
    return site


def run_installed(site: Path, cwd: Path, *args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site), "TRAINER_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


def test_the_installed_app_opens_the_bundled_deck_from_any_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    probe = run_installed(installed, elsewhere, "-c", PROBE, data=tmp_path / "data")
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout.strip().splitlines()[-1])
    assert Path(report["package"]).is_relative_to(installed)  # the wheel's code, not the checkout's
    assert Path(report["bundled"]).is_relative_to(installed)
    assert report["decks"] == [["New START, Russia and China (October 2025)", True]]
    assert "No decks found" not in report["shown"]
    check = run_installed(installed, elsewhere, "-m", "trainer", "check", report["bundled"], data=tmp_path / "data")
    assert check.returncode == 0, check.stdout + check.stderr
