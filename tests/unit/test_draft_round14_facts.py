"""Issue 10, round 14 (facts): a Q&A page's questions are no claims and nothing on it is "the author's" argument; no
role question on a politician unless the story is about the post; a title-case headline's verb is no given name.
Invented articles only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.drafting import analysis, deck
from trainer.draft import claim, questions
from trainer.draft.claim import past_opening
from trainer.draft.build import interview, own_voice
from trainer.draft.names import find_names
from trainer.draft.text import Body

INTERVIEW = (
    "Former minister Dana Velloway wrote a new book on the Valmora harbour. She sat down this week to discuss it.\n\n"
    "Q: Your book opens on the night the old port flooded. What did you find?\n\n"
    "A: I came home and the docks were gone. I think we saw then that the city had no plan, and I said so.\n\n"
    "QBut in your book it's clear that you don't think the port can be saved without the national government.\n\n"
    "A: I believe the city must ask for help. My view is that the docks need $40 million, and I said it often.\n\n"
    "Q Would you run again?\n\n"
    "A: No. I think my time has passed, and I am glad of it.\n")


def test_a_q_and_a_page_is_an_interview_and_not_the_authors_voice():
    body = Body(INTERVIEW)
    assert interview(body)
    assert not own_voice(body)  # the "I" is the interviewee's, in her answers


def test_a_news_report_with_one_q_is_no_interview():
    body = Body("Q: the letter stands for a question.\n\nThe council met on Monday and voted for the plan.\n")
    assert not interview(body)
    assert not interview(Body("Quebec voted on Monday.\n\nQuotas rose.\n\nA new plan passed.\n"))


def test_nothing_is_drafted_from_the_interviewers_question_and_no_author_argues(tmp_path: Path):
    drafted = deck(tmp_path, INTERVIEW, "Former minister says Valmora harbour needs help")
    for question in drafted["questions"]:
        text = str(question.get("statement", "")) + str(question.get("prompt", ""))
        assert "The author argues" not in text
        assert "in your book" not in text and "QBut" not in text
    found = analysis(INTERVIEW)
    asking = [INTERVIEW.index("Q: Your"), INTERVIEW.index("QBut"), INTERVIEW.index("Q Would")]
    for candidate in found.candidates:
        for start in asking:
            assert not start <= candidate.position < INTERVIEW.index("\n\n", start)


ROLES = ("Former Ohio governor Mike Harlan and former Iowa senator Rick Daneson both spoke in Riverton on "
         "Monday, as did former Utah governor Tom Brayde and former secretary of state Lena Fosk.\n\n"
         "\"The race is far from over,\" Harlan said. \"The party should unite,\" Daneson said. Brayde left early.\n\n"
         "\"I will wait,\" Fosk said. Harlan and Daneson will both campaign in Riverton again next week, and Brayde "
         "and Fosk will join them.\n")


def _role_questions(body: str) -> list[str]:
    found = analysis(body)
    return [c.fields["prompt"] for c in found.candidates if c.key[0] == "role"]


def test_no_role_question_on_a_politician_whose_post_is_not_the_story(monkeypatch: pytest.MonkeyPatch):
    assert _role_questions(ROLES) == []
    monkeypatch.setattr(questions, "post_news", lambda *_: True)
    assert len(_role_questions(ROLES)) == 4  # what round 13 asked: four labels


def test_a_role_question_stays_when_the_story_is_the_post():
    body = ROLES.replace("Brayde left early.", "Harlan was appointed to lead the party's board on Monday.")
    assert _role_questions(body) == ["What post does Mike Harlan hold, according to the article?"]


def test_a_headlines_capitalised_verb_is_no_given_name():
    body = Body("Valmora Network Fires Brandle Over an Offensive Post.\n\n"
                "Curtis Brandle, a former pitcher and analyst for the network, was fired on Wednesday.\n\n"
                "Brandle, who had worked for the network since 2010, was dismissed after sharing a post.\n\n"
                "\"I regret nothing,\" Brandle said on Thursday.\n")
    people = [p.name for p in find_names(body).people]
    assert people == ["Curtis Brandle"]  # not "Fires Brandle", the headline's verb glued to the surname


def test_a_sentence_opening_on_an_earlier_time_asks_no_who_did():
    assert past_opening("After his suspension last season, Dana Velloway replaced Brandle on the network's show.", 2016)
    assert past_opening("In 2008, Walsh's predecessor, Tom Menino, helped Clinton win the primary.", 2016)
    assert past_opening("In March 2014, Mr. Harlan worked out an accord with the senators.", 2016)
    assert not past_opening("In 2016, Mr. Harlan worked out an accord with the senators.", 2016)  # the story's year
    assert not past_opening("Harlan filed a $40 million lawsuit in 2013 alleging fraud.", 2016)  # the story's act
    assert not past_opening("Harlan said on Monday that the port would close.", 2016)


def test_the_action_on_an_earlier_time_is_not_asked(monkeypatch: pytest.MonkeyPatch):
    body = ("Mike Harlan was fired by the Valmora network on Wednesday over an offensive post.\n\n"
            "The network said the post was unacceptable. Harlan apologised on Thursday.\n\n"
            "After his suspension last season, Dana Velloway replaced Harlan on the network's evening broadcasts.\n\n"
            "Tom Brayde said the firing was overdue. Lena Fosk said the network had waited too long. Ana Lima "
            "said nothing.\n")
    header = " date 2016-04-21 Valmora network fires Harlan over a post\n\n"
    replaced = "Who replaced Mike Harlan on the network's evening broadcasts?"
    assert replaced not in [c.fields["prompt"] for c in analysis(body, header).candidates if c.key[0] == "action"]
    monkeypatch.setattr(claim, "past_opening", lambda *_: False)  # what round 13 asked
    assert replaced in [c.fields["prompt"] for c in analysis(body, header).candidates if c.key[0] == "action"]


def test_a_lead_that_opens_on_how_things_usually_go_is_the_premise_and_the_turn_is_the_claim(monkeypatch):
    from trainer.draft import statements

    monkeypatch.setattr(statements, "headline_statement", lambda *_: None)  # the lead's claim, as before round 15
    body = ("Usually when a port is rebuilt, the city asks its own engineers to plan the work and explain its cost.\n\n"
            "Apparently in Valmora, local engineers do not count. Mayor Dana Velloway won the vote to rebuild the docks "
            "on Monday. Yet the planning of the new docks has been handed almost entirely to foreign firms.\n\n"
            "Tom Brayde, a city engineer, said the council had never asked him. Lena Fosk, a council member, said the "
            "firms were cheaper.\n")
    found = analysis(body, " date 2025-10-16 Valmora docks plan highlights engineers' gap\n\n")
    claims = [c for c in found.candidates if c.key[0] == "lead"]
    assert len(claims) == 1
    text = claims[0].fields.get("statement") or claims[0].fields.get("prompt")
    assert "foreign firms" in text and "Usually" not in text


def test_a_partys_nomination_is_a_race_not_news_of_a_post():
    """'… challenging her for the Democratic presidential nomination' beside a deputy secretary's name made his
    post the story and asked 'What post does X hold?' (a held deck of the night stop; judges delete such labels)."""
    race = ROLES.replace("Brayde left early.", "Harlan endorsed the man who sought the party's presidential "
                                                "nomination.")
    assert _role_questions(race) == []
    appointed = ROLES.replace("Brayde left early.", "Harlan accepted his nomination to lead the party's board.")
    assert _role_questions(appointed) == ["What post does Mike Harlan hold, according to the article?"]
