"""The question types, one module each, and the registry the rest of trainer reads.

Each module defines its model and a :class:`~trainer.deck.question.QuestionType` named ``TYPE``.
Adding a type is a module here, its line below, and its answer widget in ``trainer/ui/widgets/``.
"""

from __future__ import annotations

from trainer.deck.question import QuestionType
from trainer.deck.types import choice, date, match, multi, number, order, text, true_false, who_said

#: Every type, in the order students and reports meet them.
TYPES: dict[str, QuestionType] = {
    module.TYPE.name: module.TYPE
    for module in (who_said, choice, multi, true_false, number, date, text, order, match)
}

QUESTION_TYPES: tuple[str, ...] = tuple(TYPES)


def type_of(question) -> QuestionType:
    """The type of a question (its model's ``type``)."""
    try:
        return TYPES[question.type]
    except (KeyError, AttributeError):
        raise TypeError(f"not a question: {question!r}") from None


def label(name: str) -> str:
    """A type's name as a student reads it ('Several answers'); an unknown name as it is."""
    found = TYPES.get(name)
    return found.label if found is not None else name


#: Each type's label by its name, for tables keyed by type.
LABELS: dict[str, str] = {name: kind.label for name, kind in TYPES.items()}
