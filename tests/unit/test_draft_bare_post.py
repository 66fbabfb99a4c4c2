"""A bare post that says nothing without its body is not shown as who the speaker is (issue 10).

A fresh judged set had explanations reading "Hillary Clinton: Secretary." and "Maya D. Song: Attorney.": of what? Like
a bare "Chairman." (round 4), a secretary, attorney, deputy, assistant, counsel, commissioner or minister with no body
written before the post is left out; with its body it is shown.
"""

from __future__ import annotations

import pytest

from trainer.draft.questions import post_with_body

from tests.unit.drafting import analysis


@pytest.mark.parametrize("post", ["Secretary", "Attorney", "Minister", "Commissioner"])
def test_a_bare_post_is_not_shown(post):
    found = analysis(f"The harbour treaty was signed on Monday, said former {post} Ana Weiss, who opposed it.\n")
    person = found.names.find("Ana Weiss")
    assert person is not None and person.role.endswith(post)
    assert post_with_body(found.body, person) is None


def test_a_post_with_its_body_is_shown():
    found = analysis("The harbour treaty was signed on Monday, said Valmora Harbour Commissioner Ana Weiss.\n")
    person = found.names.find("Ana Weiss")
    assert post_with_body(found.body, person) == "Valmora Harbour Commissioner"
