"""The lead's main claim as a question a demanding teacher keeps (issue 10, round 3).

A blind judge kept none of the lead true/false statements: copied word for word, a title or a pronoun left
in, false by an inserted "not" or by a name that another mention gives away, "X said" in a one-voice
article, an aside taken for the claim. Each test is one rule; the articles are invented.
"""

from __future__ import annotations

from pathlib import Path

from trainer.draft.build import analyse, draft_deck
from trainer.draft.claim import direction_swap, restate
from trainer.draft.text import parse_article

HEADER = " date 2025-10-16 {}\n\n"
PEOPLE = ("Finance Minister Erik Lund, Foreign Minister Sofie Holm and Prime Minister Jonas Dahl met in Oslo. "
          "Lund and Holm spoke. Dahl and Holm left. Lund and Dahl stayed.\n\n")


def _analysis(body: str, title: str = "A test article"):
    return analyse(parse_article(Path("a.txt"), HEADER.format(title) + body))


def _claim(body: str, title: str = "A test article"):
    claims = [c for c in _analysis(body, title).candidates if c.key[0] == "lead"]
    assert len(claims) == 1
    return claims[0]


def _deck(tmp_path: Path, body: str, title: str = "A test article") -> dict:
    article = tmp_path / "article.txt"
    article.write_text(HEADER.format(title) + body, encoding="utf-8")
    return draft_deck([article], tmp_path / "deck.yaml")[0]


def test_the_claim_is_restated_short_with_its_subject_named_in_full_and_without_a_post():
    analysis = _analysis("Senator Anna Berg spoke.\n\n" + PEOPLE)
    names = analysis.names
    # a connective, an introductory phrase and a trailing participle go; the claim stays the sentence's own words
    assert restate("But at a heated press conference in Oslo on Friday, families of the flood victims urged Anna "
                   "Berg to resign, reiterating calls that she had ignored.", names) \
        == "Families of the flood victims urged Anna Berg to resign."
    # the subject by name: an apposition before or after it goes, and so does a post
    assert restate("His wife, longtime Jonas Dahl aide Anna Berg, announced they were separated.", names) \
        == "Anna Berg announced they were separated."
    assert restate("Berg, the former governor of the northern province, vetoed the climate bill on Monday.", names) \
        == "Anna Berg vetoed the climate bill on Monday."
    assert restate("Former Labour senator Anna Berg had a rough day on Monday in Oslo.", names) \
        == "Anna Berg had a rough day on Monday in Oslo."
    # a long claim is cut at a clause to about twenty words
    long = restate("Anna Berg vetoed the climate bill on Monday after a long and bitter fight with the farmers' union "
                   "over the fund, which the union had wanted to double for the coming ten years.", names)
    assert len(long.split()) <= 22 and long.startswith("Anna Berg vetoed the climate bill")


def test_a_claim_about_what_a_person_did_is_asked_who_among_people_of_the_same_kind(tmp_path):
    body = ("Anna Berg threatened to walk out of the climate talks in Oslo on Thursday night.\n\n" + PEOPLE +
            "The farmer Ola Moen, whose son lost his farm in the flood, watched. Moen and Berg spoke.\n\n"
            "Karin Vik, a columnist for the Bergen Post, wrote about it. Vik and Berg met.\n")
    headline = "Minister threatens to walk out of climate talks"  # the action the "Who ...?" asks (round 15)
    claim = _claim(body, headline)
    assert claim.fields["type"] == "choice"
    assert claim.fields["prompt"] == "Who threatened to walk out of the climate talks in Oslo on Thursday night?"
    assert claim.fields["answer"] == "Anna Berg"
    # politicians beside a politician: not the farmer who lost his farm, not the columnist
    assert sorted(claim.fields["choices"]) == ["Anna Berg", "Erik Lund", "Jonas Dahl", "Sofie Holm"]
    deck = _deck(tmp_path, body, headline)
    asked = deck["questions"][0]
    assert asked["type"] == "choice" and "main claim" in asked["explain"]


