"""Round 18 of issue 10's who_said rules (held21/held22 judged: fragments were 7 of 16 who_said deletes, a book
title was asked as a quote, a stock tweet of praise was asked). Invented article text only."""

from __future__ import annotations

import drafting

from trainer.draft import questions as qs

HEADER = " date 2025-10-16 {}\n\n"
TITLE = "Valmora harbour levy splits the council"

OTHERS = (
    '"The levy will cost every dock worker in Valmora about 300 crowns a year," said Tomas Brenner, the union '
    "leader.\n\n"
    '"We measured the silt at the north pier and it has doubled since 2019," said Maria Kessler, the harbour '
    "engineer.\n\n"
    '"The Port Authority has not spent a crown of the last levy on the southern quays," said Paul Berg, a council '
    "member.\n\n")


def _prompts(body: str, title: str = TITLE) -> list[str]:
    """The prompts of every who_said candidate the drafter found (before the deck's selection)."""
    return [c.fields["prompt"] for c in drafting.analysis(body, HEADER.format(title)).candidates
            if c.fields.get("type") == "who_said"]


def _asked(tmp_path, body: str, title: str = TITLE) -> dict[str, str]:
    return {q["answer"]: q["prompt"] for q in drafting.who_said(drafting.deck(tmp_path, body, title))}


def test_a_sentence_that_names_nothing_or_no_figure_is_not_anchored():
    assert not qs.anchored("And people are afraid. They're afraid of terrorism, rightfully so.")
    assert not qs.anchored("The decision today is a reminder that we all need to exercise that right this fall")
    assert qs.anchored("What somebody like a Karl Moser is doing is playing on the fears of the dock workers")
    assert qs.anchored("We need 20 more votes")
    assert qs.anchored("The Port Authority has not spent it")


def test_the_generic_half_of_a_remark_gives_way_to_the_half_that_names_something(tmp_path):
    """held21: Sanders's "What somebody like a Donald Trump is doing is playing on the fears …" said before "And
    people are afraid. They're afraid of terrorism, rightfully so." (asked, deleted by both judges as a
    fragment); the second half names nothing, the first names whom it is about."""
    body = OTHERS + (
        '"What somebody like a Karl Moser is doing is playing on the fears and anxieties of the dock workers," '
        'said Ellen Farr, the mayor. "And people are worried. They are worried about their wages, rightfully so."\n')
    asked = _asked(tmp_path, body)
    assert "Ellen Farr" in asked and "Karl Moser" in asked["Ellen Farr"]
    assert "worried about their wages" not in asked["Ellen Farr"]


def test_a_title_in_quote_marks_is_nobodys_remark():
    """held21: 'a collection from the cartoonist Garry Trudeau called “Yuge!: 30 Years of Doonesbury on Trump.”'
    was asked as Trudeau's words (deleted by all four ratings as a label)."""
    body = OTHERS + (
        "There is also a collection from the cartoonist Ellen Farr called \"Levy!: Ten Years of Drawing the "
        "Harbour.\" And the poet Ann Roos has a book titled \"Silt, a Memoir of the North Pier.\" Another is in his "
        "new book, \"The Port That Ate the Town.\"\n")
    prompts = " ".join(_prompts(body))
    assert "Levy!" not in prompts and "Silt, a Memoir" not in prompts and "Ate the Town" not in prompts
    assert "300 crowns" in prompts  # a quote after 'said' is still asked


def test_a_stock_pat_on_the_back_is_an_endorsement():
    """held21: Clinton's tweet "Proud of my friend @GovernorVA for continuing to break down barriers to voting"
    (deleted as a fragment by both judges): any ally says it."""
    assert qs.endorsement("Proud of my friend @GovernorVA for continuing to break down barriers to voting")
    assert qs.endorsement("Congratulations to @ValmoraPort on a great season")
    assert qs.endorsement("So proud of you, Ellen, and the whole harbour crew")
    assert not qs.endorsement("I am proud of what this levy has built on the north pier")


def test_no_bracket_repeats_a_given_name_the_quote_just_said():
    """held22: Cruz's "For whatever reason, Donald doesn't react well when [Trump is] going down in the polls"
    (both judges: the bracket after 'Donald' is redundant)."""
    text = "For whatever reason, Karl doesn't react well when he's going down in the polls."
    assert qs.unnamed_referents(text, (("he", "Karl Moser"),)) == ()
    assert qs.unnamed_referents(text, (("he", "Paul Berg"),)) == (("he", "Paul Berg"),)


