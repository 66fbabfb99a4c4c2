"""Issue 10 (recall): quotes lost to their marks: a closing mark typed as an opening one, a speaker signed after a
dash right after the quote. Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis
from trainer.draft.quotes import quote_spans
from trainer.draft.text import Body


def _speakers(body: str) -> dict[str, str | None]:
    """The speaker of each quote the drafter found, by the quote's first words."""
    return {" ".join(f.text.split()[:4]): f.speaker.name if f.speaker else None for f in analysis(body).quotes}


def _quotes(body: str) -> list[str]:
    found = Body(body)
    return [found.text[start:end] for start, end in quote_spans(found)]


#: Closing marks typed as opening ones ('“…,“ said', '“…?“ he asked', a word in marks '“stubborn“ in'): the quote
#: was restarted at the stray mark and lost.
MISTYPED_CLOSE = (
    "The harbour towns voted on Tuesday, and the count ran late into the night.\n\n"
    "“The harbour towns have never voted this way before, and the port deal made the difference,“ said Ramon "
    "Estrada, the council leader.\n\n"
    "Minister Odile Varga called the result “stubborn“ in a radio interview. “Do you want to run the port "
    "yourself?“ she asked.\n")


def test_a_closing_mark_typed_as_an_opening_one_closes_the_quote():
    assert _quotes(MISTYPED_CLOSE) == [
        "The harbour towns have never voted this way before, and the port deal made the difference,",
        "stubborn", "Do you want to run the port yourself?"]
    speakers = _speakers(MISTYPED_CLOSE)
    assert speakers.get("The harbour towns have") == "Ramon Estrada"


def test_an_opening_mark_before_a_word_inside_a_quote_still_starts_a_new_quote():
    # a stray opening mark where a word follows it is no closing one: the quote starts again there
    assert _quotes("He said “the port is “ready for ships” on Monday.\n") == ["ready for ships"]


#: A debate's lines, each quote a paragraph of its own signed on the next line after a dash.
SIGNED = (
    "Senator Paula Varga and Governor Ramon Estrada met in Portside on Thursday for their last debate before the "
    "harbour vote.\n\n"
    "Here are the lines that mattered.\n\n"
    "\"The port deal gives away the harbour for a generation and the towns get nothing back.\"\n\n"
    "- Paula Varga.\n\n"
    "\"I have built more docks in four years than my opponent proposed in twenty.\"\n\n"
    "—Estrada, answering a question on jobs.\n\n"
    "Both candidates will speak again in Valmora on Saturday.\n")


def test_a_quote_signed_after_a_dash_on_the_next_line_is_the_signer_s():
    speakers = _speakers(SIGNED)
    assert speakers.get("The port deal gives") == "Paula Varga"
    assert speakers.get("I have built more") == "Ramon Estrada"


def test_a_dash_line_after_narration_signs_no_quote():
    body = ("Governor Ramon Estrada said the port would open in May. His rival called the plan \"a harbour for "
            "the few and not for the towns.\"\n\n- Paula Varga.\n")
    assert _speakers(body).get("a harbour for the") != "Paula Varga"


#: A quote with a quote inside it in the same curly marks: the outer quote was restarted at the inner one and lost.
NESTED = (
    "The harbour vote drew crowds to Portside on Tuesday.\n\n"
    "Ramon Estrada, the council leader, wrote: “People at the rally wore “Save The Harbour” shirts, and they will "
    "vote against the port deal in May.”\n")


def test_a_quote_inside_a_quote_in_the_same_marks_leaves_the_outer_quote_whole():
    assert _quotes(NESTED) == ["People at the rally wore “Save The Harbour” shirts, and they will vote against the "
                               "port deal in May."]
    assert _speakers(NESTED).get("People at the rally") == "Ramon Estrada"


def test_a_stray_opening_mark_before_a_complete_quote_is_no_nesting():
    # the paragraph's next marks are a close then an open: the first quote was left open, the second stands alone
    assert _quotes("He called the plan “a giveaway, and she said “we will win,” and “fine.”\n") == [
        "we will win,", "fine."]


def test_a_deck_drafted_from_mispaired_marks_and_signatures_passes_check_strict(tmp_path):
    from trainer.cli import main

    article = tmp_path / "article.txt"
    article.write_text(f" date 2025-10-16 Harbour vote in Portside\n\n{MISTYPED_CLOSE}\n{SIGNED}\n{NESTED}", encoding="utf-8")
    assert main(["draft", str(article), "-o", str(tmp_path / "deck.yaml")]) == 0
    assert main(["check", "--strict", str(tmp_path / "deck.yaml")]) == 0
