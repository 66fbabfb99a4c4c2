"""Pilot and snapshot tests see a still screen: no blinking cursor (Harlequin's ``no_cursor_blink``)."""

from __future__ import annotations

import pytest
from textual.widgets import Input


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Input starts with its cursor steady, so a snapshot never catches it half-way through a blink."""
    original = Input.__init__

    def steady(self, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        self.set_reactive(Input.cursor_blink, False)

    monkeypatch.setattr(Input, "__init__", steady)
