"""Fact questions a teacher keeps (issue 10): short prompts, no trivia, no giveaways, the lead's claim in
every deck, explanations and entity tags on every question.

Every article here is invented for the test; each shows a pattern that a teacher deleted or had to
edit in decks drafted from real news, and the test asserts what the teacher would see.
"""

from __future__ import annotations

from pathlib import Path

from trainer.deck.values import numbers_in
from trainer.draft.build import analyse, draft_deck, select_candidates
from trainer.draft.clauses import MAX_PROMPT_WORDS, fact_clause
from trainer.draft.text import parse_article

HEADER = " date 2025-10-16 Norway Cuts Its Climate Pledge\n\n"
LEAD = ("Norway will cut its pledge to the Green Climate Fund by a third, Finance Minister Anna Berg said on "
        "Thursday, a blow to the fund's plans for Africa.\n\n")
PEOPLE = ("Berg spoke after meeting Swedish Finance Minister Erik Lund and Danish Climate Minister Sofie Holm in Oslo. "
          "Lund and Holm did not comment.\n\n")


def _deck(tmp_path: Path, body: str, header: str = HEADER) -> tuple[dict, list[str]]:
    article = tmp_path / "article.txt"
    article.write_text(header + body, encoding="utf-8")
    return draft_deck([article], cwd=tmp_path)


def _prompt(question: dict) -> str:
    return question["prompt"].split(": ", 1)[1]


def _asked(deck: dict, kind: str) -> list:
    return [q["answer"] for q in deck["questions"] if q["type"] == kind]


# Prompts: the fact, not the sentence

def test_a_cloze_prompt_keeps_the_clause_that_carries_the_fact():
    # a list after a colon would give the count away
    assert fact_clause("Berg also lost ___ jobs on Monday: one at the ministry, and the other at the fund.", "___") \
        == "Berg also lost ___ jobs on Monday"
    # asides in parentheses or between dashes go; so do "according to ..." and a trailing attribution
    assert fact_clause("The fund (set up in 2010) holds ___ dollars, officials said.", "___") \
        == "The fund holds ___ dollars"
    assert fact_clause("According to estimates by the bank, Norway gave ___ kroner.", "___") == "Norway gave ___ kroner."
    assert fact_clause("Oslo -- angry at the fund's managers -- withheld ___ kroner in the spring.", "___") \
        == "Oslo withheld ___ kroner in the spring."


def test_a_long_clause_is_cut_after_the_blank_and_stays_short():
    sentence = ("In ___, the council faced another divisive moment when the northern provinces forcefully challenged "
                "the coastal establishment that had been forged and led by the old governor and his many allies.")
    prompt = fact_clause(sentence, "___")
    assert prompt.startswith("In ___, the council faced another divisive moment")
    assert len(prompt.split()) <= MAX_PROMPT_WORDS and "…" not in prompt  # a whole clause, not cut inside one
    assert sentence.startswith(prompt) and prompt.endswith("establishment")


def test_drafted_figure_and_date_prompts_are_short_and_quote_the_whole_sentence(tmp_path):
    figure = ("The parliament of Norway (then led by a coalition of four parties) voted to give the Green Climate "
              "Fund 800 million kroner, a figure that Anna Berg, the finance minister, called a floor for the "
              "poorest countries of the world.")
    date = ("By 2030, the parliament of Norway (then led by a coalition of four parties) must leave the fund's "
            "board, a step that Anna Berg, the finance minister, called a mistake for the poorest countries.")
    deck, _ = _deck(tmp_path, LEAD + PEOPLE + figure + "\n\n" + date + "\n")
    asked = [q for q in deck["questions"] if q["type"] in ("number", "date") and q["quote"] in (figure, date)]
    assert {q["type"] for q in asked} == {"number", "date"}
    for question in asked:
        assert len(_prompt(question).split()) <= MAX_PROMPT_WORDS
        assert "then led by" not in question["prompt"]


# No trivia

def test_no_question_on_a_gap_in_time_or_space(tmp_path):
    body = LEAD + PEOPLE + (
        "Four years later, Norway's climate envoy Karin Dahl had still not visited the fund. "
        "Berg held her own event less than 3 miles away from the summit in Oslo. "
        "Lund arrived 15 minutes late to the meeting in Oslo. "
        "Norway gave the fund 800 million kroner in 2019.\n")
    deck, _ = _deck(tmp_path, body)
    numbers = _asked(deck, "number")
    assert 4 not in numbers and 3 not in numbers and 15 not in numbers
    assert 800 in numbers or any("800 million" in q.get("statement", "") for q in deck["questions"])


def test_no_number_question_on_a_figure_spoken_inside_a_quote(tmp_path):
    body = LEAD + PEOPLE + "“If someone asks me for 10,000 kroner, I will say no,” Berg said of the fund.\n"
    deck, _ = _deck(tmp_path, body)
    assert 10000 not in _asked(deck, "number")


