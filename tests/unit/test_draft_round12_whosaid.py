"""Round 12 who_said classes (issue 10): the reply in an exchange belongs to its writer, a quote with no claim,
figure, policy, name or contrast is a fragment, one who_said per speaker, a remark relayed inside someone's email
is not theirs, and the choices are people of the answer's kind. Invented text only."""

from __future__ import annotations

import drafting


def _speakers(body: str) -> dict[str, str]:
    """Each quote's first words -> the speaker the drafter found for it."""
    return {f.text.split()[0] + " " + f.text.split()[1]: f.speaker.name for f in drafting.analysis(body).quotes}


EXCHANGE = ("In one exchange between Mayor Ida Lund and her deputy Karl Olsen in April, Olsen forwards an email with "
            "the harbour's new plan.\n\n"
            "Lund responds to Olsen with, “Why now? That was on my way to Valmora?” Olsen then writes back, “You "
            "look busy.”\n")


def test_a_reply_in_an_exchange_belongs_to_its_writer():
    """Round 12: "Clinton responds to Mills with, “Why now? …?” Mills then writes back, “…”": the first quote was
    given to Mills, whose sentence after it introduces the next quote."""
    found = _speakers(EXCHANGE)
    assert found["Why now?"] == "Ida Lund"
    assert found["You look"] == "Karl Olsen"


def test_the_next_speaker_s_sentence_is_no_attribution_of_the_quote_before_it():
    """Round 12: 'Sen. Rand Paul said …, and called him “the leading proponent ….” Former governor Mike Huckabee
    called the program “worse than amnesty.”': Paul's words went to Huckabee."""
    body = ("Senator Pavel Roth said the plan would give money to the harbour's owners, and called it “the "
            "largest handout to shipowners in the history of the port.” Former governor Tomas Ek called the crane "
            "levy “worse than a strike.”\n")
    found = _speakers(body)
    assert found["the largest"] == "Pavel Roth"
    assert found.get("worse than", "Tomas Ek") == "Tomas Ek"


def test_a_quote_attributed_after_it_keeps_its_speaker():
    """What the rule leaves alone: '“…,” Olsen said. “…”' and '“… ?” Olsen asked.' are attributions after the
    quote, and a quote ending its sentence before a plain attribution keeps it."""
    body = ("Mayor Ida Lund opened the harbour on Monday.\n\n"
            "“The cranes will be back by May,” Karl Olsen said. “The strike cost the port ten million crowns.”\n\n"
            "“Who pays for the levy?” Olsen asked. Lund did not answer.\n")
    found = _speakers(body)
    assert found["The cranes"] == "Karl Olsen" and found["The strike"] == "Karl Olsen"
    assert found["Who pays"] == "Karl Olsen"


def test_a_quote_with_no_claim_figure_policy_name_or_contrast_is_a_fragment():
    """Round 12: "The cost of doing nothing has to be factored in" (its figure in the part the prompt cut off),
    warm-up small talk, applause lines and stock praise were deleted as fragments."""
    from trainer.draft.questions import pointless
    assert pointless("The cost of doing nothing has to be factored in.", cut=True)
    assert pointless("You look tired.")
    assert pointless("The pictures I saw of two-story snowdrifts -- it closed the harbour, I remember hearing that.")
    assert pointless("As I looked out there at the eyes of our neighbors, I also looked in the eyes of veterans.")
    assert pointless("We built ferries in Valmora, we are the reason the islands have light, we can do better than "
                     "we are doing now.")
    assert pointless("terrific piece and well worth the trip to Oslo to produce")
    # a claim, a figure, a policy, a name, a contrast, or something concrete: no fragment
    assert not pointless("And the virus can be deadly for all of us")
    assert not pointless("the treasury has the money for the cranes")
    assert not pointless("The levy will cost each driver 120 crowns a year.")
    assert not pointless("The harbour tax is the wrong answer to the strike.")
    assert not pointless("The cranes are not coming back.")
    assert not pointless("Valmora has the deepest harbour on the coast")
    assert not pointless("I saw the treasury's books, and they show a 40 million crown hole.")
    assert not pointless("A boldly populist type of platform is massively appealing to those who came of age during "
                         "the financial meltdown", cut=True)


SMALL_TALK = ("Mayor Ida Lund spoke at the harbour in Valmora on Monday about her plan to rebuild the port.\n\n"
              "“The pictures I saw of the two-story waves -- it flooded the docks, I remember hearing that,” Lund "
              "said.\n\n"
              "“The harbour levy will raise 40 million crowns for new cranes by 2027,” Lund said later.\n\n"
              "“The levy is the wrong answer, because the shipowners will leave for Oslo,” said Senator Karl "
              "Olsen.\n\n"
              "“When you consider the state of our quays and our cranes, if a ship hits a quay and bends a crane, "
              "that's 250,000 crowns. The cost of doing nothing has to be factored in,” said Pavel Roth, the port's "
              "director.\n\n"
              "Governor Tomas Ek praised the plan. “The unions will get their night shifts back in May,” Ek said.\n")


