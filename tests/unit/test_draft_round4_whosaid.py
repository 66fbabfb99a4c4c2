"""Round 4 who_said classes (issue 10): stock lines (an endorsement, a spokesman's or an aide's statement, a
supporter's confidence line), one question in a one-voice article, no choice that the quote talks about, a cut
quote that keeps its point, a post with its body, and no reporter's phrase credited to a source. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.draft.questions import endorsement, stock_shape, substance, MIN_AIDE_SUBSTANCE
import drafting


def _asked(deck: dict) -> str:
    return " ".join(q["quote"] for q in deck["questions"] if q["type"] == "who_said")


RACE = """The race for governor of Valmora tightened on Monday as Senator Lina Vidal and Governor Pavel Kerr traded charges over the port budget and the new cranes.

“The Kerr budget cuts eleven thousand teachers to pay for cranes that replace forty dockers each,” Vidal said at a rally in the harbour district.

Kerr answered in the capital. “The Vidal plan raises the sales tax by three percent on every family in Valmora to pay for a port nobody uses,” Kerr said.

Economist Laszlo Varga said the port debt had doubled since 2019. “Shipping lines will not come back to Valmora once they have moved their routes north to Trieste,” Varga said.

Former mayor Rosa Ferrante endorsed Vidal on Tuesday. “Lina Vidal has the integrity, the experience and the steady hand that this state needs after eight hard years, and she has my full support in November,” Ferrante said.

“We’re really focused on this opportunity that Lina has to speak directly to the voters on the issues,” said Marco Russo, a spokesman for the Vidal campaign.

Kerr's press secretary, Anna Weiss, said the governor would not debate twice. “We look forward to the one debate the governor agreed to,” Weiss said.

Felix Amsel, a donor who gave the Kerr campaign two million dollars, was calm. “I think Pavel is doing fine, and he’ll do great in November,” Amsel said.

Asked where Vidal was, Russo said: “Lina has spent the whole week with the voters in the harbour towns, and that is where she wants to be.”

