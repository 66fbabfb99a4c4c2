"""Issue 10, round 21 (facts): the main claim as a clean false variant (a direction word with one clear opposite
turned, its explanation saying what is true), trivial figures asked as context, units. Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.unit.drafting import deck
from trainer.draft.claim import clean_flip

MILITARY = ("Valmora pledged on Tuesday to expand its armed forces by adding soldiers and buying new ships, a step "
            "its allies in the north had long demanded.\n\n"
            "The defence minister, Pavel Dorn, said the budget would grow every year until 2030. Critics in the "
            "opposition said the plan was too costly.\n\n"
            "\"We have waited for this for a decade,\" said Marta Ellison, an analyst in Eastmark.\n")


def _claim(drafted: dict) -> dict:
    return drafted["questions"][0]


def test_the_headline_claim_is_asked_as_a_clean_false_variant(tmp_path: Path):
    claim = _claim(deck(tmp_path, MILITARY, "Valmora Pledges To Expand Its Military"))
    assert claim["type"] == "true_false"
    assert claim["answer"] is False
    assert claim["statement"] == "Valmora pledges to shrink its military."
    # the explanation says what is true
    assert "Valmora pledges to expand its military." in claim["explain"]
    assert "“expand” here, not “shrink”" in claim["explain"]


def test_a_flip_only_by_a_word_with_one_clear_opposite():
    assert clean_flip("Valmora pledges to expand its military.") == (
        "Valmora pledges to shrink its military.", "expand", "shrink")
    assert clean_flip("Pavel Dorn backs a no-fly zone over Eastmark.")[0] == "Pavel Dorn opposes a no-fly zone over Eastmark."
    assert clean_flip("Pavel Dorn got more votes in Eastmark than Marta Ellison.")[0] == \
        "Pavel Dorn got fewer votes in Eastmark than Marta Ellison."
    assert clean_flip("Pavel Dorn praises Marta Ellison.") is None  # a judging word: absurd turned (round 12)
    assert clean_flip("Pavel Dorn laid off more than 200 staffers.") is None  # "more than" is a qualifier
    assert clean_flip("Pavel Dorn does not expand the program.") is None  # negated
    assert clean_flip("Pavel Dorn: 'We are going to win so much.'") is None  # the speaker's own words
    assert clean_flip("The first woman to win the Valmora primary speaks.") is None  # a record
    # the article says both: a false form the article may bear out is no false form
    assert clean_flip("Valmora's exports rose in May.", "Exports rose in May and fell in June.") is None
    # a long claim is no short claim to turn (round 12: a flip inside a long sentence reads as a trick)
    assert clean_flip("Valmora's council voted on Tuesday to expand the old harbour, a decision that pleased the "
                      "fishing families who work its docks.") is None


def test_a_claim_without_a_clean_flip_stays_true(tmp_path: Path):
    claim = _claim(deck(tmp_path, MILITARY.replace("expand", "reshape"), "Valmora Pledges To Reshape Its Military"))
    assert claim["type"] == "true_false" and claim["answer"] is True


def test_no_flip_of_a_noun_after_a_possessive():
    assert clean_flip("Marta Ellison’s wins Tuesday in Eastmark and Northdale.") is None


POLL = ("A Valmora Times poll found that Pavel Dorn was chosen by 37% of likely voters, Marta Ellison by 30% and "
        "Tomas Arkwright by 16%.\n\n"
        "Arkwright, the former mayor, has spent $102 million of his own money on the race. Only 19% of voters said "
        "they knew his plans.\n\n"
        "\"The numbers are what they are,\" said Lena Marsh, who runs the poll.\n")


def test_the_leads_figure_swapped_goes_before_the_headline_copied_as_true(tmp_path: Path):
    claim = _claim(deck(tmp_path, POLL, "Bleak Outlook For Arkwright; Chances Of Former Mayor Winning Are Small"))
    assert claim["type"] == "true_false" and claim["answer"] is False
    assert "poll found that Pavel Dorn was chosen by" in claim["statement"]
    assert "37%" not in claim["statement"]
    assert "The article says “37%” here" in claim["explain"]


def test_a_long_claim_asked_true_is_cut_to_its_main_clause():
    from trainer.draft.claim import main_clause

    assert main_clause("To stop Pavel Dorn, the Harbour Party establishment is working around the clock to paint "
                       "Pavel Dorn as just another career politician who follows the political winds and not core "
                       "principles.") == ("The Harbour Party establishment is working around the clock to paint "
                                          "Pavel Dorn as just another career politician.")
    assert main_clause("The Valmora nominating contest has become a discussion about momentum, not mathematics, and "
                       "the numbers tell a story that favors Dorn over Ellison by a wide margin.") == \
        "The Valmora nominating contest has become a discussion about momentum, not mathematics."
    # a cut that drops the headline's point is not made ("who have slammed Dorn" under "... slams Dorn")
    long = ("Lena Marsh has joined a growing list of world leaders from the north and the south who have slammed "
            "Valmora presidential hopeful Pavel Dorn.")
    assert main_clause(long, {"slam", "dorn", "marsh"}) == long
    # an opening phrase is cut only before a subject with its verb, never to "Libya, on Sept. 11, ..."
    opening = ("Even as raiders attacked a Valmora compound in Eastmark, Northdale, on Sept. 11, 2012, the Harbour "
               "Party-run ministry was told that ships were ready to sail.")
    assert not main_clause(opening).startswith("Northdale")
    # an opinion piece's claim keeps its "The author argues that"
    assert main_clause("The author argues that a push to limit harbour fees failed, and traders sold their catch "
                       "openly in Eastmark outside the council building with no problems.") == \
        "The author argues that a push to limit harbour fees failed."
    # a short claim stays as it is
    assert main_clause("Pavel Dorn won the Valmora primary.") == "Pavel Dorn won the Valmora primary."


# --- trivial figures: context, not the news ----------------------------------------------------------------------

CONTEXT = ("Pavel Dorn set the bidding for the old harbour bell to start at $5,000. Similar bells normally sell for "
           "around $200.\n\n"
           "Valmora's jobless rate dipped to 4.9 percent in January. The rate was at 7.8 percent when Dorn took office "
           "in 2009 and peaked at 10 percent in October of that year.\n\n"
           "A new poll finds Dorn with a small lead over Marta Ellison, 46 to 44 percent. Ellison holds a 4-point edge "
           "with men, and Dorn leads by 7 points among female voters.\n\n"
           "Harbour Party rules allow for minority reports at the request of 25% of members on the platform "
           "committee.\n\n"
           "Around 30 to 70 people would show up to each of Dorn's events, an aide said.\n")


def _side(found, words: str):
    from trainer.draft.build import side_figure

    figure = next(f for f in found.figures if found.body.norm[f.value_start:f.end] == words)
    return side_figure(found.body, found.names, figure)


def test_a_figure_of_context_is_not_asked():
    from tests.unit.drafting import analysis

    found = analysis(CONTEXT)
    assert _side(found, "$200") == "context, not the news: a usual price, a past peak, a figure compared with"
    assert _side(found, "10 percent") == "context, not the news: a usual price, a past peak, a figure compared with"
    assert _side(found, "7.8 percent") == "context, not the news: a usual price, a past peak, a figure compared with"
    assert _side(found, "7") == "one subgroup's share or margin in a poll (a crosstab)"
    assert _side(found, "25%") == "a procedural threshold (the share a rule asks for)"
    # the news stays
    assert _side(found, "$5,000") is None
    assert _side(found, "4.9 percent") is None
    assert _side(found, "46") is None


def test_half_a_rough_range_is_not_asked():
    from tests.unit.drafting import analysis
    from trainer.draft.build import range_bound

    found = analysis(CONTEXT)
    seventy = [c for c in found.candidates if c.fields["type"] == "number" and c.fields["answer"] == 70]
    assert all(range_bound(c) for c in seventy)
    assert not range_bound(next(c for c in found.candidates if c.fields["type"] == "number"
                                and c.fields["answer"] == 4.9))


def test_until_next_year_is_no_date_question():
    from tests.unit.drafting import analysis
    from trainer.draft.build import lead_end, side_date

    body = ("The Valmora senate confirmed Pavel Dorn as a judge on Tuesday, its first confirmation this year.\n\n"
            "But if confirmations do hit a wall until 2026, or come close to it, it is not just Pavel Dorn's problem. "
            "The court in Eastmark has had one judge since 2019.\n")
    found = analysis(body)
    year = next(c for c in found.candidates if c.fields["type"] == "date" and c.fields["answer"] == "2026")
    assert side_date(year, found, lead_end(found.body, found.article.title))
    later = analysis(body.replace("2026", "2028"))  # a year further on is no "next year" filler
    year = next(c for c in later.candidates if c.fields["type"] == "date" and c.fields["answer"] == "2028")
    assert not side_date(year, later, lead_end(later.body, later.article.title))


# --- units: the noun the figure counts ------------------------------------------------------------------------------

def test_a_figure_counts_its_own_noun_not_a_nearby_span_of_years():
    from tests.unit.drafting import analysis

    found = analysis("May 4 marked 101 years since the start of the Valmora famine, when about 1.5 million Eastmarkers, "
                     "Northdalers and others died.\n\n"
                     "The 2 million Valmorans who left never came back. The war lasted 8 years, and 3 million fled.\n")
    units = {found.body.norm[f.value_start:f.end]: f.unit for f in found.figures}
    assert units["101"] == "years"
    assert units["1.5 million"] == "people"  # a list of peoples: all of them
    assert units["2 million"] == "Valmorans"
    assert units["3 million"] != "years"  # a figure in millions borrows no span of time


# --- a thin deck: the headline's claim alone gets the figure its opening turns on ---------------------------------

ECONOMY = ("The Eastmark Gulls have not played yet, but President Pavel Dorn is already dancing in the end zone.\n\n"
           "Dorn on Friday held a press briefing to brag that the Valmora unemployment rate has fallen below 5 percent "
           "for the first time in eight years and to rail against the Harbour Party for its doom and despair.\n\n"
           "\"I know that is inconvenient for Harbour Party speeches. I guess you cannot please everybody,\" Dorn told "
           "reporters.\n\n"
           "Unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during the month, "
           "Dorn said.\n")
ECONOMY_TITLE = "Dorn Slams Harbour Party's 'Doom And Despair' On Economy"


def test_a_decimal_figure_the_lead_rounds_is_the_news(tmp_path: Path):
    drafted = deck(tmp_path, ECONOMY, ECONOMY_TITLE)
    assert [q["answer"] for q in drafted["questions"] if q["type"] == "number"] == [4.9]
    # without the lead's "below 5 percent", a decimal past the lead is still a side point
    side = deck(tmp_path, ECONOMY.replace("has fallen below 5 percent", "has fallen"), ECONOMY_TITLE)
    assert [q["answer"] for q in side["questions"] if q["type"] == "number"] == []


def test_a_lone_claim_gets_the_figure_its_proof_holds():
    import dataclasses

    from tests.unit.drafting import analysis
    from trainer.draft.build import is_main_claim, with_a_figure_beside_a_lone_claim

    found = analysis(ECONOMY, header=f" date 2025-10-16 {ECONOMY_TITLE}\n\n")
    claim = next(c for c in found.candidates if is_main_claim(c))
    figure = next(c for c in found.candidates if c.fields["type"] == "number" and c.fields["answer"] == 4.9)
    claim = dataclasses.replace(claim, reveals=frozenset({figure.key}))  # the figure left out as the claim's proof
    kept = with_a_figure_beside_a_lone_claim(found, [claim], 0.6, {claim.key, figure.key})
    assert [c.fields["type"] for c in kept] == ["true_false", "number"]
    # a figure asked in another article of the deck (not this claim's proof) is not asked again
    claim = dataclasses.replace(claim, reveals=frozenset())
    assert with_a_figure_beside_a_lone_claim(found, [claim], 0.6, {claim.key, figure.key}) == [claim]


# --- figure prompts: no padding, quotes closed --------------------------------------------------------------------

def test_a_figure_prompt_drops_who_ran_the_poll_and_closes_its_quote():
    from trainer.draft.build import tidy_prompt
    from trainer.draft.questions import Candidate

    def tidied(prompt: str) -> str:
        candidate = Candidate("figure", 0.8, 0, ("number", 46.0, "%"),
                              {"type": "number", "prompt": f"Fill in the percentage: {prompt}", "answer": 46,
                               "quote": prompt.replace("___", "46")})
        return tidy_prompt(candidate).fields["prompt"].split(": ", 1)[1]

    assert tidied("The survey, conducted by the Valmora Policy Institute, finds Pavel Dorn with a small lead over "
                  "Marta Ellison, ___ to 44 percent") == \
        "The survey finds Pavel Dorn with a small lead over Marta Ellison, ___ to 44 percent"
    assert tidied('Pavel Dorn laid off more than ___ staffers and began talking about what will happen "if we do '
                  'not win.') == 'Pavel Dorn laid off more than ___ staffers and began talking about what will ' \
                                 'happen "if we do not win."'
    assert tidied('Pavel Dorn said "we will win" with ___ of the vote.') == \
        'Pavel Dorn said "we will win" with ___ of the vote.'
