"""Pilot tests see a still screen, and wait for what the app does after a key, including what trainer adds.

trainer holds each key until the previous one has settled (``trainer.ui.keys``) and commits answers
on a writer thread (``trainer.study.writer``). ``Pilot.press`` and ``Pilot.pause`` only wait for
Textual's own queues, so here they also wait for the held keys and for the writes to be done (or
stuck on a busy database, which a test may be waiting to see), before a test looks at the screen or
the store.
"""

from __future__ import annotations

import asyncio

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

_press, _pause = Pilot.press, Pilot.pause


async def _settle(pilot: Pilot) -> None:
    app = pilot.app
    for _ in range(5):
        keys_busy = getattr(app, "keys_busy", False)
        writer = getattr(app, "writer", None)
        writes_busy = writer is not None and writer.state.pending and writer.state.problem is None
        if not keys_busy and not writes_busy:
            return
        if keys_busy:
            await asyncio.wait_for(app.wait_for_keys(), 10)
        if writes_busy:
            await asyncio.to_thread(writer.wait_settled, 10)
        await _pause(pilot)


async def _press_then_settle(self: Pilot, *keys: str) -> None:
    await _press(self, *keys)
    await _settle(self)


async def _pause_then_settle(self: Pilot, delay: float | None = None) -> None:
    await _pause(self, delay)
    await _settle(self)


@pytest.fixture(autouse=True)
def pilot_waits_for_trainer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Pilot, "press", _press_then_settle)
    monkeypatch.setattr(Pilot, "pause", _pause_then_settle)


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor is drawn or not depending on timing; snapshots and Pilot tests must not depend on it.

    Harlequin's pattern: the cursor stays visible and its blink timer stays paused.
    """
    monkeypatch.setattr(Input, "cursor_blink", False)
