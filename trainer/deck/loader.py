"""Load a deck file: YAML, schema, articles and checks, with every problem as a diagnostic.

:func:`load_deck` never raises for bad input: a broken deck comes back with ``deck=None`` and
diagnostics that say where and what. The whole deck is validated in one pydantic call (the fast
path for a clean deck); only when that fails are the parts validated one by one, so that the
consistency and quote checks still run on every question that is well formed.
"""

from __future__ import annotations

import gc
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import ValidationError

from trainer.deck.article import Article, ArticleError, read_article
from trainer.deck.catalog import find_deck_files
from trainer.deck.checks import DeckParts, check_deck
from trainer.deck.diagnostics import Diagnostic, Reporter
from trainer.deck.model import QUESTION_CLASSES, Deck, Person, Source
from trainer.deck.files import FileProblem, read_regular_file, resolve
from trainer.deck.schema_errors import report_validation_errors
from trainer.deck.yamlload import MAX_BYTES, YamlError, parse_yaml

#: How a diagnostic for a failure of trainer itself (not of the deck) begins; the fuzz tests look for it.
INTERNAL_ERROR = "internal error"


@dataclass
class LoadedDeck:
    """A deck file after loading: the deck (when it validated), its articles and its problems."""

    path: Path
    deck: Deck | None
    articles: dict[str, Article] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: Questions written in the file, valid or not (for summaries).
    question_count: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    @property
    def ok(self) -> bool:
        """The deck was built and nothing is wrong with it (warnings allowed)."""
        return self.deck is not None and not self.errors

    @property
    def first_error(self) -> Diagnostic | None:
        errors = self.errors
        return errors[0] if errors else None


def load_deck(path: Path) -> LoadedDeck:
    """Load and check the deck file at ``path``."""
    path = Path(path)
    report = Reporter(path)
    too_large = f"is too large (the limit is {MAX_BYTES // 2**20} MB)"
    try:
        data = read_regular_file(path, MAX_BYTES, too_large)
    except FileProblem as problem:
        message = "no such file" if str(problem) == "does not exist" else f"the file {problem}"
        report.at(1, 1, "error", message)
        return LoadedDeck(path, None, diagnostics=report.diagnostics)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        report.at(line, column, "error", "the file is not UTF-8 text; save it as UTF-8")
        return LoadedDeck(path, None, diagnostics=report.diagnostics)
    return load_deck_text(text, path)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a deck is built.

    Building a big deck allocates hundreds of thousands of objects and no cycles; the collector,
    triggered by the allocations, would walk them all again and again (it made loading a
    10,000-question deck three times slower). Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_deck_text(text: str, path: Path) -> LoadedDeck:
    """Check deck ``text`` as if it were the file at ``path`` (sources are found next to it)."""
    path = Path(path)
    with _gc_paused():
        try:
            return _load_text(text, path)
        except Exception as error:  # noqa: BLE001 - one broken deck must never stop the others
            return LoadedDeck(path, None, diagnostics=[Diagnostic(
                path, 1, 1, "error",
                f"{INTERNAL_ERROR}: trainer could not check this deck ({type(error).__name__}: {error}); "
                "please report it with the deck file",
            )])


def _load_text(text: str, path: Path) -> LoadedDeck:
    report = Reporter(path)
    try:
        document = parse_yaml(text)
    except YamlError as error:
        report.at(error.line, error.column, "error", error.message)
        return LoadedDeck(path, None, diagnostics=report.diagnostics)
    report.document = document
    data = document.value
    if not isinstance(data, dict):
        report.error((), "a deck is a mapping with 'deck', 'title', 'sources' and 'questions' keys")
        return LoadedDeck(path, None, diagnostics=report.diagnostics)
    questions = data.get("questions")
    count = len(questions) if isinstance(questions, list) else 0
    deck, parts = _validate(data, report)
    articles = _read_sources(parts, path, report)
    check_deck(parts, articles, report)
    report.diagnostics.sort(key=lambda d: (d.line, d.column))
    return LoadedDeck(path, deck, articles, report.diagnostics, count)


