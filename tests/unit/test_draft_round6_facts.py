"""Round 6 of issue 10, facts: no statement that loses its place, no direction swap that contradicts its own
clause, no editor's note or dateline as a claim, no garbled prompt, no fill-in the prompt gives away, no side
date or outlet as an answer.

The articles are invented for the tests.
"""

from __future__ import annotations

from trainer.draft import claim as cl
import drafting


def test_a_claim_keeps_an_opening_phrase_that_names_its_place_or_poll():
    names = drafting.analysis("John Hale spoke in Port Lane on Monday.\n").names
    assert cl.restate("In Iowa, John Hale is up four points over Robert Lane among likely voters.", names) \
        .startswith("In Iowa, ")
    assert cl.restate("Among likely voters, John Hale is up four points over Robert Lane in the state.", names) \
        .startswith("Among likely voters, ")
    assert cl.restate("In Port Lane, Ida Brun is up four points over Tomas Dorn in the harbor towns.", names) \
        .startswith("In Port Lane, ")
    assert cl.restate("In March, Ida Brun said the harbor plan would cost the towns far more.", names) \
        .startswith("Ida Brun said")
    assert cl.restate("At a press conference on Friday, John Hale said the harbor plan would cost more.", names) \
        .startswith("John Hale said")


def test_no_direction_swap_that_contradicts_its_own_clause_or_breaks_a_verb():
    assert cl.direction_swap("John Hale won 40 states and defeated Robert Lane in the general election.") is None
    assert cl.direction_swap("Ida Brun defeated Tomas Dorn and won 40 states in the general election.") is None
    assert cl.direction_swap("Party moderates won narrower victories in the spring primaries across the state.") is None
    assert cl.direction_swap("John Hale won the primary in Port Lane by a wide margin on Tuesday.") is not None
    for claim in ("The new tax could lead the towns to a deficit of 5 points in the polls.",
                  "Robert Lane could trail John Hale by 5 points in the polls by the spring."):
        swapped = cl.direction_swap(claim)
        assert swapped is None or " could led " not in swapped[0] and " could trailed " not in swapped[0]


def test_a_figure_under_a_size_adjective_is_never_swapped():
    from trainer.draft.statements import Statement

    body = (
        "John Hale spoke to the harbor towns of Port Lane on Monday about the new bridge and its cost.\n\n"
        "John Hale leads Robert Lane by a narrow four points in the new poll of the harbor towns.\n\n"
        "Robert Lane led the same towns by 15 points in the spring, when the bridge was still a plan.\n\n"
        "The bridge board said the towns had paid 12 points more in tolls since the spring of last year.\n"
    )
    for c in drafting.analysis(body).candidates:
        if isinstance(c, Statement) and c.false_fields is not None:
            assert "narrow 15" not in c.false_fields["statement"] and "narrow 12" not in c.false_fields["statement"]


def test_an_editors_note_or_a_dateline_is_never_a_statement_or_the_claim():
    from trainer.draft.build import passes_strict
    from trainer.draft.statements import editors_note

    body = (
        "UPDATE: 5/12 John Hale has since said she would sign the harbor bill next week.\n\n"
        "PORT LANE -- John Hale won the vote on the harbor bill on Monday, beating Robert Lane by 12 votes.\n\n"
        "Editor's note: Robert Lane is a paid adviser to the harbor board and wrote for this site.\n\n"
        "Robert Lane said the vote was a loss for every town in the harbor and for the board.\n"
    )
    analysis = drafting.analysis(body, " date 2025-10-16 Brun wins the harbor vote\n\n")
    kept = [c for c in analysis.candidates if passes_strict(c, 2025)]
    assert kept
    for c in kept:
        shown = " ".join(str(v) for k, v in c.fields.items() if k in ("statement", "prompt", "quote"))
        assert "UPDATE" not in shown and "Editor's note" not in shown
        assert not c.fields.get("statement", "").startswith("PORT LANE")
    assert editors_note("Editor’s note: this story was updated.") and not editors_note("John Hale updated the plan.")
    names = analysis.names
    assert cl.restate("PORT LANE -- John Hale won the vote on the harbor bill on Monday by 12 votes.", names) \
        .startswith("John Hale won")


def test_a_list_question_never_leaves_the_last_members_place_behind():
    body = (
        "Senator Robert Lane said on Monday that the harbor bill would pass the Senate this week.\n\n"
        "Sens. John Hale, Mary Cole and James Reed of Kentucky voted against the harbor bill on Tuesday.\n\n"
        "Senator Susan Park said the bill would cost the harbor towns more than it would bring them.\n\n"
        "Senator David Ross and Senator Linda Shaw did not vote on the bill.\n"
    )
    for c in drafting.analysis(body).candidates:
        if c.fields.get("type") == "multi":
            assert "of Kentucky" not in c.fields["prompt"]


