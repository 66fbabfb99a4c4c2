"""Round 15 of issue 10's who_said and name rules (held19 and held20 judged; over held14-held20 one name question
of 38 was kept and 55% were deleted): a name question asks the headline's action about someone the headline does
not name, among people in the answer's role. Invented article text only."""

from __future__ import annotations

from collections import Counter

import drafting

from trainer.draft import claim as cl

HEADER = " date 2025-10-16 {}\n\n"


def _found(body: str, title: str):
    return drafting.analysis(body, HEADER.format(title))


def _actions(body: str, title: str) -> dict[str, dict]:
    return {c.fields["answer"]: c.fields for c in _found(body, title).candidates if c.key[0] == "action"}


RACE = ("Voters in Valmora chose a new harbour council on Tuesday after a bitter race over the docks levy.\n\n"
        "Laura Varga won the council seat by 4,000 votes over Daniel Brandt, who wrote the levy.\n\n"
        "Maria Kessler, the mayor, had appointed Varga to the board last spring. Kessler and Varga spoke. "
        "Brandt and Kessler left.\n\n"
        "Then, Peter Halden set his wife's expectations almost impossibly high before the vote.\n\n"
        "Karl Lindqvist won the port's first council seat in 2008 after a recount in the north.\n\n"
        "Peter Halden and Karl Lindqvist met. Halden and Lindqvist spoke. Daniel Brandt met Karl Lindqvist.\n\n"
        "Paul Berg and Thomas Lund, two other members of the council, met on Monday. Berg and Lund spoke.\n\n"
        "Later, Daniel Brandt arrived reenergized and reinvigorated after his surprising victory in the suburbs.\n")


def test_headline_action_reads_the_headlines_words_in_lower_case_only():
    title = "Valmora Elects A Harbour Judge Who Once Mocked The Dockers"
    assert cl.headline_action("Valmora voters elected ___ to a full term", title) == {"elect"}
    assert cl.headline_action("the election of a new judge", title) >= {"judge"}
    assert not cl.headline_action("Harbour Judge Laura Varga spoke in Valmora", title)  # names are no action
    assert not cl.headline_action("a debate in the campaign for president", "Debate signals a long campaign")
    assert not cl.headline_action("anything at all", None)


def test_a_who_did_what_off_the_headlines_action_is_not_asked():
    """held19: 'Who arrived reenergized and reinvigorated after their surprising victory in Michigan?' and 'Who set
    their wife's expectations almost impossibly high?' under 'Scrappy debate signals long grind': side anecdotes,
    deleted or edited by both judges."""
    assert "Laura Varga" in _actions(RACE, "Levy critic wins Valmora council seat")
    asked = _actions(RACE, "Scrappy race signals long grind for Valmora")
    assert not asked  # "Who won the council seat ...?" is a side of this headline's story


def test_a_who_did_what_on_the_headlines_action_is_asked_among_the_people_in_that_role():
    """The one name question the judges kept asked who won, under a headline about the win, with the race's
    other candidate among the choices (round 15: 'choices of the same kind the article names in the same role')."""
    asked = _actions(RACE, "Levy critic wins Valmora council seat")
    assert asked["Laura Varga"]["prompt"] == ("Who won the council seat by 4,000 votes over Daniel Brandt, "
                                                 "who wrote the levy?")
    body = RACE.replace("over Daniel Brandt, who wrote the levy", "and the levy's writer was beaten")
    choices = _actions(body, "Levy critic wins Valmora council seat")["Laura Varga"]["choices"]
    assert "Karl Lindqvist" in choices  # the one other winner the article names beside "won"


def test_no_who_did_what_with_a_relatives_cue_or_a_past_years_anecdote():
    """held19: 'Who set their wife's expectations ...?' (the wife gives her husband away) and 'Who enjoyed in 2008
    after he lost Ohio and Texas?' (a past race's anecdote): both deleted."""
    asked = _actions(RACE, "Rally sets expectations high before the recount")  # the headline's words, yet:
    assert "Peter Halden" not in asked  # "their wife's expectations": the relative is the cue
    asked = _actions(RACE, "Valmora council seat changes hands")
    assert "Laura Varga" in asked and "Karl Lindqvist" not in asked  # "... seat in 2008": a past race
    assert cl._KIN.search("Who set their wife's expectations almost impossibly high?")
    assert cl.past_year("Who won the port's first council seat in 2008 after a recount?", 2025)
    assert not cl.past_year("Who won the port's first council seat in 2025?", 2025)
    assert not cl.past_year("Who paid $2008 for the seat?", 2025)


