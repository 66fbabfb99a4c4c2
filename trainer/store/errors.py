"""The one error the store raises for files it cannot or must not use.

Callers (the CLI, the app) catch :class:`StoreError` and show its message as it is: the message
names the file and says what to do, so no traceback reaches the student.
"""

from __future__ import annotations


class StoreError(Exception):
    """The score database cannot be opened or used; the message says why and what to do."""


class StoreBusy(StoreError):
    """Another program holds the score database: the write was not done, and trying it again later can succeed.

    Every other :class:`StoreError` of a write (read-only, full, damaged, failing disk) stays until the
    student does something about it, so it is not worth retrying.
    """


class StoreUnwritable(StoreError):
    """The score database's file or disk refuses a write (read-only, full, damaged, failing): it stays so until
    the student does something about it, so trying again at once cannot help."""
