"""Round 13 of issue 10's who_said rules (held14-held16 judged): a speaker's relative clause naming someone
else, marchers as passers-by, the fragments the claim test let through, a signature nickname that names the
speaker, a town's official beside national figures, a doubled full stop. Invented article text only."""

from __future__ import annotations

import drafting

from trainer.draft.questions import pointless, reveals_speaker
from trainer.draft.names import Person


def _speaker(found, words: str) -> str:
    return next(q.speaker.name for q in found.quotes if words in q.text)


def test_a_relative_clause_naming_a_rival_does_not_take_the_quote():
    """held15: 'Jason Kander, who is running against Missouri Republican Roy Blunt, said in a statement that
    "…"' was asked as Blunt's: the subject is the name before ', who'."""
    body = ("Senator Mara Bellweather of Ostland pushed her party's clinic package on Tuesday. “This bill keeps the "
            "clinics open and pays the nurses,” Bellweather said.\n\n"
            "Tomas Quell, who is running against Ostland Republican Mara Bellweather, said in a statement that "
            "“Capitol gridlock has stopped the senate from answering a public health crisis.”\n\n"
            "Bellweather said the vote would come again next week.\n")
    found = drafting.analysis(body)
    assert _speaker(found, "Capitol gridlock") == "Tomas Quell"
    assert _speaker(found, "clinics open") == "Mara Bellweather"


MARCH = ("Thousands marched through Valmora on Tuesday against the harbour levy, and Police Commissioner Ida Lund "
         "said the day had gone well.\n\n"
         "“Police are out there doing their jobs and even getting thanks from the marchers,” Lund said.\n\n"
         "Karl Ostby parked his bike at the harbour gate, just ahead of a few hundred protesters making their way "
         "south toward the quays.\n\n"
         "“These marches are held by people who have thrown off concern for the council's threats,” Ostby said.\n\n"
         "Pia Renvik came from Nordland to a harbour rally that drew about 100 people.\n\n"
         "“The levy centres are a disgrace, and they keep the dockers' children waiting for months,” Renvik said.\n\n"
         "“The levy will raise 40 million crowns for cranes, and the treasury keeps none,” said Governor Tomas Ek.\n")


def test_marchers_and_rally_goers_introduced_by_name_alone_are_passers_by(tmp_path):
    """held14: David Seacord 'parked his bike … just ahead of a few hundred protesters', Angel Mendoza 'came from
    Texas to an immigration rally': both asked, with Clinton as a choice; both deleted as passers-by."""
    found = drafting.analysis(MARCH)
    lay = {q.speaker.name: q.speaker.lay for q in found.quotes}
    assert lay["Karl Ostby"] and lay["Pia Renvik"]
    assert not lay["Ida Lund"] and not lay["Tomas Ek"]
    answers = {q["answer"] for q in drafting.who_said(drafting.deck(tmp_path, MARCH))}
    assert not answers & {"Karl Ostby", "Pia Renvik"}


def test_stock_spin_is_a_fragment():
    """held14-16: 'stop playing politics', 'winning hearts and minds despite … negative media coverage', 'You
    can't arrive two weeks beforehand and expect to have success.' (a generic organising line)."""
    assert pointless("It is time for the council to stop playing politics with the safety of families in "
                     "Nordland and come together on the harbour")
    assert pointless("We're still winning hearts and minds every day despite an avalanche of negative media coverage")
    assert pointless("You can't arrive two weeks beforehand and expect to win a caucus.")
    assert not pointless("The council is playing a dangerous game with the harbour levy, which costs 40 million crowns")
    assert not pointless("You can't build cranes for 12 million crowns.")


def test_a_quip_to_a_reporter_by_first_name_is_a_fragment():
    """held15: 'That's the way it is, Nicole.' (both judges: a quip; the name gives away the exchange)."""
    assert pointless("That's the way it is, Nicole.")
    assert pointless("Politics is a tough game, Karen!")
    assert not pointless("The levy is the wrong answer for Valmora, because the shipowners will leave for Oslo, Karen.")


