"""Pydantic's validation errors as messages a deck's author can act on, each at its place in the file.

``report_validation_errors`` turns the errors of one ``Deck.model_validate`` call into diagnostics at
``path:line:col`` of the key or value at fault, in the author's words: a missing key with the keys that kind of
mapping needs, an unknown field with the nearest allowed name, a value of the wrong kind with what it should be.
The loader (:mod:`trainer.deck.loader`) calls it when a deck fails to validate.
"""

from __future__ import annotations

from typing import Any

from trainer.deck.diagnostics import Reporter, did_you_mean
from trainer.deck.model import QUESTION_CLASSES, QUESTION_TYPES, Deck, Person, Source
from trainer.deck.yamlload import YamlPath

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
