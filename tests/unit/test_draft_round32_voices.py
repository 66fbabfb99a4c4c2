"""Issue 10, round 32: who_said questions the fresh sets (blind39-40) still marked: a military rank kept in a name,
a quote that carries its own speaker's surname, a distractor the article spells one letter off another person, a
bracket for a "he" that means God, a relative's "His father" offered beside the family, and a pastime asked (a DVR,
a Netflix show, an Oscar quip). Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck, who_said
from trainer.draft.questions import WhoSaid, misspelt, names_own_speaker, pastime, pronoun_subject
from trainer.draft.quotes import divine_pronoun

RANKS = (
    "Valmora and Norland clashed over the strait on Tuesday, and both navies sent ships.\n\n"
    "Rear Admiral Guan Tormek, a spokesman for Norland's navy, said the patrols would go on. \"Valmora's action "
    "to take sides is not agreed by many countries in the region,\" Guan Tormek said.\n\n"
    "Vice Admiral Karl Brenna, who leads Valmora's coast guard, said the fleet would stay. Colonel Anna Berg and "
    "Lieutenant Piet Aro said the strait was open. Sergeant Ivo Sten said nothing.\n")


def test_a_military_rank_is_a_post_never_part_of_the_name():
    people = {p.name: p for p in analysis(RANKS).names.people}
    assert "Guan Tormek" in people and people["Guan Tormek"].role == "Rear Admiral"
    assert "Karl Brenna" in people and "Anna Berg" in people and "Piet Aro" in people and "Ivo Sten" in people
    assert not any(word in name for name in people for word in ("Admiral", "Colonel", "Lieutenant", "Sergeant"))


def test_john_major_keeps_his_surname():
    people = {p.name for p in analysis("John Major, the former prime minister, spoke on Monday about the vote "
                                       "in Valmora. \"The vote will be close,\" Major said.\n").names.people}
    assert "John Major" in people


def test_the_speakers_own_surname_in_the_shown_words_gives_the_answer_away():
    assert names_own_speaker("The best bowls are made in Velloway Tower Grill. I love this city!", "Dana Velloway")
    assert names_own_speaker("nobody is more qualified than Dana Velloway", "Dana Velloway")
    assert names_own_speaker("King's dream is ours", "Martin Luther King Jr.")
    # the drafter's own bracket is no giveaway of the speaker's words, nor is another surname or a longer word
    assert not names_own_speaker("[Velloway] would close the harbour", "Dana Velloway")
    assert not names_own_speaker("Dorn will lose in May", "Dana Velloway")
    assert not names_own_speaker("The Vellowayites are wrong", "Dana Velloway")


OWN_NAME = (
    "Governor Dana Velloway opened a restaurant in her tower on Tuesday, and Senator Irena Dorn called it a stunt.\n\n"
    "\"The best fish stew in the state is made in the Velloway Tower Grill, and the harbour will stay open,\" "
    "Velloway said.\n\n"
    "Dorn said the state would cap harbour fees. \"The harbour fees will be capped at 4 percent by May,\" Dorn said.\n\n"
    "Tomas Arkwright, the leader of the Valmora Fishing Union, said the union would strike. \"We will strike on "
    "Friday if the fees are not capped,\" Arkwright said.\n\n"
    "Mayor Karl Jansen said the city would build a new marina. \"The city will build a new marina on the eastern "
    "shore by 2027,\" Jansen said.\n")


def candidates(body: str) -> list[WhoSaid]:
    return [c for c in analysis(body).candidates if isinstance(c, WhoSaid)]


def test_a_quote_naming_its_speaker_is_not_asked(tmp_path):
    tower = [c for c in candidates(OWN_NAME) if "Velloway Tower" in c.fields["prompt"]]
    assert tower and all(c.reveals for c in tower)
    assert not any(c.reveals for c in candidates(OWN_NAME) if c not in tower)
    asked = who_said(deck(tmp_path, OWN_NAME))
    assert not any("Velloway Tower" in q["prompt"] for q in asked)
    assert any(q["answer"] in ("Irena Dorn", "Tomas Arkwright", "Karl Jansen") for q in asked)


TWINS = (
    "Valmora's council voted on Tuesday to close the old harbour, a decision that dismayed the fishing families.\n\n"
    "Mayor Dana Velloway, who took office in 2019, said the harbour would cost the city too much. Former harbour "
    "master Don Regan, who retired in 2003, fought the closure for years.\n\n"
    "\"The harbour was the city's heart for two hundred years, and now the council sells it for a marina,\" said "
    "Marta Lindqvist, a historian at Valmora College.\n\n"
    "\"Closing the harbour saves the city $40 million over ten years,\" said Irena Dorn, an economist at the "
    "Harbour Institute.\n\n"
    "\"The union will take the council to court over the closure,\" said Tomas Arkwright, the leader of the "
    "Valmora Fishing Union.\n\n"
    "(That account of the closure comes courtesy of Dan Regan's memoir of his harbour years.)\n")


def test_a_name_spelt_one_letter_off_another_is_no_choice(tmp_path):
    found = analysis(TWINS)
    assert {"Dan Regan", "Don Regan"} <= misspelt(found.names)
    assert not misspelt(analysis(OWN_NAME).names)
    found = candidates(TWINS)
    assert found
    for question in [*who_said(deck(tmp_path, TWINS)), *(c.fields for c in found)]:
        assert "Dan Regan" not in question["choices"] and "Don Regan" not in question["choices"]


def test_a_he_after_god_gets_no_persons_bracket():
    assert divine_pronoun("we have been praying God would lead and he would raise up a candidate", "he")
    assert divine_pronoun("The Lord knows what he wants from him", "him")
    assert not divine_pronoun("he said God would lead us", "he")  # the pronoun comes first
    assert not divine_pronoun("we prayed God would lead, and she won", "she")


DIVINE = (
    "Evangelical pastors in Valmora lined up behind Senator Karl Brenna on Tuesday, a week before the caucuses.\n\n"
    "Brenna said he would win the state's evangelicals. \"We will carry every county in Valmora,\" Brenna said.\n\n"
    "\"Over two years we have been praying for unity; we have been praying God would lead and he would raise up "
    "a candidate,\" said Piet Aro, the head of the Valmora Family Council.\n\n"
    "Governor Dana Velloway said the caucuses would be close. \"Nobody will carry every county in Valmora this "
    "year,\" Velloway said.\n")


def test_the_quote_keeps_its_he_after_god(tmp_path):
    asked = [c.fields for c in candidates(DIVINE) if "praying" in c.fields["prompt"]]
    asked += [q for q in who_said(deck(tmp_path, DIVINE)) if "praying" in q["prompt"]]
    assert asked and all("[Brenna]" not in q["prompt"] for q in asked)
    assert all("he would raise up" in q["prompt"] for q in asked)


KIN = (
    "Senator Karl Brenna drew big crowds in Valmora's churches this week, a month before the caucuses.\n\n"
    "Brenna said he would carry the state. \"We will win every county in Valmora,\" Brenna said.\n\n"
    "An effort to recruit pastors for Mr. Brenna in all of Valmora's counties was the brainchild of Mr. Aro, "
    "who in part was persuaded to support the senator after meeting Mr. Brenna's father. \"He'd get choked up "
    "speaking about Valmora,\" Mr. Aro said, recalling a visit to his church by Rafael Brenna.\n\n"
    "\"His father was tremendously effective in small groups throughout the spring and summer,\" said Eric "
    "Woolmer, who managed the 2008 Valmora campaign of Governor Dana Velloway.\n\n"
    "Amy Deacon, who leads the senator's home-school coalition, said the families would turn out. \"The "
    "home-schoolers of Valmora vote in every caucus,\" Deacon said. Joseph Aro, a pastor in Harbourton, agreed.\n")


def test_a_relatives_his_is_no_choice_for_the_family(tmp_path):
    asked = [c.fields for c in candidates(KIN) if "His father" in c.fields["prompt"]]
    asked += [q for q in who_said(deck(tmp_path, KIN)) if "His father" in q["prompt"]]
    assert asked
    for question in asked:
        assert not any(choice.endswith("Brenna") for choice in question["choices"])


def test_his_father_is_the_last_named_mans_whoever_else_the_quote_talks_of():
    found = analysis(KIN)
    finding = next(f for f in found.quotes if "His father" in f.text)
    # the quote is read as about the pastor (as the drafter read a real one): "His father" still means the Brennas
    subject = pronoun_subject(found.body, found.names, finding, finding.text, (), frozenset({"Joseph Aro"}))
    assert "Karl Brenna" in subject
    # a quote that opens on no relative keeps the rule of round 28: someone it is known to be about is the "he"
    finding = next(f for f in found.quotes if "win every county" in f.text)
    assert not pronoun_subject(found.body, found.names, finding, "he would win it", (), frozenset({"Joseph Aro"}))


def test_a_speakers_pastimes_are_fluff():
    assert pastime("You know, stacked up on my DVR are a bunch of 'Harbour Life' episodes I haven't watched")
    assert pastime("Loved 'Norland Nights' on Netflix — wish they had another season coming!")
    assert pastime("If she had met him earlier in his film career, he would have gotten an Oscar")
    assert pastime("My favorite movie is still the one about the harbour")
    # policy about the same industries is no pastime, nor is a person named Oscar
    assert not pastime("The film industry will lose 4,000 jobs if the tax credit goes")
    assert not pastime("Oscar Munoz and I agreed that the airline owes its workers a raise")
    assert not pastime("We will watch the harbour fees closely")


PASTIME = (
    "Governor Dana Velloway spent the week before the caucuses on the road, and Senator Irena Dorn stayed home.\n\n"
    "\"You know, stacked up on my DVR are a bunch of 'Harbour Life' episodes and I haven't been able to watch "
    "them,\" Velloway said.\n\n"
    "Dorn said the state would cap harbour fees. \"The harbour fees will be capped at 4 percent by May,\" Dorn said.\n")


def test_a_pastime_line_is_not_asked():
    dvr = [c for c in candidates(PASTIME) if "DVR" in c.fields["prompt"]]
    assert dvr and all(c.fragment for c in dvr)
    assert not any(c.fragment for c in candidates(PASTIME) if "capped" in c.fields["prompt"])


def test_a_stump_slogan_gives_its_speaker_away():
    from trainer.draft.names import Person
    from trainer.draft.questions import reveals_speaker

    speaker = Person("Karl Brenna", role="Senator")
    assert reveals_speaker("And we need a government which represents all of us, not just the 1 percent!", speaker)
    assert reveals_speaker("This economy works for the millionaires and billionaires and nobody else", speaker)
    assert reveals_speaker("We are stronger together, and Valmora knows it", speaker)
    # an economist's reading of the top 1 percent's share is no slogan
    assert not reveals_speaker("The top 1 percent took 20 percent of Valmora's income in 2014", speaker)


ERA = (
    "Valmora's primary is a week away, and Senator Karl Brenna needs a win in it.\n\n"
    "With an early victory, a long-shot candidate (think Olaf Strand in Valmora 1976 and Anna Holm in Norland "
    "2000) can catch fire. After Holm defeated the favourite by double digits in 2000, the party rallied behind "
    "her.\n\n"
    "\"If we don't do well here, we're not going to be dragging around the state begging people to come to our "
    "rallies,\" Brenna said on Monday.\n\n"
    "Governor Dana Velloway, who is also running, said the primary would be close. \"Nobody will carry every county "
    "in Valmora in 2016,\" Velloway said. Irena Dorn, a rival candidate, said she would win the north. "
    "\"The north will vote for the harbour plan in 2016,\" Dorn said. Tomas Arkwright, a strategist, said the "
    "1980s were kinder to long shots.\n")


def test_a_figure_of_another_era_is_no_choice():
    from trainer.draft.names import of_another_era

    found = analysis(ERA)
    old = of_another_era(found.body, found.names)
    assert {"Olaf Strand", "Anna Holm"} <= old
    assert not old & {"Karl Brenna", "Dana Velloway", "Irena Dorn", "Tomas Arkwright"}  # "the 1980s" is no year
    for candidate in candidates(ERA):
        assert not {"Olaf Strand", "Anna Holm"} & set(candidate.fields["choices"])
