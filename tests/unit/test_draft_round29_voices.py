"""Issue 10, round 29 (who_said): questions a demanding instructor deletes. No who_said on a line any candidate,
endorser or envoy says (fight talk, a call to stand up, "the leader we need", hedged advice, a diplomat's
"opportunity to discuss our differences"), on a reporter's question put to someone by title, or on a passer-by the
names' rules missed (a social-media user, an ordinary donor). Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck, who_said
from trainer.draft.questions import MIN_SUBSTANCE, addressed, passer_by, stock_campaign_line, substance


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


def test_stock_attacks_on_fitness_spokesmen_s_confidence_and_lists_of_praise_are_stock_lines():
    for line in ("I don't see how anyone can trust him as a commander-in-chief",
                 "Anyone who doesn't understand that has no business being our president",
                 "He clearly lacks the judgment and temperament necessary to lead the harbour board",
                 "We have every expectation that Valmora will put on a very successful regatta.",
                 "Everyone is going to throw their shoulders behind it and put money behind it.",
                 "The more people who know about Dana, the better they like her",
                 "We always said the race would be competitive and close",
                 "This fighter, this mother, this public servant: that's the town she's fighting for."):
        assert stock_campaign_line(line), line


def test_a_specific_claim_with_a_fight_in_it_is_no_stock_line():
    # the class is the stock phrase, not every word of fighting: a count, a plan or a charge stays askable
    for line in ("The fight in front of us is a very steep one, but we will win 40 of the 52 harbour delegates",
                 "The council cut the harbour budget by $4 million and the union will sue in May",
                 "It is time the harbour paid its own way",
                 "Getting the council to say the mayor is unfit to be mayor is no plan for the docks",
                 "The more berths we sell, the more the town loses"):
        assert not stock_campaign_line(line), line


def test_a_question_put_to_someone_by_title_is_no_statement():
    assert addressed("Mr. Velloway, you said earlier today that the harbour has defaulted on its loans")
    assert addressed("Senator, do you think the harbour will close?")
    assert addressed("Madam Secretary, how will the fleet be paid?")
    assert substance("Mr. Velloway, you said earlier today that the council has defaulted on its loans") == 0.0
    # a statement that names someone first is no question put to them
    assert not addressed("Mr. Velloway said the harbour would close in May")
    assert not addressed("Senator Dorn, the harbour's oldest friend, will vote against it")


PUBLIC = (
    "Valmora's council voted on Tuesday to close the old harbour, a decision that angered the fishing families "
    "who have worked its docks for generations.\n\n"
    "Mayor Dana Velloway said the harbour would cost the city $40 million to repair. \"We cannot pay for docks "
    "that no ship uses, and the council will sell the berths by March,\" Velloway said.\n\n"
    "Tomas Arkwright, the leader of the Valmora Fishing Union, said the union would sue the council in May. \"The "
    "council has sold out forty families to pay for a marina,\" Arkwright said.\n\n"
    "Senator Irena Dorn said the state would fund half the repairs. \"The state will pay $20 million if the council "
    "keeps the harbour open,\" Dorn said.\n\n"
    "The response online was fast. \"Whoever closes the harbour sells the town's soul to the marina builders!\" "
    "wrote a man calling himself Karl Jansen. \"The marina is a gift to the mayor's friends,\" wrote Rolf Brandt, a "
    "Twitter user.\n\n"
    "\"I just liked what she said about the boats and wanted to give something,\" said Halvard Noske, who owns a "
    "harbour-side bakery and donated $500 to Velloway.\n")


def test_a_social_media_user_and_an_ordinary_donor_are_passers_by():
    found = analysis(PUBLIC)
    people = {p.name: p for p in found.names.people}
    assert passer_by(found.body, found.names, people["Karl Jansen"])
    assert passer_by(found.body, found.names, people["Rolf Brandt"])
    assert passer_by(found.body, found.names, people["Halvard Noske"])
    for name in ("Dana Velloway", "Tomas Arkwright", "Irena Dorn"):
        assert not passer_by(found.body, found.names, people[name]), name


def test_an_ordinary_trade_at_a_place_is_a_passer_by_but_a_union_s_leader_is_not():
    text = ("Mayor Dana Velloway said the harbour would close in May. \"We cannot pay for docks that no ship uses,\" "
            "Velloway said.\n\n"
            "Marta Quist, a cook at the Anchor Inn, said the closure would empty the town. \"Nobody will eat here "
            "when the boats are gone,\" Quist said.\n\n"
            "Lena Hovde, a nurse and union leader at the Valmora clinic, said the clinic would lose half its "
            "patients. \"The clinic will lose 40 percent of its funding,\" Hovde said.\n")
    found = analysis(text)
    people = {p.name: p for p in found.names.people}
    assert passer_by(found.body, found.names, people["Marta Quist"])
    assert not passer_by(found.body, found.names, people["Lena Hovde"])
    assert not passer_by(found.body, found.names, people["Dana Velloway"])


def test_a_passer_by_is_no_who_said_answer(tmp_path):
    answers = {q["answer"] for q in who_said(deck(tmp_path, PUBLIC, "Valmora votes to close its old harbour"))}
    assert "Karl Jansen" not in answers and "Rolf Brandt" not in answers and "Halvard Noske" not in answers
    assert answers & {"Dana Velloway", "Tomas Arkwright", "Irena Dorn"}


GROUP = (
    "The protest effort enjoys some support. RoseAnn Delmont, executive director of National Dockers United, a "
    "union that has endorsed Mayor Dana Velloway and that has been busing its members to the harbour, also said her "
    "group planned to march.\n\n"
    "''We will be in the streets of Valmora for as long as the harbour stays closed,'' she said.\n\n"
    "Tom Ellis, president of the Harbour Workers Union, said the union would sue. \"The council broke the 1998 "
    "harbour charter,\" Ellis said.\n")


def test_a_group_s_name_after_a_post_s_of_is_no_person():
    people = {p.name: p for p in analysis(GROUP).names.people}
    assert "Dockers United" not in people and "Workers Union" not in people
    assert "RoseAnn Delmont" in people and "Tom Ellis" in people
    assert {q.speaker.name for q in analysis(GROUP).quotes} == {"RoseAnn Delmont", "Tom Ellis"}


def test_a_name_with_a_post_at_a_named_body_after_it_is_a_person():
    # a given name the lexicon does not hold: the post "executive director of National Dockers United" after it
    # makes "RoseAnn Delmont" a person, and her "she said" hers (the group's name took the quote before)
    found = analysis(GROUP)
    assert any(q.speaker.name == "RoseAnn Delmont" and q.text.startswith("We will be in the streets") for q in found.quotes)
    # a place with a description after it is no person
    places = analysis("Port Sellin, the capital of Osteria, voted on Tuesday. Mayor Dana Velloway said it would not.\n")
    assert "Port Sellin" not in {p.name for p in places.names.people}


def test_a_cleric_s_title_is_no_part_of_the_name():
    text = ("Rabbi Tobias Arnheim, the founder of the Valmora Harbour Institute, has said that \"no town ever "
            "saved itself by closing its port.\"\n")
    assert "Tobias Arnheim" in {p.name for p in analysis(text).names.people}
