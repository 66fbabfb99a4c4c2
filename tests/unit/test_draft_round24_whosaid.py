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


#: A quote that hangs on "him", the one man named in the sentence before it.
WROTE_OFF = ("Valmora's race for governor tightened on Monday as the harbour towns swung behind Robert Dorn.\n\n"
             "Robert Dorn, a state senator, opened his campaign in Portside in March. Since then Dorn has promised to "
             "reopen the old harbour. “Everyone in the capital wrote him off in March, and now the fishing towns are "
             "carrying him to the nomination,” said Susan Ellison, a state senator who backs another candidate.\n\n"
             "Tomas Arkwright, the mayor of Portside, said the harbour plan would cost forty million. “Nobody has told "
             "us who pays for the docks,” Arkwright said. Dana Velloway, a state senator, said the vote would be close. "
             "“The harbour towns will decide this race, and the capital has ignored them for a decade,” Velloway said.\n")


def test_a_quote_hanging_on_him_shows_the_one_man_named_before_it(tmp_path):
    found = analysis(WROTE_OFF)
    ellison = next(f for f in found.quotes if f.speaker.name == "Susan Ellison")
    assert ellison.referents == (("him", "Robert Dorn"),)
    asked = {q["answer"]: q for q in who_said(deck(tmp_path, WROTE_OFF, "Harbour towns swing behind Dorn"))}
    question = asked["Susan Ellison"]
    assert question["prompt"] == ("Who said: “Everyone in the capital wrote [Dorn] off in March, and now the fishing "
                                  "towns are carrying [Dorn] to the nomination”")
    assert "Robert Dorn" not in question["choices"]  # the man it is about is no choice
    assert question["quote"].startswith("Everyone in the capital wrote him off")  # the article's own words


def test_him_unresolved_still_hangs_on_a_pronoun():
    # two men named before the quote: no bracket can be sure, and the quote is not asked
    body = WROTE_OFF.replace("Since then Dorn has promised", "Since then Dorn and John Marsh have promised")
    found = analysis(body)
    ellison = next(f for f in found.quotes if f.speaker.name == "Susan Ellison")
    assert ellison.referents == ()
    assert all(c.unresolved for c in found.candidates if isinstance(c, WhoSaid) and c.speaker == "Susan Ellison")


def test_only_an_object_her_is_bracketed():
    from trainer.draft.questions import with_referents
    referents = (("her", "Susan Ellison"),)
    assert with_referents("Nobody gave her a chance. Women don't like her.", referents) == (
        "Nobody gave [Ellison] a chance. Women don't like [Ellison].")
    # a possessive "her" stays: "[Ellison] campaign" would garble the line
    assert with_referents("This is her last-chance shot, and her campaign knows it.", referents) == (
        "This is her last-chance shot, and her campaign knows it.")


def test_the_one_the_speaker_answers_is_no_he_of_the_reply():
    # an interviewer who pressed the speaker, and one whose own words just said "he": neither is the "he"
    body = ("Robert Dorn called the governor the author of the harbour's ruin on Thursday.\n\n"
            "Radio host Peter Kerr suggested Dorn had not meant it literally, but the senator cut him off. “No, I meant "
            "he is the author of it. He closed the docks,” Dorn said.\n\n"
            "Kerr pressed the point. “But he has tried to save the fleet,” Kerr said. “I don't care. He signed the "
            "order,” Dorn said.\n")
    found = {f.text[:12]: f for f in analysis(body).quotes}
    assert found["No, I meant "].speaker.name == "Robert Dorn" and found["No, I meant "].referents == ()
    assert found["I don't care"].speaker.name == "Robert Dorn" and found["I don't care"].referents == ()
    # the man named just before, whom no one answers, still gets his bracket
    plain = ("Peter Kerr said on Monday that he would close the harbour.\n\n"
             "“He closed the docks without a vote,” said Susan Ellison, a state senator.\n")
    assert [f.referents for f in analysis(plain).quotes] == [(("he", "Peter Kerr"),)]


def test_a_quote_opening_on_a_name_s_possessive_shows_whom_him_stands_for():
    from trainer.draft.questions import unresolved_pronoun
    assert not unresolved_pronoun("Dorn's victory should give him momentum, establishing him as the alternative.")
    # a common word, a place or an indefinite owner names no one: the "him" still hangs
    assert unresolved_pronoun("America's leaders failed him.")
    assert unresolved_pronoun("Ohio's voters will back him.")
    assert unresolved_pronoun("Everybody's against him now.")
    assert unresolved_pronoun("It's time to bring them home.")
