"""Round 9 who_said classes (issue 10): two people of one surname (the nearest full mention or descriptor before a
quote decides, else no question); passers-by introduced by job and town or as polled are never asked nor offered;
a poll sponsor's stock reading of its own poll is not asked; a bracket only for a referent named before the
quote; distractors who could have said it (a pollster beside other voices, not beside candidates only named).
Invented text only."""

from __future__ import annotations

import drafting
from trainer.draft.names import Person, descriptor_fits, find_names
from trainer.draft.questions import PollVoices, WhoSaidRules, poll_reading
from trainer.draft.text import split_text


def _speakers(body: str) -> dict[str, str]:
    """Each quote's first five words -> the speaker the drafter found for it."""
    return {" ".join(f.text.split()[:5]): f.speaker.name for f in drafting.analysis(body).quotes}


BROTHERS = """Governor Oskar Lind, trailing in the harbour primary of Valmora, on Monday brought his older brother, former Senator Karl Lind, to vouch for him at a rally in the north quay.

“There is a lot of name-calling going on, but there is no doubt in my mind that Oskar Lind has the character to lead this state,” the former senator told a crowd of dockers.

Mr. Lind also praised his younger brother’s record. “He fought for the dockers of the north quay for thirty years and never once asked the unions for a favour,” he said.

Governor Lind answered questions about the port budget afterwards. “The harbour treaty will cost Valmora four hundred million dollars by 2030,” Lind said.
"""


def test_a_shared_surname_goes_to_the_one_the_nearest_descriptor_names():
    """Round 9: George W. Bush's words about Jeb were credited to Jeb (the full mention inside the quote was
    taken as the latest); "the former senator" before "Mr. Lind" decides, and "Governor Lind" later the other."""
    speakers = _speakers(BROTHERS)
    assert speakers["There is a lot of"] == "Karl Lind"
    assert speakers["He fought for the dockers"] == "Karl Lind"
    assert speakers["The harbour treaty will cost"] == "Oskar Lind"


def test_a_shared_surname_nothing_decides_is_no_one_s_quote(tmp_path):
    """A "Lind said" before either Lind is named in full, with two in the article: no question on it."""
    body = ("“The harbour budget hides four hundred million dollars of port debt from the legislature,” Lind said "
            "on Monday.\n\nGovernor Oskar Lind and his brother, former Senator Karl Lind, campaigned in the north "
            "quay of Valmora on Tuesday.\n\n“The port will pay for itself within ten years of the treaty,” said "
            "Mayor Ivo Brandt.\n\n“The treaty gives the union a veto over every crane contract,” said Ana Weiss, "
            "an economist at the Valmora Institute.\n")
    analysis = drafting.analysis(body)
    assert not [f for f in analysis.quotes if f.text.startswith("The harbour budget")]
    mentions = [m for m in analysis.names.mentions if analysis.body.norm[m.start:m.end] == "Lind"]
    assert mentions and mentions[0].ambiguous
    asked = [q["quote"] for q in drafting.who_said(drafting.deck(tmp_path, body))]
    assert not any("harbour budget" in quote for quote in asked)


def test_a_title_rules_out_the_other_sex_and_a_post_read_on_a_shared_surname_moves_with_it():
    """"Mrs. Lind" is never Karl; "Senator Lind" read before a surname alone is no post of the governor's."""
    body = ("Karl Lind and his wife, Maria Lind, toured the harbour of Valmora on Monday.\n\n"
            "“The port debt is a scandal the legislature must answer for before the vote,” Mrs. Lind said.\n\n"
            "Governor Oskar Lind spoke later. Critics of Senator Lind’s record on the treaty were in the crowd.\n")
    speakers = _speakers(body)
    assert speakers["The port debt is a"] == "Maria Lind"
    names = find_names(split_text(body))
    oskar = next(p for p in names.people if p.name == "Oskar Lind")
    assert oskar.role == "Governor"


def test_the_former_president_is_the_one_former_president_named():
    """"the former president told a crowd" with one former US president named before it (and none of the years
    the article names before a later one took office) is his; a candidate is no former president in 2016."""
    assert descriptor_fits(["former", "president"], Person("George W. Bush"))
    assert not descriptor_fits(["former", "president"], Person("Jeb Bush"))
    assert descriptor_fits(["former", "first", "lady"], Person("Laura Bush"))
    body = ("Donald J. Trump and Jeb Bush clashed in South Carolina on Monday, where Jeb Bush brought his brother, "
            "George W. Bush, to a rally at a civic center.\n\n"
            "“The presidency is a serious job that requires sound judgment and good ideas for 2016,” the former "
            "president told a crowd.\n")
    assert _speakers(body)["The presidency is a serious"] == "George W. Bush"


