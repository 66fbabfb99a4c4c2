"""Does a quote stand in its source? Compare what a typist may change, never the words.

A quote typed into a deck differs from the published text in ways that carry no meaning:
straight or curly quotes and apostrophes, a hyphen for an en or em dash, line breaks and runs of
spaces, an ellipsis at either end to mark a cut. :func:`normalise` removes those differences (and
keeps a map back to the original text so the source reader can highlight the quote); case,
letters, words and punctuation other than these must match exactly.

An ellipsis inside a quote ("will not ally ... against China") stands for words left out: its
parts must appear in order, and what each one leaves out is checked (:func:`omission_problem`): at
most :data:`MAX_OMITTED_WORDS` words, and never a negation or a figure, since leaving out "never"
or "not" or "5,459" turns the quote into something the article does not say. An omission that
passes is still reported as a warning naming the words it leaves out, so ``trainer check
--strict`` refuses every mid-quote omission.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

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
    """:func:`normalise` without the index map, for when only membership matters (faster).

    ``str.replace`` for each character that changes, when the text holds it, is several times
    faster than ``str.translate`` (which looks up every character) on a long text; same result.
    """
    for char, replacement in _ONE_FOR_ONE:
        if char in text:
            text = text.replace(char, replacement)
    return _RUNS.sub(_replacement, text)


_ONE_FOR_ONE = [(char, replacement) for char, replacement in ((chr(k), v) for k, v in _TABLE.items()) if char != replacement]


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


#: An inner ellipsis may stand for at most this many words of the article.
MAX_OMITTED_WORDS = 6
#: How far (in characters, per word allowed) the next part of a quote is looked for after an ellipsis.
_CHARS_PER_WORD = 40
#: A quote may leave out words in at most this many places (a real quote has one or two).
MAX_ELLIPSES = 5
#: Occurrences of a quote's first part tried as its start before giving up (an ellipsis quote only).
_MAX_STARTS = 10_000
_NEGATIONS = frozenset(
    "not no never none nobody nothing nowhere neither nor cannot without unless except hardly barely scarcely "
    "ain't".split()
)
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    "billion trillion dozen dozens half quarter percent".split()
)
_GAP_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def omission_problem(omitted: str) -> str | None:
    """Why the article text ``omitted`` may not be left out by an ellipsis, or None when it may."""
    found = _GAP_WORD.findall(omitted)
    lowered = [word.casefold() for word in found]
    negations = [w for w, low in zip(found, lowered) if low in _NEGATIONS or low.endswith("n't")]
    if negations:
        return f"leaves out '{negations[0]}', a negation"
    figures = [w for w, low in zip(found, lowered) if low in _NUMBER_WORDS or any(ch.isdigit() for ch in w)]
    if figures:
        return f"leaves out '{figures[0]}', a figure"
    if len(found) > MAX_OMITTED_WORDS:
        return f"leaves out {len(found)} words (at most {MAX_OMITTED_WORDS} may be left out)"
    return None


@dataclass(frozen=True)
class PartsMatch:
    """Where a quote's parts stand in a normalised text, and what each inner ellipsis leaves out."""

    start: int
    end: int
    #: (start, end) in the normalised text of what each inner ellipsis stands for.
    gaps: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Refusal:
    """A quote whose parts stand in the text in order, but whose ellipsis leaves out what it may not."""

    #: Which inner ellipsis (1 for the first; 0 for the quote as a whole) and why: "leaves out 'never', a negation".
    ellipsis: int
    reason: str
    omitted: str

    @property
    def message(self) -> str:
        if self.ellipsis == 0:
            return f"this quote {self.reason}"
        which = "the '...'" if self.ellipsis == 1 else f"'...' number {self.ellipsis}"
        omitted = f' ("{self.omitted if len(self.omitted) <= 80 else self.omitted[:79].rstrip() + "…"}")' \
            if self.omitted else ""
        return (f"{which} in this quote {self.reason}{omitted}, so the quote does not say what the article says; "
                "quote those words instead of the ellipsis")


class StartBudget:
    """How many more starts :func:`match_parts` may try, shared by every quote of a deck.

    One quote tries at most ``_MAX_STARTS`` starts; a deck of thousands of ellipsis quotes whose
    first words are everywhere in a long article could still take minutes, so a deck has a budget
    too. A real deck spends a few starts per ellipsis quote.
    """

    def __init__(self, starts: int = 300_000) -> None:
        self.left = starts


