"""The deck as a whole, after a strict judge's reading of drafted decks (issue 10, round 2): dates and
counts only where the story turns on them, comparisons and effects first, nothing asked twice or given
away by the headline or the lead's claim, prompts never cut inside a clause.

Every article here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from trainer.draft.build import analyse, draft_deck
from trainer.draft.salience import figure_kind
from trainer.draft.text import parse_article

HEADER = " date 2025-10-16 Norway Cuts Its Climate Pledge\n\n"
LEAD = ("Norway will cut its pledge to the Green Climate Fund by a third, Finance Minister Anna Berg said on "
        "Thursday, a blow to the fund's plans for Africa.\n\n")
PEOPLE = ("Berg spoke after meeting Swedish Finance Minister Erik Lund and Danish Climate Minister Sofie Holm in Oslo. "
          "Lund and Holm did not comment.\n\n")


def _deck(tmp_path: Path, body: str, header: str = HEADER) -> dict:
    article = tmp_path / "article.txt"
    article.write_text(header + body, encoding="utf-8")
    return draft_deck([article], cwd=tmp_path, learned_filter=False)[0]  # a rule test (tests/unit/drafting.py)


def _asked(deck: dict, kind: str) -> list:
    return [q["answer"] for q in deck["questions"] if q["type"] == kind]


def _figure(body: str, number: str):
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    return analysis, next(f for f in analysis.figures if analysis.body.norm[f.value_start:f.end].startswith(number))


def test_a_date_on_the_side_is_not_asked_but_a_deadline_and_the_leads_date_are(tmp_path):
    body = ("In March 2025, Norway left the board of the Green Climate Fund, Finance Minister Anna Berg said.\n\n"
            + PEOPLE +
            "In 1998, the fund's first director took office in Geneva after a long vote.\n\n"
            "In 2004, Sweden joined the Nordic climate council with Norway and Denmark.\n\n"
            "Norway must repay its loans to the fund by 2031 under the treaty with Sweden.\n")
    dates = _asked(_deck(tmp_path, body), "date")
    assert "1998" not in dates and "2004" not in dates  # "In YEAR, ..." on the side: no question
    assert "2031" in dates  # a deadline the story counts towards
    askable = {d.value.iso() for d in analyse(parse_article(Path("a.txt"), HEADER + body)).askable_dates}
    assert "2025-03" in askable  # the lead's event (the deck asks it through the lead's claim)


def test_a_count_is_asked_only_in_the_lead_and_a_comparison_or_an_effect_anywhere(tmp_path):
    body = LEAD + PEOPLE + (
        "The storm in Bergen killed 23 fishermen last winter, Lund noted.\n\n"
        "A new poll showed Berg ahead of Lund, 41% to 29%, among voters in Oslo.\n\n"
        "Since the cut, Norway's emissions fell by 12 percent in the fund's own estimate.\n")
    numbers = _asked(_deck(tmp_path, body), "number")
    assert 23 not in numbers  # a death toll in passing
    assert 41 in numbers or 29 in numbers  # a comparison of two shares
    assert 12 in numbers  # an effect size


def test_figures_are_told_apart_by_what_they_are_to_the_story():
    body = LEAD + PEOPLE + ("Berg led Lund 41% to 29% in Oslo. Lund's share rose 9 points in a month. "
                            "Norway gave 800 million kroner. Berg hired 40 advisers.\n")
    analysis, _ = _figure(body, "41")
    kinds = {analysis.body.norm[f.value_start:f.end].split()[0].rstrip("%"): figure_kind(analysis.body, f)
             for f in analysis.figures}
    assert kinds["41"] == "comparison" and kinds["29"] == "comparison"
    assert kinds["9"] == "effect"
    assert kinds["800"] == "amount"
    assert kinds["40"] == "count"


def test_a_prompt_is_never_cut_inside_a_clause(tmp_path):
    long = ("Norway's emissions fell by 12 percent in the northern oil fields of the Barents Sea and the old coastal "
            "refineries around Bergen and Stavanger and the gas plants of Hammerfest in the long dark winter of last year.")
    whole = "Sweden's emissions fell by 9 percent in the year after the cut, even as its mills ran at full capacity."
    deck = _deck(tmp_path, LEAD + PEOPLE + long + "\n\n" + whole + "\n")
    for question in deck["questions"]:
        if question["type"] in ("number", "date", "choice", "multi"):
            assert "…" not in question["prompt"], question["prompt"]
    assert 12 not in _asked(deck, "number")  # it fits no prompt without a cut inside a clause
    assert 9 in _asked(deck, "number")  # a sentence that fits whole is asked


def test_two_several_answer_questions_never_share_a_choice(tmp_path):
    body = LEAD + PEOPLE + (
        "Norway, Sweden and Denmark signed the Arctic pact in Oslo after a long night.\n\n"
        "Russia, Norway and China opposed the fishing quota at the council in Geneva.\n")
    deck = _deck(tmp_path, body)
    multis = [set(q["choices"]) for q in deck["questions"] if q["type"] == "multi"]
    assert len(multis) == 1  # the second list's choices overlap the first's
    for index, first in enumerate(multis):
        for second in multis[index + 1:]:
            assert not first & second


def test_nothing_asks_again_what_the_headline_or_the_leads_claim_shows(tmp_path):
    header = " date 2025-10-16 Norway Gives 800 Million Kroner; Fund Is 'A Lifeline For Poorest Countries,' Berg Says\n\n"
    body = ("Norway gave 800 million kroner to the Green Climate Fund on Thursday, Finance Minister Anna Berg said "
            "in Oslo.\n\n" + PEOPLE +
            "“The fund is a lifeline for the poorest countries of Africa,” Berg said.\n\n"
            "Sweden gave 300 million kroner to the fund, Lund said.\n")
    deck = _deck(tmp_path, body, header)
    assert 800000000 not in _asked(deck, "number")  # the headline shows it
    assert not [q for q in deck["questions"] if q["type"] == "who_said" and "lifeline" in q["prompt"]]
    assert any(q["type"] == "true_false" for q in deck["questions"])  # the claim stays


# The lead's claim as a true/false

def _claim(tmp_path: Path, body: str, header: str = HEADER) -> dict:
    deck = _deck(tmp_path, body, header)
    return next(q for q in deck["questions"] if q["type"] == "true_false")


def test_a_false_claim_changes_what_was_said_not_who_said_it(tmp_path):
    from trainer.draft.build import analyse
    body = ("Norway's parliament rejected the climate fund's budget on Thursday, Finance Minister Anna Berg said, "
            "a blow to plans for Africa.\n\n" + PEOPLE)
    claims = [c for c in analyse(parse_article(Path("a.txt"), HEADER + body)).candidates if c.key[0] == "lead"]
    # round 12: a word flipped (rejected -> approved) is no false form any more (absurd on its face); the person is
    # never swapped for the claim's own verb either: no false form at all here
    assert claims and claims[0].false_fields is None


def test_a_claim_that_holds_both_opposites_is_not_made_absurd(tmp_path):
    from trainer.draft.build import analyse
    body = ("Whether Anna Berg wins or loses the vote on Thursday, Norway's climate pledge will shrink, the "
            "finance ministry said.\n\n" + PEOPLE)
    claims = [c for c in analyse(parse_article(Path("a.txt"), HEADER + body)).candidates if c.key[0] == "lead"]
    false = claims[0].false_fields["statement"] if claims[0].false_fields else ""
    assert "loses or loses" not in false and "wins or wins" not in false


def test_no_one_from_another_time_is_swapped_into_the_claim(tmp_path):
    from trainer.draft.build import analyse
    body = ("Anna Berg will face the Norwegian parliament's vote on the climate fund in November.\n\n"
            "In 1972, former Prime Minister Trygve Bratteli said Norway would join Europe. "
            "Bratteli resigned soon afterwards.\n\n"
            "In 1994, Bratteli's party lost a second vote on Europe. Berg said the fund is not Europe.\n\n"
            + PEOPLE)
    from trainer.draft.statements import of_another_time
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    assert of_another_time(analysis.body, analysis.names, "Trygve Bratteli", 2025)
    assert not of_another_time(analysis.body, analysis.names, "Erik Lund", 2025)
    claims = [c for c in analysis.candidates if c.key[0] == "lead"]
    false = claims[0].false_fields["statement"] if claims[0].false_fields else ""
    assert "Bratteli" not in false


# Explanations and tags

def test_an_explanation_never_quotes_another_question(tmp_path):
    from trainer.draft.build import explanation, select_candidates
    body = LEAD + PEOPLE + ("Norway's emissions fell by 12 percent last year, the ministry said. "
                            "Sweden's emissions rose in the same year, the agency said.\n")
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    fell = next(c for c in select_candidates(analysis) if c.fields.get("answer") == 12)
    neighbour = "Sweden's emissions rose in the same year, the agency said."  # no second share (round 22)
    assert neighbour in explanation(analysis, fell)  # the sentence after explains it ...
    assert neighbour not in (explanation(analysis, fell, (neighbour,)) or "")  # ... unless another question asks it


def test_a_quote_is_not_explained_by_its_own_tail(tmp_path):
    from trainer.draft.build import _explains
    question = {"type": "who_said", "quote": "x", "answer": "Anna Berg"}
    assert not _explains("“So let us get off of that,” Berg said in Oslo.", question, ())
    assert not _explains("“So let us get off of that,” she said in Oslo.", question, ())
    assert _explains("“That is not true,” Lund replied in Oslo.", question, ())  # another speaker's answer explains
    assert _explains("Berg spoke after the vote in the parliament in Oslo.", question, ())


def test_tags_name_only_the_people_the_question_concerns(tmp_path):
    from trainer.draft.build import entity_tags
    body = ("Hillary Berg, the finance minister, said Norway will cut its pledge to the climate fund by a third, a "
            "blow to Africa.\n\n" + PEOPLE + "Berg and Lund met again. Berg and Holm met too. Berg left.\n\n"
            "In 1994, former prime minister Bill Berg raised the pledge by 40 percent after a long row.\n\n"
            "Emissions from the Conservatives' northern districts rose by 30 percent, the Conservatives said. "
            "The Conservatives lost the vote. The Conservatives will try again.\n")
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    # the candidates, not the deck: a figure about Bill Berg alone is a side person's (round 10), but is tagged all the same
    tags = {c.fields.get("answer"): entity_tags(analysis, c) for c in analysis.candidates if c.fields["type"] == "number"}
    assert "Hillary Berg" not in tags[40]  # "Bill Berg" is someone else
    assert "Hillary Berg" not in tags[30] and "Conservatives" in tags[30]  # no person it does not name


def test_a_polls_quoted_shares_are_asked_but_a_speakers_quoted_figure_is_not(tmp_path):
    body = LEAD + PEOPLE + ("A Gallup poll found that “55% of Norwegians back the fund, against 38% who oppose it.”\n\n"
                            "“I would give 20% more if I could,” Lund said of the fund.\n")
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    askable = {f.value for f in analysis.askable_figures}
    assert 55 in askable and 20 not in askable  # (38 who oppose is the minority half of the split: round 9)


def test_an_opinion_piece_asks_its_authors_argument_not_only_its_opening_scene(tmp_path):
    header = " date 2025-10-16 Norway's Climate Fund Cut Is A Better Deal Than It Looks\n\n"
    body = ("I watched Finance Minister Anna Berg walk into the parliament in Oslo on a grey Thursday morning.\n\n"
            + PEOPLE +
            "I have covered the fund for a decade. Erik Lund spent those years in Stockholm.\n\n"
            "In the end, a smaller fund that pays on time is a better deal for Africa than a large fund that "
            "never pays.\n\n"
            "Karin Dahl is a columnist and a professor of economics at the University of Bergen.\n")
    deck = _deck(tmp_path, body, header)
    thesis = [q for q in deck["questions"] if q["type"] == "true_false" and q["statement"].startswith("The author argues")
              and q["quote"].startswith("In the end")]
    assert len(thesis) == 1
    assert thesis[0]["quote"].startswith("In the end, a smaller fund that pays on time")
    if thesis[0]["answer"] is False:
        assert "worse deal" in thesis[0]["statement"]  # false by what it argues, not by a name swapped


def test_the_claim_names_the_person_a_description_stands_for():
    from trainer.draft.build import analyse
    body = ("Families of the flood's victims urged the Bergen senator to apologize for his remarks on the dams, "
            "the families said on Thursday.\n\n"
            "Senator Ola Nordmann said in Oslo that the dams were safe. Nordmann left. Nordmann spoke again.\n\n"
            "Nordmann, the senator, met Lund. Anna Berg, the minister, declined.\n")
    claims = [c for c in analyse(parse_article(Path("a.txt"), HEADER + body)).candidates if c.key[0] == "lead"]
    assert "urged Ola Nordmann to apologize" in claims[0].fields["statement"]
    from trainer.draft.statements import named
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    assert named("Ola Nordmann, the senator, spoke.", analysis.names) == "Ola Nordmann, the senator, spoke."
