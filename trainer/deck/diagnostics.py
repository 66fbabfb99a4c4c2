"""Problems found in a deck, reported the way compilers do: ``path:line:column: error: message``.

Editors and terminals turn that form into a link to the spot, so every check (YAML syntax,
schema, consistency, quotes) reports through a :class:`Reporter` that turns a path inside the
YAML document (``("questions", 3, "answer")``) into the line and column of the node at fault.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Literal

if TYPE_CHECKING:
    from trainer.deck.yamlload import YamlDocument, YamlPath

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem at one place; line and column are 1-based."""

    path: Path
    line: int
    column: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class Reporter:
    """Collects diagnostics for one deck file, placing each at the YAML node it is about."""

    def __init__(self, path: Path, document: YamlDocument | None = None) -> None:
        self.path = path
        self.document = document
        self.diagnostics: list[Diagnostic] = []

    def at(self, line: int, column: int, severity: Severity, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.path, line, column, severity, message))

    def error(self, where: YamlPath, message: str, *, key: bool = False) -> None:
        """An error at the node for ``where`` (at its key, for a mapping entry, if ``key``)."""
        self._add(where, "error", message, key)

    def warning(self, where: YamlPath, message: str, *, key: bool = False) -> None:
        self._add(where, "warning", message, key)

    def line_of(self, where: YamlPath) -> int:
        return self._position(where, False)[0]

    def _add(self, where: YamlPath, severity: Severity, message: str, key: bool) -> None:
        line, column = self._position(where, key)
        self.at(line, column, severity, message)

    def _position(self, where: YamlPath, key: bool) -> tuple[int, int]:
        if self.document is None:
            return (1, 1)
        return self.document.key_mark(where) if key else self.document.mark(where)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """'; did you mean 'answer'?' when a candidate is close to ``word``, else ''."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


