"""Issue 10, round 23 (facts): headlinese left in the main claim (a participle without its "is", a given name
alone, a missing article), an article that drafted nothing, a long lead copied whole. Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.unit.drafting import deck


def _claims(drafted: dict) -> list[str]:
    return [q["statement"] for q in drafted["questions"] if q["type"] == "true_false"]


DORN = ("Three years ago, Pavel Dorn surged from obscurity to win a seat in the Valmora senate, using a hard-charging "
        "outsider strategy that few of his rivals took seriously.\n\n"
        "Now Pavel Dorn is channeling the same strategy in his race for governor, and he has deployed such a strategy "
        "in every province, his advisers said on Monday.\n\n"
        "\"We will win every province the same way,\" Pavel Dorn told supporters in the capital on Monday.\n")


def test_a_headline_participle_after_a_name_gets_its_is_and_its_article(tmp_path: Path):
    drafted = deck(tmp_path, DORN, "Pavel Dorn channeling strategy he used in 2012")
    assert "Pavel Dorn is channeling the strategy he used in 2012." in _claims(drafted)


def test_a_name_ending_in_s_is_one_person_is_not_are(tmp_path: Path):
    body = DORN.replace("Pavel Dorn", "Pavel Sanders")
    drafted = deck(tmp_path, body, "Pavel Sanders channeling strategy he used in 2012")
    assert "Pavel Sanders is channeling the strategy he used in 2012." in _claims(drafted)


def test_no_is_before_an_ing_noun():
    from trainer.draft.claim import _named_participle

    assert _named_participle("Pavel Dorn spending plan passes the senate".split()) is None
    assert _named_participle("Pavel Dorn channeling strategy".split()) == 2
    assert _named_participle("Valmora council closing harbour".split()) is None  # "council": no name


def test_no_article_where_the_article_never_writes_one():
    from trainer.draft.claim import _with_article

    assert _with_article("strategy he used".split(), "such a strategy in every province") == \
        ["the", "strategy", "he", "used"]
    assert _with_article("strategy he used".split(), "strategy matters") == ["strategy", "he", "used"]
    assert _with_article("anger at rivals".split(), "the anger") == ["anger", "at", "rivals"]  # nothing defines it


AUCTION = ("George Dalworth tried a second time on Thursday to auction off the pistol he used to kill 17-year-old "
           "Tavon Marsh in Valmora in 2012, but both websites yanked the listing before the bidding began.\n\n"
           "Tavon's father said the sale was an insult to Tavon and his family. Dalworth said the pistol belonged in a museum.\n")


def test_a_given_name_alone_in_the_headline_is_written_in_full(tmp_path: Path):
    drafted = deck(tmp_path, AUCTION, "Dalworth auction of pistol used to kill Tavon yanked again by websites")
    claims = _claims(drafted)
    assert not any("Tavon " in c and "Tavon Marsh" not in c for c in claims)
    from trainer.draft.claim import _given_names_full
    from tests.unit.drafting import analysis

    names = analysis(AUCTION).names
    assert _given_names_full("The sale of the pistol that killed Tavon was stopped.", names, AUCTION) == \
        "The sale of the pistol that killed Tavon Marsh was stopped."
    # a word the article gives two different surnames is no one's given name; a capitalised common word never is
    two = AUCTION + "\nA 40-year-old Tavon Arkwright, a neighbour, agreed.\n"
    assert "Tavon Marsh" not in _given_names_full("The sale of the pistol that killed Tavon was stopped.", names, two)


RANKING = ("For all the candidates, all the debates and all the surprises, the race for the Valmora governorship in "
           "2026 has taken a clear shape over the past month or so.\n\n"
           "There is a three-candidate top tier that has separated itself from the rest of the field.\n\n"
           "Below are my rankings of the candidates who can still make a plausible case for the office. (By "
           "plausible, I mean that someone who is not related to them could hear the case and not laugh out loud.)\n\n"
           "3. Tomas Arkwright. The harbour union leader has a loyal base in the fishing towns but little money.\n\n"
           "2. Marta Ellison. The former mayor leads in the capital and has the most money of anyone in the race.\n\n"
           "1. Pavel Dorn. The senator is the most complete candidate in the field today.\n")


def test_a_ranking_column_still_asks_its_lead_claim(tmp_path: Path):
    # held27/05 drafted nothing: its long lead was set aside, and a bracketed aside taken for its thesis was refused
    drafted = deck(tmp_path, RANKING, "Three Valmora hopefuls who could still make a case")
    assert any("race for the Valmora governorship" in c and not c.startswith("For all") for c in _claims(drafted))


def test_a_bracketed_aside_is_no_thesis():
    from tests.unit.drafting import analysis

    found = analysis(RANKING, " date 2025-10-16 Three Valmora hopefuls who could still make a case\n\n")
    assert not any("plausible, I mean" in str(c.fields.get("statement", "")) for c in found.candidates)


def test_a_long_lead_loses_its_listed_concession():
    from trainer.draft.claim import main_clause

    long = RANKING.split("\n", 1)[0]
    assert main_clause(long) == ("The race for the Valmora governorship in 2026 has taken a clear shape over the past "
                                 "month or so.")
    despite = ("Despite the storm, the council of Valmora voted on Tuesday to close the old harbour that the fishing "
               "families have worked for generations.")
    assert main_clause(despite).startswith("The council of Valmora voted on Tuesday to close the old harbour")


def test_a_long_claim_loses_a_participle_tail_and_a_second_clause_on_a_pronoun():
    from trainer.draft.claim import main_clause

    called = ("Pavel Dorn's office slammed a lawsuit filed by a former harbour pilot alleging that Dorn broke the law "
              "with his port committee, calling it “meritless” and political.")
    assert main_clause(called) == ("Pavel Dorn's office slammed a lawsuit filed by a former harbour pilot alleging "
                                   "that Dorn broke the law with his port committee.")
    pronoun = ("The Valmora governor's race has become a contest about money, not ideas, and that's become a major "
               "problem for the front-runner Marta Ellison in the fishing towns.")
    assert main_clause(pronoun) == "The Valmora governor's race has become a contest about money, not ideas."
    experts = ("New sea walls along the eastern shore have only pushed the floods further north, and experts say it may "
               "be years before the harbour can be dredged again.")
    assert main_clause(experts) == "New sea walls along the eastern shore have only pushed the floods further north."
    # a short claim, and a tail that is no participle ("including"), stay as they are
    assert main_clause("Pavel Dorn won the vote, calling it a victory.") == "Pavel Dorn won the vote, calling it a victory."
    listed = ("The council closed the old harbour and the two ferry docks on the eastern shore of Valmora last year, "
              "including the pier that the fishing families had used for generations.")
    assert main_clause(listed) == listed


def test_a_capitalised_word_that_is_no_given_name_is_never_completed():
    from tests.unit.drafting import analysis
    from trainer.draft.claim import _given_names_full

    body = ("Judge Carl Reeves blocked the harbour law on Friday. The Cadillac tax on harbour pilots would also go, "
            "the Republican council said. The judge ruled for the pilots.\n")
    names = analysis(body).names
    for claim in ("Judge blocks Valmora's harbour law.", "The biggest blow to the harbour could come from pilots.",
                  "Republican rivals sense vulnerabilities."):
        assert _given_names_full(claim, names, body) == claim


def test_the_last_of_a_series_is_no_second_clause_to_cut():
    from trainer.draft.claim import main_clause

    series = ("The flood of the old harbour in 1983, the fire at the eastern docks of Valmora in 1996, and the storm of "
              "2001 all had one thing in common for the fishing families of the town.")
    assert main_clause(series) == series


def test_a_long_lead_on_a_nominee_not_named_gives_way_to_a_sentence_that_names_its_person(tmp_path: Path):
    body = ("The Republican presidential nominee has not stepped forward publicly to defend Pavel Dorn, and it is "
            "not clear whether Marta Ellison knew that Dorn's work for the harbour guild might have broken the "
            "rules.\n\n"
            "Pavel Dorn may stay on as campaign chairman for Marta Ellison, but the real power has shifted elsewhere.\n\n"
            "\"I will stay as long as I am useful,\" Pavel Dorn told reporters in the capital on Monday.\n")
    drafted = deck(tmp_path, body, "The unhappy campaign of Pavel Dorn")
    assert not any(c.startswith("The Republican presidential nominee") for c in _claims(drafted))


def test_a_given_name_completed_keeps_the_middle_initial(tmp_path: Path):
    body = ("Former governor George W. Dalworth campaigned for his brother Jeb Dalworth in Valmora on Monday, "
            "attacking Pavel Dorn as a harbour profiteer.\n\n"
            "\"My brother will fix the harbour,\" George W. Dalworth told the crowd. \"Pavel Dorn will sell it,\" he "
            "said. Pavel Dorn said the Dalworths had run the harbour into the ground.\n")
    drafted = deck(tmp_path, body, "Jeb Dalworth, helped by George, goes after Pavel Dorn")
    claims = _claims(drafted)
    assert not any("George Dalworth" in c for c in claims)
    assert any("George W. Dalworth" in c for c in claims)