def test_a_blank_off_the_headlines_action_or_after_a_death_is_not_asked():
    """held19: 'Fill in the name: ... an anticlimax as ___ rolled toward the nomination' (the front-runner of a
    two-candidate race, off the headline) and 'The unexpected death Saturday of ___, ...' with living politicians
    as choices: deleted."""
    found = _found(RACE, "Scrappy race signals long grind for Valmora")
    names = found.names
    counts = Counter(m.person.name for m in names.mentions)
    rolled = "A week ago the vote appeared as if it might be an anticlimax as Laura Varga rolled toward the seat."
    assert cl.whom_form(rolled, names, counts, "Scrappy race signals long grind for Valmora") is None
    death = "The unexpected death on Saturday of Laura Varga has left the port's council deeply divided."
    assert cl.whom_form(death, names, counts, "Port council left divided by a death") is None
    elected = "Valmora voters elected Laura Varga to a full term on the harbour council on Tuesday."
    asked = cl.whom_form(elected, names, counts, "Valmora Elects A Levy Critic To The Council")
    assert asked is not None and asked[0].startswith("Fill in the name: Valmora voters elected ___")


def test_the_people_beside_the_headlines_action_come_first_among_the_choices():
    """'Who won?' offers the race's other candidate before the mayor who appointed the winner (held16's Wisconsin
    question: 'drop the Bannon distractor')."""
    found = _found(RACE, "Levy critic wins Valmora council seat")
    names = found.names
    counts = Counter(m.person.name for m in names.mentions)
    peers = cl.role_peers(names, frozenset({"win"}), "Laura Varga")
    assert "Karl Lindqvist" in peers and "Maria Kessler" not in peers
    varga = next(p for p in names.people if p.name == "Laura Varga")
    choices = cl.choices_for(varga, "Who won the council seat?", names, counts, peers=peers)
    assert choices[0] in peers


def test_a_who_form_given_the_headline_asks_only_its_action():
    """held14: 'Who may be testing the boundaries of tolerance on the U.S. campaign trail?' under 'Germany targets a
    surge of vitriol' (the lead's hook, deleted by both judges); the lead's caller passes its title to apply it."""
    found = _found(RACE, "Levy critic wins Valmora council seat")
    names = found.names
    counts = Counter(m.person.name for m in names.mentions)
    claim = "Laura Varga won the council seat by 4,000 votes over Daniel Brandt."
    assert cl.who_form(claim, names, counts) is not None  # no title: as before
    assert cl.who_form(claim, names, counts, title="Levy critic wins Valmora council seat") is not None
    assert cl.who_form(claim, names, counts, title="Valmora targets a surge of vitriol") is None


# The telling quote over the stock line (held19: Lasry, Lamar Smith, Shook)

DONORS = ("Hedge fund donors are sticking with Laura Varga despite her plan to tax the harbour funds, filings "
          "showed on Monday.\n\n"
          "These donors have stood by Varga as she has rolled out proposals to tax the funds. She has stopped "
          "short of calls from her rivals, Daniel Brandt and Thomas Lund, to break up the harbour banks.\n\n"
          "“She is moving a bit to the left and I think that’s fine, and people who are giving to her understand "
          "that,” said Mark Halden, a fund manager. “Obviously, some people have some issues. I think the vast "
          "majority of them won’t have issues.”\n\n"
          "“The levy will cost the harbour funds 40 million crowns a year,” Brandt said on Tuesday.\n\n"
          "“Nobody in the north will pay for cranes they never use,” Lund said.\n\n"
          "“The harbour funds have paid 12 million crowns in fees since March,” said Paul Moen, another manager.\n")


def test_a_she_that_goes_on_from_the_sentence_before_is_the_one_named_there():
    """held19: Lasry's '“She is moving a bit to the left …”' after 'These donors have stuck by Clinton as she …
    . She has stopped short of calls from ... Sanders ... and ... O'Malley': 'She' is Clinton, bracketed."""
    found = _found(DONORS, "Hedge funds stand by Varga")
    moving = next(q for q in found.quotes if "moving a bit" in q.text)
    assert ("she", "Laura Varga") in moving.referents


