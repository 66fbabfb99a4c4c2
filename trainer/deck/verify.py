"""Does a quote stand in its source? Compare what a typist may change, never the words.

A quote typed into a deck differs from the published text in ways that carry no meaning:
straight or curly quotes and apostrophes, a hyphen for an en or em dash, line breaks and runs of
spaces, an ellipsis at either end to mark a cut. :func:`normalise` removes those differences (and
keeps a map back to the original text so the source reader can highlight the quote); case,
letters, words and punctuation other than these must match exactly. An ellipsis inside a quote
("will not ally ... against China") stands for omitted words: its parts must appear in order.
"""

from __future__ import annotations

import difflib
import re

_SINGLE = "'‘’‚‛′`´"
_DOUBLE = '"“”„‟″«»'
_DASHES = "-‐‑‒–—―−"
_SPACES = "\t\n\r\v\f\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
#: One-for-one replacements: they keep every index where it was.
_TABLE = str.maketrans(
    {**{c: "'" for c in _SINGLE}, **{c: '"' for c in _DOUBLE}, **{c: "-" for c in _DASHES}, **{c: " " for c in _SPACES}}
)
#: What changes length after the table: runs of spaces and dashes, and the one-character ellipsis.
_RUNS = re.compile(r" {2,}|-{2,}|…")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")
_REPLACEMENT = {" ": " ", "-": "-", "…": "..."}


def _replacement(match: re.Match[str]) -> str:
    return _REPLACEMENT[match.group()[0]]


def normalise_text(text: str) -> str:
    """:func:`normalise` without the index map, for when only membership matters (faster)."""
    return _RUNS.sub(_replacement, text.translate(_TABLE))


def normalise(text: str) -> tuple[str, list[int]]:
    """The text with typing differences removed, and for each of its characters the index in ``text``."""
    translated = text.translate(_TABLE)
    pieces: list[str] = []
    index_map: list[int] = []
    last = 0
    for match in _RUNS.finditer(translated):
        start, end = match.span()
        pieces.append(translated[last:start])
        index_map.extend(range(last, start))
        replacement = _replacement(match)
        pieces.append(replacement)
        index_map.extend([start] * len(replacement))
        last = end
    pieces.append(translated[last:])
    index_map.extend(range(last, len(translated)))
    return "".join(pieces), index_map


def _trim_ellipses(quote: str) -> str:
    """The quote without white space and ellipses ('...' or '…') at either end."""
    while True:
        trimmed = quote.strip()
        for mark in ("...", "…"):
            if trimmed.startswith(mark):
                trimmed = trimmed[len(mark) :]
            if trimmed.endswith(mark):
                trimmed = trimmed[: -len(mark)]
        if trimmed == quote:
            return quote
        quote = trimmed


def _normalise_part(part: str) -> str:
    """``normalise_text(part).strip()``, with a fast path for plain ASCII (most typed quotes)."""
    if part.isascii() and "`" not in part:
        joined = " ".join(part.split())
        return _DASH_RUN.sub("-", joined) if "--" in joined else joined
    return normalise_text(part).strip()


_DASH_RUN = re.compile(r"-{2,}")


def quote_parts(quote: str) -> list[str]:
    """The normalised pieces a quote must show in order: split at inner ellipses, ends trimmed."""
    trimmed = _trim_ellipses(quote)
    if "..." not in trimmed and "…" not in trimmed:
        part = _normalise_part(trimmed)
        return [part] if part else []
    return [_normalise_part(part) for part in _ELLIPSIS.split(trimmed) if part.strip()]


def find_parts(parts: list[str], normalised: str) -> tuple[int, int] | None:
    """Span in ``normalised`` from the first part to the last, each found after the one before."""
    if not parts:
        return None
    start = position = normalised.find(parts[0])
    if start < 0:
        return None
    position += len(parts[0])
    for part in parts[1:]:
        found = normalised.find(part, position)
        if found < 0:
            return None
        position = found + len(part)
    return start, position


def find_quote(quote: str, text: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``, as a (start, end) span of the ORIGINAL text, or None."""
    normalised, index_map = normalise(text)
    span = find_parts(quote_parts(quote), normalised)
    if span is None:
        return None
    start, end = span
    return index_map[start], index_map[end - 1] + 1


class NormalisedSource:
    """An article normalised once, so that every quote drawn from it is checked cheaply."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.normalised = normalise_text(text)

    def contains(self, quote: str) -> bool:
        return find_parts(quote_parts(quote), self.normalised) is not None


_WORD = re.compile(r"\S+")
#: Alignments scored with difflib per quote; the word vote before it is cheap and rarely wrong.
_FINALISTS = 8


def closest_passage(quote: str, text: str) -> tuple[str, float]:
    """The passage of ``text`` most like ``quote`` (normalised, whole words) and its similarity 0..1.

    Each word the quote shares with the text votes for an alignment (text word j is quote word
    i, so the passage starts at word j - i); the few alignments with most votes are scored with
    difflib. A quote with a word or two changed is found at once, in time linear in the text.
    """
    wanted = " ".join(quote_parts(quote))
    haystack = normalise_text(text)
    if not wanted or not haystack.strip():
        return "", 0.0
    starts: list[int] = []
    by_word: dict[str, list[int]] = {}
    for number, match in enumerate(_WORD.finditer(haystack)):
        starts.append(match.start())
        by_word.setdefault(match.group(), []).append(number)
    votes: dict[int, int] = {}
    for offset, word in enumerate(wanted.split(" ")):
        for number in by_word.get(word, ()):
            alignment = max(0, number - offset)
            votes[alignment] = votes.get(alignment, 0) + 1
    finalists = sorted(votes, key=votes.__getitem__, reverse=True)[:_FINALISTS] or [0]
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(wanted)
    best, best_start = -1.0, 0
    for number in finalists:
        start = starts[min(number, len(starts) - 1)]
        matcher.set_seq1(haystack[start : start + len(wanted)])
        if matcher.quick_ratio() > best:
            ratio = matcher.ratio()
            if ratio > best:
                best, best_start = ratio, start
    return _whole_words(haystack, best_start, best_start + len(wanted)), max(best, 0.0)


def _whole_words(text: str, start: int, end: int) -> str:
    """The span widened to whole words at both ends."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip()
