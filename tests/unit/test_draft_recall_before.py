"""Issue 10: quotes whose speaker is named BEFORE them that the drafter found no speaker for (PolNeAR train: a
lead-in that ends the paragraph before, a second speech verb of the same subject, an appositive or a party in
parentheses before the verb, the verb before its subject, a statement put out, the sentence before that reports
the speaker, a quote the reporter finishes). Invented articles only."""

from __future__ import annotations

import pytest

from tests.unit.drafting import analysis
from trainer.draft.build import DEFAULT_MIN_CONFIDENCE, SPEAKER_MARGIN

OPENING = ("Valmora's council voted on Tuesday to close the old harbour after a long and bitter debate. Mayor Dana "
           "Velloway backed the closure; Senator Irena Dorn and the union leader Tomas Arkwright fought it.\n\n")


def speakers(body: str) -> dict[str, tuple[str, str]]:
    """Each quote's first words -> (speaker, cue)."""
    return {" ".join(f.text.split()[:4]): (f.speaker.name, f.cue) for f in analysis(OPENING + body).quotes}


def speaker_of(body: str, words: str) -> str | None:
    found = [f for f in analysis(OPENING + body).quotes if f.text.startswith(words)]
    return found[0].speaker.name if found else None


def test_a_lead_in_that_ends_the_paragraph_before_names_the_speaker():
    body = ("Mayor Dana Velloway spoke to the council on Monday night.\n\n"
            "Velloway continued:\n\n"
            "\"The harbour has cost this city more than it can pay, and the docks will close in May.\"\n\n")
    assert speaker_of(body, "The harbour has cost") == "Dana Velloway"


def test_a_statement_in_the_paragraph_before_is_its_subjects():
    body = ("When Tomas Arkwright resigned in 2019, Mayor Dana Velloway released the following statement:\n\n"
            "\"The union has lost a leader who fought for every family on the docks for thirty years.\"\n\n")
    # the subordinate clause's Arkwright is no subject of the sentence
    assert speaker_of(body, "The union has lost") == "Dana Velloway"


def test_a_paragraph_that_ends_without_a_colon_introduces_no_quote():
    body = ("Mayor Dana Velloway spoke to the council on Monday night.\n\n"
            "\"The harbour has cost this city more than it can pay, and the docks will close in May.\"\n\n")
    assert speaker_of(body, "The harbour has cost") is None


@pytest.mark.parametrize("lead", [
    "Tomas Arkwright said the members will still meet on Fridays, but said, ",
    "Tomas Arkwright said the union would appeal the vote and added, ",
    "Tomas Arkwright, 58, said it was too early to call the vote final but added, ",
])
def test_a_second_speech_verb_has_the_subject_of_the_first(lead):
    body = f"{lead}\"It is time we change how we fight for the harbour.\"\n\n"
    assert speaker_of(body, "It is time we") == "Tomas Arkwright"


def test_a_pronoun_subject_of_two_verbs():
    body = ("Tomas Arkwright leads the Valmora Fishing Union.\n\n"
            "He praised the council members who voted against the closure but said, \"We are in a different fight "
            "now, and we need lawyers more than speeches.\"\n\n")
    assert speaker_of(body, "We are in a") == "Tomas Arkwright"


def test_someone_else_named_between_the_verbs_leaves_the_second_verb_unattributed():
    body = ("When Tomas Arkwright called the vote a betrayal, Dana Velloway laughed and said, \"The vote was fair and "
            "the harbour will close in May.\"\n\n")
    assert speaker_of(body, "The vote was fair") != "Tomas Arkwright"


@pytest.mark.parametrize("lead", [
    "On Tuesday at the town hall, Sen. Irena Dorn (D-Val.), said, ",
    "Irena Dorn, president and chief executive of the Valmora Harbour Trust stated, ",
    "On Thursday the closure won its first critic in the senate, Irena Dorn, who declared in the chamber, ",
])
def test_the_name_before_a_parenthesis_an_unclosed_appositive_or_a_relative_clause(lead):
    body = f"{lead}\"It is not a political problem; it is a question of money.\"\n\n"
    assert speaker_of(body, "It is not a") == "Irena Dorn"


