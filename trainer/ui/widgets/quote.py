"""A source quote shown as a block quote with its citation, or a plain note that the question has no source.

After an answer the quote is shown inside the passage it was cut from: the whole sentences around it,
the quoted words emphasised, and the words an inner ellipsis left out shown in brackets (so "will ...
form" reads "will [never] form"). Finding the passage scans the article, so a :class:`PassageFinder`
does it on its own thread while the question is on screen, never on the key that answers.

The block is one widget drawing one ``Content``: updating it costs no restyle and no extra widgets,
and every piece of article text in it is literal (never markup) with control characters made visible.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from textual.content import Content
from textual.widgets import Static

from trainer.deck.verify import PartsMatch, match_parts, normalise, quote_parts, sentence_span
from trainer.textsafe import visible

#: Shown instead of a quote for an unsourced question (imported from a bank without its article).
NO_SOURCE = "⚠ No source: this question is unsourced, so no quote proves its answer."

_QUOTE_STYLE = "italic"
_CONTEXT_STYLE = "$foreground-muted"
_OMITTED_STYLE = "not italic $text-warning"
_CITATION_STYLE = "$foreground-muted"


def _missing_marks(shown: str) -> tuple[str, str]:
    """The opening mark a quotation begun before the passage lacks, and the closing one for a quotation it leaves open.

    Curly marks and guillemets only: a straight mark does not say whether it opens or closes.
    """
    depth, unopened = 0, False
    for char in shown:
        if char in "“«„":
            depth += 1
        elif char in "”»":
            if depth:
                depth -= 1
            else:
                unopened = True
    return ("“" if unopened else "", "”" if depth else "")


def quote_text(quote: str) -> str:
    words = quote.strip().strip('“”"')
    return f"“{words}”" if words else NO_SOURCE


@dataclass(frozen=True)
class Passage:
    """The sentences a quote was cut from, in pieces: context before, the quote, context after.

    ``quoted`` alternates between words the quote shows and words an inner ellipsis left out:
    ``quoted[0]``, ``quoted[2]``... are quoted, ``quoted[1]``, ``quoted[3]``... were omitted.
    """

    before: str
    quoted: tuple[str, ...]
    after: str


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SPACE = re.compile(r"\s+")


def _flow(text: str) -> str:
    """Article text as it reads: lines of a paragraph joined (hard-wrapped files), paragraphs on lines of their own."""
    return "\n".join(_SPACE.sub(" ", part) for part in _PARAGRAPH_BREAK.split(text))


def find_passage(quote: str, text: str) -> Passage | None:
    """The passage of ``text`` that ``quote`` is cut from, split for showing; None when it does not stand there.

    The same match as :func:`trainer.deck.verify.quote_passage` (the check's), kept with where each
    inner ellipsis falls so that the words it hides can be shown apart.
    """
    normalised, index_map = normalise(text)
    found = match_parts(quote_parts(quote), normalised)
    if not isinstance(found, PartsMatch) or found.end <= found.start:
        return None
    start, end = index_map[found.start], index_map[found.end - 1] + 1
    first, last = sentence_span(text, start, end)
    quoted: list[str] = []
    at = start
    for a, b in found.gaps:
        if b <= a:
            continue
        gap_start, gap_end = index_map[a], index_map[b - 1] + 1
        quoted += [text[at:gap_start], text[gap_start:gap_end]]
        at = gap_end
    quoted.append(text[at:end])
    flowed = [_flow(piece) for piece in quoted]
    return Passage(_flow(text[first:start]).lstrip(), tuple(flowed), _flow(text[end:last]).rstrip())


def quote_content(quote: str, citation: str, passage: Passage | None = None) -> Content:
    """The block's text: the quote (in its passage when known), then — the citation; or the no-source note."""
    if not quote.strip().strip('“”"'):
        return Content(NO_SOURCE)
    if passage is None:
        body = Content.styled(visible(quote_text(quote)), _QUOTE_STYLE)
    else:
        # In its passage the quote is set apart by its style alone, with the article's own quotation marks where it
        # quotes someone: marks added around reported words ("Vladimir “Putin proposed…”") would put them in a
        # mouth, and one added inside a quotation ("“we will never” accept it,”") reads as a typo. Only a
        # quotation the passage's sentences cut into gets its missing mark, at the passage's edge.
        opening, closing = _missing_marks(passage.before + "".join(passage.quoted) + passage.after)
        pieces: list[tuple[str, str] | str] = [(opening + visible(passage.before), _CONTEXT_STYLE)]
        for number, piece in enumerate(passage.quoted):
            if number % 2:  # left out by an ellipsis: shown, set apart
                words = piece.strip()
                lead, trail = piece[: len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()) :]
                pieces += [lead, (f"[{visible(words)}]", _OMITTED_STYLE), trail] if words else [piece]
            else:
                pieces.append((visible(piece), _QUOTE_STYLE))
        pieces.append((visible(passage.after) + closing, _CONTEXT_STYLE))
        body = Content.assemble(*pieces)
    return Content.assemble(body, "\n", (f"— {visible(citation)}", _CITATION_STYLE))


class QuoteBlock(Static):
    """“The quote” (in its passage, when given) and, under it, — title, outlet, date; or the no-source note."""

    def __init__(self, quote: str = "", citation: str = "", passage: Passage | None = None, **kwargs) -> None:
        super().__init__(quote_content(quote, citation, passage), **kwargs)
        self.quote, self.citation, self.passage = quote, citation, passage

    def show(self, quote: str, citation: str, passage: Passage | None = None) -> None:
        """Show another quote in place: one update of one widget, drawn in the same frame as its neighbours."""
        self.quote, self.citation, self.passage = quote, citation, passage
        self.update(quote_content(quote, citation, passage))


_MISSING = object()


class PassageFinder:
    """Finds the passages of quotes on one background thread, in the order asked; results read without waiting.

    ``ask`` queues a (key, quote, article text); ``get`` returns the passage once found (None when the
    quote does not stand in the text), or raises ``KeyError`` while it is still being looked for. A
    result that someone is ``waiting_for`` is announced through ``on_found(key)``, called on the
    finder's thread (post a message from it).
    """

    def __init__(self, on_found: Callable[[Hashable], None] | None = None) -> None:
        self._jobs: queue.SimpleQueue[tuple[Hashable, str, str] | None] = queue.SimpleQueue()
        self._found: dict[Hashable, Passage | None] = {}
        self._asked: set[Hashable] = set()
        self._waiting: set[Hashable] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._on_found = on_found

    def ask(self, key: Hashable, quote: str, text: str) -> None:
        if key in self._asked:
            return
        self._asked.add(key)
        self._jobs.put((key, quote, text))
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="trainer-passages", daemon=True)
            self._thread.start()

    def get(self, key: Hashable) -> Passage | None:
        found = self._found.get(key, _MISSING)
        if found is _MISSING:
            raise KeyError(key)
        return found  # type: ignore[return-value]

    def waiting_for(self, key: Hashable) -> None:
        """Announce ``key`` through ``on_found`` when it is found (at once if it already is)."""
        with self._lock:
            ready = key in self._found
            if not ready:
                self._waiting.add(key)
        if ready and self._on_found is not None:
            self._on_found(key)

    def close(self) -> None:
        self._jobs.put(None)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            key, quote, text = job
            try:
                passage = find_passage(quote, text)
            except Exception:  # a passage is a nicety: the quote alone is still shown
                passage = None
            with self._lock:
                self._found[key] = passage
                announce = key in self._waiting
                self._waiting.discard(key)
            if announce and self._on_found is not None:
                self._on_found(key)
