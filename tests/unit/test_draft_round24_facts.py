"""Issue 10, round 24 (facts): a claim the article attributes is asked as its speaker's, never as plain fact."""

from __future__ import annotations

from tests.unit.drafting import deck


def _claim(drafted: dict) -> dict:
    return drafted["questions"][0]


def test_a_lead_inside_someones_quote_is_stated_as_theirs(tmp_path):
    body = ("Marta Quellin: ‘The Harbour Tax Will Ruin Us’\n\n"
            "“The harbour tax was a mistake from the start. Governor Ilse Varnow wants to close every fishing dock "
            "in the province. We will fight her in every court we can find.”\n\n"
            "Quellin also spoke about the court case that challenges the tax, which has shut half the docks.\n\n"
            "Governor Ilse Varnow said the tax would pay for a new sea wall.\n")
    drafted = deck(tmp_path, body, title="Marta Quellin: ‘The Harbour Tax Will Ruin Us’")
    statements = [q.get("statement", "") for q in drafted["questions"]]
    assert not any(s.startswith("Governor Ilse Varnow wants") or s.startswith("Ilse Varnow wants")
                   for s in statements)


def test_a_quoted_lead_with_no_one_to_name_is_no_plain_claim(tmp_path):
    from pathlib import Path

    from trainer.draft.statements import quoted_speaker
    from trainer.draft.text import parse_article
    from trainer.draft.build import analyse

    text = (" date 2025-10-16 Marta Quellin: ‘The Harbour Tax Will Ruin Us’\n\n"
            "The council met on Monday.\n\n“The tax was a mistake. Governor Ilse Varnow wants to close every fishing dock in the province.”\n")
    analysis = analyse(parse_article(Path("a.txt"), text))
    body = analysis.body
    second = body.sentences[2]
    assert quoted_speaker(body, second, [], "Marta Quellin: ‘The Harbour Tax Will Ruin Us’") == "Marta Quellin"
    assert quoted_speaker(body, second, [], "Harbour tax ruins the fishing towns") == ""
    assert quoted_speaker(body, body.sentences[0], [], "Harbour tax ruins the fishing towns") is None


def _headline_clause(headline: str, body: str) -> str | None:
    from trainer.draft.claim import _clause, capitalised_in
    from tests.unit.drafting import analysis

    found = analysis(body)
    return _clause(headline, found.names, capitalised_in(found.body.text, found.names), found.body.text)


RALLIES = ("When Mara Lind learned that Pavel Dorn would campaign in Valmora, she printed two signs and went to his "
           "rally. Protesters at Pavel Dorn rallies have been shoved, and some have been hurt.\n\n"
           "ValNews reported that an auction of the car used to flee the Valmora bank was halted on Friday.\n")


def test_a_headline_predicate_noun_gets_its_is():
    claim = _headline_clause("Protesting At Pavel Dorn Rallies A Risky Act", RALLIES)
    assert claim == "Protesting at Pavel Dorn rallies is a risky act."


def test_a_headline_passive_after_a_reduced_relative_gets_its_was():
    claim = _headline_clause("Auction Of Car Used To Flee Valmora Bank Halted Again", RALLIES)
    assert claim == "Auction of car used to flee Valmora bank was halted again."


def test_a_headline_brand_keeps_its_inner_capitals():
    claim = _headline_clause("ValNews Casually Links Pavel Dorn With Bank Robbers", RALLIES)
    assert claim is not None and claim.startswith("ValNews casually links Pavel Dorn")


def test_a_finite_verb_after_an_ing_subject_is_still_the_verb():
    from trainer.draft.claim import _PREDICATE_NOUN

    assert _PREDICATE_NOUN.match("Protesting at Dorn rallies a risky act")
    assert not _PREDICATE_NOUN.match("Pavel Dorn rallies a crowd in Valmora")


def test_a_long_but_lead_is_asked_by_its_turn():
    from trainer.draft.claim import main_clause

    lead = ("Pavel Dorn is bent on securing the Valmora party's nomination before the convention in the summer, "
            "but well-organized rival Ilse Varnow has been cleverly out-maneuvering him in the delegate battle.")
    assert main_clause(lead) == ("Ilse Varnow has been cleverly out-maneuvering Pavel Dorn in the delegate battle.")


def test_a_turn_with_no_clause_of_its_own_or_no_name_for_its_pronoun_is_not_taken():
    from trainer.draft.claim import _second_half

    assert _second_half("Pavel Dorn won the most provinces over the summer and the autumn, but not in Ohio") is None
    assert _second_half("The party has won most of the provinces in the long campaign, but he has lost the south") \
        is None
    assert _second_half("The party has won most provinces, while the rival party has lost the south") == \
        "The rival party has lost the south"


def test_the_lead_claim_of_a_but_lead_is_its_second_half(tmp_path):
    body = ("Pavel Dorn is bent on securing the Valmora party's nomination before the convention in the summer, "
            "but well-organized rival Ilse Varnow has been cleverly out-maneuvering him in the delegate battle.\n\n"
            "Dorn has won the most provincial contests so far, giving him a lead in delegates.\n\n"
            "Ilse Varnow said she would keep fighting for every delegate in every province.\n")
    drafted = deck(tmp_path, body, title="Daggers drawn as Dorn, Varnow wage delegate warfare")
    claim = drafted["questions"][0]
    assert "out-maneuvering" in claim.get("statement", "")
    assert "bent on" not in claim.get("statement", "")


def test_a_lead_that_reports_someones_words_keeps_whose_they_are():
    from trainer.draft.claim import main_clause, restate
    from tests.unit.drafting import analysis

    found = analysis("Senator Ilse Varnow charged on Monday that the harbour tax will ruin every fishing family in "
                     "the province of Valmora.\n")
    sentence = found.body.sentences[0]
    assert restate(found.body.text[sentence.start:sentence.end], found.names).startswith("Ilse Varnow charged")
    long = ("The harbour tax will ruin every fishing family in the province of Valmora by the end of next year and "
            "the next, according to Senator Ilse Varnow.")
    assert main_clause(long).endswith("according to Senator Ilse Varnow.")
