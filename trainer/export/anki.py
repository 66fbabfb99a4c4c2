"""Anki export as a tab-separated text file with Anki's file headers.

Anki (2.1.55+) reads ``#key:value`` header lines at the top of a text file: the separator, that
fields hold HTML, the column names, the target deck, and which columns hold the note guid and
the tags. A stable guid per question (a hash of deck id and question id) lets a re-import
update the existing notes instead of duplicating them.

Fields are HTML: text is escaped (``<``, ``&`` and quotes included, so Anki's CSV reader never
sees a quote character), newlines become ``<br>`` and tabs ``&#9;`` so no field can break a row.
An ``.apkg`` would need genanki, which is not a dependency.
"""

from __future__ import annotations

import hashlib
import html

from trainer.deck.model import AnyQuestion, Choice, Deck, Multi, Order, WhoSaid
from trainer.export.common import (
    ExportResult,
    answer_text,
    citation,
    prompt_text,
    who_said_choices,
)

COLUMNS = ("guid", "front", "back", "tags")


def note_guid(deck_id: str, question_id: str) -> str:
    """Sixteen hex digits from deck and question id: the same on every run and machine."""
    return hashlib.blake2b(f"{deck_id}\x1f{question_id}".encode(), digest_size=8).hexdigest()


def field(text: str) -> str:
    """Plain text as one safe HTML field."""
    escaped = html.escape(text.replace("\r\n", "\n").replace("\r", "\n"), quote=True)
    return escaped.replace("\n", "<br>").replace("\t", "&#9;")


def anki_tag(tag: str) -> str:
    """Anki tags are separated by spaces, so spaces inside one become underscores."""
    return "_".join(tag.split())


def export_anki(deck: Deck) -> ExportResult:
    header = [
        "#separator:tab",
        "#html:true",
        "#columns:" + "\t".join(COLUMNS),
        "#deck:" + " ".join(deck.title.split()),
        f"#guid column:{COLUMNS.index('guid') + 1}",
        f"#tags column:{COLUMNS.index('tags') + 1}",
    ]
    rows = []
    for question in deck.questions:
        tags = " ".join(anki_tag(tag) for tag in [deck.deck, *question.tags])
        cells = [note_guid(deck.deck, question.id), front(question, deck), back(question, deck), field(tags)]
        rows.append("\t".join(cells))
    return ExportResult("\n".join(header + rows) + "\n")


def _choices(question: AnyQuestion, deck: Deck) -> list[str]:
    if isinstance(question, (Choice, Multi)):
        return list(question.choices)
    if isinstance(question, WhoSaid):
        return who_said_choices(question, deck)
    if isinstance(question, Order):
        return sorted(question.items)  # a fixed, answer-free order
    return []


def front(question: AnyQuestion, deck: Deck) -> str:
    """The prompt, then the choices as a list (lettered for choice questions)."""
    text = field(prompt_text(question))
    choices = _choices(question, deck)
    if choices:
        kind = "ul" if isinstance(question, Order) else 'ol type="A"'
        items = "".join(f"<li>{field(choice)}</li>" for choice in choices)
        text += f"<{kind}>{items}</{kind.split()[0]}>"
    return text


def back(question: AnyQuestion, deck: Deck) -> str:
    """The answer, the quote as a blockquote with its citation, then the explanation."""
    answer = answer_text(question)
    parts = [f"<b>{field(answer)}</b>"]
    quote = f"<blockquote>{field(question.quote)}"
    cited = citation(question, deck)
    if cited:
        quote += f"<br>— <cite>{field(cited)}</cite>"
    parts.append(quote + "</blockquote>")
    if question.explain:
        parts.append(field(question.explain))
    return "".join(parts)
