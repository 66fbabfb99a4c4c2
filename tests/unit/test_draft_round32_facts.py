"""Issue 10, round 32 (facts): a count of polls, one source's estimate beside others' for the same thing and a
show's ratings are not asked as figures; a statement whose subject is a bare share names no group; a false form
that turns the very word the headline says is no question; a place and a party before a noun ("the Florida
Republican primary") name an event, not a person. Invented articles only."""

from __future__ import annotations

import re

from tests.unit.drafting import analysis


def _figure(body: str, written: str):
    found = analysis(body)
    at = found.body.norm.index(written)
    figure = next(f for f in found.figures if f.start <= at < f.end)
    return found, figure


def test_a_count_of_polls_is_not_asked():
    from trainer.draft.build import polls_counted, side_figure

    body = ("Dana Velloway was at the top of each of the last 12 polls in Valmora, but her lead of 9 points turned "
            "into a loss to Tomas Arkwright.\n\nThree surveys showed the harbour vote tied.\n")
    found, count = _figure(body, "12 polls")
    assert polls_counted(found.body, count)
    assert side_figure(found.body, found.names, count) is not None
    _, lead = _figure(body, "9 points")
    assert not polls_counted(found.body, lead)  # the margin the polls showed is the point


def test_one_sources_estimate_beside_anothers_is_not_asked():
    from trainer.draft.build import one_estimate_of_several

    body = ("The Harbour Register lists the Arkwright brothers with just under $40 billion each, while the Valmora "
            "Ledger lists them with $55 billion each.\n\n"
            "One ranking pegs the shipping heir Dana Velloway as the richest woman in Valmora, with a $42 billion "
            "fortune.\n\nThe council spent $3 million on the harbour and $5 million on roads.\n")
    found = analysis(body)
    figures = sorted(found.figures, key=lambda f: f.start)

    def one_of_several(written: str) -> bool:
        at = found.body.norm.index(written)
        figure = next(f for f in figures if f.start <= at < f.end)
        return one_estimate_of_several(found.body, figure, figures, None)

    assert one_of_several("$40 billion")
    assert not one_of_several("$42 billion")  # the one figure its sentence gives
    assert not one_of_several("$3 million")  # two amounts of two things, nobody's estimates


def test_a_shows_ratings_are_not_asked_but_an_approval_rating_is_no_show():
    from trainer.draft.build import side_figure

    body = ("Dana Velloway's appearance on the late show delivered ratings 57 percent higher than its fall "
            "average.\n\nTomas Arkwright's approval ratings rose 12 percent higher after the harbour vote.\n")
    found, bump = _figure(body, "57 percent")
    assert side_figure(found.body, found.names, bump) == "a show's ratings or audience (entertainment, not the news)"
    found, approval = _figure(body, "12 percent")
    assert side_figure(found.body, found.names, approval) != "a show's ratings or audience (entertainment, not the news)"
    from trainer.draft.build import _SHOW_AUDIENCE

    assert not _SHOW_AUDIENCE.search("her unfavorable ratings rose 9 points higher than in May")
    assert _SHOW_AUDIENCE.search("the debate drew 24 million viewers")


def test_a_statement_whose_subject_is_a_bare_share_names_no_group():
    from trainer.draft.statements import unnamed_subject

    assert unnamed_subject("47 percent were white, while 17 percent were Latino and 16 percent were black.")
    assert unnamed_subject("Sixty-seven percent said the harbour should stay open.")
    assert not unnamed_subject("47 percent of voters were white, while 17 percent were Latino.")
    assert not unnamed_subject("In the Valmora primary, 47 percent were white.")


def test_a_false_form_turning_the_headlines_own_word_is_not_drafted():
    from trainer.draft.statements import flip_in_headline

    assert flip_in_headline("won", "Velloway wins Valmora primary, eyes the council")
    assert flip_in_headline("expanded", "Council To Expand Harbour Program")
    assert not flip_in_headline("rose", "Valmora's harbour fees and the fishing vote")
    assert not flip_in_headline("won", None)


