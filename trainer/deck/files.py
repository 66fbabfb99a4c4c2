"""Read a file a deck names (the deck itself, its articles) without trusting what the path leads to.

A deck from a stranger may point at a FIFO (reading it would wait forever for a writer), a device
(``/dev/zero`` never ends), a symbolic link that loops, a folder, or a path with a NUL byte in it.
:func:`read_regular_file` opens without blocking, checks with ``fstat`` on the open descriptor
(so the check and the read are about the same file) that it is a regular file, and reads at most
the limit: every way it can fail becomes a :class:`FileProblem` whose message finishes a sentence
that starts with the file's name.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class FileProblem(Exception):
    """Why a file cannot be read, worded to follow its name: 'is a folder, not a text file'."""


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a text file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a text file; reading it could wait forever"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a text file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a text file"
    return "is not a regular file"


def _open_problem(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "does not exist"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a text file"
    if isinstance(error, PermissionError):
        return "cannot be read (permission denied)"
    if error.errno == errno.ELOOP:
        return "is a symbolic link that leads round in a loop"
    if error.errno == errno.ENAMETOOLONG:
        return "has a name that is too long"
    return f"cannot be read ({error.strerror or error})"


def check_name(name: str) -> None:
    """Refuse a path the operating system cannot even look up (a NUL byte in it)."""
    if "\x00" in name:
        raise FileProblem("has a NUL character in its name")


def resolve(path: Path) -> Path:
    """``path.resolve()``, with a loop or a bad name as a :class:`FileProblem` instead of an exception."""
    check_name(str(path))
    try:
        return path.resolve()
    except RuntimeError:  # Python before 3.13 raises it for a symlink loop
        raise FileProblem("is a symbolic link that leads round in a loop") from None
    except OSError as error:
        raise FileProblem(_open_problem(error)) from None


def read_regular_file(path: Path, max_bytes: int, too_large: str) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    Raises :class:`FileProblem`; ``too_large`` is its message for a file over the limit.
    """
    check_name(str(path))
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise FileProblem(_open_problem(error)) from None
    try:
        info = os.fstat(descriptor)
        problem = _kind(info.st_mode)
        if problem:
            raise FileProblem(problem)
        if info.st_size > max_bytes:
            raise FileProblem(too_large)
        chunks: list[bytes] = []
        size = 0
        while True:  # the file may grow while it is read: never take more than the limit
            chunk = os.read(descriptor, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise FileProblem(too_large)
        return b"".join(chunks)
    except OSError as error:
        raise FileProblem(_open_problem(error)) from None
    finally:
        os.close(descriptor)
