"""Round 10 who_said classes (issue 10): a quote asked with the half or the next sentence that carries its point;
no opening "Additionally,"; stock partisan attacks and idioms, an unresolved "this issue" or "they", and an
obituary's subject are not asked; no place, plural post, photo credit, dead man or hunted suspect as a choice,
and a quote that speaks for "the administration" gets a choice from the government too. Invented text only."""

from __future__ import annotations

import drafting
from trainer.draft.claim import _kind_of
from trainer.draft.names import Person, find_names, of_the_past
from trainer.draft.questions import (continued_sentences, obituary_subject, own_side, split_sentences,
                                     stock_shape, unresolved_pronoun, without_lead_in)
from trainer.draft.text import Body


def _people(body: str) -> set[str]:
    return {p.name for p in find_names(Body(body)).people}


def test_a_sentence_cut_by_its_attribution_is_asked_whole_when_the_comma_is_inside_the_quote(tmp_path):
    """Round 10: "Trump says he's with the working class," Trumka said in March, "but … it's just hot air."
    was asked without its point: the finding's text drops the comma before the closing mark."""
    body = ("Union leaders in Valmora have never trusted the harbour governor. “Governor Lind says he is with the "
            "dockers of the north quay,” Ana Weiss said in March, “but when you look close, it is just hot air.”\n\n"
            "“The treaty gives the union a veto over every crane contract,” said Mayor Ivo Brandt.\n\n"
            "“The port will pay for itself within ten years of the treaty,” said Karl Olsen, the port's director.\n\n"
            "“The ministry will not sign the crane contract before the strike ends,” said Maria Stein, the minister.\n")
    analysis = drafting.analysis(body)
    halves = split_sentences(analysis.body, analysis.quotes)
    first = next(i for i, f in enumerate(analysis.quotes) if f.text.startswith("Governor Lind says"))
    assert halves.get(first) == first + 1
    asked = [q for q in drafting.who_said(drafting.deck(tmp_path, body)) if q["answer"] == "Ana Weiss"]
    assert asked and "hot air" in asked[0]["prompt"]


COAL = ("Valmora burns more coal every year, even as it builds wind farms on the north quay.\n\n"
        "“The way many provinces are going is to follow the Valmoran model,” said Mark Ellery, associate director "
        "for research at the Valmora Institute for Energy. “It seems totally nuts, but it follows from the fact "
        "that wind has a lot of support, and otherwise people do what they know, which is coal.”\n\n"
        "“There is not much research into backing out coal with something else,” Mr. Ellery said. “They are just "
        "throwing wind farms at a coal base.”\n\n"
        "“The port cannot carry the coal trade and the wind trade at once,” said Mayor Ivo Brandt.\n\n"
        "“We will close the last coal pier by 2030 whatever the ministry says,” said Governor Oskar Lind.\n\n"
        "“The treaty gives the union a veto over every crane contract,” said Ana Weiss, an economist.\n")


def test_a_quote_is_asked_with_the_next_sentence_that_carries_its_point(tmp_path):
    """Round 10: "… to follow the German model" asked alone was vague and "It seems totally nuts, but …" alone
    hangs on "It": asked together; the speaker's second remark on the same coal point is then not asked."""
    analysis = drafting.analysis(COAL)
    follows = continued_sentences(analysis.body, analysis.quotes)
    first = next(i for i, f in enumerate(analysis.quotes) if f.text.startswith("The way many"))
    assert follows.get(first) == first + 1
    asked = [q for q in drafting.who_said(drafting.deck(tmp_path, COAL)) if q["answer"] == "Mark Ellery"]
    assert len(asked) == 1
    assert "Valmoran model. It seems totally nuts" in asked[0]["prompt"]


def test_a_continuation_is_joined_only_when_it_leans_on_the_first_sentence():
    body = ("“The port will pay for itself within ten years,” said Mayor Ivo Brandt. “The treaty gives the union "
            "a veto over every crane contract.”\n")
    analysis = drafting.analysis(body)
    assert continued_sentences(analysis.body, analysis.quotes) == {}


def test_an_opening_link_word_is_dropped_even_after_a_hanging_first_sentence():
    """Round 10: "Additionally, the president's continuing embrace of …" kept its link to the sentence before."""
    assert without_lead_in("Additionally, the governor's embrace of the port treaty will tarnish his legacy.") \
        == "the governor's embrace of the port treaty will tarnish his legacy."
    assert without_lead_in("Moreover, Lind has no plan.") == "Lind has no plan."
    assert without_lead_in("Additional funds will come.") == "Additional funds will come."


def test_a_stock_partisan_attack_and_an_idiom_are_stock_shapes():
    """Round 10: "he clearly lacks the judgment and temperament necessary to lead" (a caucus chair's line) and
    "we've moved the needle very far to the right on security" were deleted as fragments by both judges."""
    assert stock_shape("We are not sure how much lower Lind can sink, but he clearly lacks the judgment and "
                       "temperament necessary to lead") == "attack"
    assert stock_shape("Brandt is unfit to be governor of Valmora") == "attack"
    assert stock_shape("Compared to where we were 15 years ago, we've moved the needle very far on security") == "idiom"
    assert stock_shape("The treaty gives the union a veto over every crane contract") is None
    assert stock_shape("Lind says he is with the dockers, but when you look close, it is just hot air") is None