Later Russo went further. “The Kerr budget hid 400 million dollars of port debt from the legislature in 2024, which is a fraud on every taxpayer in Valmora,” Russo said.
"""


@pytest.mark.parametrize("text", [
    "I'm proud to endorse Lina Vidal, who has spent twenty years fighting for the working families of this state and the dockers of the harbour",
    "Lina Vidal should be our next president, and I will knock on every door in Valmora from now to November to make it happen",
    "I am enthusiastically supporting her for governor because the harbour and the schools need her now more than ever",
])
def test_an_endorsement_of_a_candidate_is_never_asked(tmp_path, text):
    """An endorsement is a stock line however long: its own words say so, or it praises in a sentence that
    reports the endorsement (Ferrante's 'integrity, experience, my full support')."""
    assert endorsement(text)
    assert not endorsement("The Kerr budget cuts eleven thousand teachers to pay for cranes")
    assert endorsement("She has the integrity and the experience this state needs",
                       "Ferrante endorsed Vidal on Tuesday. She has the integrity, Ferrante said.")
    asked = _asked(drafting.deck(tmp_path, RACE))
    assert "integrity" not in asked and "eleven thousand teachers" in asked


def test_a_spokesman_s_or_a_press_secretary_s_statement_needs_a_higher_substance_bar(tmp_path):
    """'We're really focused on …' (a spokesman) and 'We look forward to the one debate' (a press secretary)
    are the campaign's line. Round 8: a campaign spokesman's charge, even with a figure and a body, is no
    longer asked either (the judges deleted every spokesperson's who_said: "which spokesperson said it hardly
    matters"; test_draft_round8_whosaid.py)."""
    week = "Lina has spent the whole week with the voters in the harbour towns, and that is where she wants to be"
    assert 0.5 < substance(week) < MIN_AIDE_SUBSTANCE  # a politician's remark this size would be asked
    asked = _asked(drafting.deck(tmp_path, RACE))
    assert "really focused" not in asked and "look forward" not in asked and "whole week" not in asked
    assert "400 million dollars of port debt" not in asked
    assert "eleven thousand teachers" in asked  # the candidates' own charges are asked


@pytest.mark.parametrize("text", [
    "I think Pavel is doing fine, and he’ll do great in November",
    "He'll do great",
    "I'm confident she's going to win this",
    "We're so excited about tonight",
    "Everybody is really fired up",
    "I believe Kerr will be just fine",
])
def test_a_supporter_s_or_a_donor_s_confidence_line_is_a_stock_line(tmp_path, text):
    assert stock_shape(text) is not None
    assert substance(text) == 0.0
    assert stock_shape("I think the harbour will lose forty ships to Trieste by the spring") is None


def test_the_deck_asks_no_donor_s_confidence_line(tmp_path):
    assert "doing fine" not in _asked(drafting.deck(tmp_path, RACE))


ONE_VOICE = """Governor Pavel Kerr of Valmora defended the port budget on Monday in a long speech to the legislature, as Senator Lina Vidal, Mayor Rosa Ferrante and Treasurer Ivo Brandt listened from the gallery.

“The new cranes will pay for themselves within eleven years, and the harbour will handle twice the ships it handles today,” Kerr said.

He turned to the schools. “Every teacher in the state will get a raise of four percent next year, paid for by the port fees and not by a new tax,” Kerr said.

On the strike, Kerr was firm. “The dockers' union rejected an offer that the European Commission's mediator called fair, and the state will not reopen the contract,” he said.

Kerr's press secretary, Anna Weiss, said afterwards: “We look forward to the debate next week.” Senator Lina Vidal said: “I think it went fine.”
"""


def test_a_one_voice_article_asks_who_said_once(tmp_path):
    """Kerr says everything of substance (his press secretary only a stock line): one who_said, not three."""
    deck = drafting.deck(tmp_path, ONE_VOICE, "Valmora legislature hears the governor")
    speaker_questions = [q for q in deck["questions"] if q["type"] == "who_said" or " said “" in q.get("statement", "")]
    assert len(speaker_questions) == 1


TALKED_ABOUT = """Governor Pavel Kerr and Senator Lina Vidal clashed over the harbour on Monday in Valmora.

Mayor Rosa Ferrante and Minister Ivo Brandt said the cranes would be delivered in March.

Vidal answered Kerr at a rally in the harbour district. “The governor has never set foot on the docks, and now he wants to sell the whole port to a shipping company from Trieste,” Vidal said.

“The Vidal plan raises the sales tax by three percent on every family in the state,” Kerr said.

“The cranes will arrive in March and the port will reopen in April with two hundred new jobs,” Ferrante said.

“The ministry has paid forty million euros for cranes that nobody has tested,” Brandt said.

“The harbour fund will stay empty until 2027 unless the assembly votes for a new levy,” said Senator Nils Dahl.
"""


def test_the_person_a_quote_talks_about_is_never_a_choice(tmp_path):
    """Vidal's "The governor … now he wants to sell" is about Kerr: Kerr is no choice."""
    deck = drafting.deck(tmp_path, TALKED_ABOUT, "Harbour clash in Valmora")
    asked = [q for q in drafting.who_said(deck) if "set foot" in q["quote"]]
    assert asked and "Pavel Kerr" not in asked[0]["choices"]


def test_a_bare_first_name_is_never_a_choice():
    from trainer.draft.names import Person
    from trainer.draft.questions import first_names_only

    people = [Person("Al"), Person("Al Brandt"), Person("Kerr"), Person("Melanie"), Person("Rosa Ferrante")]
    assert first_names_only(people) == {"Al", "Melanie"}


def test_a_long_quote_is_cut_to_the_clause_that_carries_its_point():
    """A setup clause ("Let's say they're at 54, 56 …") gives way to the point; a quote whose first cut holds
    its point, or a clause about as substantive, is cut as before."""
    from trainer.draft.questions import point_quote, short_quote

    setup = ("Let's say they're at 54, 56, 58 percent in a state like Ohio, and let's say the other side has a few "
             "thousand volunteers on the ground, chances are pretty good that the Kerr campaign will lose the state "
             "by the end of the night because turnout decides it.")
    shown = point_quote(setup)
    assert "chances are pretty good" in shown and "Let's say" not in shown and shown.startswith("…")
    assert setup.endswith(shown.lstrip("…"))  # the article's own words
    plain = ("The treasury has no room for a twelve percent raise this year, and the dockers know it, and the "
             "minister knows it, and every family in the harbour towns knows it very well. We will not pay.")
    assert point_quote(plain) == short_quote(plain)
    assert point_quote("The treasury has no room for a raise.") == "The treasury has no room for a raise."


COMMITTEE = """The harbour budget failed on Monday in Valmora after a long fight in the assembly over the cranes.

“The treasury has hidden the true cost of the cranes from voters for three years,” said Senator Nils Dahl.

“Kerr voted twice against the harbour budget he now wants,” said Harbour Committee Chairman Ivo Brandt.

“The port deal will pass the assembly with 60 votes by May,” said Mayor Rosa Ferrante.

“The new cranes will cost the city forty million euros a year in interest until 2040,” said Governor Pavel Kerr.
"""


def test_the_explanation_names_a_post_with_its_body(tmp_path):
    """"Harbour Committee Chairman Ivo Brandt" is explained as that, never as a bare "Ivo Brandt: Chairman."."""
    from trainer.draft.names import Person
    from trainer.draft.questions import post_with_body
    from trainer.draft.text import Body

    from trainer.draft.build import analyse, explanation
    from trainer.draft.questions import WhoSaid
    from trainer.draft.text import parse_article

    analysis = analyse(parse_article(Path("a.txt"), f" date 2025-10-16 Harbour budget fails\n\n{COMMITTEE}"))
    asked = [c for c in analysis.candidates if isinstance(c, WhoSaid) and c.speaker == "Ivo Brandt"]
    assert asked and "Ivo Brandt: Harbour Committee Chairman." in explanation(analysis, asked[0])
    body = Body("“We will appeal,” said the chairman, Ivo Brandt.\n")
    assert post_with_body(body, Person("Ivo Brandt", "chairman", role_at=body.text.index("Ivo"))) is None
    assert post_with_body(body, Person("Ivo Brandt", "Well Senator", role_at=body.text.index("Ivo"))) == "Senator"
    well = Body("“Well, look.” Well Senator Ivo Brandt did not answer.\n")
    assert post_with_body(well, Person("Ivo Brandt", "Senator", role_at=well.text.index("Ivo"))) == "Senator"


def test_the_reporter_s_own_phrase_in_quote_marks_is_not_the_last_speaker_s():
    """A phrase in quote marks inside the reporter's sentence (no speech verb, no speaker) is not the remark of
    the source quoted just before; the source's own next sentence still is."""
    from trainer.draft.build import analyse
    from trainer.draft.text import parse_article

    body = ("“The treasury has hidden the true cost of the cranes from voters,” said Senator Nils Dahl. The plan, "
            "“a harbour renewal for the next generation of dockers,” went to the assembly on Monday. "
            "Dahl spoke again. “Nobody has tested the cranes,” Dahl said. “They have never lifted a single container.”\n")
    said = {q.text: q.speaker.name for q in analyse(parse_article(Path("a.txt"), f"Harbour\n\n{body}")).quotes}
    assert "a harbour renewal for the next generation of dockers" not in said
    assert said.get("They have never lifted a single container.") == "Nils Dahl"


def test_a_campaign_s_statement_needs_the_aide_s_substance_bar():
    """Words a campaign gives out in a statement, by someone who is not the candidate, are an aide's."""
    from trainer.draft.build import analyse
    from trainer.draft.questions import WhoSaid
    from trainer.draft.text import parse_article

    body = RACE + ("\n“Lina will spend the whole weekend with the voters in the harbour towns, where she belongs,” "
                   "Anna Marsh said in a statement the Vidal campaign released.\n")
    analysis = analyse(parse_article(Path("a.txt"), f" date 2025-10-16 Race\n\n{body}"))
    marsh = [c for c in analysis.candidates if isinstance(c, WhoSaid) and c.speaker == "Anna Marsh"]
    assert marsh and marsh[0].aide and marsh[0].substance < MIN_AIDE_SUBSTANCE
    assert not [c for c in analysis.candidates if isinstance(c, WhoSaid) and c.speaker == "Lina Vidal" and c.aide]


@pytest.mark.parametrize("text", [
    "We are going to make Valmora great again, believe me",
    "Together we can build a harbour that works for everyone",
    "We're going to win, and we're going to win big",
    "This election is about you and your families",
])
def test_a_stump_speech_line_is_a_stock_line(text):
    assert stock_shape(text) is not None and substance(text) == 0.0  # "stump" (or a supporter's "we'll win")
    assert stock_shape("We are going to cut the port tax by three percent in the first year") is None
