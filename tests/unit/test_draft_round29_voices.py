"""Issue 10, round 29 (who_said): questions a demanding instructor deletes. No who_said on a line any candidate,
endorser or envoy says (fight talk, a call to stand up, "the leader we need", hedged advice, a diplomat's
"opportunity to discuss our differences"), on a reporter's question put to someone by title, or on a passer-by the
names' rules missed (a social-media user, an ordinary donor). Invented articles only."""

from __future__ import annotations

from trainer.draft.questions import MIN_SUBSTANCE, addressed, stock_campaign_line, substance


def test_campaign_fight_talk_and_calls_to_stand_up_are_stock_lines():
    for line in ("I've been on the front lines of change and progress in Valmora",
                 "I know it's a tough fight, but I've always been drawn to a tough fight",
                 "We're not taking anything for granted in the harbour towns.",
                 "Now is the time for all of us to stand up to hateful, divisive words and deeds",
                 "The stakes in this race are too high for the fleet to sit it out",
                 "The council and the union have to come together on the harbour"):
        assert stock_campaign_line(line), line
        assert substance(line) < MIN_SUBSTANCE, line


def test_endorsers_praise_hedged_advice_and_diplomatic_talk_are_stock_lines():
    for line in ("Dana is the leader that we need to rebuild the docks of Valmora",
                 "She's still the best candidate against the union, and I think that will prevail",
                 "I do think he's got to maybe rethink his argument right now",
                 "The talks remain one of the best opportunities that we have to discuss our differences",
                 "We had frank and constructive talks with the Osterian delegation"):
        assert stock_campaign_line(line), line


def test_a_specific_claim_with_a_fight_in_it_is_no_stock_line():
    # the class is the stock phrase, not every word of fighting: a count, a plan or a charge stays askable
    for line in ("The fight in front of us is a very steep one, but we will win 40 of the 52 harbour delegates",
                 "The council cut the harbour budget by $4 million and the union will sue in May",
                 "It is time the harbour paid its own way"):
        assert not stock_campaign_line(line), line


def test_a_question_put_to_someone_by_title_is_no_statement():
    assert addressed("Mr. Velloway, you said earlier today that the harbour has defaulted on its loans")
    assert addressed("Senator, do you think the harbour will close?")
    assert addressed("Madam Secretary, how will the fleet be paid?")
    assert substance("Mr. Velloway, you said earlier today that the council has defaulted on its loans") == 0.0
    # a statement that names someone first is no question put to them
    assert not addressed("Mr. Velloway said the harbour would close in May")
    assert not addressed("Senator Dorn, the harbour's oldest friend, will vote against it")

