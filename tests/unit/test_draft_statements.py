"""True/false and several-answer questions, and the lead's question (issue 10: questions a teacher keeps).

The articles are invented for the tests. Each test asserts what a teacher would see in the drafted
deck: a statement proved true or false by its quote, true and false in turn, no question that answers
another, a list asked as one several-answer question, and a question on the lead.
"""

from __future__ import annotations

import io
from pathlib import Path

from trainer.deck.cli import run_check
from trainer.deck.values import numbers_in
from trainer.draft.build import analyse, draft_deck, lead_end, select_candidates, to_yaml
from trainer.draft.statements import Statement, settle
from trainer.draft.text import parse_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_bf6c9e913bb2f5d9.txt"
HEADER = " date 2025-10-16 A test article\n\n"

ARTICLE = (
    "Finance Minister Anna Berg said Norway will cut its budget for the climate fund, ending a decade of growth.\n\n"
    "Russia, China and Iran opposed the resolution at the council on Tuesday.\n\n"
    "France and Germany backed it, and Japan abstained.\n\n"
    "The fund spent $40 billion on projects in the region.\n\n"
    "Its reserve holds $12 billion for emergencies.\n\n"
    "“We will not pay for a plan that fails our farmers and our schools,” Berg said.\n\n"
    "“The council must act before the winter comes to the region,” said envoy Peter Lund.\n\n"
    "“Nobody in the room wanted another year of delay on this,” Lund added.\n"
)


def _analysis(body: str = ARTICLE, header: str = HEADER):
    return analyse(parse_article(Path("article.txt"), header + body))


def _deck(tmp_path: Path, body: str = ARTICLE, header: str = HEADER) -> dict:
    article = tmp_path / "articles" / "article.txt"
    article.parent.mkdir(exist_ok=True)
    article.write_text(header + body, encoding="utf-8")
    return draft_deck([article], tmp_path / "decks" / "draft.yaml")[0]


def _of(deck: dict, kind: str) -> list[dict]:
    return [q for q in deck["questions"] if q["type"] == kind]


def _statements(analysis, kind: str) -> list[Statement]:
    return [c for c in analysis.candidates if isinstance(c, Statement) and c.kind == kind]


def test_a_speaker_statement_names_the_speaker_or_another_quoted_person_the_quote_does_not_name():
    statements = {s.fields["statement"]: s for s in _statements(_analysis(), "quote")}
    farmers = next(s for text, s in statements.items() if "farmers" in text)
    assert farmers.fields["statement"].startswith("Anna Berg said “We will not pay")
    assert farmers.fields["answer"] is True and "Berg said" in farmers.fields["quote"]  # the quote shows who said it
    assert farmers.false_fields["statement"].startswith("Peter Lund said “We will not pay")
    assert farmers.false_fields["answer"] is False and "Lund" not in farmers.false_fields["quote"]


def test_a_figure_statement_swaps_in_another_figure_of_the_same_kind_that_its_quote_does_not_show():
    statement = next(s for s in _statements(_analysis(), "figure") if "$40 billion" in s.fields["quote"])
    assert statement.fields["statement"] == statement.fields["quote"]
    false = statement.false_fields
    assert "$12 billion" in false["statement"] and "$40 billion" not in false["statement"]
    assert 12e9 not in numbers_in(false["quote"])  # the quote shows 40, so the statement is false


def test_no_false_figure_within_a_hedge_of_the_true_one():
    body = "The fund spent nearly $40 billion last year on new projects.\n\nIt had planned $36 billion in January.\n"
    for statement in _statements(_analysis(body), "figure"):
        assert statement.false_fields is None or "$36" not in statement.false_fields["statement"]


def test_true_and_false_alternate_the_same_way_on_every_run():
    def answers() -> list[bool]:
        analysis = _analysis()
        kept = [c for c in analysis.candidates if isinstance(c, Statement) and c.false_fields is not None]
        settle(kept)
        return [c.fields["answer"] for c in sorted(kept, key=lambda c: c.position)]

    first = answers()
    assert len(first) >= 4 and first == answers()
    # these statements are their sentences copied (figure swaps): each asks its false form (round 8); the
    # alternation of restated ones is tested in test_draft_round8_facts.py
    assert first == [False] * len(first)


def test_one_question_per_fact_a_statement_never_shows_another_questions_answer(tmp_path):
    deck = _deck(tmp_path)
    statements = _of(deck, "true_false")
    assert statements
    for statement in statements:
        for other in deck["questions"]:
            if other is statement:
                continue
            assert other["quote"] != statement["quote"]  # not the same sentence asked twice
            if other["type"] == "who_said":
                assert other["quote"] not in statement["quote"]  # the statement would show who said it
    # the $40 billion is asked once, as a number or as a statement
    assert len([q for q in deck["questions"] if "$40 billion" in q["quote"]]) == 1


def test_a_list_in_one_sentence_becomes_a_several_answer_question(tmp_path):
    multi, = _of(_deck(tmp_path), "multi")
    assert multi["prompt"].startswith("Which countries opposed the resolution at the council on Tuesday?")
    assert multi["answers"] == ["Russia", "China", "Iran"]
    distractors = set(multi["choices"]) - set(multi["answers"])
    assert len(distractors) >= 2 and distractors <= {"France", "Germany", "Japan", "Norway"}  # named elsewhere
    assert not any(d in multi["quote"] for d in distractors)  # the quote shows every right answer and no wrong one
    assert all(a in multi["quote"] for a in multi["answers"])


