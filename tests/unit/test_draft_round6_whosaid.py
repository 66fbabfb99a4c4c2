"""Round 6 who_said classes (issue 10): brackets only when they cannot be wrong, no who_said in a one-voice
article, no cut that drops a quote's subject, no work's name as a person, no choice the quote names by a
nickname, no exclamation or tautology, no outlet as the answer. Invented text."""

from __future__ import annotations

import drafting


BRACKET = """Governor David Kerr met Minister Paul Brandt in Valmora on Monday to discuss the harbour treaty.

Brandt later spoke about the cranes. “The assembly cannot wait for President Tomas Ek any longer. He has done more for the harbour workers than anyone in the assembly since the strike of 2019,” said Sandra Holm, the port's director.

“The treasury will pay for the new fire station by May,” said Senator Marta Olsen.

“The port authority ignored four warnings about the cranes,” said Rosa Ferrante, the mayor.

“The inquiry will report to the assembly in June,” said Senator Ivo Renner.
"""


def test_a_bracket_only_for_the_one_person_of_that_sex_in_reach(tmp_path):
    """A man named in the quote's own sentence and another in the sentence before: 'He' is not put in
    brackets (it may be either; the one named outside quotes is not the sure one). With one man there (the
    speaker aside), it is."""
    holm = [q for q in drafting.who_said(drafting.deck(tmp_path, BRACKET)) if q["answer"] == "Sandra Holm"]
    assert all("[" not in q["prompt"] for q in holm), holm
    one = BRACKET.replace("The assembly cannot wait for President Tomas Ek any longer. ", "")
    holm = [q for q in drafting.who_said(drafting.deck(tmp_path, one)) if q["answer"] == "Sandra Holm"]
    assert holm and "[Brandt] has done more" in holm[0]["prompt"], holm
    from trainer.draft.questions import with_referents
    assert with_referents("he's not demonstrated an ambition", (("he", "Ivo Scott"),)) == \
        "[Scott has] not demonstrated an ambition"  # not "[Scott is] not demonstrated"
    assert with_referents("he's not a senator", (("he", "Ivo Scott"),)) == "[Scott is] not a senator"


ONE_VOICE = """Senator Lina Vidal toured the harbour of Valmora on Monday with Governor Pavel Kerr, Mayor Rosa Ferrante and Senator Ivo Renner, her rivals in the race.

“The Kerr budget cuts eleven thousand teachers to pay for cranes that replace forty dockers each,” Vidal said at a rally in the harbour district.

The port debt doubled between 2019 and 2024, according to the treasury's figures, and the assembly votes on the budget in May.

“We will audit every crane contract signed since 2019 and publish the results before the vote,” Vidal said.
"""


def test_a_one_voice_article_asks_who_said_once(tmp_path):
    """One person quoted: a second who said on them is a giveaway, so the deck asks at most one (round 6 asked
    none; issue 10, round 26: the judges kept the one speaker's best quote)."""
    deck = drafting.deck(tmp_path, ONE_VOICE)
    assert len(drafting.who_said(deck)) <= 1, drafting.who_said(deck)
    assert not [q for q in deck["questions"] if q["type"] == "true_false" and "said" in str(q.get("statement", ""))]


def test_a_cut_inside_a_sentence_keeps_the_clause_s_subject():
    """A long quote cut to its point starts mid-sentence only where the clause has its own subject:
    "…have been ignored by every government" (the dockers lost) is not shown; "…we will …" is."""
    from trainer.draft.questions import point_quote, stands_alone
    long = ("The dockers of Valmora and the families who live along the north quay of the harbour in this city, "
            "along with the fishermen of the old town, have been ignored by every government since the strike "
            "of 2019 and deserve 400 million dollars in back pay")
    shown = point_quote(long)
    assert not shown.startswith("…have"), shown
    assert shown.startswith("The dockers of Valmora"), shown
    assert not stands_alone("have been ignored by every government")
    assert not stands_alone("who live along the north quay")
    assert stands_alone("and we will pay 400 million dollars") and stands_alone("Kerr hid the debt")


