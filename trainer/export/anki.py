"""Anki export as a tab-separated text file with Anki's file headers.

Anki (2.1.55+) reads ``#key:value`` header lines at the top of a text file: the separator, that
fields hold HTML, the note type, the target deck, the column names, and which columns hold the
note guid and the tags. Anki maps a column to a field only when the column's label is the
field's name (``Front``, ``Back`` of the stock Basic note type); unmatched labels make it map by
position, which put the guid in Front. A stable guid per question (a hash of deck id and
question id) lets a re-import update the existing notes instead of duplicating them.

A card's options are shuffled with a generator seeded by its guid: every export of a deck is
identical, yet the right answer is not always in the same place.

Fields are HTML: text is escaped (``<``, ``&`` and quotes included, so Anki's CSV reader never
sees a quote character), newlines become ``<br>`` and tabs ``&#9;`` so no field can break a row.
An ``.apkg`` would need genanki, which is not a dependency.
"""

from __future__ import annotations

import hashlib
import html
import random

from trainer.deck.model import AnyQuestion, Choice, Deck, Match, Multi, Order, WhoSaid
from trainer.deck.textmatch import fold
from trainer.deck.present import shuffled_order, speaker_choices
from trainer.export.common import DRAWN_CHOICES, ExportResult, answer_text, citation, prompt_text

#: The stock note type every Anki profile has, and the names of its fields.
NOTE_TYPE = "Basic"
COLUMNS = ("guid", "Front", "Back", "tags")
#: Where the quote would stand on the back of an unsourced question.
UNSOURCED_NOTE = "No source: no quote proves this answer."
#: Lines of headers before the first note.
HEADER_LINES = 7


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


def card_rng(deck_id: str, question_id: str) -> random.Random:
    """The generator that orders one card's options: the same on every export."""
    return random.Random(int(note_guid(deck_id, question_id), 16))


def export_anki(deck: Deck) -> ExportResult:
    header = [
        "#separator:tab",
        "#html:true",
        f"#notetype:{NOTE_TYPE}",
        "#deck:" + " ".join(deck.title.split()),
        "#columns:" + "\t".join(COLUMNS),
        f"#guid column:{COLUMNS.index('guid') + 1}",
        f"#tags column:{COLUMNS.index('tags') + 1}",
    ]
    rows = []
    for question in deck.questions:
        tags = " ".join(anki_tag(tag) for tag in [deck.deck, *question.tags])
        cells = [note_guid(deck.deck, question.id), front(question, deck), back(question, deck), field(tags)]
        rows.append("\t".join(cells))
    return ExportResult("\n".join(header + rows) + "\n")


def card_choices(question: AnyQuestion, deck: Deck) -> list[str]:
    """The options a card offers, shuffled per card (an order question never in its right order)."""
    rng = card_rng(deck.deck, question.id)
    if isinstance(question, (Choice, Multi)):
        choices = list(question.choices)
        rng.shuffle(choices)
        return choices
    if isinstance(question, WhoSaid):
        return speaker_choices(question, deck, rng, k=DRAWN_CHOICES)
    if isinstance(question, Order):
        return list(shuffled_order(list(question.items), rng))
    if isinstance(question, Match):
        return list(shuffled_order(question.options(), rng))
    return []


def front(question: AnyQuestion, deck: Deck) -> str:
    """The prompt, then the choices as a list (lettered for choice questions).

    A match card numbers the items to match, then letters their possible partners.
    """
    text = field(prompt_text(question))
    if isinstance(question, Match):
        text += "<ol>" + "".join(f"<li>{field(left)}</li>" for left in question.pairs) + "</ol>"
    choices = card_choices(question, deck)
    if choices:
        kind = "ul" if isinstance(question, Order) else 'ol type="A"'
        items = "".join(f"<li>{field(choice)}</li>" for choice in choices)
        text += f"<{kind}>{items}</{kind.split()[0]}>"
    return text


def _lettered_answer(question: AnyQuestion, deck: Deck) -> str | None:
    """'B. Sergey Lavrov' (one line per right option) for questions whose front letters the options."""
    if isinstance(question, Order):
        return None
    choices = card_choices(question, deck)
    if isinstance(question, Match):
        letter = {fold(choice): chr(ord("A") + index) for index, choice in enumerate(choices)}
        return "\n".join(f"{left} → {right} ({letter[fold(right)]})" for left, right in question.pairs.items())
    right = question.answers if isinstance(question, Multi) else [getattr(question, "answer", None)]
    lines = [f"{chr(ord('A') + index)}. {choice}" for index, choice in enumerate(choices) if choice in right]
    return "\n".join(lines) or None


def back(question: AnyQuestion, deck: Deck) -> str:
    """The answer (with its letter), the quote as a blockquote with its citation, then the explanation.

    An unsourced question (no quote) says so where the quote would be.
    """
    answer = _lettered_answer(question, deck) or answer_text(question)
    parts = [f"<b>{field(answer)}</b>"]
    if question.quote:
        quote = f"<blockquote>{field(question.quote)}"
        cited = citation(question, deck)
        if cited:
            quote += f"<br>— <cite>{field(cited)}</cite>"
        parts.append(quote + "</blockquote>")
    else:
        parts.append(f"<p><i>{field(UNSOURCED_NOTE)}</i></p>")
    if question.explain:
        parts.append(field(question.explain))
    return "".join(parts)
