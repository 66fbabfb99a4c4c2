"""Writing a deck as YAML: the one writer behind ``trainer draft`` and ``trainer import``.

A written deck should read as if a person had typed it, since an instructor opens it next to fix and prove it:
keys in the order a deck is written by hand (deck, title, ... questions; in a question id, type, prompt, answer,
..., quote, source, explain, tags), block style throughout, every value on one line however long (so a quote can
be searched for and a change shows as one changed line), and text with line breaks as a literal ``|`` block. The
text loads back to the same data (``yaml.safe_load``).
"""

from __future__ import annotations

from typing import Any

import yaml

#: The order of a deck's own keys; keys not named keep their order, after these.
DECK_KEYS = ("deck", "title", "description", "sources", "people", "questions")
#: The order of a question's keys, whatever its type; keys not named keep their order, after these.
QUESTION_KEYS = ("id", "type", "prompt", "statement", "answer", "answers", "accept", "items", "pairs", "distractors",
                 "tolerance", "unit", "choices", "credit", "quote", "source", "explain", "tags")

# The C emitter when PyYAML has it (a drafted or imported bank of thousands of questions is written at once).
_Base: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[misc, valid-type]
    """Block style for lists and mappings, literal blocks for text with line breaks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def in_order(mapping: dict[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    """``mapping`` with the keys named in ``order`` first, in that order, then the others as they were."""
    first = {key: mapping[key] for key in order if key in mapping}
    return first | {key: value for key, value in mapping.items() if key not in first}


def deck_yaml_text(deck: dict[str, Any], header: str = "") -> str:
    """The deck file's text: ``header`` (comment lines, each ending with a newline) then the deck as YAML."""
    document = in_order(deck, DECK_KEYS)
    if isinstance(document.get("questions"), list):
        document["questions"] = [in_order(q, QUESTION_KEYS) if isinstance(q, dict) else q
                                 for q in document["questions"]]
    body = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000,
                     default_flow_style=False)
    return header + body
