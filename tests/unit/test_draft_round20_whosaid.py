"""Round 20 of issue 10's who_said rules (held23/held24 judged: a quote credited to the next paragraph's speaker,
fragments were 13 deletes, non-people offered as speakers). Invented article text only."""

from __future__ import annotations

import drafting

from trainer.draft import questions as qs

HEADER = " date 2025-10-16 {}\n\n"
TITLE = "Valmora harbour levy splits the council"


def _found(body: str, title: str = TITLE) -> dict[str, str]:
    """Each who_said candidate's quote and the speaker it is credited to (before the deck's selection)."""
    return {c.fields["quote"]: c.fields["answer"] for c in drafting.analysis(body, HEADER.format(title)).candidates
            if c.fields.get("type") == "who_said"}


def test_a_quote_continuing_after_its_attribution_keeps_that_speaker_when_paragraphs_are_single_lines():
    """held23: '“That is a problem …,” said Rep. Jim Clyburn (D-S.C.), a member of House Democratic leadership.
    “I would love to see Mr. Sanders endorse …” \\nRep. Steve Israel (D-N.Y) said …' (paragraphs one line each):
    the second quote was credited to Israel, whose line follows it, and Clyburn was not even a choice."""
    body = (
        "Council members met with the mayor, Ellen Farr, on Wednesday to plan the levy vote. \n"
        "“The levy will cost every dock worker about 300 crowns a year,” said Rep. Tomas Brenner (D-Ore.), "
        "a member of the council's leadership. “I would love to see the Port Authority drop the levy, and I think "
        "it will.” \n"
        "Rep. Maria Kessler (D-N.Y) said the mayor called on members to be “closely coordinated.” "
        "She added that the vote “is going to be about the southern quays.”\n"
        "“We measured the silt at the north pier and it has doubled since 2019,” said Paul Berg, the harbour "
        "engineer.\n")
    found = _found(body)
    love = next(q for q in found if q.startswith("I would love"))
    assert found[love] == "Tomas Brenner"


def test_praise_prediction_and_mood_lines_are_fragments():
    """held23/held24: 13 who_said deleted as fragments: "There's tremendous energy in terms of potential in a whole
    host of races", "he's a very good campaign surrogate for her", "She's going to win. It's going to be closer
    than it should be.", "have to come together on policy ideas", "operating in a very ambitious way", a tweet of
    congratulations, "signifying tone". A figure, or more than a mood line's words, keeps a quote."""
    for line in ("There's tremendous energy in terms of potential in a whole host of districts",
                 "he's a very good campaign surrogate for her",
                 "She's going to win. It's going to be closer than it should be.",
                 "The council and the mayor have to come together on policy ideas",
                 "There is no question that Brenner is operating in a very ambitious way.",
                 "Congratulations to Brenner, and to all the volunteers who poured your hearts into this: Forward!",
                 "We like the idea of it, signifying tone."):
        assert qs.pointless(line), line
    for line in ("We will win the north ward by ten points",
                 "The levy will cost every dock worker about 300 crowns a year",
                 "I think she will win the vote because the Port Authority never spent the last levy on the quays"):
        assert not qs.pointless(line), line


def test_a_mood_line_is_not_asked_in_the_deck(tmp_path):
    body = (
        '"The levy will cost every dock worker in Valmora about 300 crowns a year," said Tomas Brenner, the union '
        "leader.\n\n"
        '"We measured the silt at the north pier and it has doubled since 2019," said Maria Kessler, the harbour '
        "engineer.\n\n"
        '"She\'s going to win. It\'s going to be closer than it should be," said Paul Berg, a council member.\n\n'
        '"There\'s tremendous energy in terms of potential in a whole host of wards," said Ann Roos, a councilwoman.\n')
    asked = {q["answer"] for q in drafting.who_said(drafting.deck(tmp_path, body, TITLE))}
    assert "Tomas Brenner" in asked
    assert "Paul Berg" not in asked and "Ann Roos" not in asked


