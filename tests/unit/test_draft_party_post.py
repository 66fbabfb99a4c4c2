"""A post named with a party is never given to someone of the other party (issue 10).

A fresh judged set had the lead "Progressive groups … are hailing the Democratic nominee's economic policy speech"
asked as "hailing ___'s speech" with the answer Donald Trump: the article gives one person the post "nominee" (Trump,
"GOP nominee"), and the description was named after him. Both judges: wrong.
"""

from __future__ import annotations

from trainer.draft.statements import named

from tests.unit.drafting import analysis

BODY = ("Republican nominee Ivo Brandt spoke in Ohio on Monday. Progressive groups are hailing the Democratic "
        "nominee's economic speech on Thursday, and Brandt's aides called it a copy of his plan.\n\n"
        "\"The speech was a plan for the next ten years of the harbour,\" said Ana Weiss, who runs a union.\n")


def test_the_other_partys_nominee_is_not_named_for_the_description():
    found = analysis(BODY)
    assert found.names.find("Ivo Brandt").role.endswith("nominee")
    text = "Progressive groups are hailing the Democratic nominee's economic speech on Thursday."
    assert named(text, found.names) == text
    assert "Ivo Brandt" in named("The Republican nominee spoke in Ohio on Monday.", found.names)
    assert "Ivo Brandt" in named("The nominee spoke in Ohio on Monday.", found.names)