def test_a_list_of_places_is_a_fragment():
    """held16: 'We have an unprecedented [number of] volunteers going into Iowa and New Hampshire and Nevada,
    Minnesota, Colorado and Virginia…' (a list of states; anyone on the campaign could say it)."""
    assert pointless("We have volunteers going into Ohio and Iowa and Nevada, Colorado and Virginia")
    assert pointless("Our teams are in France, Germany, Italy and Spain this week")
    assert not pointless("We have volunteers going into Ohio and Iowa")


def test_a_quote_cut_before_the_second_half_of_the_more_is_a_fragment():
    """held15: 'We're not happy with it, obviously, because the more resources we can put toward preventing
    this disease rather than reacting to it' (cut at the article's '. . .': the point was left out)."""
    assert pointless("We're not happy with it, obviously, because the more money we can put toward preventing "
                     "the fever rather than reacting to it")
    assert not pointless("The more money we put toward preventing the fever, the safer the port will be")


def test_a_signature_nickname_gives_the_speaker_away():
    """held15: '“Crooked Hillary Clinton and her team …” Trump tweeted': the nickname names Trump among any
    choices (one judge edit, one delete)."""
    trump = Person("Donald Trump")
    assert reveals_speaker("Crooked Hillary has once again been proven to be a person who is dishonest", trump)
    assert reveals_speaker("Lyin' Ted will say anything", trump)
    assert not reveals_speaker("Hillary Clinton has once again been proven to be careless", trump)


def test_a_town_s_official_is_offered_beside_locals_not_national_figures():
    """held14: the Clarkston mayor's words with Trump and the governor as choices ('Trump, Deal could not say
    it; use the article's locals'). The article's other local voices come first; national figures it only names
    fill; the ones it quotes stay (a mayor among ministers who speak: test_draft_whosaid)."""
    body = ("Valmora has welcomed refugees for 35 years, Mayor Ida Lund said on Monday. Gov. Tomas Ek has vowed to "
            "block new arrivals, and President Karl Ostmann called for a ban.\n\n"
            "“Over the years, refugees have done better in Valmora than in the capital, because the town is "
            "walkable and safe,” Lund said.\n\n"
            "“We are here to welcome these families, because they lost everything in the war,” said Pia Renvik, "
            "a second-generation resident who organised the event.\n\n"
            "“This is a way to teach the children in a way that is open to every faith and every language,” said "
            "Sara Holm, director of the harbour literacy programme.\n\n"
            "Ek's office did not answer, and Ostmann spoke of the ban again at a rally in the capital.\n")
    from trainer.draft.questions import WhoSaid
    asked = [c for c in drafting.analysis(body).candidates if isinstance(c, WhoSaid) and c.speaker == "Ida Lund"]
    assert asked
    choices = set(asked[0].fields["choices"]) - {"Ida Lund"}
    assert {"Pia Renvik", "Sara Holm"} <= choices
    assert len(choices & {"Tomas Ek", "Karl Ostmann"}) <= 1


def test_a_doubled_full_stop_is_shown_once(tmp_path):
    """held15: '… an anger and anxiety that is clearly festering..' (a stray '..' in the prompt)."""
    body = ("The harbour strike spread to Oslo on Monday.\n\n"
            "“The shipowners and the unions are tapping into an anger about the harbour levy that is clearly "
            "festering..” said Pavel Roth, the port's director.\n\n"
            "“The levy will raise 40 million crowns for cranes, and the treasury keeps none,” said Governor Tomas Ek.\n\n"
            "“The levy is the wrong answer, because the shipowners will leave for Oslo,” said Senator Karl Olsen.\n\n"
            "“Valmora lost 3,000 dock jobs in the strike, and the levy brings none back,” said Mayor Ida Lund.\n")
    prompts = [q["prompt"] for q in drafting.who_said(drafting.deck(tmp_path, body))]
    assert any("festering" in p for p in prompts)
    assert not any(".." in p.replace("…", "") for p in prompts)


