"""Round 8 of issue 10 (facts): the lead's claim tested rather than recognised, fair false forms only, the figures
and dates a story turns on. Invented articles only; each test encodes one rule the blind judges asked for."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import drafting

from trainer.draft import claim as cl
from trainer.draft.build import side_figure, with_a_named_subject
from trainer.draft.dates import date_is_the_story
from trainer.draft.questions import Candidate
from trainer.draft.statements import (Statement, copied_truth, filler, near_copy, placed_named, settle,
                                      unresolved_person, voices_opinion, with_the_person)

PEOPLE = ("Berg spoke after meeting Swedish Finance Minister Erik Lund and Danish Climate Minister Sofie Holm in Oslo. "
          "Lund and Holm did not comment. Jonas Dahl, the opposition leader, said nothing.\n\n")


def _tf(statement: str, answer: bool, quote: str) -> dict:
    return {"type": "true_false", "statement": statement, "answer": answer, "quote": quote}


# 1. A sentence copied as true is never asked (statement-* edits: "lead copied word for word as true; restate")

def test_a_near_copy_is_told_from_a_restatement():
    quote = "Norway will cut its pledge to the Green Climate Fund by a third, Finance Minister Anna Berg said on Thursday."
    assert near_copy("Norway will cut its pledge to the Green Climate Fund by a third, Anna Berg said.", quote)
    assert near_copy("The article argues that Norway will cut its pledge to the Green Climate Fund by a third.", quote)
    assert not near_copy("Anna Berg's government is giving the fund less money.", quote)


def test_a_copied_statement_asks_its_false_form_and_one_without_a_fair_false_form_is_dropped():
    quote = "The fund spent $40 billion on dams in the north last year, its report said."
    copied = Statement("figure", 0.8, 0, ("claim", quote), _tf("The fund spent $40 billion on dams in the north last "
                                                             "year.", True, quote),
                       _tf("The fund spent $12 billion on dams in the north last year.", False, quote), frozenset())
    settle([copied])
    assert copied.fields["answer"] is False  # whatever the alternation would have chosen
    negated = Statement("name", 0.8, 10, ("claim", quote), _tf("The fund spent $40 billion on dams in the north.",
                                                              True, quote),
                        _tf("The fund did not spend $40 billion on dams in the north.", False, quote), frozenset())
    assert copied_truth(negated)  # only an inserted "not" for a false form, and the true one copied: dropped
    restated = dataclasses.replace(negated, fields=_tf("Dams took most of the fund's money.", True, quote))
    assert not copied_truth(restated)


def test_restated_statements_still_alternate():
    quote_a, quote_b = "Prices rose by a tenth in Oslo in May.", "Rents fell by a fifth in Bergen in June."
    first = Statement("claim", 0.8, 0, ("claim", quote_a), _tf("Oslo got dearer in spring.", True, quote_a),
                      _tf("Oslo got cheaper in spring.", False, quote_a), frozenset())
    second = Statement("claim", 0.8, 5, ("claim", quote_b), _tf("Bergen got cheaper to rent.", True, quote_b),
                       _tf("Bergen got dearer to rent.", False, quote_b), frozenset())
    settle([first, second])
    assert {first.fields["answer"], second.fields["answer"]} == {True, False}


# 2. False forms: only swaps that are clearly false and grammatical

def test_direction_words_that_make_nonsense_are_not_turned():
    assert cl.direction_swap("Anna Berg's troubles began when Erik Lund questioned her record.") is None
    assert cl.direction_swap("The overall backdrop should favor Anna Berg in the north.") is None
    assert cl.direction_swap("The past three periods of rising rates provide a mixed guide for stocks.") is None
    assert cl.direction_swap("The team of Anna Berg keeps winning praise from Erik Lund.")[1] == "winning"  # "keeps"
    assert cl.direction_swap("Anna Berg praised Erik Lund for cutting taxes, moves that helped the north.") is None
    assert cl.direction_swap("The bill allowed farmers to sell outside the official market.") is None
    assert cl.direction_swap("Jonas Dahl was behind an earlier effort against the dam.") is None
    assert cl.direction_swap("Anna Berg supported Erik Lund against Sofie Holm in 2010.") is None
    assert cl.direction_swap("There are few signs that Anna Berg is doing any better than Lund among farmers.") is None


def test_direction_words_that_stay_sentences_are_turned():
    assert cl.direction_swap("Average hourly earnings rose 0.4 percent in October.")[0] == (
        "Average hourly earnings fell 0.4 percent in October.")
    assert cl.direction_swap("Rates are rising fast across the north.")[0] == "Rates are falling fast across the north."
    assert cl.direction_swap("Clinics were expanded via an amendment of Anna Berg.")[0] == (
        "Clinics were shrunk via an amendment of Anna Berg.")  # a passive keeps its participle
    assert cl.direction_swap("Anna Berg was five points ahead of Erik Lund in the poll.")[2] == "behind"


def test_a_figure_under_a_share_word_is_not_swapped(tmp_path):
    body = ("Anna Berg leads the race for the north, a new poll of the Oslo Institute found on Monday.\n\n" + PEOPLE +
            "For Anna Berg, a majority of likely voters, 56%, have a positive view of her campaign.\n\n"
            "For Erik Lund, 16% would be enthusiastic about his nomination to the fund's board.\n")
    assert not [f for f in drafting.false_statements(drafting.analysis(body)) if "majority" in f]


def test_a_poll_share_statement_names_whom_the_poll_asked_about():
    body = ("Anna Berg leads the race for the north, a new poll of the Oslo Institute found on Monday.\n\n" + PEOPLE +
            "A little more than four in 10 have a positive reaction: 16% enthusiastic and 25% satisfied.\n\n"
            "For Erik Lund, 45% of likely voters would be satisfied with his nomination to the board.\n")
    statements = [c.fields["statement"] for c in drafting.analysis(body).candidates
                  if isinstance(c, Statement) and c.kind == "figure"]
    assert not [s for s in statements if s.startswith("A little more than")]


# 3. The article's opinion is attributed, or not asked as fact

def test_the_articles_opinion_is_told_from_a_fact():
    assert voices_opinion("Anna Berg's team winning praise from Lund isn't likely to help her in the north.")
    assert voices_opinion("By far, the riskiest impact of the cut will be on the farmers.")
    assert not voices_opinion("Anna Berg cut the pledge by a third on Thursday.")


def test_a_news_lead_of_opinion_is_not_attributed_to_the_article(tmp_path):
    # round 10: "The article argues" on a news report was deleted as mislabelled; only opinion pieces argue
    body = ("Anna Berg's deal with the farmers isn't likely to help her convince anyone she is still a reformer.\n\n"
            + PEOPLE)
    claim = next(c for c in drafting.analysis(body).candidates if c.key[0] == "lead")
    assert claim.fields["statement"].startswith("Anna Berg's deal")


# 4. Who is meant: a pronoun named, a description resolved, or no claim

def test_a_claim_that_says_he_or_she_and_names_nobody_is_not_the_claim():
    names = drafting.analysis("Anna Berg spoke.\n\n" + PEOPLE).names
    assert unresolved_person("The question was not whether she had harmed her campaign but by how much.", names)
    assert not unresolved_person("Anna Berg asked whether she had harmed her campaign.", names)
    body = "The question was not whether she had harmed her campaign but by how much.\n\n" + PEOPLE
    claims = [c for c in drafting.analysis(body).candidates if c.key[0] == "lead"]
    assert all("whether she had harmed" not in c.fields.get("statement", "") for c in claims)


def test_a_pronoun_is_named_when_the_article_has_one_person_of_that_sex():
    names = drafting.analysis("Anna Berg spoke in Oslo with Erik Lund.\n\n").names
    assert with_the_person("The cut raises the pressure when she needs calm.", names) == (
        "The cut raises the pressure when Anna Berg needs calm.")
    names = drafting.analysis("Anna Berg spoke in Oslo.\n\n" + PEOPLE).names
    assert with_the_person("The cut raises the pressure when she needs calm.", names) is None  # two women


def test_a_placed_post_is_named_from_the_article():
    body = ("Anna Berg spoke.\n\nBut one naysayer remained - Senator Erik Lund of Vestfold, who opposed the bill.\n\n"
            "Senator Sofie Holm of Telemark backed it. Representative Jonas Dahl of Vestfold said nothing.\n\n")
    found = drafting.analysis(body)
    assert placed_named("The Vestfold senator found ways to press his agenda.", found.body, found.names) == (
        "Erik Lund found ways to press his agenda.")  # not the Vestfold representative
    assert placed_named("The Oslo senator spoke.", found.body, found.names) == "The Oslo senator spoke."


# 5. The claim is the story's, not a time-filler, and not answered by the headline

def test_a_time_filler_is_no_claim():
    assert filler("The general election is still almost a year away.", "Could a cut by Anna Berg derail Lund?")
    assert not filler("Anna Berg will cut the pledge by a third.", "Could a cut by Anna Berg derail Lund?")
    assert not filler("The pledge will be cut by a third.", "Norway cuts its climate pledge")  # the headline's words


def test_no_who_or_whom_form_answered_by_the_headline(tmp_path):
    body = "Anna Berg threatened to walk out of the climate talks in Oslo on Thursday night.\n\n" + PEOPLE
    claim = next(c for c in drafting.analysis(body, " date 2025-10-16 Berg threatens to walk out\n\n").candidates
                 if c.key[0] == "lead")
    assert claim.fields["type"] == "true_false"  # "Who threatened ...?" is answered by the headline
    # a headline that says the action without the actor (round 15: a "Who ...?" asks the headline's action only)
    claim = next(c for c in drafting.analysis(body, " date 2025-10-16 Minister threatens to walk out of climate talks\n\n")
                 .candidates if c.key[0] == "lead")
    assert claim.fields["type"] == "choice" and claim.fields["answer"] == "Anna Berg"
    names = drafting.analysis(body).names
    counts = Counter(m.person.name for m in names.mentions)
    urged = "Families of the flood's victims urged Anna Berg to apologize for the dams on Friday in Oslo."
    assert cl.whom_form(urged, names, counts, "Flood families turn on Berg") is None
    assert cl.whom_form(urged, names, counts, "Flood families want an apology")[1] == "Anna Berg"


# 6. Figures the story turns on

def _figure(found, value):
    return next(f for f in found.figures if f.value == value)


def test_side_amounts_are_not_asked():
    body = ("Anna Berg keeps the maximum-allowable-by-law political contribution that Lund made to her, all $2,700 "
            "worth.\n\nThe court fined the fund $5,000 for filing late in Oslo.\n\n"
            "Erik Lund became a 93 percent owner of the new fund in Bergen.\n\n"
            "Anna Berg earned the support of nearly four in 10 likely voters — 39 percent — in the poll.\n\n"
            "Sofie Holm has 46% with a positive reaction -- including 16% who would be enthusiastic.\n\n"
            "Among Lund supporters, however, 61 percent said they have their minds made up in the poll.\n\n"
            "The fund will spend $40 billion on dams in the north, Anna Berg said.\n")
    found = drafting.analysis(body)
    for value in (2700, 5000, 93, 39, 16, 61):
        assert side_figure(found.body, found.names, _figure(found, value)) is not None, value
    assert side_figure(found.body, found.names, _figure(found, 40e9)) is None


def _fill_in(found, prompt: str, where: str):
    candidate = Candidate("figure", 0.8, found.body.text.index(where), ("number", 1, "%"),
                          {"type": "number", "prompt": "Fill in the percentage: " + prompt, "answer": 1, "quote": ""})
    return with_a_named_subject(found, candidate)


def test_a_figure_prompt_names_its_subject_and_is_a_whole_clause():
    body = ("Anna Berg leads Erik Lund in the north, a new poll found.\n\n"
            "45% of farmers, 28% of fishermen and 12% of teachers say that would be their reaction to the cut.\n\n"
            "While Lund holds leads among the young, old, rich farmers and those in the south, Anna Berg leads by 21 "
            "points among those describing themselves as fishermen.\n\n"
            "Against Lund, the Vestfold governor earned 51 percent to 35 percent in the north.\n\n"
            "Thirty-one percent say they would be satisfied if Lund won, a bit more than the 28 percent in Oslo.\n")
    found = drafting.analysis(body)
    assert _fill_in(found, "___ of farmers, 28% of fishermen and 12% of teachers say that would be their reaction "
                           "to the cut.", "28% of fishermen") is None
    assert _fill_in(found, "Old, rich farmers and those in the south, Anna Berg leads by ___ points among those "
                           "describing themselves as fishermen.", "leads by 21") is None
    assert _fill_in(found, "Against Lund, the Vestfold governor earned ___ to 35 percent in the north.",
                    "the Vestfold governor") is None
    assert _fill_in(found, "Thirty-one percent say they would be satisfied if Lund won, a bit more than the "
                           "___", "a bit more than") is None


# 7. Dates only where the date is the story's point

def test_only_deadlines_and_the_leads_own_date_are_dates_worth_asking():
    body = ("In March 2025, Norway left the board of the fund, Anna Berg said.\n\n" + PEOPLE +
            "Much about the economic picture that will frame the 2026 presidential race will come into focus.\n\n"
            "Last month, Erik Lund welcomed the offer to prolong the treaty.\n\n"
            "Growth was the slowest since 2007 in the north.\n\n"
            "Norway must repay its loans to the fund by 2031 under the treaty.\n")
    found = drafting.analysis(body)
    asked = {found.body.text[d.start:d.end] for d in found.dates
             if date_is_the_story(found.body, d, found.lead, found.article.date)}
    assert asked == {"March 2025", "2031"}


def test_a_deck_asks_no_month_from_last_month(tmp_path):
    body = ("Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "Last month, the fund's board was cut to seven members in Oslo.\n")
    deck = drafting.deck(tmp_path, body, "Norway quits the climate fund")
    assert not [q for q in deck["questions"] if q["type"] == "date"]
    assert Path(tmp_path / "article.txt").exists()


def test_a_that_clause_cut_before_its_verb_is_no_claim():
    assert not cl.askable("Anna Berg ordered that the playbooks and other records.")  # "... be released" was cut
    assert cl.askable("Anna Berg warned that the fund collapses.")
    assert cl.askable("Anna Berg said that the fund lost.")


def test_a_figure_beside_a_comparison_is_not_swapped_and_a_dangling_appositive_is_cut_off():
    body = ("Anna Berg leads the race for the north, a new poll of the Oslo Institute found on Monday.\n\n" + PEOPLE +
            "For Anna Berg, 56% of likely voters have a negative response to her nomination to the board.\n\n"
            "Erik Lund fares only a bit better: 54% have a negative response to his nomination to the board.\n\n"
            "An official of the fund said that about 40% of the donors at its seminar were women, a proportion.\n")
    found = drafting.analysis(body)
    assert not [f for f in drafting.false_statements(found) if "fares only a bit better" in f]
    asked = _fill_in(found, "An official of the fund said that about ___ of the donors at its seminar were women, a "
                            "proportion", "about 40%")
    assert asked.fields["prompt"].endswith("were women.")


def test_a_surname_inside_a_bodys_name_is_not_expanded():
    names = drafting.analysis("Anna Berg spoke.\n\n" + PEOPLE).names
    assert cl.restate("A judge ordered the release of internal Berg University documents in a lawsuit against the "
                      "school.", names) == ("A judge ordered the release of internal Berg University documents in a "
                                           "lawsuit against the school.")
    assert cl.restate("A judge said Berg had ordered the release of the documents.", names).startswith(
        "A judge said Anna Berg had ordered")


def test_a_claim_keeps_its_verb_past_an_aside_and_loses_its_last_participle_clause():
    names = drafting.analysis("Anna Berg spoke.\n\n" + PEOPLE).names
    assert cl.restate("Anna Berg ordered that the papers, numbering about 1,000 pages, be released by Thursday, "
                      "allowing time to redact telephone numbers.", names) == (
        "Anna Berg ordered that the papers, numbering about 1,000 pages, be released by Thursday.")


def test_a_figure_prompt_names_people_in_full_without_their_post():
    body = ("Anna Berg leads Erik Lund in the north, a new poll found.\n\n" + PEOPLE +
            "Berg earned the support of likely voters in the north while Finance Minister Erik Lund earned 30 percent.\n")
    found = drafting.analysis(body)
    asked = _fill_in(found, "Berg earned the support of likely voters in the north while Finance Minister Erik Lund "
                            "earned ___.", "Berg earned")
    assert asked.fields["prompt"] == ("Fill in the percentage: Anna Berg earned the support of likely voters in the "
                                      "north while Erik Lund earned ___.")


def test_a_judgement_is_turned_only_on_a_person_named_bare():
    assert cl.direction_swap("Erik Lund criticized the Climate Act as a crazy system during a stop in Oslo.") is None
    assert cl.direction_swap("Anna Berg urged farmers to act, and criticized the party's lack of awareness.") is None
    assert cl.direction_swap("Anna Berg criticized Erik Lund in a speech on Monday.")[2] == "praised"


def test_a_speaker_statement_shows_a_whole_clause():
    body = ("Anna Berg spoke in Oslo on Monday about the fund and its board.\n\n" + PEOPLE +
            "Anna Berg promised “to continue calling out examples of waste and defending the fund as we must.”\n\n"
            "Erik Lund said “The fund has wasted the money of every farmer in the north for ten years.”\n")
    shown = [c.fields["statement"] for c in drafting.analysis(body).candidates
             if isinstance(c, Statement) and c.kind == "quote"]
    assert not [s for s in shown if "“to continue" in s]


def test_a_figure_prompt_with_a_bare_measure_or_a_speech_to_you_is_not_asked():
    body = ("Anna Berg leads Erik Lund in the north, a new poll found.\n\n"
            "Nearly 10 percent of the people of Vestfold are farmers. In Telemark the share exceeds 7 percent.\n\n"
            "Lund told the crowd: Your farms are failing, 58 percent of your youth is unemployed in the north.\n")
    found = drafting.analysis(body)
    assert _fill_in(found, "In Telemark the share exceeds ___", "In Telemark") is None
    assert _fill_in(found, "Your farms are failing, ___ of your youth is unemployed in the north.", "Your farms") is None
    assert _fill_in(found, "Nearly ___ of the people of Vestfold are farmers.", "Nearly 10") is not None


def test_phrasal_verbs_and_adjectives_are_not_turned():
    assert cl.direction_swap("When the time came, under pressure from the unions, Norway backed out of the deal.") is None
    assert cl.direction_swap("Anna Berg backed off some of her first proposals on the fund.") is None
    assert cl.direction_swap("There is no internationally accepted definition of a climate refugee.") is None
    assert cl.direction_swap("The fund has grown well beyond its original purpose, its critics say.") is None
    assert cl.direction_swap("Anna Berg backed Erik Lund in the race for the board.")[2] == "opposed"


def test_a_figure_at_one_end_of_a_change_is_not_swapped():
    body = ("Anna Berg leads the race for the north, a new poll of the Oslo Institute found on Monday.\n\n" + PEOPLE +
            "Anna Berg's approval rating has declined slightly from 58 percent in the last poll to 55 percent now.\n\n"
            "Erik Lund's approval rating stands at 34 percent among likely voters in the north, the poll found.\n")
    assert not [f for f in drafting.false_statements(drafting.analysis(body)) if "declined slightly" in f]


def test_a_question_or_a_subhead_is_no_statement():
    from trainer.draft.statements import unnamed_subject

    assert unnamed_subject("Where is that $500 supposed to come from.")
    assert unnamed_subject("THE MANY CAVEATS Plenty of families cannot save $115 a month.")
    assert unnamed_subject("The former first lady said it was a mistake to use the server.")
    assert not unnamed_subject("Anna Berg said it was a mistake to use the server.")


def test_a_past_year_after_by_is_no_deadline():
    body = ("Norway left the fund's board on Monday, Anna Berg said.\n\n" + PEOPLE +
            "By 2015, the coal market of the north was in a deep slide.\n\n"
            "Norway must repay its loans to the fund by 2031 under the treaty.\n")
    found = drafting.analysis(body)
    asked = {found.body.text[d.start:d.end] for d in found.dates
             if date_is_the_story(found.body, d, found.lead, found.article.date)}
    assert asked == {"2031"}


def test_a_unit_stops_before_a_function_word():
    found = drafting.analysis("The case will be heard by 10 judges rather than 11 in Oslo, Anna Berg said.\n")
    assert {f.unit for f in found.figures if f.value == 10} == {"judges"}


def test_more_swaps_that_make_nonsense_and_prompts_on_a_group():
    from trainer.draft.build import resolved_prompt
    from trainer.draft.statements import _HANGING

    assert cl.direction_swap("Candidates generally benefit from lowered debate expectations, yet Berg brags.") is None
    assert cl.direction_swap("Anna Berg criticized Bergen, Vestfold, police officer Erik Lund for his report.") is None
    assert resolved_prompt("If they are Hispanic, the unemployment rate is ___.") is None
    assert resolved_prompt("If Anna Berg wins, the fund will get ___.") is not None
    assert _HANGING.match("Clearly, that's something we must continue to preserve.")
    assert not _HANGING.match("Clearly, Anna Berg must continue to preserve the fund.")
