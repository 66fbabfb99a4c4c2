"""Issue 10, round 13 (facts): the lead's claim asked as a specific from the paragraph after the lead when the lead's
own sentence could only be copied as true; never by a cut that drops the headline's point, never by someone's remark.
Invented articles only."""

from __future__ import annotations

import pytest

from tests.unit.drafting import analysis
from trainer.draft import statements
from trainer.draft.build import is_main_claim, select_candidates
from trainer.draft.statements import Statement

TITLE = "Valmora harbour budget doubles to rebuild docks"
# the lead's sentence has no figure, no person first and nothing to swap: alone it could only be copied as true
LEAD = "Valmora's port authority approved a new plan for the old port on Monday after a long debate.\n\n"
REST = ("Engineers said the sea wall was older than the city itself.\n\n"
        "Critics called the plan expensive. The work starts in May.\n")


def _claim(body: str, title: str = TITLE):
    found = analysis(body, f" date 2025-10-16 {title}\n\n")
    claims = [c for c in found.candidates if isinstance(c, Statement) and c.key[0] == "lead"]
    assert len(claims) == 1
    return found, claims[0]


def test_a_copy_only_lead_is_asked_by_the_headlines_figure_in_the_next_paragraph():
    body = LEAD + "The harbour budget of the port now stands at $40 billion, twice last year's total.\n\n" + REST
    found, claim = _claim(body)
    assert claim.fields["type"] == "number" and claim.fields["answer"] == 40e9
    assert claim.fields["prompt"] == "Fill in the amount (US dollars): The harbour budget of the port now stands at $___."
    assert [c.fields["type"] for c in select_candidates(found) if is_main_claim(c)] == ["number"]


def test_the_specific_is_what_replaces_the_copy(monkeypatch: pytest.MonkeyPatch):
    # with the window's headline bar out of reach, the lead is the copy it was before round 13
    monkeypatch.setattr(statements, "SPECIFIC_HEADLINE_WORDS", 99)
    body = LEAD + "The harbour budget of the port now stands at $40 billion, twice last year's total.\n\n" + REST
    _, claim = _claim(body)
    assert claim.fields["type"] == "true_false" and claim.false_fields is None


def test_without_a_specific_near_the_lead_the_copy_stays_so_the_claim_is_still_asked():
    _, claim = _claim(LEAD + "The port has been busy since the war, and its cranes are old.\n\n" + REST)
    assert claim.fields["type"] == "true_false" and claim.false_fields is None


def test_a_sentence_two_paragraphs_on_is_out_of_the_window():
    body = LEAD + "The port has been busy for years.\n\n" + (
        "The harbour budget of the port now stands at $40 billion, twice last year's total.\n\n") + REST
    _, claim = _claim(body)
    assert claim.fields["type"] == "true_false"


def test_a_specific_whose_cut_drops_the_headlines_point_is_not_asked():
    # "because the docks crumble" is the headline's point; a number prompt that stops before it asks something else
    title = "Valmora harbour budget rises as docks crumble"
    body = LEAD + ("The harbour budget of the port now stands at $40 billion, a huge sum for a small city, "
                   "because the docks crumble.\n\n") + REST
    _, claim = _claim(body, title)
    shown = claim.fields.get("prompt") or claim.fields.get("statement")
    assert claim.fields["type"] == "true_false" or "crumble" in shown


def test_a_remark_near_the_lead_is_no_specific_for_the_claim():
    title = "Valmora harbour heat lingers over the docks"
    body = ("The harbour workers of Valmora marched along the old port this spring in stifling heat.\n\n"
            "Lena Marsh said the harbour heat over the docks could last through the week.\n\n" + REST)
    _, claim = _claim(body, title)
    assert not str(claim.fields.get("prompt", "")).startswith("Who said")


# --- 2. figures: the current figure, a finished comparison, a named place, the qualifier kept, no past result ------

from trainer.draft.build import fill_in_fault, without_a_dangling_comparison  # noqa: E402
from trainer.draft.questions import Candidate  # noqa: E402