def test_a_small_count_is_asked_only_when_it_is_about_someone(tmp_path):
    body = LEAD + PEOPLE + ("Two past summits, a decade apart, suggest the pattern. "
                            "Berg also lost three advisers to the fund after the vote.\n")
    numbers = _asked(_deck(tmp_path, body)[0], "number")
    assert 2 not in numbers
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    assert 3 in {f.value for f in analysis.askable_figures}


def test_a_decade_is_not_asked_as_a_year(tmp_path):
    body = LEAD + PEOPLE + ("Norway's council, which Berg chaired in the early 1990s, opposed the fund. "
                            "The council was dissolved in 2004 after Berg left.\n")
    deck, _ = _deck(tmp_path, body)
    assert "1990" not in _asked(deck, "date")


def test_no_date_question_on_when_something_was_said_or_polled_or_on_the_articles_own_year(tmp_path):
    body = LEAD + PEOPLE + (
        "In 2014, a Gallup poll found that most Norwegians backed the fund. "
        "Berg told the newspaper Aftenposten in 2013 that the fund was wasteful. "
        "The fund's board meets before the 2025 budget vote in Oslo. "
        "The fund must spend its reserve by 2030 under the UN rules for poor countries.\n")
    dates = _asked(_deck(tmp_path, body)[0], "date")
    assert "2014" not in dates and "2013" not in dates and "2025" not in dates
    assert "2030" in dates  # a deadline is asked


# No giveaways

def test_no_question_shows_another_questions_answer(tmp_path):
    body = LEAD + PEOPLE + (
        "Norway had pledged 900 million kroner to the fund in Oslo in 2019.\n\n"
        "“We cannot keep paying 900 million kroner a year while schools close,” Berg told parliament in Oslo.\n")
    deck, _ = _deck(tmp_path, body)
    shown = " ".join(q.get("prompt", "") + q.get("statement", "") for q in deck["questions"])
    for question in deck["questions"]:
        if question["type"] == "number":
            others = shown.replace(question["prompt"], "")
            assert question["answer"] not in numbers_in(others)


def test_a_difference_is_not_asked_beside_the_figures_it_is_the_difference_of(tmp_path):
    body = LEAD + PEOPLE + "Berg's party leads by 6 points in Oslo, 48% to 42%, in the latest count by the council.\n"
    assert 6 not in _asked(_deck(tmp_path, body)[0], "number")


# The lead's main claim

ABSTRACT_ARTICLE = (
    "Norway Cuts Its Climate Pledge;\nBerg Blames the Budget.\n\nABSTRACT.\n\n" + LEAD.replace("\n\n", "") + "\n\n"
    "FULL TEXT.\n\n" + PEOPLE + "The fund was founded in 2010 by the UN to help poor countries adapt.\n")


def test_every_deck_asks_the_leads_main_claim_from_the_lead_not_the_headline(tmp_path):
    header = " date 2025-10-16 Norway Cuts Its Climate Pledge; Berg Blames the Budget\n\n"
    deck, _ = _deck(tmp_path, ABSTRACT_ARTICLE, header)
    claim = deck["questions"][0]
    assert claim["type"] == "true_false"
    assert claim["quote"] == LEAD.strip()
    assert "Cuts Its Climate Pledge" not in claim["statement"]  # never the headline verbatim
    assert "main claim" in claim["explain"] and "Norway Cuts Its Climate Pledge" in claim["explain"]
    if claim["answer"] is False:  # a name or a place swapped for another the article names
        assert any(other in claim["statement"] for other in ("Erik Lund", "Sofie Holm", "Sweden", "Denmark"))
        assert "not" in claim["explain"]


def test_the_claim_wins_over_a_blank_on_the_lead_sentence(tmp_path):
    lead = "Norway will cut its pledge to the Green Climate Fund by 2030, Finance Minister Anna Berg said."
    deck, _ = _deck(tmp_path, lead + "\n\n" + PEOPLE)
    on_lead = [q for q in deck["questions"] if q["quote"] == lead]
    assert [q["type"] for q in on_lead] == ["true_false"]  # one question per sentence: the claim, not "by ___"


def test_a_lead_with_nothing_to_swap_is_asked_through_its_figure(tmp_path):
    body = ("Rich countries agreed to triple climate finance to $300 billion a year by 2035, after two weeks of "
            "talks that nearly collapsed.\n\nThe deal was struck at dawn.\n")
    deck, _ = _deck(tmp_path, body)
    lead = body.split("\n")[0]
    assert any(q["quote"] == lead for q in deck["questions"])