def test_a_given_name_alone_gets_its_surname_in_brackets():
    """held21: Obama's "Bill has pointed out, and he's absolutely right, that …" (judge: resolve 'Bill' to
    [Bill Gates]); once, never for two people of one given name, the speaker, or a surname the quote says."""
    from trainer.draft.names import Person

    people = [Person("Karl Moser"), Person("Paul Berg"), Person("Paula Roos")]
    assert qs.with_given_names("Karl has pointed out that Karl is right", people) == \
        "Karl [Moser] has pointed out that Karl is right"
    assert qs.with_given_names("Karl Moser has pointed out", people) == "Karl Moser has pointed out"
    assert qs.with_given_names("Karl has pointed out", people, speaker="Karl Moser") == "Karl has pointed out"
    twins = [Person("Karl Moser"), Person("Karl Brenner")]
    assert qs.with_given_names("Karl has pointed out", twins) == "Karl has pointed out"
    namesakes = [Person("Karl Moser"), Person("Greta Moser")]  # the given name is what tells them apart
    assert qs.with_given_names("Karl has pointed out", namesakes) == "Karl has pointed out"


def test_two_quotes_with_a_reporters_sentence_between_are_never_spliced():
    """held21: Podesta's "Throughout 2014, we viewed getting the Chinese …" and, after 'Obama played a personal
    role, too.', his "It was really the president's personal energy …" were shown as one quote (both judges:
    two quotes spliced; use the China sentence alone). Next to each other they are still asked together."""
    spliced = OTHERS + (
        '"Throughout 2019, we viewed getting the northern ports to be active players as critical to the levy," said '
        'Ellen Farr, who now chairs the harbour board. Moser played a personal role, too. "It was really the '
        "mayor's personal energy,\" Farr added.\n")
    assert not any("2019" in p and "personal energy" in p for p in _prompts(spliced))
    assert any("2019" in p for p in _prompts(spliced))
    joined = OTHERS + (
        '"The way many ports are going is to follow the Valmora model," said Ellen Farr, the harbour engineer. '
        '"It seems totally nuts, but the silt has doubled."\n')
    assert any("Valmora model" in p and "totally nuts" in p for p in _prompts(joined))


def test_a_quote_on_a_party_as_others_is_not_offered_with_only_that_partys_people():
    """held22: Palmieri's "… Republicans and their super PACs have made clear (which) candidate they're actually
    afraid to face" offered Trump, Rove and the RNC's spokesman Spicer (both judges: only the Clinton aide fits;
    add Tad Devine, quoted in the article)."""
    from trainer.draft.names import Person

    people = [Person("Karl Moser", party="Republican"), Person("Ann Roos", party="Republican"),
              Person("Sean Kohl", role="spokesman"), Person("Tad Berg"), Person("Ellen Farr")]
    intros = {"Sean Kohl": "Republican National Committee spokesman", "Tad Berg": "Farr's senior media adviser"}

    def about(name):
        return intros.get(name, "")
    quote = "Republicans and their super PACs have made clear which candidate they're afraid to face"
    swapped = qs.other_side(quote, people[4], ["Karl Moser", "Ann Roos", "Sean Kohl"], people, about,
                            {"Tad Berg", "Karl Moser"}, frozenset())
    assert swapped == ["Karl Moser", "Ann Roos", "Tad Berg"]
    mixed = ["Karl Moser", "Ann Roos", "Tad Berg"]
    assert qs.other_side(quote, people[4], mixed, people, about, {"Tad Berg"}, frozenset()) == mixed
    assert qs.other_side("We will win the harbour", people[4], ["Karl Moser", "Ann Roos", "Sean Kohl"], people,
                         about, {"Tad Berg"}, frozenset()) == ["Karl Moser", "Ann Roos", "Sean Kohl"]


