"""Keys are applied one at a time, in the order they were pressed, each with everything it causes.

Textual hands a key to the focused widget's queue and takes the next key at once. A key the widget
does not handle itself (Backspace, arrows, Enter in an ``Input``) then travels up through every
parent's queue to the app, which runs its binding, while a printable key sent after it goes straight
to the widget and is typed first (Textualize/textual#6605). Priority bindings run before any queued
key. And what a key causes (an ``Answered`` message, the next question mounting, focus moving) is
itself queued, so keys that follow go to the widget that was focused before.

:class:`OrderedKeys` fixes the whole class in one place: the app takes a key from the terminal,
dispatches it, and holds every later key until the screen has settled, that is until every message
queue of the app and of the screen's widgets has run dry twice in a row. Only then is the next key
dispatched, to whatever is focused by then. A key's handling that never settles (a handler that waits
on a dialog) releases the queue after :data:`SETTLE_LIMIT` seconds, so keys are late, never stuck.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import TYPE_CHECKING

from textual import events

if TYPE_CHECKING:
    from textual.app import App

    _Base = App[None]
else:
    _Base = object

#: Longest wait for one key's consequences before the next key is let through anyway (seconds).
SETTLE_LIMIT = 1.0
#: Rounds of "every queue ran dry" in a row that count as settled; a handler busy in one round
#: delays its callback, so the second round waits for it.
QUIET_ROUNDS = 2
MAX_ROUNDS = 12


class OrderedKeys(_Base):
    """An App mixin: terminal keys (and pastes) are dispatched one at a time, each once the last settled."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held_keys: deque[events.Event] = deque()
        self._key_in_flight = False
        self._keys_idle = asyncio.Event()
        self._keys_idle.set()

    @property
    def keys_busy(self) -> bool:
        """True while a key is being applied or keys are held (for tests)."""
        return not self._keys_idle.is_set()

    async def wait_for_keys(self) -> None:
        """Wait until every key received so far has been dispatched and has settled (for tests)."""
        await self._keys_idle.wait()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._held_keys.append(event)
            self._keys_idle.clear()
            if not self._key_in_flight:
                await self._dispatch_next_key()
            return
        await super().on_event(event)

    async def _dispatch_next_key(self) -> None:
        if not self._held_keys:
            self._key_in_flight = False
            self._keys_idle.set()
            return
        self._key_in_flight = True
        event = self._held_keys.popleft()
        try:
            await super().on_event(event)  # priority bindings, then forwarded to the focused widget
        finally:
            asyncio.get_running_loop().create_task(self._release_after_settling())

    async def _release_after_settling(self) -> None:
        try:
            await self._settle()
        finally:
            if not self.call_later(self._dispatch_next_key):  # the app is closing: drop what is held
                self._held_keys.clear()
                self._key_in_flight = False
                self._keys_idle.set()

    async def _settle(self) -> None:
        """Wait until the app and the current screen have processed everything the last key caused."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_LIMIT
        quiet = 0
        for _ in range(MAX_ROUNDS):
            try:
                nodes = [self, *self.screen.walk_children(with_self=True)]
            except Exception:  # no screen (starting or closing): nothing to wait for
                return
            done = asyncio.Event()
            count = 0

            def one_done() -> None:
                nonlocal count
                count -= 1
                if count == 0:
                    done.set()

            for node in nodes:
                if node.call_later(one_done):
                    count += 1
            if count:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    return
                try:
                    await asyncio.wait_for(done.wait(), remaining)
                except TimeoutError:
                    return
            try:
                busy = any(not node._message_queue.empty() for node in nodes if node is not self)
                busy = busy or self.screen is not nodes[1]
            except Exception:
                return
            quiet = 0 if busy else quiet + 1
            if quiet >= QUIET_ROUNDS:
                return