def test_a_pronoun_of_the_answer_does_not_rule_out_choices():
    body = ("Families of the flood's victims urged Anna Berg to apologize for her remarks on the dams.\n\n" + PEOPLE)
    claim = _claim(body, "Flood Families Want An Apology")  # a headline naming Berg would answer the blank (round 8)
    assert claim.fields["prompt"] == ("Fill in the name: Families of the flood's victims urged ___ to apologize for "
                                      "their remarks on the dams.")
    assert claim.fields["answer"] == "Anna Berg" and len(claim.fields["choices"]) == 4


def test_a_lead_that_reports_a_persons_claim_asks_who_made_it():
    body = ("Dams are “the greatest danger to our valleys,” Anna Berg, the former governor of the north, "
            "told a cheering crowd in Oslo on Tuesday.\n\n" + PEOPLE)
    body = body.replace("told a cheering", "proclaimed to a cheering")
    claim = _claim(body)
    assert claim.fields["prompt"] == "Who proclaimed that dams are “the greatest danger to our valleys”?"
    assert claim.fields["answer"] == "Anna Berg"


def test_a_false_claim_turns_its_direction_word_and_never_inserts_not():
    assert direction_swap("The Labour party won the vote in the northern province.") == (
        "The Labour party lost the vote in the northern province.", "won", "lost")
    assert direction_swap("Support for the fund rose in Norway last year.")[0] == "Support for the fund fell in Norway last year."
    assert direction_swap("The party will confront hard questions about what it is.") is None  # no "will not"
    assert direction_swap("Whether Berg wins or loses, the party must change.") is None  # both already
    body = ("The Labour party will confront hard questions about its future after the vote in Oslo.\n\n" + PEOPLE)
    claim = _claim(body)
    assert claim.false_fields is None or " not " not in claim.false_fields["statement"]


def test_the_claim_is_never_an_aside_further_in_the_lead(tmp_path):
    header = "Norway Quits The Climate Fund"
    body = ("The government of Norway quit the climate fund on Monday after a long row over its board. "
            "Back in 1905, when the union with Sweden was dissolved, Christian Michelsen won a famous vote. "
            "Michelsen's party then lost power within a decade.\n\n" + PEOPLE)
    claim = _claim(body, header)
    assert claim.fields["quote"].startswith("The government of Norway quit the climate fund")
    deck = _deck(tmp_path, body, header)
    main = [q for q in deck["questions"] if "main claim" in q.get("explain", "")]
    assert len(main) == 1 and "Michelsen" not in main[0]["quote"]


def test_an_opinion_pieces_argument_never_opens_on_a_pronoun(tmp_path):
    from trainer.draft.statements import _HANGING

    assert _HANGING.match("This is a party that needs to decide who it is.")
    assert not _HANGING.match("The party needs to decide who it is.")


# Who did what to whom, beyond the lead

ACTIONS = ("The government of Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
           "Anna Berg struggled to explain on Sunday how the fund pays for the new dams in the north.\n\n"
           "Erik Lund challenged Sofie Holm to a public debate on the fund before the vote in parliament.\n\n"
           "Jonas Dahl and Berg met again. Berg and Holm spoke. Berg said nothing about the dams.\n\n"
           "Mayor Per Moen of Bergen joined them. Moen and Dahl left early.\n\n"
           "Karin Vik is an economist and a professor at the University of Bergen.\n")


def test_who_did_what_is_asked_among_people_of_the_same_kind_one_per_person(tmp_path):
    deck = _deck(tmp_path, ACTIONS, "Norway Struggles Over The Climate Fund As Rivals Challenge Its Board")  # the
    # headline's actions (round 15: a name question asks what the headline says happened)
    asked = {q["answer"]: q for q in deck["questions"] if q["type"] == "choice" and q["prompt"].startswith("Who ")}
    assert asked["Anna Berg"]["prompt"] == ("Who struggled to explain on Sunday how the fund pays for the new "
                                            "dams in the north?")
    assert asked["Erik Lund"]["prompt"] == ("Who challenged Sofie Holm to a public debate on the fund before the vote "
                                            "in parliament?")
    assert "Sofie Holm" not in asked["Erik Lund"]["choices"]  # named in the prompt: no choice
    for question in asked.values():
        assert len(question["choices"]) == 4
        assert "Karin Vik" not in question["choices"]  # the author, named only in the biography at the end


