"""Lenient comparison of typed text with the right answer.

Students type on keyboards without accents, forget capitals, add "the", write "NewSTART" for
"New START" and make the odd slip. None of that shows they do not know the answer, so
:func:`match_text` forgives it; a second slip, a slip in a short word (where one letter can make
another word: "Iran"/"Iraq") or any change to a figure is not forgiven.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable, Literal

#: Letters that NFKD does not take apart into a base letter and an accent.
_EXTRA_FOLDS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)
_ARTICLES = frozenset({"the", "a", "an"})
#: A slip is forgiven only inside a word with at least this many letters.
MIN_TYPO_WORD = 5


def fold(text: str) -> str:
    """Case, accents and runs of white space removed: 'Sérgey  LAVROV' -> 'sergey lavrov'."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().translate(_EXTRA_FOLDS).split())


def words(text: str) -> list[str]:
    """The folded words of a text; punctuation separates words and is dropped ('U.S.' -> ['u', 's'])."""
    cleaned = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in fold(text))
    return cleaned.split()


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same but for case, accents and white space."""
    return fold(a) == fold(b)


def _key_words(text: str) -> list[str]:
    """Words to compare: as :func:`words`, without a leading article when more words follow."""
    found = words(text)
    if len(found) > 1 and found[0] in _ARTICLES:
        return found[1:]
    return found


def osa_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): edits, counting a swap as one."""
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def _edit_span(answer: str, response: str) -> tuple[int, int, str, str]:
    """Where a single edit sits: (start, end) in ``answer`` and the differing characters of each."""
    prefix = 0
    while prefix < min(len(answer), len(response)) and answer[prefix] == response[prefix]:
        prefix += 1
    suffix = 0
    limit = min(len(answer), len(response)) - prefix
    while suffix < limit and answer[-1 - suffix] == response[-1 - suffix]:
        suffix += 1
    return (
        prefix,
        len(answer) - suffix,
        answer[prefix : len(answer) - suffix],
        response[prefix : len(response) - suffix],
    )


def _typo_forgivable(answer_words: list[str], response_joined: str) -> bool:
    """Whether the response is one slip away from the answer, inside a long word, with no figure touched."""
    joined = "".join(answer_words)
    if osa_distance(joined, response_joined) != 1:
        return False
    start, end, old, new = _edit_span(joined, response_joined)
    if any(ch.isdigit() for ch in old + new):
        return False
    # The answer's words that the edit touches; an insertion touches its neighbours.
    touched: list[str] = []
    position = 0
    for word in answer_words:
        word_start, word_end = position, position + len(word)
        position = word_end
        if start == end:
            hit = word_start <= start <= word_end
        else:
            hit = start < word_end and end > word_start
        if hit:
            touched.append(word)
    return any(sum(ch.isalpha() for ch in word) >= MIN_TYPO_WORD for word in touched)


@dataclass(frozen=True)
class TextMatch:
    """How a typed response matched: exactly (after forgiving form) or with one forgiven typo."""

    kind: Literal["exact", "typo"]
    matched: str


def match_text(response: str, candidates: Iterable[str]) -> TextMatch | None:
    """The best match of ``response`` among the right answers, or None if it matches none.

    An exact match (ignoring case, accents, punctuation, spacing and a leading article) beats a
    match with one forgiven typo. When both sides are punctuation only (an answer such as "%"),
    they are compared as typed, ignoring case and spacing.
    """
    candidates = list(candidates)
    response_words = _key_words(response)
    response_joined = "".join(response_words)
    for candidate in candidates:
        candidate_words = _key_words(candidate)
        if not candidate_words and not response_words:
            if "".join(fold(candidate).split()) == "".join(fold(response).split()) and fold(response):
                return TextMatch("exact", candidate)
        elif "".join(candidate_words) == response_joined:
            return TextMatch("exact", candidate)
    if not response_joined:
        return None
    for candidate in candidates:
        candidate_words = _key_words(candidate)
        if candidate_words and _typo_forgivable(candidate_words, response_joined):
            return TextMatch("typo", candidate)
    return None
