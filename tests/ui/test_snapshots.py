"""How the main screens look at 80x24 (the smallest size trainer supports). Update with --snapshot-update."""

from __future__ import annotations

from tests.ui.helpers import build_app, right_keys, send

SIZE = (80, 24)


async def _home_ready(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _first_question(pilot) -> None:
    await _home_ready(pilot)
    await pilot.press("enter")
    await pilot.pause()


async def _first_feedback(pilot) -> None:
    await _first_question(pilot)
    await send(pilot, right_keys(pilot.app.screen.session))


async def _source_reader(pilot) -> None:
    await _first_feedback(pilot)
    await pilot.press("s")
    await pilot.pause()


def test_home(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_home_ready)


def test_question(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_first_question)


def test_feedback(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_first_feedback)


def test_source_reader(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=SIZE, run_before=_source_reader)