def test_a_speakers_quote_that_says_the_headlines_words_is_asked_over_their_stock_line():
    """held19: Lasry's "some people have some issues" was asked instead of his "moving a bit to the left"
    (deleted by both judges as a fragment); the quote that names the headline's subject is the telling one."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        deck = drafting.deck(Path(folder), DONORS, "Hedge funds stand by Varga")
    asked = {q["answer"]: q["prompt"] for q in drafting.who_said(deck)}
    assert "moving a bit to the left" in asked["Mark Halden"] and "[Varga]" in asked["Mark Halden"]


def test_a_committee_chairs_line_on_the_committees_work_gives_the_chair_away():
    """held19: Lamar Smith, 'who chairs the House ... Committee on Science', asked on "The committee's interim
    report sheds light on ..." rather than "The FDIC's intent to evade congressional oversight is a serious
    offense" (deleted and edited)."""
    from trainer.draft.names import Person
    from trainer.draft.questions import reveals_speaker

    chair = Person("Paul Berg", description="a representative from Nordby who chairs the Harbour Committee on Docks")
    assert reveals_speaker("Who said: “The committee’s interim report sheds light on the port’s lax security”", chair)
    assert reveals_speaker("Who said: “Our panel found the levy was never audited”", Person("Ana Holt", role="Panel Chairwoman"))
    assert not reveals_speaker("Who said: “The port’s intent to evade oversight is a serious offense.”", chair)
    assert not reveals_speaker("Who said: “The committee’s report is a partisan stunt”",
                               Person("Daniel Brandt", description="a port official"))


def test_a_line_true_of_every_one_of_a_kind_is_a_fragment():
    """held19: Shook's "As with all government agencies, there are management issues stemming from leadership
    ignorance of technology oversight" (deleted as generic by both judges; his point was in reported speech)."""
    from trainer.draft.questions import pointless

    assert pointless("As with all government agencies, there are management issues stemming from leadership "
                     "ignorance of technology oversight")
    assert pointless("Like any port, there are problems with the cranes and the people who run them")
    assert not pointless("As with all ports, the levy costs 40 million crowns a year")  # a figure
    assert not pointless("The report gives no convincing evidence that Norland was behind the hack")


# Non-people and names without their first name as choices (held20)

LAWS = ("Could the Harbour-Steagall Act, the old law that kept the port's banks apart, be coming back?\n\n"
        "Both parties now want the Harbour-Steagall plank in their platforms, and Laura Varga has backed it.\n\n"
        "Daniel Brandt, a former budget director, has pushed Varga to own the issue. ''By embracing Super "
        "Harbour-Steagall, Laura Varga could instantly leap to the left of the council,'' he wrote.\n\n"
        "“The levy will cost the harbour funds 40 million crowns a year,” said Thomas Lund, an analyst.\n\n"
        "“Nobody in the north will pay for cranes they never use,” said Paul Moen, a fund manager.\n\n"
        "“Reinstating the old law would not have prevented the crash of 2008,” said Maria Kessler, a senator.\n\n"
        "Debbie Wasserman Holt, the party chair, opened the hearing. “The platform is an open process,” Wasserman "
        "Holt said. Wasserman Holt and Varga spoke.\n")


def test_a_name_the_article_writes_as_a_laws_name_is_no_person():
    """held20: 'Super Glass-Steagall' (from a quote beside 'the Glass-Steagall Act') offered as a speaker in two
    who_said questions, edited by every judge ('a policy, not a person; swap for Boltansky')."""
    from trainer.draft.names import Names, Person, thing_names

    found = _found(LAWS, "Both parties want the old banking law back")
    names = Names(people=[Person("Super Harbour-Steagall"), Person("Laura Varga"), Person("Jim Crow")])
    assert thing_names(found.body, names) == {"Super Harbour-Steagall"}
    crow = drafting.analysis("“There can't be Jim Crow kind of marriage,” she said, recalling the Jim Crow laws.\n")
    assert thing_names(crow.body, names) == {"Jim Crow"}
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        deck = drafting.deck(Path(folder), LAWS, "Both parties want the old banking law back")
    questions = drafting.who_said(deck)
    assert questions
    for question in questions:
        assert "Super Harbour-Steagall" not in question["choices"]
        assert "Wasserman Holt" not in question["choices"]  # held20: the full name the article gives, or none


def test_a_laws_name_is_no_choice_of_a_name_question():
    from trainer.draft.names import Names, Person

    found = _found(LAWS, "Both parties want the old banking law back")
    people = [Person(n) for n in ("Laura Varga", "Super Harbour-Steagall", "Thomas Lund", "Paul Moen", "Maria Kessler")]
    names = Names(people=people, body=found.body)
    counts = Counter({p.name: 3 for p in people})
    choices = cl.choices_for(people[0], "Who backed the plank?", names, counts)
    assert choices and "Super Harbour-Steagall" not in choices
