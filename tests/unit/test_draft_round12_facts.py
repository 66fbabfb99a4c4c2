"""Issue 10, round 12 (facts): the lead's claim asked as a specific rather than its sentence copied as true, false forms
only from a plausible wrong figure or an actor swap, one statement beyond the claim, no side years or example lists,
prompts that end where their fact does, and no quoted letter credited to "the author". Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck
from trainer.draft.build import (a_specific_over_a_copy, is_main_claim, list_of_examples,
                                 one_statement_beyond_the_claim, own_voice, select_candidates, tidy_prompt)
from trainer.draft.questions import Candidate
from trainer.draft.statements import Statement, actor_swap, thesis_statements


def _header(title: str) -> str:
    return f" date 2025-10-16 {title}\n\n"


def _lead(found) -> list:
    return [c for c in found.candidates if isinstance(c, Statement) and c.key[0] == "lead"]


# --- 1. the lead's figure is asked as a number, with a short prompt -------------------------------------------------

PLAN = ("At an event billed as “Ports for Valmora,” Lena Marsh unveiled a $40 billion harbour plan to fix docks, "
        "cranes, rail links and the old sea wall.\n\n"
        "Marsh spoke for an hour in the rain. Oskar Brann, her rival, called the plan a fantasy.\n\n"
        "“We cannot wait for the next storm,” Marsh said.\n\n"
        "Brann said the harbour needs repairs, not a grand plan.\n")


def test_the_leads_figure_is_asked_as_a_number_not_the_sentence_copied_as_true():
    found = analysis(PLAN, _header("Marsh's harbour politics"))
    claim, = _lead(found)
    assert claim.fields["type"] == "number" and claim.fields["answer"] == 40e9
    # the scene ("At an event billed as ...") and the list the restatement would cut off ("to fix docks, ...") go
    assert claim.fields["prompt"] == "Fill in the amount (US dollars): Lena Marsh unveiled a $___ harbour plan."
    kept = select_candidates(found)
    assert [c.fields["type"] for c in kept if is_main_claim(c)] == ["number"]


def test_the_leads_number_reaches_the_deck_in_the_articles_unit(tmp_path):
    drafted = deck(tmp_path, PLAN, title="Marsh's harbour politics")
    number, = [q for q in drafted["questions"] if q["type"] == "number"]
    assert number["answer"] == 40 and number["unit"] == "billion US dollars"
    assert "main claim" in number["explain"]


def test_a_span_of_time_in_the_lead_is_no_figure_to_ask():
    body = ("Three weeks ahead of the Valmora vote, Lena Marsh and Oskar Brann are holding on to narrow leads among "
            "likely voters in their districts.\n\nMarsh said the race was close. Brann agreed.\n")
    assert not [c for c in _lead(analysis(body, _header("Marsh and Brann hold leads"))) if c.fields["type"] == "number"]


# --- 2. false forms: no word flipped, no place swapped; an actor swap only between two of one kind ------------------

def test_no_lead_is_made_false_by_a_flipped_word_or_a_swapped_place():
    body = ("Lena Marsh won the Valmora election in Norway on Sunday, ending a decade of rule by the Harbour Party.\n\n"
            "Marsh campaigned on the port in Sweden and Denmark for two years. Oskar Brann conceded on Monday.\n\n"
            "Brann said he would stay in politics.\n")
    claim, = _lead(analysis(body, _header("Marsh wins in Valmora")))
    assert claim.fields["type"] == "true_false"
    # round 21: a short claim's word with one clear opposite is turned (the judges keep such clean false variants);
    # a place is never swapped in
    assert claim.false_fields is None or claim.false_fields["statement"] == "Lena Marsh loses in Valmora."
    claim, = _lead(analysis(body, _header("Marsh rallies in Valmora")))
    assert claim.fields["type"] == "true_false" and claim.false_fields is None


def test_an_actor_swap_needs_two_people_of_one_kind_who_both_act_and_no_pronoun():
    body = ("Senator Lena Marsh blasted Senator Oskar Brann over the harbour bill on Monday.\n\n"
            "Marsh said the bill would sink the port. Brann said Marsh was wrong.\n\n"
            "Marsh and Brann will meet again on Friday.\n")
    names = analysis(body).names
    swapped = actor_swap("Lena Marsh blasted Oskar Brann over the harbour bill.", names, None)
    assert swapped and swapped[0] == "Oskar Brann blasted Lena Marsh over the harbour bill."
    # "for his support": whose, once swapped? (round 12: ambiguous)
    assert actor_swap("Lena Marsh blasted Oskar Brann for his support of the harbour bill.", names, None) is None
    # a name as a figure of speech is no actor
    assert actor_swap("Oskar Brann pulled a Lena Marsh on the harbour bill.", names, None) is None


def test_an_actor_swap_never_puts_a_passing_name_in_the_story():
    body = ("Senator Lena Marsh praised Senator Oskar Brann over the harbour bill on Monday.\n\n"
            "Marsh said the bill would save the port. Marsh will vote on Friday.\n")
    names = analysis(body).names
    assert actor_swap("Lena Marsh praised Oskar Brann over the harbour bill.", names, None) is None  # Brann once


# --- 3. at most one statement beyond the claim, none on how much of a count is in -----------------------------------

def _statement(text: str, position: int, confidence: float = 0.7, lead: bool = False) -> Statement:
    key = ("lead" if lead else "claim", text)
    return Statement("name", confidence, position, key, {"type": "true_false", "statement": text, "answer": True,
                                                         "quote": text}, {"type": "true_false", "statement": text + "!",
                                                                          "answer": False, "quote": text})


def test_one_statement_beyond_the_claim():
    claim = _statement("Marsh won the vote.", 0, lead=True)
    first, second = _statement("Turnout rose to 61 percent.", 100), _statement("Brann took 40 percent.", 200, 0.8)
    kept = one_statement_beyond_the_claim([claim, first, second])
    assert kept == [claim, second]  # the surest one stays with the claim


def test_a_statement_on_the_share_of_votes_counted_is_dropped():
    claim = _statement("Marsh won the vote.", 0, lead=True)
    counted = _statement("Marsh led with 76 percent of the vote counted.", 100, 0.9)
    assert one_statement_beyond_the_claim([claim, counted]) == [claim]


# --- 4. side facts: a founding year, a list of examples --------------------------------------------------------------

def test_a_founding_year_is_never_asked_even_in_the_lead(tmp_path):
    body = ("Morten Kvale, the harbour activist who founded the Valmora Port Institute in 1979 and is a longtime "
            "council member, has endorsed Senator Lena Marsh for governor.\n\n"
            "Kvale announced his support in a letter sent on Friday to council members in Valmora.\n\n"
            "Marsh thanked Kvale at a rally on Saturday. Kvale said Marsh would fix the port.\n")
    drafted = deck(tmp_path, body, title="Port activist Morten Kvale endorses Lena Marsh")
    assert not [q for q in drafted["questions"] if q["type"] == "date"]


def test_a_list_of_examples_is_no_several_answer_question():
    examples = Candidate("list", 0.8, 0, ("multi", "x"), {"type": "multi", "prompt":
                         "Select all that fill the blank: Diverse countries such as ___, have taken action.",
                         "answers": ["France", "Spain"], "choices": ["France", "Spain", "Chad"]})
    the_set = Candidate("list", 0.8, 0, ("multi", "y"), {"type": "multi", "prompt":
                        "Select all that fill the blank: ___ opposed the fishing quota.",
                        "answers": ["Russia", "China"], "choices": ["Russia", "China", "Chad"]})
    assert list_of_examples(examples) and not list_of_examples(the_set)


# --- 5. prompts: no filler aside, no trailing dash, none that stops before its object -------------------------------

def _number(prompt: str, quote: str) -> Candidate:
    return Candidate("figure", 0.8, 0, ("number", 1.0, "%"), {"type": "number", "prompt": prompt, "answer": 9,
                                                              "quote": quote})


def test_a_fact_prompt_loses_its_filler_aside_and_trailing_dash():
    tidy = tidy_prompt(_number("Fill in the number of points: Oskar Brann, meanwhile, has a net positive of ___ points -.",
                               "Oskar Brann, meanwhile, has a net positive of 9 points - a rare mark."))
    assert tidy.fields["prompt"] == "Fill in the number of points: Oskar Brann has a net positive of ___ points."


def test_a_fact_prompt_that_stops_before_its_object_is_dropped():
    assert tidy_prompt(_number("Fill in the percentage: In a council poll, ___ of voters accepted",
                               "In a council poll, 73% of voters accepted Marsh's plan as the right direction.")) is None
    whole = _number("Fill in the percentage: Emissions rose by ___, the council said.",
                    "Emissions rose by 9 percent, the council said.")
    assert tidy_prompt(whole) is whole  # an attribution at the sentence's own end is whole


# --- 6. a quoted letter is its writer's, not the author's ------------------------------------------------------------

LETTER = ("Morten Kvale, a longtime council member, has endorsed Senator Lena Marsh for governor.\n\n"
          "The endorsement came in a letter from Kvale to fellow members, sent on Friday.\n\n"
          "\"In the past weeks the race has become clear to me. I have decided to endorse Lena Marsh.\n\n"
          "\"I believe she will fix the port. I know my friends will join me.\n\n"
          "\"From personal experience, Lena knows much better than others the vital importance of the harbour.\"\n\n"
          "Marsh thanked Kvale on Saturday.\n")


def test_a_letter_quoted_over_many_paragraphs_is_no_authors_voice():
    found = analysis(LETTER, _header("Morten Kvale endorses Lena Marsh"))
    assert not own_voice(found.body)
    claims = [str(c.fields) for c in found.candidates if c.key[0] in ("lead", "thesis")]
    assert claims and not any("The author argues" in c for c in claims)


def test_a_thesis_is_never_taken_from_a_paragraph_that_quotes_someone():
    found = analysis(LETTER, _header("Morten Kvale endorses Lena Marsh"))
    theses = thesis_statements(found.body, found.lead[1], lambda a, b: frozenset(), "Kvale endorses Marsh",
                               found.names)
    assert not any("knows much better" in str(t.fields) for t in theses)


# --- 7. a copied claim gives way to a figure near the lead that states the headline --------------------------------

JOBS = ("The Valmora jobs report on Friday gave the governing party a lift it badly needed before the vote.\n\n"
        "The jobless rate in Valmora fell to 4 percent, and hourly wages rose after a flat summer.\n\n"
        "Lena Marsh, the governor, praised the report. Oskar Brann said the wages were still too low.\n\n"
        "Brann said he would keep campaigning on wages.\n")


def test_a_copied_claim_gives_way_to_the_figure_that_states_the_headline():
    found = analysis(JOBS, _header("Valmora jobs report: jobless rate falls, wages rise"))
    kept = select_candidates(found)
    claims = [c for c in kept if is_main_claim(c)]
    assert [c.fields["type"] for c in claims] == ["number"] and claims[0].fields["answer"] == 4
    # with no such figure the copy stays (every deck asks its claim)
    plain = analysis(JOBS.replace("fell to 4 percent", "fell sharply"),
                     _header("Valmora jobs report: jobless rate falls, wages rise"))
    copy = [c for c in plain.candidates if is_main_claim(c)]
    assert copy and a_specific_over_a_copy(plain, copy, 0.6, set()) == copy


# --- 8. "Who ...?" on the claim when the headline names another of the choices too -----------------------------------

def test_who_did_it_is_asked_when_the_headline_names_both_sides():
    body = ("Senator Lena Marsh attacked Senator Oskar Brann over the harbour bill in a debate on Monday night.\n\n"
            "Marsh said the bill would sink the port. Brann said Marsh was wrong about the port.\n\n"
            "Senator Ivo Kern and Senator Petra Dahl stayed out of the fight. Kern said the debate was long. "
            "Dahl said the voters would decide.\n\n"
            "Senator Ane Holt watched from the gallery. Holt said the bill would pass.\n")
    title = "Marsh, Kern and Brann: senator attacked over harbour bill"
    claim, = _lead(analysis(body, _header(title)))
    assert claim.fields["type"] == "choice" and claim.fields["answer"] == "Lena Marsh"
    assert "Ivo Kern" in claim.fields["choices"]  # the headline names another choice: it does not tell who did it
    # the headline names the answer alone (beside the person in the prompt): guessed from the deck's title
    claim, = _lead(analysis(body, _header("Marsh, Brann: senator attacked over harbour bill")))
    assert claim.fields["type"] != "choice"


# --- 9. what a prompt or a claim points back to: "that trifecta", "by that date" ------------------------------------

def test_a_prompt_or_claim_that_points_back_is_unresolved():
    from trainer.draft.statements import unresolved_reference

    assert unresolved_reference("Winning that trifecta would put Lena Marsh in a category all her own.")
    assert unresolved_reference("The agency by that date had released about ___.")
    assert unresolved_reference("Advisers to the other candidates discount either of those outcomes.")
    assert not unresolved_reference("This year the harbour party raised $3 million.")
    assert not unresolved_reference("Polls show that voters like Lena Marsh.")


def test_a_lead_that_points_back_gives_way_to_one_that_stands_alone_but_is_asked_when_alone():
    title = _header("Can the harbour party stop Marsh?")
    alone = ("Winning that trifecta would put Lena Marsh in a political category all her own, the council said.\n\n"
             "Oskar Brann said Marsh would be hard to stop. Marsh said she was ready.\n")
    claim, = _lead(analysis(alone, title))
    assert "that trifecta" in claim.fields["statement"]  # every deck asks its claim, the least bad form if need be
    two = ("Winning that trifecta would put Lena Marsh in a political category all her own. Lena Marsh leads the "
           "harbour party's race by a wide margin after three wins in a row.\n\n"
           "Oskar Brann said Marsh would be hard to stop. Marsh said she was ready.\n")
    assert "trifecta" not in str([c.fields for c in _lead(analysis(two, title))])


# --- 10. a long description between a lead's subject and its verb goes ---------------------------------------------

def test_a_long_description_between_the_subject_and_its_verb_is_cut_from_the_claim():
    body = ("Morten Kvale, the harbour activist who founded the Valmora Port Institute in 1979 and is a longtime "
            "council member for the northern districts, has endorsed Lena Marsh for governor.\n\n"
            "Kvale announced his support in a letter on Friday. Marsh thanked Kvale on Saturday.\n")
    claim, = _lead(analysis(body, _header("Valmora's governor race")))
    assert claim.fields["statement"] == "Morten Kvale has endorsed Lena Marsh for governor."


def test_a_list_prompt_loses_a_pronouns_report():
    listed = Candidate("list", 0.8, 0, ("multi", "z"), {
        "type": "multi", "prompt": "Select all that fill the blank: He noted that the party's former leaders -- ___ -- "
                                   "all plan to skip the event.", "answers": ["Lena Marsh"], "quote": "x"})
    assert tidy_prompt(listed).fields["prompt"] == ("Select all that fill the blank: The party's former leaders -- ___ "
                                                    "-- all plan to skip the event.")


# --- 11. a headline against its lead: the article's turn is the claim, its pronoun named from the lead --------------

FOIL = ("Anna Marsh got what she needed in Valmora, a solid win that stopped Peter Brann's long streak. But any cause "
        "for celebration among her supporters will be tempered by the toll her hard race has taken on her standing.\n\n"
        "Brann said he would stay in the race. Marsh said she was ready for the autumn.\n")


def test_the_turn_against_a_foil_lead_is_the_claim_when_the_headline_contradicts_the_lead():
    claim, = _lead(analysis(FOIL, _header("Beyond victory, Marsh faces a deep image problem")))
    assert claim.fields["statement"].startswith("Any cause for celebration among Anna Marsh’s supporters")
    # a headline that agrees with its lead states the claim (round 15); with no claim of its own, the lead's first
    claim, = _lead(analysis(FOIL, _header("Marsh wins in Valmora")))
    assert claim.fields["statement"] == "Anna Marsh wins in Valmora."
    claim, = _lead(analysis(FOIL, _header("Marsh and the Valmora race")))
    assert claim.fields["statement"].startswith("Anna Marsh got what she needed")


def test_a_figure_among_a_list_of_side_statistics_is_a_side_detail():
    from trainer.draft.build import side_detail

    body = ("Valmora's harbour board approved a $2 billion plan on Monday to rebuild the port after the storm.\n\n"
            "Anna Marsh, the board's chair, said the plan would take ten years. Peter Brann said it was too slow.\n\n"
            "The port plan spends $600 million on the harbour's coast guard, with 1,700 sailors, 39 cutters and 68 "
            "helicopters.\n\n"
            "The port plan also spends $300 million on the harbour's sea wall.\n\n"
            "Marsh said the board would meet again in March. Brann said he would vote against the plan.\n")
    found = analysis(body, _header("Valmora approves port plan"))
    numbers = {c.fields["answer"]: c for c in found.candidates if c.fields["type"] == "number"}
    assert side_detail(found, numbers[600e6], found.lead[1]) == "one of a list"
    assert side_detail(found, numbers[300e6], found.lead[1]) != "one of a list"


# --- a time of day is no figure (held16: "Fill in the number of p: ... at ___ p.m.") ---------------------------------

def test_a_time_of_day_is_never_a_figure():
    body = ("Lena Marsh will address the Valmora assembly tonight at 9 p.m., her aides said, and again at 10:30 "
            "tomorrow. Doors open at 8 o'clock and the vote is due by 11 PM.\n\n"
            "The harbour plan would cost 40 million euros over 12 years, Marsh said.\n")
    found = analysis(body)
    values = sorted(c.fields["answer"] for c in found.candidates if c.fields.get("type") == "number")
    assert 9 not in values and 10 not in values and 30 not in values and 8 not in values and 11 not in values
    assert 40e6 in values  # the plan's cost is still a figure


# --- a bare "as" cuts a claim only before a clause (held14: "the candidate she regards." and "emerged ... practices.") --

def test_a_claim_is_not_cut_before_as_and_a_role_or_a_description():
    from trainer.draft.claim import restate

    names = analysis("Senator Anna Berg spoke. Lena Marsh answered.\n\n").names
    # "as" before a description or a role: the point is after it, so the claim keeps it
    long_ = restate("Conservative icon Anna Berg, who died Monday at 92, used her final column to link a great "
                    "reformer of the past with the candidate she regards as Valmora's best hope.", names)
    assert long_.endswith("the candidate she regards as Valmora's best hope."), long_
    assert "as harbour minister a wounded candidate" in restate(
        "Lena Marsh has emerged from the audit of her accounts as harbour minister a wounded candidate, with a large "
        "and growing majority of voters saying she cannot be trusted, according to the latest poll.", names)
    # "as" before a clause with its own verb is still a cut
    assert restate("The race for governor of Valmora tightened on Monday as Anna Berg and Lena Marsh traded charges "
                   "over the port budget, the new cranes and the dockers' pensions.", names) \
        == "The race for governor of Valmora tightened on Monday."


def test_a_long_claim_is_cut_before_a_with_phrase_and_keeps_a_clause_opening_word():
    from trainer.draft.claim import restate

    names = analysis("Senator Lena Marsh spoke. Marsh answered.\n\n").names
    # ", with a ... majority saying ...": the detail after the claim goes, the claim ends on its point
    assert restate("Lena Marsh has emerged from the audit of her accounts as harbour minister a wounded candidate, "
                   "with a large and growing majority of voters saying she cannot be trusted, according to the "
                   "latest poll.", names) \
        == "Lena Marsh has emerged from the audit of her accounts as harbour minister a wounded candidate."
    # "As" opens a clause: it is no part of the title "Mrs." before her name, and the name is given in full
    assert restate("As Mrs. Marsh prepares to accept the nomination, she will face voters who doubt her.", names) \
        .startswith("As Lena Marsh prepares to accept the nomination")


def test_a_bare_as_before_a_pronoun_clause_is_still_a_cut():
    from trainer.draft.claim import restate

    names = analysis("Senator Lena Marsh spoke. Marsh answered.\n\n").names
    assert restate("Senator Lena Marsh has confronted what may have been the hardest week of her campaign as she "
                   "tries to put to rest questions about her readiness for the governor's office.", names) \
        == "Lena Marsh has confronted what may have been the hardest week of her campaign."


def test_a_false_share_stays_on_its_side_of_the_pair():
    """held5: "Clinton leads Sanders 27 percent to 44 percent" is false on its face: a lead is never swapped below."""
    from trainer.draft.statements import Statement

    body = ("Lena Marsh leads Oskar Brann 50 percent to 44 percent among likely voters in Valmora, a new poll "
            "found.\n\n"
            "Only 27 percent of voters said the harbour plan was their first concern, and 61 percent said taxes were. "
            "Another 38 percent said they had not decided, and 12 percent would not say.\n")
    found = analysis(body)
    for candidate in found.candidates:
        if isinstance(candidate, Statement) and candidate.false_fields is not None:
            false = candidate.false_fields["statement"]
            if "leads Oskar Brann" in false:
                lead = float(false.split("leads Oskar Brann ")[1].split()[0])
                assert lead > 44, false


def test_no_name_is_blanked_right_after_its_post():
    from trainer.draft.claim import whom_form

    found = analysis("Senator Lena Marsh spoke. Oskar Brann answered. Anna Weiss and Pavel Kerr left.\n\n")
    asked = whom_form("Lena Marsh ripped Port Director Oskar Brann for acting as the judge and the jury.",
                      found.names, found.recurring, "Marsh's harbour politics")
    assert asked is None


def test_a_small_count_or_a_prop_in_the_lead_is_not_asked_as_its_claim():
    """held18: "the ___ biggest winner-take-all prizes" (two) and "the face of a giant $___ bill" were asked as the
    lead's claim and deleted as trivial; the lead is then asked as a statement, as before round 12."""
    from trainer.draft.statements import Statement

    for lead in ("Valmora and Oskaria, the two biggest prizes on the harbour calendar, are not waiting until next "
                 "month to vote on the new port.",
                 "The first taste the audience gets of Lena Marsh is her head speaking from the face of a giant $100 "
                 "bill, bragging about the new harbour wall."):
        body = lead + "\n\nMarsh spoke for an hour. Oskar Brann, her rival, called the plan a fantasy.\n"
        claims = [c for c in analysis(body, _header("Marsh's harbour politics")).candidates
                  if isinstance(c, Statement) and c.key[0] == "lead"]
        assert claims and all(c.fields["type"] != "number" for c in claims), [c.fields for c in claims]


def test_a_post_after_a_country_abbreviation_goes_whole():
    """held19: "the impeachment of U.S. Attorney General Loretta Lynch" was asked as "... of U.S. Loretta Lynch"."""
    from trainer.draft.claim import restate

    names = analysis("Attorney General Lena Marsh spoke. Senator Anna Berg answered.\n\n").names
    claim = restate("State Senator Anna Berg called for the impeachment of U.S. Attorney General Lena Marsh over the "
                    "new harbour law.", names)
    assert "U.S. Lena Marsh" not in claim and "impeachment of Lena Marsh" in claim, claim
