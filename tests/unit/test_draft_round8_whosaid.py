"""Round 8 who_said and name classes (issue 10): no spokesperson's line, no aide's remark about their
principal, no generic line, no quoted description; no outlet, no famous filler, no cut name and no one twice
among choices, the people reported as speaking offered; the lead's or an action's "Who …?" and a who_said never
on one person; no bracket for a referent the quote names; posts and descriptions whole; a sentence the
attribution cuts in two asked whole. Invented text only."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import drafting
from trainer.draft import claim
from trainer.draft.names import Person, find_names, same_person
from trainer.draft.questions import (WhoSaidRules, about_someone, bare_name, generic_remark, post_with_body,
                                     spokesperson, substance, unnamed_referents, with_referents)
from trainer.draft.quotes import is_fragment
from trainer.draft.text import split_text


def _said(deck: dict) -> dict[str, str]:
    return {q["answer"]: q for q in drafting.who_said(deck)}


VOICES = """Senator Lina Vidal and Governor Pavel Kerr traded charges over the harbour budget of Valmora on Monday.

“The Kerr budget cuts eleven thousand teachers to pay for cranes that replace forty dockers each,” Vidal said at a rally in the harbour district.

“The Vidal plan raises the sales tax by three percent on every family in Valmora to pay for a port nobody uses,” Kerr said.

“The Kerr budget hid 400 million dollars of port debt from the legislature in 2024,” said Marco Russo, a spokesman for the Vidal campaign.

“The harbour treaty gives the union a veto over every crane contract signed after 2019,” said Ivo Brandt, a longtime adviser to Vidal.

Kerr spoke at the harbour. “He sees himself as fighting for the dockers of the north quay, not for the bankers of the capital,” said Ana Weiss, an adviser to the governor.

Economist Laszlo Varga said the port debt had doubled since 2019. “Shipping lines will not come back to Valmora once they have moved their routes north to Trieste,” Varga said.
"""


def _who_said_candidates(body: str) -> dict:
    from trainer.draft.build import analyse
    from trainer.draft.questions import WhoSaid
    from trainer.draft.text import parse_article

    analysis = analyse(parse_article(Path("article.txt"), drafting.HEADER + body))
    found: dict = {}
    for candidate in analysis.candidates:
        if isinstance(candidate, WhoSaid):
            found.setdefault(candidate.speaker, candidate)  # each speaker's first quote
    return found


def _refusals(body: str) -> dict[str, str | None]:
    """Why the deck's who_said rules refuse each speaker's question (None: taken)."""
    from trainer.draft.build import analyse
    from trainer.draft.questions import WhoSaid
    from trainer.draft.text import parse_article

    analysis = analyse(parse_article(Path("article.txt"), drafting.HEADER + body))
    rules = WhoSaidRules(analysis.body, analysis.quotes, None, 2, set(), analysis.candidates)
    return {c.speaker: rules.refusal(c, c) for c in analysis.candidates if isinstance(c, WhoSaid)}


def test_a_spokesperson_s_line_is_never_asked_but_a_government_s_is(tmp_path):
    """Round 8: every spokesperson's who_said was deleted ("which spokesperson said it hardly matters"), even
    one with a figure; a foreign ministry's spokesman states a country's policy and stays askable."""
    refused = _refusals(VOICES)
    assert refused["Marco Russo"] == "spokesperson"
    assert refused["Lina Vidal"] is None and refused["Pavel Kerr"] is None
    assert "Marco Russo" not in _said(drafting.deck(tmp_path, VOICES))
    assert spokesperson(Person("Ann Lee", role="press secretary"))
    assert spokesperson(Person("Jill Marsh", description="assistant general counsel for the Kerr Organization"))
    assert not spokesperson(Person("Guo Lin", role="Chinese Foreign Ministry spokesman"))
    assert not spokesperson(Person("Eric Holm", role="New York Attorney General"))


def test_an_aide_s_remark_about_their_principal_is_not_asked_their_own_claim_is(tmp_path):
    """Ana Weiss's "He sees himself as fighting for …" praises her boss (deleted by both judges); Ivo Brandt's
    claim about the treaty is the adviser's own and is asked."""
    candidates = _who_said_candidates(VOICES)
    assert candidates["Ana Weiss"].aide and candidates["Ana Weiss"].about_principal
    assert not candidates["Ivo Brandt"].about_principal
    refused = _refusals(VOICES)
    assert refused["Ana Weiss"] in ("aide on a person", "hangs on a pronoun"), refused
    assert refused["Ivo Brandt"] is None
    said = _said(drafting.deck(tmp_path, VOICES))
    assert "Ana Weiss" not in said
    assert "Ivo Brandt" in said and "union a veto" in said["Ivo Brandt"]["prompt"]
    assert about_someone("Who said: “[Vidal] doesn't see himself as on the left”")
    assert not about_someone("Who said: “The harbour treaty gives the union a veto, he said”")


