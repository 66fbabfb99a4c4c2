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
