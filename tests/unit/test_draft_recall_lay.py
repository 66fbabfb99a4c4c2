"""Issue 10 (recall): people the drafter took for passers-by (rally-goers, voters quoted for colour, whose words it
never asks about) though the article gives them a stage, a post or an earlier introduction: a candidate who
speaks at her own rally, a legislator or a party committeeman who also backs a candidate, an actor aged again
after a full introduction. Real passers-by stay passers-by. Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis


def _lay(body: str) -> dict[str, bool]:
    """Whether each person the drafter finds is a passer-by, by name."""
    return {p.name: p.lay for p in analysis(body).names.people}


def _asked(body: str) -> dict[str, str]:
    """The speaker of each quote the drafter would ask about (no passer-by), by the quote's first words."""
    return {" ".join(f.text.split()[:4]): f.speaker.name for f in analysis(body).quotes if not f.speaker.lay}


#: A candidate quoted at her own rally, and a woman from its crowd.
RALLY = (
    "Mara Quillon has led the race for the harbour seat since June, and her rivals have struggled to keep up.\n\n"
    "“We will rebuild the harbour before the winter storms come,” Quillon said at a rally in Portside on Sunday. "
    "“Nobody in this town will be left behind.”\n\n"
    "Jane Rossiter, who attended the rally, said she had waited two hours in the rain. “I came to hear her "
    "promise the jobs,” Rossiter said.\n")


def test_a_candidate_who_speaks_at_a_rally_is_no_rally_goer():
    lay = _lay(RALLY)
    assert lay["Mara Quillon"] is False
    assert _asked(RALLY)["We will rebuild the"] == "Mara Quillon"


def test_someone_who_attended_the_rally_stays_a_passer_by():
    assert _lay(RALLY)["Jane Rossiter"] is True
    assert "I came to hear" not in _asked(RALLY)


def test_a_speaker_named_long_before_the_rally_in_her_sentence_is_on_the_stage():
    body = RALLY.replace(
        "Quillon said at a rally in Portside on Sunday.",
        "Quillon called for a new inquiry into the contracts that the port authority signed with the dredging firms "
        "during the long dispute over the eastern docks and the fishing quotas at a rally in Portside on Sunday.")
    assert _lay(body)["Mara Quillon"] is False


def test_someone_who_spoke_before_attending_a_town_hall_stays_a_passer_by():
    body = ("Heather Colvin, a benefits manager from Derry, said before attending the town hall that she had not "
            "decided. “I just want someone who listens,” Colvin said.\n")
    assert _lay(body)["Heather Colvin"] is True


#: Appositives that give a post or a party office beside a passer-by's word, and one that gives none.
POSTS = (
    "The delegates argued over the rules until late on Tuesday night.\n\n"
    "“We will not be bullied into this,” said Dora Pelham, a Valmora legislator and Quillon supporter.\n\n"
    "“The rules are the rules,” said Ray Sollis, an RNC committeeman from Arkansas.\n\n"
    "“Nobody asked us,” said Tom Brisk, a Quillon supporter from Portside.\n\n"
    "“We made no promises,” said Lena Gatto, a spokeswoman for Harbo's parent, Valco Foods.\n")


def test_a_legislator_who_backs_a_candidate_is_no_passer_by():
    assert _lay(POSTS)["Dora Pelham"] is False
    assert _asked(POSTS)["We will not be"] == "Dora Pelham"


def test_a_party_committeeman_from_a_state_is_no_passer_by():
    assert _lay(POSTS)["Ray Sollis"] is False


def test_a_spokeswoman_for_a_parent_group_is_no_passer_by():
    assert _lay(POSTS)["Lena Gatto"] is False


def test_a_supporter_from_a_town_stays_a_passer_by():
    assert _lay(POSTS)["Tom Brisk"] is True
    assert "Nobody asked us," not in _asked(POSTS)


#: An opposition leader introduced in full in the lead, aged only later; and a voter introduced with her age.
AGED = (
    "PORTSIDE - Lena Marrow's allies on Monday predicted an overwhelming victory in the harbour elections, and "
    "her rivals began to speak of defeat.\n\n"
    "Appearing before cheering supporters at the party's headquarters, Lena Marrow, 70, said it was too early "
    "to name the winners. “I think you all know the result,” she said.\n\n"
    "“We have waited for this for twenty years,” said Ida Brennock, 57, who voted at a school in the old town.\n")


def test_an_actor_introduced_in_full_before_is_only_aged_again():
    assert _lay(AGED)["Lena Marrow"] is False
    assert _asked(AGED)["I think you all"] == "Lena Marrow"


def test_a_voter_introduced_with_her_age_stays_a_passer_by():
    assert _lay(AGED)["Ida Brennock"] is True