def test_a_quote_reported_as_the_end_of_a_congratulation_is_a_fragment(tmp_path):
    """held24: 'Clinton tweeted congratulations to Sanders, adding "to all the voters and volunteers who poured
    your hearts into this campaign: Forward!"' was asked (deleted by both judges as a stock tweet)."""
    body = (
        '"The levy will cost every dock worker in Valmora about 300 crowns a year," said Tomas Brenner, the union '
        "leader.\n\n"
        '"We measured the silt at the north pier and it has doubled since 2019," said Maria Kessler, the harbour '
        "engineer.\n\n"
        'Ellen Farr tweeted congratulations to Brenner, adding "to all the dock workers and volunteers who poured '
        'your hearts into this fight: Onward!"\n')
    found = [c for c in drafting.analysis(body, HEADER.format(TITLE)).candidates
             if c.fields.get("type") == "who_said" and c.fields["answer"] == "Ellen Farr"]
    assert found and all(c.fragment for c in found)


def test_momentum_in_a_claim_is_no_mood_line():
    """held23: Sanders's "And if we go marching into the Democratic convention with a lot of momentum, we're going
    to march out with the nomination" (his case for staying in, kept with edits) is a claim, not a mood line."""
    assert not qs.pointless("And if we go marching into the council vote with a lot of momentum, we're going to "
                            "march out with the levy repealed")


NON_PEOPLE = (
    '"The port hid this silt report from the council for years," said Harbour Watch President Tomas Brenner.\n\n'
    "The report, released by Harbour Watch, was sent by Maria Kessler, the harbour engineer, in 2019. Harbour Watch, "
    "in releasing it, noted testimony by Paul Berg, the former deputy harbour master.\n\n"
    '"We measured the silt at the north pier and it has doubled since 2019," said Maria Kessler.\n\n'
    '"The Port Authority has not spent a crown of the last levy on the southern quays," said Paul Berg.\n\n'
    "Telegram has suspended 200 smugglers' accounts. Smugglers half-jokingly put the location on their profile as "
    "''Wilayat Telegram,'' or ''the province of Telegram.'' Telegram said the rules are clear.\n\n"
    '"The levy will cost every dock worker about 300 crowns a year," said Ellen Farr, the union leader.\n\n'
    "Ann Roos reported from Valmora. Associated Press writer Karl Moser contributed from Ostby.\n\n"
    "On Twitter follow Tom Lund https://twitter.com/TomLund and Ann Roos https://twitter.com/annroos.\n")


def test_a_body_a_nickname_in_quote_marks_and_a_reporting_credit_are_no_ones_choices(tmp_path):
    """held24: "Judicial Watch" (the speaker's own group) and "Wilayat Twitter" (a nickname in quote marks)
    offered as who said it; held23: "Associated Press writer Jill Colvin contributed from Albuquerque." offered
    as a choice."""
    drafted = drafting.deck(tmp_path, NON_PEOPLE, TITLE)
    choices = {c for q in drafting.who_said(drafted) for c in q["choices"]}
    assert drafting.who_said(drafted)
    assert not choices & {"Harbour Watch", "Wilayat Telegram", "Karl Moser", "Ann Roos"}, choices


def test_a_two_word_name_ending_on_a_body_word_is_a_thing_but_a_surname_stays():
    from trainer.draft.names import thing_names

    found = drafting.analysis(NON_PEOPLE + 'Cheryl Mills, an aide, said "the levy is 300 crowns too high."\n')
    things = thing_names(found.body, found.names)
    assert "Harbour Watch" in things
    # round 26: a nickname only written in quote marks no longer renames "Telegram": no one is read under it at all
    assert "Wilayat Telegram" not in {p.name for p in found.names.people}
    assert "Cheryl Mills" not in things and "Tomas Brenner" not in things


def test_a_writer_who_contributed_from_a_place_is_press():
    """held23: "Associated Press writer Jill Colvin contributed from Albuquerque." (a reporting credit) made her
    a choice beside Sanders and Reid, then "On Twitter follow Ken Thomas https://twitter.com/KThomasDC" did; a
    reporting credit or a reporter's handle marks the press, offered beside no politician."""
    found = drafting.analysis(NON_PEOPLE)
    press = {p.name for p in found.names.people if p.press}
    assert {"Karl Moser", "Ann Roos", "Tom Lund"} <= press
    assert "Ellen Farr" not in press