@pytest.mark.parametrize("lead", [
    "Said Irena Dorn, who grew up on the docks, ",
    "Because of how the council wrote its budget, explained Irena Dorn, ",
])
def test_the_verb_before_its_speaker(lead):
    body = ("Irena Dorn, a senator, has fought the closure for a year.\n\n"
            f"{lead}\"The harbour was never going to survive this budget.\"\n\n")
    assert speaker_of(body, "The harbour was never") == "Irena Dorn"


def test_a_speech_verb_the_lexicon_lacks_as_he_puts_it():
    body = ("Tomas Arkwright leads the Valmora Fishing Union and has fought the closure for a year.\n\n"
            "That is because, as he puts it, \"the best thing the docks have going for them is the families who "
            "work them.\"\n\n")
    assert speaker_of(body, "the best thing the") == "Tomas Arkwright"


@pytest.mark.parametrize("lead", [
    "Irena Dorn drew boos from the gallery upon saying, ",
    "Irena Dorn answered the mayor on the radio, tweeting at her, ",
    "Irena Dorn issued a statement, ",
])
def test_a_participle_or_a_statement_carries_the_sentence_subject(lead):
    body = f"{lead}\"The harbour belongs to the families who work it, not to the council.\"\n\n"
    assert speaker_of(body, "The harbour belongs to") == "Irena Dorn"


def test_a_quote_after_the_sentence_that_reports_its_speaker():
    body = ("If anything, Mayor Dana Velloway argued in her letter, the vote shows why the council must change its "
            "rules. \"In light of this serious breach, the council cannot go on as before.\"\n\n")
    assert speakers(body)["In light of this"] == ("Dana Velloway", "reported before")


def test_a_quote_after_a_sentence_that_names_another_person_too_is_not_given():
    body = ("Mayor Dana Velloway argued in her letter that Tomas Arkwright had misled the council. \"In light of "
            "this serious breach, the council cannot go on as before.\"\n\n")
    assert "In light of this" not in speakers(body)


def test_a_quote_followed_by_its_own_attribution_is_not_given_to_the_sentence_before():
    body = ("Mayor Dana Velloway argued in her letter that the council must change its rules. \"In light of this "
            "serious breach, the council cannot go on,\" reacted Arkwright.\n\n")
    assert speakers(body).get("In light of this", ("", ""))[0] != "Dana Velloway"


def test_a_quote_the_reporter_finishes_is_still_the_speakers():
    body = ("\"I do not think the voters care about the harbour's name,\" Mayor Dana Velloway told reporters. \"I think "
            "what they will care about is that the city is raising wages for the fishing families\" and other "
            "everyday costs.\n\n")
    assert speaker_of(body, "I think what they") == "Dana Velloway"


def test_a_title_the_reporter_uses_after_a_quote_is_still_nobodys():
    body = ("\"The vote was fair,\" Mayor Dana Velloway said. \"The Harbour Of Our Fathers Must Not Close\" was the "
            "slogan on the banners outside.\n\n")
    assert speaker_of(body, "The Harbour Of Our") is None


@pytest.mark.parametrize("lead", [
    "Velloway resisted: ",
    "In a radio interview later that day, Velloway went even further: ",
    "Mayor Dana Velloway delivered a snappy retort: ",
])
def test_the_name_that_opens_the_sentence_of_a_colon_lead_in(lead):
    body = ("Senator Irena Dorn asked the council to keep the harbour open until the spring.\n\n"
            f"{lead}\"Valmora cannot pay for a harbour that loses money every month of the year.\"\n\n")
    assert speakers(body)["Valmora cannot pay for"] == ("Dana Velloway", "colon, opener")


def test_a_colon_lead_in_that_names_two_people_is_no_ones():
    body = "Mayor Dana Velloway answered Irena Dorn's letter with one line for Tomas Arkwright: \"No harbour, no deal.\"\n\n"
    assert speakers(body).get("No harbour, no deal.", ("", ""))[1] != "colon, opener"


@pytest.mark.parametrize("lead", [
    "Tomas Arkwright said that after the long and bitter meeting at the old town hall on Tuesday night the council "
    "members had not \"",
    "Tomas Arkwright, who has led the union since 2019, says that in all the months of talks about the future of "
    "the old harbour the council has not \"",
])
def test_a_quote_inside_the_clause_a_speech_verb_reports(lead):
    body = f"{lead}heard the families say the things that need to be said\" before it voted.\n\n"
    assert speakers(body)["heard the families say"] == ("Tomas Arkwright", "reported clause")


