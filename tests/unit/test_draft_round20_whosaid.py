"""Round 20 of issue 10's who_said rules (held23/held24 judged: a quote credited to the next paragraph's speaker,
fragments were 13 deletes, non-people offered as speakers). Invented article text only."""

from __future__ import annotations

import drafting

HEADER = " date 2025-10-16 {}\n\n"
TITLE = "Valmora harbour levy splits the council"


def _found(body: str, title: str = TITLE) -> dict[str, str]:
    """Each who_said candidate's quote and the speaker it is credited to (before the deck's selection)."""
    return {c.fields["quote"]: c.fields["answer"] for c in drafting.analysis(body, HEADER.format(title)).candidates
            if c.fields.get("type") == "who_said"}


def test_a_quote_continuing_after_its_attribution_keeps_that_speaker_when_paragraphs_are_single_lines():
    """held23: '“That is a problem …,” said Rep. Jim Clyburn (D-S.C.), a member of House Democratic leadership.
    “I would love to see Mr. Sanders endorse …” \\nRep. Steve Israel (D-N.Y) said …' (paragraphs one line each):
    the second quote was credited to Israel, whose line follows it, and Clyburn was not even a choice."""
    body = (
        "Council members met with the mayor, Ellen Farr, on Wednesday to plan the levy vote. \n"
        "“The levy will cost every dock worker about 300 crowns a year,” said Rep. Tomas Brenner (D-Ore.), "
        "a member of the council's leadership. “I would love to see the Port Authority drop the levy, and I think "
        "it will.” \n"
        "Rep. Maria Kessler (D-N.Y) said the mayor called on members to be “closely coordinated.” "
        "She added that the vote “is going to be about the southern quays.”\n"
        "“We measured the silt at the north pier and it has doubled since 2019,” said Paul Berg, the harbour "
        "engineer.\n")
    found = _found(body)
    love = next(q for q in found if q.startswith("I would love"))
    assert found[love] == "Tomas Brenner"