def test_the_claim_is_the_lead_sentence_without_its_asides():
    body = ("Finance Minister Anna Berg (a former banker) said Norway will cut its pledge to the fund, a blow to "
            "Africa.\n\nSwedish minister Erik Lund and Danish minister Sofie Holm met Berg. Lund and Holm objected.\n")
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    claim, = [c for c in select_candidates(analysis) if c.key[0] == "lead"]
    assert "former banker" not in claim.fields["statement"]
    assert claim.fields["quote"].startswith("Finance Minister Anna Berg (a former banker)")


# Explanations and tags

def test_every_question_carries_an_explanation_and_entity_tags_not_type_words(tmp_path):
    body = LEAD + PEOPLE + (
        "The fund was founded in 2010 by the UN to help poor countries adapt.\n\n"
        "Norway gave the fund 800 million kroner in 2019, more than Sweden.\n\n"
        "“We will not pay for other people's mistakes,” Berg said in Oslo.\n\n"
        "“Sweden will keep every krone of its pledge to the fund,” Lund said in Stockholm.\n\n"
        "“Denmark has paid its share for the Arctic already,” Holm said.\n\n"
        "“The fund helps farmers in Kenya and Ghana,” said UN envoy Kofi Mensah.\n")
    deck, _ = _deck(tmp_path, body)
    assert len(deck["questions"]) >= 3
    for question in deck["questions"]:
        assert question.get("explain"), question
        assert question["tags"]
        assert not {"quote", "figure", "date", "name", "statement", "several", "match"} & set(question["tags"])
    assert any("Norway" in q["tags"] for q in deck["questions"])


def test_a_fact_alone_in_its_paragraph_is_explained_too(tmp_path):
    body = LEAD + "Lund declined.\n\nNorway gave the fund 800 million kroner in 2019.\n\nNo comment.\n\n" \
        "Sweden gave 900 million kroner in 2018.\n"
    deck, _ = _deck(tmp_path, body)
    alone = [q for q in deck["questions"] if q["quote"].startswith(("Norway gave", "Sweden gave"))]
    assert alone and all(q.get("explain") for q in alone)


# Salience: the best facts, not every pattern

def test_fact_questions_are_ranked_by_salience_within_a_budget(tmp_path):
    filler = "".join(f"A village spent {n} kroner on a fountain in {1990 + n % 9}. " for n in range(101, 131))
    body = LEAD + PEOPLE + "Norway gave the fund 800 million kroner in 2019, Berg said.\n\n" + filler + "\n"
    deck, _ = _deck(tmp_path, body)
    facts = [q for q in deck["questions"] if q["type"] not in ("who_said", "choice")]
    assert len(facts) < 10  # not one per extractable pattern
    assert any("800 million" in q["quote"] for q in facts)  # the fact about the article's main entity


# Articles without the header line

def test_an_article_with_a_title_line_but_no_date_drafts_and_says_the_date_is_missing(tmp_path):
    body = "Norway Cuts Its Climate Pledge\n\n" + LEAD + PEOPLE
    deck, notes = _deck(tmp_path, body, header="")
    assert deck["sources"][0]["title"] == "Norway Cuts Its Climate Pledge"
    assert deck["title"] == "Norway"  # the headline's entity, not the headline (test_draft_deck_title.py)
    assert deck["questions"]
    assert any("no ' date YYYY-MM-DD Title' first line" in n and "no date" in n for n in notes)
    assert all("Norway Cuts Its" not in q.get("statement", "") for q in deck["questions"])


# Several-answer questions where the article lists people with their posts

def test_a_list_of_people_with_their_posts_is_one_several_answer_question(tmp_path):
    body = LEAD + PEOPLE + (
        "Three more ministers stayed away from the meeting in Oslo: former Finnish premier Aino Virtanen, "
        "retired admiral Peter Moen and Icelandic Foreign Minister Gudrun Olafsdottir.\n")
    deck, _ = _deck(tmp_path, body)
    several, = [q for q in deck["questions"] if q["type"] == "multi"]
    assert several["answers"] == ["Aino Virtanen", "Peter Moen", "Gudrun Olafsdottir"]
    assert several["prompt"].endswith("stayed away from the meeting in Oslo: ___.")
    assert "retired admiral" not in several["prompt"]  # the posts go with the names into the blank
    assert set(several["choices"]) - set(several["answers"])  # with other people of the article as distractors


def test_a_poll_pair_asks_the_leaders_share_and_one_question_per_result(tmp_path):
    body = LEAD + PEOPLE + "A new poll in Oslo showed Berg's party ahead of Lund's, 41%-33%, while Holm's was at 12%.\n"
    deck, _ = _deck(tmp_path, body)
    asked = [q for q in deck["questions"] if q["type"] == "number" and "41%" in q["quote"]]
    assert [q["answer"] for q in asked] == [41]  # the first share of the pair; its halves are not asked apart
    assert "___-33%" in asked[0]["prompt"]
    body = LEAD + PEOPLE + "Berg won the Oslo vote over Lund, 52 to 31 percent, because young voters backed her.\n"
    asked = [q for q in _deck(tmp_path, body)[0]["questions"] if q["type"] == "number"]
    assert [q["answer"] for q in asked] == [52] and asked[0]["unit"] == "%"