def _fill_in(prompt: str, quote: str = "", kind: str = "number") -> Candidate:
    return Candidate("figure", 0.9, 0, ("figure", prompt),
                     {"type": kind, "prompt": prompt, "answer": 33, "quote": quote or prompt.replace("___", "33")})


def test_the_baseline_of_a_comparison_is_not_blanked_the_current_figure_is():
    assert fill_in_fault(_fill_in("Fill in the percentage: Just 28 percent of voters had a positive view of Lena "
                                  "Marsh, compared with ___ last month.")) == "baseline"
    assert fill_in_fault(_fill_in("Fill in the percentage: Marsh's approval fell to 28 percent, down from ___ a "
                                  "year ago.")) == "baseline"
    # the current figure blanked beside its baseline is the question to ask
    assert fill_in_fault(_fill_in("Fill in the percentage: Just ___ of voters had a positive view of Lena Marsh, "
                                  "compared with 33 percent last month.")) is None


def test_a_comparison_left_hanging_at_the_prompts_end_is_cut_off():
    asked = without_a_dangling_comparison(_fill_in(
        "Fill in the percentage: Voters view Lena Marsh as more prepared - with ___ saying she is prepared, "
        "compared with the 30 percent"))
    assert asked.fields["prompt"] == ("Fill in the percentage: Voters view Lena Marsh as more prepared - with ___ "
                                      "saying she is prepared.")
    finished = "Fill in the percentage: ___ say Marsh is prepared, compared with 30 percent who say the same of Brann."
    assert without_a_dangling_comparison(_fill_in(finished)).fields["prompt"] == finished


def test_a_place_the_prompt_points_back_to_is_not_asked():
    assert fill_in_fault(_fill_in("Fill in the percentage: Robert Brann lost that district ___-31% in the "
                                  "Valmora primary.")) == "that place"
    assert fill_in_fault(_fill_in("Fill in the percentage: Robert Brann lost the Harbour district ___-31% in the "
                                  "Valmora primary.")) is None


def test_a_qualifier_that_makes_the_fact_true_stays_or_the_question_goes():
    quote = "By 2030, the deficit would surpass $1 trillion for the first time since the war."
    cut = _fill_in("Fill in the year: By ___, the deficit would surpass $1 trillion for the first time.", quote, "date")
    assert fill_in_fault(cut) == "qualifier cut"
    whole = _fill_in("Fill in the year: By ___, the deficit would surpass $1 trillion for the first time since the "
                     "war.", quote, "date")
    assert fill_in_fault(whole) is None


def test_a_past_contests_result_is_background():
    past = _fill_in("Fill in the percentage: In 2008, Lena Marsh swept Valmora with ___ of the primary vote.")
    assert fill_in_fault(past, 2016) == "past result"
    assert fill_in_fault(past, 2009) is None  # last year's contest is still the story's
    assert fill_in_fault(_fill_in("Fill in the percentage: ___ of voters of the harbour cast ballots for Lena Marsh "
                                  "in 2012."), 2016) is None  # a share the story turns on, not a margin of a past win


# --- 3. the headline's claim stated under an abstract and a label is found; a "Who will ...?" claim is kept ---------

HIRES = ("ABSTRACT.\n\n"
         "Robert Brann will keep his title of port chairman, but the changes were seen by some as a demotion for him."
         "\n\nFULL TEXT.\n\n"
         "Lena Marsh has shaken up her harbour campaign for the second time in two months, after a bad week.\n\n"
         "Daniel Veld, the head of the Valmora Shipping Guild, will become the harbour campaign's chief executive, "
         "and Anna Lind will become its manager.\n\n"
         "Robert Brann, the port chairman, will keep his title. Marsh thanked Brann and Veld and Lind.\n\n"
         "Petra Holm, Marsh's rival, said the campaign was in trouble. Holm leads Marsh in the polls.\n")


