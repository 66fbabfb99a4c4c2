"""A direction word that is a plural noun is not turned into a verb for a false main claim (issue 10).

A fresh judged set had the headline "Crucial wins for Clinton and Trump in New York" asked false as "Crucial loses
for Hillary Clinton and Donald Trump in New York.": 'wins' there is a noun, 'loses' a verb, and both judges read it
as a misspelt, trivially false statement.
"""

from __future__ import annotations

import pytest

from trainer.draft.claim import clean_flip, direction_swap


@pytest.mark.parametrize("claim", [
    "Crucial wins for Hillary Clinton and Donald Trump in New York.",
    "Narrow gains for Democrats in the House.",
    "Trump's wins in the South.",
])
def test_a_plural_noun_is_not_turned(claim):
    assert direction_swap(claim) is None
    assert clean_flip(claim) is None


@pytest.mark.parametrize(("claim", "false"), [
    ("Clinton wins New York primary.", "Clinton loses New York primary."),
    ("Trump gains ground in Iowa.", "Trump loses ground in Iowa."),
])
def test_the_verb_still_is(claim, false):
    assert direction_swap(claim)[0] == false