def test_no_who_said_on_small_talk_or_an_applause_line(tmp_path):
    asked = drafting.who_said(drafting.deck(tmp_path, SMALL_TALK))
    quotes = " ".join(q["prompt"] for q in asked)
    assert "two-story waves" not in quotes and "Olsen" in " ".join(q["answer"] for q in asked)
    assert all("40 million crowns" in q["prompt"] for q in asked if q["answer"] == "Ida Lund")
    from trainer.draft.questions import WhoSaid
    found = drafting.analysis(SMALL_TALK)
    small_talk = [c for c in found.candidates if isinstance(c, WhoSaid) and "two-story" in c.fields["prompt"]]
    assert small_talk and all(c.fragment for c in small_talk)


def test_one_who_said_per_speaker_and_the_best_of_theirs(tmp_path):
    """Round 12: a second question on a speaker (ids ending -2) was deleted in every case on held13; the one kept
    is the speaker's most substantive remark, not the first one met."""
    body = ("Mayor Ida Lund defended the harbour levy on Monday.\n\n"
            "“I am glad to be here,” Lund said.\n\n"
            "“The levy will raise 40 million crowns for new cranes, and the treasury keeps none of it,” Lund said.\n\n"
            "“The shipowners will pay their share of the cranes by 2027,” Lund said later.\n\n"
            "“The levy is the wrong answer, because the shipowners will leave for Oslo,” said Senator Karl Olsen.\n\n"
            "“Valmora lost 3,000 dock jobs in the strike, and the levy brings none back,” Olsen said.\n\n"
            "“The unions will get their night shifts back in May,” said Governor Tomas Ek.\n\n"
            "“The port's ferries will run every hour to the islands from June,” said Pavel Roth, the port's "
            "director.\n")
    asked = drafting.who_said(drafting.deck(tmp_path, body))
    answers = [q["answer"] for q in asked]
    assert len(answers) == len(set(answers))
    assert not any(q["id"].endswith("-2") for q in asked)
    lund = [q for q in asked if q["answer"] == "Ida Lund"]
    assert not lund or "40 million crowns" in lund[0]["prompt"]


def test_a_main_speaker_gets_more_only_when_asked_for_more():
    """--per-speaker N above one still gives a speaker the title or lead names one more (older rule kept)."""
    from trainer.draft.build import MAX_PER_SPEAKER
    assert MAX_PER_SPEAKER == 1


def test_a_remark_relayed_in_someone_s_email_is_not_theirs_to_ask():
    """Round 12: 'Tanden wrote that Soros “said he's been impressed …”' was asked as Tanden's; a prompt with
    three or more brackets put in by the drafter is not asked either."""
    from trainer.draft.questions import relayed
    assert relayed("said he's been impressed that he can always call on you", "Who said: “said [Roth has] been …”")
    assert relayed("told the board he regretted it", "Who said: “told the board …”")
    assert relayed("The [port] will give [the unions] what [Lund] promised",
                   "Who said: “The [port] will give [the unions] what [Lund] promised”")
    assert not relayed("He said he would build cranes, and he built none", "Who said: “[Lund] said …”")
    assert not relayed("The levy will raise 40 million crowns", "Who said: “The levy will raise 40 million crowns”")


def test_no_who_said_on_a_remark_relayed_inside_an_email(tmp_path):
    body = ("An email from Ida Lund, the port's director, reveals that the shipowner Pavel Roth regretted backing "
            "the levy.\n\n"
            "Lund wrote that Roth “said he's been impressed that he can always call on the council about the harbour "
            "and said he hasn't met with the governor ever. He then said he regretted his vote on the levy.”\n\n"
            "“The levy is the wrong answer, because the shipowners will leave for Oslo,” said Senator Karl Olsen.\n\n"
            "“The unions will get their night shifts back in May,” said Governor Tomas Ek.\n\n"
            "“The ferries will run every hour to the islands from June,” said Marta Berg, the ferry chief.\n")
    asked = drafting.who_said(drafting.deck(tmp_path, body))
    assert not [q for q in asked if "impressed" in q["prompt"]]


def test_two_quotes_in_one_sentence_are_one_remark_only_across_an_attribution():
    """Round 12: 'Sullivan proclaims the article a “terrific piece …,” Clinton fixates on the “pivot” line' was
    asked as one quote "terrific piece …, pivot"; no attribution cuts that sentence in two."""
    from trainer.draft.questions import split_sentences
    body = ("Mayor Ida Lund and her deputy Karl Olsen traded emails about the harbour.\n\n"
            "While Olsen proclaims the plan a “terrific piece of work and well worth the long trip to Oslo,” Lund "
            "fixates on the “cranes” line.\n")
    found = drafting.analysis(body)
    assert not split_sentences(found.body, found.quotes)


