"""Round 5 of issue 10, facts: no false form that makes nonsense (an honorific that does not fit, a speaker of
another kind, a noun or a cause turned as a direction, a place turned into a modifier, an inserted "not", a
superlative turned), numbers in the article's unit, no label match or trivial list, explanations not cut at
an abbreviation.

The articles are invented for the tests.
"""

from __future__ import annotations

from trainer.draft import claim as cl
from trainer.draft.build import in_article_unit
from trainer.draft.statements import Statement, fair_false
import drafting


def test_a_false_form_never_adds_a_not_or_an_honorific_that_may_not_fit():
    assert not fair_false("Ida Brun will sign the bill.", "Ida Brun will not sign the bill.")
    assert not fair_false("Ida Brun won't sign the bill.", "Ida Brun won't not sign the bill.")
    assert not fair_false("Ida Brun praised the plan.", "Mrs. Dorn praised the plan.")
    assert fair_false("Mrs. Brun praised the plan.", "Mrs. Brun criticized the plan.")
    assert fair_false("Ida Brun did not sign the bill.", "Tomas Dorn did not sign the bill.")


def test_direction_words_only_where_they_are_directions():
    assert cl.direction_word("Critics from the left joined the march on Monday.") is None
    assert cl.direction_word("Senator after senator joined Ida Brun in the pile-on.") is None
    assert cl.direction_word("The tax cut led to a deficit of 5 percent in the polls.") is None
    assert cl.direction_word("It was the single largest factor in the vote.") is None
    assert cl.direction_word("Ida Brun led Tomas Dorn by 5 points in the polls.") is not None


def test_a_speaker_statement_swaps_only_a_speaker_of_the_same_kind():
    body = (
        "Senator Ida Brun spoke to the harbor towns on Monday about the new bridge and its cost.\n\n"
        "\"We will build the bridge with every town that wants it, and soon,\" Senator Ida Brun said at the pier.\n\n"
        "\"The senator has always said she would sign this bill if it reached her desk,\" Brun spokesman Ole Kant said.\n\n"
        "\"We cannot wait another year for a bridge that the towns were promised,\" Senator Tomas Dorn said.\n"
    )
    analysis = drafting.analysis(body)
    for c in analysis.candidates:
        if isinstance(c, Statement) and c.key[0] == "who_said" and c.false_fields is not None:
            said = c.fields["statement"].split(" said ")[0]
            other = c.false_fields["statement"].split(" said ")[0]
            assert {said, other} != {"Ida Brun", "Ole Kant"} and {said, other} != {"Tomas Dorn", "Ole Kant"}


def test_a_place_used_as_a_modifier_is_never_swapped():
    from trainer.draft.statements import _place_swap

    analysis = drafting.analysis("Iran and France met in Geneva on Monday. France said little after the talks.\n")
    assert _place_swap("The deal would abdicate Iran leadership in the region.", analysis.names, analysis.body) is None
    swapped = _place_swap("Envoys from Iran met in Geneva on Monday.", analysis.names, analysis.body)
    assert swapped is not None and "France" in swapped[0]


def test_a_number_keeps_the_articles_unit():
    body = (
        "Mara Quist, the mayor of Port Lane, said the harbor plan would cost $70 billion over ten years.\n\n"
        "The plan would help 1.2 million people in the towns along the coast, the harbor board said.\n"
    )
    analysis = drafting.analysis(body)
    by_value = {f.value: f for f in analysis.figures}
    money = by_value[70e9]
    fields = {"type": "number", "prompt": "Fill in the amount (US dollars): it would cost ___.", "answer": 70000000000,
              "tolerance": "2%", "unit": "US dollars", "quote": "x"}
    asked = in_article_unit(analysis, fields, money.start)
    assert asked["answer"] == 70 and asked["unit"] == "billion US dollars" and "billion US dollars" in asked["prompt"]
    people = by_value[1.2e6]
    fields = {"type": "number", "prompt": "Fill in the number of people: it would help ___.", "answer": 1200000,
              "tolerance": "2%", "unit": people.unit, "quote": "x"}
    asked = in_article_unit(analysis, fields, people.start)
    assert asked["answer"] == 1.2 and asked["unit"].startswith("million ") and "millions" in asked["prompt"]


