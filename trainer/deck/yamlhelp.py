"""YAML syntax errors in words a deck author can act on.

PyYAML says "did not find expected '-' indicator (while parsing a block collection at line 21,
column 3)"; an instructor needs "line 24 is not lined up with the list that starts at line 21".
:func:`advice` recognises the common mistakes (indentation, an unclosed quote, a colon or a quote
inside an unquoted value, a character YAML reserves) and says what to do; the loader keeps the
position. Anything it does not recognise is left to the parser's own words (None).
"""

from __future__ import annotations

import re

import yaml

_KEY_FIRST = re.compile(r"\s*(?:-\s+)?[^\s:#'\"][^:#]*:\s")


def _at(mark: yaml.Mark | None) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else "above"


def advice(error: yaml.MarkedYAMLError, text: str) -> str | None:
    """What to do about a syntax error, or None when it is not one of the common ones."""
    problem, context = error.problem or "", error.context or ""
    mark, start = error.problem_mark, error.context_mark
    lines = text.splitlines()
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    before = line[: mark.column] if mark is not None else ""
    if "end of stream" in problem and "quoted scalar" in context:
        opening = lines[start.line][start.column : start.column + 1] if start and start.line < len(lines) else '"'
        return (f"the quoted text that opens at {_at(start)} is never closed: end it with {opening} "
                f"(a {opening} inside it is written {opening * 2 if opening == chr(39) else chr(92) + opening})")
    if "unknown escape character" in problem:
        return ("inside double quotes a backslash starts an escape: write \\\\ for a backslash, "
                "or put the text in single quotes")
    if "mapping values are not allowed" in problem:
        if _KEY_FIRST.match(before):
            return ("this value contains ': ', which YAML reads as a new key: put the whole value in quotes, "
                    "e.g. prompt: \"Lavrov said: no\"")
        return ("this key is indented more than the keys above it: line it up with the other keys of its "
                "question (the same number of spaces)")
    if "tab character" in problem or ("cannot start any token" in problem and line[mark.column: mark.column + 1] == "\t"):
        return "a tab cannot indent YAML; use spaces"
    if "cannot start any token" in problem and line[mark.column : mark.column + 1] in ("@", "`"):
        return "a value cannot start with @ or `: put the whole value in quotes"
    if "found undefined alias" in problem:
        return "a value that starts with * must be put in quotes (YAML reads *name as a reference)"
    if "could not find expected ':'" in problem:
        return ("this line is neither 'key: value' nor a '- ' item: if it continues the text of the line "
                f"above, indent it further or put that text in quotes (the key starts at {_at(start)})")
    if "flow sequence" in context or "flow mapping" in context:
        return (f"in the [ ] list that opens at {_at(start)}, put each item that holds a quote, a comma or "
                "': ' in quotes of its own, or write the list one '- item' per line")
    if "block" in context and ("expected <block end>" in problem or "did not find expected" in problem):
        quoted = re.search(r":\s+([\"'])", before)
        if quoted and quoted.group(1) in before[quoted.end() :]:
            return ("text follows the closing quote: put the whole value in one pair of quotes "
                    "(with ' outside when the text holds \")")
        what = "list" if "collection" in context else "block"
        return (f"this line is not lined up with the {what} that starts at {_at(start)}: indent it with spaces "
                "so that it starts in the same column as the other keys (or '- ' items) of that "
                f"{what}, or further in if it belongs to the line above")
    return None