def test_a_quote_does_not_open_on_but_having_said_that_or_a_cut_and():
    """held24: "But if even one load gets through …", "But it would be a stretch …", "Having said that, there are a
    lot of shows …" and "…and I don't think anybody gets the nomination …" were all edited to drop the link."""
    assert qs.without_lead_in("But if even one load gets through before we find it, they consider it a success.") \
        == "if even one load gets through before we find it, they consider it a success."
    assert qs.without_lead_in("Having said that, there are a lot of shows out there competing for people's "
                              "attention.").startswith("there are a lot of shows")
    assert qs.tidy_cut("…and I don't think anybody wins the levy vote that's not in sync with the dock workers.") \
        == "…I don't think anybody wins the levy vote that's not in sync with the dock workers."
    assert qs.without_lead_in("But no.") == "But no."  # too short to stand without it


def test_a_short_last_sentence_a_little_over_the_limit_is_kept():
    """held24: McCaffrey's "… when the agency lacks a high-confidence ability to detect cross-border tunnels. No
    wall is going to fix that." was shown cut before its punchline (both judges: include it)."""
    text = ("it would be a stretch to say that the harbour towns are safe when the port authority "
            "lacks any way to measure the silt under the north pier. No levy is going to fix that.")
    assert qs.phrase_cut(text).endswith("No levy is going to fix that.")
    longer = text + " We have said so to the council for ten years and to the mayor for five of them."
    assert not qs.phrase_cut(longer).endswith("five of them.")


def test_that_in_a_later_sentence_of_the_quote_points_to_the_sentence_before():
    """held24: McCaffrey's "… to detect cross-border tunnels. No wall is going to fix that." ("that" is the
    sentence before it, shown); "that" in the first sentence shown still points outside the quote."""
    assert not qs.dangling_reference("the port authority lacks any way to measure the silt under the north pier. "
                                     "No levy is going to fix that.")
    assert qs.dangling_reference("No levy is going to fix that. The port authority knows it.")


def test_it_that_and_this_with_nothing_to_refer_to_hang_the_quote():
    """held23/held24 edits: Cummings's "By the way, that's coming along very good so far …", Trump's "It's
    something that's being discussed. …" (paid family leave), Kaplan's "If you see that, you know what you're
    getting …": each leans on what the quote does not show. "It is so clear that …" only anticipates."""
    assert qs.unresolved_pronoun("By the way, that's coming along very well so far, and we will reach a deal on "
                                 "the levy by Saturday.")
    assert qs.unresolved_pronoun("It's something that's being discussed. I think we have to keep the port very "
                                 "competitive.")
    assert qs.dangling_reference("If you see that, you know what you're getting, as opposed to some name that "
                                 "means nothing.")
    assert not qs.unresolved_pronoun("It is clear that the levy will cost every dock worker 300 crowns.")
    assert not qs.dangling_reference("If you see the levy notice, you know what you're getting.")


def test_a_mood_line_after_a_reported_clause_is_a_fragment():
    """held23: 'Who said that because Obama is popular with Democratic voters, “he's a very good campaign
    surrogate for her”?' (deleted: a stock surrogate line) was asked by its reported clause, which the fragment
    test did not read."""
    body = (
        '"The levy will cost every dock worker in Valmora about 300 crowns a year," said Tomas Brenner, the union '
        "leader.\n\n"
        '"We measured the silt at the north pier and it has doubled since 2019," said Maria Kessler, the harbour '
        "engineer.\n\n"
        "Ellen Farr said that because the mayor is popular with dock workers, \"he's a very good campaign surrogate "
        'for her."\n')
    found = [c for c in drafting.analysis(body, HEADER.format(TITLE)).candidates
             if c.fields.get("type") == "who_said" and c.fields["answer"] == "Ellen Farr"]
    assert found and all(c.fragment for c in found)
