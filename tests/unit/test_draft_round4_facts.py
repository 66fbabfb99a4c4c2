"""Round 4 of issue 10, facts: no false figure that is literally true, no ungrammatical or unfair direction
swap, no prompt on an unresolved pronoun, no trivial figure, no match pair the text does not prove.

The articles are invented for the tests.
"""

from __future__ import annotations

from trainer.draft.statements import Statement
import drafting


def test_a_figure_under_a_qualifier_has_no_false_form_by_swapping():
    body = (
        "The Harbor Fund raised more than $40 million for the new bridge, its director Mara Quist said on Monday.\n\n"
        "Donors who gave $300 or less made up most of the list, the fund said in its report on the bridge.\n\n"
        "The city council approved a separate grant of $9 million for the road beside the bridge.\n\n"
        "A second grant of $150 went to a school choir that sang at the opening of the bridge.\n"
    )
    falses = drafting.false_statements(drafting.analysis(body))
    assert not any("more than $9 million" in s or "more than $150" in s for s in falses)
    assert not any("$150 or less" in s or "$9 million or less" in s for s in falses)
    assert not any("than $" in s for s in falses)


def test_a_qualifier_before_or_after_a_figure_is_read():
    from trainer.draft.figures import qualified

    text = ("In the north the share exceeds 7%; with the south it approaches 9%. Donors gave $200 or less. "
            "Sales fell to $80 million. Turnout was up to 40 percent. Ida Brun won 52 percent.\n")
    analysis = drafting.analysis(text)
    by_value = {f.value: qualified(analysis.body, f) for f in analysis.figures}
    assert by_value[7] and by_value[9] and by_value[200] and by_value[40]
    assert not by_value[80_000_000] and not by_value[52]


def test_an_unqualified_figure_keeps_its_false_form():
    body = (
        "The Harbor Fund spent $40 million on the new bridge over the river, its director Mara Quist said on Monday.\n\n"
        "The city council approved a separate grant of $9 million for the road beside the bridge.\n"
    )
    falses = drafting.false_statements(drafting.analysis(body))
    assert any("$9 million" in s and "spent" in s for s in falses) or any("$40 million" in s for s in falses)


def test_a_transitive_drop_or_decline_is_never_turned_into_rose():
    from trainer.draft.claim import direction_swap

    assert direction_swap("Senator Ida Brun dropped her reluctance to the plan on Friday.") is None
    assert direction_swap("The ministry declined to comment on the report about the mine.") is None
    assert direction_swap("The mayor declined the offer from the builders of the mine.") is None
    assert direction_swap("The governor dropped Vik from the ticket in the spring.") is None
    assert direction_swap("Support for the mine declined to 40 percent in the spring.")[0] == \
        "Support for the mine rose to 40 percent in the spring."
    assert direction_swap("Sales dropped sharply after the storm hit the coast.")[0] == \
        "Sales rose sharply after the storm hit the coast."


def test_led_is_turned_to_trailed_only_in_a_race():
    from trainer.draft.claim import direction_swap

    assert direction_swap("Ida Brun led the effort to close the mine in the north.") is None
    assert direction_swap("Ida Brun led Per Moen by five points in the latest poll.")[0] == \
        "Ida Brun trailed Per Moen by five points in the latest poll."


def test_a_direction_swap_leaves_idioms_money_and_adjectives_alone():
    from trainer.draft.claim import direction_swap

    assert direction_swap("The fund raised more than $40 million for the bridge.") is None
    assert direction_swap("The plan fell short of what the council wanted.") is None
    assert direction_swap("Brun rose to power in the spring after the vote.") is None
    assert direction_swap("The ministry ended up paying for the bridge after all.") is None
    assert direction_swap("The increased budget pays for the new bridge in the north.") is None


def test_the_thesis_swap_uses_the_same_guard_as_the_claim():
    from trainer.draft.statements import _predicate_swap

    analysis = drafting.analysis("The ministry declined to comment on the report about the mine, which is why it should go.\n")
    sentence = analysis.body.sentences[0]
    assert _predicate_swap(analysis.body, sentence.start, sentence.end) is None
    analysis = drafting.analysis("Support for the mine declined to 40 percent, which is why the council should close it.\n")
    sentence = analysis.body.sentences[0]
    (start, end), other = _predicate_swap(analysis.body, sentence.start, sentence.end)
    assert analysis.body.text[start:end] == "declined" and other == "rose"


def _fill_ins(analysis) -> list[str]:
    return [c.fields["prompt"] for c in analysis.candidates if c.fields["type"] in ("number", "date")]


def test_a_fill_in_on_he_or_she_names_the_one_person_before_or_is_not_asked():
    body = (
        "Finance Minister Anna Berg spoke to the council in Oslo on Monday about the new bridge.\n\n"
        "She gave $40 million to the bridge fund of the northern city of Tromso last year.\n\n"
        "Per Moen and Lars Brekke met the builders of the bridge in the spring of that year.\n\n"
        "He paid $9 million for the road beside the bridge in the north of the country.\n\n"
        "In 2010, it gave $12 million to the harbor fund of the northern city of Tromso.\n\n"
        "Those promises cost the city $30 million over the last ten years of building.\n\n"
        "The candidates spent $25 million on advertising in the northern cities of the country.\n"
    )
    prompts = _fill_ins(drafting.analysis(body))
    assert any(p.endswith(": Anna Berg gave ___ to the bridge fund of the northern city of Tromso last year.")
               for p in prompts)
    assert not any(": He " in p or ": She " in p or ", it gave" in p or "Those promises" in p
                   or "The candidates" in p for p in prompts)
    assert not any("$9 million" in p or "road beside" in p for p in prompts)  # two men before: no one to name