def test_passers_by_by_job_and_town_or_as_polled_are_never_asked_nor_offered(tmp_path):
    """Round 9: "an IT professional from Seattle" was asked; a job and a town say passer-by, a post does not."""
    body = ("Young voters in Valmora back the harbour treaty by a wide margin, a new poll finds.\n\n"
            "“I was pretty cynical at first about the whole treaty, but I had no idea it would pick up this kind of "
            "steam,” says Tomas Mey, an IT professional from Tacoma.\n\n"
            "“I can't really find a candidate who talks about the port debt,” says Lia Park, who was among those "
            "polled.\n\n"
            "“The treaty will cost the state four hundred million dollars by 2030,” said Governor Pavel Kerr.\n\n"
            "“The Kerr budget cuts eleven thousand teachers to pay for cranes,” said Senator Lina Vidal.\n\n"
            "“The port debt has doubled since 2019 and the lenders know it,” said Ana Ruiz, a pollster in Iowa.\n\n"
            "“Shipping lines will not come back once they have moved their routes north,” said Tom Hale, a "
            "Democrat from Ohio.\n")
    people = {p.name: p for p in drafting.analysis(body).names.people}
    assert people["Tomas Mey"].lay and people["Lia Park"].lay
    assert not people["Ana Ruiz"].lay and not people["Tom Hale"].lay
    deck = drafting.deck(tmp_path, body)
    offered = {c for q in drafting.who_said(deck) for c in [q["answer"], *q["choices"]]}
    assert not offered & {"Tomas Mey", "Lia Park"}


POLL = """A Valmora Tribune/Harbour Youth Vote poll finds young voters back the harbour treaty by a wide margin.

“These poll numbers should put to rest the notion that young voters do not care about their vote,” said Ada Stone, president of Harbour Youth Vote.

“Sixty percent of young dockers now say the treaty will cost them their jobs,” said Ida Berg, director of polling at the Valmora Institute.

“The treaty will cost the state four hundred million dollars by 2030,” said Governor Pavel Kerr.

“The Kerr budget cuts eleven thousand teachers to pay for cranes,” said Senator Lina Vidal.
"""


def test_a_poll_sponsor_s_stock_reading_of_its_poll_is_not_asked_one_with_a_figure_is():
    """Round 9: "These poll numbers should put to rest the notion …" from the poll's sponsor is a stock line; a
    pollster's reading that states a figure is a claim."""
    body = split_text(POLL)
    voices = PollVoices(body)
    stone = Person("Ada Stone", description="president of Harbour Youth Vote")
    berg = Person("Ida Berg", description="director of polling at the Valmora Institute")
    kerr = Person("Pavel Kerr", role="Governor")
    assert poll_reading("These poll numbers should put to rest the notion that young voters do not care", stone,
                        voices, set())
    assert not poll_reading("Sixty percent of young dockers now say the treaty will cost them their jobs", berg,
                            voices, set())
    assert not poll_reading("These poll numbers show the governor is in trouble", stone, voices, {"Pavel Kerr"})
    assert not poll_reading("The poll numbers are wrong and the voters know it", kerr, voices, set())
    analysis = drafting.analysis(POLL)
    from trainer.draft.questions import WhoSaid

    rules = WhoSaidRules(analysis.body, analysis.quotes, None, 2, set(), analysis.candidates)
    refused = {c.speaker: rules.refusal(c, c) for c in analysis.candidates if isinstance(c, WhoSaid)}
    assert refused["Ada Stone"] == "spokesperson"
    assert refused.get("Ida Berg") != "spokesperson"


def test_a_bracket_stands_only_for_someone_named_before_the_quote():
    """Round 9: "[Bush]" was put for a "him" meaning Bloomberg, whom the drafter did not read as a person; the one
    man named after the quote (in the speaker's appositive) is not whom the pronoun stands for."""
    body = ("The last man to mount a third-party race says he does not think the mayor will run.\n\n"
            "“We have talked about it, and I believe him when he says he would only be in it to win,” says "
            "Karl Dorn, still blamed for handing the 2000 race to Pavel Kerr.\n")
    found = [f for f in drafting.analysis(body).quotes if f.text.startswith("We have talked")]
    assert found and found[0].speaker.name == "Karl Dorn" and found[0].referents == ()
    # named before the quote, the one man in reach: the bracket stands
    before = ("Peter Kerr says he is weighing a run for the harbour seat of Valmora.\n\n"
              "“I believe him when he says he would only be in it to win,” says Karl Dorn.\n")
    found = [f for f in drafting.analysis(before).quotes if f.text.startswith("I believe him")]
    # the "him" too, since round 24: "I believe [Kerr] when [Kerr] says …"
    assert found and found[0].referents == (("he", "Peter Kerr"), ("him", "Peter Kerr"))


def test_an_outlet_s_name_after_a_given_name_is_a_surname():
    """"Michael Bloomberg" is a person although "Bloomberg" alone names a news agency (round 9: his "him" went to
    another man because he was no person to the drafter)."""
    names = find_names(split_text("Walter Reuters, the former mayor of Valmora, is weighing a run. Reuters reported "
                                  "the news on Monday."))
    assert "Walter Reuters" in {p.name for p in names.people}