def test_a_clause_cut_after_its_blank_drops_a_dangling_attribution():
    sentence = ("Karin Dahl, who lost her seat during the flood inquiry in Bergen, Norway, in ___, said that Berg had "
                "treated her party with contempt during the long debate.")
    assert fact_clause(sentence, "___").endswith("in Bergen, Norway, in ___")


def test_in_an_opinion_piece_the_claim_is_the_authors(tmp_path):
    opinion = ("Norway will regret cutting its pledge to the Green Climate Fund, and Anna Berg knows it.\n\n"
               "I have watched Berg and Erik Lund argue about the fund for years. Lund and Berg never agree.\n\n"
               "Karin Dahl is a columnist and a professor of economics at the University of Bergen.\n")
    deck, _ = _deck(tmp_path, opinion)
    assert deck["questions"][0]["statement"].startswith("The author argues that Norway will regret")
    news, _ = _deck(tmp_path, LEAD + PEOPLE)
    assert not news["questions"][0].get("statement", "").startswith("The author")
    transcript = LEAD + PEOPLE + "WALLACE: If I may ask, sir. BERG: I will answer. WALLACE: I thank you.\n"
    assert not _deck(tmp_path, transcript)[0]["questions"][0].get("statement", "").startswith("The author")


def test_a_lead_that_names_someone_is_drafted_even_when_it_is_all_there_is(tmp_path):
    deck, _ = _deck(tmp_path, "Anna Berg wrote a thoughtful letter about the fund and its many critics.\n\n"
                              "Nobody answered it.\n")
    assert [q["type"] for q in deck["questions"]] == ["true_false"]


def test_after_a_one_line_teaser_the_claim_is_the_sentence_that_says_what_the_headline_says(tmp_path):
    header = " date 2025-10-16 Government Quits Climate Fund After Row Over Its Board\n\n"
    body = ("Finance Minister Anna Berg had a rough week.\n\n"
            "The government quit the climate fund on Monday after a long row over the fund's board.\n\n"
            + PEOPLE + "Norway gave the fund 800 million kroner in 2019.\n")
    claim = _deck(tmp_path, body, header)[0]["questions"][0]
    assert claim["quote"].startswith("The government quit the climate fund")  # asked true: nothing to swap


def test_a_place_that_opens_a_longer_name_is_not_swapped():
    body = ("Anna Berg resigned after the New York Times revealed her emails, a blow to Erik Lund and Sofie Holm.\n\n"
            "Lund and Holm said nothing. Berg and Lund met in Ohio and Texas later.\n")
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    claim, = [c for c in analysis.candidates if c.key[0] == "lead"]
    assert claim.false_fields is None or "New York Times" in claim.false_fields["statement"]


def test_a_long_claim_loses_its_introductory_phrase_and_trailing_participle_but_keeps_its_words():
    from trainer.draft.statements import claim_text

    sentence = ("At a heated press conference outside the parliament in Oslo on Friday, families of the flood victims "
                "urged the finance minister to apologize for her comments, reiterating calls that she had ignored.")
    assert claim_text(sentence) == "Families of the flood victims urged the finance minister to apologize for her comments."
    short = "At the summit, Berg urged Lund to apologize."
    assert claim_text(short) == short  # a short claim is left whole
    # an aside joined to its words by dashes leaves a space, not "themthe"
    assert claim_text("Voters will make one of them—most likely Berg—the next prime minister of Norway.") \
        == "Voters will make one of them the next prime minister of Norway."


def test_the_claim_names_a_person_without_their_post():
    """A title left in ("Sen.", "Gov.", "Finance Minister") is an edit for the judge: the claim names the person."""
    body = ("Gov. Anna Berg vetoed the climate bill on Monday after a long fight over the fund.\n\n"
            "The farmer Peter Moen protested outside. Moen said he would sue. Berg did not answer Moen.\n")
    analysis = analyse(parse_article(Path("a.txt"), HEADER + body))
    claim, = [c for c in analysis.candidates if c.key[0] == "lead"]
    assert claim.fields["statement"].startswith("Anna Berg vetoed the climate bill")
    from trainer.draft.claim import restate
    assert restate("Norway will cut its pledge, Finance Minister Anna Berg said.", analysis.names) \
        == "Norway will cut its pledge, Anna Berg said."
    assert restate("Peter Moen beat Gov. Anna Berg in the vote on the climate fund.", analysis.names) \
        == "Peter Moen beat Anna Berg in the vote on the climate fund."  # never reaching back over a verb