def test_a_pair_in_a_work_s_name_is_no_person():
    """"James Bible" (from "the King James Bible"), "Truman Doctrine", "Ferrante Foundation": a capitalised pair
    followed by or inside a work's, a law's or a fund's name is not a person; the people beside them are."""
    from trainer.draft.names import find_names
    from trainer.draft.text import Body
    names = find_names(Body("Senator Ivo Renner read from the King James Bible on Monday. He cited the Marta "
                            "Olsen Doctrine, the Clean Harbour Act and the Rosa Ferrante Foundation, and Governor "
                            "Pavel Kerr answered him.\n"))
    people = {p.name for p in names.people}
    assert {"Ivo Renner", "Pavel Kerr"} <= people, people
    assert not {"James Bible", "Marta Olsen", "Rosa Ferrante", "Clean Harbour"} & people, people


NICKNAME = """Senator Lina Vidal, Governor Michael Torv, Mayor Rosa Ferrante and Senator Ivo Renner met in Valmora on Monday.

“Mike has hidden 400 million dollars of harbour debt from the council, and I will prove it to the assembly in May,” Vidal said.

Senator Marta Olsen asked the treasury to pay for the new fire station on the north quay by May.

“The port authority ignored four warnings about the cranes in 2024,” said Rosa Ferrante.
"""


def test_a_person_the_quote_calls_by_a_nickname_is_no_choice(tmp_path):
    """'when I meet with Mike': Michael Torv is whom the quote talks about, no choice for who said it."""
    from trainer.draft.names import Person
    from trainer.draft.questions import _NamedIn
    named_in = _NamedIn([Person("Benjamin Arlow"), Person("Michael Torv"), Person("Rosa Ferrante")])
    assert named_in("wait until I meet with Bibi") == {"Benjamin Arlow"}
    assert named_in("Mike knows it") == {"Michael Torv"}
    vidal = [q for q in drafting.who_said(drafting.deck(tmp_path, NICKNAME)) if q["answer"] == "Lina Vidal"]
    assert vidal and all("Michael Torv" not in q["choices"] for q in vidal), vidal


def test_exclamations_and_tautologies_are_fragments():
    """"Man o'live, it couldn't be more clear" and "I have to say what I have to say" say nothing of their
    own: no substance, so never asked; a remark that opens with "Well," or "No," and says something still is."""
    from trainer.draft.questions import exclamation, substance, tautology
    assert exclamation("Man o'live, it couldn't be more clear") and exclamation("Wow, just wow!")
    assert tautology("I have to say what I have to say".split()) and tautology("It is what it is".split())
    for line in ("Man o'live, it couldn't be more clear", "I have to say what I have to say", "Boy, oh boy!"):
        assert substance(line) == 0.0, line
    for line in ("Well, the treasury hid 400 million dollars of debt from the council in 2024",
                 "No, we will not raise the sales tax on families in Valmora",
                 "We will fight and we will win the fight for the harbour workers of Valmora"):
        assert substance(line) > 0.0 and not tautology(line.split()), line


OUTLET = """Senator Lina Vidal, Governor Pavel Kerr, Mayor Rosa Ferrante and Senator Ivo Renner clashed over the harbour of Valmora on Monday.

“The governor has hidden 400 million dollars of harbour debt from the council since 2019,” the Valmora Tribune said in an editorial on Sunday.

“The port deal will ruin every family in the north quay of Valmora by 2027,” Harbour Weekly said.

“We will audit every crane contract signed since 2019 and publish the results before the vote,” Vidal said.

“The port authority ignored four warnings about the cranes in 2024,” said Rosa Ferrante.

“Nine cranes have stood idle at the north quay for fourteen months,” Renner said.
"""


def test_an_outlet_is_no_who_said_answer(tmp_path):
    """A newspaper that 'said' something is no speaker to ask about, nor a choice."""
    deck = drafting.deck(tmp_path, OUTLET)
    asked = drafting.who_said(deck)
    assert asked
    for question in asked:
        assert not any(w in " ".join(question["choices"]) for w in ("Tribune", "Weekly")), question
    said = [q for q in deck["questions"] if q["type"] == "true_false" and " said “" in str(q.get("statement"))]
    assert not any("ruin every family" in q["statement"] or "hidden 400" in q["statement"] for q in said), said
