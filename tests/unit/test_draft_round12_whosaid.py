"""Round 12 who_said classes (issue 10): the reply in an exchange belongs to its writer, a quote with no claim,
figure, policy, name or contrast is a fragment, one who_said per speaker, a remark relayed inside someone's email
is not theirs, and the choices are people of the answer's kind. Invented text only."""

from __future__ import annotations

import drafting


def _speakers(body: str) -> dict[str, str]:
    """Each quote's first words -> the speaker the drafter found for it."""
    return {f.text.split()[0] + " " + f.text.split()[1]: f.speaker.name for f in drafting.analysis(body).quotes}


EXCHANGE = ("In one exchange between Mayor Ida Lund and her deputy Karl Olsen in April, Olsen forwards an email with "
            "the harbour's new plan.\n\n"
            "Lund responds to Olsen with, “Why now? That was on my way to Valmora?” Olsen then writes back, “You "
            "look busy.”\n")


def test_a_reply_in_an_exchange_belongs_to_its_writer():
    """Round 12: "Clinton responds to Mills with, “Why now? …?” Mills then writes back, “…”": the first quote was
    given to Mills, whose sentence after it introduces the next quote."""
    found = _speakers(EXCHANGE)
    assert found["Why now?"] == "Ida Lund"
    assert found["You look"] == "Karl Olsen"


def test_the_next_speaker_s_sentence_is_no_attribution_of_the_quote_before_it():
    """Round 12: 'Sen. Rand Paul said …, and called him “the leading proponent ….” Former governor Mike Huckabee
    called the program “worse than amnesty.”': Paul's words went to Huckabee."""
    body = ("Senator Pavel Roth said the plan would give money to the harbour's owners, and called it “the "
            "largest handout to shipowners in the history of the port.” Former governor Tomas Ek called the crane "
            "levy “worse than a strike.”\n")
    found = _speakers(body)
    assert found["the largest"] == "Pavel Roth"
    assert found.get("worse than", "Tomas Ek") == "Tomas Ek"


def test_a_quote_attributed_after_it_keeps_its_speaker():
    """What the rule leaves alone: '“…,” Olsen said. “…”' and '“… ?” Olsen asked.' are attributions after the
    quote, and a quote ending its sentence before a plain attribution keeps it."""
    body = ("Mayor Ida Lund opened the harbour on Monday.\n\n"
            "“The cranes will be back by May,” Karl Olsen said. “The strike cost the port ten million crowns.”\n\n"
            "“Who pays for the levy?” Olsen asked. Lund did not answer.\n")
    found = _speakers(body)
    assert found["The cranes"] == "Karl Olsen" and found["The strike"] == "Karl Olsen"
    assert found["Who pays"] == "Karl Olsen"
