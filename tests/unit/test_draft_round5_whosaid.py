"""Round 5 who_said classes (issue 10): choices are distinct people, distractors who could have said it, no
second question on one point, no reporter's paraphrase, no fragment. Invented text."""

from __future__ import annotations

from trainer.draft.names import find_names, same_person
from trainer.draft.text import Body
import drafting


def _people_choices(deck: dict) -> list[list[str]]:
    return [q["choices"] for q in deck["questions"]
            if q["type"] == "who_said" or (q["type"] in ("choice", "multi") and str(q.get("prompt", "")).startswith("Who"))]


VARIANTS = """Senator Lina Marta Vidal and Governor Pavel Kerr traded charges on Monday over the port budget in Valmora.

“The Kerr budget cuts eleven thousand teachers to pay for cranes that replace forty dockers each,” Lina Vidal said at a rally in the harbour district.

Lina told the crowd that the port debt had doubled since 2019 under the governor.

“The Vidal plan raises the sales tax by three percent on every family in Valmora to pay for a port nobody uses,” Governor Kerr said.

Economist Laszlo Varga said the port debt had doubled. “Shipping lines will not come back to Valmora once they have moved their routes north to Trieste,” Varga said.

Mayor Rosa Ferrante said the port authority must publish its accounts. “The harbour authority hid 400 million dollars of debt from the council in 2024,” Ferrante said.

Pavel told reporters the cranes would pay for themselves within six years of the opening.
"""


def test_name_variants_are_one_person(tmp_path):
    """A middle name, a given name alone and a surname alone are the one person named in full."""
    names = find_names(Body(VARIANTS))
    people = [p.name for p in names.people]
    assert "Lina Marta Vidal" in people
    assert not {"Lina Vidal", "Lina", "Vidal", "Pavel", "Kerr"} & set(people), people
    assert same_person("Hillary Clinton", "Hillary Rodham Clinton")
    assert same_person("James", "James Comey") and same_person("Comey", "James Comey")
    assert not same_person("Bill Clinton", "Hillary Clinton")
    assert not same_person("George H.W. Bush", "George W. Bush") and same_person("James B. Comey", "James Brien Comey")
    two = find_names(Body("Former President George H.W. Bush met President George W. Bush in Texas on Monday.\n"))
    assert {"George H.W. Bush", "George W. Bush"} <= {p.name for p in two.people}
    from collections import Counter

    from trainer.draft.claim import choices_for
    from trainer.draft.names import Names, Person
    people = [Person(n) for n in ("Hillary Clinton", "Hillary Rodham Clinton", "James Comey", "James B. Comey",
                                  "Bill Clinton", "Paul Ryan", "Paul D. Ryan", "Mitch McConnell", "Tim Kaine")]
    others = choices_for(people[-1], "Who asked the director for the emails?", Names(people=people),
                         Counter({p.name: 3 for p in people}))
    assert len(others) == 3
    assert not any(same_person(a, b) for i, a in enumerate(others) for b in others[i + 1:]), others
    deck = drafting.deck(tmp_path, VARIANTS)
    for choices in _people_choices(deck):
        for index, first in enumerate(choices):
            assert not any(same_person(first, second) for second in choices[index + 1:]), choices


PRIMARY = """The race for governor of Valmora tightened on Monday as Democrat Lina Vidal and Democrat Tomas Brandt traded charges over the port budget.

“The Brandt budget cuts eleven thousand teachers to pay for cranes that replace forty dockers each,” Vidal said at a rally in the harbour district.

“The Vidal plan raises the sales tax by three percent on every family in Valmora to pay for a port nobody uses,” Brandt said.

Democratic state senator Ana Costa backed the port plan. “The harbour authority hid 400 million dollars of debt from the council in 2024,” Costa said.

Republican Senator Hugo Marek watched from the capital. “The Democrats will raise taxes on every dock worker in this state by 2027,” Marek said.

Democratic mayor Rosa Ferrante of Port Alba sided with Brandt. “Eleven ferries have stopped calling at Port Alba since the toll went up in 2023,” Ferrante said.

Democratic state representative Ivo Renner asked for an audit. “Nine cranes have stood idle at the north quay for fourteen months while the council paid their leases,” Renner said.

Vidal likes to compare herself with the late President Walter Dunmore, who won the state in 1984 and 1988. Dunmore said in 1985 that the port was the state's future.
"""


def test_distractors_could_have_said_it(tmp_path):
    """No dead president named beside old years, and no lone member of another party beside a Democrat's
    quote when the other choices are Democrats."""
    from trainer.draft.names import of_the_past
    body = Body(PRIMARY)
    assert of_the_past(body, find_names(body)) == {"Walter Dunmore"}
    deck = drafting.deck(tmp_path, PRIMARY)
    asked = [q for q in deck["questions"] if q["type"] == "who_said"]
    assert asked
    for question in asked:
        assert "Walter Dunmore" not in question["choices"], question
        if question["answer"] in ("Lina Vidal", "Tomas Brandt", "Ana Costa"):
            assert "Hugo Marek" not in question["choices"], question


