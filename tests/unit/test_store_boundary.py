"""The store owns SQL: no query is written outside trainer/store/, and the store takes none from outside."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import trainer
from trainer.store import Store

PACKAGE = Path(trainer.__file__).parent
# SQL as this code base writes it (upper-case keywords), not the English words: "Select a deck from the list" is
# no query. Each string literal is checked alone, since queries are often split over several.
SQL = re.compile(r"\bSELECT\s+(DISTINCT\s+)?[\w*(]|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
                 r"|\bDELETE\s+FROM\b|\bsqlite_master\b")


def sql_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal (f-strings included) in ``source`` that holds SQL."""
    kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    return [(token.start[0], token.string[:80])
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type in kinds and SQL.search(token.string)]


def test_sql_is_written_only_under_trainer_store() -> None:
    outside = {
        f"{path.relative_to(PACKAGE.parent)}:{line}": text
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] != "store"
        for line, text in sql_strings(path.read_text(encoding="utf-8"))
    }
    assert outside == {}


def test_the_scan_sees_queries_split_over_literals_and_not_english() -> None:
    source = (
        'rows = store.query(\n'
        '    "SELECT deck_id, count(*)"\n'
        '    f" FROM cards WHERE {where}"\n'
        ')\n'
        'conn.execute("DELETE FROM exam_responses WHERE session_id = ?")\n'
        'conn.execute("INSERT OR REPLACE INTO cards VALUES (?)")\n'
        'TITLE = "Select a deck from the list, then update the figures"\n'
    )
    assert [line for line, _text in sql_strings(source)] == [2, 5, 6]


def test_the_store_takes_no_query_string() -> None:
    public = {name for name in dir(Store) if not name.startswith("_")}
    assert not public & {"read", "execute", "query"}