EXPERTS = """The harbour treaty of Valmora will cost more than its backers say, a new study finds.

“The port debt has doubled since 2019 and the lenders know it,” said Ida Berg, a pollster at the Valmora Institute.

“The Kerr budget hides four hundred million dollars of port debt from the legislature,” said Jonas Falk, an economist at Valmora University.

“Shipping lines will not come back once they have moved their routes north to Trieste,” said Ana Weiss, an analyst at the Harbour Trust.

“The treaty gives the union a veto over every crane contract signed after 2019,” said Ivo Brandt, a researcher at the Port Council.

Governor Pavel Kerr and Senator Lina Vidal have not said how they would pay for the treaty.
"""


def test_a_pollster_s_choices_are_people_who_could_have_said_it(tmp_path):
    """Round 9: a pollster offered beside a passer-by and two candidates the article only names; beside experts
    the article quotes, the question stands, and with no such voices there is none."""
    deck = drafting.deck(tmp_path, EXPERTS)
    asked = {q["answer"]: q for q in drafting.who_said(deck)}
    assert asked, "the experts' remarks are asked"
    for question in asked.values():
        assert not {"Pavel Kerr", "Lina Vidal"} & set(question["choices"])
    alone = ("The harbour treaty of Valmora will cost more than its backers say, a new poll finds.\n\n"
             "“The port debt has doubled since 2019 and the lenders know it,” said Ida Berg, a pollster at the "
             "Valmora Institute.\n\n"
             "“The treaty will cost the state four hundred million dollars by 2030,” said Governor Pavel Kerr.\n\n"
             "“The Kerr budget cuts eleven thousand teachers to pay for cranes,” said Senator Lina Vidal.\n\n"
             "Senator Marta Holm and Governor Eric Sand have not said how they would pay for the treaty.\n")
    assert "Ida Berg" not in {q["answer"] for q in drafting.who_said(drafting.deck(tmp_path, alone))}


def test_a_rhetorical_question_alone_gives_way_to_the_claim_of_the_same_remark(tmp_path):
    """Round 9: "Who's demanding that Michael Bloomberg run?" was asked (both judges: near-generic; ask the "vanity
    candidacy" words); a short question alone has no substance, and the words on someone's possessive say whom
    they are about, who is then no choice."""
    from trainer.draft.questions import rhetorical_question, substance

    assert rhetorical_question("Who's demanding that Ivo Brandt run?")
    assert rhetorical_question("What about during the strike?")
    assert not rhetorical_question("Why would corporate brands align themselves with a man who insults their customers "
                                   "every single day of the week?")
    assert not rhetorical_question("The deck is stacked against him. Who can win from there?")
    assert substance("Who's demanding that Ivo Brandt run?") == 0.0
    body = ("Mayor Ivo Brandt of Valmora is weighing an independent run for governor, a new poll finds.\n\n"
            "“The deck is stacked against him on every count,” says Karl Dorn, a historian of third-party races.\n\n"
            "Brandt's “looks like a vanity candidacy, not pushed by a public movement and without a cause,” says "
            "Walter Cowan, a longtime party activist. “Who's demanding that Ivo Brandt run?”\n\n"
            "“The mayor would be able to build support rapidly across the state,” says Peter Holm, the mayor's "
            "pollster.\n\n"
            "“The treaty will cost the state four hundred million dollars by 2030,” said Governor Pavel Kerr.\n")
    asked = {q["answer"]: q for q in drafting.who_said(drafting.deck(tmp_path, body))}
    cowan = asked.get("Walter Cowan")
    assert cowan is not None and "vanity candidacy" in cowan["prompt"]
    assert "referring to Ivo Brandt" in cowan["prompt"] and "Ivo Brandt" not in cowan["choices"]


def test_a_titled_surname_that_cannot_be_the_one_named_in_full_is_someone_else():
    """Round 9 (PolNeAR dev): with "Michelle Obama" the only Obama named in full, every "President Obama" and "Mr.
    Obama" went to her; a president's title names the president of that surname, a "Mr." beside a woman another
    person (the surname alone, no one a question asks about)."""
    body = ("President Obama is rolling out a new campaign message before the vote. “My name may not be on the "
            "ballot, but our progress is on the ballot,” Mr. Obama said on Saturday.\n\n"
            "The campaign plans to send the first lady, Michelle Obama, to Florida and Ohio. “We cannot sit this one "
            "out, not after everything we have built together,” Mrs. Obama said.\n")
    speakers = _speakers(body)
    assert speakers["My name may not be"] == "Barack Obama"
    assert speakers["We cannot sit this one"] == "Michelle Obama"
    lind = ("Maria Lind toured the harbour of Valmora on Monday with the governor.\n\n"
            "“The port debt is a scandal the legislature must answer for,” Mr. Lind said of the budget.\n")
    assert _speakers(lind).get("The port debt is a") != "Maria Lind"


def test_a_day_named_for_someone_is_no_person():
    """"Karl Lind Election Day" (a day named for him) is no person, and "Labor Day" no mention of one."""
    names = find_names(split_text("Karl Lind spoke in Valmora on Labor Day. Leaders will join Karl Lind Election Day "
                                  "on Nov. 1."))
    assert {p.name for p in names.people} == {"Karl Lind"}
