"""Hostile and broken decks: every one gets a diagnostic at its place, nothing hangs, no traceback.

Each test is a reproduction from issue 7 (a mutated deck, a source path that is a FIFO or a loop, ...).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from trainer.deck.article import ArticleError, read_article
from trainer.deck.loader import INTERNAL_ERROR, load_deck, load_deck_text, load_decks

ARTICLE = "Russia will never form alliances that target other countries, Lavrov said.\n"
DECK = """\
deck: {deck_id}
title: A deck
sources:
  - id: art
    title: An article
    file: "{file}"
questions:
  - id: q1
    type: true_false
    statement: Russia rules out alliances.
    quote: "Russia will never form alliances"
    answer: true
"""

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlink loops are POSIX")


def deck_text(file: str = "art.txt", deck_id: str = "d") -> str:
    return DECK.format(file=file, deck_id=deck_id)


def folder_with_article(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "art.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def messages(text: str, path: Path) -> list[str]:
    return [f"{d.line}:{d.column}: {d.message}" for d in load_deck_text(text, path).diagnostics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("deck: !!bool maybe\n", "1:7: 'maybe' is not a valid true/false value"),
        ("title: !!timestamp hello\n", "1:8: 'hello' is not a valid date"),
        ("? !!bool maybe\n: 1\n", "1:3: 'maybe' is not a valid true/false value"),
        ("a: !<tag:yaml.org,2002:bool> maybe\n", "1:4: 'maybe' is not a valid true/false value"),
        ("a: !!int ''\n", "1:4: '' is not a valid whole number"),
        ("a: !!int 0x\n", "1:4: '0x' is not a valid whole number"),
        ("a: !!float x\n", "1:4: 'x' is not a valid number"),
        ("a: !!timestamp 2020-01-01 99:99\n", "1:4: '2020-01-01 99:99' is not a valid date"),
        ("a: !!binary eHl6\n", "1:4: unsupported tag '!!binary'"),
        ("a: !!python/object:os.system x\n", "1:4: unsupported tag '!!python/object:os.system'"),
    ],
)
def test_any_tag_and_value_gives_a_positioned_error(tmp_path: Path, text: str, expected: str) -> None:
    found = messages(text, tmp_path / "d.yaml")
    assert found[0].startswith(expected), found


@pytest.mark.parametrize(
    ("text", "position", "name"),
    [
        ('deck: x\ntitle: "a\fb"\n', "2:10", "U+000C (form feed)"),
        ("deck: x\n\ntitle: 'ab\x00c'\n", "3:11", "U+0000 (NUL)"),
        ("deck: x\ntitle: é\x1b]0;t\x07\n", "2:9", "U+001B (escape)"),
        ("deck: x\n# a comment \x7f\n", "2:13", "U+007F (delete)"),
    ],
)
def test_control_character_is_reported_where_it_stands(tmp_path: Path, text: str, position: str, name: str) -> None:
    [found] = messages(text, tmp_path / "d.yaml")
    assert found.startswith(f"{position}: a control character {name} is not allowed"), found


def test_a_deck_file_with_a_control_character_gets_its_position(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_bytes("deck: x\ntitle: 'caf\u00e9 \f'\n".encode())
    [diagnostic] = load_deck(path).diagnostics
    assert (diagnostic.line, diagnostic.column) == (2, 14)


@posix_only
@pytest.mark.parametrize(
    ("make", "file", "expected"),
    [
        (lambda folder: os.mkfifo(folder / "pipe.txt"), "pipe.txt", "is a named pipe (FIFO)"),
        (lambda folder: os.symlink("loop.txt", folder / "loop.txt"), "loop.txt", "leads round in a loop"),
        (lambda folder: (folder / "sub").mkdir(), "sub", "is a folder"),
        (lambda folder: None, "art\\0.txt", "cannot hold a NUL character"),
        (lambda folder: os.symlink("/dev/zero", folder / "zero.txt"), "zero.txt", "is outside"),
        (lambda folder: os.symlink("missing.txt", folder / "dangling.txt"), "dangling.txt", "does not exist"),
    ],
)
def test_a_source_that_is_not_a_regular_file_is_refused_without_waiting(
    tmp_path: Path, make, file: str, expected: str
) -> None:
    folder = folder_with_article(tmp_path)
    make(folder)
    found = messages(deck_text(file), folder / "d.yaml")
    assert len(found) == 1 and found[0].startswith("6:11: ") and expected in found[0], found


@posix_only
def test_an_article_that_is_a_device_or_unreadable_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="is a device"):
        read_article(Path("/dev/zero"))
    secret = tmp_path / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root reads anything
        pytest.skip("running as root: a file without permissions is still readable")
    with pytest.raises(ArticleError, match="permission denied"):
        read_article(secret)


@posix_only
def test_deck_files_that_are_fifos_or_loops_do_not_stop_the_others(tmp_path: Path) -> None:
    folder = folder_with_article(tmp_path)
    (folder / "good.yaml").write_text(deck_text(deck_id="good"), encoding="utf-8")
    (folder / "tagged.yaml").write_text("deck: !!bool maybe\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")
    os.symlink("loop.yaml", folder / "loop.yaml")
    loaded = {deck.path.name: deck for deck in load_decks([folder])}
    assert loaded["good.yaml"].ok
    assert "named pipe" in loaded["pipe.yaml"].diagnostics[0].message
    assert "loop" in loaded["loop.yaml"].diagnostics[0].message
    assert "'maybe' is not a valid" in loaded["tagged.yaml"].diagnostics[0].message


def test_an_unexpected_failure_becomes_a_diagnostic_of_that_deck(tmp_path: Path, monkeypatch) -> None:
    from trainer.deck import loader

    def broken(*args: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(loader, "check_deck", broken)
    [diagnostic] = load_deck_text(deck_text(), folder_with_article(tmp_path) / "d.yaml").diagnostics
    assert diagnostic.message.startswith(INTERNAL_ERROR) and "KeyError" in diagnostic.message
