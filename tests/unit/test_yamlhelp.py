"""Syntax errors of deck files in words that say what to do, at the parser's position."""

from __future__ import annotations

import pytest

from trainer.deck.yamlload import YamlError, parse_yaml


def error_of(text: str) -> YamlError:
    with pytest.raises(YamlError) as caught:
        parse_yaml(text)
    return caught.value


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [
        ("questions:\n  - id: a\n    type: choice\n   - id: b\n", (4, 4),
         "not lined up with the list that starts at line 2, column 3"),
        ("questions:\n  - id: a\n    type: choice\n      prompt: x\n", (4, 13), "indented more than the keys above"),
        ('deck: x\ntitle: "abc\nother: y\n', (4, 1), "opens at line 2, column 8 is never closed: end it with \""),
        ("deck: x\ntitle: 'abc\nother: y\n", (4, 1), "end it with '"),
        ("deck: x\nprompt: Lavrov said: no\n", (2, 20), "contains ': ', which YAML reads as a new key"),
        ('deck: x\nquote: "Russia will" said Lavrov\nnext: 1\n', (2, 22), "text follows the closing quote"),
        ('choices: [a, "b" c]\n', (1, 18), "in the [ ] list that opens at line 1, column 10"),
        ("x: @foo\n", (1, 4), "cannot start with @"),
        ('x: "a \\q b"\n', (1, None), "backslash starts an escape"),
        ("deck: x\n\ttitle: y\n", (2, None), "a tab cannot indent YAML; use spaces"),
        ("deck: x\njust some text\nnext: y\n", (3, 1), "neither 'key: value' nor a '- ' item"),
    ],
)
def test_common_mistakes_say_what_to_do(text: str, position: tuple[int, int], fragment: str) -> None:
    error = error_of(text)
    assert error.line == position[0] and position[1] in (None, error.column)  # libyaml and PyYAML differ by one
    assert fragment in error.message, error.message
    assert "while parsing" not in error.message and "<block" not in error.message


def test_a_second_document_keeps_its_own_words() -> None:
    assert "remove the second '---'" in error_of("a: 1\n---\nb: 2\n").message
