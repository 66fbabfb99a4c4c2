"""Issue 10, round 10 (facts): only the salient figures, "the article argues" only in opinion pieces, leads that
stand on their own, prompts cut nowhere, no giveaways across questions. Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck
from trainer.draft import build
from trainer.draft.build import MAX_FIGURES, NUMBER_EXTRA, side_detail, unnamed_place


def _figures(drafted: dict) -> list[dict]:
    return [q for q in drafted["questions"] if q["type"] == "number"]


# --- 1. salient figures: no side details, at most two or three per deck -----------------------------------------

HARBOUR = (
    "Lena Marsh, the Valmora harbour commissioner, steered $40 million in port contracts to a firm she co-owns, "
    "state records show.\n\n"
    "Marsh has denied any wrongdoing. Marsh said the contracts were awarded by an independent panel.\n\n"
    "The records show the firm, Keel Works, won 14 of the 16 contracts the harbour let last year.\n\n"
    "Marsh owns 45% of Keel Works, according to filings reviewed by the Harbour Times.\n\n"
    "Keel Works has since raised its prices by 30% for the city's ferry repairs, the filings show.\n\n"
    "Senator Oskar Brann returned $12,000 in donations from Keel Works executives over the port contracts.\n\n"
    "Port traffic fell 2.7% last year, according to the harbour's annual report.\n\n"
    "The harbour's budget for dredging grew to $9 million, up from $6 million, Marsh said in her statement.\n\n"
    "Marsh is expected to testify before the state ethics board in March, where Marsh will face questions.\n"
)


MARSH = (
    "Lena Marsh, the Valmora harbour commissioner, steered port contracts to a firm she co-owns, state records show.\n\n"
    "Marsh has denied any wrongdoing, and Marsh said an independent panel chose the firm.\n\n"
    "Marsh's firm, Keel Works, won contracts worth $40 million from the harbour since 2019.\n\n"
    "Marsh owns 45% of Keel Works, according to filings reviewed by the Harbour Times.\n\n"
    "Under Marsh, the harbour raised ferry fares by 30% to pay for the Keel Works contracts.\n\n"
    "Marsh's office spent $9 million on dredging by Keel Works, up from $6 million under her predecessor.\n\n"
    "Marsh hired 120 new inspectors for the harbour, twice as many as the year before.\n")


def test_a_deck_keeps_at_most_two_figures_besides_the_claim(tmp_path):
    drafted = deck(tmp_path, MARSH, "Harbour chief steered port contracts to her own firm")
    figures = [q for q in drafted["questions"] if "main claim" not in q.get("explain", "")
               and any(ch.isdigit() for ch in q.get("statement", q.get("prompt", "")) + str(q.get("answer", "")))]
    assert 1 <= len(figures) <= MAX_FIGURES + NUMBER_EXTRA  # one more as a fill-in number (round 26)
    assert len([q for q in figures if q["type"] != "number"]) <= MAX_FIGURES


def test_a_decimal_figure_past_the_lead_is_a_side_detail(tmp_path):
    drafted = deck(tmp_path, HARBOUR, "Harbour chief steered port contracts to her own firm")
    assert not [q for q in drafted["questions"] if "2.7" in q.get("quote", "")]


def test_a_figure_about_a_side_person_only_is_not_asked(tmp_path):
    drafted = deck(tmp_path, HARBOUR, "Harbour chief steered port contracts to her own firm")
    assert not [q for q in drafted["questions"] if "Brann" in q.get("quote", "")]
    found = analysis(HARBOUR, " date 2025-10-16 Harbour chief steered port contracts to her own firm\n\n")
    lead = build.lead_end(found.body, found.article.title)
    brann = [c for c in found.candidates if c.fields["type"] == "number" and "Brann" in c.fields["quote"]]
    assert brann and all(side_detail(found, c, lead) == "side person" for c in brann)
    car_lot = ("Deeds filed in Lund indicate that a company owned by Eric Brel sold the lot for $510,000 in 2014.\n\n")
    found = analysis(HARBOUR + car_lot, " date 2025-10-16 Harbour chief steered port contracts to her own firm\n\n")
    sold = [c for c in found.candidates if c.fields["type"] == "number" and "sold the lot" in c.fields["quote"]]
    assert sold and all(side_detail(found, c, lead) == "off the story" for c in sold)
    marsh = [c for c in found.candidates if c.fields["type"] == "number" and "Marsh owns" in c.fields["quote"]]
    assert all(side_detail(found, c, lead) is None for c in marsh)


def test_a_prompt_on_the_country_that_names_none_is_unanswerable():
    assert unnamed_place("Coal use is growing about ___ a year to power the country's economic catch-up.")
    assert not unnamed_place("Coal use in Valmora is growing about ___ a year to power the country's economy.")
    assert not unnamed_place("Lena Marsh owns ___ of Keel Works.")


def test_in_an_article_about_no_one_in_particular_a_person_is_no_side_person():
    body = ("Valmora will burn less coal. The coal tax was meant to close the dirtiest plants by 2030.\n\n"
            "Berlin backed off, replacing the tax with a subsidy for the plants it had meant to close.\n\n"
            "Ilse Vardan, the party's nominee, offered $30 billion over 10 years to the regions that close their plants.\n\n"
            "The coal regions employ 20,000 miners, many of them past fifty.\n")
    found = analysis(body, " date 2025-10-16 The human face of coal power\n\n")
    lead = build.lead_end(found.body, found.article.title)
    vardan = [c for c in found.candidates if c.fields["type"] == "number" and "Vardan" in c.fields["quote"]]
    assert vardan and all(side_detail(found, c, lead) is None for c in vardan)


# --- 2. "The article argues" only in opinion pieces ------------------------------------------------------------

def test_an_initialism_is_no_first_person_narrator():
    from trainer.draft.salience import opinion_piece
    from trainer.draft.text import Body
    report = Body("The F.B.I. said the checks came back clear.\n\nAll reviews by the F.B.I. were clear, U.S.I. said.\n\n"
                  "A team from the F.B.I. searched the lake for a hard drive.\n")
    assert not opinion_piece(report)
    column = Body("I went to the harbour last week.\n\nWhat I saw there should worry my neighbours.\n")
    assert opinion_piece(column)


def test_a_news_report_never_says_the_article_argues(tmp_path):
    body = ("The committee's vote on Friday to back Ilse Vardan should end most of the division within the union "
            "movement about this year's race.\n\n"
            "Vardan won the backing of 12 of the 13 unions, the committee said.\n\n"
            "\"We had to admit that we had a big problem with her record on trade,\" said Marek Osten, the union's "
            "president.\n")
    drafted = deck(tmp_path, body, "Union committee backs Vardan")
    shown = " ".join(q.get("statement", "") + q.get("explain", "") for q in drafted["questions"])
    assert "argues" not in shown and "main argument" not in shown
    assert drafted["questions"]


# --- 3. leads that stand on their own ---------------------------------------------------------------------------

def test_a_claim_that_points_back_with_them_or_this_issue_is_not_askable():
    from trainer.draft.claim import askable
    assert not askable("Anna Berg recently sent nearly 300 of them to the northern border.")
    assert not askable("The union said it would welcome this issue in the debate.")
    assert askable("Anna Berg recently sent nearly 300 border guards to the northern border.")


def test_a_lead_sentence_past_the_first_that_opens_on_the_tax_is_not_the_claim():
    from trainer.draft.claim import the_noun_back
    assert the_noun_back("The tax was intended to deliver a blow against lignite.")
    assert not the_noun_back("The Valmora tax office was closed on Friday.")
    body = ("Worried the nation might miss its target, the Valmora government proposed a steep levy on polluting "
            "generators last year, a plan its coal regions fought.\n\n"
            "The tax was intended to deliver a decisive blow against lignite, the dirtiest fuel around.\n")
    claims = [c.fields.get("statement", "") for c in analysis(body).candidates if c.key[0] == "lead"]
    assert not [s for s in claims if s.startswith("The tax")]


def test_the_president_named_by_post_resolves_his_pronoun():
    from trainer.draft.statements import unresolved_person
    names = analysis("Anna Berg spoke.\n\nAnna Berg left.\n").names
    assert not unresolved_person("While the president has said he opposes sending troops, his government sends them.",
                                 names)
    assert unresolved_person("The question was whether he had harmed his campaign.", names)


def test_a_relative_clause_with_a_list_is_not_cut_out_of_the_lead():
    from trainer.draft.claim import restate
    names = analysis("The Valmora right mourned on Tuesday.\n\nSenator Margaret Holm said the party owed her "
                     "everything. Margaret Holm was 92.\n").names
    listed = restate("Margaret Holm, whose campaigns against Communism, abortion and the new port galvanized "
                     "conservatives for two decades, died on Monday.", names)
    assert "Holm abortion" not in listed and "against Communism, abortion" in listed
    assert restate("Margaret Holm, the former senator from Lund, died on Monday.", names) == \
        "Margaret Holm died on Monday."  # a plain apposition still goes


def test_a_parenthetical_aside_is_no_statement():
    from trainer.draft.build import aside
    assert aside("(Her son defended his mother.)") and not aside("Her son defended his mother.")
    body = ("Margaret Holm won the Valmora election on Sunday with 54% of the vote, ending a decade of Labour rule.\n\n"
            "Holm campaigned on the port and the mines for two years.\n\n"
            "(Her son, John Holm, defended his mother and refused to repudiate the Labour leaders who had condemned "
            "the port plan.)\n\n"
            "Holm will take office in March after the vote is certified.\n")
    found = analysis(body, " date 2025-10-16 Margaret Holm wins Valmora election, ending Labour rule\n\n")
    statements = [c.fields.get("quote", "") for c in found.candidates if c.fields["type"] == "true_false"]
    assert not [q for q in statements if q.startswith("(")]  # (round 12: no flip makes the others false any more)


# --- 4. prompts cut nowhere, no leading "Additionally," ---------------------------------------------------------

def test_a_prompt_cut_after_its_blank_ends_before_the_cut():
    from trainer.draft.build import without_a_cut_tail
    assert without_a_cut_tail("Tomas Brel passed ___ background checks, but none uncovered") == \
        "Tomas Brel passed ___ background checks."
    assert without_a_cut_tail("Senator Ada Korvin returned ___ in donations last year after the Harbour Times's "
                              "reporting indicated") == "Senator Ada Korvin returned ___ in donations last year."
    assert without_a_cut_tail("Eric Brel filed a ___ lawsuit against the harbour in 2013 alleging") == \
        "Eric Brel filed a ___ lawsuit against the harbour in 2013."
    day = "Eric Brel sold the lot for ___ the day before the donations were made"
    assert without_a_cut_tail(day) == day  # "the day before" is when, not a clause to cut
    whole = "Tomas Brel passed ___ background checks, but none found his posts."
    assert without_a_cut_tail(whole) == whole  # a sentence that ends is no cut
    assert without_a_cut_tail("Brel won ___, but lost") == "Brel won ___, but lost"  # too little left to ask


def test_a_prompt_loses_its_leading_additionally(tmp_path):
    from trainer.draft.build import resolved_prompt
    assert resolved_prompt("Additionally, the harbour spent ___ on dredging in Lund.") == \
        "The harbour spent ___ on dredging in Lund."
    kept = "In addition to the fines, Eric Brel paid ___ to the harbour."
    assert not (resolved_prompt(kept) or "").startswith("To the fines")  # "In addition to" is no connective
    from trainer.draft.claim import restate
    names = analysis("Senator Margaret Holm spoke.\n\nMargaret Holm left.\n").names
    assert not restate("Additionally, Margaret Holm vetoed the port bill on Friday.", names).startswith("Additionally")


# --- 5. no giveaways across questions --------------------------------------------------------------------------

def _statement(position: int, true: str, false: str, key: str = "claim"):
    from trainer.draft.statements import Statement
    return Statement("claim", 0.9, position, (key, true), {"type": "true_false", "statement": true, "answer": True,
                                                           "quote": true}, {"type": "true_false", "statement": false,
                                                                            "answer": False, "quote": true})


def test_two_statements_swapping_each_others_figures_keep_only_the_first():
    from trainer.draft.build import without_cross_giveaways
    first = _statement(10, "Keel Works gave $5,000 to the fund.", "Keel Works gave $12,500 to the fund.")
    second = _statement(90, "Two other lots gave $12,500 in all.", "Two other lots gave $5,000 in all.")
    other = _statement(50, "Lena Marsh owns 45% of Keel Works.", "Lena Marsh owns 30% of Keel Works.")
    assert without_cross_giveaways([first, other, second]) == [first, other]


def test_a_who_question_whose_answer_another_prompt_shows_goes():
    from trainer.draft.build import without_cross_giveaways
    from trainer.draft.questions import Candidate
    who = Candidate("name", 0.9, 20, ("action", "registered"), {
        "type": "choice", "prompt": "Who registered Keel Works in Lund in 2010?", "answer": "Lena Marsh",
        "choices": ["Lena Marsh", "Eric Brel", "Ada Korvin", "Tomas Brel"], "quote": "x"})
    figure = Candidate("figure", 0.9, 60, ("number", 7500), {
        "type": "number", "prompt": "Fill in the amount: Along with Lena Marsh's Keel Works, a firm gave ___.",
        "answer": 7500, "quote": "y"})
    unrelated = Candidate("figure", 0.9, 70, ("number", 45), {
        "type": "number", "prompt": "Fill in the percentage: Eric Brel owns ___ of the port.", "answer": 45,
        "quote": "z"})
    assert without_cross_giveaways([who, figure, unrelated]) == [who, unrelated]  # a distractor's name is no giveaway


def test_money_of_another_one_of_a_kind_is_a_side_detail():
    from trainer.draft.build import _ANOTHER
    assert _ANOTHER.search("a second business at the address donated ___ to the fund")
    assert _ANOTHER.search("Two other used-car lots made donations totaling $5,000.")
    assert not _ANOTHER.search("For a second time, the fund gave ___ to the port.")