def test_a_speakers_own_home_is_matched_by_a_choice_from_that_place():
    """held22: Trump's "I lived in New York City and Manhattan my whole life …" beside Sweet, Bush and Tyler
    (both judges: only Trump is a lifelong New Yorker); the article names 'New York Gov. Andrew M. Cuomo'."""
    from trainer.draft.names import Person

    people = [Person("Karl Moser"), Person("Ann Roos"), Person("Tad Berg"), Person("Ellen Farr"), Person("Otto Lind")]
    intros = {"Otto Lind": "Valmora City Gov."}

    def about(name):
        return intros.get(name, "")
    quote = "I lived in Valmora City my whole life, so my views are a little bit different"
    assert qs.own_place(quote, people[0], ["Ann Roos", "Tad Berg", "Ellen Farr"], people, about, frozenset()) == \
        ["Ann Roos", "Tad Berg", "Otto Lind"]
    assert qs.own_place("I like the harbour", people[0], ["Ann Roos", "Tad Berg", "Ellen Farr"], people, about,
                        frozenset()) == ["Ann Roos", "Tad Berg", "Ellen Farr"]


def test_a_demonstrative_noun_the_quote_does_not_name_before_is_unresolved():
    """held19/held18: Goldstein's "… would choose a presidential candidate for this reason" and Centinello's
    "The only ones peering into this crystal ball …" (judges: resolve it, or do not ask)."""
    assert qs.dangling_reference("The only ones peering into this crystal ball more closely than the staff")
    assert qs.dangling_reference("voters would choose a candidate for this reason, given the economy")
    assert not qs.dangling_reference("There is one reason: the levy. For this reason we vote no.")
    assert not qs.dangling_reference("We like this plan for the north pier")


def test_a_two_part_quotes_proof_holds_no_narration(tmp_path):
    """Left from round 16 (held17/held18 judges: 'quote field garbled with narration'): a quote asked with the
    speaker's next sentence keeps as its proof the longer part, the article's exact words, and the prompt still
    shows both; the deck passes check --strict."""
    from trainer.cli import main

    body = OTHERS + (
        '"The way many ports are going is to follow the Valmora model," said Ellen Farr, the mayor, at '
        'a rally on the Osterby pier. "It seems totally nuts, but the silt has doubled and the crews know it."\n')
    article = tmp_path / "article.txt"
    article.write_text(HEADER.format(TITLE) + body, encoding="utf-8")
    assert main(["draft", str(article), "-o", str(tmp_path / "deck.yaml")]) == 0
    assert main(["check", "--strict", str(tmp_path / "deck.yaml")]) == 0
    farr = [c for c in drafting.analysis(body, HEADER.format(TITLE)).candidates
            if c.fields.get("type") == "who_said" and "Valmora model" in c.fields["prompt"]]
    assert farr and "totally nuts" in farr[0].fields["prompt"]
    assert "Osterby" not in farr[0].fields["quote"] and farr[0].fields["quote"] in body


def test_a_this_after_in_of_or_for_at_a_clause_end_is_unresolved():
    """held22: Clinton's "…because I don't think the American people are all that interested in this." (both
    judges: a fragment; what "this" is, the prompt hides)."""
    assert qs.dangling_reference("because I don't think the voters are all that interested in this.")
    assert qs.dangling_reference("We are all proud of that, and we will say so")
    assert not qs.dangling_reference("We are interested in this levy")


def test_a_campaign_on_its_own_tactics_is_stock_spin():
    """held22: Sweet's "When we've responded we've attempted to stay in the counterpunch mode, hitting back on
    specifics about what he has been attacking us on" (deleted by a judge as stock campaign spin)."""
    assert qs.boilerplate("We have tried to stay in the counterpunch mode on the levy")
    assert qs.boilerplate("We will keep hitting back on specifics about what he has been attacking us on")
    assert not qs.boilerplate("The levy will cost every dock worker 300 crowns a year")


def test_a_speakers_own_faith_or_look_gives_them_away():
    """held16: "I was the only person wearing a turban" from the one Sikh among the choices (judges: a giveaway
    inside the quote)."""
    from trainer.draft.names import Person

    assert qs.reveals_speaker("I was the only person wearing a turban. There were 10,000 people there.", Person("A B"))
    assert qs.reveals_speaker("As a Muslim I felt welcome at the rally", Person("A B"))
    assert not qs.reveals_speaker("I was the only one to vote against the levy", Person("A B"))
