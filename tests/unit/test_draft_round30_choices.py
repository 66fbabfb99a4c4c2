"""Issue 10, round 30: a who_said question's distractors speak in the story (claim.voiced_choices): a choice who
never speaks gives way to someone the article quotes of the answer's kind, too few are filled up, and no change
brings in a choice that fits the quote (someone it names, someone who speaks for the answer) or gives the answer
away (another party, a passer-by beside an official)."""

from __future__ import annotations

from tests.unit.drafting import analysis

from trainer.draft.claim import _speaks_for, voiced_choices

#: An invented story of a harbour fight: a Democratic state senator quoted, a Democratic congressman named twice who
#: never speaks, two more state senators and a state representative quoted, a Republican, a cook and the senator's
#: spokeswoman quoted.
HARBOUR_FIGHT = (
    "Valmora's lawmakers fought on Tuesday over the plan to close the old harbour.\n\n"
    "“The harbour is the heart of this city and I will not let anyone sell it to the highest bidder,” said "
    "Democratic state Senator Anna Brellow.\n\n"
    "Democratic Congressman Otto Ferrand won the federal grant that paid for the harbour's last repairs. Ferrand's "
    "grant ran out in March.\n\n"
    "“The repairs will cost four times what the council has set aside for the docks this year,” said Marcus Tello, "
    "a state senator from the coast.\n\n"
    "“Nobody in the capital has asked the fishing families what they want from the docks this year,” said Piet "
    "Vandermolen, a state representative from Dorn.\n\n"
    "“We have waited four years for a plan that will fund the sea wall and protect our homes,” said Liane "
    "Kospar, a state senator from Lindor.\n\n"
    "“The senator has fought for this harbour since her first day in office and she will keep fighting,” said "
    "Mira Sandell, a spokeswoman for Brellow.\n\n"
    "“Selling the docks is the only way to balance the budget without raising taxes on every family,” said "
    "Republican state Senator Gerrit Holm.\n\n"
    "“I have cooked fish from these docks for thirty years and I want my grandchildren to do the same,” said "
    "Rosa Lindqvist, a cook at the harbour inn.\n")


def _pool(body: str = HARBOUR_FIGHT):
    from trainer.draft.questions import _Distractors, in_passing, introductions, lower_words, named_often, voiced_people

    found = analysis(body)
    people = found.names.people
    tool = _Distractors([p.name for p in people], found.quotes, people,
                        voiced=voiced_people(found.body, found.names))
    tool.intros = introductions(found.body, found.names)  # as quote_questions sets them up
    tool.once_in_passing, tool.bodies = in_passing(found.body, found.names)
    tool.named_often, tool.judged = named_often(found.body, found.names), True
    tool.lower_words = lower_words(found.body)
    answer = next(p for p in people if p.name == "Anna Brellow")
    return tool, answer


def test_a_choice_who_never_speaks_gives_way_to_a_voice_of_the_answers_kind():
    pool, answer = _pool()
    assert "otto ferrand" not in pool.sayers and "otto ferrand" not in pool.voiced
    chosen = voiced_choices(answer, ["Otto Ferrand", "Marcus Tello", "Liane Kospar"], pool)
    assert chosen == ["Piet Vandermolen", "Marcus Tello", "Liane Kospar"]  # in its place, the others kept


def test_too_few_choices_are_filled_up_with_voices():
    pool, answer = _pool()
    chosen = voiced_choices(answer, ["Marcus Tello"], pool)
    assert chosen[0] == "Marcus Tello" and len(chosen) == 3
    assert set(chosen) <= {"Marcus Tello", "Liane Kospar", "Piet Vandermolen"}


def test_no_one_the_quote_names_or_echoes_comes_in():
    pool, answer = _pool()
    chosen = voiced_choices(answer, ["Otto Ferrand", "Marcus Tello"], pool,
                            exclude=frozenset({"Piet Vandermolen", "Liane Kospar"}))
    assert chosen == ["Otto Ferrand", "Marcus Tello"]  # no one else fits: the silent one stays


def test_no_spokeswoman_of_the_answer_no_other_party_no_passer_by_comes_in():
    pool, answer = _pool()
    assert _speaks_for("Mira Sandell", "Anna Brellow", pool)  # "a spokeswoman for Brellow": her words fit the quote too
    chosen = voiced_choices(answer, ["Otto Ferrand", "Marcus Tello"], pool,
                            exclude=frozenset({"Piet Vandermolen", "Liane Kospar"}))
    assert not {"Mira Sandell", "Gerrit Holm", "Rosa Lindqvist"} & set(chosen)


def test_no_choices_stay_none_and_the_choice_is_the_same_on_every_run():
    pool, answer = _pool()
    assert voiced_choices(answer, [], pool) == []
    first = voiced_choices(answer, ["Otto Ferrand", "Marcus Tello"], pool)
    assert first == voiced_choices(answer, ["Otto Ferrand", "Marcus Tello"], pool)
    assert first[1] == "Marcus Tello" and len(first) == 3 and "Otto Ferrand" not in first


def test_no_one_the_quote_or_its_sentence_names_comes_in():
    pool, answer = _pool()
    assert voiced_choices(answer, ["Otto Ferrand", "Liane Kospar"], pool)[0] == "Marcus Tello"
    chosen = voiced_choices(answer, ["Otto Ferrand", "Liane Kospar"], pool,
                            quote="The harbour is the heart of this city, she said in a video of the Tello campaign")
    assert chosen[0] == "Piet Vandermolen"  # "the Tello campaign": whom the quote is about, or who said it too


def test_a_towns_official_does_not_replace_a_national_one():
    pool, answer = _pool()
    pool.posts["piet vandermolen"] = "a member of the Dorn city council"
    assert pool.local("Piet Vandermolen") and not pool.local("Otto Ferrand")
    chosen = voiced_choices(answer, ["Otto Ferrand", "Marcus Tello"], pool, exclude=frozenset({"Liane Kospar"}))
    assert chosen == ["Otto Ferrand", "Marcus Tello"]  # the mix of the choices stays as it was