def test_a_stock_attack_is_not_asked(tmp_path):
    body = ("Governor Oskar Lind said on Monday that the harbour of Valmora was the most dangerous in the world.\n\n"
            "“We are not sure how much lower Lind can sink, but he clearly lacks the judgment and temperament "
            "necessary to lead,” said Ana Weiss, chair of the Valmora Dockers Caucus.\n\n"
            "“The treaty gives the union a veto over every crane contract,” said Mayor Ivo Brandt.\n\n"
            "“The port will pay for itself within ten years of the treaty,” said Karl Olsen, the port's director.\n")
    assert not [q for q in drafting.who_said(drafting.deck(tmp_path, body)) if q["answer"] == "Ana Weiss"]


def test_this_issue_and_a_bare_they_are_unresolved():
    """Round 10: "We welcome this issue as part of …" ("this issue" unresolved) and "The problem is that they
    are trying to make us respect them" ("they": gay couples, named only before the quote)."""
    assert unresolved_pronoun("We welcome this issue as part of a major national campaign.")
    assert unresolved_pronoun("The problem is that they are trying to make us respect them, and that is wrong.")
    assert unresolved_pronoun("Nobody doubts those steps were taken in a hurry.")
    assert not unresolved_pronoun("God's plan is that things rise in the spring, so you might want to delay.")
    assert not unresolved_pronoun("I've worked with people who tell you they are going to do one thing.")
    assert not unresolved_pronoun("The dockers say they will strike on Monday.")
    assert not unresolved_pronoun("No country got everything they wanted from the treaty.")


def test_an_obituary_s_subject_is_not_asked_who_said(tmp_path):
    """Round 10: Schlafly's words in her own obituary ("…, dies at 92") are guessed from the headline."""
    assert obituary_subject("Ana Weiss, harbour rebel, dies at 92; Obituary",
                            [Person("Ana Weiss"), Person("Ivo Brandt")]) == "Ana Weiss"
    assert obituary_subject("Ana Weiss wins the harbour vote", [Person("Ana Weiss")]) is None
    body = ("Ana Weiss, who led the dockers of Valmora against the port treaty for forty years, died on Monday.\n\n"
            "In 2010 she said of the treaty: “The port law hands the harbour to the shipping lines and leaves the "
            "dockers nothing but the bill.”\n\n"
            "“She fought every crane contract the ministry ever signed,” said Mayor Ivo Brandt.\n\n"
            "“The treaty gave the union a veto she never used,” said Karl Olsen, the port's director.\n\n"
            "“The cranes will stand idle for a week in her honour,” said Peter Kerr, the dockers' leader.\n")
    # (a fourth speaker: "She fought …" offers no choice of the woman its "she" is, now that "Ana" is known a woman)
    asked = drafting.who_said(drafting.deck(tmp_path, body, title="Ana Weiss, harbour rebel, dies at 92"))
    assert not [q for q in asked if q["answer"] == "Ana Weiss"]


def test_places_plural_posts_and_photo_credits_are_no_people():
    """Round 10 choices: "Like Oakland" (a quoted fragment's preposition), "Pedro Sula" (from San Pedro Sula,
    Honduras), "Chiefs" (the Joint Chiefs of Staff), "Jim Urquhart / Reuters." (a photo credit)."""
    body = ("“Like Harbourton. Or Northquay,” Governor Oskar Lind said. “The crime numbers are worse.”\n\n"
            "Jonas Alder / Reuters.\n\n"
            "The most dangerous cities include San Pedro Valle, Honduras; Caracas, Venezuela; and Acapulco, Mexico.\n\n"
            "Lind met Gen. Karl Olsen, the chairman of the Joint Chiefs of Staff, in Harbourton.\n\n"
            "Photo: Maria Stein\n")
    people = _people(body)
    assert "Oskar Lind" in people and "Karl Olsen" in people
    assert not any(name.startswith("Like") or "Valle" in name or name == "Chiefs" for name in people)
    assert "Jonas Alder" not in people and "Maria Stein" not in people


def test_a_dead_man_and_a_hunted_suspect_are_no_choices():
    """Round 10: Michael Brown ("the death of unarmed teenager …, who was fatally shot") and the suspect of a
    manhunt were offered beside politicians."""
    body = ("Protests followed the death of unarmed teenager Jonas Alder, who was fatally shot by a guard.\n\n"
            "Peter Orlik is the subject of a massive manhunt in Valmora.\n\n"
            "Governor Oskar Lind and Mayor Ivo Brandt spoke in Harbourton.\n")
    analysis = drafting.analysis(body)
    assert "Jonas Alder" in of_the_past(analysis.body, analysis.names)
    orlik = analysis.names.find("Peter Orlik")
    assert orlik is not None and orlik.accused and _kind_of(orlik) == "accused"
    assert not analysis.names.find("Oskar Lind").accused


def test_a_quote_for_the_administration_gets_a_choice_from_the_government():
    """Round 10: Earnest's "The administration is constrained by law …" beside a senator, a House speaker and a
    candidate gave him away; someone of the government takes the last choice, or there is no question."""
    earnest = Person("Josh Ardent", role="White House press secretary")
    people = [earnest, Person("Paul Rye", role="House Speaker"), Person("John Mace", role="Senator"),
              Person("Bernard Sand"), Person("Barack Orbin", role="President")]
    quote = "The administration is constrained by law from planning a facility"
    assert own_side(quote, earnest, ["Bernard Sand", "John Mace", "Paul Rye"], people, frozenset()) \
        == ["Bernard Sand", "John Mace", "Barack Orbin"]
    assert own_side(quote, earnest, ["Bernard Sand", "John Mace", "Paul Rye"], people[:4], frozenset()) == []
    assert own_side("The port law is constrained", earnest, ["Bernard Sand"], people, frozenset()) == ["Bernard Sand"]
