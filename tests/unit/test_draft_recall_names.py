"""Issue 10 (recall): quotes the drafter gave no speaker because it did not know the speaker's name for a
person's: a given name the lexicon lacks ("Herman Cain", "Clint Howard"). Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis
from trainer.draft.given_names import MORE_GIVEN


def _speakers(body: str) -> dict[str, str | None]:
    """The speaker of each quote the drafter found, by the quote's first words."""
    return {" ".join(f.text.split()[:4]): f.speaker.name if f.speaker else None for f in analysis(body).quotes}


def _people(body: str) -> set[str]:
    return {p.name for p in analysis(body).names.people}


#: A radio host named once in full with a given name of the Census's lists that the hand-made lexicon lacks,
#: then quoted by pronoun.
HOST = (
    "The refugees came to Portside in the spring, and the town's churches found them homes.\n\n"
    "Recently, Myron Vardeman, the pizza maker and former council candidate who hosts a radio show in the valley, "
    "was asked by a caller why the families had come. “So they can be planted among us,” he said.\n")


def test_a_given_name_the_census_lists_makes_a_person_and_their_quote_is_found():
    assert "Myron" in MORE_GIVEN  # the Census's list, not the hand-made lexicon, knows him
    assert "Myron Vardeman" in _people(HOST)
    assert _speakers(HOST)["So they can be"] == "Myron Vardeman"


def test_a_census_given_name_before_a_company_s_tail_or_an_everyday_word_is_no_person():
    body = ("Myron Energy said it would close the plant, and Myron Ministries fed the workers. The town's gardens were dry, and Dante Gardens, the "
            "park by the harbour, was closed for the summer.\n")
    people = _people(body)
    assert "Myron Energy" not in people and "Dante Gardens" not in people and "Myron Ministries" not in people


def test_a_census_given_name_the_article_writes_as_a_surname_is_no_given_name_there():
    body = ("On Sunday, Dante Brigades knocked on every door in Portside. On Monday, Senator Paula Dante spoke to "
            "the harbour towns.\n")
    people = _people(body)
    assert "Paula Dante" in people and "Dante Brigades" not in people


#: A surname that is a post's word ("King", "Judge"): the run of capitals stopped at it, the given name alone was no
#: one, and the quotes went to no one.
POST_SURNAMES = (
    "The campaign came to Valmora on Monday, and the party leaders spoke about turnout in the city.\n\n"
    "“People say it does not matter who wins the city,” said Charlie King, a prominent Valmora Democrat. “The "
    "question is what turnout we get.”\n\n"
    "“We will win this seat in November,” said harbour Democrat Patty Judge.\n")


def test_a_surname_that_is_a_post_s_word_is_part_of_the_name_and_its_quotes_are_found():
    speakers = _speakers(POST_SURNAMES)
    assert speakers.get("People say it does") == "Charlie King"
    assert speakers.get("The question is what") == "Charlie King"
    assert speakers.get("We will win this") == "Patty Judge"



def test_a_census_given_name_opening_a_headline_s_run_of_capitals_is_no_person():
    body = ("Pope Francesco Excommunicates Varga Over Harbour Wall, the paper's front page read on Monday. Senator "
            "Paula Varga said the pope had never spoken to her.\n")
    assert not any(name.startswith("Francesco") for name in _people(body))


#: A story signed off by its reporter on a line of its own after a dash: the reporter is press, never one of the
#: people a question offers (a given name the Census lists made the sign-off a person, offered beside the story's
#: officials).
SIGNED_OFF = (
    "The harbour committee heard from Minister Odile Varga on Tuesday about the new port.\n\n"
    "“The port will open in May,” Varga said. Council leader Ramon Estrada said the city had waited long enough.\n\n"
    "“We have waited ten years for this port,” Estrada said.\n\n"
    "- Elise Marbury.\n")


def test_a_reporter_s_sign_off_at_the_story_s_end_is_press():
    people = {p.name: p for p in analysis(SIGNED_OFF).names.people}
    assert people["Elise Marbury"].press
    assert not people["Ramon Estrada"].press and not people["Odile Varga"].press


def test_a_dashed_name_before_the_story_s_end_is_no_sign_off():
    body = SIGNED_OFF.replace("- Elise Marbury.\n", "") + "\n- Elise Marbury.\n\n" + (
        "The committee will meet again in June, and the port's first ships are due in the summer after the "
        "dredging of the channel is finished and the new cranes are tested by the harbour's engineers.\n") * 2
    people = {p.name: p for p in analysis(body).names.people}
    assert "Elise Marbury" in people and not people["Elise Marbury"].press


def test_a_dashed_name_after_a_quote_at_the_story_s_end_signs_the_quote_and_is_no_reporter():
    body = SIGNED_OFF.replace("- Elise Marbury.\n", "“The harbour is our future, and the port is its door.”\n\n"
                              "- Ramon Estrada.\n")
    people = {p.name: p for p in analysis(body).names.people}
    assert not people["Ramon Estrada"].press
    assert _speakers(body)["The harbour is our"] == "Ramon Estrada"


def test_a_given_name_misspelt_by_a_doubled_letter_is_the_person_the_article_names_most():
    body = ("Senator Phillip Ardmore spoke in Valmora on Monday. “The harbour bill is dead,” Phillip Ardmore said.\n\n"
            "Ardmore said the council would vote again in June. “We will bring it back,” Philip Ardmore said.\n\n"
            "Mayor Anne Holt and Ann Holt's neighbour Ann Holtby were not there.\n")
    people = _people(body)
    assert "Phillip Ardmore" in people and "Philip Ardmore" not in people
    assert set(_speakers(body).values()) == {"Phillip Ardmore"}
