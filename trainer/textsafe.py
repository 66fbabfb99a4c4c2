"""Text from decks, articles, databases, hand-ins and imports is data: make it safe to show in a terminal or a sheet.

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


#: What makes a spreadsheet read a cell as a formula (with the full-width forms some accept), and the
#: tab and carriage return that OWASP lists too.
_FORMULA_START = "=+-@\uff1d\uff0b\uff0d\uff20"
_LEADING_SPACE = " \t\r\n\v\f\u00a0\u3000"


def spreadsheet_safe(cell: object) -> object:
    """A text cell that a spreadsheet would run as a formula, made inert with a leading apostrophe.

    Decks anyone can write and responses students type end up in instructors' spreadsheets, so a
    cell such as ``=HYPERLINK(...)``, or `` \n=HYPERLINK(...)`` with white space before it, must
    not become a live formula (OWASP's advice for CSV injection). Numbers, including negative
    ones such as ``-5,459``, are left as they are. The one function for every CSV trainer writes.
    """
    if not isinstance(cell, str) or not cell:
        return cell
    stripped = cell.lstrip(_LEADING_SPACE)
    if not (stripped[:1] and stripped[0] in _FORMULA_START) and cell[0] not in "\t\r":
        return cell
    try:
        float(stripped.replace(",", ""))
        return cell
    except ValueError:
        return "'" + cell
