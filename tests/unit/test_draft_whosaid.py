"""who_said questions, speakers and posts a teacher keeps (issue 10): one test per rule, on invented articles."""

from __future__ import annotations

from pathlib import Path

from trainer.draft.build import analyse, draft_deck
from trainer.draft.text import parse_article

HEADER = " date 2025-10-16 A test article\n\n"


def _analysis(body: str):
    return analyse(parse_article(Path("article.txt"), HEADER + body))


def _said(body: str) -> dict[str, str]:
    """Quote (as drafted) -> speaker, for every who_said candidate, whatever its confidence."""
    return {c.fields["quote"]: c.fields["answer"] for c in _analysis(body).candidates if c.fields["type"] == "who_said"}


def _deck(tmp_path: Path, body: str) -> dict:
    article = tmp_path / "article.txt"
    article.write_text(HEADER + body, encoding="utf-8")
    return draft_deck([article], cwd=tmp_path)[0]


def test_two_apostrophes_are_a_quote_mark():
    """Newspaper archives print ''double quotes'' as two apostrophes: those quotes are drafted too."""
    said = _said("''The harbour will reopen within a month,'' said Senator Marta Olsen of Maine.\n\n"
                 "Mr. Olsen's aide said nothing.\n")
    assert said == {"The harbour will reopen within a month": "Marta Olsen"}


def test_a_quote_attributed_to_no_one_person_lends_no_speaker():
    """'," concluded a 2013 study' and '," wrote A, B and C': the quote is not given to the speaker of the next
    or the previous quote."""
    said = _said("“Tariffs rarely protect the jobs they promise to protect,” concluded a 2019 study in the journal. "
                 "“Our advice to governments is to avoid them,” wrote Elena Ruiz, Tom Baker and Ana Lima.\n\n"
                 "“The study is wrong about steel,” said Minister Ivo Brandt. “Steel jobs came back,” Brandt added.\n")
    assert "Tariffs rarely protect the jobs they promise to protect" not in said
    assert "Our advice to governments is to avoid them" not in said
    assert said["The study is wrong about steel"] == "Ivo Brandt"


def test_a_name_after_a_possessive_post_is_the_speaker():
    """'," the bank's chief economist, Laszlo Varga, told reporters.': the name in the appositive speaks."""
    said = _said("“Inflation will fall below three percent by the spring,” the bank's chief economist, Laszlo Varga, "
                 "told reporters on Monday.\n")
    assert said == {"Inflation will fall below three percent by the spring": "Laszlo Varga"}
