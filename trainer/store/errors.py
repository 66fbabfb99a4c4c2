"""The one error the store raises for files it cannot or must not use.

Callers (the CLI, the app) catch :class:`StoreError` and show its message as it is: the message
names the file and says what to do, so no traceback reaches the student.
"""

from __future__ import annotations


class StoreError(Exception):
    """The score database cannot be opened or used; the message says why and what to do."""
