"""A reported clause opening on "A", "An" or "The" is asked in lower case (issue 10).

A fresh judged set had 'A maximum punishment "would also help address any false perception …," Assistant U.S.
Attorney Maya D. Song wrote.' asked as "Who said that A maximum punishment “would also help …”?": garbled, an edit.
"""

from __future__ import annotations

from tests.unit.drafting import analysis

BODY = ("A Romanian hacker who broke into the email accounts of two former officials was sentenced on Friday to "
        "four years in prison by a federal judge in Valmora.\n\n"
        "A maximum sentence \"would also help address any false perception that breaking into a computer is ever "
        "justified as the cost of living in a wired society,\" prosecutor Dana Velloway wrote in a filing.\n\n"
        "\"The harbour records he stole were never published,\" said Tomas Arkwright, the port's director.\n")


def test_the_opening_article_of_a_reported_clause_is_lower_case():
    prompts = [c.fields["prompt"] for c in analysis(BODY).candidates if c.fields.get("answer") == "Dana Velloway"
               and c.fields.get("type") == "who_said"]
    assert prompts and all(p.startswith("Who said that a maximum sentence “would also help") for p in prompts)
