"""Round 14 of issue 10's who_said rules (held17 and held18 judged): two people of one surname, one of them
given a name that is also a nationality; a quote that names the speaker's own deed; a slogan. Invented
article text only."""

from __future__ import annotations

import drafting

from trainer.draft.names import Person
from trainer.draft.questions import _Distractors, distractor_pool, point_quote, pointless, reveals_speaker


def _speaker(found, words: str) -> str:
    return next(q.speaker.name for q in found.quotes if words in q.text)


BROTHERS = ("A troupe of comedians is staging a play in Valmora that mocks the harbour levy and the minister "
            "behind it.\n\n"
            "“Valmorans laugh at their own troubles before anyone else can,” said German Brask, one of the stars "
            "of the play.\n\n"
            "“This is a critique of the rich in general,” said Lukas Brask, German's brother and a fellow comedian, "
            "who also stars in the show.\n\n"
            "“I don't agree with what the minister says about the docks and the 40 million crowns,” Lukas Brask "
            "said before a performance.\n\n"
            "German Brask says that the reaction to the levy has been rejection.\n\n"
            "“More than anything else, the levy brought the dockers together in a way the unions never could,” he "
            "said.\n")


def test_a_nationality_that_is_a_given_name_beside_a_namesake_is_no_nationality():
    """held18: 'said German Ortega' beside 'Freddy Ortega, German's brother': the demonym was read as a
    nationality, 'Ortega' joined to Freddy, and German's 'unity' line was asked as Freddy's (deleted as wrong)."""
    found = drafting.analysis(BROTHERS)
    assert _speaker(found, "laugh at their own troubles") == "German Brask"
    assert _speaker(found, "brought the dockers together") == "German Brask"
    assert _speaker(found, "critique of the rich") == "Lukas Brask"
    assert _speaker(found, "40 million crowns") == "Lukas Brask"


def test_a_nationality_before_a_role_or_a_lone_surname_stays_a_nationality():
    """'German Chancellor Ida Brandt' is Ida Brandt; 'the German Brandt' without a namesake is not a given name."""
    body = ("German Chancellor Ida Brandt met the Valmoran premier on Tuesday.\n\n"
            "“We will pay 40 million euros for the harbour cranes,” Brandt said.\n")
    found = drafting.analysis(body)
    assert _speaker(found, "40 million euros") == "Ida Brandt"
    assert "German Brandt" not in {p.name for p in found.names.people}


def test_a_quote_naming_the_speakers_own_founding_gives_the_speaker_away():
    """held17: 'I started Black Girls Rock! because I love us …' asked as Beverly Bond's, the article's
    'Black Girls Rock! Founder Beverly Bond': both judges would cut it."""
    founder = Person("Maren Holt", role="founder")
    assert reveals_speaker("I started Harbour Girls Shine! because I love us and I believe in us", founder)
    assert reveals_speaker("We founded the Valmora Dock Trust to keep the cranes running", founder)
    assert not reveals_speaker("I started to worry about the levy in March", founder)
    assert not reveals_speaker("I wrote to the minister twice and heard nothing", founder)


def test_a_slogan_of_commands_is_a_fragment():
    """held17: 'Own your magic, walk in your purpose and rock your truth.' deleted as a fragment."""
    assert pointless("Own your magic, walk in your purpose and rock your truth.")
    assert pointless("To all the girls of the harbour, own your dreams and chase your purpose.")
    assert not pointless("Raise your taxes and cut your pensions: that is the council's levy plan")


def test_a_two_word_surname_is_one_person_with_the_full_name():
    """held18: 'The Nobel-winning Peruvian novelist Mario Vargas Llosa …', then '"…," Vargas Llosa said': the
    answer 'Vargas Llosa' stood beside the choice 'Mario Vargas Llosa' (a name written two ways)."""
    body = ("The Valmoran novelist Tomas Berg Ostrand told an audience in Nordby last week that the harbour levy "
            "was unfair.\n\n"
            "“Taxing the dockers in a port that was built by dockers offends the best tradition of Valmora,” "
            "Berg Ostrand said.\n\n"
            "Minister Ida Lund defended the levy. “The levy pays 40 million crowns for cranes,” Lund said.\n")
    found = drafting.analysis(body)
    assert _speaker(found, "built by dockers") == "Tomas Berg Ostrand"
    assert "Berg Ostrand" not in {p.name for p in found.names.people}


PUNDITS = ("Governor Karl Ostby's campaign for the Valmora nomination ended on Wednesday after a poor showing in "
           "the north.\n\n"
           "“At the end of the day, it just became a lot of people competing for the same harbour votes,” said "
           "political consultant Laura Marsh.\n\n"
           "Premier Tomas Ek toured the flooded docks with Ostby in 2019, and the picture of the two men became "
           "known as the Ek “embrace.”\n\n"
           "“It's ironic that his finest hour as governor, the flood of 2019, became the root cause of his fall,” "
           "said Valmora University pollster Peter Brant.\n\n"
           "“The bridge closures were too big a hurdle for him to overcome,” said Ivar Holm, a historian at the "
           "Nordby Institute.\n\n"
           "“The north never forgave the bridge closures or the tolls that followed,” said Anna Dahl, an "
           "economist at the Nordby Institute.\n\n"
           "“They took his slogan about the harbour and gave it to the premier,” Fosse said.\n")