def test_a_quote_after_another_verb_of_saying_in_the_clause_is_not_the_first_speakers():
    body = ("Tomas Arkwright said Mayor Dana Velloway called the union \"a gang of old men who fear the sea\" before "
            "the vote.\n\n")
    assert speakers(body).get("a gang of old", ("", ""))[1] != "reported clause"


@pytest.mark.parametrize("lead", [
    "Arkwright's letter makes a plain case: ",
    "From Arkwright's post on the union's website: ",
])
def test_words_written_by_someone_named_as_theirs(lead):
    body = f"{lead}\"The harbour belongs to the families who work it, not to the council.\"\n\n"
    assert speakers(body)["The harbour belongs to"] == ("Tomas Arkwright", "owned words")


def test_a_verb_the_lexicon_lacks_after_another_verb_of_the_same_subject():
    body = ("Velloway waved the hecklers away, then leaned in and boomed: \"The harbour closes in May, and that is "
            "final.\"\n\n")
    # the sure cue, not the sentence's subject before a colon (too unsure to ask: colon, subject)
    assert speakers(body)["The harbour closes in"] == ("Dana Velloway", "coordinated")


def test_a_comma_lead_in_after_the_name_that_opens_the_sentence():
    body = ("Earlier this week, Senator Irena Dorn shared her worry with an audience at a dinner in the port, \"I do not "
            "know which council will show up in May.\"\n\n")
    assert speakers(body)["I do not know"] == ("Irena Dorn", "comma, opener")


def test_words_written_on_a_thing_after_a_comma_are_not_the_subjects():
    body = ("Senator Irena Dorn wore a cap reading, \"Keep The Harbour Open For Our Children And Theirs.\"\n\n")
    assert speakers(body).get("Keep The Harbour Open", ("", ""))[1] != "comma, opener"


def test_a_long_lead_in_after_the_speech_verb():
    body = ("Senator Irena Dorn, 58, said on the radio on Monday, in reference to the closure of the old harbour and the "
            "loss of the fishing fleet in the spring, \"Next summer, the docks will be empty and the boats sold.\"\n\n")
    assert speakers(body)["Next summer, the docks"] == ("Irena Dorn", "long lead-in")


def test_a_long_lead_in_that_names_someone_else_is_no_ones():
    body = ("Senator Irena Dorn said on the radio on Monday, after a long talk about the harbour in which Tomas "
            "Arkwright had asked for a vote of the union, \"Next summer, the docks will be empty and the boats sold.\"\n\n")
    assert speakers(body).get("Next summer, the docks", ("", ""))[1] != "long lead-in"


def test_a_reported_clause_that_ends_its_sentence_before_another_quote():
    # the words after the quote lead on to the next quote, so the speaker is sought before it first
    body = ("Tomas Arkwright said that after the long and bitter meeting at the old town hall on Tuesday night the "
            "council had chosen \"the easy road for the city and the hard one for the docks.\" Velloway called it "
            "\"a plain lie about the budget.\"\n\n")
    assert speakers(body)["the easy road for"] == ("Tomas Arkwright", "reported clause")


def test_a_lead_in_whose_speech_verb_has_a_subject_of_its_own_is_not_the_opener_s():
    # the sentence opens on Trump, but the columnist's verb says whose words follow the colon
    body = ("Mara Quellin, a columnist, wrote about Donald Trump in the Valmora Herald on Friday. “Many of his ideas "
            "are far from heartwarming,” Quellin wrote.\n\n"
            "But Trump has one thing in common with Valmorans, the columnist suggested: “His winning streak is solid "
            "proof that voters are tired of politics as usual.”\n")
    sure = DEFAULT_MIN_CONFIDENCE + SPEAKER_MARGIN  # a who_said is asked from this confidence on
    found = {" ".join(f.text.split()[:3]): f for f in analysis(body).quotes}.get("His winning streak")
    assert found is None or found.speaker.name != "Donald Trump" or found.confidence < sure


def test_a_song_s_words_are_no_remark_of_the_singer():
    body = ("Donald Trump spoke in Valmora on Tuesday. In Just the Way You Are, Billy Joel sings, “Don't go changing "
            "to try and please me.” Trump has not changed his ways.\n")
    found = {" ".join(f.text.split()[:3]): f.speaker.name for f in analysis(body).quotes}
    assert "Billy Joel" not in found.values()