def test_a_generic_line_has_no_substance_a_short_claim_keeps_it():
    """A hedge, a remark on character, a cliché of change or balance, under 14 words with no name, figure,
    policy noun, claim word or contrast: a line anyone in the article could say."""
    for line in ("You can understand that national companies want to be evenhanded",
                 "In a very short period of time, the landscape has changed for women",
                 "The way he works is consistent with his temperament and his skills."):
        assert generic_remark(line) and substance(line) == 0.0, line
    for line in ("There's an expectation even among women that other women are not donors",  # a contrast
                 "God will hold the slave drivers of our day accountable",  # a charge
                 "We should not take the continued strength of domestic demand growth for granted",
                 "I can tell you that the treasury has the money for the cranes"):
        assert not generic_remark(line) and substance(line) > 0.5, line


def test_quoted_words_that_open_on_a_participle_describe_not_claim():
    """'the city of Nineveh, which was "self-destructing as a result of oppression"': a description of
    something outside the quote, no remark of the speaker's own."""
    assert is_fragment("self-destructing as a result of oppression and dishonor, violence and injustice.")
    assert is_fragment("crippled by debt and abandoned by the ministry for more than ten long years")
    assert not is_fragment("The port debt has doubled since 2019 and nobody in the ministry will say why")


OUTLETS = """Bishop Marco Levi spoke in Valmora on Monday about the harbour workers. ''Francesco Excommunicates Kerr,'' declared La Stampa in Italy.

''The harbour belongs to the workers who built it, not to the banks that bought it,'' Levi said.

Paolo Greco, the editor of the church's official newspaper, L'Osservatore Valmorese, said the bishop was ''both religious and political.''

''The bishop has chosen the dockers over the bankers, and the bankers will not forgive him,'' said Senator Anna Conti.

''The ministry cut the harbour fund by a third in 2024 and never said why,'' said Mayor Rosa Ferrante.

''We will reopen the north quay to the container ships before the summer of 2026,'' said Governor Pavel Kerr.
"""


def test_an_outlet_named_like_a_person_is_no_speaker_and_no_choice(tmp_path):
    """'declared La Stampa', 'the official newspaper, L'Osservatore Valmorese': outlets, never offered."""
    names = find_names(split_text(OUTLETS))
    assert {"La Stampa", "L'Osservatore Valmorese"} <= set(names.outlets)
    deck = drafting.deck(tmp_path, OUTLETS)
    offered = {c for q in deck["questions"] for c in q.get("choices", [])} | {q["answer"] for q in drafting.who_said(deck)}
    assert not offered & {"La Stampa", "L'Osservatore Valmorese"}, offered


FILLER = """Donors Amy Roth, Carla Tenn and Dana Voss gave more to the Valmora race than any group of women before them.

''The fund-raisers I went to in the late 1990s, it was mostly men writing the checks,'' Roth said.

Close to half of the bundlers are women, compared with about a third of President Obama's 2012 bundlers.

''There's an expectation even among women that other women are not donors,'' said Tenn, who gave $300,000 in 2024.

''Women gave 40 percent of the money raised for the governor's race this year,'' Voss said.

''The Kerr budget cuts eleven thousand teachers to pay for the cranes,'' said David Gilbert, the harbour committee's chairman.
"""


def test_a_famous_name_in_passing_is_no_choice_and_a_reported_speaker_is(tmp_path):
    """'President Obama's 2012 bundlers', named once: no choice beside a donor (filler from nowhere);
    people quoted or reported as speaking are the choices."""
    deck = drafting.deck(tmp_path, FILLER)
    questions = drafting.who_said(deck)
    assert questions
    for question in questions:
        assert "Obama" not in question["choices"], question["choices"]
    names = find_names(split_text(FILLER))
    assert [p.name for p in names.people if p.famous] == ["Obama"]
    often = "President Obama spoke. " * 3
    assert not [p for p in find_names(split_text(often + FILLER)).people if p.famous]  # an actor of the story