def test_a_surname_never_introduced_is_no_choice(tmp_path):
    """held17: a bare 'Hale' ('"…," Hale said', never named in full nor given a post) offered beside Chris
    Russell: garbled, both judges."""
    choices = {c for q in drafting.who_said(drafting.deck(tmp_path, PUNDITS)) for c in q["choices"]}
    assert choices and "Fosse" not in choices
    # a president's surname alone stays a fair choice ("Trump called it …" in the seed)
    body = PUNDITS + "\n“The harbour levy is a disaster for the north,” Trump said in a post.\n"
    found = drafting.analysis(body)
    pool = _Distractors(distractor_pool(found.quotes, found.names.people), found.quotes, found.names.people)
    assert pool.plausible("Karl Ostby", "Trump") and not pool.plausible("Karl Ostby", "Fosse")


def test_a_politician_in_scare_quotes_is_no_choice_beside_a_pollster_while_others_fill_them():
    """held17: Obama, quoted only in 'The Obama “hug.”', offered for a Monmouth pollster's reading (both judges:
    a weak choice): the article's other observers first; such a politician only to fill the choices."""
    found = drafting.analysis(PUNDITS)
    people = found.names.people
    choices = _Distractors(distractor_pool(found.quotes, people), found.quotes, people)
    assert not choices.plausible("Peter Brant", "Tomas Ek")  # the premier's one word in scare quotes
    assert choices.plausible("Peter Brant", "Anna Dahl")
    # beside a politician too, since round 21 (held25: Obama, quoted in one word, beside a governor's praise)
    assert not choices.plausible("Karl Ostby", "Tomas Ek")
    assert sorted(choices.plausible_pick("Peter Brant")) == ["Anna Dahl", "Ivar Holm", "Laura Marsh"]
    # too few others (no Fosse, never named in full): the premier fills the choices rather than none
    assert "Tomas Ek" in choices.plausible_pick("Peter Brant", exclude=frozenset({"Ivar Holm"}))


def test_a_cut_never_ends_on_a_colon_nor_before_the_sentences_verb():
    """held18: '… I think that's quite wrong. I would answer him…' (the answer cut off: 'include the punchline
    or cut it'); held17: '… his shining moment as governor, in terms of … Sandy…' cut before 'was really the root
    cause of why he was never able to get traction' (both judges: cut before the point)."""
    retort = ("To think that we own the harbour's troubles and the dockers' debts and the tolls, I think that's "
              "quite wrong. I would answer him: Isn't your ministry the one that raised the harbour tolls?")
    shown = point_quote(retort)
    assert shown.endswith("quite wrong.") and "answer him" not in shown
    irony = ("It's kind of ironic that probably his finest hour as governor, in terms of the handling of the "
             "flood of 2019, was really the root cause of why he was never able to win the north")
    shown = point_quote(irony)
    assert "root cause" in shown and not shown.endswith("2019…")


def _who_said(found) -> list[dict]:
    return [c.fields for c in found.candidates if getattr(c, "fields", {}).get("type") == "who_said"]


def test_a_two_part_quote_keeps_no_narration_when_the_prompt_shows_one_part():
    """held18: the quote of Ervin's question read '…People are angry," said Chicago Alderman Jason C. Ervin, who
    thinks Emanuel and his staff "need to be …' while the prompt showed only the second part."""
    body = ("Mayor Ida Lund faced the council on Tuesday after the harbour report.\n\n"
            "\"People are angry,\" said Alderman Tomas Quell, who thinks Lund and her staff \"need to work "
            "with the dockers far more closely than before. There's definitely some fence-mending that needs to be "
            "done if her long-term goal is to stay in office after the harbour vote next spring.\"\n\n"
            "“The harbour report will cost the city 40 million crowns,” Lund said.\n")
    asked = [q for q in _who_said(drafting.analysis(body)) if "fence-mending" in q["prompt"]]
    assert asked and all("said" not in q["quote"] and "fence-mending" in q["quote"] for q in asked)
    assert all("Ida Lund" not in q["choices"] for q in asked)  # the narration still names whom it is about


def test_an_inner_quote_closes_where_its_part_does():
    """held18: NYT marks ("''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all
    lies.") were asked as “We are told all the time, 'Kosovo is a special case. It is all lies. …” (the inner
    mark never closed)."""
    body = ("Minister Ida Lund spoke about the harbour on Tuesday.\n\n"
            "''We are told all the time, 'The harbour is a special case,''' Ms. Lund said. ''It is all lies. There is "
            "no special case, and every docker understands the 40 million crowns perfectly well.''\n\n"
            "“The levy stays,” said Governor Tomas Ek, who spoke after her about the 12 new cranes.\n")
    prompts = [q["prompt"] for q in _who_said(drafting.analysis(body)) if "told all the time" in q["prompt"]]
    assert prompts and "'The harbour is a special case.' It is all lies." in prompts[0]
