"""Issue 10, pattern 2: people who share a surname (a speaker and their spouse). A kin word with its owner before a
name ("her husband, Morton Brannock") says the name's gender when the given name does not, so a "she said" after it
goes to the woman it fits, not to the husband named last. Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis


def _speakers(body: str) -> dict[str, str | None]:
    """The speaker of each quote the drafter finds, by the quote's first words."""
    return {" ".join(f.text.split()[:4]): (f.speaker.name if f.speaker else None) for f in analysis(body).quotes}


#: A donor and her husband, whose given name no lexicon knows; she is quoted by pronoun after his full mention.
DONORS = (
    "The mayor's speech drew a full hall in Portside on Thursday, and many donors left unconvinced.\n\n"
    "Ilsa Brannock, a shipbuilder from Portside, said the speeches had led her to look at the other candidates. "
    "Along with her husband, Morton Brannock, a ferry captain, she has given to many campaigns, but plans to "
    "back only one. She called the mayor a “decent man.” “I feel sad to say it,” she said. “I do not see him "
    "leading the city.”\n")

#: The same with the roles turned: his wife named last, and a "he said" after it.
GROWERS = (
    "The harbour vote split the valley's growers on Monday.\n\n"
    "Tomasz Quellan, a grower from Eastfield, said the vote had left him angry. Along with his wife, Meredith "
    "Quellan, a vintner, he has farmed the valley for thirty years. “We were never asked about the harbour,” he "
    "said. “Nobody came to see the farms.”\n")


def test_a_she_said_after_her_husbands_full_mention_is_hers():
    said = _speakers(DONORS)
    assert said["I feel sad to"] == "Ilsa Brannock"
    assert said["I do not see"] == "Ilsa Brannock"


def test_a_he_said_after_his_wifes_full_mention_is_his():
    said = _speakers(GROWERS)
    assert said["We were never asked"] == "Tomasz Quellan"


#: A vintner and her husband, neither given name known to the lexicon: "Mr. Quellan" is the husband, though she
#: was the last one named as a subject.
VINTNERS = (
    "The harbour vote split the valley's growers on Monday.\n\n"
    "Meredith Quellan, a vintner from Eastfield, said the vote had left her angry. Along with her husband, Morton "
    "Quellan, a ferry captain, she has farmed the valley for thirty years.\n\n"
    "“We carried the grapes to the harbour for forty years,” Mr. Quellan said. “Now the road is all we have.”\n")


def test_a_title_of_his_sex_picks_the_husband_named_by_a_kin_word():
    said = _speakers(VINTNERS)
    assert said["We carried the grapes"] == "Morton Quellan"


#: A programme whose name is a post's word and an everyday word ("Head Start"), beside a real head of a body.
PRESCHOOL = (
    "The council's budget drew fire in Portside on Tuesday.\n\n"
    "Councillor Dana Velloway said the city would cut its share of Head Start, the pre-school programme, by a third. "
    "“We cannot start every programme again from scratch,” Velloway said. If the city gave money for Head Start to "
    "the schools, the schools would run it.\n")


def test_a_programme_named_by_a_posts_word_is_no_person():
    names = [p.name for p in analysis(PRESCHOOL).names.people]
    assert "Start" not in names
    assert "Dana Velloway" in names