def test_a_person_reported_as_speaking_is_a_choice(tmp_path):
    """'…, said David Gilbert, its president': as plausible as the people quoted (Round 8: a filler Bush was
    offered while Gilbert was not)."""
    body = VOICES + "\nThe harbour committee has raised $56.5 million, said David Gilbert, its president and CEO.\n"
    offered = {c for q in drafting.who_said(drafting.deck(tmp_path, body)) for c in q["choices"]}
    assert "David Gilbert" in offered


def test_no_one_twice_and_no_name_cut_on_an_initial():
    """'Le Pen' and 'Marine Le Pen' are one person; 'Charles G' (from 'Charles G. and David H. Koch') is no
    name to offer."""
    assert same_person("Le Pen", "Marine Le Pen")
    assert not same_person("John Paul", "Ron Paul")
    assert bare_name(Person("Charles G"))
    assert not bare_name(Person("Charles Koch"))


def test_the_lead_s_who_question_and_a_who_said_never_share_a_person(tmp_path):
    """A "Who …?" on the lead and a who_said of the same person ask one point twice (3 of 3 judged
    giveaways): the lead keeps its question (and the quote goes when on its point, or in an article of one or
    two voices); an action question gives way to the speaker's own words."""
    from trainer.draft.build import analyse
    from trainer.draft.questions import Candidate, WhoSaid
    from trainer.draft.text import parse_article

    analysis = analyse(parse_article(Path("article.txt"), drafting.HEADER + VOICES))
    rules = WhoSaidRules(analysis.body, analysis.quotes, None, 2, set(), analysis.candidates)
    said = next(c for c in analysis.candidates if isinstance(c, WhoSaid) and c.speaker == "Lina Vidal")

    def who(kind: str, prompt: str = "Who charged that the budget cuts teachers to pay for cranes?") -> Candidate:
        return Candidate("name", 0.9, 0, (kind, "Lina Vidal", "x"),
                         {"type": "choice", "prompt": prompt, "answer": "Lina Vidal"})

    lead, action = who("lead"), who("action")
    assert rules.one_question_per_person([lead, said]) == [lead]
    assert rules.one_question_per_person([action, said]) == [said]
    # the lead on another point, in an article of many voices: her quote is no giveaway
    other = who("lead", "Who toured the harbour of Valmora on Monday?")
    assert rules.one_question_per_person([other, said]) == [other, said]


def test_no_bracket_for_a_referent_the_quote_names():
    """"the fiction that Tomas Ek doesn't know what he's doing" needs no "[Ek is]"."""
    text = "let's dispel the fiction that Tomas Ek doesn't know what he's doing. He knows"
    assert unnamed_referents(text, (("he", "Tomas Ek"),)) == ()
    assert with_referents(text, unnamed_referents(text, (("he", "Tomas Ek"),))) == text
    assert unnamed_referents("he knows", (("he", "Tomas Ek"),)) == (("he", "Tomas Ek"),)


def test_posts_and_descriptions_stay_whole():
    """No 'FULL TEXT. Senator' (a post never runs across a line), no 'close to $300' (a thousands comma is
    no end), and 'Mr. Weiss, who now works on Mr. Kerr's campaign' describes him."""
    body = split_text("FULL TEXT.\n\nSenator Marco Vidal spoke on Monday.\n\nTheresa Kostner, a lobbyist in Valmora who "
                      "has given close to $300,000 to the party in recent years, listened.\n\nJon Weiss spoke too. "
                      "''He built coalitions,'' said Mr. Weiss, who now works on Mr. Kerr's campaign.\n")
    names = find_names(body)
    vidal = names.find("Marco Vidal")
    assert vidal.role == "Senator" and post_with_body(body, vidal) == "Senator"
    assert names.find("Theresa Kostner").description == "a lobbyist in Valmora"
    assert names.find("Jon Weiss").description == "who now works on Mr. Kerr's campaign"


SPLIT = VOICES + """
“If the last three governors don't want to stand on that stage,” Brandt said, “why would the dockers of the north quay trust the new cranes?”
"""


