"""A drafted deck is not titled by its article's headline (issue 10).

The study screens show the deck's title above every question, and every drafted deck asks the headline's claim: a
deck titled "Norway Cuts Its Climate Pledge" answers its own "True or false: Norway cuts its climate pledge" in the
header. The title names who and what the headline is about and the article's date; the headline stays the source's
title (shown after answering, in the source view) and still names the deck's id, so a deck drafted again keeps its
scores.
"""

from __future__ import annotations

from trainer.draft.build import slug

from tests.unit.drafting import deck

LEAD = ("Norway will cut its pledge to the Green Climate Fund by a third, Finance Minister Anna Berg said on "
        "Thursday, a blow to the fund's plans for Africa.\n\n"
        "Berg spoke after meeting Swedish Finance Minister Erik Lund in Oslo. \"We cannot pay for every promise "
        "made in better years,\" Berg said.\n")


def test_the_title_names_the_headlines_entities_and_the_date_not_the_claim(tmp_path):
    drafted = deck(tmp_path, LEAD, title="Norway Cuts Its Climate Pledge")
    assert drafted["title"] == "Norway (2025-10-16)"
    assert "Cut" not in drafted["title"] and "Pledge" not in drafted["title"]
    assert drafted["sources"][0]["title"] == "Norway Cuts Its Climate Pledge"
    assert drafted["deck"] == slug("Norway Cuts Its Climate Pledge")


def test_a_person_the_headline_names_by_surname_is_named_in_full(tmp_path):
    drafted = deck(tmp_path, LEAD, title="Berg defends cut to climate fund")
    assert drafted["title"] == "Anna Berg (2025-10-16)"


def test_a_headline_that_names_no_one_gives_the_articles_date(tmp_path):
    drafted = deck(tmp_path, LEAD, title="A blow to the fund")
    assert drafted["title"] == "Article of 2025-10-16"


def test_a_capitalised_word_or_a_name_only_a_quote_holds_is_no_topic(tmp_path):
    body = LEAD + ("\"Once Fox made it an issue, everyone did,\" Lund said of the coverage.\n")
    drafted = deck(tmp_path, body, title="Finally, Once Fox Moves On Climate")
    assert drafted["title"] == "Article of 2025-10-16"


def test_a_word_of_a_persons_name_is_no_country(tmp_path):
    body = ("Mark Cuban said on Thursday that he would not run for office, ending weeks of talk.\n\n"
            "\"I have a business to run,\" Mark Cuban said in Dallas.\n")
    drafted = deck(tmp_path, body, title="Mark Cuban Says He Will Not Run")
    assert drafted["title"] == "Mark Cuban (2025-10-16)"