def test_no_who_did_what_on_words_of_saying_or_on_a_quote():
    from trainer.draft.claim import did_verb

    assert did_verb("struggled") and did_verb("won") and did_verb("challenged")
    assert not did_verb("said") and not did_verb("argued") and not did_verb("claims")
    body = ACTIONS.replace("Anna Berg struggled to explain on Sunday",
                           "“We will pay,” Anna Berg told reporters on Sunday, explaining")
    candidates = [c for c in _analysis(body).candidates if c.key[0] == "action"]
    assert all(c.fields["answer"] != "Anna Berg" for c in candidates)


# What makes a claim askable at all (found on PolNeAR dev, described here with invented text)

def test_a_claim_needs_a_verb_no_hanging_pronoun_and_no_scene_in_the_first_person():
    from trainer.draft.claim import askable

    assert not askable("The Latest on the presidential race in Norway.")  # a label, no claim
    assert not askable("If it worked against Lund, it might just work against Berg.")  # "it" is elsewhere
    assert not askable("Anna Berg could win votes doing it, Erik Lund is against it.")
    assert not askable("If Anna Berg were a man would you still vote for him.")
    assert not askable("Berg said it would tell a story, one of ''fear and hope.")  # a quote mark cut off
    assert not askable("Last week, I met Anna Berg in her office in Oslo.", opinion=True)
    assert askable("Last week, Anna Berg met the farmers in her office in Oslo.", opinion=True)


def test_a_subhead_above_the_lead_gives_way_to_the_leads_own_sentence():
    body = ("Bloc aims to rely less on Norway's support.\n\n"
            "OSLO - Nordic leaders gathered on Friday to discuss the fund after the vote in the parliament.\n\n"
            + PEOPLE)
    claim = _claim(body, "Nordic leaders and the climate fund")  # a headline with no claim of its own (round 15)
    assert claim.fields["statement"].startswith("Nordic leaders gathered on Friday")  # no dateline, no subhead
    assert direction_swap("The bloc aims to rely less on US support.") is None  # "support" is a noun here
    assert direction_swap("The bloc voted to support the fund.")[0] == "The bloc voted to oppose the fund."


def test_a_reported_claim_is_a_quote_not_an_introduction():
    from collections import Counter

    from trainer.draft.claim import quoted_form

    analysis = _analysis(PEOPLE)
    counts = Counter(m.person.name for m in analysis.names.mentions)
    assert quoted_form("As a young lawyer at a firm in Bergen, Erik Lund said he was asked to give a talk.",
                       analysis.names, counts) is None


def test_who_did_what_needs_a_prompt_that_stands_on_its_own(tmp_path):
    body = ACTIONS + ("Jonas Dahl made the comments on Friday during a brief visit to the party's office in Bergen.\n\n"
                      "Sofie Holm watched from the front row.\n")
    prompts = [c.fields["prompt"] for c in _analysis(body).candidates if c.key[0] == "action"]
    assert not any("the comments" in p or "front row" in p for p in prompts)
    body = body.replace("made the comments on Friday", "vetoed the farm bill on Friday")
    title = "Farm bill vetoed as the climate fund splits Oslo"  # the headline's action (round 15)
    prompts = [c.fields["prompt"] for c in _analysis(body, title).candidates if c.key[0] == "action"]
    assert "Who vetoed the farm bill on Friday during a brief visit to the party's office in Bergen?" in prompts


def test_no_choice_is_a_headline_word_an_initial_or_a_thing_named_like_a_person():
    from collections import Counter

    from trainer.draft.claim import choices_for
    from trainer.draft.names import Names, Person

    names = Names()
    names.people = [Person(n) for n in ("Anna Berg", "Erik Lund", "Sofie Holm", "Jonas Dahl", "Fifth Amendment",
                                        "J. Moen", "Derelict Berg", "Morning Show", "Per Vik")]
    counts = Counter({"Anna Berg": 5, "Erik Lund": 2, "Sofie Holm": 2, "Fifth Amendment": 3, "J. Moen": 3,
                      "Morning Show": 4, "Per Vik": 1})  # "Derelict Berg" only in the headline: not counted
    choices = choices_for(names.people[0], "Who vetoed the climate bill?", names, counts)
    assert choices == ["Erik Lund", "Sofie Holm", "Per Vik"]  # the most named first, no thing, initial or headline
    assert choices_for(names.people[0], "Who vetoed Erik Lund's climate bill?", names, counts) == []  # too few left