def test_a_sentence_cut_by_its_attribution_is_asked_whole(tmp_path):
    """'"If X," Robinson said, "why would Y?"': the if-clause alone was asked (judged "edit"); the question
    shows both halves, and its quote is the article's own span, which check --strict verifies."""
    from trainer.cli import main

    article = tmp_path / "article.txt"
    article.write_text(f" date 2025-10-16 {drafting.RACE}\n\n{SPLIT}", encoding="utf-8")
    assert main(["draft", str(article), "-o", str(tmp_path / "deck.yaml")]) == 0
    assert main(["check", "--strict", str(tmp_path / "deck.yaml")]) == 0
    deck = drafting.deck(tmp_path, SPLIT)
    prompts = [q["prompt"] for q in drafting.who_said(deck)]
    joined = [p for p in prompts if "If the last three governors" in p]
    assert not joined or "why would the dockers" in joined[0]
    from trainer.draft.build import analyse
    from trainer.draft.questions import WhoSaid
    from trainer.draft.text import parse_article

    analysis = analyse(parse_article(Path("article.txt"), drafting.HEADER + SPLIT))
    whole = [c for c in analysis.candidates if isinstance(c, WhoSaid) and "If the last three" in c.fields["prompt"]]
    assert whole and "why would the dockers of the north quay trust the new cranes?" in whole[0].fields["prompt"]
    # round 18: the proof is the longer half, the article's exact words, never the narration between the halves
    assert "Brandt said" not in whole[0].fields["quote"] and whole[0].fields["quote"] in article.read_text()


def test_the_lead_s_choices_are_no_clergy_beside_a_politician_and_no_surname_beside_its_full_name():
    """Pope Francis beside a candidate is absurd; 'Le Pen' beside 'Marine Le Pen' is one person twice."""
    body = split_text("Pope Leo spoke about Governor Pavel Kerr. Governor Pavel Kerr answered Senator Lina Vidal. "
                      "Marine Le Pen met Senator Ivo Renner and Mayor Rosa Ferrante. Le Pen spoke. Senator Lina "
                      "Vidal, Senator Ivo Renner and Mayor Rosa Ferrante listened to Pope Leo.\n")
    names = find_names(body)
    counts = Counter({p.name: 2 for p in names.people})
    kerr = names.find("Pavel Kerr")
    choices = claim.choices_for(kerr, "Who answered the senator?", names, counts)
    assert choices and "Pope Leo" not in choices
    assert not ("Le Pen" in choices and "Marine Le Pen" in choices)
    assert "Le Pen" not in choices


def test_a_one_word_name_is_a_choice_only_when_quoted():
    """'according to Crowdpac' made a company a choice beside three donors; a full name or a speaker only."""
    from trainer.draft.questions import distractor_pool

    people = [Person("Amy Roth"), Person("Crowdpac"), Person("Carla Tenn", role="lobbyist"), Person("Marine Le Pen"),
              Person("Le Pen")]
    pool = distractor_pool([], people)
    assert "Crowdpac" not in pool and "Le Pen" not in pool
    assert {"Amy Roth", "Carla Tenn", "Marine Le Pen"} <= set(pool)


def test_a_party_s_primary_marks_the_people_named_before_its_words_only():
    """'Kasich, trailing Trump and Cruz among Republican primary voters, is the only Republican candidate who
    topped both Clinton and Sanders': Clinton and Sanders are no Republicans (Sanders was then refused beside
    Trump as 'the other party')."""
    body = split_text("Governor Pavel Kerr, trailing Senator Ivo Renner and Mayor Rosa Ferrante among Republican "
                      "primary voters, is the only Republican candidate who topped both Senator Lina Vidal and Senator Marta Olsen "
                      "in hypothetical matchups.\n")
    names = find_names(body)
    assert names.find("Ivo Renner").party == "Republican"
    assert names.find("Lina Vidal").party is None and names.find("Marta Olsen").party is None


def test_a_post_shows_the_body_written_before_it_in_lower_case():
    """'the campaign chief, Paul Manafort' read as the post 'chief' showed 'Paul Manafort: chief.'; the post
    is 'campaign chief', and a bare 'chief' of nothing named is no post to show."""
    text = "Addressing the members, the campaign chief, Paul Manafort, suggested that the style was an act.\n"
    body = split_text(text)
    at = text.index("Paul Manafort")
    assert post_with_body(body, Person("Paul Manafort", role="chief", role_at=at)) == "campaign chief"
    bare = split_text("Addressing the members, the chief, Paul Manafort, spoke.\n")
    assert post_with_body(bare, Person("Paul Manafort", role="chief", role_at=37)) is None


