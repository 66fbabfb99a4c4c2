"""Issue 10, round 22 (facts): the main claim asked another way than a copy, no half of a range, explanations that
show no second figure of the answer's unit. Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.unit.drafting import analysis, deck
from trainer.draft.build import another_figure_of_its_unit
from trainer.draft.questions import Candidate

TAXES = ("Valmora's three candidates for governor published their tax plans on Monday, and economists said the "
         "plans were far apart.\n\n"
         "Pavel Dorn's plan would raise $15.3 billion in new taxes over a decade. Marta Ellison would cut tax revenues "
         "by $9.5 billion, promising growth in return. Tomas Arkwright would leave the tax code as it is.\n")


def test_an_explanation_shows_no_other_figure_of_the_answers_unit():
    found = analysis(TAXES)
    cut = next(f for f in found.figures if f.value == 9.5e9)
    raise_ = next(f for f in found.figures if f.value == 15.3e9)
    question = Candidate("figure", 0.9, cut.start, ("number", cut.value, cut.unit),
                         {"type": "number", "prompt": "Fill in the amount: Marta Ellison would cut tax revenues by ___.",
                          "answer": 9.5})
    sentence_of = lambda f: found.body.sentence_at(f.start)  # noqa: E731
    # Pavel Dorn's $15.3 billion beside Marta Ellison's $9.5 billion answer: the student takes the wrong one
    assert another_figure_of_its_unit(found, question, sentence_of(raise_))
    # a figure the prompt shows itself is the comparison the question asks
    shown = dict(question.fields, prompt="Fill in the amount: Pavel Dorn would raise $15.3 billion; Ellison cuts ___.")
    assert not another_figure_of_its_unit(found, Candidate("figure", 0.9, cut.start, question.key, shown),
                                          sentence_of(raise_))
    # its own sentence, and a sentence with no such figure, are no other figure
    assert not another_figure_of_its_unit(found, question, sentence_of(cut))
    assert not another_figure_of_its_unit(found, question, found.body.sentences[0])


POINTS = ("Pavel Dorn's approval rating runs ahead of Marta Ellison's support across Valmora's provinces, a new poll "
          "found on Tuesday.\n\n"
          "Across all provinces, Dorn averages 48 percent approval, and Ellison's support differs from his rating by "
          "an average of only four percentage points. In the capital, Dorn's approval rating is three points higher "
          "than Ellison's support.\n")


def test_a_points_answer_is_not_explained_by_another_points_gap(tmp_path: Path):
    drafted = deck(tmp_path, POINTS, "Dorn's approval outruns Ellison's support")
    asked = [q for q in drafted["questions"] if q["type"] == "number" and q["answer"] == 3]
    assert asked and "four percentage points" not in asked[0].get("explain", "")


def test_no_blank_on_either_end_of_a_range():
    from trainer.draft.build import range_bound

    def asked(prompt: str, quote: str) -> bool:
        return range_bound(Candidate("figure", 0.9, 0, ("number", 95.0, "%"), {"type": "number", "prompt": prompt,
                                                                              "answer": 95, "quote": quote}))
    counted = "Ellison said 90 to 95 percent of the ballots were counted."
    assert asked("Fill in the percentage: Ellison said 90 to ___ of the ballots were counted.", counted)
    assert asked("Fill in the percentage: Ellison said ___ to 95 percent of the ballots were counted.", counted)
    berths = "The council approved 12-14 new berths."
    assert asked("Fill in the number: the council approved 12-___ new berths.", berths)
    assert asked("Fill in the number: the council approved ___-14 new berths.", berths)
    assert asked("Fill in the amount: the berths cost $5 to ___ each.", "The berths cost $5 to $9 each.")
    # one figure, no range: asked
    assert not asked("Fill in the percentage: Ellison said ___ of the ballots were counted.",
                     "Ellison said 95 percent of the ballots were counted.")
    assert not asked("Fill in the number: the council voted to add ___ berths to the 14 it has.",
                     "The council voted to add 12 berths to the 14 it has.")
    # a result written winner first is a pair, not a range
    assert not range_bound(Candidate("figure", 0.9, 0, ("number", 52.0, "%"), {
        "type": "number", "prompt": "Fill in the percentage: Dorn won the vote ___ to 31 percent.", "answer": 52,
        "quote": "Dorn won the vote 52 to 31 percent."}))


RANGE = ("Valmora's harbour master said on Tuesday that 90 to 95 percent of the fishing fleet had returned to port "
         "before the storm.\n\n"
         "The storm flooded the eastern docks and closed the harbour for two days, the council said.\n")


def test_a_range_in_the_lead_is_not_asked_by_half(tmp_path: Path):
    drafted = deck(tmp_path, RANGE, "Fleet returns before the storm")
    assert drafted["questions"]  # the deck still asks the claim
    for question in drafted["questions"]:
        if question["type"] == "number":
            assert "90 to ___" not in question["prompt"] and "___ to 95" not in question["prompt"]


FACT_CHECK = ("Rep. Tomas Arkwright: \"Who told you that 80 percent of the harbour fund was spent? Who told you that?\"\n\n"
              "Mayor Dana Velloway: \"We learned that from the harbour board and its audit of the fund.\"\n\n"
              "A number of readers have asked about Velloway's assertion that 80 percent of the harbour fund was "
              "spent on the new quay. Velloway suggested several times that the figure came from the harbour board.\n\n"
              "But the next day, a harbour board spokesman said the number was a calculation made by Velloway's own "
              "staff, a fact later confirmed by the board.\n\n"
              "The Pinocchio Test.\n\n"
              "Velloway would do better to say that her staff had calculated the figure. For her remarks to the "
              "council, she earns Three Pinocchios.\n")
CHECKED = "Velloway's claim that 80 percent of the harbour fund was spent is her staff's calculation"


def test_a_fact_check_headline_is_proved_by_the_sentence_that_checks_it():
    from trainer.draft.claim import checked_verdict, headline_claim

    assert checked_verdict("Dana Velloway's claim that 80 percent of the fund was spent is her staff's calculation") \
        == {"staff", "calcu"}
    assert checked_verdict("Valmora pledges to expand its military") is None
    found = analysis(FACT_CHECK, f" date 2025-10-16 {CHECKED}\n\n")
    claim, _, sentence = headline_claim(CHECKED, found.body, found.names, found.lead[0])
    proof = found.body.text[sentence.start:sentence.end]
    assert "calculation made by Velloway's own staff" in proof  # not her own contrary words
    assert "We learned" not in proof


def test_a_fact_checks_claim_is_asked_by_its_verdict(tmp_path: Path):
    drafted = deck(tmp_path, FACT_CHECK, CHECKED)
    claim = drafted["questions"][0]
    assert claim["type"] == "choice" and claim["answer"] == "Three Pinocchios"
    assert claim["prompt"] == ("How many Pinocchios does the fact-check give Dana Velloway's claim that 80 percent of "
                               "the harbour fund was spent?")
    assert claim["choices"] == ["One Pinocchio", "Two Pinocchios", "Three Pinocchios", "Four Pinocchios"]
    assert "Three Pinocchios" in claim["quote"]
    assert "Dana Velloway" in claim["tags"]
    # no copy of the headline asked true beside it
    assert not any(q["type"] == "true_false" and q["answer"] is True for q in drafted["questions"])


COLUMN = ("I have watched Pavel Dorn for twenty years, and I have seen him change his mind exactly once.\n\n"
          "Dorn turns 70 on Tuesday, and many in his party seem to be hoping for a late change of heart. I doubt "
          "it will come.\n\n"
          "I spent a week in Eastmark talking to the people who know him best, and I listened to his speeches.\n\n"
          "If elected, Dorn would be the oldest person to lead Valmora, topping Tomas Arkwright, who was 69 when he "
          "took office.\n")


def test_a_thesis_is_an_argument_not_a_fact():
    from trainer.draft.statements import thesis_statements

    found = analysis(COLUMN, " date 2025-10-16 Dorn at 70, just the way he is\n\n")
    theses = thesis_statements(found.body, found.lead[1], lambda a, b: frozenset(), "Dorn at 70, just the way he is",
                               found.names)
    # "would be the oldest" is a fact (a forecast's "would", no judgement): never "The author argues"
    assert not any("oldest" in str(t.fields) for t in theses)
    argued = analysis(COLUMN.replace("took office.\n", "took office. Expecting Dorn to change at 70 is a mistake "
                                     "his party should stop making.\n"),
                      " date 2025-10-16 Dorn at 70, just the way he is\n\n")
    theses = thesis_statements(argued.body, argued.lead[1], lambda a, b: frozenset(),
                               "Dorn at 70, just the way he is", argued.names)
    assert theses and "mistake" in theses[0].fields["statement"]
    assert theses[0].fields["statement"].startswith("The author argues")


def test_a_subheads_nation_is_the_country_the_headline_names():
    from trainer.draft.statements import the_nation_named

    assert the_nation_named("Nation shuffling top envoys and honing its rhetoric to defend image.",
                            "In shift, Valmora to stand up to Dorn") == "Nation shuffling top envoys and honing its " \
        "rhetoric to defend image."  # Valmora is no country the lexicon knows: unchanged
    assert the_nation_named("Nation shuffling top envoys and honing its rhetoric to defend image.",
                            "In shift, Mexico to stand up to Dorn") == \
        "Mexico is shuffling top envoys and honing its rhetoric to defend image."
    assert the_nation_named("The nation's envoys met on Monday.", "Mexican envoys meet") == \
        "Mexico's envoys met on Monday."
    assert the_nation_named("Nation shuffling top envoys.", "Mexico and Canada at odds") == "Nation shuffling top envoys."
    assert the_nation_named("National parks reopen.", "Mexico reopens parks") == "National parks reopen."
    body = ("In shift, Mexico to stand up to Dorn.\n\nNation shuffling top envoys and honing its rhetoric to defend its "
            "image.\n\n"
            "MEXICO CITY - The campaign of Pavel Dorn and the wave of anger he rides have alarmed the government of "
            "Mexico so much that it has replaced its ambassador in Valmora and, according to officials, adopted a new "
            "strategy to defend the image of Mexicans abroad, which officials say was long overdue and will take "
            "years to show results.\n\n"
            "Marta Ellison, a former envoy, said the change came late.\n")
    found = analysis(body, " date 2025-10-16 In shift, Mexico to stand up to Dorn\n\n")
    assert [c.fields.get("statement") for c in found.candidates if c.key[0] == "lead"] == [
        "Mexico is shuffling top envoys and honing its rhetoric to defend its image."]


def test_a_long_sentences_figure_is_asked_by_its_subjects_second_verb():
    from trainer.draft.clauses import fact_clause

    sentence = ('Dorn wrote in both listings he was "honored and humbled" to announce the sale of the old ferry and '
                'set the bidding to start at ___.')
    assert fact_clause(sentence, "___") == "Dorn set the bidding to start at ___."
    # no cut inside a quote, and no second verb: the old cut stands
    quoted = ('Dorn wrote in both listings that he was "honored and humbled to announce the sale of the old ferry '
              'and set the bidding to start at ___."')
    assert fact_clause(quoted, "___") != 'Dorn set the bidding to start at ___."'
    assert fact_clause("The short sentence set the bidding at ___.", "___") == "The short sentence set the bidding at ___."


FERRY = ("Pavel Dorn tried a second time on Thursday to auction off the old Valmora ferry, but both auction websites "
         "pulled the listing before bidding was to begin.\n\n"
         "Dorn wrote in both listings he was \"honored and humbled\" to announce the sale of the old ferry and set the "
         "bidding to start at $5,000. Marta Ellison, the harbour master, said the ferry was unsafe.\n")


def test_the_opening_bid_is_asked_not_lost_to_a_cut(tmp_path: Path):
    drafted = deck(tmp_path, FERRY, "Ferry auction quashed again")
    asked = [q for q in drafted["questions"] if q["type"] == "number"]
    assert asked and asked[0]["answer"] == 5000 and "…" not in asked[0]["prompt"]


def test_a_ranging_from_tail_is_cut_whole_and_its_ends_make_no_split():
    from trainer.draft.build import minority_half
    from trainer.draft.clauses import fact_clause

    sentence = ("The Valmora Times poll finds Pavel Dorn supported by an average of ___ across all provinces, ranging "
                "from a low of 4 percent in Eastmark to a high of 25 percent in Northdale, where he was governor.")
    assert fact_clause(sentence, "___") == \
        "The Valmora Times poll finds Pavel Dorn supported by an average of ___ across all provinces"
    found = analysis("The Valmora Times poll finds Pavel Dorn supported by an average of 13 percent across all "
                     "provinces, ranging from a low of 4 percent in Eastmark to a high of 25 percent in Northdale.\n")
    figures = sorted(found.figures, key=lambda f: f.start)
    average = next(f for f in figures if f.value == 13)
    assert not minority_half(found.body, average, figures, [f.start for f in figures])  # the range's high end


def test_a_banknote_is_no_figure_and_an_adjective_is_no_second_verb():
    from trainer.draft.clauses import fact_clause

    found = analysis("Pavel Dorn's face was printed on a giant $100 bill at the rally, and his campaign spent "
                     "$2 million on the event.\n")
    assert [f.value for f in found.figures] == [2000000.0]
    clause = fact_clause("Ellison has taken a confusing and conflicted stance on the harbour, but she has said that "
                         "she supports a ___ fee nationally but supports towns that go higher.", "___")
    assert not clause.startswith("Ellison conflicted")



RALLIES = ("A win in Eastmark could help Pavel Dorn make his case against Marta Ellison before the party's convention, "
           "his aides said on Thursday.\n\n"
           "In May, Dorn's more than two dozen rallies in the province drew more than 160,000 people.\n\n"
           "Ellison leads Dorn in Eastmark by about 6 points, a poll by the Valmora Times found. Dorn said he would "
           "campaign in every town until the vote.\n")


def test_a_crowds_size_is_no_question_not_even_the_claims(tmp_path: Path):
    from trainer.draft.build import side_figure

    found = analysis(RALLIES)
    crowd = next(f for f in found.figures if f.value == 160000)
    assert side_figure(found.body, found.names, crowd) == "the size of a crowd (colour, not the news)"
    drafted = deck(tmp_path, RALLIES, "Eastmark win could help Dorn make case against Ellison")
    assert not any(q.get("answer") == 160000 for q in drafted["questions"])
    assert not any("160,000" in q.get("statement", "") for q in drafted["questions"])


def test_the_ends_of_a_figures_spread_make_no_list():
    from trainer.draft.build import lead_end, side_detail

    body = ("Third-party candidates Pavel Dorn and Marta Ellison are positioned to garner significant support across "
            "Valmora, a new poll found on Tuesday.\n\n"
            "Dorn and Ellison held rallies in Eastmark.\n\n"
            "The Valmora Times poll finds Pavel Dorn supported by an average of 13 percent across all provinces, "
            "ranging from a low of 4 percent in Eastmark to a high of 25 percent in Northdale, where Dorn was governor "
            "for 8 years.\n")
    found = analysis(body)
    average = next(c for c in found.candidates if c.fields["type"] == "number" and c.fields["answer"] == 13)
    lead = lead_end(found.body, found.article.title)
    assert side_detail(found, average, lead) != "one of a list"


def test_a_headline_claim_spells_out_its_headlinese():
    from trainer.draft.statements import spelled_out

    assert spelled_out("Calif. win could help Pavel Dorn make case vs. Marta Ellison.") == \
        "California win could help Pavel Dorn make case against Marta Ellison."
    assert spelled_out("Dems hope Pavel Dorn's gaffes will help them win in Pa.") == \
        "Democrats hope Pavel Dorn's gaffes will help them win in Pennsylvania."
    assert spelled_out("Dorn visits Washington, D.C.") == "Dorn visits Washington, D.C."  # no such abbreviation
    assert spelled_out("Dempsey wins.") == "Dempsey wins."  # whole words only


def test_the_headline_claim_asked_is_spelled_out(tmp_path: Path):
    drafted = deck(tmp_path, RALLIES, "Eastmark win could help Dorn make case vs. Ellison")
    statements = [q["statement"] for q in drafted["questions"] if q["type"] == "true_false"]
    assert statements and not any(" vs. " in s for s in statements)
