"""Issue 10, round 20 (facts): trivial figures the judges deleted ("seven decades" on, one ad buy, a brand's revenue,
a figure an unnamed "I" relays), a headline title phrase taken for a claim. Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.unit.drafting import analysis, deck
from trainer.draft.build import side_figure
from trainer.draft.claim import askable

FIGURES = ("Seven decades on, it is remarkable how much Valmora still argues about the war, Pavel Dorn said.\n\n"
           "Marta Ellison's campaign launched a $1.5 million ad buy in Eastmark on Tuesday, her aides said.\n\n"
           "Dorn Apparel generated about $100 million in revenue last fiscal year, filings show.\n\n"
           "I saw in the news today that Pavel Dorn said his approval was 41 percent.\n\n"
           "\"I think the deficit is 12 percent,\" Tomas Arkwright said.\n\n"
           "The Valmora budget rose to $4.2 billion this year, Marta Ellison said.\n\n"
           "Pavel Dorn served seven years in the Valmora senate.\n")


def _why(found, words: str):
    figure = next(f for f in found.figures if found.body.norm[f.start:f.end].endswith(words))
    return side_figure(found.body, found.names, figure)


def test_trivial_side_figures_are_not_asked():
    found = analysis(FIGURES)
    assert _why(found, "Seven") == "a span of time since an event (a time-filler)"
    assert _why(found, "$1.5 million") == "the size of an ad buy or a brand's revenue (a side amount)"
    assert _why(found, "$100 million") == "the size of an ad buy or a brand's revenue (a side amount)"
    assert _why(found, "41 percent") == "a figure relayed by an unnamed 'I'"


def test_figures_of_the_story_stay():
    found = analysis(FIGURES)
    assert _why(found, "12 percent") is None  # the "I" is named by the attribution in the sentence
    assert _why(found, "$4.2 billion") is None
    assert _why(found, "seven") is None  # a term served, not a span since an event


def test_a_title_phrase_is_no_claim():
    assert not askable("Roasts and toasts for the passing of 2015.")
    assert askable("Black women of all ages sat together to celebrate the anniversary of Harbor Rock.")
    assert askable("Pavel Dorn wins the Valmora primary.")
    assert askable("The senator and his aides met in March.")
    assert askable("Pavel Dorn rallies and wins votes in Eastmark.")
    assert not askable("Let's save the speeches for later in the evening - and we're going to keep them brief.")
    assert not askable("Please take your seats.")


def test_a_title_phrase_is_not_the_decks_true_false(tmp_path: Path):
    body = ("ABSTRACT.\n\nRoasts and toasts for the passing of 2015.\n\nFULL TEXT.\n\n"
            "Dinner is about to begin. Please take your seats at the Valmora Club.\n\n"
            "Pavel Dorn, the chief executive of Dorn Apparel, said he would keep it classy this year.\n\n"
            "Marta Ellison, the head of the Eastmark Fund, sold 4,200 shares of Dorn Apparel in March.\n")
    drafted = deck(tmp_path, body, title="Roasts and toasts for 2015")
    statements = [q["statement"] for q in drafted["questions"] if q["type"] == "true_false"]
    assert "Roasts and toasts for the passing of 2015." not in statements


NAMESAKES = ("In 2008, Valmora Sen. Tomas Arkwright distanced himself from President Pavel L. Dorn because the outgoing "
             "president was unpopular. Dorn's approval rating dipped right before the election, a poll showed.\n\n"
             "In contrast, when Vice President Pavel K. Dorn ran in 1988, he stood beside then-president Marta "
             "Ellison as closely as possible. Ellison's approval average in 1988 was 53 percent, and Dorn won the "
             "election handily.\n")


def test_a_shared_surname_is_completed_to_the_one_the_article_means(tmp_path: Path):
    drafted = deck(tmp_path, NAMESAKES, title="Candidates and the president they follow")
    prompts = [q["prompt"] for q in drafted["questions"] if q["type"] == "number"]
    assert prompts and all("Pavel L. Dorn won" not in p for p in prompts)
    assert any("Pavel K. Dorn won" in p for p in prompts)


DONOR = ("Valmora donor Tomas Arkwright said on Friday he met presidential candidate Pavel Dorn this week and that the "
         "two men discussed the port treaty at the heart of his agenda.\n\n"
         "Arkwright called Dorn's standing in the crowded field unheard of.\n\n"
         "The latest Eastmark poll showed Pavel Dorn leading the field with support of 31 percent of Unity voters, "
         "followed by Eastmark Senator Marta Ellison at 17 percent, surgeon Omar Vale at 13 percent, Senator Lena Brandt at 8 percent and former Governor Ivo Kern at "
         "7 percent.\n")


def _share_questions(title: str, body: str) -> list:
    found = analysis(body, header=f" date 2025-10-16 {title}\n\n")
    return [c for c in found.candidates if c.fields["type"] in ("match", "order")]


def test_trailing_poll_shares_are_not_asked_beside_another_story():
    assert not _share_questions("Donor Arkwright and Dorn may be aligning on the port treaty", DONOR)


def test_poll_shares_stay_in_a_poll_story():
    poll = DONOR.replace("said on Friday he met", "said on Friday, as a new poll came out, that he met")
    assert _share_questions("Dorn leads the Unity field in a new poll", poll)


NICKNAME = ("Harbor takes bigger steps to thwart use for smuggling.\n\n"
            "For years, Harbor has positioned itself as an open port. Harbor said on Friday it had closed 400 "
            "accounts. Harbor added that it was reviewing others.\n\n"
            "Some smugglers half-jokingly call the docks ''Wilayat Harbor,'' Omar Vale, a port analyst, said.\n\n"
            "\"Harbor has ramped up its response significantly since June,\" said Omar Vale.\n")


def test_a_word_used_alone_long_before_a_nickname_is_not_completed_to_it(tmp_path: Path):
    from trainer.draft.claim import _full_names
    found = analysis(NICKNAME, header=" date 2025-10-16 Harbor takes bigger steps to thwart use for smuggling\n\n")
    assert _full_names("Harbor takes bigger steps to thwart use for smuggling.", found.names) \
        == "Harbor takes bigger steps to thwart use for smuggling."
    assert _full_names("Vale said the docks are open.", found.names) == "Omar Vale said the docks are open."


def test_that_year_is_named_by_the_year_before(tmp_path: Path):
    drafted = deck(tmp_path, NAMESAKES.replace("approval average in 1988 was", "approval average that year was"),
                   title="Candidates and the president they follow")
    prompts = [q["prompt"] for q in drafted["questions"] if q["type"] == "number"]
    assert any("Ellison's approval average in 1988 was ___" in p for p in prompts)
    assert not any("that year" in p for p in prompts)
