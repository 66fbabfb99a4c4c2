"""Issue 10, round 9 (facts): the lead's claim in every deck, explanations about the question's own fact, the
point of a split, background figures, people named rather than described, prompts without dangling words.
Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck
from trainer.draft.statements import claim_text


def _claims(drafted: dict) -> list[dict]:
    return [q for q in drafted["questions"] if "main claim" in q.get("explain", "")
            or "main argument" in q.get("explain", "")]


# --- 1. every deck asks the lead's claim ---------------------------------------------------------------------

SCENE_LEAD = (
    "It was less than four years ago that Tomas Brel, who is weighing a run for governor, said it was \"unthinkable\" "
    "for him or any outsider to win the Valmora governorship.\n\n"
    "A new statewide survey suggests that the former port commissioner may have been right the first time and that "
    "his bid could reshape the race.\n\n"
    "A Harbour Times/Lakeside College poll found that in a hypothetical race with Ilse Vardan as the Unity nominee "
    "and Marek Osten leading the Labour ticket, Vardan was chosen by 38% of likely voters, Osten by 29% and Brel "
    "by 15%.\n\n"
    "Without Brel in the race, Vardan and Osten were level at 45% to 44%, within the survey's margin of error.\n\n"
    "\"I have never seen a field this unsettled,\" said Ada Korvin, a professor of politics at Lakeside College who "
    "studies third-party bids.\n\n"
    "Brel has spent $80 million of his own money on past races, and he says he will decide by March.\n"
)


def test_a_lead_that_sets_a_scene_still_gives_the_deck_its_claim(tmp_path):
    drafted = deck(tmp_path, SCENE_LEAD, "Bleak outlook for a Brel run; chances of former commissioner are small, poll says")
    claims = _claims(drafted)
    assert len(claims) == 1
    claim = claims[0]
    assert "38%" in claim["quote"]  # the poll the headline is about, not the old quote of the scene


def test_a_finding_loses_its_long_opening_phrase_not_its_verb():
    sentence = ("A Harbour Times/Lakeside College poll found that in a hypothetical race with Ilse Vardan as the Unity "
                "nominee and Marek Osten leading the Labour ticket, Vardan was chosen by 38% of likely voters, Osten "
                "by 29% and Brel by 15%.")
    assert claim_text(sentence) == ("A Harbour Times/Lakeside College poll found that Vardan was chosen by 38% of "
                                    "likely voters, Osten by 29% and Brel by 15%.")
    # an opening phrase that names the poll's voters or a place stays: the figure holds there only
    kept = ("The Harbour Times poll of the region found that among likely voters in the northern districts who said "
            "they had already decided, Vardan was chosen by 38% of them and Osten by 29% of them in the end.")
    assert "among likely voters" in claim_text(kept)


def test_a_long_lead_loses_the_description_beside_its_subject_and_its_closing_rating():
    sentence = ("The Orlan family, a dynasty that ran the Valmora Unity Party for decades, clashed on Monday with the "
                "loud new face of the party, Ilse Vardan, in one of the most bitter collisions of the primary so far.")
    assert claim_text(sentence) == ("The Orlan family clashed on Monday with the loud new face of the party, "
                                    "Ilse Vardan.")


BODY_ONLY_CLAIM = (
    "It was a cold night when he first said it.\n\n"
    "Shipping through the port of Dunmore fell by 14% last year, the harbour board said.\n\n"
    "Closing the Dunmore coal plant will cut the town's carbon output by 35%, the Dunmore council said on Tuesday.\n\n"
    "The plant's owner, Orlan Energy, said it would appeal.\n\n"
    "Orlan said the plant employs 400 people.\n\n"
    "Closing the Varne coal plant in 2019 cut that town's carbon output by 22%, the Varne council said.\n"
)


def test_the_stand_in_claim_is_the_fact_near_the_lead_that_says_what_the_headline_says():
    from trainer.draft.build import is_main_claim, with_a_stand_in_claim

    found = analysis(BODY_ONLY_CLAIM, " date 2025-10-16 Dunmore council pays to close its coal plant\n\n")
    figures = [c for c in found.candidates if c.fields["type"] == "number"]
    assert len(figures) >= 2
    kept = with_a_stand_in_claim(found, figures, 0.6, set())
    claims = [c for c in kept if is_main_claim(c)]
    assert len(claims) == 1 and "Dunmore council" in claims[0].fields["quote"]
    assert len(kept) == len(figures)  # the figure is asked once, as the claim
    far = [c for c in figures if "Varne" in c.fields["quote"]]  # beyond the window: never the claim
    assert far
    assert not any(is_main_claim(c) and "Varne" in c.fields["quote"]
                   for c in with_a_stand_in_claim(found, far, 0.6, set()))
