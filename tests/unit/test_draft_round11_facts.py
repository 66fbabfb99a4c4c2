"""Issue 10, round 11 (facts): the lead's claim asked (not its scene), false forms that are not false on their face,
statements that leave nothing to another sentence. Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck
from trainer.draft import claim as cl
from trainer.draft import statements
from trainer.draft.statements import Statement, unresolved_reference


def _lead(found) -> list:
    return [c for c in found.candidates if isinstance(c, Statement) and c.key[0] == "lead"]


def _asked(drafted: dict) -> str:
    return "\n".join(str(q.get("statement") or q.get("prompt")) for q in drafted["questions"])


# --- 1. the lead's claim: a tail after a quote's own comma is cut, the quote kept closed ---------------------------

BLAME = (
    "Governor Lena Marsh on Thursday blamed the press for making an issue out of Oskar Brann’s claim that the "
    "harbour board “closed the port,” saying reporters were nitpicking at Brann's wording while missing the larger "
    "truth of his remarks about the harbour.\n\n"
    "“The press is talking today about another quarrel over words,” Marsh said at a town hall in Valmora.\n\n"
    "Brann repeated the claim on a radio show on Thursday.\n")


def test_a_lead_with_a_participle_tail_after_a_quote_is_asked():
    text = cl.restate("Governor Lena Marsh on Thursday blamed the press for making an issue out of Oskar Brann’s "
                      "claim that the board “closed the port,” saying reporters were nitpicking at his wording while "
                      "missing the larger truth of his remarks.", analysis(BLAME).names)
    assert "saying" not in text and text.endswith("“closed the port”.")
    found = _lead(analysis(BLAME, header=" date 2025-10-16 Marsh blames press for Brann's 'closed the port' flap\n\n"))
    assert found and "blamed the press" in str(found[0].fields)


def test_the_lead_claim_reaches_the_deck(tmp_path):
    drafted = deck(tmp_path, BLAME, title="Marsh blames press for Brann's 'closed the port' flap")
    # round 15: a declarative headline the lead bears out states the claim (the lead's copy was never kept)
    assert "Lena Marsh blames press for Oskar Brann's 'closed the port' flap." in _asked(drafted)
    drafted = deck(tmp_path, BLAME, title="The press and the 'closed the port' flap")  # no claim in the headline
    assert "blamed the press" in _asked(drafted)


# --- 2. a concession through a dashed aside is cut, so the lead's figure claim can be asked -------------------------

def test_a_concession_through_a_dashed_aside_is_cut():
    names = analysis(BLAME).names
    text = cl.restate("Despite growing up during the worst storm season in decades -- and coming of age at a time of "
                      "falling wages -- more than two-thirds of the valley's young farmers expect to earn more than "
                      "their parents did.", names)
    assert text.startswith("More than two-thirds of the valley's young farmers expect")
    # an aside that goes on past the second dash ("— preparing ...") is not cut: the claim comes after its comma
    kept = cl.restate("While harbour officials have spent months — in speeches and letters — preparing shippers for "
                      "the smallest possible rise in fees, shippers are not prepared.", names)
    assert not kept.startswith("Preparing")


# --- 3. false forms: no word of a noun phrase turned round ---------------------------------------------------------

def test_no_direction_word_of_a_noun_phrase_turned_round():
    assert cl.direction_swap("The lawsuit demands recovery of lost wages and other damages for the inspector.") is None
    assert cl.direction_swap("Two-thirds of the nation's rising generation expect to earn more than their "
                             "parents.") is None
    # a comparison stays a fair false form ("a higher crime rate" -> "a lower crime rate")
    swapped = cl.direction_swap("Brann claimed that Valmora has a higher crime rate than the capital.")
    assert swapped is not None and "lower crime rate" in swapped[0]


# --- 4. statements that leave what they mean to another sentence ---------------------------------------------------

def test_unresolved_references():
    assert unresolved_reference("One in five say that won't be true.")
    assert unresolved_reference("Optimism is even lower among farmers and fishers.")
    assert unresolved_reference("Marsh's lead is the same among women.")
    assert not unresolved_reference("Optimism is even lower among farmers than among fishers.")
    assert not unresolved_reference("Marsh's lead is the same as in March.")
    assert not unresolved_reference("82 percent said they were much less likely to vote for Brann.")
    assert not unresolved_reference("Marsh said that the port will reopen in May.")


SURVEY = (
    "In a changing economy, young farmers in the valley still believe they will do better than their parents.\n\n"
    "More than two-thirds of the valley's young farmers expect to earn more than their parents did. "
    "One in five say that won't be true.\n\n"
    "Optimism is even higher among farmers who own their land (34%) and fishers (32%), the Valmora Farm Poll finds.\n\n"
    "The poll of 1,000 farmers was taken in September by the Valmora Farm Bureau.\n")


def test_no_statement_asks_an_unresolved_reference(tmp_path):
    from trainer.draft.build import select_candidates
    found = analysis(SURVEY, header=" date 2025-10-16 Young farmers expect more success than their parents, poll finds\n\n")
    # round 12: the candidates, not the deck (with no flipped false form, the lead's copy alone makes no deck)
    asked = [c.fields.get("statement") or "" for c in [*found.candidates, *select_candidates(found)]
             if c.fields["type"] == "true_false"]
    assert not any("that won't be true" in s or "even lower" in s or "even higher" in s for s in asked)


# --- 5. a scene-setting lead gives way to the next paragraph's statement of the headline ----------------------------

TURNOUT = (
    "Tuesday was a very good day for Lena Marsh. She swept her rival Oskar Brann in four districts, all but ending "
    "his campaign. But her win hid a worry for her party.\n\n"
    "More people voted for Ivo Kern than for Marsh in two districts Tuesday night — Harbourside and Millbank. "
    "In Harbourside, Kern beat Marsh by about 5,000 votes.\n\n"
    "Turnout for Marsh fell in every district, the county clerk reported.\n")


def test_the_headline_stated_in_the_next_paragraph_is_the_claim(tmp_path):
    title = "Ivo Kern Got More Votes In Harbourside Than Lena Marsh"
    found = _lead(analysis(TURNOUT, header=f" date 2025-10-16 {title}\n\n"))
    assert found and "More people voted for Ivo Kern" in found[0].fields["quote"]
    drafted = deck(tmp_path, TURNOUT, title=title)
    assert "a very good day" not in _asked(drafted)


def test_a_next_paragraph_the_headline_already_says_is_not_the_claim(monkeypatch):
    monkeypatch.setattr(statements, "headline_statement", lambda *_: None)  # the lead's claim (round 15: the
    # headline's own claim is asked where it qualifies, tests/unit/test_draft_round15_facts.py)
    body = ("Both harbour unions remain short of their strike funds as organisers have grappled with a long dispute "
            "over pay and the city coped with a ferry strike.\n\n"
            "Each union is working to raise more than $6 million.\n\n"
            "The dockers' union has collected roughly $5.5 million, said its treasurer Lena Marsh.\n")
    title = "Unions race to close strike fund gaps; each union works to raise more than $6 million"
    found = _lead(analysis(body, header=f" date 2025-10-16 {title}\n\n"))
    assert found and "Each union" not in found[0].fields["quote"]


# --- 6. ranges: never a bound swapped across the other, never a bound asked -----------------------------------------

HOLDINGS = (
    "Governor Lena Marsh holds shares in the shipping firms she has attacked for moving jobs abroad, her financial "
    "disclosure shows.\n\n"
    "Marsh holds several investments in Keel Works, which combined are worth between $1.1 million and $2.25 million. "
    "She also reports a stake in Harbour Freight worth between $500,001 and $1 million.\n\n"
    "Marsh has said the firms betray Valmora's workers. Her office said a trustee manages the shares.\n")


def test_no_range_bound_swapped_or_asked(tmp_path):
    found = analysis(HOLDINGS, header=" date 2025-10-16 Marsh holds shares in firms she attacks\n\n")
    falses = [c.false_fields["statement"] for c in found.candidates
              if isinstance(c, Statement) and c.false_fields is not None]
    assert not any("between $1.1 million and $1 million" in f or "and $500,001" in f for f in falses)
    drafted = deck(tmp_path, HOLDINGS, title="Marsh holds shares in firms she attacks")
    assert not any("between ___" in str(q.get("prompt")) or "and ___" in str(q.get("prompt"))
                   for q in drafted["questions"])


def test_range_bound_blanks():
    from trainer.draft.build import range_bound

    class _C:
        def __init__(self, prompt):
            self.fields = {"type": "number", "prompt": prompt}

    assert range_bound(_C("Fill in the amount: Apple shares worth between ___ and $2.25 million."))
    assert range_bound(_C("Fill in the percentage: Support fell from 58 percent to ___ in May."))
    assert not range_bound(_C("Fill in the percentage: Marsh won ___ of the vote in May."))


# --- 7. a sentence that names its speaker is theirs, not "the author argues" ---------------------------------------

def test_an_attributed_lead_in_an_opinion_piece_is_the_speakers():
    from trainer.draft.statements import _ATTRIBUTED

    assert _ATTRIBUTED.search("Oskar Brann's “excesses” are sickening, Lena Marsh said Tuesday in Valmora.")
    assert _ATTRIBUTED.search("The port must close, said Lena Marsh.")
    assert not _ATTRIBUTED.search("The port must close, and the council must pay for it.")


# --- 8. no background question, no fill-in comparing to another sentence; a lead share is no truism ----------------

def test_background_and_unresolved_fill_ins():
    from trainer.draft.build import background_or_unresolved

    class _C:
        def __init__(self, kind, prompt):
            self.fields = {"type": kind, "prompt": prompt}

    assert background_or_unresolved(_C("choice", "Who cruised to re-election four years ago with 332 votes?"))
    assert background_or_unresolved(_C("number", "Fill in the percentage: Optimism is even higher among "
                                                 "farmers (___ agree) and fishers."))
    assert not background_or_unresolved(_C("choice", "Who blamed the press for the port flap on Thursday?"))
    assert not background_or_unresolved(_C("number", "Fill in the percentage: Marsh won ___ of the vote."))


def test_a_lone_lead_share_still_makes_a_deck(tmp_path, monkeypatch):
    monkeypatch.setattr(statements, "headline_statement", lambda *_: None)  # the lead's claim, as before round 15
    body = ("In a changing economy, young farmers in the valley still believe in the harvest.\n\n"
            "Despite growing up during the worst drought in decades -- and coming of age at a time of falling "
            "prices -- more than two-thirds of the valley's young farmers predict they will earn more than their "
            "parents did.\n\n"
            "Optimism is even higher among fishers (34%) and foresters (32%).\n")
    drafted = deck(tmp_path, body, title="Young farmers expect more success than their parents, poll finds")
    asked = _asked(drafted)
    assert "two-thirds" in asked and "even higher" not in asked


# --- 9. one word turned round once per deck ------------------------------------------------------------------------

REFUGEES = (
    "The Valmora government announced plans Tuesday to expand programs that allow river villagers to resettle in "
    "the capital as refugees.\n\n"
    "Other efforts to supplement the river resettlement program will also be expanded, officials said.\n\n"
    "The program has taken in 2,400 villagers since 2019, according to the resettlement office.\n")


def test_the_same_word_is_not_turned_round_twice(tmp_path):
    found = analysis(REFUGEES, header=" date 2025-10-16 Valmora to expand resettlement of river villagers\n\n")
    # round 12: no word is turned round in a sentence (expand -> shrink was deleted as absurd); round 21: the short
    # main claim alone is, by a word with one clear opposite (the judges keep clean false variants of the claim)
    turned = [c for c in found.candidates if isinstance(c, Statement) and c.false_fields is not None
              and "shr" in c.false_fields["statement"]]
    assert [c.key[0] for c in turned] in ([], ["lead"])


# --- 10. explanations: no sentence cut before a name taken for a post ----------------------------------------------

def test_a_sentence_cut_before_a_name_is_no_post():
    from trainer.draft.build import _sentence_in_post

    assert _sentence_in_post("The Valmora Herald chose Harbour Commissioner")
    assert not _sentence_in_post("Harbour Commissioner")
    assert not _sentence_in_post("retired neurosurgeon")
    assert not _sentence_in_post("Secretary of Foreign Affairs")