def test_a_he_said_after_a_garbled_name_goes_to_no_one_else():
    """'said Federico de JesÃÂos' (broken characters), '… media director for Ivo Renner' then '"…," he said': the garbled name is
    dropped, and the pronoun must not fall to Renner, the one man left in reach."""
    from trainer.draft.build import analyse
    from trainer.draft.text import parse_article

    body = ("Senator Lina Vidal and Governor Pavel Kerr met on Monday.\n\n“The harbour budget is on time,” said "
            "Federico de JesA\u0303\u0083A\u0302os, a strategist who was the media director for Senator Ivo Renner in 2008.\n\n“If they wait "
            "much longer until late September, that might be more concerning for the dockers,” he said.\n\n"
            "“The Kerr budget cuts eleven thousand teachers,” Vidal said.\n")
    analysis = analyse(parse_article(Path("article.txt"), drafting.HEADER + body))
    assert analysis.names.garbled
    assert not [q for q in analysis.quotes if q.speaker.name == "Ivo Renner"]


def test_a_condition_alone_is_not_asked():
    """A quote that is only its if-clause (the point was said elsewhere or not quoted) asks nothing."""
    from trainer.draft.questions import setup_only

    assert setup_only("If the last three governors don't want to stand on that stage,")
    assert setup_only("When the ferries stop running in the winter")
    assert not setup_only("If the ferries stop running, the islands will empty within ten years")
    assert not setup_only("The islands will empty if the ferries stop running")
    body = VOICES + "\n“If the treasury keeps the harbour fund for one more year,” said Senator Marta Olsen.\n"
    assert _refusals(body)["Marta Olsen"] == "a condition alone"


def test_an_attribution_that_says_whom_a_quote_is_about_is_shown(tmp_path):
    """'"…how much worse could it get?" said Al Cardenas, referring to Trump.': the prompt says so."""
    body = VOICES + ("\n“When you have less than 20 percent in your polling with the dockers, how much worse could it "
                     "get?” said Senator Marta Olsen, referring to Kerr. “It is not so much that he is doing badly.”\n")
    said = _said(drafting.deck(tmp_path, body))
    candidates = _who_said_candidates(body)
    assert candidates["Marta Olsen"].fields["prompt"].startswith("Who said, referring to Kerr: “When you have")
    assert "Marta Olsen" not in said or said["Marta Olsen"]["prompt"].startswith("Who said, referring to Kerr:")


def test_the_deck_s_people_list_no_outlet(tmp_path):
    """The deck's `people` (the pool of names a teacher edits choices from) holds no outlet read as a speaker."""
    deck = drafting.deck(tmp_path, OUTLETS)
    assert not {p["name"] for p in deck.get("people", [])} & {"La Stampa", "L'Osservatore Valmorese"}


def test_a_famous_name_stays_a_choice_beside_a_head_and_a_body_said_to_speak_is_no_person(tmp_path):
    """A president named in passing is a fair choice beside a president or a vice president (a head by post),
    not beside anyone else; 'said the Harbour Club' makes no person of a body."""
    from trainer.draft.questions import _Distractors, head_of

    people = [Person("Tomas Ek", role="President"), Person("Ivo Brandt", role="Vice President"),
              Person("Rosa Ferrante", role="Mayor"), Person("Marta Olsen", role="Senator"),
              Person("Lina Vidal", role="Senator"), Person("Paul Ek", role="former president")]
    assert head_of(people[0]) and head_of(people[5]) and not head_of(people[2])
    pool = [p.name for p in people]
    choices = _Distractors(pool, [], people, famous=frozenset({"Paul Ek"}))
    assert "Paul Ek" in choices.pick("Ivo Brandt", count=5)
    assert "Paul Ek" not in choices.pick("Rosa Ferrante", count=5)
    body = VOICES + "\n“The cranes will poison the bay,” said the Harbour Club.\n"
    offered = {c for q in drafting.who_said(drafting.deck(tmp_path, body)) for c in q["choices"]}
    assert "Harbour Club" not in offered
