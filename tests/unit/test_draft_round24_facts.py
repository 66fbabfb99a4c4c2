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
