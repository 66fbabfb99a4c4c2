"""Issue 10, round 25: the choices of a who_said question are people who take part in the story."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck, who_said

from trainer.draft.questions import in_passing

#: An invented story of a harbour vote: four quoted voices, and people named once in a list or as an owner.
HARBOUR_VOTE = (
    "Valmora's council voted on Tuesday to close the old harbour after a long fight over its repair costs.\n\n"
    "“The harbour would cost the city far more to repair than a new marina on the eastern shore,” said Dana "
    "Velloway, the mayor of Valmora.\n\n"
    "“We will take the closure to the provincial court and we expect to win there before the winter,” said Tomas "
    "Arkwright, the leader of the fishing union.\n\n"
    "“The council ignored three engineering reports that called the old docks perfectly safe for another decade,” "
    "said Ilse Varnow, a harbour engineer who wrote one of those reports.\n\n"
    "Pavel Dorn, a councillor who voted against the closure, asked where the money for a new marina would come "
    "from.\n\n"
    "The harbour once drew film crews: Marco Trevane and Lucia Berganza shot a comedy on its docks, and shipping "
    "magnate Osric Fenwold's yachts still winter there.\n\n"
    "Velloway said the vote was final. Arkwright said the union would meet on Friday. Varnow said the reports "
    "were public.\n")


def _choices(tmp_path, body: str) -> list[list[str]]:
    return [q["choices"] for q in who_said(deck(tmp_path, body, title="Valmora council votes to close harbour"))]


def test_people_named_once_in_a_list_or_as_owners_are_in_passing():
    found = analysis(HARBOUR_VOTE)
    once, bodies = in_passing(found.body, found.names)
    assert "marco trevane" in once  # "Marco Trevane and Lucia Berganza shot a comedy"
    assert "dana velloway" not in once and "pavel dorn" not in once  # quoted, named again


def test_an_actor_named_once_in_passing_is_no_choice(tmp_path):
    choices = _choices(tmp_path, HARBOUR_VOTE)
    assert choices, "the quotes are asked"
    offered = {name for chosen in choices for name in chosen}
    assert not offered & {"Marco Trevane", "Lucia Berganza", "Osric Fenwold"}
    assert {"Dana Velloway", "Tomas Arkwright", "Ilse Varnow", "Pavel Dorn"} <= offered


def test_a_body_named_after_a_person_is_no_choice():
    body = HARBOUR_VOTE.replace(
        "The harbour once drew film crews",
        "Students of Ada Kellner University measured the docks last spring, and Ada Kellner University "
        "published the survey. The harbour once drew film crews")
    found = analysis(body)
    once, bodies = in_passing(found.body, found.names)
    if any(p.name == "Ada Kellner" for p in found.names.people):
        assert "ada kellner" in bodies


def _distractors(body: str):
    from trainer.draft.questions import _Distractors, lower_words

    found = analysis(body)
    people = found.names.people
    tool = _Distractors([p.name for p in people], found.quotes, people)
    tool.lower_words = lower_words(found.body)
    return tool


def test_a_phrase_of_a_headline_or_a_body_is_no_person():
    tool = _distractors("Valmora fires its harbour chief after a super storm. Judicial review of the vote is "
                        "due in March, the council said.\n")
    assert not tool.person_like("Fires Fenwold")  # "fires" is the article's verb, no given name
    assert not tool.person_like("Super Storm")
    assert not tool.person_like("Judicial Watch")  # a body's last word
    assert not tool.person_like("Florida")
    assert not tool.person_like("Valmora Herald")
    assert tool.person_like("Dana Velloway")
    assert tool.person_like("Cheryl Mills")  # a given name before a word that ends company names


def test_the_last_check_replaces_an_unfit_choice():
    tool = _distractors(HARBOUR_VOTE)
    from trainer.draft.questions import in_passing as passing

    found = analysis(HARBOUR_VOTE)
    tool.once_in_passing, tool.bodies = passing(found.body, found.names)
    fixed = tool.refit("Dana Velloway", ["Tomas Arkwright", "Marco Trevane", "Ilse Varnow"], 3, frozenset(), frozenset())
    assert "Marco Trevane" not in fixed
    assert "Pavel Dorn" in fixed and len(fixed) == 3


def test_the_answer_is_not_the_only_one_of_its_camp():
    from trainer.draft.names import Person
    from trainer.draft.questions import own_camp

    aide = Person("Nora Lindqvist", role="communications director", description="a Democratic strategist")
    rivals = [Person(n, party="Republican") for n in ("Karl Brenner", "Sean Holm", "Tad Moreau")]
    ally = Person("Ivo Sand", description="a Democratic pollster")
    people = [aide, *rivals, ally]
    about = {p.name: " ".join(filter(None, (p.role, p.description))) for p in people}.get
    quoted = {p.name for p in people}
    chosen = own_camp(aide, [p.name for p in rivals], people, about, quoted, frozenset())
    assert "Ivo Sand" in chosen and len(chosen) == 3
    # a choice of the answer's camp, or one of no known camp, leaves the choices as they are
    mixed = ["Karl Brenner", "Sean Holm", "Ivo Sand"]
    assert own_camp(aide, mixed, people, about, quoted, frozenset()) == mixed
    # no one of the answer's camp to offer who is fit: the choices stand
    assert own_camp(aide, [p.name for p in rivals], people, about, quoted, frozenset(),
                    lambda name: name != "Ivo Sand") == [p.name for p in rivals]


#: Five quoted voices, and a man the story names once, never introduced, who says nothing.
FIVE_VOICES = (
    "Valmora's council voted on Tuesday to close the old harbour after a long fight over its repair costs.\n\n"
    "“The harbour would cost the city far more to repair than a new marina,” said Dana Velloway, the mayor.\n\n"
    "“We will take the closure to the provincial court before the winter,” said Tomas Arkwright, a union leader.\n\n"
    "“The council ignored three engineering reports on the old docks,” said Ilse Varnow, a harbour engineer.\n\n"
    "“Nobody has explained where the money for the new marina will come from,” said Pavel Dorn, a councillor.\n\n"
    "“The fishing families were never asked what they wanted for the harbour,” said Greta Holm, a fisherwoman.\n\n"
    "The vote came a week after David Ross sold his boats.\n")


def _tool(body: str):
    from trainer.draft.questions import in_passing, lower_words, named_often

    found = analysis(body)
    tool = _distractors(body)
    tool.once_in_passing, tool.bodies = in_passing(found.body, found.names)
    tool.named_often, tool.judged = named_often(found.body, found.names), True
    tool.lower_words = lower_words(found.body)
    return tool


def test_someone_named_once_and_silent_gives_way_to_a_voice():
    tool = _tool(FIVE_VOICES)
    assert not tool.active("David Ross") and tool.active("Pavel Dorn")
    fixed = tool.refit("Dana Velloway", ["Tomas Arkwright", "David Ross", "Ilse Varnow"], 3, frozenset(), frozenset())
    assert "David Ross" not in fixed and len(fixed) == 3
    assert set(fixed) - {"Tomas Arkwright", "Ilse Varnow"} <= {"Pavel Dorn", "Greta Holm"}
    # with no voice left to offer, the silent one stays: a weak choice is better than no question
    kept = tool.refit("Dana Velloway", ["Tomas Arkwright", "David Ross", "Ilse Varnow"], 3,
                      frozenset({"Pavel Dorn", "Greta Holm"}), frozenset())
    assert "David Ross" in kept


def test_a_name_question_offers_no_one_named_once_in_passing():
    from collections import Counter

    from trainer.draft.claim import choices_for

    body = ("Mayor Dana Velloway closed the old harbour on Tuesday. Ilse Varnow voted against the plan, "
            "and Tomas Arkwright voted for it. Pavel Dorn stayed away.\n\n"
            "The harbour once drew film crews: Marco Trevane and Lucia Berganza shot a comedy on its docks.\n\n"
            "Velloway said the marina would open next year. Varnow and Arkwright said the council would meet again. "
            "Dorn said nothing.\n")
    found = analysis(body)
    people = {p.name: p for p in found.names.people}
    assert "Marco Trevane" in people
    counts = Counter({name: 2 for name in people})
    chosen = choices_for(people["Dana Velloway"], "Who closed the old harbour on Tuesday?", found.names, counts)
    assert "Marco Trevane" not in chosen
    assert set(chosen) == {"Ilse Varnow", "Tomas Arkwright", "Pavel Dorn"}


def test_a_companys_we_gets_an_insider_beside_its_speaker():
    from trainer.draft.names import Person
    from trainer.draft.questions import own_body

    chief = Person("Lena Dahl", role="chief executive", description="Harbourtel chief executive")
    outsiders = [Person("Karl Brenner", role="union president"), Person("Sean Holm", role="Senator"),
                 Person("Tad Moreau", role="Labor Secretary")]
    insider = Person("Ivo Sand", description="a Harbourtel spokesman")
    people = [chief, *outsiders, insider]
    about = {p.name: " ".join(filter(None, (p.role, p.description))) for p in people}.get
    quoted = {p.name for p in people}
    names = [p.name for p in outsiders]
    quote = "We're doing a lot of installations, but we're not doing the same volume as before."
    chosen = own_body(quote, chief, names, people, about, quoted, frozenset())
    assert chosen == ["Karl Brenner", "Sean Holm", "Ivo Sand"]
    # no "we" in the quote, or a senator's "we": the choices stand
    assert own_body("The volume is lower than before.", chief, names, people, about, quoted, frozenset()) == names
    senator = Person("Ada Pell", role="Senator", description="a Harbourtel shareholder")
    people.append(senator)
    about = {p.name: " ".join(filter(None, (p.role, p.description))) for p in people}.get
    assert own_body(quote, senator, names, people, about, quoted, frozenset()) == names


def test_a_list_the_article_introduces_is_not_named_in_passing():
    body = HARBOUR_VOTE.replace(
        "The harbour once drew film crews",
        "Two harbour engineers, Mary Cole and Susan Park, found the docks sound in 2014. The harbour once "
        "drew film crews")
    found = analysis(body)
    once, _ = in_passing(found.body, found.names)
    named = {p.name for p in found.names.people}
    assert {"Mary Cole", "Susan Park"} <= named
    assert "mary cole" not in once and "susan park" not in once
    assert "marco trevane" in once


def test_a_name_closing_an_apposition_before_said_is_a_voice():
    from trainer.draft.questions import voiced_people

    body = ("Valmora's council voted on Tuesday to close the old harbour.\n\n"
            "Another councillor on the harbour board, David Ross, said he was leaning toward the plan.\n")
    found = analysis(body)
    assert "David Ross" in voiced_people(found.body, found.names)
