"""Issue 10, after round 31: a quote whose first word is followed by a spaced ellipsis after its full stop
("Certainly. . . . The main reason …": four dots, one mark) was split after its third dot, so the quote opened
on the fourth (". The main reason …") and the prompt showed nothing but it ("Who said: “.”"). Invented article."""

from __future__ import annotations

from tests.unit.drafting import deck, who_said
from trainer.draft.questions import _without_ellipsis, with_ellipsis

ARTICLE = (
    "Valmora's council voted on Tuesday to close the old harbour, while the fishing union and the mayor answered "
    "the families' questions about the closure.\n\n"
    "Asked whether the union would go to court, Tomas Arkwright, the leader of the Valmora Fishing Union, said: "
    "\"Certainly. . . . The main reason the harbour fell into decline is that the council sold the eastern docks to "
    "the developers of the marina for a fraction of their worth. It's time for the fishing families to organize.\"\n\n"
    "Mayor Dana Velloway said: \"The harbour tax would have doubled for every family in Valmora, and the council "
    "will not pass that bill to them.\"\n\n"
    "Councillor Rena Holt said the council had not read the marina contract before the vote.\n")


def test_a_full_stop_and_a_spaced_ellipsis_are_one_mark():
    text = ("Certainly. . . . The main reason the harbour fell into decline is that the council sold the docks. "
            "It's time to organize.")
    assert _without_ellipsis(text) == ("The main reason the harbour fell into decline is that the council sold the "
                                       "docks. It's time to organize.")
    assert with_ellipsis(text).startswith("Certainly … The main reason")
    # the plain and the unspaced forms still read as before
    assert with_ellipsis("It happened so many times ... first to the fishermen, then to the dockers") == (
        "It happened so many times … first to the fishermen, then to the dockers")


def test_no_who_said_prompt_shows_a_bare_full_stop(tmp_path):
    questions = who_said(deck(tmp_path, ARTICLE, "Valmora council votes to close the old harbour"))
    arkwright = [q for q in questions if q["answer"] == "Tomas Arkwright"]
    assert arkwright, "the union leader's claim is asked"
    for q in questions:
        shown = q["prompt"].split("“", 1)[1]
        assert any(ch.isalpha() for ch in shown), q["prompt"]
        assert not q["quote"].startswith((".", "…")), q["quote"]
    assert "The main reason the harbour fell into decline" in arkwright[0]["prompt"]
