"""Issue 10, round 15 (facts): the article's main claim stated from its headline where the headline is a declarative
clause the article bears out (all 60 judged lead true/false copies were "copied word for word; restate", a quarter
"misses the headline's point"); the lead copy only where no headline qualifies. Invented articles only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.drafting import HARBOUR, analysis, deck
from trainer.draft.claim import capitalised_in, headline_claim, sentence_case, stems
from trainer.draft.names import find_names
from trainer.draft.text import Body


def _claim(body: str, title: str):
    found = analysis(body, f" date 2025-10-16 {title}\n\n")
    return headline_claim(title, found.body, found.names, found.lead[0])


def _main_claim(drafted: dict) -> dict:
    claims = [q for q in drafted["questions"] if "main claim" in (q.get("explain") or "")]
    assert len(claims) == 1, drafted["questions"]
    return claims[0]


def test_the_claim_is_stated_from_a_declarative_headline_proved_by_a_body_sentence(tmp_path: Path):
    drafted = deck(tmp_path, HARBOUR, "Valmora Council Votes To Close Old Harbour")
    asked = _main_claim(drafted)
    assert asked["type"] == "true_false"
    assert asked["statement"] == "Valmora council votes to close old harbour."  # sentence case, not the lead copied
    assert asked["quote"].startswith("Valmora's council voted on Tuesday to close the old harbour")
    assert "as its headline states it" in asked["explain"]


def test_a_headline_that_is_no_claim_leaves_the_lead_claim():
    for title in ("Why Valmora Closed Its Harbour", "Will Valmora close its harbour?", "These Fishermen Are Furious…",
                  "The harbour of Valmora", "You Won't Believe What Valmora Did", "On the harbour, a split of words"):
        assert _claim(HARBOUR, title) is None, title
    found = analysis(HARBOUR, " date 2025-10-16 Why Valmora Closed Its Harbour\n\n")
    claims = [c for c in found.candidates if c.key[0] == "lead"]
    assert claims and all(c.key[-1] != "headline" for c in claims)  # the lead's claim is still asked


def test_a_headline_the_article_does_not_bear_out_is_not_asked():
    assert _claim(HARBOUR, "Valmora bakers launch bread festival downtown") is None


def test_people_go_by_full_name_and_words_keep_the_article_capitals():
    found = _claim(HARBOUR, "Velloway Says Harbour Costs Too Much To Repair")
    assert found is not None
    assert found[0] == "Dana Velloway says harbour costs too much to repair."
    proper = capitalised_in("He met the Fishing Union and the pope. Later the union met Pope Leo in Rome, and the union left.")
    assert "Rome" in proper and "Union" not in proper
    assert sentence_case("Union Meets Pope Leo In Rome", proper | {"Leo"}, "met Pope Leo in Rome") \
        == "Union meets Pope Leo in Rome"


def test_a_pronoun_in_the_headline_needs_its_person_first():
    assert _claim(HARBOUR, "He Says Harbour Costs Too Much To Repair") is None
    assert _claim(HARBOUR, "His Union Will Fight The Closure In Court") is None
    found = _claim(HARBOUR, "Arkwright says his union will fight the closure in court")
    assert found is not None and found[0].startswith("Tomas Arkwright says his union")


def test_an_outlets_headline_is_what_the_outlet_says_and_a_speakers_is_not_asked():
    body = ("The Valmora Daily News argued on Monday that the harbour closure threatens the fishing families of "
            "Valmora.\n\nThe newspaper called on the council to reverse its vote.\n")
    found = _claim(body, "Valmora Daily News: Harbour Closure Threatens Fishing Families")
    assert found is not None and found[0] == "Valmora Daily News says harbour closure threatens fishing families."
    assert _claim(HARBOUR, "Union Leader Tomas Arkwright: Stop The Closure, Save The Docks") is None


def test_a_headline_comma_joins_two_subjects_and_a_passive_gets_its_verb():
    body = ("Mayor Dana Velloway met union leader Tomas Arkwright on Monday, and the two agreed that the harbour must "
            "be rebuilt.\n\nThe council was accused by auditors of hiding repair costs from the public.\n")
    found = _claim(body, "Velloway, Arkwright agree harbour must be rebuilt")
    assert found is not None and found[0] == "Dana Velloway and Tomas Arkwright agree harbour must be rebuilt."
    found = _claim(body, "Council Accused Of Hiding Repair Costs")
    assert found is not None and found[0] == "Council was accused of hiding repair costs."


def test_a_false_form_only_swaps_the_two_things_the_headline_contrasts():
    body = ("Valmora sets strict rules for the harbour protest while Dunmere gives rallies more leeway, officials "
            "in both towns said on Monday.\n\nValmora will fence the docks. Dunmere plans to let marchers use the "
            "square.\n")
    found = _claim(body, "Valmora sets strict rules as Dunmere gives rallies more leeway")
    assert found is not None
    claim, false, _ = found
    assert false == "Dunmere sets strict rules as Valmora gives rallies more leeway."
    assert " not " not in false
    found = _claim(HARBOUR, "Valmora Council Votes To Close Old Harbour")
    assert found is not None and found[1] is None  # nothing contrasted: asked true, never with a "not"


def test_an_article_that_drafts_nothing_else_still_gets_its_headline_claim(tmp_path: Path):
    body = ("It was a quiet morning on the docks of Valmora when the news came.\n\n"
            "The council voted to close the old harbour after years of debate over the cost of repairs.\n")
    drafted = deck(tmp_path, body, "Valmora Council Votes To Close Old Harbour")
    assert [q["statement"] for q in drafted["questions"] if q["type"] == "true_false"] \
        == ["Valmora council votes to close old harbour."]


def test_stems_share_a_tense_and_a_number():
    assert stems("Trump calls for surveillance of communities") & stems("Trump called for surveillance of the community") \
        == {"trump", "call", "surve", "commu"}
    assert "#GOP" in stems("Trump fires up G.O.P. base") & stems("the GOP base")


def test_headline_reading_is_bounded_by_the_window():
    body = Body("Filler sentence number one here. " * 3000 + "\n\nValmora council votes to close old harbour.\n")
    names = find_names(body)
    assert headline_claim("Valmora Council Votes To Close Old Harbour", body, names, 0) is None


# --- explanations: only the claim itself is "the article's main claim" -----------------------------------------------

def test_a_figure_standing_in_for_the_claim_is_not_called_the_main_claim():
    import dataclasses

    from trainer.draft.build import explanation, stood_in

    body = ("Valmora's harbour board met on Monday to weigh the repairs to the old docks.\n\n"
            "The board voted to spend $40 million on the docks, the largest sum in its history.\n")
    found = analysis(body, " date 2025-10-16 Valmora board votes $40 million for harbour docks\n\n")
    figure = next(c for c in found.candidates if c.fields["type"] == "number")
    stand_in = dataclasses.replace(figure, key=("lead", *figure.key))  # as build.with_a_stand_in_claim keys it
    assert stood_in(stand_in) and not stood_in(figure)
    assert "main claim" not in (explanation(found, stand_in) or "")
    claim = next(c for c in found.candidates if c.key[0] == "lead")
    assert not stood_in(claim) and "main claim" in explanation(found, claim)


# --- trivial side figures -------------------------------------------------------------------------------------------

SIDE = ("Lena Marsh won the Valmora mayoral race on Tuesday, beating Oskar Brann with 58% of the vote.\n\n"
        "Marsh thanked the dockers' union, which spent $2 million on her campaign.\n\n"
        "The March survey found Marsh leading Brann by 9 points among likely voters in the harbour district.\n\n"
        "The harbour's cafes have struggled, due to the thin profit margins (around 3%) of the trade.\n\n"
        "In 2012, Marsh lost the council race with 41% of the vote.\n\n"
        "Turnout rose to 64% in the port wards, where Marsh campaigned for months.\n")


def _side_reasons(body: str, title: str) -> dict[float, str | None]:
    from trainer.draft.build import lead_end, side_detail

    found = analysis(body, f" date 2025-10-16 {title}\n\n")
    lead = lead_end(found.body, found.article.title)
    return {float(c.fields["answer"]): side_detail(found, c, lead) for c in found.candidates
            if c.fields["type"] == "number"}


def test_side_figures_an_aside_an_old_result_and_an_earlier_poll_beside_the_result_are_not_asked():
    reasons = _side_reasons(SIDE, "Marsh wins Valmora mayoral race")
    assert reasons.get(3.0) == "aside"  # "(around 3%)"
    assert reasons.get(41.0) == "background"  # "In 2012, Marsh lost ..."
    assert reasons.get(9.0) == "an earlier poll"  # the March survey beside the result the headline reports
    assert 64.0 in reasons and reasons[64.0] is None  # turnout in the race itself may be the point


def test_a_poll_is_the_point_when_the_story_is_about_polls():
    body = SIDE.replace("won the Valmora mayoral race on Tuesday, beating Oskar Brann with 58% of the vote",
                        "leads Oskar Brann in every poll taken since March, a new survey shows")
    reasons = _side_reasons(body, "Marsh leads Valmora race in new poll")
    assert 9.0 in reasons and reasons[9.0] is None


def test_another_ones_figure_is_a_side_instance_in_any_form():
    from trainer.draft.build import side_detail
    from trainer.draft.statements import Statement

    found = analysis(SIDE, " date 2025-10-16 Marsh wins Valmora mayoral race\n\n")
    later = found.body.text.index("Turnout")
    statement = Statement("figure", 0.8, later, ("claim", "x"), {
        "type": "true_false", "statement": "Two other unions on the docks gave the campaign a total of 40 votes.",
        "answer": True, "quote": "x"})
    assert side_detail(found, statement, 10) == "another one"


# --- headline forms: an elided "will" or "is", a label before a colon, a name addressed, a phrase before the subject --

def test_a_headlines_to_is_will_and_its_ing_verb_gets_is():
    found = _claim(HARBOUR, "Valmora Council To Close Old Harbour")
    assert found is not None and found[0] == "Valmora council will close old harbour."
    body = HARBOUR.replace("The Valmora Fishing Union said it would fight", "The fishing families are turning their "
                           "backs on the council. The Valmora Fishing Union said it would fight")
    found = _claim(body, "Fishing families turning their backs on Valmora council")
    assert found is not None and found[0] == "Fishing families are turning their backs on Valmora council."


def test_a_label_or_a_speaker_before_a_colon():
    body = ("A new survey of Valmora voters shows Lena Marsh and Oskar Brann hold narrow leads in their races.\n\n"
            "Lena Marsh said she was pleased. Oskar Brann said the race was close. Marsh and Brann will debate.\n\n"
            "Tomas Arkwright said the harbour board acted as judge and jury on the docks.\n")
    found = _claim(body, "Poll: Marsh and Brann hold narrow leads in Valmora")
    assert found is not None and found[0] == "A poll shows Lena Marsh and Oskar Brann hold narrow leads in Valmora."
    found = _claim(body, "Arkwright: Harbour board acted as judge and jury on docks")
    assert found is not None and found[0] == "Tomas Arkwright says harbour board acted as judge and jury on docks."
    assert _claim(body, "Arkwright: 'Save The Docks Now'") is None  # his words: who_said asks them


def test_a_name_addressed_at_the_end_is_dropped_and_a_phrase_before_the_subject_goes():
    body = ("Dana Velloway claimed that Valmora's harbour is the most dangerous port in the region. It is not: the "
            "harbour is among the safest ports in the region, records show.\n\n"
            "Ready to back the union, Tomas Arkwright works to unite the fishing families. Arkwright said the families "
            "would stay.\n")
    found = _claim(body, "Valmora's Harbour Is Among The Safest Ports In The Region, Dana Velloway")
    assert found is not None and found[0] == "Valmora's harbour is among the safest ports in the region."
    found = _claim(body, "Ready to back union, Arkwright works to unite fishing families")
    assert found is not None and found[0] == "Tomas Arkwright works to unite fishing families."


def test_a_headline_in_sentence_case_keeps_its_capitals_and_a_noun_phrase_is_no_claim():
    found = _claim(HARBOUR, "Valmora council votes to close old harbour, angering Fishing Union")
    assert found is not None and "Fishing Union" in found[0]
    assert _claim(HARBOUR, "The Human Face of the Valmora Harbour") is None


def test_a_headline_surname_two_people_share_is_left_as_written():
    """held25 (after round 20): "Clinton Hints At Husband's Job" was stated "Bill Clinton hints at husband's job.",
    marked true, where Hillary Clinton hints (both judges: wrong). The headline does not say which Velloway."""
    body = ("Dana Velloway hinted on Tuesday that her husband would run the harbour board if she became mayor.\n\n"
            "Piet Velloway, a former harbour master, said he would be glad to serve. Dana Velloway said the board "
            "needed an expert on the docks.\n\n" + HARBOUR.split("\n\n", 1)[1])
    found = _claim(body, "Velloway Hints At Husband's Job")
    assert found is not None and found[0] == "Velloway hints at husband's job."
