"""Round 7 of issue 10, facts: no garbled name offered, no comparative turned where the article does not
state the comparison outright, ...

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


def test_a_garbled_name_is_never_a_person_to_offer():
    body = (
        "Mayor Ida Brun spoke in Port Lane on Monday about the new harbor bridge and its cost.\n\n"
        "Councilman Tomas de JesA said the bridge would cost the towns far more than the board said.\n\n"
        "Councilman Karl Vent\ufffds said the towns should wait for the spring vote on the bridge.\n\n"
        "Robert Lane, a harbor pilot, said the bridge was long overdue for the towns.\n"
    )
    people = [p.name for p in _analysis(body).names.people]
    assert "Ida Brun" in people and "Robert Lane" in people
    assert not any(name.endswith("JesA") or "Vent" in name for name in people)


def test_a_comparative_is_turned_only_where_the_sentence_states_the_comparison():
    assert cl.direction_swap("Most voters said the economy was better off under John Hale in the poll.") is None
    assert cl.direction_swap("Ida Brun said the harbor towns would be worse off after the new tolls.") is None
    swapped = cl.direction_swap("Ida Brun said the harbor towns were better off than they were in the spring.")
    assert swapped is not None and " worse off than " in swapped[0]
    assert cl.direction_swap("John Hale polled higher than Robert Lane among likely voters in the towns.") is not None
    swapped = cl.direction_swap("The long campaign makes the harbor race an even better test of the candidates.")
    assert swapped is not None and " even worse test " in swapped[0]
