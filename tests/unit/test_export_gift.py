"""GIFT export: Moodle's rules for escaping, layout and every question type."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from trainer.deck.model import Deck, Number, TextAnswer
from trainer.export.gift import escape, export_gift

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return Deck.model_validate(yaml.safe_load((DATA / "awkward-deck.yaml").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def blocks(deck: Deck) -> dict[str, str]:
    """Question blocks by id."""
    found = {}
    for block in export_gift(deck).text.split("\n\n"):
        match = re.search(r"^::([^:]+)::", block, re.MULTILINE)
        if match:
            found[match.group(1)] = block
    return found


def test_escape_makes_every_special_character_literal() -> None:
    assert escape("a~b=c#d{e}f:g") == r"a\~b\=c\#d\{e\}f\:g"
    assert escape("back\\slash") == r"back\\slash"
    assert escape("two\nlines") == r"two\nlines"
    assert escape("\\n is not a newline") == r"\\n is not a newline"


def test_questions_are_separated_by_one_blank_line_and_end_with_the_answer_brace(deck: Deck) -> None:
    text = export_gift(deck).text
    assert text.endswith("}\n")
    assert "\n\n\n" not in text
    for block in text[:-1].split("\n\n"):
        assert block.strip() == block
        if "::" in block and not block.startswith("$CATEGORY"):
            assert block.endswith("}")


def test_no_unescaped_special_character_in_texts(blocks: dict[str, str]) -> None:
    for question_id, block in blocks.items():
        body = re.sub(r"\\[\\:#={}~n*]", "", block)  # drop escapes: what is left is structure
        lines = [line for line in body.splitlines() if not line.startswith("//")]
        head = lines[0]
        assert head.startswith(f"::{question_id}::") and head.endswith(" {"), head
        assert not re.search(r"[~=#{}:]", head[len(question_id) + 4 : -2]), head
        assert lines[-1] == "}"
        for line in lines[1:-1]:
            marker, text = line.strip()[0], line.strip()[1:]
            if text.startswith("###"):  # general feedback
                text = text[3:]
            else:
                assert marker in "=~#TF", line
                text = re.sub(r"^%-?[\d.]+%", "", text)
                text = re.sub(r"^[\d.:-]+$", "", text) if marker == "#" else text
                text = text.split(" -> ", 1)[-1]
            assert not re.search(r"[~=#{}:]", text), (question_id, line)


def test_text_keeps_newlines_braces_and_colons_escaped(blocks: dict[str, str]) -> None:
    assert r"::treaty-name::Name the treaty\:\nits short name, please. {" in blocks["treaty-name"]
    assert r"\{under pressure\}\: never." in blocks["minister-deal"]
    assert "\t=Council \\= \\#1\n\t~Assembly \\~ \\#2\n\t~Secretariat\\: \\{3\\}" in blocks["ranking-first"]


def test_quote_and_citation_are_the_general_feedback(blocks: dict[str, str]) -> None:
    feedback = next(line for line in blocks["ranking-first"].splitlines() if "####" in line)
    # '<tags>' in the citation: marked [plain] so that Moodle shows it instead of reading it as HTML
    assert feedback.startswith("\t####[plain]“Council \\= \\#1, Assembly")
    assert r"\n— Awkward Times\: \{braces\} & <tags>, Ведомости, 2025-10-16" in feedback
    assert feedback.endswith(r"\n\nLine one\: the ranking.\nLine two\: a backslash \\ stays a backslash.")


def test_multi_weights_share_plus_and_minus_one_hundred(blocks: dict[str, str]) -> None:
    weights = [float(w) for w in re.findall(r"~%(-?[\d.]+)%", blocks["powers"])]
    assert sum(w for w in weights if w > 0) == pytest.approx(100)
    assert sum(w for w in weights if w < 0) == pytest.approx(-100)
    assert "\t~%50%中国\n\t~%50%Россия" in blocks["powers"]


def test_each_type_has_its_gift_form(blocks: dict[str, str]) -> None:
    assert "\n\tT\n" in blocks["treaty-expires"] and "\n\tF\n" in blocks["no-talks"]
    assert "\n\t#5459:109.18\n" in blocks["warheads"]  # 2% of 5459, made absolute
    assert "\n\t#-3.5:0.5\n" in blocks["temperature"]
    assert "\n\t#2026:1\n" in blocks["talks-year"]
    day = blocks["interview-day"]
    for form in ("=2025-10-16", "=16 October 2025", "=October 16, 2025", "=2025-10-15", "=17 Oct 2025"):
        assert f"\t{form}\n" in day
    assert day.index("=2025-10-16") < day.index("=2025-10-15")  # the exact date comes first
    assert "\t=2025-09\n\t=September 2025\n" in blocks["vote-month"]
    assert "\t=New START\n\t=СНВ-III\n\t=新削减战略武器条约\n\t=New \\= START \\#3\n" in blocks["treaty-name"]
    assert "\t=1 -> Россия\n\t=2 -> the USA -> second\n\t=3 -> 中国\\: \\~600\n" in blocks["ranking-order"]


def test_who_said_is_multiple_choice_with_a_type_comment(blocks: dict[str, str]) -> None:
    block = blocks["minister-deal"]
    assert block.startswith("// trainer type: who_said\n::minister-deal::Who said\\: “We will")
    assert "\t=Sergey Lavrov\n" in block
    assert len(re.findall(r"^\t~", block, re.MULTILINE)) == 2  # drawn from the deck's people


def test_categories_come_from_the_first_tag(deck: Deck) -> None:
    text = export_gift(deck).text
    assert "$CATEGORY: awkward/quotes\n\n// trainer type: who_said\n::minister-deal::" in text
    assert "$CATEGORY: awkward/ядерное//оружие\n" in text  # a slash in a category name is doubled
    assert "$CATEGORY: awkward\n\n// trainer type: who_said\n::wang-yi::" in text


def test_what_gift_cannot_express_is_reported_not_dropped(deck: Deck) -> None:
    result = export_gift(deck)
    assert [(s.id, s.type) for s in result.skipped] == [("rule-arrow", "text")]
    assert "rule-arrow" not in result.text
    assert result.skip_report("GIFT") == "skipped 1 question that GIFT cannot express: rule-arrow (text)"


def test_short_answer_asterisk_is_literal_and_numbers_lose_trailing_zero(deck: Deck) -> None:
    source = deck.sources
    text = export_gift(
        Deck(
            deck="d",
            title="T",
            sources=source,
            questions=[
                TextAnswer(id="a", type="text", prompt="P", answer="C*O", quote="q"),
                Number(id="b", type="number", prompt="N", answer=12.0, quote="q"),
            ],
        )
    ).text
    assert "\t=C\\*O\n" in text
    assert "\t#12:0\n" in text


def test_who_said_without_other_speakers_is_a_short_answer_that_imports_back(deck: Deck) -> None:
    from trainer.export.gift_import import parse_gift

    lone = deck.model_copy(update={"people": [], "questions": [deck.questions[0]]})
    text = export_gift(lone).text
    assert "// trainer type: who_said\n::minister-deal::" in text and "\t=Sergey Lavrov\n\t####" in text
    (question,) = parse_gift(text, "lone.gift").questions
    assert question["type"] == "who_said" and question["answer"] == "Sergey Lavrov" and "prompt" not in question
