"""Text from decks, articles, databases, hand-ins and imports is data: make it safe to show in a terminal.

A terminal acts on control characters: ``ESC ] 0 ; title BEL`` renames its window, ``ESC [ 2 J`` blanks the screen,
an unterminated OSC swallows what follows. Textual's ``Content`` does not strip them, and neither does ``print``.
``visible`` turns every control character except tab and newline into a visible stand-in, so what reaches the
terminal is exactly the characters the author wrote, shown, never acted on. It is pure Python, free of Textual, and
used by the app and the command line alike.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, and the C1 controls (0x9b is a one-byte CSI on some terminals).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC, ␀ for NUL, ␍ for CR
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\x{code:02x}"


def visible(text: str) -> str:
    """``text`` with every control character but tab and newline replaced by a visible stand-in.

    >>> visible("a\\x1b]0;pwned\\x07b")
    'a␛]0;pwned␇b'
    """
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_stand_in, text)


def has_control(text: str) -> bool:
    """True when ``text`` holds a control character that ``visible`` would replace."""
    return _CONTROL.search(text) is not None
