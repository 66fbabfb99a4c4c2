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
from trainer.deck.diagnostics import Diagnostic, Reporter, did_you_mean
from trainer.deck.model import QUESTION_CLASSES, QUESTION_TYPES, Deck, Person, Source
from trainer.deck.files import FileProblem, read_regular_file, resolve
from trainer.deck.yamlload import MAX_BYTES, YamlError, YamlPath, parse_yaml

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


# --- schema errors as friendly messages -------------------------------------------------------

_KINDS = {
    "string_type": "text", "float_type": "a number", "float_parsing": "a number", "int_type": "a whole number",
    "int_parsing": "a whole number", "int_from_float": "a whole number", "bool_type": "true or false",
    "bool_parsing": "true or false", "list_type": "a list", "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)", "model_attributes_type": "a mapping (key: value lines)",
    "date_type": "a date such as 2025-10-16", "date_parsing": "a date such as 2025-10-16",
    "date_from_datetime_parsing": "a date such as 2025-10-16",
    "date_from_datetime_inexact": "a date such as 2025-10-16",
}  # fmt: skip


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (YAML reads yes/no/on/off as true/false; put text in quotes)"
    if isinstance(value, (int, float)):
        return f"the number {value} (put it in quotes to make it text)"
    if value is None:
        return "empty"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 40 else "text"
    return type(value).__name__


def _model_at(path: YamlPath, data: dict[str, Any]) -> Any:
    """The model class that the mapping at ``path`` is validated with, if known."""
    if not path:
        return Deck
    if len(path) == 2 and path[0] in ("sources", "people", "questions"):
        if path[0] == "sources":
            return Source
        if path[0] == "people":
            return Person
        item = data["questions"][path[1]]
        return QUESTION_CLASSES.get(item.get("type")) if isinstance(item, dict) else None
    return None


def _split_loc(loc: tuple[Any, ...], data: Any) -> tuple[YamlPath, list[Any]]:
    """The part of a pydantic ``loc`` that exists in the data, and what is left (a missing key)."""
    path: list[Any] = []
    node = data
    rest: list[Any] = []
    for step in loc:
        if rest:
            rest.append(step)
        elif isinstance(node, dict) and step in node:
            path.append(step)
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            path.append(step)
            node = node[step]
        elif isinstance(node, dict) and step == node.get("type"):
            continue  # the discriminator's tag: ('questions', 3, 'choice', 'answer')
        else:
            rest.append(step)
    return tuple(path), rest


def _name(path: YamlPath) -> str:
    if path and isinstance(path[-1], int):
        return f"item {path[-1] + 1} of '{path[-2]}'" if len(path) > 1 else f"item {path[-1] + 1}"
    return f"'{path[-1]}'" if path else "the deck"


def _required(model: Any) -> str:
    names = [name for name, info in model.model_fields.items() if info.is_required()]
    if getattr(model, "needs_prompt", False):
        names.insert(names.index("type") + 1 if "type" in names else len(names), "prompt")
    if "quote" in model.model_fields:
        names.append("and a quote that proves it (or it is unsourced)")
    return ", ".join(names)


def _message(error: dict[str, Any], path: YamlPath, rest: list[Any], data: dict[str, Any]) -> tuple[str, bool]:
    """A friendly message for one pydantic error, and whether it points at a key (not a value)."""
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "missing":
        model = _model_at(path, data)
        needs = f" ({_label(model)} needs: {_required(model)})" if model is not None else ""
        return f"missing '{rest[-1]}'{needs}", False
    if kind == "extra_forbidden":
        model = _model_at(path[:-1], data)
        fields = list(model.model_fields) if model is not None else []
        hint = did_you_mean(str(path[-1]), fields) or (f"; allowed: {', '.join(fields)}" if fields else "")
        return f"unknown field '{path[-1]}' in {_label(model)}{hint}", True
    if kind == "union_tag_invalid":
        tag = ctx.get("tag", "")
        return (f"unknown question type '{tag}'{did_you_mean(tag, QUESTION_TYPES)} "
                f"(the types are: {', '.join(QUESTION_TYPES)})"), False
    if kind == "union_tag_not_found":
        return f"a question needs a 'type': one of {', '.join(QUESTION_TYPES)}", False
    name = _name(path)
    if rest[-1:] == ["[key]"] and len(path) > 1:  # a mapping's key (a match question's left item)
        name = f"the key {path[-1]!r} of '{path[-2]}'"
    if kind in _KINDS:
        hint = "; write a plain figure such as 5459 or 1.5" if kind.endswith("parsing") and "number" in _KINDS[kind] else ""
        return f"{name} must be {_KINDS[kind]}, not {_describe(value)}{hint}", False
    if kind in ("string_too_short", "too_short"):
        least = ctx.get("min_length", 1)
        if kind == "string_too_short":
            return f"{name} cannot be empty", False
        return f"{name} needs at least {least} item{'s' if least != 1 else ''}", False
    if kind in ("string_too_long", "too_long"):
        return f"{name} is too long (at most {ctx.get('max_length')})", False
    if kind == "string_pattern_mismatch":
        return (f"{name} '{value}' is not a valid id: use letters, digits, '_', '.' and '-', "
                "starting with a letter or digit"), False
    if kind in ("greater_than_equal", "greater_than"):
        return f"{name} must be at least {ctx.get('ge', ctx.get('gt'))}", False
    if kind in ("value_error", "assertion_error"):
        reason = str(ctx.get("error", error["msg"]))
        return (reason if path[-1:] == () or len(path) == 2 else f"{name}: {reason}"), False
    return f"{name}: {error['msg']}", False


def _label(model: Any) -> str:
    if model is None:
        return "this mapping"
    if model is Deck:
        return "the deck"
    if model in (Source, Person):
        return f"a {model.__name__.lower()}"
    return f"a {model.model_fields['type'].annotation.__args__[0]} question"


def report_validation_errors(errors: list[dict[str, Any]], data: dict[str, Any], report: Reporter) -> set[YamlPath]:
    """Report pydantic ``errors`` at their nodes; return the failed parts (("questions", 3), ("sources",))."""
    failed: set[YamlPath] = set()
    by_path: dict[YamlPath, list[tuple[dict[str, Any], list[Any]]]] = {}
    for error in errors:
        path, rest = _split_loc(tuple(error["loc"]), data)
        by_path.setdefault(path if error["type"] != "missing" else (*path, *rest), []).append((error, rest))
        part = path if len(path) < 2 else path[:2]
        failed.add(part if part else tuple(rest[:1]))
    for key, group in by_path.items():
        error, rest = group[0]
        path = key if error["type"] != "missing" else key[: len(key) - len(rest)]
        kinds = [_KINDS[e["type"]] for e, _ in group if e["type"] in _KINDS]
        if len(group) > 1 and len(kinds) == len(group):  # a union: 'tolerance' is a number or text
            message, at_key = f"{_name(path)} must be {' or '.join(kinds)}, not {_describe(error.get('input'))}", False
            if path[-1:] == ("tolerance",):
                message = f"'tolerance' must be a number (100) or a percentage ('2%'), not {_describe(error.get('input'))}"
            report.error(path, message)
            continue
        if len(group) > 1:  # a union where one branch said something specific (e.g. a number that is not finite)
            specific = [(e, r) for e, r in group if e["type"] not in _KINDS]
            group = specific or group
        for error, rest in group:
            message, at_key = _message(error, path, rest, data)
            at = (*path, "type") if error["type"] == "union_tag_invalid" else path
            report.error(at, message, key=at_key)
    return failed
