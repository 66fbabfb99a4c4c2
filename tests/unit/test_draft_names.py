"""People the drafter finds in an article (issue 10, "garbled" names): no everyday word taken for a given name,
no plural or company taken for a person, a given name alone resolved or dropped, historical people named in
full found, and each person's party read where the article gives it. Invented articles only."""

from __future__ import annotations

from trainer.draft.names import find_names
from trainer.draft.text import Body


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.party for p in find_names(Body(text)).people}


def test_an_everyday_word_before_a_surname_is_no_given_name():
    """'Derelict Varga and Holm' in a headline, 'Everything Varga says' at a sentence's start: the person is
    Varga (named in full elsewhere), never 'Derelict Varga' or 'Everything Varga'."""
    people = _people("Derelict Varga and Holm; the council must act.\n\n"
                     "Everything Varga says is a promise, critics argue. Mayor Anton Varga said the port would "
                     "reopen. Varga said it again on Monday.")
    assert "Anton Varga" in people
    assert not any(name.startswith(("Derelict", "Everything")) for name in people)


def test_an_everyday_word_the_article_writes_in_lower_case_opens_no_name_at_a_sentence_start():
    people = _people("Mayor Anton Varga said the port would reopen. Frustrated Varga walked out, aides said. "
                     "Many residents were frustrated too.")
    assert list(people) == ["Anton Varga"]


def test_a_website_named_with_an_everyday_word_is_no_person():
    """'Zero Ledger asked' is a website asking: cutting 'Zero' leaves 'Ledger', a word never written alone."""
    people = _people("In a comparison done on Zero Ledger, two claims were rated. Zero Ledger asked, "
                     "“Why the change?” Senator Ines Moreau said the ratings were fair.")
    assert list(people) == ["Ines Moreau"]


def test_a_plural_or_abstract_noun_is_no_person():
    """'Investigations said' (the tail of an agency's name) and a company ('Peabrook said', after 'Peabrook
    Energy') are no speakers."""
    people = _people("Officials at Homeland Security Investigations said they were concerned. Investigations said "
                     "the program was abused. The miner was spun off from Peabrook Energy in 2007. "
                     "Peabrook said the spinoff was a success. Lawyer Dana Whitfield said it was not.")
    assert list(people) == ["Dana Whitfield"]


def test_a_given_name_alone_is_the_person_the_article_names_in_full_with_it():
    """'Bernie' after 'Bernie Sandoval' is Bernie Sandoval; 'Melanie', whom the article names in full with no
    one, is no one (no answer, no choice)."""
    names = find_names(Body("Senator Bernie Sandoval spoke first. “We will win,” Bernie said. "
                            "“I agree,” Melanie said. Reporter Tom Iles said the hall was full."))
    assert [p.name for p in names.people] == ["Bernie Sandoval", "Tom Iles"]
    assert {m.person.name for m in names.mentions} == {"Bernie Sandoval", "Tom Iles"}


def test_a_historical_person_named_in_full_is_a_person():
    """No post, no speech verb: 'Gen. Ezekiel Thorne' (a title) and 'Amos Fenwick, a moderate' whose surname
    the article then writes alone ('Fenwick sought') are people."""
    people = _people("In 1848 the party nominated Gen. Ezekiel Thorne, a war hero. Thorne won and died in office. "
                     "He was succeeded by Amos Fenwick, a moderate from the north. Fenwick sought a compromise.")
    assert "Ezekiel Thorne" in people and "Amos Fenwick" in people


def test_a_full_name_whose_surname_is_an_everyday_word_or_an_outlet_is_not_made_a_person():
    people = _people("The report ran in the Valley News first. News of it spread. Ivo Brandt said so.")
    assert "Valley News" not in people
    people = _people("He turned one of his companies, Lenvo Healthcare, into a large business. He later formed "
                     "Kessa (pronounced kess-a) Healthcare. Lenvo was a juggernaut, Ivo Brandt said.")
    assert list(people) == ["Ivo Brandt"]


