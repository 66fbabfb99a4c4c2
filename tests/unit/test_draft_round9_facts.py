"""Issue 10, round 9 (facts): the lead's claim in every deck, explanations about the question's own fact, the
point of a split, background figures, people named rather than described, prompts without dangling words.
Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck
from trainer.draft.statements import claim_text


def _claims(drafted: dict) -> list[dict]:
    return [q for q in drafted["questions"] if "main claim" in q.get("explain", "")
            or "main argument" in q.get("explain", "")]


# --- 1. every deck asks the lead's claim ---------------------------------------------------------------------

SCENE_LEAD = (
    "It was less than four years ago that Tomas Brel, who is weighing a run for governor, said it was \"unthinkable\" "
    "for him or any outsider to win the Valmora governorship.\n\n"
    "A new statewide survey suggests that the former port commissioner may have been right the first time and that "
    "his bid could reshape the race.\n\n"
    "A Harbour Times/Lakeside College poll found that in a hypothetical race with Ilse Vardan as the Unity nominee "
    "and Marek Osten leading the Labour ticket, Vardan was chosen by 38% of likely voters, Osten by 29% and Brel "
    "by 15%.\n\n"
    "Without Brel in the race, Vardan and Osten were level at 45% to 44%, within the survey's margin of error.\n\n"
    "\"I have never seen a field this unsettled,\" said Ada Korvin, a professor of politics at Lakeside College who "
    "studies third-party bids.\n\n"
    "Brel has spent $80 million of his own money on past races, and he says he will decide by March.\n"
)


def test_a_lead_that_sets_a_scene_still_gives_the_deck_its_claim(tmp_path, monkeypatch):
    from trainer.draft import statements

    monkeypatch.setattr(statements, "headline_statement", lambda *_: None)  # the lead's claim, as before round 15
    drafted = deck(tmp_path, SCENE_LEAD, "Bleak outlook for a Brel run; chances of former commissioner are small, poll says")
    claims = _claims(drafted)
    assert len(claims) == 1
    claim = claims[0]
    assert "38%" in claim["quote"]  # the poll the headline is about, not the old quote of the scene


def test_a_finding_loses_its_long_opening_phrase_not_its_verb():
    sentence = ("A Harbour Times/Lakeside College poll found that in a hypothetical race with Ilse Vardan as the Unity "
                "nominee and Marek Osten leading the Labour ticket, Vardan was chosen by 38% of likely voters, Osten "
                "by 29% and Brel by 15%.")
    assert claim_text(sentence) == ("A Harbour Times/Lakeside College poll found that Vardan was chosen by 38% of "
                                    "likely voters, Osten by 29% and Brel by 15%.")
    # an opening phrase that names the poll's voters or a place stays: the figure holds there only
    kept = ("The Harbour Times poll of the region found that among likely voters in the northern districts who said "
            "they had already decided, Vardan was chosen by 38% of them and Osten by 29% of them in the end.")
    assert "among likely voters" in claim_text(kept)


def test_a_claim_loses_a_comment_that_only_weighs_its_clause():
    assert claim_text("The jobless rate in Varne ticked down to 5 percent, and, perhaps most important, average "
                      "hourly pay rose 0.4 percent.") == ("The jobless rate in Varne ticked down to 5 percent, and "
                                                          "average hourly pay rose 0.4 percent.")


def test_a_long_lead_loses_the_description_beside_its_subject_and_its_closing_rating():
    sentence = ("The Orlan family, a dynasty that ran the Valmora Unity Party for decades, clashed on Monday with the "
                "loud new face of the party, Ilse Vardan, in one of the most bitter collisions of the primary so far.")
    assert claim_text(sentence) == ("The Orlan family clashed on Monday with the loud new face of the party, "
                                    "Ilse Vardan.")


BODY_ONLY_CLAIM = (
    "It was a cold night when he first said it.\n\n"
    "Shipping through the port of Dunmore fell by 14% last year, the harbour board said.\n\n"
    "Closing the Dunmore coal plant will cut the town's carbon output by 35%, the Dunmore council said on Tuesday.\n\n"
    "The plant's owner, Orlan Energy, said it would appeal.\n\n"
    "Orlan said the plant employs 400 people.\n\n"
    "Closing the Varne coal plant in 2019 cut that town's carbon output by 22%, the Varne council said.\n"
)


def test_the_stand_in_claim_is_the_fact_near_the_lead_that_says_what_the_headline_says():
    from trainer.draft.build import is_main_claim, with_a_stand_in_claim

    found = analysis(BODY_ONLY_CLAIM, " date 2025-10-16 Dunmore council pays to close its coal plant\n\n")
    figures = [c for c in found.candidates if c.fields["type"] == "number"]
    assert len(figures) >= 2
    kept = with_a_stand_in_claim(found, figures, 0.6, set())
    claims = [c for c in kept if is_main_claim(c)]
    assert len(claims) == 1 and "Dunmore council" in claims[0].fields["quote"]
    assert len(kept) == len(figures)  # the figure is asked once, as the claim
    far = [c for c in figures if "Varne" in c.fields["quote"]]  # beyond the window: never the claim
    assert far
    assert not any(is_main_claim(c) and "Varne" in c.fields["quote"]
                   for c in with_a_stand_in_claim(found, far, 0.6, set()))


# --- 1b. a letters page's opening is its writer's -----------------------------------------------------------------

LETTERS = (
    "LETTERS.\n\n"
    "Ilse Vardan and Marek Osten are both reformers at heart. Their plans for the harbour are closely aligned.\n\n"
    "But only one of them has refused money from the shipping lobby, and that is the choice voters face.\n\n"
    "Jonas K. Pell.\n\n"
    "Varne, Valmora.\n\n"
    "Osten has run the most disciplined campaign of anyone in the field this year, and it shows.\n\n"
    "Rika Tamm.\n\n"
    "Dunmore, Valmora.\n"
)


def test_a_letters_pages_first_line_is_asked_as_its_writers_view(tmp_path):
    drafted = deck(tmp_path, LETTERS, "Readers size up Vardan and Osten")
    claims = _claims(drafted)
    assert claims and claims[0]["statement"].startswith("Jonas K. Pell argues that ")
    assert "Vardan and Marek Osten are both reformers" in claims[0]["statement"]


def test_an_article_without_a_letters_label_has_no_writer():
    from trainer.draft.statements import letter_writer

    found = analysis(LETTERS.replace("LETTERS.\n\n", "The harbour vote nears, and the race is close.\n\n"))
    assert letter_writer(found.body, found.lead[0]) is None


# --- 2. explanations about the question's own fact ----------------------------------------------------------------

EXPLAINED = (
    "A Harbour Times poll of Valmora voters finds a generation split on energy and guns.\n\n"
    "By a wide 80%-10%, those surveyed say Valmora should move to wind power by 2030. There is no party divide "
    "on gun checks: 89% of young Unity voters and 83% of young Labour voters back universal checks. Gun checks "
    "became universal law in the neighbouring state of Orlan in 2019, after a school shooting.\n"
)


def test_an_explanation_is_the_neighbour_about_the_same_fact_not_the_next_sentence(tmp_path):
    drafted = deck(tmp_path, EXPLAINED, "Energy and guns top young Valmora voters' agenda")
    figure = next(q for q in drafted["questions"] if q["type"] == "number" and q["answer"] == 89)
    assert "wind power" not in figure["explain"]  # the sentence before is about energy, not guns
    assert "Orlan" in figure["explain"]  # the one after is about gun checks


def test_related_needs_a_name_or_a_word_beyond_the_headlines():
    from trainer.draft.build import related

    own = "There is no party divide on gun checks: 89% of young Unity voters back universal checks."
    assert related("By a wide 80%-10%, those surveyed say Valmora should move to wind power by 2030.", own) == 0
    assert related("Universal gun checks became law in Orlan in 2019, after a school shooting.", own) > 0
    # the headline's own words are the whole article's: they tie nothing together
    assert related("Young voters in Valmora flock to Ilse Vardan.", "Young voters in Valmora back checks.",
                   "Young Valmora voters") == 0


def test_the_sentence_that_goes_on_about_a_figure_explains_it(tmp_path):
    body = ("The Varne harbour board has raised $56 million for the new quay, its chair Ilse Vardan said on Monday.\n\n"
            "The Varne harbour board has collected roughly $41 million so far, said Marek Osten, its treasurer. That "
            "puts the fund about $9 million short of the $50 million goal it set for the work next spring.\n")
    from trainer.draft.build import explanation

    found = analysis(body, " date 2025-10-16 Varne harbour races to fund its quay\n\n")
    figure = next(c for c in found.candidates if c.fields["type"] == "number" and c.key[1] == 41e6)
    assert "That puts the fund" in explanation(found, figure)


def test_a_phrase_after_a_name_is_no_description_in_an_explanation(tmp_path):
    from trainer.draft.build import _NOT_A_DESCRIPTION

    assert _NOT_A_DESCRIPTION.match("in one of the most powerful collisions of the campaign so far")
    assert not _NOT_A_DESCRIPTION.match("an IT professional from Varne")


# --- 3. figures: the point of a split, the article's own poll, people named, clean prompts ------------------------

SPLITS = (
    "A new Harbour Times poll of Valmora voters shows deep splits on the harbour and on troops.\n\n"
    "On the harbour, 47% say the state should sell it to a private fund; 37% disagree.\n\n"
    "Men under 35 back Ilse Vardan by 4 percentage points. Women back her by 19 percentage points.\n\n"
    "Vardan is backed by 34% of Unity voters in the RealClearPolitics average of recent national surveys.\n\n"
    "But Sen. Marek Osten, the oldest candidate, has won over the young. The 68-year-old Labour veteran from the Lake "
    "Country leads Vardan, 51%-35%, among voters under 30.\n"
)


def test_the_minority_half_of_a_split_is_not_asked_and_its_larger_side_is():
    found = analysis(SPLITS, " date 2025-10-16 Poll shows Valmora split on the harbour\n\n")
    askable = {f.value for f in found.askable_figures}
    assert 47 in askable and 37 not in askable  # "37% disagree" is the minority half
    assert 19 in askable and 4 not in askable  # men's 4 points beside women's 19 in the next short sentence
    assert 51 in askable


def test_a_change_from_one_figure_to_another_is_no_split():
    found = analysis("A new poll shows support for the harbour sale fell from 58% to 41% in a year, the "
                     "Harbour Times found.\n\n")
    assert 41 in {f.value for f in found.askable_figures}


def test_another_polls_average_is_trivial_beside_the_articles_own_poll():
    found = analysis(SPLITS, " date 2025-10-16 Poll shows Valmora split on the harbour\n\n")
    assert 34 not in {f.value for f in found.askable_figures}
    # without a poll of its own, an average is the article's figure
    other = analysis("Vardan's campaign has raised money across the state this year.\n\n"
                     "Vardan is backed by 34% of Unity voters in the RealClearPolitics average of recent surveys.\n")
    assert 34 in {f.value for f in other.askable_figures}


def test_a_person_described_in_a_prompt_is_named_from_the_sentence_before():
    found = analysis(SPLITS, " date 2025-10-16 Poll shows Valmora split on the harbour\n\n")
    prompts = [c.fields["prompt"] for c in found.candidates if c.fields["type"] == "number" and c.fields["answer"] == 51]
    assert prompts and all(": Marek Osten leads Ilse Vardan" in p or ": Marek Osten leads Vardan" in p for p in prompts)


def test_a_long_lead_is_cut_before_in_which_the_latest_and_each_doing():
    from trainer.draft.claim import restate

    names = analysis("Ilse Vardan grilled Tomas Brel. Marek Osten agreed.\n\n").names
    assert restate("Ilse Vardan grilled harbour chief Tomas Brel on Tuesday for his part in a long scheme in which "
                   "hundreds of clerks sold more than two million harbour permits to firms that never used them.",
                   names) == "Ilse Vardan grilled harbour chief Tomas Brel on Tuesday for his part in a long scheme."
    assert restate("Ilse Vardan and Marek Osten vied for the title of harbour chief on Wednesday, each touting their "
                   "own record and saying the other lacks the judgment and the temper to run the port.",
                   names) == "Ilse Vardan and Marek Osten vied for the title of harbour chief on Wednesday."
    assert restate("Tomas Brel is endorsing Ilse Vardan's campaign for governor, the latest turn in a rocky bond "
                   "between the two that has swung from warm praise to bitter insults to, now, a truce.",
                   names) == "Tomas Brel is endorsing Ilse Vardan's campaign for governor."


def test_prompts_lose_a_dangling_one_an_even_so_and_a_title_case_dateline():
    from trainer.draft.build import _DANGLING_APPOSITIVE
    from trainer.draft.claim import restate, _DATELINE

    assert _DANGLING_APPOSITIVE.search("... have a dominant presence in South Varne, one")
    names = analysis("Ilse Vardan leads.\n\n").names
    assert restate("Even so, voters under 35 have a party tilt: 41% back Unity, 28% back Labour.",
                   names).startswith("Voters under 35 have")
    assert _DATELINE.sub("", "Varne (AFP) – Ilse Vardan will lead a push to sell the harbour.", count=1) \
        .startswith("Ilse Vardan")
    assert _DATELINE.sub("", "Vardan – the favourite – will lead a push.", count=1).startswith("Vardan –")


def test_no_absurd_twist_of_a_record_and_no_figure_swap_under_a_size_word():
    from trainer.draft.claim import direction_swap

    assert direction_swap("Ilse Vardan on Tuesday became the first woman to win the Unity nomination.") is None
    found = analysis("A Harbour Times poll finds young voters want the harbour kept.\n\n"
                     "By a lopsided 82%-12%, young voters oppose selling the Valmora harbour to a fund.\n\n"
                     "Some 41% of them back Ilse Vardan for governor this year.\n")
    from tests.unit.drafting import false_statements

    assert not any("lopsided 41%" in s for s in false_statements(found))


def test_a_lead_is_made_false_by_swapping_two_people_it_gives_different_parts():
    from trainer.draft.statements import _name_swap

    names = analysis("Ilse Vardan and Marek Osten met Tomas Brel in Varne, and Vardan thanked Osten.\n\n"
                     "Vardan said: \"We are one party.\" Osten said: \"We are.\" Brel said: \"Good.\"\n").names
    swapped = _name_swap("Tomas Brel worked to unite the party behind Ilse Vardan and draw in Marek Osten's voters.",
                         names)
    assert swapped is not None
    assert swapped[0] == "Tomas Brel worked to unite the party behind Marek Osten and draw in Ilse Vardan's voters."
    # joined as one subject, they swap into the same claim; a surname alone ("The Brel family") is no person to swap
    assert _name_swap("Ilse Vardan and Marek Osten hold narrow leads in Varne.", names) is None
    assert _name_swap("The Brel family clashed with the new face of the party, Ilse Vardan.", names) is None
    # a relation that holds both ways stays true swapped
    assert _name_swap("Ilse Vardan met with Tomas Brel in Varne on Tuesday.", names) is None
    assert _name_swap("Ilse Vardan debated Tomas Brel in Varne on Tuesday.", names) is None
    assert _name_swap("Tomas Brel is endorsing Ilse Vardan's campaign for governor.", names)[0] == (
        "Ilse Vardan is endorsing Tomas Brel's campaign for governor.")


def test_a_figure_a_false_statement_swaps_in_is_not_asked_again():
    from trainer.draft.build import without_giveaways
    from trainer.draft.questions import Candidate
    from trainer.draft.statements import Statement

    statement = Statement("figure", 0.8, 0, ("number", 58.0, "%"),
                          {"type": "true_false", "statement": "58% of Varne voters back Vardan.", "answer": True},
                          {"type": "true_false", "statement": "82% of Varne voters back Vardan.", "answer": False})
    figure = Candidate("figure", 0.8, 100, ("number", 82.0, "%"),
                       {"type": "number", "prompt": "Fill in the percentage: ___ of Dunmore voters back Osten.",
                        "answer": 82})
    assert without_giveaways([statement, figure]) == [statement]