def test_when_no_lead_sentence_stands_on_its_own_the_claim_is_the_next_that_does(tmp_path):
    body = ("ABSTRACT.\n\nIf you ran the fund, you would want the hardest test you could get.\n\n"
            "FULL TEXT.\n\n"
            "The election of a fund director in Norway isn't just a contest of ideas and slogans.\n\n" + PEOPLE)
    claim = _claim(body, "Funds are slow and costly. Maybe that's good.")
    assert claim.fields["statement"] == ("The election of a fund director in Norway isn't just a contest of ideas and "
                                         "slogans.")  # never a false "United Kingdom" for the outlet's own country
    body = body.replace("in Norway", "in the United States")
    assert _claim(body).false_fields is None


def test_who_did_what_reads_past_a_closing_quote_mark_and_keeps_a_short_quoted_phrase():
    from trainer.draft.claim import did_verb

    assert not did_verb("anticipated") and not did_verb("likened")  # a thought or a comparison is said, not done
    body = ("The government of Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "Berg turned to the ''rigged budget.'' Erik Lund struggled to explain on Sunday how the fund would pay "
            "for the ''green'' dams in the north.\n\n"
            "Mayor Per Moen of Bergen joined them. Moen and Dahl left early. Berg and Dahl met.\n")
    title = "Norway struggles to explain how it pays for green dams"  # the headline's action (round 15)
    prompts = [c.fields["prompt"] for c in _analysis(body, title).candidates if c.key[0] == "action"]
    assert "Who struggled to explain on Sunday how the fund would pay for the ''green'' dams in the north?" in prompts


def test_who_did_what_resolves_he_or_she_only_to_the_one_person_of_that_sex_named_just_before():
    body = ("The government of Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "These are the latest posts Erik Lund has lost.\n\n"
            "On Friday, he resigned from the fund's board after accidentally sending a private letter to the press.\n\n"
            "Anna Berg met Jonas Dahl on Tuesday. He vetoed the farm bill after a long night of talks in Oslo.\n\n"
            "Mayor Per Moen of Bergen joined them. Moen and Dahl left early. Berg and Dahl met.\n")
    title = "Climate fund board member resigns over a private letter"  # the headline's action (round 15)
    asked = {c.fields["answer"]: c.fields["prompt"] for c in _analysis(body, title).candidates if c.key[0] == "action"}
    assert asked["Erik Lund"] == ("Who resigned from the fund's board after accidentally sending a private letter to "
                                  "the press?")
    from trainer.draft.claim import _the_one_before

    def he(text: str) -> str | None:
        analysis = _analysis(PEOPLE + text)
        sentence = next(s for s in analysis.body.sentences if analysis.body.text[s.start:s.end].startswith("He "))
        person = _the_one_before(analysis.body, analysis.names, sentence, "m")
        return person.name if person else None

    assert he("Anna Berg met Peter Moen on Tuesday. He vetoed the farm bill.") == "Peter Moen"  # the only man
    assert he("Erik Lund met Peter Moen on Tuesday. He vetoed the farm bill.") is None  # two men: unresolved
    assert he("Minister Sashi Holt met Peter Moen on Tuesday. He vetoed the farm bill.") is None  # a sex not known


def test_no_choice_is_the_answer_named_another_way_and_no_prompt_points_to_her_or_him():
    from collections import Counter

    from trainer.draft.claim import _ANAPHORIC, choices_for
    from trainer.draft.names import Names, Person

    names = Names()
    names.people = [Person(n) for n in ("Anna Berg", "Anna K. Berg", "Erik Lund", "Sofie Holm", "Per Vik")]
    counts = Counter({n.name: 2 for n in names.people})
    assert choices_for(names.people[0], "Who vetoed the climate bill?", names, counts) == [
        "Erik Lund", "Per Vik", "Sofie Holm"]
    assert _ANAPHORIC.search("Who met with her and other Nordic leaders in Oslo?")
    assert not _ANAPHORIC.search("Who vetoed that the bill be read twice in the parliament?")