def test_a_role_match_only_when_the_posts_are_the_story():
    from trainer.draft.match import posts_are_the_story

    pairs = {"Ida Brun": "finance minister", "Tomas Dorn": "defense minister", "Ole Kant": "harbor chief"}
    assert not posts_are_the_story(pairs, "Harbor towns wait for a bridge\nThe bridge was promised in 2019.")
    assert posts_are_the_story(pairs, "Premier names new cabinet\nThe premier named three ministers on Monday.")
    assert posts_are_the_story(pairs, "Brun and Dorn swap posts\nThe finance minister and the defense minister ...")
    body = (
        "The harbor towns waited on Monday for word on the bridge that was promised to them in 2019.\n\n"
        "Finance Minister Ida Brun, Defense Minister Tomas Dorn and Harbor Chief Ole Kant visited the pier. "
        "Brun spoke first. Dorn spoke next. Kant closed the visit with a short word on the bridge.\n"
    )
    analysis = drafting.analysis(body, " date 2025-10-16 Harbor towns wait for their bridge\n\n")
    assert not any(c.fields["type"] == "match" and "post" in c.fields["prompt"] for c in analysis.candidates)


def test_no_several_answer_list_of_us_states_and_no_figure_buried_in_a_long_prompt():
    body = (
        "Democrats hope to win Senate races in Ohio, Florida, Nevada and Arizona this fall, party officials said.\n\n"
        "The harbor board, which met on Monday in the old customs house by the pier after a long delay over the "
        "lease, said the plan would cost the towns along the coast and the county some $70 million over the next "
        "ten years or so.\n\n"
        "The short plan costs $30 million.\n"
    )
    analysis = drafting.analysis(body)
    assert not any(c.fields["type"] == "multi" and "Ohio" in c.fields["answers"] for c in analysis.candidates)
    for c in analysis.candidates:
        text = c.fields.get("prompt") or c.fields.get("statement") or ""
        if c.fields["type"] == "number" or (isinstance(c, Statement) and c.kind == "figure"):
            assert len(text.split(": ", 1)[-1].split()) <= 25


def test_an_explanation_never_ends_inside_an_abbreviation():
    from trainer.draft.build import whole

    assert whole("former senior adviser to Mr.") == "former senior adviser"
    assert whole("a lawyer in St.") == "a lawyer"
    assert whole("spokesman for Sen.") == "spokesman"
    assert whole("Mr.") is None
    assert whole("Harbour Committee Chairman") == "Harbour Committee Chairman"


def test_a_statement_or_claim_prompt_on_a_subject_that_names_no_one_is_not_asked():
    from trainer.draft.statements import unnamed_subject

    for text in ("Senator from Texas says he cannot allow Ida Brun to win.", "She said the plan would fail.",
                 "The island voted to leave the union.", "The author argues that the senator is wrong.",
                 "Fill in the name: She urged ___ to apologize.", "In 2010, he gave $5 million to the fund."):
        assert unnamed_subject(text), text
    for text in ("Senator Ida Brun said the plan would fail.", "The president of France said no.",
                 "Fill in the name: Families urged ___ to apologize.", "Shell said it would sell."):
        assert not unnamed_subject(text), text
    body = ("She said on Monday that the harbor plan would cost the towns more than they could pay.\n\n"
            "The island voted to leave the harbor union after a long fight over the bridge and its cost.\n\n"
            "Mara Quist, the mayor of Port Lane, praised the vote. Tomas Dorn, the governor, criticized it.\n")
    analysis = drafting.analysis(body)
    for c in analysis.candidates:
        if isinstance(c, Statement):
            assert not unnamed_subject(c.fields.get("statement") or c.fields.get("prompt") or "")


def test_a_number_written_without_a_space_keeps_its_unit_too():
    analysis = drafting.analysis("The harbor board said the plan would cost $70billion over the next ten years.\n")
    money = next(f for f in analysis.figures if f.value == 70e9)
    fields = {"type": "number", "prompt": "Fill in the amount (US dollars): it would cost ___.", "answer": 70000000000,
              "tolerance": "2%", "unit": "US dollars", "quote": "x"}
    assert in_article_unit(analysis, fields, money.start)["answer"] == 70
