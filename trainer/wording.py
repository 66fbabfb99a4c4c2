"""How trainer words counts and shares, the same on every screen, report and message."""

from __future__ import annotations


def plural(count: int, word: str, words: str | None = None) -> str:
    """'1 session', '2 sessions' ('2 quizzes' with ``words``)."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


def percent(fraction: float | None, missing: str = "—") -> str:
    """0.756 -> '76%'; ``missing`` (a dash) when there is no figure."""
    return missing if fraction is None else f"{round(fraction * 100)}%"