def test_the_one_an_attack_is_aimed_at_is_no_choice_for_its_speaker():
    """held15: Clinton offered as the speaker of Trump's "That's like a bribe, isn't it?", said of a report that
    Clinton could keep the attorney general: the one attacked in the sentence before is no choice."""
    from trainer.draft.questions import WhoSaid
    body = ("Senator Karl Olsen attacked the port's director on Tuesday over the harbour levy.\n\n"
            "“The levy is the wrong answer, because the shipowners will leave for Oslo,” Olsen said.\n\n"
            "“The levy will raise 40 million crowns for cranes, and the treasury keeps none,” said Governor Tomas Ek.\n\n"
            "“Valmora lost 3,000 dock jobs in the strike, and the levy brings none back,” said Mayor Ida Lund.\n\n"
            "At a rally in Nordby, Olsen spoke of a report that Pavel Roth, the port's director, could keep his "
            "brother on the harbour board. “That's like a bribe, isn't it? Isn't that sort of a bribe on the "
            "harbour board?” Olsen asked.\n")
    asked = [c for c in drafting.analysis(body).candidates
             if isinstance(c, WhoSaid) and "bribe" in c.fields["prompt"]]
    assert asked and all("Pavel Roth" not in c.fields["choices"] for c in asked)
    assert all(c.fields["answer"] == "Karl Olsen" for c in asked)


def test_town_posts_and_national_posts():
    """A police commissioner and a city's director are a town's; a governor and a nominee are national."""
    from trainer.draft.questions import _LOCAL_POST, _NATIONAL_POST
    for post in ("Mayor", "Commissioner", "the city's emergency operations director", "county sheriff"):
        assert _LOCAL_POST.search(post)
    for post in ("Gov.", "nominee", "Senator", "Prime Minister"):
        assert _NATIONAL_POST.search(post) and not _LOCAL_POST.search(post)


def test_a_spokesman_s_deferral_and_a_calendar_idiom_are_fragments():
    """held16: the White House's 'what set of official responsibilities she will have will be the responsibility
    of the Burmese people' (both judges: a stock spokesman line); held14: Pence's 'The gun starts on Labor Day.'
    (asked in place of his deleted spin line: an idiom, no claim)."""
    assert pointless("But ultimately, what role she will have will be the responsibility of the Valmoran people and "
                     "the Valmoran government.")
    assert pointless("It is for the Valmoran people to decide.")
    assert pointless("The gun starts on Labor Day.")
    assert not pointless("The race starts on Labor Day, and we lead by 12 points in Nordland.")
    assert not pointless("The harbour is the responsibility of the port, not the treasury")


def test_a_long_quote_is_not_cut_at_a_list_s_comma():
    """held15: '… and unlikely to find the turmoil…' (cut mid-phrase at the comma of a list): the whole
    sentence is shown when it runs only a few words past the limit."""
    from trainer.draft.questions import phrase_cut
    text = ("We believe the dockers are looking for concrete answers to their economic frustrations and are unlikely "
            "to find the turmoil, economic uncertainty and roiling of markets caused by the harbour levy appealing.")
    shown = phrase_cut(text)
    assert not shown.rstrip("…").endswith("turmoil,") and "turmoil…" not in shown


def test_the_state_and_here_are_named_when_the_paragraph_names_one_state():
    """held16: 'The population here has changed. I think [Clinton] will carry the state …' ('here'/'the state'
    unresolved, both judges: bracket [Arkansas]). Only one state in the paragraph, and no country or city."""
    from trainer.draft.questions import with_place
    paragraph = ("“There were more Nebraska voters in 2008 who knew Ida Lund,” said Karl Olsen, dean at the "
                 "University of Nebraska. “The population here has changed. I think [Lund] will carry the state.”")
    assert with_place("I think [Lund] will carry the state.", paragraph) == "I think [Lund] will carry [Nebraska]."
    assert with_place("The population here has changed.", paragraph) == "The population here [in Nebraska] has changed."
    assert with_place("The population here has changed.", paragraph.replace("Nebraska voters", "Iowa voters")) \
        == "The population here has changed."  # two states: no guess
    assert with_place("The state will carry Nebraska.", paragraph) == "The state will carry Nebraska."
