"""Drafting an invented article in the draft tests: one way to write it, analyse it and read its deck."""

from __future__ import annotations

from pathlib import Path

from trainer.draft.build import analyse, draft_deck
from trainer.draft.statements import Statement
from trainer.draft.text import parse_article

#: The first line of an invented article: its date and title.
HEADER = " date 2025-10-16 A test article\n\n"
#: A short invented news article whose lead holds no figure (the harbour's closure and who spoke of it).
HARBOUR = (
    "Valmora's council voted on Tuesday to close the old harbour, a decision that dismayed the fishing families "
    "who have worked its docks for generations.\n\n"
    "Mayor Dana Velloway told reporters that the harbour would cost the city too much to repair. The Valmora "
    "Fishing Union said it would fight the closure in court, and its leader, Tomas Arkwright, called the vote a "
    "betrayal.\n\n"
    "Dana Velloway said the city would build a new marina on the eastern shore. Tomas Arkwright said the union "
    "would meet on Friday.\n")

#: The title of the who_said tests' invented race.
RACE = "Valmora race tightens before the vote"


def analysis(body: str, header: str = HEADER):
    """What the drafter finds in an article (before a deck is chosen from it)."""
    return analyse(parse_article(Path("article.txt"), header + body))


#: The tests of single drafting rules draft without the learned filter (trainer.draft.keep): it may drop the very
#: question a rule test looks at, for reasons of its own. `trainer draft` always filters; test_draft_keep_filter.py
#: tests the filter.
RULES_ONLY = {"learned_filter": False}


def deck(tmp_path: Path, body: str, title: str = RACE, *, learned_filter: bool = False) -> dict:
    """The deck ``trainer draft`` writes for an article with this title and body (without the learned filter
    unless asked: these helpers serve the rule tests)."""
    article = tmp_path / "article.txt"
    article.write_text(f" date 2025-10-16 {title}\n\n{body}", encoding="utf-8")
    return draft_deck([article], cwd=tmp_path, learned_filter=learned_filter)[0]


def who_said(drafted: dict) -> list[dict]:
    return [q for q in drafted["questions"] if q["type"] == "who_said"]


def false_statements(found) -> list[str]:
    """The false forms of the true/false statements the drafter found."""
    return [c.false_fields["statement"] for c in found.candidates
            if isinstance(c, Statement) and c.false_fields is not None]
