"""Issue 10, round 17 (facts): the headline's claim asked by its specific, the figure of the sentence that proves it,
rather than the headline copied as true (every such true/false was "edit": "add the 206,000 figure", "restate (140
House Democrats vs administration)"). Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.unit.drafting import HARBOUR, deck

PARDONS = (
    "Governor Marta Ellison of Valmora on Friday announced that she had signed an executive order that effectively "
    "restores the civil rights, including the right to vote, of 41,000 felons, who have been barred from the "
    "ballot since the state's founding.\n\n"
    "Marta Ellison said the order corrected an old injustice. The opposition leader, Pavel Dorn, said the order "
    "was a ploy to win votes before the election.\n\n"
    "Pavel Dorn said his party would challenge the order in the courts.\n")

PROTEST = (
    "The escalating dispute between Valmora's unions and the city government over the new port tariffs burst into "
    "public view on Tuesday, with nearly 300 dock workers blocking the harbour gates and the mayor dispatching a "
    "senior official to the docks in a vain effort to quell the anger.\n\n"
    "Mayor Dana Velloway said the tariffs would pay for the new cranes. The union leader, Tomas Arkwright, said "
    "the workers would stay until the tariffs were withdrawn.\n\n"
    "Tomas Arkwright said the union would meet again on Friday.\n")


def _main_claim(drafted: dict) -> dict:
    claims = [q for q in drafted["questions"] if "main claim" in (q.get("explain") or "")]
    assert len(claims) == 1, drafted["questions"]
    return claims[0]


def test_the_headline_names_what_the_figure_counts_so_the_blank_goes_into_the_claim(tmp_path: Path):
    asked = _main_claim(deck(tmp_path, PARDONS, "Valmora Governor Restores Voting Rights To Felons"))
    assert asked["type"] == "number", asked
    assert asked["answer"] == 41000
    assert asked["prompt"] == "Fill in the number of felons: Valmora governor restores voting rights to ___ felons."
    assert "as its headline states it" in asked["explain"]  # the claim in the explanation too
    assert "41,000" in asked["quote"]  # proved by its sentence


def test_a_with_phrase_of_the_proof_sentence_carries_its_figure_after_the_claim(tmp_path: Path):
    asked = _main_claim(deck(tmp_path, PROTEST, "Port Tensions Escalate Over New Tariffs"))
    assert asked["type"] == "number", asked
    assert asked["answer"] == 300
    assert asked["prompt"] == ("Fill in the number: Port tensions escalate over new tariffs, with nearly ___ dock workers "
                                    "blocking the harbour gates.")  # cut before the second "and" part


def test_the_headline_true_false_stays_where_nothing_specific_can_be_asked(tmp_path: Path):
    asked = _main_claim(deck(tmp_path, HARBOUR, "Valmora Council Votes To Close Old Harbour"))
    assert asked["type"] == "true_false"


def test_no_specific_that_another_question_shows(tmp_path: Path):
    body = PARDONS.replace("Marta Ellison said the order corrected an old injustice.",
                           "“We will give 41,000 people back their voice and tell the world that Valmora no longer "
                           "builds barriers to the ballot box,” Marta Ellison said.")
    drafted = deck(tmp_path, body, "Valmora Governor Restores Voting Rights To Felons")
    shown = [q for q in drafted["questions"] if q["type"] == "who_said" and "41,000" in q["prompt"]]
    asked = _main_claim(drafted)
    if shown:  # the quote would hand over the figure: the claim stays a true/false
        assert asked["type"] == "true_false"
    else:
        assert asked["type"] == "number"


def _fill_in(prompt: str, answer, unit: str = "%"):
    from trainer.draft.questions import Candidate

    return Candidate("figure", 0.8, 0, ("number", answer, unit),
                     {"type": "number", "prompt": f"Fill in the percentage: {prompt}", "answer": answer, "unit": unit,
                      "quote": ""})


def test_a_share_beside_the_other_side_of_its_split_is_a_giveaway():
    from trainer.draft.build import fill_in_fault

    assert fill_in_fault(_fill_in("Vera Lind won the runoff, ___ to 46 percent.", 54)) == "complement"
    assert fill_in_fault(_fill_in("By a lopsided ___-12%, students back the plan.", 88)) == "complement"
    assert fill_in_fault(_fill_in("Vera Lind leads Omar Test ___ to 44 percent.", 41)) is None  # no whole: undecided
    assert fill_in_fault(_fill_in("Vera Lind leads Omar Test ___ to 44 percent.", 41, "votes")) is None


def test_a_figure_after_even_here_does_not_say_where_here_is():
    from trainer.draft.build import fill_in_fault

    assert fill_in_fault(_fill_in("Even here, Vera Lind won ___ of the vote.", 40)) == "unresolved place"
    assert fill_in_fault(_fill_in("Vera Lind won ___ of the vote here.", 40)) is None


POLL = (
    "Voters in Valmora increasingly see Vera Lind as the likely winner of the runoff, according to a new "
    "Harbour Institute poll of registered voters.\n\n"
    "Fifty percent of registered voters say they have a favorable view of Vera Lind. Only 31 percent say the "
    "same of her rival, Omar Test. But 16 percent of registered voters still say they don't yet know enough "
    "about Vera Lind to form an opinion.\n\n"
    "Vera Lind said the poll showed that voters wanted change. Omar Test said the only poll that mattered was "
    "the runoff itself.\n")


def test_a_body_figure_is_asked_as_a_number_not_swapped_for_another_result(tmp_path: Path):
    drafted = deck(tmp_path, POLL, "Poll: Voters Increasingly See Vera Lind As Likely Winner")
    swapped = [q for q in drafted["questions"] if q["type"] == "true_false" and "percent" in q["statement"]
               and "main claim" not in (q.get("explain") or "")]
    assert swapped == [], swapped
    assert any(q["type"] == "number" for q in drafted["questions"]), drafted["questions"]


def test_an_explanation_takes_no_piece_of_a_longer_quote():
    from trainer.draft.build import _quote_cut

    assert _quote_cut("So I think that the council plays a big role,” said Dana Velloway of Valmora.")
    assert _quote_cut("“He said it was possible, but there is no knowledge.")
    assert not _quote_cut("“It is possible,” Dana Velloway said of the plan.")
    assert not _quote_cut("The council voted on Tuesday to close the harbour.")


def test_an_explanation_gives_no_bare_one_word_post_where_a_namesake_may_hold_it():
    from tests.unit.drafting import analysis
    from trainer.draft.build import explanation
    from trainer.draft.questions import Candidate

    body = ("Secretary Dana Velloway said the harbour would cost the city too much to repair. “We cannot pour "
            "forty million into docks that the sea will take back within a decade,” Dana Velloway said. Her husband, "
            "Marcus Velloway, a fisherman, said nothing.\n")
    found = analysis(body)
    person = found.names.find("Dana Velloway")
    assert person is not None and person.role == "Secretary", person
    asked = Candidate("quote", 0.9, body.index("We cannot"), ("who_said", "x"),
                      {"type": "who_said", "prompt": "Who said: “We cannot pour forty million”", "answer": "Dana Velloway",
                       "choices": ["Dana Velloway"], "quote": "We cannot pour forty million"})
    assert "Secretary." not in (explanation(found, asked) or "")


def test_a_share_written_in_words_is_a_figure():
    from tests.unit.drafting import analysis

    found = analysis("Voters agree with the plan. Seventy-two percent now believe the harbour can be saved.\n")
    assert [(f.value, f.unit, f.percent) for f in found.figures] == [(72.0, "%", True)]
    assert analysis("The five met on Tuesday to discuss the harbour.\n").figures == []  # a bare word count is not


CLIMATE = (
    "The harbour accord reached in Geneva on Saturday was a big win for President Omar Test, who had pushed "
    "Congress and the shipping lobby hard for a year. Republicans in Congress called the accord a giveaway, and "
    "Democrats in the Senate praised it.\n\n"
    "As negotiators huddled in Geneva over the past week, Omar Test was weighing in by phone with the leaders of "
    "France, Brazil, China and India.\n\n"
    "The US will have to cut its shipping emissions by a third. Critics in the US said the accord asked too "
    "little of China.\n")


def test_a_list_of_countries_gets_no_distractor_that_is_the_storys_own_country(tmp_path: Path):
    from trainer.draft.several import home_country

    drafted = deck(tmp_path, CLIMATE, "Harbour Accord Is A Big Win For Omar Test")
    listed = [q for q in drafted["questions"] if q["type"] == "multi"]
    assert listed, drafted["questions"]
    assert "US" not in listed[0]["choices"], listed[0]
    assert home_country(["US", "China", "US"]) == "US"
    assert home_country(["US", "China"]) is None  # a tie says nothing


def test_a_fill_in_begun_inside_a_title_is_not_asked():
    from trainer.draft.build import fill_in_fault

    cut = _fill_in("The Art of Being the Mayor,'' prompted a $___ defamation suit from Dana Velloway.", 5, "US dollars")
    assert fill_in_fault(cut) == "cut title"
    cut = _fill_in("The Art of Being the Mayor,” prompted a $___ defamation suit from Dana Velloway.", 5, "US dollars")
    assert fill_in_fault(cut) == "cut title"
    whole = _fill_in("“The Art of Being the Mayor” prompted a $___ defamation suit from Dana Velloway.", 5, "US dollars")
    assert fill_in_fault(whole) is None


def test_a_blank_on_how_much_of_the_count_is_in_is_not_asked():
    from trainer.draft.build import fill_in_fault

    assert fill_in_fault(_fill_in("With ___ of the vote counted, Vera Lind was leading with 34 percent.", 76)) \
        == "count in"
    assert fill_in_fault(_fill_in("With 76 percent of the vote counted, Vera Lind was leading with ___.", 34)) is None


def test_the_specific_may_stand_in_the_paragraph_after_the_proof(tmp_path: Path):
    body = ("The surprisingly strong Valmora jobs report cheered the governing party, which hopes to hold the "
            "council and the mayor's office next year, but it heralded a new mood of uncertainty at the central "
            "bank, which could now raise its rates.\n\n"
            "The October report beat economists' forecasts, with 27,000 new payroll positions. The jobless rate "
            "ticked down in every district of the city.\n\n"
            "Mayor Dana Velloway said the figures proved the council's plan was working. The opposition leader, "
            "Tomas Arkwright, said the new jobs paid too little.\n")
    asked = _main_claim(deck(tmp_path, body, "Jobs Report Gives Valmora's Governing Party A Lift"))
    assert asked["type"] == "number", asked
    assert asked["answer"] == 27000
    assert asked["prompt"].endswith("a lift, with ___ new payroll positions.")


def test_a_crowdfunding_target_is_a_side_detail():
    from trainer.draft.build import fill_in_fault

    side = _fill_in("Harbour Press is running a Kickstarter campaign to raise $___ for a small print run.", 5000,
                    "US dollars")
    assert fill_in_fault(side) == "side target"
    assert fill_in_fault(_fill_in("The council raised $___ for the new harbour.", 5000, "US dollars")) is None


def test_a_figure_prompt_drops_an_also_that_points_at_another_fact():
    from trainer.draft.build import tidy_prompt

    tidied = tidy_prompt(_fill_in("Vera Lind is also more likely to be seen as honest than in May, ___ to 56 percent.",
                                  64))
    assert tidied.fields["prompt"] == ("Fill in the percentage: Vera Lind is more likely to be seen as honest than in "
                                       "May, ___ to 56 percent.")
