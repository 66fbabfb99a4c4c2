"""A figure prompt's "X revealed that he ..." keeps its own "he" (issue 10).

A fresh judged set had "In the 2012 race, pizza magnate Herman Cain revealed that he continued to deliver speeches
for $25,000 apiece." asked as "... Herman Cain revealed that Mike Huckabee continued ...": the name finder had missed
Cain, so the "he" was taken as unresolved and named after the one man of the sentence before. Both judges: wrong.
"""

from __future__ import annotations

import re

import pytest

from trainer.draft import build

from tests.unit.drafting import deck

BODY = ("Republican candidates have kept giving paid speeches while running for president, a review of their "
        "filings shows, and the fees have drawn criticism from their rivals.\n\n"
        "Former governor Mike Huckabee gave paid speeches until the spring, his filings show. In the 2012 race, "
        "pizza magnate Hector Vale revealed that he continued to deliver speeches for $25,000 apiece.\n\n"
        "\"Voters deserve to know who pays the candidates,\" said Dana Velloway, a campaign finance lawyer.\n")


def _fee_prompt(tmp_path) -> str:
    drafted = deck(tmp_path, BODY, title="Candidates keep their speaking fees")
    return next(q["prompt"] for q in drafted["questions"] if q.get("answer") == 25000)


def test_the_speakers_own_he_is_kept(tmp_path):
    prompt = _fee_prompt(tmp_path)
    assert "Hector Vale revealed that he continued" in prompt
    assert "Huckabee" not in prompt


def test_without_the_rule_the_man_before_was_put_in(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "_SAID_HE", re.compile(r"(?!)"))
    assert "Vale revealed that Mike Huckabee continued" in _fee_prompt(tmp_path)


@pytest.mark.parametrize("text", ["Cain said he would run again", "Ana Ruiz told reporters that she had the votes",
                                  "Sen. Jo Park quietly conceded that he had lost"])
def test_a_name_and_its_verb_of_saying_own_the_pronoun(text):
    assert build._SAID_HE.search(text)


def test_a_pronoun_without_its_name_is_not_owned():
    assert not build._SAID_HE.search("In 2012 he said he continued to give speeches")
