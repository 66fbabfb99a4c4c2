"""Round 14 of issue 10's who_said rules (held17 and held18 judged): two people of one surname, one of them
given a name that is also a nationality; a quote that names the speaker's own deed; a slogan. Invented
article text only."""

from __future__ import annotations

import drafting

from trainer.draft.names import Person
from trainer.draft.questions import pointless, reveals_speaker


def _speaker(found, words: str) -> str:
    return next(q.speaker.name for q in found.quotes if words in q.text)


BROTHERS = ("A troupe of comedians is staging a play in Valmora that mocks the harbour levy and the minister "
            "behind it.\n\n"
            "“Valmorans laugh at their own troubles before anyone else can,” said German Brask, one of the stars "
            "of the play.\n\n"
            "“This is a critique of the rich in general,” said Lukas Brask, German's brother and a fellow comedian, "
            "who also stars in the show.\n\n"
            "“I don't agree with what the minister says about the docks and the 40 million crowns,” Lukas Brask "
            "said before a performance.\n\n"
            "German Brask says that the reaction to the levy has been rejection.\n\n"
            "“More than anything else, the levy brought the dockers together in a way the unions never could,” he "
            "said.\n")


def test_a_nationality_that_is_a_given_name_beside_a_namesake_is_no_nationality():
    """held18: 'said German Ortega' beside 'Freddy Ortega, German's brother': the demonym was read as a
    nationality, 'Ortega' joined to Freddy, and German's 'unity' line was asked as Freddy's (deleted as wrong)."""
    found = drafting.analysis(BROTHERS)
    assert _speaker(found, "laugh at their own troubles") == "German Brask"
    assert _speaker(found, "brought the dockers together") == "German Brask"
    assert _speaker(found, "critique of the rich") == "Lukas Brask"
    assert _speaker(found, "40 million crowns") == "Lukas Brask"


def test_a_nationality_before_a_role_or_a_lone_surname_stays_a_nationality():
    """'German Chancellor Ida Brandt' is Ida Brandt; 'the German Brandt' without a namesake is not a given name."""
    body = ("German Chancellor Ida Brandt met the Valmoran premier on Tuesday.\n\n"
            "“We will pay 40 million euros for the harbour cranes,” Brandt said.\n")
    found = drafting.analysis(body)
    assert _speaker(found, "40 million euros") == "Ida Brandt"
    assert "German Brandt" not in {p.name for p in found.names.people}


def test_a_quote_naming_the_speakers_own_founding_gives_the_speaker_away():
    """held17: 'I started Black Girls Rock! because I love us …' asked as Beverly Bond's, the article's
    'Black Girls Rock! Founder Beverly Bond': both judges would cut it."""
    founder = Person("Maren Holt", role="founder")
    assert reveals_speaker("I started Harbour Girls Shine! because I love us and I believe in us", founder)
    assert reveals_speaker("We founded the Valmora Dock Trust to keep the cranes running", founder)
    assert not reveals_speaker("I started to worry about the levy in March", founder)
    assert not reveals_speaker("I wrote to the minister twice and heard nothing", founder)


def test_a_slogan_of_commands_is_a_fragment():
    """held17: 'Own your magic, walk in your purpose and rock your truth.' deleted as a fragment."""
    assert pointless("Own your magic, walk in your purpose and rock your truth.")
    assert pointless("To all the girls of the harbour, own your dreams and chase your purpose.")
    assert not pointless("Raise your taxes and cut your pensions: that is the council's levy plan")


def test_a_two_word_surname_is_one_person_with_the_full_name():
    """held18: 'The Nobel-winning Peruvian novelist Mario Vargas Llosa …', then '"…," Vargas Llosa said': the
    answer 'Vargas Llosa' stood beside the choice 'Mario Vargas Llosa' (a name written two ways)."""
    body = ("The Valmoran novelist Tomas Berg Ostrand told an audience in Nordby last week that the harbour levy "
            "was unfair.\n\n"
            "“Taxing the dockers in a port that was built by dockers offends the best tradition of Valmora,” "
            "Berg Ostrand said.\n\n"
            "Minister Ida Lund defended the levy. “The levy pays 40 million crowns for cranes,” Lund said.\n")
    found = drafting.analysis(body)
    assert _speaker(found, "built by dockers") == "Tomas Berg Ostrand"
    assert "Berg Ostrand" not in {p.name for p in found.names.people}
