"""The safe YAML layer: values as YAML means them, positions, and refusal of dangerous input."""

from __future__ import annotations

import datetime as dt

import pytest

from trainer.deck import yamlload
from trainer.deck.yamlload import MAX_BYTES, YamlError, parse_yaml


def error_of(text: str, **kwargs: int) -> YamlError:
    with pytest.raises(YamlError) as caught:
        parse_yaml(text, **kwargs)
    return caught.value


def test_scalars_resolve_as_yaml_says() -> None:
    value = parse_yaml(
        "a: 12\nb: 1.5\nc: true\nd: no\ne: ~\nf: 2025-10-16\ng: '12'\nh: text\ni: [x, 2]\n"
    ).value
    assert value == {
        "a": 12, "b": 1.5, "c": True, "d": False, "e": None, "f": dt.date(2025, 10, 16),
        "g": "12", "h": "text", "i": ["x", 2],
    }  # fmt: skip


def test_syntax_error_points_at_the_problem() -> None:
    error = error_of("deck: x\ntitle: a: b\n")
    assert (error.line, error.column) == (2, 9)
    assert "in quotes" in error.message


def test_unclosed_list_reports_where_it_began() -> None:
    error = error_of("deck: x\nchoices: [a, b\nother: 1\n")
    assert error.line == 3
    assert "line 2, column 10" in error.message


def test_tab_indentation_has_a_plain_message() -> None:
    error = error_of("questions:\n\t- id: x\n")
    assert (error.line, error.column) == (2, 1)
    assert "tab" in error.message


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    error = error_of("id: a\nquote: x\nid: b\n")
    assert (error.line, error.column) == (3, 1)
    assert "duplicate key 'id' (first at line 1)" in error.message


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['echo hacked']\n",
        "a: !!python/name:os.system\n",
        "a: !!python/object:collections.OrderedDict {}\n",
        "a: !custom 1\n",
        "a: !!set {x}\n",
        "a: !!binary aGVsbG8=\n",
    ],
)
def test_tags_beyond_plain_data_are_refused_at_their_position(text: str) -> None:
    error = error_of("ok: 1\n" + text)
    assert (error.line, error.column) == (2, 4)
    assert "unsupported tag" in error.message


def test_alias_bomb_is_refused_before_it_expands() -> None:
    # Each level repeats the one before ten times: 10**12 values if it were ever expanded.
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 13):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    error = error_of("\n".join(lines) + "\n")
    assert "expands to more than" in error.message


def test_small_documents_may_use_aliases_and_merges() -> None:
    value = parse_yaml(
        "base: &base {type: choice, prompt: Which?}\nq: {<<: *base, prompt: Own}\nlist: &l [a, b]\nagain: *l\n"
    ).value
    assert value["q"] == {"type": "choice", "prompt": "Own"}
    assert value["again"] == ["a", "b"]


def test_alias_cap_counts_every_use() -> None:
    text = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [*a, *a, *a, *a, *a]\n"
    assert parse_yaml(text, max_nodes=100).value["b"][4][9] == 10
    assert "expands" in error_of(text, max_nodes=40).message


def test_recursive_alias_is_refused() -> None:
    assert "contains it" in error_of("a: &a [1, *a]\n").message


def test_files_over_the_size_limit_are_refused() -> None:
    error = error_of("# " + "x" * MAX_BYTES + "\n")
    assert "too large" in error.message


def test_one_document_only_and_not_empty() -> None:
    assert "one document" in error_of("a: 1\n---\nb: 2\n").message
    assert "empty" in error_of("# nothing\n").message


def test_invalid_dates_are_errors_not_tracebacks() -> None:
    error = error_of("published: 2025-02-30\n")
    assert (error.line, error.column) == (1, 12)
    assert "not a valid date" in error.message


def test_positions_of_values_and_keys() -> None:
    document = parse_yaml("deck: x\nquestions:\n  - id: q1\n    answer: [a, b]\n  - id: q2\n")
    assert document.mark(("questions", 0, "answer")) == (4, 13)
    assert document.mark(("questions", 0, "answer", 1)) == (4, 17)
    assert document.key_mark(("questions", 0, "answer")) == (4, 5)
    assert document.mark(("questions", 1)) == (5, 5)
    # A path that does not exist stops at the nearest node that does (the mapping).
    assert document.mark(("questions", 1, "quote")) == (5, 5)
    assert document.has(("questions", 1, "id")) and not document.has(("questions", 1, "quote"))


def test_positions_through_merged_keys() -> None:
    document = parse_yaml("base: &b\n  prompt: P\nq:\n  <<: *b\n  id: x\n")
    assert document.mark(("q", "prompt")) == (2, 11)
    assert document.mark(("q", "id")) == (5, 7)


def test_the_pure_python_loader_gives_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    class PureLoader(yaml.SafeLoader):
        resolve = yamlload._DeckLoader.resolve
        _implicit = yaml.SafeLoader.yaml_implicit_resolvers

    text = "a: 12\nb: [x, 1.5, true, null, 2025-10-16]\nc: {d: 'e'}\n"
    expected = parse_yaml(text).value
    monkeypatch.setattr(yamlload, "_DeckLoader", PureLoader)
    assert parse_yaml(text).value == expected
    assert (error_of("a: 1\na: 2\n").line) == 2