def match_parts(parts: list[str], normalised: str, budget: StartBudget | None = None) -> PartsMatch | Refusal | None:
    """The first place where ``parts`` stand in order with allowed omissions between them.

    None when the parts are not in the text in order at all; a :class:`Refusal` when they are, but
    only by leaving out what an ellipsis may not hide. Time is bounded: each start tries the next
    part only within a short window (an allowed omission is short), for at most ``_MAX_STARTS`` starts.
    The nearest next part is always the best choice (the smallest omission), so this finds a match
    whenever one exists among the starts tried.
    """
    if not parts:
        return None
    start = normalised.find(parts[0])
    if start < 0:
        return None
    if len(parts) == 1:
        return PartsMatch(start, start + len(parts[0]))
    if len(parts) - 1 > MAX_ELLIPSES:
        return Refusal(0, f"has {len(parts) - 1} ellipses inside it (at most {MAX_ELLIPSES}); quote a shorter "
                          "passage, or make several questions", "")
    window = MAX_OMITTED_WORDS * _CHARS_PER_WORD
    refusal: Refusal | None = None
    for _ in range(_MAX_STARTS):
        if budget is not None:
            budget.left -= 1
            if budget.left < 0:
                return Refusal(0, "could not be checked: this deck has too many quotes with an ellipsis whose first "
                                  "words are very common; quote more words before the '...'", "")
        position = start + len(parts[0])
        gaps: list[tuple[int, int]] = []
        for number, part in enumerate(parts[1:], start=1):
            found = normalised.find(part, position, position + window + len(part))
            if found < 0:
                break
            problem = omission_problem(normalised[position:found])
            if problem is not None:
                refusal = refusal or Refusal(number, problem, normalised[position:found].strip())
                break
            gaps.append((position, found))
            position = found + len(part)
        else:
            return PartsMatch(start, position, tuple(gaps))
        start = normalised.find(parts[0], start + 1)
        if start < 0:
            break
    if refusal is not None:
        return refusal
    if find_parts(parts, normalised) is not None:  # in order, but far apart
        return Refusal(1, f"leaves out more than {MAX_OMITTED_WORDS} words", "")
    return None


def find_parts(parts: list[str], normalised: str) -> tuple[int, int] | None:
    """Span in ``normalised`` from the first part to the last, each found after the one before.

    This ignores what the omissions hold; :func:`match_parts` is the rule a quote must pass.
    """
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


@dataclass(frozen=True)
class QuotePassage:
    """Where a quote stands in its article (spans of the ORIGINAL text).

    ``span`` runs from the quote's first word to its last, the words its inner ellipses leave out
    included: it is the passage the quote was cut from. ``sentences`` widens it to the whole
    sentences that hold it, for feedback that shows the quote in context. ``omitted`` is the
    article's text for each inner ellipsis, in order.
    """

    span: tuple[int, int]
    sentences: tuple[int, int]
    omitted: tuple[str, ...] = ()

    def text(self, article: str) -> str:
        """The passage the quote was cut from, as the article writes it."""
        return article[self.span[0] : self.span[1]]


def quote_passage(quote: str, text: str) -> QuotePassage | None:
    """The passage of ``text`` that ``quote`` is cut from, or None when the quote does not stand in it."""
    normalised, index_map = normalise(text)
    found = match_parts(quote_parts(quote), normalised)
    if not isinstance(found, PartsMatch):
        return None
    start, end = index_map[found.start], index_map[found.end - 1] + 1
    omitted = tuple(text[index_map[a] : index_map[b - 1] + 1].strip() if b > a else "" for a, b in found.gaps)
    return QuotePassage((start, end), sentence_span(text, start, end), omitted)


#: A sentence ends at '.', '!' or '?' (and any closing quotes or brackets) before white space, or at a blank line.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)|\n[ \t]*\n")
#: How far before and after a span a sentence boundary is looked for.
_SENTENCE_REACH = 2000


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened to the whole sentences that hold it (within a bounded reach)."""
    reach = max(0, start - _SENTENCE_REACH)
    before = reach if reach == 0 else start  # no sentence end within reach: start where the quote does
    for match in _SENTENCE_END.finditer(text, reach, start):
        before = match.end()
    after = _SENTENCE_END.search(text, max(start, end - 1), end + _SENTENCE_REACH)
    stop = after.end() if after and not after.group().startswith("\n") else (after.start() if after else len(text))
    if after is None and end + _SENTENCE_REACH < len(text):
        stop = end
    while before < start and text[before].isspace():
        before += 1
    return before, max(stop, end)


def find_quote(quote: str, text: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``, as a (start, end) span of the ORIGINAL text, or None."""
    passage = quote_passage(quote, text)
    return passage.span if passage is not None else None


#: Articles longer than this get a word set that rules out most quotes that are not in them.
_SCAN_FREELY = 64 * 1024
_TOKEN = re.compile(r"\w+")


class _WordSet:
    """The words of an article, to tell at once that a piece of a quote cannot stand in it.

    The words inside a piece must be words of the article; its first word may be the end of one
    (a quote may start inside a word) and its last word the start of one.
    """

    def __init__(self, normalised: str) -> None:
        self.words = set(_TOKEN.findall(normalised))
        self.sorted = sorted(self.words)
        self.reversed = sorted(word[::-1] for word in self.words)

    @staticmethod
    def _has_prefix(ordered: list[str], prefix: str) -> bool:
        at = bisect.bisect_left(ordered, prefix)
        return at < len(ordered) and ordered[at].startswith(prefix)

    def may_hold(self, part: str) -> bool:
        tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(part)]
        for number, (token, start, end) in enumerate(tokens):
            whole_start = start > 0 or number > 0
            whole_end = end < len(part) or number < len(tokens) - 1
            if whole_start and whole_end:
                if token not in self.words:
                    return False
            elif whole_start:  # it may be the start of a longer word
                if not self._has_prefix(self.sorted, token):
                    return False
            elif whole_end:  # it may be the end of a longer word
                if not self._has_prefix(self.reversed, token[::-1]):
                    return False
        return True