def test_a_fill_in_cut_mid_sentence_or_a_fragment_is_not_asked():
    from trainer.draft.build import MIN_FILL_IN_WORDS, _CUT_END, _NO_MAIN_CLAUSE

    assert _CUT_END.search("Gains of two years would be subject to a ___ rate, and after")
    assert _NO_MAIN_CLAUSE.match("___, which is almost $8,000 more than it costs now.")
    assert len("___ p.m.".split()) < MIN_FILL_IN_WORDS
    assert not _CUT_END.search("Berg won the vote over Lund, ___ to 31 percent, because voters backed her.")


def test_a_pronoun_after_a_name_in_its_own_sentence_is_that_person():
    body = (
        "Per Moen spoke to the council in Oslo on Monday about the new bridge over the river.\n\n"
        "Anna Berg's lead is the same in the north: She leads Moen by 49 percent to 41 percent there.\n\n"
        "And he railed against the fund that gave $12 million to the harbor of the northern city.\n\n"
        "Ida Brun spoke in Bergen on Tuesday about the fund and its bridge over the river.\n\n"
        "In the south, Holmsen's share is lower: She holds 22 percent of the vote in the city.\n"
    )
    prompts = _fill_ins(drafting.analysis(body))
    assert not any("Ida Brun holds" in p for p in prompts)  # "Holmsen" is no person the drafter knows: not asked
    assert not any("Per Moen leads" in p for p in prompts)
    assert any(": Anna Berg leads Moen by ___ to 41 percent there." in p for p in prompts)
    assert not any(p.split(": ", 1)[1].startswith(("She ", "And he ")) for p in prompts)


def test_a_trivial_figure_is_never_asked():
    body = (
        "Ida Brun won more than 50 percent of the vote in the Oslo primary on Tuesday, the council said.\n\n"
        "A poll by the Bergen Institute gave Brun 46 percent, while 12 percent of voters were undecided.\n\n"
        "At the rally in Oslo, a ticket to the dinner with Brun cost $35 for each of the guests.\n\n"
        "Per Moen has committed $5 million, and the Holm family will donate $2 million.\n\n"
        "The Holm family gave $4 million to the Brun campaign fund in the spring of the year.\n"
    )
    analysis = drafting.analysis(body)
    asked = {f.value for f in analysis.askable_figures}
    assert 50 not in asked and 12 not in asked and 35 not in asked and 2_000_000 not in asked
    assert {46, 4_000_000} <= asked


def test_a_match_pair_is_proved_by_its_owner_standing_next_to_its_figure():
    from trainer.draft.match import match_candidates

    body = (
        "Defence spending rose across Europe last year, a new report from the alliance said on Monday.\n\n"
        "Germany spent 1.6 percent of its output on defence. France, unlike Italy and Spain, spent 2.9 percent. "
        "Poland spent 4.1 percent, and Greece spent 3.4 percent.\n"
    )
    analysis = drafting.analysis(body)
    matches = [c for c in match_candidates(analysis.body, analysis.names, analysis.figures, analysis.groups)
               if c.kind == "figure"]
    for match in matches:
        pairs = match.fields["pairs"]
        assert "Italy" not in pairs and "Spain" not in pairs  # "France, unlike Italy and Spain, spent 2.9 percent"
        assert pairs.get("Germany", "1.6 percent") == "1.6 percent" and pairs.get("Poland", "4.1 percent") == "4.1 percent"


def test_an_order_question_names_no_owner_the_text_does_not_prove():
    body = (
        "Defence spending rose across Europe last year, a new report from the alliance said on Monday.\n\n"
        "Germany spent 1.6 percent of its output on defence. France, unlike Italy and Spain, spent 2.9 percent. "
        "Poland spent 4.1 percent.\n"
    )
    analysis = drafting.analysis(body)
    assert not any("Italy" in [f.owner for f in group] for group in analysis.groups)
    assert not any(c.fields["type"] in ("order", "match") and "Italy" in str(c.fields) for c in analysis.candidates)


def test_no_direction_swap_on_a_claim_that_ends_pointing_elsewhere():
    from trainer.draft.claim import direction_swap

    assert direction_swap("No rival in the race won support for anything close to that.") is None
    assert direction_swap("Ida Brun won the Oslo primary by a wide margin on Tuesday.") is not None


def test_a_role_match_never_pairs_a_post_cut_short():
    from trainer.draft.match import _cut_post

    quote = "The talks drew former environmental secretary Ida Brun, Mayor Per Moen and Governor Lars Brekke."
    assert _cut_post("former environmental", quote)
    assert not _cut_post("former environmental secretary", quote)
    assert not _cut_post("Mayor", quote)


def test_a_figure_statement_on_an_unresolved_pronoun_is_not_asked():
    body = (
        "Per Moen and Lars Brekke spoke to the council in Oslo on Monday about the new bridge fund.\n\n"
        "Right now, he is paying 20 percent of the cost of the bridge over the river.\n\n"
        "The city council pays 45 percent of the cost of the road beside the bridge.\n"
    )
    statements = [c for c in drafting.analysis(body).candidates if isinstance(c, Statement)]
    assert not any("he is paying" in c.fields["statement"] for c in statements)
