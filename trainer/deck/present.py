"""How a question is put to the student: its prompt, its options in shown order, or its input hint.

Everything random comes from the ``rng`` passed in, so a session seeded the same way shows the
same options in the same order (tests rely on it, and a resumed session looks as it did).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from trainer.deck.model import (
    AnyQuestion,
    Choice,
    Date,
    Deck,
    Match,
    Multi,
    Number,
    Order,
    TextAnswer,
    TrueFalse,
    WhoSaid,
)
from trainer.deck.textmatch import fold
from trainer.deck.values import parse_date, parse_number

#: Tries at a shuffle that differs from the right order before falling back to a rotation.
_SHUFFLE_TRIES = 20


@dataclass(frozen=True)
class Presentation:
    """What the UI shows for one question."""

    kind: Literal["single", "multi", "typed", "order", "match"]
    prompt: str
    options: tuple[str, ...] = ()  #: single/multi choices, match partners (distractors among them), in this order
    items: tuple[str, ...] = ()  #: order questions: the items, shuffled; match: the left items, as the author wrote them
    placeholder: str = ""  #: hint for typed input: "a number, e.g. 1,250"


def _shuffled(values: list[str], rng: random.Random) -> tuple[str, ...]:
    return tuple(rng.sample(values, len(values)))


def _dedupe(names: list[str]) -> list[str]:
    """Names in first-seen order, dropping any equal to an earlier one but for case and accents."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        key = fold(name)
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


def speaker_choices(question: WhoSaid, deck: Deck, rng: random.Random, k: int = 4) -> list[str]:
    """The speakers offered for a who_said question, shuffled, always including the right one.

    The author's ``choices`` are used as given (all of them, plus the answer should they leave
    it out). Otherwise up to ``k - 1`` other names are drawn from the deck's other who_said
    answers and its people, and the answer is added. With too few names the list is short,
    possibly just the answer.
    """
    if question.choices:
        pool = _dedupe([*question.choices])
        if fold(question.answer) not in {fold(name) for name in pool}:
            pool.append(question.answer)
        return list(_shuffled(pool, rng))
    others = [q.answer for q in deck.questions if isinstance(q, WhoSaid) and q is not question]
    others += [person.name for person in deck.people]
    answer_key = fold(question.answer)
    candidates = [name for name in _dedupe(others) if fold(name) != answer_key]
    picked = rng.sample(candidates, min(max(k - 1, 0), len(candidates)))
    return list(_shuffled([question.answer, *picked], rng))


def shuffled_order(items: list[str], rng: random.Random) -> tuple[str, ...]:
    """The items shuffled so that, when at least two differ, they are not in the right order."""
    target = tuple(items)
    if len({fold(item) for item in items}) < 2:
        return target
    for _ in range(_SHUFFLE_TRIES):
        attempt = _shuffled(items, rng)
        if [fold(item) for item in attempt] != [fold(item) for item in target]:
            return attempt
    return target[1:] + target[:1]  # a rotation differs unless every item is the same


def _example(examples: tuple[str, ...], parse: Callable[[str], object], answer: object) -> str:
    """The first example that does not mean the answer itself, so the hint never gives it away."""
    return next(example for example in examples if parse(example) != answer)


def _number_placeholder(question: Number) -> str:
    example = _example(("1,250", "3.5 million"), parse_number, question.answer)
    what = f"a number of {question.unit}" if question.unit and question.unit.isalpha() else "a number"
    return f"{what}, e.g. {example}"


_DATE_EXAMPLES = {
    "year": ("a year", ("1999", "2011")),
    "month": ("a month and year", ("Mar 2019", "Oct 2011")),
    "day": ("a date", ("5 Mar 2019", "12 Oct 2011")),
}


def _date_placeholder(question: Date) -> str:
    what, examples = _DATE_EXAMPLES[question.answer_date.precision]
    return f"{what}, e.g. {_example(examples, parse_date, question.answer_date)}"


def who_said_prompt(question: WhoSaid) -> str:
    """The author's prompt, or the default one as a question: 'Who said “…”?'.

    Drafted decks write the default form out ('Who said: “…”'); it is read as the default too.
    """
    default = f"Who said: “{question.quote}”"
    if question.prompt and question.prompt.strip() != default:
        return question.prompt
    return f"Who said “{question.quote}”?"


def present(question: AnyQuestion, deck: Deck, rng: random.Random) -> Presentation:
    """How to show ``question``: options shuffled with ``rng``, or a hint for what to type."""
    prompt = question.question_text()
    if isinstance(question, WhoSaid):
        prompt = who_said_prompt(question)
        return Presentation("single", prompt, options=tuple(speaker_choices(question, deck, rng)))
    if isinstance(question, Choice):
        return Presentation("single", prompt, options=_shuffled(list(question.choices), rng))
    if isinstance(question, Multi):
        return Presentation("multi", prompt, options=_shuffled(list(question.choices), rng))
    if isinstance(question, TrueFalse):
        return Presentation("single", prompt, options=("True", "False"))
    if isinstance(question, Number):
        return Presentation("typed", prompt, placeholder=_number_placeholder(question))
    if isinstance(question, Date):
        return Presentation("typed", prompt, placeholder=_date_placeholder(question))
    if isinstance(question, TextAnswer):
        return Presentation("typed", prompt, placeholder="your answer")
    if isinstance(question, Order):
        return Presentation("order", prompt, items=shuffled_order(list(question.items), rng))
    if isinstance(question, Match):
        # Partners never in pair order, so that "1, 2, 3" is never the answer by position.
        return Presentation("match", prompt, items=tuple(question.pairs), options=shuffled_order(question.options(), rng))
    raise TypeError(f"not a question: {question!r}")