def test_no_several_answer_question_on_two_names_or_a_list_that_is_not_one():
    body = "France and Germany backed it.\n\nRussia said China should talk to Iran about it.\n"
    assert not [c for c in _analysis(body).candidates if c.fields["type"] == "multi"]


def test_the_seed_deck_has_a_question_on_its_lead():
    analysis = analyse(parse_article(SEED, SEED.read_text(encoding="utf-8")))
    assert any(c.position < lead_end(analysis.body) for c in select_candidates(analysis))


def test_a_lead_with_nothing_else_to_ask_gets_a_true_false_question(tmp_path):
    lead = "Finance Minister Anna Berg said Norway will cut its budget for the climate fund, ending a decade of growth."
    analysis = _analysis()
    kept = select_candidates(analysis)
    on_lead = [c for c in kept if c.position < lead_end(analysis.body)]
    assert [c.fields["type"] for c in on_lead] == ["true_false"]
    assert on_lead[0].fields["quote"] == lead
    # round 12: no false form by an inserted "not", a country or a word swapped; the claim is asked true
    assert on_lead[0].false_fields is None


def test_a_headline_above_the_body_does_not_take_the_lead_alone():
    body = "Norway Cuts Climate Fund\n\n" + ARTICLE
    analysis = _analysis(body)
    assert lead_end(analysis.body) > analysis.body.text.index("ending a decade")


def test_drafted_true_false_and_multi_questions_pass_the_strict_check(tmp_path):
    deck = _deck(tmp_path)
    assert _of(deck, "true_false") and _of(deck, "multi")
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "draft.yaml").write_text(to_yaml(deck, None), encoding="utf-8")
    out = io.StringIO()
    assert run_check([tmp_path / "decks" / "draft.yaml"], strict=True, out=out, err=out) == 0, out.getvalue()


def test_a_statement_and_a_blank_on_its_sentence_are_not_both_drafted(tmp_path):
    """The statement shows the whole sentence: a date or a post asked from that sentence would be given away."""
    body = ("Finance Minister Anna Berg said Norway will close the climate fund it set up in 2015.\n\n"
            "“We will not pay for a plan that fails our farmers and our schools,” Berg said.\n\n"
            "“The council must act before the winter comes to the region,” said envoy Peter Lund.\n\n"
            "Sweden and Denmark kept their funds.\n")
    analysis = _analysis(body)
    assert any(c.fields["type"] == "date" and c.position < lead_end(analysis.body) for c in analysis.candidates)
    assert any(c.fields["type"] == "true_false" and c.position < lead_end(analysis.body) for c in analysis.candidates)
    quotes = [q["quote"] for q in _deck(tmp_path, body)["questions"]]
    assert len(quotes) == len(set(quotes))


def test_the_false_speaker_is_not_named_in_the_quote():
    body = ("“We will not pay for a plan that fails our farmers and our schools,” Berg told envoy Peter Lund.\n\n"
            "Finance Minister Anna Berg spoke in Oslo.\n\n"
            "“The council must act before the winter comes to the region,” said envoy Peter Lund.\n")
    # the only other speaker, Lund, is named in the quote: no false form, so no statement ("Berg said ..." is a truism)
    assert not [s for s in _statements(_analysis(body), "quote") if "farmers" in s.fields["statement"]]


def test_no_speaker_statement_in_an_article_with_one_voice():
    """'X said ...' asked true/false where X is the only voice is always true: a blind judge deleted it."""
    body = ("Finance Minister Anna Berg said Norway will cut its budget for the climate fund.\n\n"
            "“We will not pay for a plan that fails our farmers and our schools,” Berg said in Oslo.\n\n"
            "Erik Lund and Sofie Holm met in Oslo on Monday. Lund and Holm left.\n")
    assert not _statements(_analysis(body), "quote")


def test_a_statement_never_shows_a_pair_of_a_match(tmp_path):
    body = ("Russia holds 5,459 nuclear warheads, followed by the US with 5,177, while China has about 600.\n\n"
            "France has 290 nuclear warheads, officials in Paris said.\n\n" + ARTICLE)
    deck = _deck(tmp_path, body)
    match, = _of(deck, "match")
    for statement in _of(deck, "true_false"):
        assert not any(left in statement["statement"] and right in statement["statement"]
                       for left, right in match["pairs"].items()), statement


def test_no_statement_from_a_sentence_with_an_ellipsis():
    """The checker reads any '…' in a quote as words left out: --strict would refuse the question."""
    body = ("Finance Minister Anna Berg said Norway will cut its budget for the climate fund… and more.\n\n"
            "The fund spent $40 billion on projects in the region... officials said.\n\n"
            "Its reserve holds $12 billion for emergencies.\n\n" + ARTICLE)
    for candidate in _analysis(body).candidates:
        if isinstance(candidate, Statement):
            assert "…" not in candidate.fields["quote"] and "..." not in candidate.fields["quote"]
