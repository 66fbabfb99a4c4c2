"""A small deck of every answer kind, and right and wrong responses to it, for the study tests."""

from __future__ import annotations

from trainer.deck.model import Deck

QUOTE = "The treaty was signed by 12 states in Geneva."


def make_deck() -> Deck:
    return Deck.model_validate(
        {
            "deck": "treaty",
            "title": "The Geneva treaty",
            "sources": [{"id": "art", "file": "art.txt", "title": "An article"}],
            "people": [{"name": "Ana Diplomat"}, {"name": "Ben Envoy"}, {"name": "Cy Minister"}],
            "questions": [
                {"id": "where", "type": "choice", "prompt": "Where was it signed?", "quote": QUOTE,
                 "answer": "Geneva", "choices": ["Geneva", "Vienna", "Paris"], "tags": ["places"]},
                {"id": "signed", "type": "true_false", "statement": "The treaty was signed.", "quote": QUOTE,
                 "answer": True, "tags": ["facts"]},
                {"id": "how-many", "type": "number", "prompt": "How many states signed?", "quote": QUOTE,
                 "answer": 12, "tags": ["facts", "numbers"]},
                {"id": "which", "type": "multi", "prompt": "Which are cities?", "quote": QUOTE,
                 "answers": ["Geneva", "Vienna"], "choices": ["Geneva", "Vienna", "Alps"], "tags": ["places"]},
                {"id": "city", "type": "text", "prompt": "Name the city.", "quote": QUOTE, "answer": "Geneva"},
                {"id": "who", "type": "who_said", "quote": QUOTE, "answer": "Ana Diplomat"},
                {"id": "countries", "type": "match", "prompt": "Match each city to its country.", "quote": QUOTE,
                 "pairs": {"Geneva": "Switzerland", "Vienna": "Austria"}, "distractors": ["France"]},
            ],
        }
    )


RIGHT: dict[str, object] = {
    "where": "Geneva", "signed": True, "how-many": "12", "which": ["Geneva", "Vienna"],
    "city": "geneva", "who": "Ana Diplomat", "countries": {"Geneva": "Switzerland", "Vienna": "Austria"},
}
WRONG: dict[str, object] = {
    "where": "Paris", "signed": False, "how-many": "15", "which": ["Alps"], "city": "Vienna", "who": "Ben Envoy",
    "countries": {"Geneva": "Switzerland", "Vienna": "France"},  # half right
}
