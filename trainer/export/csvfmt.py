"""CSV export for spreadsheets: one row per question, every type included.

Written with the csv module (RFC 4180 quoting, CRLF rows), so commas, quotes, tabs and newlines
inside a cell survive. Lists (choices, several answers, order items, tags) are one item per line
inside their cell; a match question's answer is one ``left → right`` pair per line. Plain UTF-8; ``bom=True`` prepends a byte order mark, which Excel needs to read
non-Latin text correctly.
"""

from __future__ import annotations

import csv
import io

from trainer.deck.model import Choice, Deck, Match, Multi, WhoSaid
from trainer.export.common import ExportResult, answer_text, citation, prompt_text, who_said_choices
from trainer.textsafe import spreadsheet_safe

HEADER = (
    "deck", "id", "type", "prompt", "answer", "choices", "quote", "source", "citation", "explain", "tags",
)


def export_csv(deck: Deck, *, bom: bool = False) -> ExportResult:
    buffer = io.StringIO()
    if bom:
        buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    # Every cell is neutralised: a deck is written by anyone, and '=HYPERLINK(...)' must stay text.
    for question in deck.questions:
        choices: list[str] = []
        if isinstance(question, (Choice, Multi)):
            choices = list(question.choices)
        elif isinstance(question, WhoSaid):
            choices = who_said_choices(question, deck)
        elif isinstance(question, Match):
            choices = question.options()  # every partner and distractor; the answer cell pairs them
        source = deck.source_for(question)
        writer.writerow(map(spreadsheet_safe, [
            deck.deck,
            question.id,
            question.type,
            prompt_text(question),
            answer_text(question),
            "\n".join(choices),
            question.quote,
            source.id if source else (question.source or ""),
            citation(question, deck),
            question.explain or "",
            "\n".join(question.tags),
        ]))
    return ExportResult(buffer.getvalue())