def test_the_party_the_article_gives_a_person_is_read():
    people = _people("Democrat Laura Ortiz won the primary. Republican presidential nominee Carl Hobb said "
                     "he would appeal. Rep. Sam Dyer (D-Ohio) said the count was fair. The pollster Ana Ruiz said "
                     "turnout was low.")
    assert people == {"Laura Ortiz": "Democratic", "Carl Hobb": "Republican", "Sam Dyer": "Democratic",
                      "Ana Ruiz": None}


def _who_said_choices(text: str) -> dict[str, list[str]]:
    from pathlib import Path

    from trainer.draft.build import analyse
    from trainer.draft.text import parse_article

    analysis = analyse(parse_article(Path("article.txt"), " date 2025-10-16 A test article\n\n" + text))
    return {c.fields["answer"]: c.fields["choices"] for c in analysis.candidates if c.fields["type"] == "who_said"}


_EXPERTS_AND_POLITICIANS = (
    "“The harbour levy will raise less than the treasury hopes,” said Senator Marta Olsen.\n\n"
    "“We will build the new quay before the winter storms arrive,” said Governor Tomas Hale.\n\n"
    "“The city cannot pay for the dredging on its own this year,” said Mayor Rosa Ferrante.\n\n"
    "“Freight volumes have fallen for three years in a row at the port,” said economist Ana Ruiz.\n\n"
    "“Levies of this kind rarely change where shippers choose to dock,” said Professor Ivo Lind.\n\n"
    "“Our survey found that most dockers expect the port to shrink,” said researcher Kai Moreno.\n\n"
    "“Container traffic moved south when the last levy passed,” said analyst Eva Stone.\n\n"
    "“The governor has the votes he needs for the levy,” said spokesman Leo Park.\n\n"
    "“The senator will not comment on the dredging contract,” said spokeswoman Nina Berg.\n\n"
    "“We expect the bill to pass before the recess,” said campaign manager Otto Hahn.\n")


def test_an_experts_choices_are_other_experts():
    """A researcher's words are offered beside the other researchers, economists and analysts the article
    quotes, not beside the politicians nor the spokespeople and campaign staff it quotes too."""
    choices = _who_said_choices(_EXPERTS_AND_POLITICIANS)
    experts = {"Ana Ruiz", "Ivo Lind", "Kai Moreno", "Eva Stone"}
    for expert in experts:
        assert set(choices[expert]) == experts
    assert {"Nina Berg", "Otto Hahn"} <= set(choices["Leo Park"])


def test_a_candidates_choices_share_the_party_the_article_gives():
    """In a party's primary, the Democrat's words are offered beside the other Democrats, not the Republicans."""
    choices = _who_said_choices(
        "The Democratic primary in Valmora ends on Tuesday.\n\n"
        "“Republicans will never fix the harbour,” said Republican Senator Carl Hobb.\n\n"
        "“The levy is a tax on every family in the valley,” said Republican Governor Sam Dyer.\n\n"
        "“We will win the primary in every county of the north,” said Democrat Laura Ortiz.\n\n"
        "“Our party needs a nominee who can win the suburbs,” said Democratic Senator Jane Cole.\n\n"
        "“The primary is about the port and nothing else,” said Rep. Tim Wahl (D-Ohio).\n\n"
        "“Turnout in the primary will decide it,” said Democratic Governor Mark Lee.\n")
    assert set(choices["Laura Ortiz"]) == {"Laura Ortiz", "Jane Cole", "Tim Wahl", "Mark Lee"}


def test_party_rules_choices_only_in_a_partys_own_primary():
    """In a general election the other party's candidate is the fairest choice: the party counts only where the
    article covers one party's primary, nomination or debate."""
    from trainer.draft.names import primary_parties

    assert primary_parties(Body("Ortiz leads the Democratic presidential primary; the GOP debate is tonight.")) == {
        "Democratic", "Republican"}
    assert primary_parties(Body("Democrat Laura Ortiz faces Republican Carl Hobb in November.")) == frozenset()


def test_who_questions_offer_no_one_of_another_party():
    from collections import Counter

    from trainer.draft.claim import choices_for

    names = find_names(Body("Democrat Laura Ortiz won the Democratic primary. Democratic Senator Jane Cole, Democratic Governor "
                            "Mark Lee and Rep. Tim Wahl (D-Ohio) lost to her. Republican Senator Carl Hobb watched. "
                            "Ortiz, Cole, Lee, Wahl and Hobb spoke later."))
    counts = Counter(m.person.name for m in names.mentions)
    ortiz = next(p for p in names.people if p.name == "Laura Ortiz")
    assert set(choices_for(ortiz, "Who won the primary?", names, counts)) == {"Jane Cole", "Mark Lee", "Tim Wahl"}


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in find_names(Body(text)).people}