#: A consultant the drafter does not know as a person, whose appositive names the mayor: his "he said" is not the
#: mayor's.
UNNAMED = (
    "Mayor Tom Velloway won the harbour vote in 2012 against the odds.\n\n"
    "Kyrel Tollis is a consultant and a radio host who also worked at the port authority.\n\n"
    "Tollis, a Velloway supporter, said he saw the shift in his own family, most of whom thought Velloway had "
    "no chance. “It is challenging the town's assumptions about the harbour,” he said.\n")


def test_a_he_after_an_unnamed_subject_is_not_the_man_his_appositive_names():
    assert "Kyrel Tollis" not in _lay(UNNAMED)  # the drafter does not know him as a person
    assert analysis(UNNAMED).quotes == [] or all(
        f.speaker.name != "Tom Velloway" for f in analysis(UNNAMED).quotes if f.text.startswith("It is challenging"))


#: Posts written between their owner's name and their holder's: the holder speaks.
OWNED_POSTS = (
    "Mayor Dana Velloway has promised to rebuild the harbour before the winter.\n\n"
    "Velloway campaign chairman Peter Kerr called the plan “the boldest promise in a generation” on Monday.\n\n"
    "Velloway spokeswoman Ana Brisk said the city would pay. “We have the money,” she said.\n")


def test_a_she_after_a_spokeswoman_named_with_her_owner_is_the_spokeswoman():
    speakers = {f.text.split(",")[0]: (f.speaker.name, f.cue) for f in analysis(OWNED_POSTS).quotes}
    assert speakers["We have the money"][0] == "Ana Brisk"
    assert speakers["the boldest promise in a generation"][0] == "Peter Kerr"


def test_a_quote_in_the_clause_someone_reports_is_not_its_subject_s():
    body = ("Ali Tarrow was rising to stardom in the ring while the tennis champion won twelve titles.\n\n"
            "The champion says Tarrow “talked the talk and walked the walk.”\n")
    assert all(f.speaker.name != "Ali Tarrow" for f in analysis(body).quotes)


def test_a_he_after_a_sentence_a_reporter_ends_on_is_the_reporter_s():
    body = ("Mayor Tom Velloway has led the race since June.\n\n"
            "Velloway is not only right on the harbour, he is also the most able candidate Peter Kerr argues. "
            "“Velloway is our best debater, our most articulate fighter,” he says.\n")
    assert [f.speaker.name for f in analysis(body).quotes] == ["Peter Kerr"]


def test_a_he_after_a_reporter_named_in_commas_is_the_reporter_s():
    body = ("Mayor Tom Velloway drew a crowd of thousands on Sunday.\n\n"
            "Velloway, Peter Kerr said, has created a strange and joyful world for his voters. “So afterwards, his "
            "supporters feel justified,” he said.\n")
    assert [f.speaker.name for f in analysis(body).quotes] == ["Peter Kerr"]


def test_a_sentence_after_a_quote_that_reports_its_subject_s_own_words_is_no_attribution():
    body = ("Senator Ted Corvell and Governor Jim Kasner both criticized the mayor on Tuesday.\n\n"
            "\"It's a very sad development,\" Corvell told reporters in Portside. \"This is the consequence of the "
            "culture of the mayor's office. That has no place in a city hall.\" Governor Jim Kasner said he would "
            "have fired the aide if such an incident had happened in his office.\n")
    speakers = {f.text.split()[0]: f.speaker.name for f in analysis(body).quotes}
    assert speakers["This"] == "Ted Corvell"


def test_a_name_and_verb_after_a_quote_that_ends_its_sentence_still_attribute_it():
    body = "Governor Jim Kasner spoke in Portside on Tuesday.\n\n\"We will not close the harbour.\" Kasner said.\n"
    assert [f.speaker.name for f in analysis(body).quotes] == ["Jim Kasner"]


def test_a_quote_whose_clause_runs_on_to_said_and_a_name_is_that_name_s():
    body = ("Mayor Dana Velloway leads Peter Kerr by 200 votes with one district left to count.\n\n"
            "\"He can assert it, but it seems extremely unlikely\" that Kerr can catch Velloway, said Tom Brennock, a "
            "strategist for the harbour party. \"The numbers don't add up,\" said Brennock.\n")
    assert [f.speaker.name for f in analysis(body).quotes] == ["Tom Brennock", "Tom Brennock"]


def test_a_quote_inside_a_sentence_that_ends_on_its_reporter_is_the_reporter_s():
    body = ("Mayor Tom Velloway lost the first vote.\n\n"
            "Velloway “has a right to contest every single district on the map,” just as Kerr did in 2008, Brennock "
            "added. Tom Brennock is the party chairman.\n")
    assert [f.speaker.name for f in analysis(body).quotes] == ["Tom Brennock"]
