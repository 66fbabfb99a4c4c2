"""Each attribution style on a small text: who said what, and what is left out."""

from __future__ import annotations

import pytest

from trainer.draft.names import find_names
from trainer.draft.quotes import find_quotes, quote_spans
from trainer.draft.text import Body

INTRO = "German Foreign Minister Anna Weber met her counterparts in Geneva on Monday.\n\n"


def said(text: str) -> list[tuple[str, str]]:
    body = Body(text)
    return [(q.text, q.speaker.name) for q in find_quotes(body, find_names(body))]


@pytest.mark.parametrize("text", [
    "“The talks were useful,” Anna Weber said.",
    "“The talks were useful,” said Anna Weber.",
    "“The talks were useful,” German Foreign Minister Anna Weber told reporters.",
    "Anna Weber said: “The talks were useful.”",
    "Anna Weber told reporters in Geneva that “the talks were useful.”",
    "Asked about the meeting, Anna Weber responded that “the talks were useful.”",
    "“The talks were useful,” according to Anna Weber.",
    "According to Anna Weber, “the talks were useful.”",
])
def test_attribution_before_or_after(text):
    assert [speaker for _, speaker in said(INTRO + text)] == ["Anna Weber"]


def test_called_it():
    assert said("Trump called it “a good idea,” but took no action.") == [("a good idea", "Trump")]


def test_surname_resolves_to_the_full_name():
    assert said(INTRO + "“We will return,” Weber added.") == [("We will return", "Anna Weber")]


def test_pronoun_resolves_to_the_person_named_before():
    text = INTRO + "Weber spoke after the session.\n\n“Nothing is agreed until everything is agreed,” she added."
    assert said(text)[-1] == ("Nothing is agreed until everything is agreed", "Anna Weber")


def test_role_resolves_to_the_person_with_that_role():
    text = (INTRO + "Polish Prime Minister Jan Nowak also attended.\n\n"
            "“Europe must stand together,” the foreign minister stressed.")
    assert said(text) == [("Europe must stand together", "Anna Weber")]


def test_role_shared_by_two_people_is_not_trusted():
    text = (INTRO + "French Foreign Minister Paul Martin also attended.\n\n"
            "“Europe must stand together,” the foreign minister stressed.")
    body = Body(text)
    [quote] = find_quotes(body, find_names(body))
    assert quote.cue == "role, ambiguous" and quote.confidence < 0.6


def test_quote_over_several_sentences_and_paragraphs():
    text = INTRO + ("“We came to listen,” Weber said. “We heard a great deal.\n\n"
                    "“Now we must decide.”")
    assert said(text) == [("We came to listen", "Anna Weber"),
                          ("We heard a great deal. “Now we must decide.", "Anna Weber")]


def test_whole_paragraph_quote_after_an_attributed_one():
    text = INTRO + "“We came to listen,” Weber said.\n\n“Now we must decide.”"
    body = Body(text)
    quotes = find_quotes(body, find_names(body))
    assert [(q.text, q.speaker.name, q.cue) for q in quotes][-1] == ("Now we must decide.", "Anna Weber", "next paragraph")


def test_straight_quotes_work_too():
    assert said(INTRO + '"The talks were useful," Weber said.') == [("The talks were useful", "Anna Weber")]


@pytest.mark.parametrize("text", [
    "“The talks failed,” a senior official said.",
    "“The talks failed,” the ministry said in a statement.",
    "Russia called the plan “a provocation.”",
    "“The talks failed,” he said.",
])
def test_unresolvable_speakers_are_left_out(text):
    assert said(text) == []


def test_a_country_is_never_a_speaker():
    text = "Moscow said the plan was “a dangerous provocation that changes nothing.”"
    assert said(text) == []


def test_quote_spans_pair_marks_within_and_across_paragraphs():
    body = Body("He said “one” and “two.\n\n“three”. Then “four")
    assert [body.text[s:e] for s, e in quote_spans(body)] == ["one", "two.\n\n“three"]


# Attribution shapes that left real news quotes (PolNeAR train) without a speaker; invented sentences.
PEOPLE = ("Josh Schwerin, a spokesman for the campaign, and Senator Sherrod Brown met Anna Weber and Marco Ruiz in "
          "Geneva on Monday.\n\n")


@pytest.mark.parametrize("text", [
    "“The talks were useful,” campaign spokesman Josh Schwerin said.",  # a post with an owner before the name
    "“The talks were useful,” Weber's spokesman Josh Schwerin said at the time.",
    "“The talks were useful,” Schwerin, 58, told reporters.",  # an age as appositive
    "“The talks were useful,” Schwerin, the campaign's longtime press aide, said.",
    "“The talks were useful,” said Dr. Josh Schwerin.",  # a title's point ends no clause
    "“The talks were useful,” Schwerin has said.",  # an auxiliary between name and verb
    "Josh Schwerin once said: “The talks were useful.”",  # an adverb between name and verb
    "“The talks were useful,” Schwerin charged.",  # more speech verbs
    "Pollsters agree - Josh Schwerin: “The talks were useful.”",  # a name before a colon
    "Later, Josh Schwerin met Marco Ruiz, telling reporters, “The talks were useful.”",  # a participle
])
def test_speakers_found_in_the_shapes_real_news_uses(text):
    assert [speaker for _, speaker in said(PEOPLE + text)] == ["Josh Schwerin"]


def test_said_sen_x_of_a_state_names_the_senator():
    assert said(PEOPLE + "“The talks were useful,” said Sen. Sherrod Brown of Ohio.") == [
        ("The talks were useful", "Sherrod Brown")]


def test_a_name_after_a_preposition_is_not_the_speaker():
    assert said(PEOPLE + "“The talks were useful,” a source close to Weber said.") == []


def test_a_quote_goes_on_with_its_speaker_across_names_in_its_own_attribution():
    found = said(PEOPLE + "“The talks were useful,” Weber spokesman Josh Schwerin said. “We will return.”")
    assert found == [("The talks were useful", "Josh Schwerin"), ("We will return.", "Josh Schwerin")]
    other = said(PEOPLE + "“The talks were useful,” Josh Schwerin said. Marco Ruiz left. “We will return.”")
    assert ("We will return.", "Josh Schwerin") not in other


def test_a_quote_takes_the_speaker_of_the_attributed_quote_right_after_it():
    found = said(PEOPLE + "“The talks were useful.” “We will return,” Schwerin said.")
    assert found == [("The talks were useful.", "Josh Schwerin"), ("We will return", "Josh Schwerin")]
    other = said(PEOPLE + "“The talks were useful.” Marco Ruiz left. “We will return,” Schwerin said.")
    assert other == [("We will return", "Josh Schwerin")]
