"""Reading an article and cutting it into paragraphs and sentences, keeping offsets.

Every question the drafter writes quotes the article verbatim, so nothing here rewrites the
text: the finders run on :attr:`Body.norm`, a copy with curly quotes made straight that has the
same length, and cut their quotes from :attr:`Body.text` at the same offsets.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path


class DraftError(Exception):
    """Input the drafter cannot use; the message says what is wrong and what to do."""


@dataclass(frozen=True)
class ArticleText:
    """An article's header fields and its body text."""

    path: Path
    title: str | None
    date: dt.date | None
    byline: str | None
    text: str


_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+?)\s*$")
_BYLINE = re.compile(r"^\s*By\s+\S.{0,120}$")


def parse_article(path: Path, raw: str) -> ArticleText:
    """Split ``raw`` into the optional ' date YYYY-MM-DD Title' line, the byline and the body."""
    lines = raw.replace("\r\n", "\n").split("\n")
    title = date = byline = None
    match = _HEADER.match(lines[0]) if lines else None
    if match:
        try:
            date = dt.date.fromisoformat(match.group(1))
        except ValueError:
            raise DraftError(f"{path}: line 1 has the date '{match.group(1)}', which is not a real date") from None
        title = match.group(2)
        lines = lines[1:]
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and _BYLINE.match(lines[0]) and (len(lines) == 1 or not lines[1].strip()):
        byline = lines.pop(0).strip()[3:].strip()
    return ArticleText(path, title, date, byline, "\n".join(lines).strip("\n"))


def load_article(path: Path) -> ArticleText:
    """Read an article file, through :func:`trainer.deck.article.read_article` when the project has it.

    That reader keeps the whole file as its text; the drafter needs the body alone, so the header
    and byline are cut off here either way.
    """
    try:
        from trainer.deck.article import ArticleError, read_article
    except ImportError:  # the checker's reader is not there: read the file ourselves
        return _read_plain(path)
    try:
        article = read_article(path)
    except ArticleError as error:
        raise DraftError(f"{path}: {error}") from None
    own = parse_article(path, article.text)
    if not own.text.strip():
        raise DraftError(f"{path}: the article has no text after its header; paste the article body below it")
    return ArticleText(path, article.title or own.title, article.date or own.date, article.byline or own.byline,
                       own.text)


def _read_plain(path: Path) -> ArticleText:
    if not path.is_file():
        raise DraftError(f"{path}: no such article file; give the path of a plain-text article")
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise DraftError(f"{path}: cannot read the article ({error}); save it as UTF-8 plain text") from None
    article = parse_article(path, raw)
    if not article.text.strip():
        raise DraftError(f"{path}: the article has no text after its header; paste the article body below it")
    return article


CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gens|Lt|Col|Sen|Sens|Rep|Reps|Gov|Govs|Del|Adm|Capt|Maj|Cmdr|Sgt|Atty|Rev|Hon|Amb|Prof|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|Jr|Sr|Co|Inc|Corp)"
    r"|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])$"
)


_LOWER_WORD = re.compile(r"\b[a-z][a-z'\-]*\b")
#: Two apostrophes used as a double quote mark (''I think,'' he said), as some newspapers' archives print them.
_TWO_APOSTROPHES = re.compile(r"''")


def _double_apostrophes(norm: str) -> str:
    """``norm`` with each pair of apostrophes made one straight quote mark and a space, in the same two
    characters: the mark next to the words it opens or closes (`` "I think," he`` for ``''I think,'' he``),
    so that quotes are found at the same offsets as in the original text."""
    if "''" not in norm:
        return norm

    def mark(match: re.Match) -> str:
        before = norm[match.start() - 1] if match.start() else " "
        return '" ' if not before.isspace() else ' "'

    return _TWO_APOSTROPHES.sub(mark, norm)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class Body:
    """An article body with its straight-quoted twin, paragraphs and sentences."""

    text: str
    norm: str = field(init=False)
    paragraphs: list[tuple[int, int]] = field(init=False)
    sentences: list[Sentence] = field(init=False)
    _sentence_ends: list[int] = field(init=False, repr=False)
    _paragraph_ends: list[int] = field(init=False, repr=False)
    _lower: frozenset[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.norm = _double_apostrophes(self.text.translate(CURLY))
        self.paragraphs = []
        position = 0
        for match in _PARAGRAPH_BREAK.finditer(self.text):
            self._add_paragraph(position, match.start())
            position = match.end()
        self._add_paragraph(position, len(self.text))
        self.sentences = [s for index, span in enumerate(self.paragraphs) for s in self._split(index, *span)]
        self._sentence_ends = [s.end for s in self.sentences]
        self._paragraph_ends = [end for _, end in self.paragraphs]

    def _add_paragraph(self, start: int, end: int) -> None:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            self.paragraphs.append((start, end))

    def _split(self, paragraph: int, start: int, end: int) -> list[Sentence]:
        found: list[Sentence] = []
        position = start
        for match in _SENTENCE_END.finditer(self.norm, start, end):
            if ABBREVIATION.search(self.norm, max(position, match.start() - 12), match.start()):
                continue
            stop = match.end()
            while stop > match.start() and self.norm[stop - 1].isspace():
                stop -= 1
            if self.text[stop - 1 : stop + 1] == "''":
                stop += 1  # a closing '' (read as '" '): the sentence keeps both apostrophes
            found.append(Sentence(position, stop, paragraph))
            position = match.end()
        found.append(Sentence(position, end, paragraph))
        return found

    def lower_words(self) -> frozenset[str]:
        """The words the text writes in lower case (read once): 'guns' says that 'Guns' is no name."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.norm))
        return self._lower

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding ``offset`` (the last one when it lies past the end)."""
        return self.sentences[self.sentence_index(offset)]

    def sentence_index(self, offset: int) -> int:
        """The index in :attr:`sentences` of the sentence holding ``offset`` (found by bisection)."""
        return min(bisect.bisect_right(self._sentence_ends, offset), len(self.sentences) - 1)

    def paragraph_of(self, offset: int) -> int:
        return min(bisect.bisect_right(self._paragraph_ends, offset), len(self.paragraphs) - 1)

    def excerpt(self, start: int, end: int) -> str:
        """The verbatim text between two offsets, with runs of white space made single spaces."""
        return " ".join(self.text[start:end].split())


def split_text(text: str) -> Body:
    """Cut a body into paragraphs and sentences (the bench's baseline does just this)."""
    return Body(text)