class NormalisedSource:
    """An article normalised once, so that every quote drawn from it is checked cheaply."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.normalised = normalise_text(text)
        self._index: _WordIndex | None = None
        self._words: _WordSet | None = None

    def match(self, quote: str, budget: StartBudget | None = None) -> PartsMatch | Refusal | None:
        """Where the quote stands (:class:`PartsMatch`), why it may not (:class:`Refusal`), or None."""
        parts = quote_parts(quote)
        if len(self.normalised) > _SCAN_FREELY:
            # Every quote not found would scan the whole article: with thousands of quotes and a
            # long article that takes minutes. A quote whose words the article lacks is out at once.
            if self._words is None:
                self._words = _WordSet(self.normalised)
            if not all(self._words.may_hold(part) for part in parts):
                return None
        return match_parts(parts, self.normalised, budget)

    def contains(self, quote: str) -> bool:
        return isinstance(self.match(quote), PartsMatch)

    def omitted(self, found: PartsMatch) -> list[str]:
        """The article's words that each inner ellipsis of a match leaves out (normalised)."""
        return [self.normalised[a:b].strip() for a, b in found.gaps]

    def closest(self, quote: str) -> tuple[str, float]:
        """:func:`closest_passage` of ``quote``, with this article's word index built once."""
        if self._index is None:
            self._index = _WordIndex(self.normalised)
        return self._index.closest(quote)


#: Words and single punctuation marks: a quote's words are compared without what clings to them.
_WORD = re.compile(r"\w+|[^\w\s]")
#: Alignments scored with difflib per quote; the word vote before it is cheap and rarely wrong.
_FINALISTS = 8
#: How much of a quote the closest-passage search compares: a quote is a sentence or two. Longer
#: quotes are compared by their start, so the search takes the same time whatever their length.
PROBE_CHARS = 1000
#: Word occurrences that may vote for an alignment, per quote: rare words vote first.
_VOTE_BUDGET = 20_000


class _WordIndex:
    """Where each word of a normalised article stands, for the closest-passage vote."""

    def __init__(self, haystack: str) -> None:
        self.haystack = haystack
        self.starts: list[int] = [match.start() for match in _WORD.finditer(haystack)]
        self.words: list[str] = _WORD.findall(haystack)
        self.by_word: dict[str, list[int]] = {}
        for number, word in enumerate(self.words):
            places = self.by_word.get(word)
            if places is None:
                self.by_word[word] = [number]
            else:
                places.append(number)

    def closest(self, quote: str) -> tuple[str, float]:
        wanted = _WORD.findall(" ".join(quote_parts(quote[: 4 * PROBE_CHARS]))[:PROBE_CHARS])
        if not wanted or not self.starts:
            return "", 0.0
        # Each word the quote shares with the text votes for an alignment (text word j is quote word
        # i, so the passage starts at word j - i); rare words first, within a fixed budget.
        offsets: dict[str, list[int]] = {}
        for offset, word in enumerate(wanted):
            if word in self.by_word:
                offsets.setdefault(word, []).append(offset)
        votes: dict[int, int] = {}
        budget = _VOTE_BUDGET
        for word in sorted(offsets, key=lambda w: len(self.by_word[w])):
            places = self.by_word[word]
            cost = len(places) * len(offsets[word])
            if cost > budget:
                break
            budget -= cost
            for offset in offsets[word]:
                for number in places:
                    alignment = max(0, number - offset)
                    votes[alignment] = votes.get(alignment, 0) + 1
        finalists = sorted(votes, key=votes.__getitem__, reverse=True)[:_FINALISTS] or [0]
        # Scored word by word: a changed word costs the same whatever its length, and the
        # comparison stays fast (difflib's time grows with the square of what it compares).
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(wanted)
        best, best_start = -1.0, 0
        for number in finalists:
            number = min(number, len(self.words) - 1)
            matcher.set_seq1(self.words[number : number + len(wanted)])
            if matcher.quick_ratio() > best:
                ratio = matcher.ratio()
                if ratio > best:
                    best, best_start = ratio, number
        last = min(best_start + len(wanted), len(self.words)) - 1
        passage = self.haystack[self.starts[best_start] : self.starts[last] + len(self.words[last])]
        return passage, max(best, 0.0)


def closest_passage(quote: str, text: str) -> tuple[str, float]:
    """The passage of ``text`` most like ``quote`` (normalised, whole words) and its similarity 0..1.

    Each word the quote shares with the text votes for an alignment; the few alignments with most
    votes are scored with difflib. A quote with a word or two changed is found at once. Time is
    bounded whatever the quote's length: only its first :data:`PROBE_CHARS` characters are
    compared, and a fixed number of word occurrences vote.
    """
    haystack = normalise_text(text)
    if not haystack.strip():
        return "", 0.0
    return _WordIndex(haystack).closest(quote)