def test_initials_and_a_group_s_plural_are_no_person():
    """Round 12: "S.C." (from 'Hilton Head, S.C., Rubio said') and "Powerful Things Latinos" (from a title-case
    headline) were offered as who said it."""
    from trainer.draft.names import find_names
    from trainer.draft.text import Body
    body = Body("17 Of The Most Powerful Things Islanders Said In 2025 That Got Us Thinking.\n\n"
                "Islanders gave us plenty to think about in 2025. At a summit in Hilton Head, S.C., Marta Olsen "
                "spoke. Latinos Said Nothing.\n\n"
                "Olsen defended the harbour levy at a summit in Valmora Harbour, N.H., on Monday.\n")
    people = {p.name for p in find_names(body).people}
    assert "Marta Olsen" in people
    assert not {"S.C.", "N.H.", "Latinos Said Nothing", "Latinos"} & people
    from trainer.draft import lexicon as lx
    assert "Latinos" in lx.GROUP_PLURALS and "Sanders" not in lx.GROUP_PLURALS and "Williams" not in lx.GROUP_PLURALS


def test_someone_shown_in_a_photograph_or_remembered_is_no_choice():
    """Round 12: Menachem Begin, in 'a photograph of Israeli Prime Minister Menachem Begin', was offered beside a
    living executive as who said his words."""
    from trainer.draft.names import find_names, of_the_past
    from trainer.draft.text import Body
    body = Body("A textbook shows a photograph of Valmoran Prime Minister Tomas Ek beside the harbour. The legacy of "
                "Karl Olsen lives on. Marta Berg, the port's chief executive, spoke on Monday.\n")
    past = of_the_past(body, find_names(body))
    assert {"Tomas Ek", "Karl Olsen"} <= past and "Marta Berg" not in past


def test_a_quote_inside_a_sentence_before_the_next_quote_takes_a_pronoun_only_when_sure():
    """The exchange rule sends a quote that ends its sentence to the words before it; where those are 'He
    pledged to move the embassy to the “…”' after '… negotiated by President X', the he is not sure enough (two
    men in reach), so no speaker is better than the wrong one; one woman in reach is sure."""
    body = ("Governor Peter Ek spoke to the assembly on Monday.\n\n"
            "He lambasted the harbour deal negotiated by President John Olsen. He pledged to move the port authority "
            "to the “old capital of the islands, Valmora.” And he said “the levy is dead.”\n\n"
            "Maria Berg, the ferry chief, was blunt. She said that “the ferries are full” and that “the islands will "
            "empty within ten years.” She called the levy “a tax on the poor.”\n")
    found = {f.text.split()[0] + " " + f.text.split()[1]: f.speaker.name for f in drafting.analysis(body).quotes}
    assert found.get("old capital", "Peter Ek") == "Peter Ek"
    assert found.get("the islands") == "Maria Berg"


def test_nobody_and_a_body_s_word_are_no_choice_and_no_answer():
    """Round 12 (held11): "Nobody" (of 'Nobody asked about the refugees') and "Convention" (of 'a spokesman for
    the Democratic National Convention') were offered as who said it."""
    from trainer.draft.names import no_person
    assert no_person("Nobody") and no_person("Convention") and no_person("Committee")
    assert not no_person("Marta Olsen") and not no_person("Olsen") and not no_person("McCain")


def test_nobody_is_no_person():
    from trainer.draft.names import find_names
    from trainer.draft.text import Body
    body = Body("Nobody asked about the harbour levy, so Mayor Maria Berg changed the subject.\n")
    assert {p.name for p in find_names(body).people} == {"Maria Berg"}


def test_a_candidate_s_words_on_their_own_run_have_candidates_as_choices():
    """Round 12: "self-funding my campaign" was offered to Trump beside his campaign manager and the party's
    chairman; only a candidate could have said it."""
    from trainer.draft.names import Person
    from trainer.draft.questions import candidates_only
    people = [Person("Ivo Brandt"), Person("Karl Olsen", role="campaign manager"), Person("Maria Berg", role="Chairman"),
              Person("Tomas Ek"), Person("Anna Roth", role="pollster"), Person("Peter Lund"), Person("Rosa Ferrante")]
    quote = "I think one of the things that really caught on — self-funding my campaign"
    offered = candidates_only(quote, people[0], ["Karl Olsen", "Maria Berg", "Tomas Ek"], people, frozenset())
    assert sorted(offered) == ["Peter Lund", "Rosa Ferrante", "Tomas Ek"]
    # too few candidates: no fair choices; and any other quote keeps its choices
    assert candidates_only(quote, people[0], ["Karl Olsen", "Maria Berg", "Tomas Ek"], people[:4], frozenset()) == []
    assert candidates_only("The levy will raise 40 million crowns", people[0], ["Karl Olsen", "Maria Berg", "Tomas Ek"],
                           people, frozenset()) == ["Karl Olsen", "Maria Berg", "Tomas Ek"]
