"""Reading source articles: the header, the byline, the whole text, and clear refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from trainer.deck.article import ArticleError, read_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_bf6c9e913bb2f5d9.txt"


def test_seed_article_header_byline_and_text() -> None:
    article = read_article(SEED)
    assert article.date == dt.date(2025, 10, 16)
    assert article.title == "Lavrov: Russia Won’t Join US Against China"
    assert article.byline == "Staff, Agencies"
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.path == SEED


def test_plain_text_without_header(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Just a paragraph.\n\nAnother one.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.date, article.byline) == (None, None, None)
    assert article.text.startswith("Just a paragraph.")


def test_header_with_an_impossible_date_keeps_the_title(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(" date 2025-02-30 Title here\nBy Someone\n\nText.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.date, article.byline) == ("Title here", None, "Someone")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="does not exist"):
        read_article(tmp_path / "nope.txt")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("line one\nCaf\xe9 au lait\n".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"not UTF-8 text \(bad byte at line 2\)"):
        read_article(path)


def test_folder_is_not_an_article(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="folder"):
        read_article(tmp_path)
