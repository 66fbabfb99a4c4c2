"""Issue 10, round 28 (who_said): quote cuts and choices the judges still marked. A prompt keeps the clause that
carries the quote's point, the editor's word in parentheses the sentence needs, and no lead-in whose "that" the
student never sees; it ends on a sentence's own stop, never ".…". Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck, who_said
from trainer.draft.questions import point_quote, without_asides, without_lead_in

#: An invented long quote that concedes first and turns on ", but …" to what the speaker means.
TURN = ("So it is absolutely fair to say, and I say it every day, that we have got to do a lot better to protect the "
        "middle class and working families, but it's also important to remember how far we have come in the last six years under the "
        "leadership of Governor Marsh and Senator Dorn")


def test_a_long_quote_shows_the_clause_after_its_turn():
    shown = point_quote(TURN)
    assert shown.startswith("…but it's also important to remember how far we have come")
    assert shown.endswith("Governor Marsh and Senator Dorn")
    assert "every day" not in shown  # the stock line it concedes is left out


def test_a_short_turn_or_one_opening_a_sentence_is_no_point_of_its_own():
    # a turn of a few words ("but I've seen it twice") says less than the clause it follows
    short = ("The harbour plan is not as generous as the ones the other candidates have put forward this spring in the "
             "towns, but I've seen it twice. It is the only plan I see saving the docks for the fleet and the families.")
    assert not point_quote(short).startswith("…but")
    # "But I believe …" opening a sentence is no turn inside one: the cut is left to the other rules
    opening = ("The harbour is the town's oldest trade and its docks have fed families for a century and more. But I "
               "believe very firmly that it is no trade at all if the boats cannot reach the docks in the winter months.")
    assert not point_quote(opening).startswith("…But I believe")


def test_an_editor_s_word_in_parentheses_stays_in_the_prompt():
    quote = ("Every year, (docks) are part of an economy where it's really difficult to become more efficient. It's "
             "labour-intensive and it's assumed that it takes a certain number of people and a lot of time to run a port.")
    shown = point_quote(quote)
    assert shown.startswith("Every year, (docks) are part of an economy")
    assert "(which) boat" in without_asides("They made clear (which) boat they fear most - the big trawler - and why.")
    # an aside in parentheses is still left out of a long quote
    assert without_asides("The towns were (and perhaps still are) the heart of the race") == \
        "The towns were the heart of the race"


def test_a_quote_ends_on_its_own_stop_not_a_stop_and_an_ellipsis():
    quote = ("Over half the harbour's berths will be sold by the end of March. So we have always been focused on making "
             "sure that the fleet keeps the berths it needs over the course of the spring and the summer.")
    assert point_quote(quote) == "Over half the harbour's berths will be sold by the end of March."
    assert point_quote("In the debates he waved the harbour's bankruptcy away as normal business.…") == \
        "In the debates he waved the harbour's bankruptcy away as normal business."


def test_a_conjunction_s_lead_in_phrase_is_dropped():
    text = ("And in the context of that debate, Senator Dorn has had great success in engaging the fishing towns. "
            "That will matter in May.")
    assert without_lead_in(text).startswith("Senator Dorn has had great success")
    # a lead-in before too few words, or with no conjunction, stays: it may be the point
    assert without_lead_in("And in that debate, Dorn won.") == "And in that debate, Dorn won."
    assert without_lead_in("In the harbour towns, Dorn has had great success with the fishing families.").startswith(
        "In the harbour towns")


ARTICLE = ("Valmora's council voted on Tuesday to close the old harbour, a decision that dismayed the fishing families "
           "who have worked its docks for generations.\n\n"
           "Mayor Dana Velloway told reporters that the harbour would cost the city too much to repair.\n\n"
           "“And in the context of that vote, Mayor Velloway has had little success in persuading the fishing "
           "families that the marina will replace the jobs they lose on the docks,” said Tomas Arkwright, the leader "
           "of the Valmora Fishing Union.\n\n"
           "Susan Ellison, a city councillor, said the vote was close. “The harbour towns will decide the next "
           "election, and the council has ignored them for a decade,” Ellison said.\n\n"
           "Peter Kerr, a city councilman, disagreed. “Forty million for docks the fleet has left is a waste of the "
           "treasury's money,” Kerr said.\n")


def test_the_drafted_prompt_starts_on_the_point_and_its_quote_is_the_article_s(tmp_path):
    asked = {q["answer"]: q for q in who_said(deck(tmp_path, ARTICLE, "Valmora closes its old harbour"))}
    question = asked["Tomas Arkwright"]
    assert question["prompt"].startswith("Who said: “Mayor Velloway has had little success")
    assert question["quote"].startswith("Mayor Velloway has had little success")  # found in the article as it is


#: An invented article with one speaker and a figure named only as a comparison, and pastors named in a list.
PASTORS = ("Ruth Calder, a bishop and the author of two books on faith, met Robert Dorn on Monday with 30 pastors. The meeting was organised "
           "by Pastors Walter Greaves and Michael Oduya at the harbour hall.\n\n"
           "Calder wrote of the meeting that Dorn fights to win. Dorn is like Thomas Blackwell. He hates losing.\n\n"
           "“The harbour plan will save forty boats and the families who sail them, and the capital owes the towns that much,” Ruth Calder "
           "said.\n\n"
           "Anna Marsh, a city councillor, disagreed. “The harbour towns have heard such promises from every candidate "
           "for a decade,” Marsh said.\n")


def test_a_figure_named_only_as_a_comparison_is_no_one_of_the_story():
    from trainer.draft.names import compared_only

    found = analysis(PASTORS)
    assert compared_only(found.body, found.names) == {"thomas blackwell"}
    # named in the story's own words as well, the person is of the story
    found = analysis(PASTORS + "\nThomas Blackwell, a retired admiral, backed Dorn on Tuesday.\n")
    assert compared_only(found.body, found.names) == frozenset()
    # examples of a kind take part ("experts like Paul Bauman"), and a speaker's own comparison is the speaker's
    found = analysis(PASTORS.replace("Dorn is like Thomas Blackwell.", "Preachers like Thomas Blackwell agree."))
    assert compared_only(found.body, found.names) == frozenset()
    found = analysis(PASTORS.replace("Dorn fights to win. Dorn is like Thomas Blackwell.",
                                     "Dorn fights to win. “Thomas Blackwell would know him,” she said."))
    assert "thomas blackwell" not in compared_only(found.body, found.names)


def test_pastors_named_in_a_list_are_choices_and_a_comparison_is_none(tmp_path):
    asked = who_said(deck(tmp_path, PASTORS, "Preacher backs Dorn"))
    question = next(q for q in asked if q["answer"] == "Ruth Calder")
    assert "Thomas Blackwell" not in question["choices"]
    assert {"Walter Greaves", "Michael Oduya"} & set(question["choices"])  # "Pastors Walter Greaves and Michael Oduya"


#: An invented article: a senator's "he" is the developer named just before, who never speaks.
CASINO = ("Valmora's council met on Wednesday to hear the harbour towns on the casino's bankruptcy.\n\n"
          "Governor Lena Roth has ordered a review of the casino's books.\n\n"
          "Mayor Dana Velloway said the city had been hurt. “The casino left a hole in the budget,” Velloway said.\n\n"
          "Peter Kerr, a city councilman, said the casino's owner, Robert Dorn, had hurt small firms. “Dorn took "
          "millions and left the little people with the bills,” Kerr said.\n\n"
          "“In the debates he waved this bankruptcy away as normal business for a developer,” said Senator Thomas "
          "Arkwright, who represents the harbour towns.\n")


def _subject(body: str, speaker: str) -> set[str]:
    from trainer.draft.questions import pronoun_subject

    found = analysis(body)
    finding = next(f for f in found.quotes if f.speaker.name == speaker)
    return pronoun_subject(found.body, found.names, finding, finding.text, found.quotes)


def test_the_man_a_quote_s_he_is_about_is_no_choice(tmp_path):
    # the last man named before the quote, not the speaker Kerr whose attribution stands nearer
    assert _subject(CASINO, "Thomas Arkwright") == {"Robert Dorn"}
    asked = {q["answer"]: q for q in who_said(deck(tmp_path, CASINO, "Valmora hears the harbour towns"))}
    question = asked["Thomas Arkwright"]
    assert "he waved this bankruptcy away" in question["prompt"]
    assert "Robert Dorn" not in question["choices"] and len(question["choices"]) == 4
    # a quote that names a man itself, or has no "he", leaves the choices to the other rules
    assert _subject(CASINO.replace("“In the debates he waved", "“Dorn had his say: in the debates he waved"),
                    "Thomas Arkwright") == set()
    assert _subject(CASINO.replace("In the debates he waved", "In the debates they waved"), "Thomas Arkwright") == set()
    # a woman's "she" is about a woman, never the man named last; the mayor, a speaker named in her own
    # attribution, is none either
    assert _subject(CASINO.replace("In the debates he waved", "In the debates she waved"),
                    "Thomas Arkwright") <= {"Lena Roth"}


def test_a_passer_by_s_word_that_qualifies_a_post_makes_no_passer_by():
    body = ("The harbour's debts keep growing, said Mark Kantrowitz, a national student loan debt expert who has "
            "written three books on the topic.\n\n"
            "Jay Jacobs, a Dorn supporter who is the party's chairman in the county, backed the plan.\n\n"
            "Ann Cole, a Dorn supporter from Portside, said the plan was fair. Peter Kerr, a retired voter, agreed.\n")
    lay = {p.name: p.lay for p in analysis(body).names.people}
    assert lay["Mark Kantrowitz"] is False and lay["Jay Jacobs"] is False  # an expert, a party's chairman
    assert lay["Ann Cole"] is True and lay["Peter Kerr"] is True  # the supporter and the voter stay passers-by


def test_a_one_sentence_quote_over_the_limit_is_cut_before_a_late_phrase():
    quote = ("To councillors who won't give the mayor any credit for any success in 2025, I would just suggest they "
             "read the figures about where we were at her first address to the harbour towns in 2019")
    assert point_quote(quote) == ("To councillors who won't give the mayor any credit for any success in 2025, I would "
                                  "just suggest they read the figures…")
    # a sentence within the limit, or one whose only late opener ends it ("than ever before"), is shown whole
    whole = ("The harbour board will need to be changed to maximise its reach in a world where private money for "
             "the fishing towns and their expertise are much more widely available than ever before")
    assert point_quote(whole) == whole