def test_a_prompt_broken_by_a_swap_or_a_cut_is_never_asked():
    from trainer.draft.build import passes_strict
    from trainer.draft.questions import Candidate

    quote = "John Hale could lead the harbor towns out of a deficit by spring."
    for statement in ("John Hale could led the harbor towns out of a deficit by spring.",
                      "The bill came from a one of the most trusted harbor boards in the state."):
        fields = {"type": "true_false", "statement": statement, "answer": False, "quote": quote}
        assert not passes_strict(Candidate("name", 0.9, 0, ("lead", quote), fields))
    fields = {"type": "true_false", "statement": quote, "answer": True, "quote": quote}
    assert passes_strict(Candidate("name", 0.9, 0, ("lead", quote), fields))


def test_a_fill_in_never_sits_beside_a_description_that_gives_it_away():
    body = (
        "John Hale attacked the Republican presidential front-runner Robert Lane over the harbor bill on Monday.\n\n"
        "Robert Lane said the harbor bill would cost the towns far more than it would ever bring them.\n\n"
        "Mary Cole and Susan Park, who both run for the party's nomination, said nothing about the bill.\n\n"
        "David Ross spoke at the pier on Tuesday, and Linda Shaw spoke in the town hall.\n"
    )
    header = " date 2025-10-16 Hale attacks Lane over the harbor bill\n\n"
    names = drafting.analysis(body, header).names
    counts = __import__("collections").Counter(m.person.name for m in names.mentions)
    plain = "John Hale attacked Robert Lane over the harbor bill on Monday at the pier."
    assert cl.whom_form(plain, names, counts, "Hale attacks the harbor bill") is not None
    claim = "John Hale attacked the Republican presidential front-runner Robert Lane over the harbor bill."
    assert cl.whom_form(claim, names, counts, "Hale attacks the harbor bill") is None
    claim = "John Hale attacked Robert Lane, the party's presidential candidate, over the harbor bill on Monday."
    assert cl.whom_form(claim, names, counts, "Hale attacks the harbor bill") is None


def test_no_side_date_outside_the_lead_and_no_outlet_as_an_answer():
    from trainer.draft.build import lead_end, outlet_answer, select_candidates, side_date
    from trainer.draft.questions import Candidate

    body = (
        "John Hale won the harbor vote on Tuesday, beating Robert Lane by twelve votes in the town council.\n\n"
        "Robert Lane said the harbor bill would cost the towns far more than it would ever bring them.\n\n"
        "The towns signed the first harbor deal in March 2024, after a long fight over the old bridge.\n\n"
        "Mary Cole said the towns would sign a second deal in December 2025 if the bill passed the council.\n"
    )
    analysis = drafting.analysis(body, " date 2025-10-16 Hale wins the harbor vote\n\n")
    lead = lead_end(analysis.body, analysis.article.title)
    quote = "The towns signed the first harbor deal in March 2024, after a long fight over the old bridge."
    past = {"type": "date", "prompt": "Fill in the month: The towns signed the first harbor deal in ___.",
            "answer": "2024-03", "quote": quote}
    at = analysis.body.text.index("March 2024")
    assert at > lead and side_date(Candidate("date", 0.9, at, ("date", "2024-03"), past), analysis, lead)
    assert not side_date(Candidate("date", 0.9, 5, ("date", "2024-03"), past), analysis, lead)  # in the lead
    later = dict(past, answer="2025-12", quote="Mary Cole said the towns would sign a second deal in December 2025.")
    assert not side_date(Candidate("date", 0.9, at, ("date", "2025-12"), later), analysis, lead)
    relative = dict(past, answer="2025-09", quote="The towns signed the first harbor deal last month.")
    assert not side_date(Candidate("date", 0.9, at, ("date", "2025-09"), relative), analysis, lead)
    assert not any(c.fields.get("answer") == "2024-03" for c in select_candidates(analysis))
    fields = {"type": "choice", "prompt": "Which outlet reported the vote?", "answer": "The Valmora Herald",
              "choices": ["The Valmora Herald", "Port Lane News"], "quote": "x"}
    assert outlet_answer(Candidate("name", 0.9, 0, ("outlet", "x"), fields))
    fields = dict(fields, answer="John Hale", choices=["John Hale", "Robert Lane"])
    assert not outlet_answer(Candidate("name", 0.9, 0, ("post", "x"), fields))