def test_the_headlines_claim_under_an_abstract_and_a_label_is_asked_as_who_did_it():
    found, claim = _claim(HIRES, "Marsh hires shipping guild head as harbour campaign's chief executive")
    assert claim.fields["type"] == "choice" and claim.fields["answer"] == "Daniel Veld"
    assert claim.fields["prompt"] == "Who will become the harbour campaign's chief executive?"
    assert [c.fields["answer"] for c in select_candidates(found) if is_main_claim(c)] == ["Daniel Veld"]


def test_a_who_question_is_not_taken_for_a_statement_that_is_none():
    from trainer.draft.build import _who_question

    found, claim = _claim(HIRES, "Marsh hires shipping guild head as harbour campaign's chief executive")
    from trainer.draft.statements import unnamed_subject

    assert _who_question(claim)
    assert unnamed_subject(claim.fields["prompt"])  # read as a statement, "Who will ..." is no statement at all
    assert claim in found.candidates  # the filter of questions drafted as statements let it through


# --- 4. a cut never drops the headline's point ----------------------------------------------------------------------

def test_a_claims_cut_keeps_the_headlines_person_at_its_end():
    title = "Marsh still faces a spoiler in Harbour Party's Petra Holm"
    body = ("With rival Robert Brann beaten, Lena Marsh faces new competition as she tries to win over the most "
            "loyal backers of the old port campaign: Harbour Party candidate Petra Holm.\n\n"
            "Holm spoke to dock workers on Monday. Marsh did not answer her.\n\n"
            "Brann said he would stay home. Holm said the port needs her.\n")
    _, claim = _claim(body, title)
    shown = claim.fields.get("statement") or claim.fields.get("prompt")
    assert "Petra Holm" in shown or claim.fields.get("answer") == "Petra Holm"


def test_restate_cuts_as_before_when_the_tail_holds_none_of_the_headlines_words():
    from trainer.draft.claim import restate

    names = analysis("Lena Marsh spoke.\n").names
    sentence = ("Lena Marsh faces new competition as she tries to win over the most loyal backers of the old port "
                "campaign: a candidate from the hills.")
    assert restate(sentence, names, frozenset({"competition"})) == restate(sentence, names)
    assert "hills" not in restate(sentence, names)
    assert "hills" in restate(sentence, names, frozenset({"hill"}))


# --- 5. an explanation calls the claim "the article's main claim" only when it says what the headline says ----------

def test_only_a_claim_that_says_the_headlines_words_is_called_the_main_claim():
    from trainer.draft.build import explanation

    found, claim = _claim(HIRES, "Marsh hires shipping guild head as harbour campaign's chief executive")
    assert "The article's main claim" in explanation(found, claim)
    found, claim = _claim(HIRES, "Valmora votes on a new sea wall for the docks")
    assert "main claim" not in (explanation(found, claim) or "")


def test_a_name_blanked_in_a_side_phrase_near_the_lead_is_no_specific_for_the_claim(monkeypatch: pytest.MonkeyPatch):
    # held news: "... gaining no ground from ___'s historic unpopularity" (the answer guessed from the phrase)
    body = LEAD + "The harbour budget of the port now stands at $40 billion, twice last year's total.\n\n" + REST
    real = statements._lead_claim

    def blanked(body_, names, order, *args, **kwargs):
        found = real(body_, names, order, *args, **kwargs)
        if found and found[0].fields["type"] == "number":
            fields = {"type": "choice", "prompt": "Fill in the name: The harbour budget of ___'s port now stands at "
                      "$40 billion.", "answer": "Lena Marsh", "choices": ["Lena Marsh", "Robert Brann"],
                      "quote": found[0].fields["quote"]}
            return [Statement("name", 0.7, found[0].position, found[0].key, fields, None, found[0].reveals)]
        return found

    monkeypatch.setattr(statements, "_lead_claim", blanked)
    _, claim = _claim(body)
    assert claim.fields["type"] == "true_false"  # the copy stays: the claim is still asked