def test_a_place_and_a_party_before_a_noun_name_no_person():
    from trainer.draft.statements import _PLACED_POST

    assert _PLACED_POST.search("In the Valmora Republican primary in March, 74 percent of voters were older.") is None
    assert _PLACED_POST.search("the Valmora Republican said he would run") is not None
    assert _PLACED_POST.search("the Valmora senator voted no") is not None


def test_a_hyphenated_margin_is_a_figure_in_points():
    body = ("Dana Velloway led the last polls, but her seven-point lead in polling averages amounted to a three-point "
            "loss to Tomas Arkwright.\n\nA Harbour Institute poll showed Tomas Arkwright with a 12-point lead.\n")
    found = analysis(body)
    margins = {found.body.text[f.start:f.end]: f for f in found.figures}
    assert margins["seven"].unit == "points" and margins["seven"].value == 7
    assert margins["12"].unit == "points" and not margins["12"].percent


def test_an_before_the_blank_gives_no_hint_of_the_answer():
    body = ("Dana Velloway said on Tuesday that the harbour would stay open.\n\n"
            "A Harbour Institute poll released on Tuesday showed Dana Velloway with an 8-point lead over Tomas "
            "Arkwright in the race for the Valmora council.\n")
    prompts = [c.fields["prompt"] for c in analysis(body).candidates if c.fields.get("type") == "number"]
    assert not any("an ___" in p or "An ___" in p for p in prompts)
    assert any("with a ___-point lead over Tomas Arkwright" in p for p in prompts), prompts


def test_the_leads_claim_is_not_turned_by_the_headlines_own_word():
    from tests.unit.drafting import false_statements

    header = " date 2025-10-16 Velloway wins Valmora primary amid harbour fight\n\n"
    body = ("Late Sunday, Dana Velloway won the Democratic primary in Valmora, according to early returns.\n\n"
            "Tomas Arkwright campaigned on the eastern shore, where the fishing union has its hall.\n")
    found = analysis(body, header)
    assert not any("lost" in s for s in false_statements(found))
    claims = [c.fields.get("statement") or c.fields.get("prompt") for c in found.candidates
              if c.kind == "name" and c.fields.get("type") == "true_false"]
    assert any(re.search(r"\b(?:won|wins)\b", c or "") for c in claims), claims  # the claim stays, asked true
    control = analysis(body, " date 2025-10-16 Valmora primary ends amid harbour fight\n\n")
    assert any("lost" in s for s in false_statements(control))  # a headline without the word: the turn is fair


def test_a_leads_margin_in_points_is_the_claims_figure():
    header = " date 2025-10-16 Velloway leads Arkwright in Valmora race\n\n"
    body = ("Dana Velloway leads Tomas Arkwright in the Valmora council race by a seven-point margin, a new Harbour "
            "Institute poll shows.\n\nTomas Arkwright campaigned on the eastern shore on Friday.\n")
    found = analysis(body, header)
    asked = [c.fields["prompt"] for c in found.candidates if c.kind == "name" and c.fields.get("type") == "number"]
    assert any("by a ___-point margin" in p for p in asked), asked


def test_a_turn_on_his_or_her_is_the_claim_with_the_name_put_back():
    from trainer.draft.claim import _second_half

    text = ("Dana Velloway was at the top of each of the last 10 polls in Valmora, but her seven-point lead in "
            "polling averages amounted to a three-point loss to Tomas Arkwright")
    assert _second_half(text) == ("Dana Velloway’s seven-point lead in polling averages amounted to a three-point loss "
                                  "to Tomas Arkwright")
    header = " date 2025-10-16 Polls miss Velloway's fall in Valmora vote\n\n"
    found = analysis(text + ".\n\nTomas Arkwright thanked the fishing union on Friday.\n", header)
    claims = [c.fields.get("prompt") or c.fields.get("statement") for c in found.candidates if c.kind == "name"]
    assert any("Dana Velloway’s" in (c or "") and "loss to Tomas Arkwright" in (c or "") for c in claims), claims
    assert not any("10 polls" in (c or "") for c in claims)
