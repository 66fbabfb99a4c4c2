"""Source articles: the plain-text files a deck's quotes are checked against and shown from.

An article is UTF-8 text. Saved news pages start with a header line `` date 2025-10-16 Title``
(with a leading space), then a byline ("By Staff, Agencies"), then paragraphs; files without the
header are read as plain text with no title or date. The whole file is kept as ``text`` so that
a quote's span found in it can be highlighted in the source reader.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from trainer.deck.files import FileProblem, read_regular_file

#: Articles larger than this are refused: a news article is a few KB.
MAX_ARTICLE_BYTES = 4 * 1024 * 1024

_HEADER = re.compile(r"^ ?date (\d{4}-\d{2}-\d{2})(?: (.*))?$")
_BYLINE = re.compile(r"^By\s+(.+)$")


class ArticleError(Exception):
    """An article that cannot be read; the message says why, for a diagnostic."""


@dataclass(frozen=True)
class Article:
    path: Path
    title: str | None
    date: dt.date | None
    byline: str | None
    text: str


def parse_article(text: str, path: Path) -> Article:
    """Split an article's text into header fields; the text itself is kept whole."""
    lines = text.splitlines()
    title: str | None = None
    date: dt.date | None = None
    byline: str | None = None
    rest = 0
    if lines:
        match = _HEADER.match(lines[0])
        if match:
            try:
                date = dt.date.fromisoformat(match.group(1))
            except ValueError:
                date = None
            title = (match.group(2) or "").strip() or None
            rest = 1
    for line in lines[rest : rest + 3]:
        if not line.strip():
            continue
        match = _BYLINE.match(line.strip())
        if match:
            byline = match.group(1).strip()
        break
    return Article(path=path, title=title, date=date, byline=byline, text=text)


def read_article(path: Path) -> Article:
    """Read an article file; raise :class:`ArticleError` with a readable reason when it cannot be."""
    try:
        data = read_regular_file(
            path, MAX_ARTICLE_BYTES, f"is larger than {MAX_ARTICLE_BYTES // 2**20} MB; is it really an article?"
        )
    except FileProblem as problem:
        raise ArticleError(str(problem)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ArticleError(f"is not UTF-8 text (bad byte at line {line}); save it as UTF-8") from None
    if "\x00" in text:
        raise ArticleError("is a binary file, not plain text")
    return parse_article(text, path)
