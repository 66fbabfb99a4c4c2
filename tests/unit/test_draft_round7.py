"""Round 7 of issue 10, facts: no garbled name offered, no comparative turned where the article does not
state the comparison outright, ...

The articles are invented for the tests.
"""

from __future__ import annotations

from trainer.draft import claim as cl
import drafting


def test_a_garbled_name_is_never_a_person_to_offer():
    body = (
        "Mayor Ida Brun spoke in Port Lane on Monday about the new harbor bridge and its cost.\n\n"
        "Councilman Tomas de JesA said the bridge would cost the towns far more than the board said.\n\n"
        "Councilman Karl Vent\ufffds said the towns should wait for the spring vote on the bridge.\n\n"
        "Robert Lane, a harbor pilot, said the bridge was long overdue for the towns.\n"
    )
    people = [p.name for p in drafting.analysis(body).names.people]
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


def test_a_fill_in_prompt_names_its_subject_or_is_dropped():
    from trainer.draft.build import resolved_prompt, unnamed_reference

    assert resolved_prompt("But state law requires a permit for boats that carry more than ___ a year.") \
        == "State law requires a permit for boats that carry more than ___ a year."
    assert resolved_prompt("And Ida Brun now holds a lead of ___ points over Tomas Dorn in the towns.") \
        == "Ida Brun now holds a lead of ___ points over Tomas Dorn in the towns."
    assert resolved_prompt("So far, the harbor board has spent ___ on the new bridge.") \
        == "So far, the harbor board has spent ___ on the new bridge."
    for hanging in ("As a result, ___ of the harbor towns voted against the bridge.",
                    "Together with the river towns it approaches ___ of the vote.",
                    "Her campaign raised ___ in the harbor towns last spring.",
                    "Another ___ said they would not vote for either of the harbor candidates.",
                    "___ said Ida Brun was right to keep the harbor plan private.",
                    "___ percent support Ida Brun in the harbor towns this spring.",
                    "If they are pilots, the share rises to ___ in the harbor towns."):
        assert resolved_prompt(hanging) is None, hanging
    assert unnamed_reference("___ percent of the harbor voters support him in the race.")
    assert unnamed_reference("Far below the top ___ rate he has proposed for the towns.")
    assert not unnamed_reference("___ percent of the harbor voters support Ida Brun in the race.")
    assert not unnamed_reference("As it stands, Port Lane pays ___ of the bridge's cost.")
    assert not unnamed_reference("The share saying “it is too costly” rose by ___ points in the towns.")


def test_an_unresolved_fill_in_never_reaches_the_deck():
    body = (
        "Ida Brun, the mayor of Port Lane, spoke on Monday about the new harbor bridge and its cost.\n\n"
        "The harbor board has backed the bridge since the spring, when the towns first voted on it.\n\n"
        "As a result, 62 percent of the harbor towns now back the bridge in the new board survey.\n\n"
        "Only 18 percent of the towns' voters support him, the survey of the river towns found.\n"
    )
    prompts = [c.fields.get("prompt", "") for c in drafting.analysis(body).candidates]
    assert not any("As a result" in p or "support him" in p for p in prompts)


def test_a_relative_month_deep_in_its_sentence_or_this_year_is_a_side_date():
    from trainer.draft.build import lead_end, side_date
    from trainer.draft.questions import date_questions

    body = (
        "Ida Brun, the mayor of Port Lane, spoke on Monday about the new harbor bridge and its cost to the towns.\n\n"
        "The harbor board has backed the bridge since the spring, when the towns first voted on the plan.\n\n"
        "The river towns voted to delay their share of the work on the bridge last month, the board said.\n\n"
        "Last month, the harbor board voted to fund the first part of the bridge over the river.\n\n"
        "The towns have paid for two studies of the bridge this year, the harbor board said.\n"
    )
    analysis = drafting.analysis(body)
    lead = lead_end(analysis.body, analysis.article.title)
    side = {analysis.body.text[c.position:c.position + 10]: side_date(c, analysis, lead)
            for c in date_questions(analysis.body, analysis.dates)}
    assert side.get("last month") is True and side.get("Last month") is False, side
    assert side.get("this year,") is True, side


def test_sub_figures_of_one_poll_are_no_fill_ins():
    from trainer.draft.build import side_figure

    body = (
        "Ida Brun, the mayor of Port Lane, spoke on Monday about the new harbor bridge and its cost to the towns.\n\n"
        "In the harbor poll, 48 percent of voters back Ida Brun, 41 percent back Tomas Dorn and 6 percent back Karl Vent.\n\n"
        "Of those, 12 percent said the bridge was their main reason to vote in the spring.\n"
    )
    analysis = drafting.analysis(body)
    why = {analysis.body.norm[f.value_start:f.end].split()[0]: side_figure(analysis.body, analysis.names, f)
           for f in analysis.figures}
    assert why["48"] is None
    assert why["41"] and why["6"] and why["12"], why


def test_a_statement_opening_on_what_came_before_is_unnamed():
    from trainer.draft.statements import unnamed_subject

    for hanging in ("Another 38 percent said they would not vote for either harbor candidate.",
                    "Another $5 million in harbor money is headed to the bridge fund.",
                    "Her campaign raised more money in the harbor towns than any other.",
                    "As a result, the harbor board voted to fund the first part of the bridge.",
                    "That plan would cost the harbor towns far more than the board said.",
                    "The author argues that this is the end of the harbor towns as they were."):
        assert unnamed_subject(hanging), hanging
    for named in ("Ida Brun said “that the bridge is late, that it costs more and we should act.”",
                  "There is no agreed plan for the bridge, and not every town wants one.",
                  "That night, Ida Brun told the harbor board the bridge would be late."):
        assert not unnamed_subject(named), named
