"""Issue 10, round 31: who_said questions a demanding instructor deletes that round 29 left: the ordinary person
a feature story follows (named however often), and an aide whose statement opens on the candidate's position.
Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck, who_said
from trainer.draft.questions import about_someone, passer_by

FEATURE = (
    "Student debt in Valmora has passed $2 billion, and the state's lawmakers are split on what to do about it.\n\n"
    "Senator Irena Dorn said the state would cap loan interest at 4 percent. \"The state will pay $20 million a year "
    "to keep rates down for every borrower in Valmora,\" Dorn said.\n\n"
    "Marta Lindqvist, a Harbourton native and 2012 Valmora College graduate, owes about $80,000. At 31, she still "
    "lives with her parents. Lindqvist said her loans cost her $900 a month. \"Dorn's cap at 4 percent would save me $300 "
    "a month on my Valmora College loans, more than my car costs,\" Lindqvist said. Lindqvist said she "
    "would vote for whoever caps the rates.\n\n"
    "Jonas Pell, 44, who graduated from Valmora State in 1998, said his loans were paid off in 2015. \"It took me "
    "seventeen years and two jobs to pay for one degree,\" Pell said.\n\n"
    "Tomas Arkwright, a Valmora College graduate and now an economist at the Harbour Institute, said the cap would "
    "cost the state $300 million. \"A cap at 4 percent moves $300 million from the schools to the lenders,\" "
    "Arkwright said.\n\n"
    "Governor Dana Velloway said she would veto the cap. \"The cap hands $300 million to people who already "
    "graduated and nothing to the students of 2030,\" Velloway said.\n")


def test_the_ordinary_person_a_feature_story_follows_is_a_passer_by_however_often_named():
    found = analysis(FEATURE)
    people = {p.name: p for p in found.names.people}
    assert passer_by(found.body, found.names, people["Marta Lindqvist"])  # a home town and a school, named 4 times
    pell = people["Jonas Pell"]  # an age and 'who graduated', named 3 times: the names' rules read him as lay already
    assert pell.lay or passer_by(found.body, found.names, pell)
    # an economist and the officials are no passers-by, whatever school they went to
    for name in ("Tomas Arkwright", "Irena Dorn", "Dana Velloway"):
        assert not passer_by(found.body, found.names, people[name]), name


def test_the_followed_person_is_no_who_said_answer(tmp_path):
    answers = {q["answer"] for q in who_said(deck(tmp_path, FEATURE, "Valmora splits over student debt"))}
    assert "Marta Lindqvist" not in answers and "Jonas Pell" not in answers
    assert answers & {"Irena Dorn", "Tomas Arkwright", "Dana Velloway"}


AIDE = (
    "Governor Dana Velloway will not back the harbour treaty with Norland, her campaign said on Tuesday, breaking "
    "with Senator Irena Dorn, who wrote it.\n\n"
    "In a statement, her senior policy adviser, Karl Jansen, said: \"Dana Velloway believes that the harbour "
    "treaty gives Norland's fleets the best berths and the port's workers nothing. She has always put the "
    "port's 4,000 jobs first.\"\n\n"
    "Dorn said the treaty would bring $40 million a year to the port. \"Velloway is turning her back on the "
    "biggest trade deal this port has seen in thirty years,\" Dorn said.\n\n"
    "Tomas Arkwright, the leader of the Valmora Dockworkers Union, said the union backed the treaty. \"Without "
    "Norland's ships we lose 900 jobs by 2027,\" Arkwright said.\n\n"
    "Norland's trade minister, Henrik Solberg, said his country would sign in May. \"Norland will sign the "
    "treaty in May whoever wins in Valmora,\" Solberg said.\n")


def test_a_quote_that_opens_on_a_named_persons_position_speaks_for_them():
    assert about_someone("Who said: “Dana Velloway believes that the harbour treaty gives Norland's fleets …”")
    assert about_someone("Who said: “Governor Dana Velloway has always put the port's jobs first.”")
    assert about_someone("Who said: “Dana K. Velloway is committed to the port.”")
    assert not about_someone("Who said: “Norland will sign the treaty in May whoever wins in Valmora”")
    assert not about_someone("Who said: “The United States supports efforts to reduce excess capacity”")
    assert not about_someone("Who said: “Without Norland's ships we lose 900 jobs by 2027”")


def test_an_aide_speaking_for_the_candidate_is_no_who_said_answer(tmp_path):
    asked = who_said(deck(tmp_path, AIDE, "Velloway breaks with Dorn over the harbour treaty"))
    assert "Karl Jansen" not in {q["answer"] for q in asked}
    assert not any("believes that the harbour" in q["prompt"] for q in asked)
    assert {q["answer"] for q in asked} & {"Irena Dorn", "Tomas Arkwright", "Henrik Solberg"}


CITED = (
    "Governor Dana Velloway made the case to harbour leaders on Wednesday that she had not sold the port out, a "
    "week before the council's vote on the Norland treaty.\n\n"
    "\"I will not sign a treaty that costs this port 900 jobs by 2027,\" Velloway said on Wednesday.\n\n"
    "\"Velloway emphasized that she did not pick the treaty's terms to please one union,\" wrote Herald harbour "
    "bureau chief Nora Lindqvist, citing people in the room.\n\n"
    "Senator Irena Dorn said the treaty would bring $40 million a year to the port. \"Velloway is turning her back "
    "on the biggest trade deal this port has seen in thirty years,\" Dorn said.\n\n"
    "Tomas Arkwright, the leader of the Valmora Dockworkers Union, said the union backed the treaty. \"Without "
    "Norland's ships we lose 900 jobs by 2027,\" Arkwright said.\n\n"
    "Henrik Solberg, a Norland Daily columnist, said the treaty was dead. \"Norland will not wait for Valmora's "
    "council forever,\" Solberg said.\n")


def test_a_journalist_cited_by_post_is_press_and_no_speaker(tmp_path):
    found = analysis(CITED)
    people = {p.name: p for p in found.names.people}
    assert people["Nora Lindqvist"].press and people["Nora Lindqvist"].role is None  # "bureau chief", not "chief"
    assert people["Henrik Solberg"].press  # ", a Norland Daily columnist,"
    assert not people["Irena Dorn"].press and not people["Tomas Arkwright"].press
    answers = {q["answer"] for q in who_said(deck(tmp_path, CITED, "Velloway makes her case on the treaty"))}
    assert "Nora Lindqvist" not in answers and "Henrik Solberg" not in answers


STORY_OF_A_REPORTER = (
    "Famous reporter Nora Lindqvist was thrown out of Governor Dana Velloway's news conference on Monday.\n\n"
    "\"We were wrong not to confront her from the beginning,\" Lindqvist said on Tuesday. Lindqvist said the "
    "harbour treaty would cost the port 900 jobs. Lindqvist, who lives in Harbourton, has covered the port "
    "for twenty years.\n\n"
    "\"She asked her question and she was told to leave,\" Senator Irena Dorn said.\n")


def test_the_journalist_the_story_is_about_is_no_cited_press():
    people = {p.name: p for p in analysis(STORY_OF_A_REPORTER).names.people}
    assert not people["Nora Lindqvist"].press  # named four times: the story's subject, her words are news
