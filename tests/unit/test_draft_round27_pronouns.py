"""Issue 10, round 27 (who_said): quotes that lean on a pronoun the story makes sure. The judges kept the ones
whose "he" is the headline's one person the paragraph before is about, and whose "they" is the group the
speaker's words or the lead-in name; a wrong name in a bracket is worse than no question, so two who could fit
still leave the quote refused. Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck, who_said
from trainer.draft.questions import WhoSaid, unresolved_pronoun, with_group, with_referents
from trainer.draft.quotes import headline_person

#: The headline's one man, whom the paragraph before the quote is about; a male speaker's "He …" means him.
TITLE = "Dorn scripts his harbour finale"
FINALE = ("Robert Dorn, a state senator, will close his campaign for governor in Portside on Thursday, with the harbour "
          "towns behind him.\n\n"
          "To Dorn and his aides, there is no urgency in the shift toward new goals. Most of them do not expect him to "
          "back Dana Velloway when he speaks to the fishing towns on Thursday night.\n\n"
          "“He sees the harbour plan as the heart of the race, and I hope he will fight for the docks at the "
          "convention in May,” said Tomas Arkwright, the mayor of Portside.\n\n"
          "Susan Ellison, a state senator, said the vote would be close. “The harbour towns will decide this race, and "
          "the capital has ignored them for a decade,” Ellison said.\n\n"
          "Peter Kerr, a city councilman, disagreed. “Forty million for docks the fleet has left is a waste of the "
          "treasury's money,” Kerr said.\n")


def _header(title: str) -> str:
    return f" date 2025-10-16 {title}\n\n"


def _referents(body: str, title: str, speaker: str) -> tuple:
    return next(f for f in analysis(body, _header(title)).quotes if f.speaker.name == speaker).referents


def test_a_he_the_headline_s_one_person_is_resolved_when_the_paragraph_before_is_about_him(tmp_path):
    assert _referents(FINALE, TITLE, "Tomas Arkwright") == (("he", "Robert Dorn"),)
    asked = {q["answer"]: q for q in who_said(deck(tmp_path, FINALE, TITLE))}
    question = asked["Tomas Arkwright"]
    assert question["prompt"] == ("Who said: “[Dorn] sees the harbour plan as the heart of the race, and I hope [Dorn] "
                                  "will fight for the docks at the convention in May”")
    assert question["quote"].startswith("He sees the harbour plan")  # the article's own words
    assert "Robert Dorn" not in question["choices"]  # the man it is about is no choice


def test_another_man_in_the_paragraph_before_leaves_the_he_refused():
    body = FINALE.replace("To Dorn and his aides,", "To Dorn, John Marsh and their aides,")
    assert _referents(body, TITLE, "Tomas Arkwright") == ()
    assert all(c.unresolved for c in analysis(body, _header(TITLE)).candidates
               if isinstance(c, WhoSaid) and c.speaker == "Tomas Arkwright")


def test_someone_of_unknown_gender_in_the_paragraph_before_leaves_the_he_refused():
    met = "{}, a city councillor, met the campaign on Monday. To Dorn and his aides,"
    body = FINALE.replace("To Dorn and his aides,", met.format("Pat Okafor"))
    assert _referents(body, TITLE, "Tomas Arkwright") == ()
    # a woman named there is no "he": the headline's man still is
    body = FINALE.replace("To Dorn and his aides,", met.format("Anna Marsh"))
    assert _referents(body, TITLE, "Tomas Arkwright") == (("he", "Robert Dorn"),)


def test_the_headline_s_person_must_be_named_in_the_paragraph_before():
    # the paragraph before names no one: "He" may be anyone the speaker has in mind
    body = FINALE.replace("To Dorn and his aides, there", "To the aides, there")
    assert _referents(body, TITLE, "Tomas Arkwright") == ()


def test_a_headline_with_two_people_or_a_shared_surname_names_no_one_sure():
    assert _referents(FINALE, "Dorn and Velloway script their harbour finale", "Tomas Arkwright") == ()
    shared = FINALE.replace("Peter Kerr, a city councilman, disagreed. “",
                            "Anna Dorn, his sister, disagreed. “").replace("Kerr said", "Anna Dorn said")
    found = analysis(shared, _header(TITLE))
    assert headline_person(TITLE, found.names) is None
    assert headline_person(TITLE, analysis(FINALE, _header(TITLE)).names).name == "Robert Dorn"
    assert headline_person(None, found.names) is None


def test_a_she_is_not_given_the_headline_s_man():
    body = FINALE.replace("“He sees the harbour plan as the heart of the race, and I hope he will",
                          "“She sees the harbour plan as the heart of the race, and I hope she will")
    # the one woman of the sentence before is the "she", as before this round; never the headline's man
    assert _referents(body, TITLE, "Tomas Arkwright") == (("she", "Dana Velloway"),)
    body = body.replace("back Dana Velloway when", "back the mayor when")
    assert _referents(body, TITLE, "Tomas Arkwright") == ()


#: A speaker's words that open on a group, then "They …" in the next part of the same sentence's quote.
EXECUTIVES = ("Valmora's harbour board met on Tuesday to weigh the sale of the docks.\n\n"
              "“Harbour owners who are serious about the town actually know their fishermen,” said Susan Ellison, a "
              "state senator. “They know how the fleet lives and what the docks cost each winter.”\n\n"
              "Tomas Arkwright, the mayor of Portside, said the sale would cost forty million. “Nobody has told us "
              "who pays for the docks,” Arkwright said. Dana Velloway, a councilwoman, said the board would vote in "
              "May.\n")


def test_a_they_is_the_group_the_speaker_s_words_just_before_open_on():
    found = [f for f in analysis(EXECUTIVES).quotes if f.speaker.name == "Susan Ellison"]
    assert found[-1].referents == (("they", "Harbour owners"),)
    shown = with_referents(found[-1].text, found[-1].referents)
    assert shown.startswith("[Harbour owners] know how the fleet lives")
    assert not unresolved_pronoun(shown)


def test_a_they_after_a_sentence_of_narration_stays_refused():
    # the speaker's words ended their sentence and the reporter spoke between: "They" is no longer sure
    body = EXECUTIVES.replace("their fishermen,” said Susan Ellison, a state senator. “They",
                              "their fishermen.” Susan Ellison, a state senator, said the board meets in May. “They")
    found = [f for f in analysis(body).quotes if f.text.startswith("They know")]
    assert found and found[0].referents == ()


def test_a_they_is_the_group_a_lead_in_says_the_quote_is_about():
    body = ("Susan Ellison, a state senator, has opposed the harbour sale for a decade. In 2010 she said of harbour "
            "owners: “Nobody's stopping them from selling. The problem is that they want the town to pay for it.”\n\n"
            "Tomas Arkwright, the mayor of Portside, said the sale would cost forty million. “Nobody has told us who "
            "pays for the docks,” Arkwright said.\n")
    found = next(f for f in analysis(body).quotes if f.speaker.name == "Susan Ellison")
    assert found.referents == (("they", "harbour owners"),)
    assert with_referents(found.text, found.referents).startswith("Nobody's stopping [harbour owners] from selling.")
    as_for = ("Valmora's harbour board met on Tuesday.\n\n"
              "As for harbour owners who want the town to pay, Ellison said, “I just think they don't understand "
              "what the docks cost.”\n")
    assert [f.referents for f in analysis(as_for).quotes if f.text.startswith("I just")] == [
        (("they", "harbour owners"),)]


def test_a_they_the_quote_itself_resolves_or_that_names_no_group_gets_no_bracket():
    body = EXECUTIVES.replace("“They know how the fleet", "“Whenever the docks flood they know how the fleet")
    assert [f.referents for f in analysis(body).quotes if f.text.startswith("Whenever")] == [()]
    # "Our owners", "Some owners": a phrase no bracket may name
    for opening in ("Our harbour owners", "Some harbour owners"):
        body = EXECUTIVES.replace("“Harbour owners who", f"“{opening} who")
        assert [f.referents for f in analysis(body).quotes if f.text.startswith("They know")] == [()]


def test_with_group_brackets_the_first_they_once():
    assert with_group("They know how they manage themselves.", "Business executives") == (
        "[Business executives] know how they manage themselves.")
    assert with_group("and they're not letting a speech sway them.", "The voters") == (
        "and [voters are] not letting a speech sway them.")
    assert with_group("Nobody's stopping them from it.", "gay couples") == "Nobody's stopping [gay couples] from it."
    assert with_group("They've been laying down sign posts.", "Fed members") == "[Fed members have] been laying down sign posts."
    assert with_group("No pronoun here.", "voters") == "No pronoun here."
