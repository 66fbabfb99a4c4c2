"""Keys are applied one at a time, in the order they were pressed, each with everything it causes.

Textual hands a key to the focused widget's queue and takes the next key at once. A key the widget
does not handle itself (Backspace, arrows, Enter in an ``Input``) then travels up through every
parent's queue to the app, which runs its binding, while a printable key sent after it goes straight
to the widget and is typed first (Textualize/textual#6605). Priority bindings run before any queued
key. And what a key causes (an ``Answered`` message, the next question mounting, focus moving) is
itself queued, so keys that follow go to the widget that was focused before.

:class:`OrderedKeys` fixes the whole class in one place: the app takes a key from the terminal and,
when it comes while the last key may still be at work, holds it until the screen has settled, that
is until every message queue of the app and of the screen's widgets has run dry twice in a row. Only
then is it dispatched, to whatever is focused by then. A screen between two states (the next
question mounting) says so with a false ``ready_for_keys``, and keys wait for it too. A key's
handling that never settles (a handler that waits on a dialog) releases the queue after
:data:`SETTLE_LIMIT` seconds, so keys are late, never stuck.
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
#: A key that comes this soon after the last one (seconds) waits for the screen to settle first.
RECENT = 0.1
#: Rounds of "every queue ran dry" in a row that count as settled; a handler busy in one round
#: delays its callback, so the second round waits for it.
QUIET_ROUNDS = 2
MAX_ROUNDS = 12
#: Seconds between looks at a screen that is not ready for keys yet.
NOT_READY_POLL = 0.002


class OrderedKeys(_Base):
    """An App mixin: terminal keys (and pastes) are dispatched one at a time, each once the last settled.

    Waiting costs the event loop some work, which would delay the frame a key causes; so a key is only
    made to wait when it comes while the last one may still be at work (within :data:`RECENT` seconds,
    or while any message queue is busy). A key typed at human pace goes straight through.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held_keys: deque[events.Event] = deque()
        self._settling = False
        self._last_key_at = -RECENT
        self._keys_idle = asyncio.Event()
        self._keys_idle.set()

    @property
    def keys_busy(self) -> bool:
        """True while keys are held (for tests)."""
        return not self._keys_idle.is_set()

    async def wait_for_keys(self) -> None:
        """Wait until every key received so far has been dispatched and the last one has settled (for tests)."""
        await self._keys_idle.wait()
        await self._settle()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._held_keys.append(event)
            self._keys_idle.clear()
            if not self._settling:
                await self._dispatch_keys(settled=False)
            return
        await super().on_event(event)

    async def _dispatch_keys(self, settled: bool) -> None:
        """Dispatch held keys while that is safe; otherwise wait for the screen to settle, then come back."""
        self._settling = False
        while self._held_keys:
            if not settled and self._maybe_unsettled():
                self._settling = True
                asyncio.get_running_loop().create_task(self._dispatch_after_settling())
                return
            settled = False
            event = self._held_keys.popleft()
            self._last_key_at = asyncio.get_running_loop().time()
            await super().on_event(event)  # priority bindings, then forwarded to the focused widget
        self._keys_idle.set()

    def _maybe_unsettled(self) -> bool:
        """True when the last key may still be at work: it was recent, or some queue has messages."""
        if asyncio.get_running_loop().time() - self._last_key_at < RECENT:
            return True
        try:
            if not getattr(self.screen, "ready_for_keys", True):
                return True
            return any(not node._message_queue.empty() for node in self.screen.walk_children(with_self=True))
        except Exception:
            return False

    async def _dispatch_after_settling(self) -> None:
        try:
            await self._settle()
        finally:
            if not self.call_later(self._dispatch_keys, True):  # the app is closing: drop what is held
                self._held_keys.clear()
                self._settling = False
                self._keys_idle.set()

    async def _settle(self) -> None:
        """Wait until the app and the current screen have processed everything the last key caused."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_LIMIT
        quiet = 0
        rounds = 0
        while rounds < MAX_ROUNDS:
            try:
                nodes = [self, *self.screen.walk_children(with_self=True)]
                ready = getattr(self.screen, "ready_for_keys", True)
            except Exception:  # no screen (starting or closing): nothing to wait for
                return
            if not ready:
                # The screen is between two states until a frame is drawn (it focuses the new widget after it):
                # wait without spinning, which would take the time that frame needs. Bounded by the deadline.
                if loop.time() >= deadline:
                    return
                quiet = 0
                await asyncio.sleep(NOT_READY_POLL)
                continue
            rounds += 1
            done = asyncio.Event()
            count = 0

            def one_done() -> None:
                nonlocal count
                count -= 1
                if count == 0:
                    done.set()

            # A round trip through every widget's queue restyles and repaints each of them (Textual's idle
            # handling), which costs tens of milliseconds a key on a full screen. Only the app, the screen, the
            # focused widget and the widgets still at work (a message waiting or being handled, or a callback
            # due) can hold what the last key caused, so only they are asked.
            for node in nodes[:2] + [node for node in nodes[2:] if node is self.focused or _at_work(node)]:
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
                busy = busy or self.screen is not nodes[1] or not getattr(self.screen, "ready_for_keys", True)
            except Exception:
                return
            quiet = 0 if busy else quiet + 1
            if quiet >= QUIET_ROUNDS:
                return


def _at_work(node) -> bool:
    """A message waits in the node's queue or is being handled (taken, not yet done), or a callback is due."""
    queue = node._message_queue
    return bool(getattr(queue, "_unfinished_tasks", 1) or not queue.empty() or node._next_callbacks)
