"""Round 6 of issue 10, facts: no statement that loses its place, no direction swap that contradicts its own
clause, no editor's note or dateline as a claim, no garbled prompt, no fill-in the prompt gives away, no side
date or outlet as an answer.

The articles are invented for the tests.
"""

from __future__ import annotations

from pathlib import Path

from trainer.draft import claim as cl
from trainer.draft.build import analyse
from trainer.draft.text import parse_article

HEADER = " date 2025-10-16 A test article\n\n"


def _analysis(body: str, header: str = HEADER):
    return analyse(parse_article(Path("article.txt"), header + body))


def test_a_claim_keeps_an_opening_phrase_that_names_its_place_or_poll():
    names = _analysis("Ida Brun spoke in Port Lane on Monday.\n").names
    assert cl.restate("In Iowa, Ida Brun is up four points over Tomas Dorn among likely voters.", names) \
        .startswith("In Iowa, ")
    assert cl.restate("Among likely voters, Ida Brun is up four points over Tomas Dorn in the state.", names) \
        .startswith("Among likely voters, ")
    assert cl.restate("At a press conference on Friday, Ida Brun said the harbor plan would cost more.", names) \
        .startswith("Ida Brun said")
