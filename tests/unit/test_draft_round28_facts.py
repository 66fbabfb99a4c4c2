"""Issue 10, round 28 (facts): figure prompts completed to their point, times and events resolved, and the side
figures, several-answer blanks and true/false forms the fresh judged sets still marked."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck


def test_a_share_cut_before_its_predicate_gets_it_back():
    from trainer.draft.build import completed_to_its_point

    quote = ("About 70% of the harbour ads in the two ports that open the fishing season come "
             "from shipping firms or other groups that can spend without limit, trackers show.")
    cut = "About ___ of the harbour ads in the two ports"
    assert completed_to_its_point(cut, quote) == ("About ___ of the harbour ads in the two ports that "
                                                  "open the fishing season come from shipping firms or other groups.")


def test_the_relative_clause_goes_when_the_whole_does_not_fit():
    from trainer.draft.build import completed_to_its_point

    quote = ("About 70% of the candidate-focused ads reserved in December and January in the two states that lead off "
             "the nomination battle come from super PACs or other candidate-aligned political groups that can raise "
             "unlimited sums, tallies show.")
    cut = "About ___ of the candidate-focused ads reserved in December and January in the two states"
    assert completed_to_its_point(cut, quote) == ("About ___ of the candidate-focused ads reserved in December and "
                                                  "January in the two states come from super PACs or other "
                                                  "candidate-aligned political groups.")


def test_a_prompt_cut_at_a_colon_gets_the_name_it_describes():
    from trainer.draft.build import completed_to_its_point

    quote = ("Polls show Velloway up by 10 points in the next big vote on the calendar: Port Sella, which she "
             "represented for eight years.")
    assert completed_to_its_point("Polls show Dana Velloway up by ___ points in the next big vote on the calendar",
                                  quote) == ("Polls show Dana Velloway up by ___ points in the next big vote on the "
                                             "calendar, Port Sella.")


def test_a_whole_prompt_or_one_without_such_a_cut_stays():
    from trainer.draft.build import completed_to_its_point

    quote = "About 58 percent of the firms with 1,000 workers fund leave at full pay, according to a 2014 study."
    assert completed_to_its_point("About ___ of the firms with 1,000 workers fund leave at full pay", quote) == \
        "About ___ of the firms with 1,000 workers fund leave at full pay"
    whole = "Polls show Dana Velloway up by ___ points in Port Sella."
    assert completed_to_its_point(whole, "Polls show Velloway up by 10 points in Port Sella.") == whole


def test_that_year_is_the_year_named_a_few_sentences_back():
    from trainer.draft.build import the_year_named

    body = ("Mayor Dana Velloway received nine $2,500 donations from abroad on Oct. 7, 2013. One of them came from a "
            "teacher in Port Sella. Records suggest the teacher earned $37,000 a year. He could not be reached.\n\n"
            "Also giving to Velloway that day was Tomas Arkwright, a shipping agent. Arkwright gave a total of $5,000 "
            "to campaigns that year, but his firm reported that his salary was $31,592.\n")
    found = analysis(body)
    at = found.body.text.index("Arkwright gave")
    assert the_year_named(found.body, at, "Tomas Arkwright gave ___ to campaigns that year.") == \
        "Tomas Arkwright gave ___ to campaigns in 2013."


def test_that_year_stays_when_the_nearest_year_is_not_one():
    from trainer.draft.build import the_year_named

    body = ("The council met in 2012 and again in 2014 to argue over the harbour.\n\n"
            "Tomas Arkwright gave a total of $5,000 to campaigns that year, his firm said.\n")
    found = analysis(body)
    at = found.body.text.index("Tomas Arkwright gave")
    text = "Tomas Arkwright gave ___ to campaigns that year."
    assert the_year_named(found.body, at, text) == text


#: An invented story with a list of people backed by outside groups, after a sentence on another candidate's fund.
SPENDING = ("The race for governor of Valmora has drawn record spending on television.\n\n"
            "A fund aligned with Senator Marta Quellin accounts for about 40% of the planned advertising in the province. "
            "It has spent about $12 million since September, trackers said.\n\n"
            "Outside groups supporting Governor Ilse Varnow, Mayor Dana Velloway and Senator Tomas Arkwright also "
            "have spent heavily in the province.\n\n"
            "Senator Pavel Dorn said the ads never stop. Jon Brekke, the party's chairman, said the race would be "
            "close.\n")


def _lists(body: str) -> list[dict]:
    return [c.fields for c in analysis(body).candidates if c.fields.get("type") == "multi"]


def test_a_participle_before_a_list_stays_outside_its_blank():
    asked = [q for q in _lists(SPENDING) if "Ilse Varnow" in q["answers"]]
    assert asked and asked[0]["prompt"] == ("Select all that fill the blank: Outside groups supporting ___ also have "
                                            "spent heavily in the province.")


def test_who_did_the_same_just_before_an_also_list_is_no_distractor():
    asked = [q for q in _lists(SPENDING) if "Ilse Varnow" in q["answers"]]
    assert asked and "Marta Quellin" not in asked[0]["choices"]
    assert {"Pavel Dorn", "Jon Brekke"} <= set(asked[0]["choices"])


def test_a_list_in_a_subordinate_clause_cut_from_its_point_is_not_asked():
    body = ("The feud inside the Valmora party went on for a week.\n\n"
            "Indeed, while Governor Ilse Varnow, Mayor Dana Velloway and Senator Tomas Arkwright have spent the last "
            "week trying to tell the province that there is nothing to see here, there is, in fact, still plenty to "
            "see. Pavel Dorn and Mara Lind said the party was split. Marta Quellin and Jon Brekke agreed.\n")
    assert not [q for q in _lists(body) if "Ilse Varnow" in q["answers"]]


def test_a_quote_about_him_is_never_put_in_his_mouth():
    from tests.unit.drafting import false_statements

    body = ("Governor Tomas Arkwright paid off the mortgage on the Lind family farm in 1986, after the bank had "
            "threatened to take it.\n\n"
            "“Today my brother lives on the farm and he has built a house there. If it wasn't for his generosity, "
            "we would have lost it all,” Senator Mara Lind said at the rally on Tuesday.\n\n"
            "“We will not let a single farm in this province go to the bank,” Governor Tomas Arkwright said.\n\n"
            "“The farms need roads before they need speeches,” Mayor Dana Velloway said.\n")
    lind = [s for s in false_statements(analysis(body)) if "my brother" in s]
    assert lind and not any(s.startswith("Tomas Arkwright said") for s in lind)


def _numbers(body: str) -> list[str]:
    return [c.fields["prompt"] for c in analysis(body).candidates if c.fields.get("type") == "number"]


def test_the_page_count_of_a_release_is_never_asked_not_even_as_the_lead():
    body = ("The Valmora ministry released more than 1,100 additional pages of Governor Ilse Varnow's letters on "
            "Friday night, shedding light on her handling of the harbour deal.\n\n"
            "The letters show that her aides pressed the council to close the harbour in 2019. The council spent "
            "$4.2 million on the closure, records show.\n")
    prompts = _numbers(body)
    assert not any("pages" in p for p in prompts)
    assert any("spent ___" in p for p in prompts)  # the story's amount is still asked


def test_a_share_prices_move_in_a_market_report_is_not_asked():
    body = ("Shares of shipping companies rose on Friday as the price of fuel fell for a third week.\n\n"
            "Harbour Shipping climbed 69 cents, or 0.7 percent, to $102.48 after being down earlier in the day. "
            "Valmora Lines fell 2.1 percent to $38.50 a share. Brent crude slipped 32 cents, to $42.46 a barrel.\n\n"
            "The Valmora council raised the harbour fee 10 percent to $15 last year, and it collected $4.2 million "
            "in fees.\n")
    prompts = _numbers(body)
    assert not any("Harbour Shipping" in p or "Valmora Lines" in p or "Brent" in p for p in prompts)


def test_one_price_rise_alone_is_no_market_report():
    from trainer.draft.figures import find_figures
    from trainer.draft.salience import page_count_or_price_move

    found = analysis("The Valmora harbour fee rose 10 percent to $15 last year after a long fight over the docks.\n")
    fee = [f for f in find_figures(found.body, found.names) if f.percent]
    assert fee and page_count_or_price_move(found.body, fee[0]) is None


def test_a_swapped_share_keeps_its_sentences_shares_within_the_whole():
    from trainer.draft.statements import figure_statements

    body = ("Young voters in Valmora care most about the harbour, a new poll of 1,200 residents finds.\n\n"
            "Voters under 35 have a partisan tilt: 41% identify with the Democratic Party, 28% with the GOP. "
            "Some 80% of them back the new sea wall, and 62% want the old docks kept open.\n")
    found = analysis(body)
    tilt = [s.false_fields["statement"] for s in figure_statements(found.body, found.askable_figures, lambda a, b: ())
            if "partisan tilt" in s.fields["statement"]]
    assert not any("80%" in s for s in tilt)  # 80% + 28% is past the whole: no false form at all here


def test_shares_of_different_wholes_may_take_any_swap():
    from trainer.draft.statements import within_the_whole

    body = ("On the sea wall, 62% of young Valmora Party voters and 58% of young Harbour Party voters back it. "
            "Some 50% of older voters back it too, and 25% would sell the docks.\n")
    found = analysis(body)
    shares = {f.value: f for f in found.figures if f.percent}
    wall = found.body.sentence_at(shares[62.0].start)
    assert [f.value for f in within_the_whole(found.body, wall, shares[62.0], [shares[50.0], shares[25.0]])] == \
        [50.0, 25.0]  # 62% + 58% is past the whole already: two wholes, any swap stays fair
    second = found.body.sentence_at(shares[25.0].start)
    assert [f.value for f in within_the_whole(found.body, second, shares[25.0], [shares[62.0], shares[58.0]])] == []
    # 50% + 62% (or 58%) of one whole would be past it