SAME_POINT = """Governor Pavel Kerr and Senator Lina Vidal clashed over the port of Valmora on Monday.

“We will build the new crane terminal and the shipping lines will pay for every bit of it,” Kerr said at the docks.

Vidal said the governor had hidden the port debt. “The Kerr budget cuts eleven thousand teachers to pay for dredging,” Vidal said.

Later Kerr repeated the promise to reporters. “Our private partners will finance that terminal down to the last bolt, believe me,” Kerr said.

Economist Laszlo Varga doubted the plan. “Shipping lines will not come back to Valmora once they have moved their routes north to Trieste,” Varga said.

Mayor Rosa Ferrante of Port Alba sided with Vidal. “Eleven ferries have stopped calling at Port Alba since the toll went up in 2023,” Ferrante said.

Representative Ivo Renner asked for an audit. “Nine cranes have stood idle at the north quay for fourteen months while the council paid their leases,” Renner said.
"""

ONE_VOICE = """Governor Pavel Kerr spoke about the port of Valmora on Monday at a rally in the harbour district.

“We will build the new crane terminal by 2027 and it will create nine hundred jobs on the north quay,” Kerr said.

“The sales tax will fall by two percent once the harbour levy pays for the dredging of the channel,” Kerr said.

“The ferries to Trieste will run every hour from March, which the opposition voted against in 2023,” Kerr said.
"""


def test_no_second_who_said_on_one_point(tmp_path):
    """A speaker's paraphrase of a claim already asked (the same key noun, 'terminal') is no second question;
    a one-voice article asks who said once."""
    from trainer.draft.questions import key_words, same_point
    first, second = "We will build the wall and Mexico will pay", "Mexico will pay for that wall, believe me"
    assert same_point(set(), set(), key_words(first), key_words(second))
    assert not key_words("eleven thousand dollars") and not key_words("the teachers") & key_words("the cranes")
    asked = [q for q in drafting.deck(tmp_path, SAME_POINT)["questions"] if q["type"] == "who_said"]
    assert sum(q["answer"] == "Pavel Kerr" for q in asked) <= 1, asked
    asked = [q for q in drafting.deck(tmp_path, ONE_VOICE)["questions"] if q["type"] in ("who_said",)]
    assert len(asked) <= 1


REPORTER = """By Nora Lindqvist

Governor Pavel Kerr and Senator Lina Vidal clashed over the port of Valmora on Monday.

“We will build the new crane terminal by 2027 and it will create nine hundred jobs on the north quay,” Kerr said at the docks.

“The port deal is a gift to the shipping lines, paid for by every family in the state with a higher sales tax,” Lindqvist wrote of the plan.

Vidal said the governor had hidden the port debt. “The Kerr budget cuts eleven thousand teachers to pay for dredging,” Vidal said.

Economist Laszlo Varga doubted the plan. “He has said that repeatedly about the terminal and the dredging of the channel,” Varga said.

Mayor Rosa Ferrante of Port Alba sided with Vidal. “Kerr told us ‘the ferries will come back’ and eleven ferries have stopped calling since 2023,” Ferrante said.

Representative Ivo Renner asked for an audit. “Nine cranes have stood idle at the north quay for fourteen months while the council paid their leases,” Renner said.
"""


def test_no_reporters_paraphrase_and_no_reported_speech(tmp_path):
    """The article's own reporter is no speaker to ask about, and a quote that itself reports speech
    ("said that repeatedly", "told us ‘…’") is not asked."""
    from trainer.draft.quotes import reported_inside
    assert reported_inside("He has said that repeatedly about the terminal")
    assert reported_inside("Kerr told us ‘the ferries will come back’ and they did not")
    assert not reported_inside("The Kerr budget cuts eleven thousand teachers to pay for dredging")
    asked = [q for q in drafting.deck(tmp_path, REPORTER)["questions"] if q["type"] == "who_said"]
    assert asked
    for question in asked:
        assert "Lindqvist" not in question["answer"] and question["answer"] not in ("Laszlo Varga", "Rosa Ferrante")
        assert not any("Lindqvist" in choice for choice in question["choices"]), question


FRAGMENTS = """Governor Pavel Kerr and Senator Lina Vidal clashed over the port of Valmora on Monday.

“People make all these claims,” Kerr said when asked about the port debt.

“Some things aren't negotiable,” Vidal said of the harbour.

“The Kerr budget cuts eleven thousand teachers to pay for dredging,” Vidal said at a rally.

Economist Laszlo Varga doubted the plan. “Shipping lines will not come back to Valmora once they have moved their routes north to Trieste,” Varga said.

Mayor Rosa Ferrante of Port Alba sided with Vidal. “Eleven ferries have stopped calling at Port Alba since the toll went up in 2023,” Ferrante said.

Representative Ivo Renner asked for an audit. “Nine cranes have stood idle at the north quay for fourteen months while the council paid their leases,” Renner said.
"""


def test_short_generic_lines_are_fragments(tmp_path):
    """A remark under ten words with no name, no number and no policy noun scores no substance and is not
    asked; a short one with a policy noun or a name still is."""
    from trainer.draft.questions import substance
    assert substance("People make all these claims") == 0.0
    assert substance("Some things aren't negotiable") == 0.0
    assert substance("The tariff hurts every farmer") > 0.0
    assert substance("Kerr hid the debt") > 0.0
    asked = " ".join(q["quote"] for q in drafting.deck(tmp_path, FRAGMENTS)["questions"] if q["type"] == "who_said")
    assert asked and "claims" not in asked and "negotiable" not in asked


def test_a_stock_campaign_line_is_a_fragment():
    """The race's own words are no policy: a short line about winning the election says nothing of its own."""
    from trainer.draft.questions import fragment_remark
    assert fragment_remark("We are going to win this election")
    assert fragment_remark("Voters are tired of the same old campaign")
    assert not fragment_remark("The tariff will cost every farmer dearly")
    assert not fragment_remark("We will win Ohio")
