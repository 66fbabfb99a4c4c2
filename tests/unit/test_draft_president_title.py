"""A president's title before a shared surname is not the post of the one person named in full with it (issue 10:
"who once had an affair with President Clinton" made Hillary Clinton "President" in the deck's people list)."""

from __future__ import annotations

import drafting

ARTICLE = """\
Hillary Clinton will face Donald Trump at the debate on Monday night, Mike Pence said on Sunday.

After the Clinton camp invited Mark Cuban to sit in the front row, Trump invited Gennifer Flowers, who once had \
an affair with President Clinton, to also sit in the front row.

"She will not be there," Pence said. "Donald Trump was mocking the Clinton campaign's stunt with the billionaire."
"""


def test_a_presidents_title_on_a_shared_surname_is_not_the_wifes_post() -> None:
    people = {p.name: p for p in drafting.analysis(ARTICLE).names.people}
    assert people["Hillary Clinton"].role is None
    assert "Bill Clinton" in people  # one man under two names in the lexicon (Bill, William J. Clinton)


def test_a_name_that_is_also_a_demonym_is_no_country_tag(tmp_path) -> None:
    """"Mark Cuban" tagged the question "Cuba"."""
    drafted = drafting.deck(tmp_path, ARTICLE, title="Pence says Flowers will not attend the debate")
    tags = {tag for question in drafted["questions"] for tag in question.get("tags", [])}
    assert drafted["questions"] and "Cuba" not in tags
