"""Fixtures of the app tests: the screen never depends on when a test happens to look at it."""

from __future__ import annotations

import pytest
from textual.widgets import Input


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor is drawn or not depending on timing; snapshots and Pilot tests must not depend on it.

    Harlequin's pattern: the cursor stays visible and its blink timer stays paused.
    """
    monkeypatch.setattr(Input, "cursor_blink", False)