def test_a_claim_asked_who_is_tagged_with_its_answer_and_explained_as_the_main_claim(tmp_path):
    body = ("Families of the flood's victims urged the Bergen senator to apologize for his remarks on the dams.\n\n"
            "Senator Anna Berg said in Oslo that the dams were safe. Berg left. Berg spoke again.\n\n" + PEOPLE)
    deck = _deck(tmp_path, body, "Flood families want an apology")
    claim = deck["questions"][0]
    assert claim["type"] == "choice" and claim["answer"] == "Anna Berg"
    assert "Anna Berg" in claim["tags"]
    assert claim["explain"].startswith("Anna Berg: Senator.")  # who the answer is, as a who_said says
    assert "The article's main claim, from its lead (headline: Flood families want an apology)" in claim["explain"]
    body = ("ABSTRACT.\n\nIf you ran the fund, you would want the hardest test you could get.\n\n"
            "FULL TEXT.\n\nThe election of a fund director in Norway isn't just a contest of ideas and slogans.\n\n"
            + PEOPLE)
    fallback = next(q for q in _deck(tmp_path, body)["questions"] if "main" in q.get("explain", ""))
    assert fallback["explain"].startswith("The article's main claim (headline")  # not "from its lead", not "author"


def test_a_several_answer_list_of_politicians_offers_no_pollster_or_reporter_as_a_choice(tmp_path):
    body = ("The government of Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "Kari Holt, director of the Bergen Institute for Public Opinion, said the fund was unpopular. "
            "Holt said so twice.\n\n"
            "Ola Vik, a reporter for the Oslo Times, covered it. Vik left.\n\n"
            "Mayor Per Moen and Governor Lars Brekke spoke. Moen and Brekke left.\n\n"
            "The other ministers at the meeting -- Erik Lund, Sofie Holm and Jonas Dahl -- voted against the fund.\n")
    multis = [q for q in _deck(tmp_path, body)["questions"] if q["type"] == "multi"]
    assert multis and not {"Kari Holt", "Ola Vik"} & set(multis[0]["choices"])


def test_a_claim_with_a_figure_is_false_by_another_figure_of_the_same_kind_from_the_article():
    body = ("Less than a quarter of the fund's donors are small donors who give $200 a year, the ministry said.\n\n"
            + PEOPLE + "The largest donor gave $5,000 in March. Another gave $900 last year.\n")
    claim = _claim(body)
    assert claim.fields["statement"].startswith("Less than a quarter of the fund's donors are small donors who give $200")
    false = claim.false_fields["statement"]
    assert "$900 a year" in false and "$200" not in false  # $5,000 is too far from $200 to be plausible
    # (a figure under a qualifier, "$200 or less", has no false form by swapping: round 4, test_draft_round4_facts)
    assert direction_swap("Voters in Oslo approve of the plan to close the mines.")[0] == \
        "Voters in Oslo disapprove of the plan to close the mines."


def test_no_direction_word_is_turned_where_it_is_a_participle_or_a_time():
    assert direction_swap("Twenty states led by Bergen are challenging the fund's new rules.") is None
    assert direction_swap("Anna Berg is speaking out ahead of the election about the fund.") is None
    assert direction_swap("Anna Berg is still ahead of Erik Lund in the polls in Oslo.")[0] == \
        "Anna Berg is still behind Erik Lund in the polls in Oslo."


def test_a_long_figure_prompt_drops_the_reports_lead_in_and_asks_the_finding():
    from trainer.draft.clauses import fact_clause

    sentence = ("In 2019, Statistics Norway found that “about twice as many farmers in the northern provinces said it was "
                "more important to protect the fund (___) than to cut taxes (31%).”")
    assert fact_clause(sentence, "___") == ("About twice as many farmers in the northern provinces said it was more "
                                            "important to protect the fund (___) than to cut taxes.")
    short = "Statistics Norway found that ___ farmers left the fund."
    assert fact_clause(short, "___") == short  # a short one keeps its source


# Claims from the body of the article

def test_a_claim_the_story_turns_on_is_asked_true_or_false_by_what_it_says(tmp_path):
    body = ("Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "In the vote on Tuesday, the parliament rejected the fund's new budget after a bitter debate.\n\n"
            "Erik Lund grew up in Bergen. The weather was mild.\n\n"
            "“We will not pay for a plan that fails our farmers and our schools,” Lund said.\n")
    analysis = _analysis(body, "Norway quits the climate fund after a row over its budget")
    claims = [c for c in analysis.candidates if c.key[0] == "claim"]
    # round 12: a body claim is false by a plausible wrong figure only; "rejected" -> "accepted" is no false form
    assert claims == []


