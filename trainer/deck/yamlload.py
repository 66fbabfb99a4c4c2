"""Safe, fast YAML loading that remembers where every value came from.

Decks are shared between students, so a deck file is untrusted input: no Python tags, no
billion-laughs alias bombs, no huge files. PyYAML's composer (the C one from libyaml when it is
installed) turns the text into a node tree; :func:`parse_yaml` builds plain Python values from
it, resolving scalars with PyYAML's ``SafeConstructor`` so that ints, floats, bools, dates and
null mean what YAML says. Positions are not copied into a side table while building (that
would cost as much as the building); :class:`YamlDocument` walks the node tree again only for
the few paths that a diagnostic needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Union

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from trainer.deck import yamlhelp

YamlPath = tuple[Union[str, int], ...]

#: Files larger than this are refused before parsing.
MAX_BYTES = 8 * 1024 * 1024
#: Values a document may expand to, counting every use of an alias anew (checked before building).
MAX_NODES = 2_000_000
#: Nesting deeper than this is refused (libyaml stops at 1000 on its own; the fallback would not).
MAX_DEPTH = 200

_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP, _MERGE = _TAG + "str", _TAG + "seq", _TAG + "map", _TAG + "merge"
_SCALARS: dict[str, Callable[[SafeConstructor, ScalarNode], Any]] = {
    _TAG + name: SafeConstructor.yaml_constructors[_TAG + name]
    for name in ("null", "bool", "int", "float", "timestamp")
}

_KIND_NAMES = {"bool": "true/false value", "int": "whole number", "float": "number",
               "timestamp": "date", "null": "null"}


class YamlError(Exception):
    """A file that is not (safe, well-formed) YAML; line and column are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def _position(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _error_at(node: Node, message: str) -> YamlError:
    return YamlError(message, *_position(node))


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


def _pairs(node: MappingNode) -> list[tuple[Node, Node]]:
    """A mapping's own entries first, then those it merges in with ``<<``, in lookup order."""
    own = [(key, value) for key, value in node.value if key.tag != _MERGE]
    merged: list[tuple[Node, Node]] = []
    for key, value in node.value:
        if key.tag == _MERGE:
            sources = value.value if isinstance(value, SequenceNode) else [value]
            for source in sources:
                if isinstance(source, MappingNode):
                    merged.extend(_pairs(source))
    return own + merged


@dataclass
class YamlDocument:
    """Plain values built from a YAML file, and the node tree to find positions in."""

    value: Any
    root: Node

    def node(self, where: YamlPath) -> tuple[Node, Node | None, int]:
        """The deepest node along ``where``, the key node of its last step, and the steps taken."""
        node: Node = self.root
        key_node: Node | None = None
        for taken, step in enumerate(where):
            child: tuple[Node | None, Node] | None = None
            if isinstance(node, MappingNode):
                for key, value in _pairs(node):
                    if isinstance(key, ScalarNode) and _same_key(key, step):
                        child = (key, value)
                        break
            elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
                child = (None, node.value[step])
            if child is None:
                return node, key_node, taken
            key_node, node = child
        return node, key_node, len(where)

    def mark(self, where: YamlPath) -> tuple[int, int]:
        """Line and column of the value at ``where`` (or of the nearest container that exists)."""
        return _position(self.node(where)[0])

    def key_mark(self, where: YamlPath) -> tuple[int, int]:
        """Line and column of the key of the mapping entry at ``where`` (else of its value)."""
        node, key_node, taken = self.node(where)
        if key_node is not None and taken == len(where):
            return _position(key_node)
        return _position(node)

    def has(self, where: YamlPath) -> bool:
        return self.node(where)[2] == len(where)


def _same_key(key: ScalarNode, step: str | int) -> bool:
    if key.tag == _STR:
        return key.value == step
    try:
        return bool(_Builder().scalar(key) == step)
    except YamlError:
        return False


class _Builder:
    """Turns a node tree into dicts, lists and scalars, refusing what a deck must not contain.

    Alias bombs and cycles are caught before building (:func:`_expanded_size`), so this is a
    plain recursive walk, written for speed: most nodes are untagged text.
    """

    def __init__(self) -> None:
        self.constructor = SafeConstructor()

    def scalar(self, node: ScalarNode) -> Any:
        if node.tag == _STR:
            return node.value
        construct = _SCALARS.get(node.tag)
        if construct is None:
            if node.tag == _MERGE:
                return node.value
            raise _error_at(node, f"unsupported tag '{_show_tag(node.tag)}': decks hold plain text, numbers, "
                                  "dates, lists and mappings only")
        try:
            return construct(self.constructor, node)
        except Exception:  # noqa: BLE001 - PyYAML's constructors raise KeyError, AttributeError, IndexError... on bad text
            kind = _KIND_NAMES.get(node.tag[len(_TAG) :], node.tag[len(_TAG) :])
            raise _error_at(node, f"'{node.value}' is not a valid {kind}") from None

    def build(self, node: Node, depth: int = 0) -> Any:
        kind = node.__class__
        if kind is ScalarNode:
            return node.value if node.tag == _STR else self.scalar(node)
        if depth > MAX_DEPTH:
            raise _error_at(node, f"nesting deeper than {MAX_DEPTH} levels")
        if kind is SequenceNode:
            if node.tag != _SEQ:
                raise _error_at(node, f"unsupported tag '{_show_tag(node.tag)}' on a list")
            return [
                child.value if child.__class__ is ScalarNode and child.tag == _STR else self.build(child, depth + 1)
                for child in node.value
            ]
        if node.tag != _MAP:
            raise _error_at(node, f"unsupported tag '{_show_tag(node.tag)}' on a mapping")
        return self.mapping(node, depth)

    def mapping(self, node: MappingNode, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        merges: list[Node] = []
        for key_node, value_node in node.value:
            if key_node.__class__ is not ScalarNode:
                raise _error_at(key_node, "a key must be a plain word or text, not a list or mapping")
            key = key_node.value if key_node.tag == _STR else self.scalar(key_node)
            if key_node.tag == _MERGE:
                merges.append(value_node)
                continue
            if key in result:
                raise _error_at(key_node, f"duplicate key '{key}' (first at line {self._line_of(node, key)})")
            if value_node.__class__ is ScalarNode and value_node.tag == _STR:
                result[key] = value_node.value
            else:
                result[key] = self.build(value_node, depth + 1)
        for merge in merges:
            sources = merge.value if isinstance(merge, SequenceNode) else [merge]
            for source in sources:
                if not isinstance(source, MappingNode):
                    raise _error_at(source, "'<<' merges mappings only")
                for key, value in self.build(source, depth + 1).items():
                    result.setdefault(key, value)
        return result

    def _line_of(self, node: MappingNode, key: Any) -> int:
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode) and self.scalar(key_node) == key:
                return key_node.start_mark.line + 1
        return 0  # pragma: no cover - the key was seen in this mapping


def _syntax_error(error: yaml.YAMLError, text: str) -> YamlError:
    if not isinstance(error, yaml.MarkedYAMLError) or error.problem_mark is None:
        return YamlError(f"not valid YAML: {error}")
    mark = error.problem_mark
    problem = error.problem or "not valid YAML"
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    if "cannot start any token" in problem and line[mark.column : mark.column + 1] == "\t":
        problem = "a tab cannot indent YAML; use spaces"
    elif "expected a single document" in str(error.context):
        problem = "a deck file holds one document; remove the second '---'"
    elif "mapping values are not allowed" in problem:
        problem = "unexpected ':' (put text that contains ': ' in quotes)"
    elif error.context and error.context_mark is not None:
        problem += f" ({error.context} at line {error.context_mark.line + 1}, column {error.context_mark.column + 1})"
    problem = yamlhelp.advice(error, text) or problem  # the common mistakes, in words that say what to do
    return YamlError(problem, mark.line + 1, mark.column + 1)


class _DeckLoader(_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader with a leaner tag resolver: the composer calls it once per scalar.

    Same rules as PyYAML's (implicit resolvers chosen by the first character), without the
    path-resolver machinery that the safe loader never uses.
    """

    _implicit = _LOADER.yaml_implicit_resolvers

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if implicit[0]:
                for tag, pattern in self._implicit.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
            return _STR
        return _SEQ if kind is SequenceNode else _MAP


#: Characters YAML does not allow anywhere in a file (the complement of its printable set, as PyYAML has it).
_NOT_ALLOWED = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CONTROL_NAMES = {
    0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed", 0x1B: "escape",
    0x7F: "delete",
}


def _forbidden_character(text: str) -> YamlError | None:
    """The first character YAML refuses, at its own line and column (the parsers give a byte offset)."""
    match = _NOT_ALLOWED.search(text)
    if match is None:
        return None
    code = ord(match.group())
    line = text.count("\n", 0, match.start()) + 1
    column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
    if 0xD800 <= code <= 0xDFFF:
        what = f"an unpaired surrogate U+{code:04X}"
    else:
        name = _CONTROL_NAMES.get(code)
        what = f"a control character U+{code:04X}" + (f" ({name})" if name else "")
    return YamlError(f"{what} is not allowed in a YAML file; remove it (inside double quotes, "
                     f"write it as \\u{code:04x} if it must stay)", line, column)


def parse_yaml(text: str, *, max_nodes: int = MAX_NODES) -> YamlDocument:
    """Parse one YAML document into plain values; raise :class:`YamlError` with its position."""
    if len(text) > MAX_BYTES:
        raise YamlError(f"the file is too large ({len(text) / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    forbidden = _forbidden_character(text)
    if forbidden is not None:
        raise forbidden
    try:
        root = yaml.compose(text, Loader=_DeckLoader)
    except yaml.YAMLError as error:
        raise _syntax_error(error, text) from None
    except RecursionError:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels") from None
    if root is None:
        raise YamlError("the file is empty")
    try:
        if "&" in text and _expanded_size(root, {}, set()) > max_nodes:
            raise YamlError(f"the document expands to more than {max_nodes:,} values through its aliases")
        return YamlDocument(_Builder().build(root), root)
    except RecursionError:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels") from None


def _expanded_size(node: Node, sizes: dict[int, int], active: set[int]) -> int:
    """How many values building ``node`` would make, counting shared (aliased) nodes at each use.

    Memoised on node identity, so it costs one visit per distinct node: an alias bomb is caught
    before anything is expanded.
    """
    if isinstance(node, ScalarNode):
        return 1
    key = id(node)
    if key in sizes:
        return sizes[key]
    if key in active:
        raise _error_at(node, "an alias refers to a list or mapping that contains it")
    active.add(key)
    children = node.value if isinstance(node, SequenceNode) else [part for pair in node.value for part in pair]
    total = 1 + sum(_expanded_size(child, sizes, active) for child in children)
    active.discard(key)
    sizes[key] = total
    return total