def test_a_post_holds_its_state_or_city_whole():
    """'former Virginia governor', 'New York City Public Advocate': not 'governor', not 'City Public Advocate'
    (a post cut from its owner is a garbled post)."""
    roles = _roles("On stage were former Ohio governor Carl Hobb and former Texas senator Sam Dyer. "
                   "“The crimes were heinous,” New York City Public Advocate Laura Ortiz said. Hobb said no.")
    assert roles == {"Carl Hobb": "former Ohio governor", "Sam Dyer": "former Texas senator",
                     "Laura Ortiz": "New York City Public Advocate"}


def test_a_plural_post_belongs_to_no_one_person():
    """'the policies of Presidents Varga and Holm': neither holds the post 'Presidents'."""
    roles = _roles("Growth slowed under the policies of Presidents Varga and Holm, said Mayor Laura Ortiz. "
                   "Varga said it was not so.")
    assert roles.get("Varga") is None and roles["Laura Ortiz"] == "Mayor"


def test_an_outlets_journalist_is_press_and_offered_only_beside_journalists():
    """'NBC's Lester Holt' and 'Ana Ruiz of NBC News' are press: no choice beside the politicians quoted."""
    from trainer.draft.questions import person_kind

    names = find_names(Body("The debate chose NBC's Tom Iles and Laura Ortiz of NBC News as moderators. "
                            "“I think Tom Iles will be fair,” said Senator Carl Hobb."))
    assert {p.name: person_kind(p) for p in names.people} == {"Tom Iles": "press", "Laura Ortiz": "press",
                                                              "Carl Hobb": "politician"}
    choices = _who_said_choices(
        "The debate chose NBC's Tom Iles as moderator.\n\n"
        "“The levy is a tax on every family in the valley,” said Senator Carl Hobb.\n\n"
        "“We will build the new quay before the winter storms,” said Governor Sam Dyer.\n\n"
        "“The city cannot pay for the dredging this year,” said Mayor Laura Ortiz.\n\n"
        "“Our party needs a nominee who can win the suburbs,” said Senator Jane Cole.\n")
    assert "Tom Iles" not in choices["Carl Hobb"]


def test_people_named_in_a_sentence_about_one_partys_primary_are_its_candidates():
    """'Ortiz beat Cole ... in the Democratic primaries' makes both Democrats (no party given otherwise), and a
    'Who beat Cole?' question offers no Republican: with too few Democrats it offers nothing."""
    from collections import Counter

    from trainer.draft.claim import choices_for

    text = ("Laura Ortiz beat Jane Cole among all voters in the Democratic primaries on Tuesday. "
            "Carl Hobb, Sam Dyer and Tim Wahl campaigned in the north. Hobb, Dyer and Wahl spoke later. "
            "Ortiz and Cole spoke too.")
    names = find_names(Body(text))
    parties = {p.name: p.party for p in names.people}
    assert parties["Laura Ortiz"] == parties["Jane Cole"] == "Democratic" and parties["Carl Hobb"] is None
    counts = Counter(m.person.name for m in names.mentions)
    ortiz = next(p for p in names.people if p.name == "Laura Ortiz")
    assert choices_for(ortiz, "Who beat Jane Cole among all voters?", names, counts) == []


def test_a_full_name_only_in_a_title_case_headline_names_the_person():
    """'Laura Ortiz Goes After Carl Hobb ...' is the only full mention: the body's 'Ortiz' is Laura Ortiz, not a
    surname alone (a choice 'Ortiz' beside full names is garbled)."""
    names = find_names(Body("Laura Ortiz Goes After Carl Hobb As The New Mayor Of The Valley\n\n"
                            "The nominee attacked her rival. “He is a fraud,” Ortiz said. Hobb said nothing."))
    assert [p.name for p in names.people] == ["Laura Ortiz", "Carl Hobb"]