def _validate(data: dict[str, Any], report: Reporter) -> tuple[Deck | None, DeckParts]:
    """The deck if it validates; in any case the parts that do, with schema errors reported."""
    try:
        deck = Deck.model_validate(data)
    except ValidationError as error:
        failed = report_validation_errors(error.errors(include_url=False), data, report)
    else:
        return deck, DeckParts(
            sources=list(enumerate(deck.sources)),
            people=list(deck.people),
            questions=list(enumerate(deck.questions)),
            source_ids=[(index, source.id) for index, source in enumerate(deck.sources)],
            question_ids=[(index, question.id) for index, question in enumerate(deck.questions)],
        )
    parts = DeckParts(sources_known=("sources",) not in failed and isinstance(data.get("sources"), list))
    for index, raw in _items(data, "sources"):
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            parts.source_ids.append((index, raw["id"]))
        if ("sources", index) not in failed:
            parts.sources.extend((index, source) for source in _try(Source, raw))
    for index, raw in _items(data, "people"):
        if ("people", index) not in failed:
            parts.people.extend(_try(Person, raw))
    for index, raw in _items(data, "questions"):
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            parts.question_ids.append((index, raw["id"]))
        if ("questions", index) not in failed and isinstance(raw, dict):
            model = QUESTION_CLASSES.get(raw.get("type"))  # type: ignore[arg-type]
            parts.questions.extend((index, question) for question in _try(model, raw))
    return None, parts


def _items(data: dict[str, Any], key: str) -> Iterable[tuple[int, Any]]:
    value = data.get(key)
    return enumerate(value) if isinstance(value, list) else ()


def _try(model: Any, raw: Any) -> list[Any]:
    """``[model(raw)]``, or ``[]`` when it does not validate (its errors are already reported)."""
    if model is None:
        return []
    try:
        return [model.model_validate(raw)]
    except ValidationError:
        return []


def _read_sources(parts: DeckParts, deck_path: Path, report: Reporter) -> dict[str, Article]:
    """The articles of the deck's sources, by source id; unreadable or refused files are errors."""
    articles: dict[str, Article] = {}
    try:
        folder = resolve(deck_path.parent)
    except FileProblem:
        return articles
    root = folder.parent
    for index, source in parts.sources:
        where = ("sources", index, "file")
        if source.id in articles:
            continue
        if "\x00" in source.file:
            report.error(where, "a source file's path cannot hold a NUL character")
            continue
        written = Path(source.file)
        if written.is_absolute() or source.file.startswith("~"):
            report.error(where, f"source file '{source.file}' is an absolute path; write it relative to the deck file")
            continue
        try:
            target = resolve(folder / written)
        except FileProblem as problem:
            report.error(where, f"source file '{source.file}' {problem}")
            continue
        if not target.is_relative_to(root):
            report.error(where, f"source file '{source.file}' is outside {root}{os.sep}; a deck may only use "
                                "articles inside the folder that holds its own folder")
            continue
        try:
            articles[source.id] = read_article(target)
        except ArticleError as error:
            report.error(where, f"source file '{source.file}' {error}")
    return articles


def load_decks(paths: Iterable[Path]) -> list[LoadedDeck]:
    """Every deck under ``paths`` (see :func:`find_deck_files`), loaded and checked."""
    decks = [load_deck(path) for path in find_deck_files(paths)]
    flag_duplicate_deck_ids(decks)
    return decks


_DECK_KEY = re.compile(r"^deck[ \t]*:[ \t]*", re.MULTILINE)


def flag_duplicate_deck_ids(decks: list[LoadedDeck]) -> None:
    """An error on every deck whose id an earlier file already uses.

    Scores are keyed on deck id, so two files with one id would mix their students' progress.
    """
    first: dict[str, Path] = {}
    for loaded in decks:
        if loaded.deck is None:
            continue
        owner = first.setdefault(loaded.deck.deck, loaded.path)
        if owner == loaded.path:
            continue
        line, column = 1, 1
        try:
            text = read_regular_file(loaded.path, MAX_BYTES, "too large").decode("utf-8-sig")
            match = _DECK_KEY.search(text)
            if match:
                line = text.count("\n", 0, match.start()) + 1
                column = match.end() - match.start() + 1
        except (FileProblem, UnicodeDecodeError):
            pass
        loaded.diagnostics.insert(0, Diagnostic(
            loaded.path, line, column, "error",
            f"deck id '{loaded.deck.deck}' is already used by {owner}; scores are kept by deck id, "
            "so give this deck an id of its own",
        ))
