"""Issue 10, round 24 (who_said): substantive quotes refused for too few choices or for a pronoun. Invented
articles only."""

from __future__ import annotations

from types import SimpleNamespace

from tests.unit.drafting import analysis, deck, who_said
from trainer.draft.questions import WhoSaid, enough_choices, fair_three

#: Three town politicians, two of them quoted on the harbour: no fourth person could have said either line.
HARBOUR = ("Valmora's council voted on Tuesday to close the old harbour after a long fight over its cost.\n\n"
           "Mayor Dana Velloway said the harbour would cost the city too much to repair. “We cannot pour forty "
           "million into docks that the fishing fleet has already left for Portside,” Velloway said.\n\n"
           "Tomas Arkwright, a city councilman, voted against the closure. “The harbour built this town, and closing "
           "it hands Portside our fleet,” Arkwright said. Marta Ellison, a city councilwoman, said the council would "
           "vote on the marina in May.\n")


def test_a_substantive_quote_with_two_fair_distractors_is_asked_with_three_choices(tmp_path):
    asked = {q["answer"]: q for q in who_said(deck(tmp_path, HARBOUR, "Valmora closes its old harbour"))}
    assert set(asked) == {"Dana Velloway", "Tomas Arkwright"}, asked
    for question in asked.values():
        assert sorted(question["choices"]) == ["Dana Velloway", "Marta Ellison", "Tomas Arkwright"]


def _candidate(prompt: str, choices: list[str], *, substance: float = 1.5, fragment: bool = False,
               three_fair: bool = True) -> WhoSaid:
    return WhoSaid("quote", 1.0, 0, ("who_said", prompt), {"type": "who_said", "prompt": prompt, "answer": choices[0],
                                                            "choices": choices, "quote": prompt},
                   speaker=choices[0], substance=substance, fragment=fragment, three_fair=three_fair)


def test_three_choices_only_for_a_quote_of_substance():
    three = ["Dana Velloway", "Marta Ellison", "Tomas Arkwright"]
    line = "Who said: “We cannot pour forty million into docks the fleet has left”"
    assert enough_choices(_candidate(line, three))
    assert enough_choices(_candidate(line, [*three, "Pavel Dorn"], three_fair=False))  # four: as before
    assert not enough_choices(_candidate(line, three, three_fair=False))  # a distractor no one would take
    assert not enough_choices(_candidate(line, three[:2]))  # two choices: never
    # an aside ("I give her, too, by the way, …"), a fragment, a piece cut from inside a sentence
    assert not enough_choices(_candidate(line, three, substance=0.9))
    assert not enough_choices(_candidate(line, three, fragment=True))
    assert not enough_choices(_candidate("Who said: “animosity like I've never seen before, and I hope we can fix it”",
                                         three))


def test_three_fair_choices_are_two_people_of_the_answers_kind():
    fine = SimpleNamespace(kinds={}, plausible=lambda answer, name: True, odd_one_out=lambda answer, name: False)
    assert fair_three(fine, "Dana Velloway", ["Marta Ellison", "Tomas Arkwright"])
    assert not fair_three(fine, "Dana Velloway", ["Marta Ellison"])  # one distractor
    assert not fair_three(fine, "Dana Velloway", ["Marta Ellison", "Tomas Arkwright", "Pavel Dorn"])  # four choices
    # never a company or body, a bare surname, a place or the press
    assert not fair_three(fine, "George Zimmerman", ["Marta Ellison", "United Gun Group"])
    assert not fair_three(fine, "Dana Velloway", ["Marta Ellison", "Arkwright"])
    assert not fair_three(fine, "Dana Velloway", ["Marta Ellison", "New York"])
    press = SimpleNamespace(kinds={"marta ellison": "press"}, plausible=fine.plausible, odd_one_out=fine.odd_one_out)
    assert not fair_three(press, "Dana Velloway", ["Marta Ellison", "Tomas Arkwright"])
    # of another kind than the answer (a national politician beside a town's official), or implausible
    odd = SimpleNamespace(kinds={}, plausible=fine.plausible, odd_one_out=lambda answer, name: name == "Marta Ellison")
    assert not fair_three(odd, "Dana Velloway", ["Marta Ellison", "Tomas Arkwright"])
    no = SimpleNamespace(kinds={}, plausible=lambda answer, name: False, odd_one_out=fine.odd_one_out)
    assert not fair_three(no, "Dana Velloway", ["Marta Ellison", "Tomas Arkwright"])


def test_a_company_fills_no_third_choice(tmp_path):
    body = HARBOUR.replace("Marta Ellison, a city councilwoman, said", "Portside Shipping Group said")
    for candidate in analysis(body).candidates:
        if isinstance(candidate, WhoSaid):
            assert not any("Group" in name for name in candidate.fields["choices"])
    # two people only: no question of two choices
    assert not who_said(deck(tmp_path, body, "Valmora closes its old harbour"))