def test_no_direction_word_is_turned_in_an_idiom():
    for sentence in ("Anna Berg is raising questions about the fund's board in Oslo.",
                     "The party raised $3 million for the campaign in Bergen last year.",
                     "Erik Lund grew up in a small village near the border with Sweden.",
                     "The judge agreed with Anna Berg that the fund's files should stay closed.",
                     "Some officials said the storm left little doubt about the dams."):
        assert direction_swap(sentence) is None, sentence
    assert direction_swap("Anna Berg refused to disclose the fund's records in Oslo.")[0] == \
        "Anna Berg agreed to disclose the fund's records in Oslo."


def test_a_claim_cut_before_its_verb_is_not_asked_and_a_perfect_shrinks_grammatically():
    from trainer.draft.claim import askable

    assert not askable("The study found that in the province's three smallest counties.")
    assert askable("The study found that the province's three smallest counties voted for Berg.")
    assert direction_swap("The fund has expanded since its first year in Oslo.")[0] == \
        "The fund has shrunk since its first year in Oslo."
    # round 8: "has shrunk well beyond its original purpose" contradicts itself: no swap before "beyond"
    assert direction_swap("The fund has expanded well beyond its original purpose.") is None


def test_lost_to_someone_is_not_turned_and_a_cut_leaves_no_dangling_word():
    assert direction_swap("Having lost the previous election to Anna Berg, the party faced a dilemma.") is None
    analysis = _analysis(PEOPLE)
    assert restate("If the breakup of his party wasn't bad enough, Erik Lund also lost two posts on Monday: one as "
                   "a member of the board of the Oslo fund, and the other as its treasurer.", analysis.names) \
        == "If the breakup of his party wasn't bad enough, Erik Lund also lost two posts on Monday."


def test_a_figure_statement_is_restated_short_not_copied():
    body = ("Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "At a press conference in Oslo on Friday, Finance Minister Erik Lund said the fund spent $40 billion on "
            "dams, reiterating claims that the board had ignored.\n\n"
            "Its reserve holds $12 billion for emergencies in the north.\n")
    statement = next(c for c in _analysis(body).candidates
                     if c.kind == "figure" and c.fields["type"] == "true_false" and "$40 billion" in c.fields["quote"])
    assert statement.fields["statement"] == "Erik Lund said the fund spent $40 billion on dams."
    assert statement.false_fields["statement"] == "Erik Lund said the fund spent $12 billion on dams."


def test_a_relative_date_in_the_articles_own_month_is_not_asked(tmp_path):
    body = ("Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "Earlier this month, Erik Lund and Sofie Holm filed papers opposing the fund's new board.\n\n"
            "Last month, the fund's board was cut to seven members.\n")
    dates = [q["answer"] for q in _deck(tmp_path, body)["questions"] if q["type"] == "date"]
    assert "2025-10" not in dates  # "earlier this month" of an article of October 2025
    assert "2025-09" not in dates  # "last month" is no longer asked: the judges deleted every such month (round 8)


def test_a_columns_argument_is_restated_and_keeps_the_phrase_it_turns_on():
    analysis = _analysis("Anna Berg spoke.\n\n" + PEOPLE)
    # the phrase before the subject is the claim's point, not an apposition to drop
    assert restate("By offering Lund the second seat, Anna Berg would win the vote.", analysis.names) \
        == "By offering Erik Lund the second seat, Anna Berg would win the vote."
    # a list is not cut at its last "and"
    assert restate("Anna Berg would deliver on trade, farming, fishing, health care, schools, and national defence "
                   "in the north of the country.", analysis.names).endswith("and national defence in the north of the country.")


def test_no_claim_is_turned_in_a_relative_clause_or_left_as_half_an_introduction():
    from trainer.draft.claim import askable

    assert direction_swap("The war, which most Liberals opposed, strengthened the treaty signed in Oslo.")[1] == "strengthened"
    assert not askable("The subsequent war, which most Liberals opposed, in 1905 the Liberals chose Anna Berg.")
    assert askable("The Liberal party, which most farmers opposed, chose Anna Berg in 1905.")


