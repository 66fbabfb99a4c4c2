"""Issue 10, round 26: refusals audited against every judged question since round 1, and the ones the judges
mostly kept narrowed (invented article text only)."""

from __future__ import annotations

import drafting

#: One person quoted, twice, with three other people of the story named (the choices).
ONE_VOICE = (
    "Senator Lina Vidal toured the harbour of Valmora on Monday with Governor Pavel Kerr, Mayor Rosa Ferrante and "
    "Senator Ivo Renner, her rivals in the race.\n\n"
    "“The Kerr budget cuts eleven thousand teachers to pay for cranes that replace forty dockers each,” Vidal said "
    "at a rally in the harbour district.\n\n"
    "The port debt doubled between 2019 and 2024, according to the treasury's figures, and the assembly votes on "
    "the budget in May.\n\n"
    "“We will audit every crane contract signed since 2019 and publish the results before the vote,” Vidal said.\n")


def test_one_person_quoted_is_asked_once_on_their_best_quote(tmp_path):
    """Round 6 asked no who_said where one person is quoted; the judges kept 8 of the 18 quotes that refused
    (deleting 7: a second quote of the speaker, or a fragment). One, the speaker's best, is asked; never two."""
    asked = drafting.who_said(drafting.deck(tmp_path, ONE_VOICE))
    assert len(asked) == 1, asked
    assert asked[0]["answer"] == "Lina Vidal"
    assert "eleven thousand teachers" in asked[0]["prompt"]
