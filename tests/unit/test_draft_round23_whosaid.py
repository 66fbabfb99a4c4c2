"""Issue 10, round 23 (who_said): thin decks with quotable speakers, garbled reported prompts, choices a quote rules
out. Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck, who_said


PLEDGE = ("Valmora's race for governor turned sharper on Monday as the candidates met in the capital.\n\n"
          "In a turn that called to mind an old refrain of the province's past, Pavel Dorn pledged to end the "
          "harbour subsidy for the fishing fleets “today, tomorrow, forever.”\n\n"
          "Marta Ellison, his rival, said the subsidy kept three towns alive. “We will not let the harbour die,” "
          "Ellison said. Tomas Arkwright, the union's leader, said the fleets would strike. “Nobody in the capital "
          "has walked our docks,” Arkwright said. Mayor Dana Velloway said the council would vote on Friday.\n")


def test_an_infinitive_after_a_pledge_is_asked_with_its_own_verb():
    found = analysis(PLEDGE)
    reported = [c for c in found.candidates if c.fields["type"] == "who_said" and c.speaker == "Pavel Dorn"]
    prompts = [c.fields["prompt"] for c in reported]
    # never the garbled "Who said that to end …?" (held28: "Who said that to oppose legal status …")
    assert not any(p.startswith("Who said that to ") for p in prompts)
    assert any(p.startswith("Who pledged to end the harbour subsidy") for p in prompts), prompts
    # the quote stays the article's own words
    assert all(c.fields["quote"].startswith("to end the harbour subsidy") for c in reported
               if c.fields["prompt"].startswith("Who pledged"))


def test_an_infinitive_after_said_is_no_reported_clause():
    from trainer.draft.quotes import reported_prompt
    assert reported_prompt("vowed to repeal the law “on day one”") == "Who vowed to repeal the law “on day one”?"
    assert reported_prompt("the media are “manipulating”") == "Who said that the media are “manipulating”?"
    body = ("Valmora's race tightened on Monday.\n\nPavel Dorn said to reporters, “we will win the harbour towns,” and "
            "left. Marta Ellison said the vote was close. “It will come down to the harbour,” Ellison said.\n")
    prompts = [c.fields["prompt"] for c in analysis(body).candidates if c.fields["type"] == "who_said"]
    assert not any(p.startswith(("Who said that to ", "Who said to ")) for p in prompts), prompts


def test_a_lawmaker_who_backs_a_candidate_is_no_passer_by():
    body = ("Valmora's race for governor moved to the convention floor on Monday.\n\n"
            "Congressman Pavel Dorn, an Ellison supporter, said the campaign would win on the first ballot. “All of "
            "us are fearful that the old guard, with Tomas Arkwright, would work overtime to steal that nomination,” "
            "Dorn said. Marta Ellison said the delegates would decide. “The delegates will choose the nominee, not "
            "the party bosses,” Ellison said.\n\n"
            "Tomas Arkwright said the rules allowed a second ballot. “Nobody has a majority yet,” Arkwright said. "
            "Dana Velloway, a Dorn supporter from Portside, said she would vote for whoever won.\n")
    found = analysis(body)
    people = {p.name: p for p in found.names.people}
    assert not people["Pavel Dorn"].lay  # a congressman, though "a … supporter"
    assert people["Dana Velloway"].lay  # a supporter with no office stays a passer-by
    assert any(c.fields["type"] == "who_said" and c.speaker == "Pavel Dorn" for c in found.candidates)


def test_a_mediators_line_on_the_parties_is_a_stock_line(tmp_path):
    from trainer.draft.questions import substance
    assert substance("The parties have a shared interest in the success of the harbour and its dedicated crews.") == 0
    assert substance("I have seen the parties' good faith commitment to narrowing differences and forging a deal.") == 0
    # a party's own claim on the deal still says something
    assert substance("The deal at the harbour is a victory for working families across Valmora.") > 0
    body = ("Valmora's harbour strike ended on Friday with a tentative deal.\n\n"
            "“The parties have a shared interest in the success of the harbour and its dedicated crews,” Minister "
            "Pavel Dorn said in a statement. “The deal is a victory for working families across Valmora,” union "
            "leader Tomas Arkwright said. “We will reopen every dock by Monday,” harbour chief Marta Ellison said. "
            "Mayor Dana Velloway said the town would hold a vote on the deal.\n")
    assert not any(q["answer"] == "Pavel Dorn" for q in who_said(deck(tmp_path, body)))


def test_left_in_a_headline_that_is_no_action_asks_no_one_who_left():
    from trainer.draft.claim import headline_action
    assert headline_action("left government service for private practice",
                           "The Inquiry Just Made A Bigger Move Against Dorn… There's Nowhere Left To Hide") == frozenset()
    assert headline_action("left the party", "How The Left Lost Valmora") == frozenset()
    # a headline that says someone left is the action
    assert headline_action("left the cabinet in protest", "Ellison Left The Cabinet In Protest")


def test_a_long_charge_on_they_that_names_its_targets_is_asked():
    from trainer.draft.questions import they_with_targets, unresolved_pronoun
    charge = ("What they have been desperate to find is some rule by which they can change the count so that the "
              "convention picks somebody other than Dorn or Ellison")
    assert unresolved_pronoun(charge)  # it still opens on "they" …
    assert they_with_targets(charge, {"Pavel Dorn", "Marta Ellison"})  # … but its charge and targets are shown
    assert not they_with_targets(charge, {"Pavel Dorn"})  # one name: no targets to tell it by
    assert not they_with_targets("They're liking it, Dorn and Ellison too.", {"Pavel Dorn", "Marta Ellison"})  # short
    # "it" or "this" opening the quote still hangs on what the quote does not show
    assert not they_with_targets("It is what they have been desperate to find, some rule by which the convention "
                                 "picks somebody other than Dorn or Ellison at the end", {"Pavel Dorn", "Marta Ellison"})


def test_a_committeemans_charge_on_they_is_in_the_deck(tmp_path):
    body = ("Valmora's governing party is split before its convention, and the two front-runners are fighting for "
            "every delegate.\n\n"
            "Pavel Dorn told supporters on Monday that he would win on the first ballot. “We will have the delegates "
            "by June, and the convention will follow the voters,” Dorn said.\n\n"
            "Marta Ellison said she would take the fight to the floor. “The voters in the north have not spoken "
            "yet, and I will not quit before they do,” Ellison said.\n\n"
            "Governor Dana Velloway said the party needed one nominee. “A split convention would hand the province to "
            "the opposition for a decade,” Velloway said. Senator Ilse Brandt said the rules were clear. “The rules "
            "were written in 1990 and nobody has changed them since,” Brandt said. Party chairman Oskar Lind said the "
            "convention would open on July 2. “Every delegate will have a vote on every ballot,” Lind said.\n\n"
            "Party elders are looking for another way. “What they have been desperate to find is some rule by which "
            "they can pick somebody other than Dorn or Ellison,” Tomas Arkwright, the party's committeeman from the "
            "capital, told reporters.\n")
    asked = {q["answer"]: q for q in who_said(deck(tmp_path, body))}
    assert "Tomas Arkwright" in asked, list(asked)


def test_a_pronoun_the_main_clauses_name_resolves_is_no_hanging_pronoun():
    from trainer.draft.questions import unresolved_pronoun
    # the opening clause's "him" is the Dorn who opens the main clause
    assert not unresolved_pronoun("While pretty much everyone discounted him from the start, Dorn believed in himself "
                                  "and in his plan for the harbour.")
    assert not unresolved_pronoun("Although few gave her a chance, Ellison won the north by twenty points.")
    # a main clause on a pronoun, or a clause that names no one, still hangs
    assert unresolved_pronoun("While everyone discounted him from the start, he believed in himself.")
    assert unresolved_pronoun("While everyone discounted him from the start, The voters did not.")
    assert unresolved_pronoun("To bring them here would cost the harbour its fleet.")