def test_a_count_of_days_and_a_polls_sample_are_never_asked():
    from trainer.draft.salience import trivial_figure

    body = ("Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "The campaign went 30 days without sending a fundraising e-mail to its donors in Bergen.\n\n"
            "The poll surveyed 1,002 likely voters in Oslo. Of 800 adults polled by phone, most backed Berg.\n\n"
            "The fund spent $40 billion on dams, up 15 percent from the year before.\n")
    analysis = _analysis(body)
    trivial = {f.value: trivial_figure(analysis.body, analysis.names, f) for f in analysis.figures}
    assert trivial[30] and trivial[1002] and trivial[800]
    assert trivial[40e9] is None and trivial[15] is None


def test_in_a_column_whose_lead_sets_a_scene_the_argument_is_the_main_claim(tmp_path):
    body = ("Convincing wins by outsiders in Bergen show that most voters are tired of both old parties.\n\n" + PEOPLE +
            "Erik Lund has run the fund for a decade. Sofie Holm wants his post.\n\n"
            "In the end, a smaller fund that pays on time is a better deal for the north than a large fund that "
            "never pays.\n\n"
            "Karin Vik is a columnist and a professor of economics at the University of Bergen.\n")
    deck = _deck(tmp_path, body, "Why a smaller fund would be better")
    main = [q for q in deck["questions"] if "main" in q.get("explain", "")]
    assert len(main) == 1 and main[0]["quote"].startswith("In the end, a smaller fund")
    assert main[0]["explain"].startswith("The author's main argument") or "The author's main argument" in main[0]["explain"]
    assert not any(q["quote"].startswith("Convincing wins") for q in deck["questions"])  # the scene, asked true only


def test_a_plural_noun_is_not_turned_as_a_verb():
    assert direction_swap("Convincing wins by outsiders in Bergen show that voters are tired of both parties.") is None
    assert direction_swap("Anna Berg wins the vote in Bergen by a wide margin.")[0] == \
        "Anna Berg loses the vote in Bergen by a wide margin."


def test_a_claim_needs_a_subject_a_named_he_and_no_connective():
    from trainer.draft.claim import askable

    assert not askable("Filed for six bankruptcies, made millions while his contractors lost fortunes.")
    analysis = _analysis(PEOPLE)
    assert restate("By contrast, Erik Lund won just 10 percent of the vote in Bergen.", analysis.names) \
        == "Erik Lund won just 10 percent of the vote in Bergen."
    body = ("Norway quit the climate fund on Monday after a long row over its board.\n\n" + PEOPLE +
            "Police say he posed a deadly threat to the fund and refused to leave the board.\n")
    assert not [c for c in _analysis(body, "Norway quits the fund").candidates if c.key[0] == "claim"]


def test_a_month_ahead_named_without_its_year_is_not_asked(tmp_path):
    body = ("Whether Anna Berg wins or loses in November, the Labour party will confront hard questions about its "
            "future.\n\n" + PEOPLE)
    assert not [q for q in _deck(tmp_path, body)["questions"] if q["type"] == "date"]
    analysis = _analysis(body)
    assert [d.value.iso() for d in analysis.dates] == ["2025-11"] and not analysis.askable_dates


def test_a_who_question_on_the_claim_stands_on_its_own():
    from collections import Counter

    from trainer.draft.claim import who_form

    analysis = _analysis("Anna Berg spoke. Berg left. Berg came back.\n\n" + PEOPLE)
    counts = Counter(m.person.name for m in analysis.names.mentions)
    assert who_form("Anna Berg has come up with one.", analysis.names, counts) is None
    assert who_form("Anna Berg made the comments on Friday in Oslo.", analysis.names, counts) is None
    asked = who_form('Anna Berg asked the crowd to welcome the governor as "my new best friend."', analysis.names, counts)
    assert asked[0] == 'Who asked the crowd to welcome the governor as "my new best friend"?'


def test_a_quote_or_a_vague_subject_is_no_claim():
    from trainer.draft.claim import askable

    assert not askable("“The fund has a clause that is a poverty clause,” Berg explained in an interview.")
    assert not askable("Some forged signatures to open accounts for the fund in Bergen.")
    assert askable("Some ministers forged signatures to open accounts for the fund in Bergen.")
