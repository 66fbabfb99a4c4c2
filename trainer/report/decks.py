"""The instructor's decks as the report sees them: questions by (deck id, question id), where each one is
written (file and line, for the author), its options, and a cached regrading of responses.

Scores in a hand-in are never trusted: every response is graded again here with the deck's own
:func:`trainer.deck.grading.grade`, so that a corrected answer key regrades the whole class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trainer.deck.grading import check_response, format_answer, format_response, grade, match_partners
from trainer.deck.model import AnyQuestion, Choice, Deck, Match, Multi, TrueFalse, WhoSaid
from trainer.deck.textmatch import fold, same_name

#: Question types whose answers are picked from options (the distractor analysis covers them).
OPTION_TYPES = ("choice", "who_said", "multi", "true_false")


@dataclass
class QuestionInfo:
    """One question of a loaded deck, with what the report shows about it."""

    deck: Deck
    question: AnyQuestion
    path: Path
    line: int
    position: int  #: index in the deck, for a stable order
    options: tuple[str, ...] = ()  #: the options every student was offered (option types only)
    right: frozenset[str] = frozenset()  #: the right option(s), among ``options``
    #: who_said without the author's choices: each student was offered a few names drawn from the deck's,
    #: so only the answer is listed up front (names picked are added) and no option is "never picked".
    drawn: bool = False
    names: tuple[str, ...] = ()  #: every name a response may be matched to (``options`` when not drawn)
    citation: str = ""

    key: tuple[str, str] = ("", "")  #: (deck id, question id), set by DeckIndex.build

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def right_answer(self) -> str:
        return format_answer(self.question)


@dataclass(frozen=True)
class Regraded:
    """A response graded again: its score, whether fully right, and the options it picked (normalised), or for a
    typed answer the response as shown."""

    score: float
    correct: bool
    picked: tuple[str, ...]
    invalid: str | None = None  #: why the response is no longer a valid answer (the deck changed)
    #: For a match question: each left item given a partner, with that partner (as the deck spells both).
    pairs: tuple[tuple[str, str], ...] = ()


def _options(question: AnyQuestion, deck: Deck) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The options listed, the right ones, and the names responses are matched to."""
    options, right = _offered(question, deck)
    if isinstance(question, WhoSaid) and not question.choices:
        return (question.answer,), right, options
    return options, right, options


def _offered(question: AnyQuestion, deck: Deck) -> tuple[tuple[str, ...], frozenset[str]]:
    if isinstance(question, TrueFalse):
        return ("True", "False"), frozenset({"True" if question.answer else "False"})
    if isinstance(question, Choice):
        return tuple(question.choices), frozenset(o for o in question.choices if same_name(o, question.answer))
    if isinstance(question, Multi):
        right = {o for o in question.choices if any(same_name(o, a) for a in question.answers)}
        return tuple(question.choices), frozenset(right)
    if isinstance(question, WhoSaid):
        # The speakers a student may have been offered: the author's choices, else the deck's names
        # (trainer.deck.present.speaker_choices draws from the same pool).
        pool = list(question.choices or [])
        if not pool:
            pool = [q.answer for q in deck.questions if isinstance(q, WhoSaid)]
            pool += [person.name for person in deck.people]
        seen: set[str] = set()
        names = []
        for name in [question.answer, *pool]:
            if fold(name) not in seen:
                seen.add(fold(name))
                names.append(name)
        return tuple(names), frozenset({question.answer})
    return (), frozenset()


def _question_lines(path: Path, count: int) -> list[int]:
    """The line of each question in the deck file (1 when it cannot be found)."""
    from trainer.deck.yamlload import YamlError, parse_yaml

    try:
        document = parse_yaml(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, YamlError):
        return [1] * count
    return [document.mark(("questions", index))[0] for index in range(count)]


def _response_key(response: object) -> object:
    """A hashable key for a JSON response that tells True from 1 and "1" from 1 (strings are their own key)."""
    if type(response) is str:
        return response
    if isinstance(response, list):
        if all(type(item) is str for item in response):
            return ("list", tuple(response))
        return ("list", tuple(_response_key(item) for item in response))
    if isinstance(response, dict):
        return ("dict", tuple(sorted((str(k), _response_key(v)) for k, v in response.items())))
    return (type(response).__name__, response)


@dataclass
class DeckIndex:
    """Every question of the loaded decks, and a cache of regraded responses."""

    questions: dict[tuple[str, str], QuestionInfo] = field(default_factory=dict)
    decks: dict[str, Deck] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    _grades: dict[tuple[tuple[str, str], object], Regraded] = field(default_factory=dict)

    @classmethod
    def build(cls, loaded: list[tuple[Path, Deck]]) -> "DeckIndex":
        """Index decks loaded from files; a deck id seen twice keeps its first file."""
        index = cls()
        for path, deck in loaded:
            if deck.deck in index.decks:
                continue
            index.decks[deck.deck] = deck
            index.paths[deck.deck] = path
            lines = _question_lines(path, len(deck.questions))
            for position, question in enumerate(deck.questions):
                options, right, names = _options(question, deck)
                source = deck.source_for(question)
                index.questions[(deck.deck, question.id)] = QuestionInfo(
                    deck, question, path, lines[position], position, options, right,
                    drawn=options != names, names=names, citation=source.citation() if source else "",
                    key=(deck.deck, question.id),
                )
        return index

    def missing(self, deck_id: str, question_id: str, qtype: str) -> str | None:
        """Why an answer cannot be regraded against the decks (None when it can)."""
        info = self.questions.get((deck_id, question_id))
        if info is not None:
            if info.question.type != qtype:
                return f"changed since: was a {qtype} question, now a {info.question.type} question"
            return None
        if deck_id not in self.decks:
            return f"deck '{deck_id}' is not among the decks given to the report"
        return f"deck '{deck_id}' has no question '{question_id}' (removed or renamed since)"

    def regrade(self, info: QuestionInfo, response: object) -> Regraded:
        """The response graded with the deck's grading function; cached, since a class gives few distinct answers."""
        key = (info.key, _response_key(response))
        known = self._grades.get(key)
        if known is None:
            known = self._grades[key] = self._grade(info, response)
        return known

    @staticmethod
    def _grade(info: QuestionInfo, response: object) -> Regraded:
        question = info.question
        problem = check_response(question, response, complete=False)  # an exam's match may leave items open
        if problem is not None:
            return Regraded(0.0, False, () if info.options else (str(response).strip(),), invalid=problem)
        result = grade(question, response)
        picked: tuple[str, ...] = ()
        if info.options:
            given = [response] if not isinstance(response, list) else response
            if isinstance(question, TrueFalse):
                given = ["True" if result.correct == question.answer else "False"]
            chosen = []
            for item in given:
                match = next((o for o in info.names if isinstance(item, str) and same_name(o, item)), None)
                chosen.append(match if match is not None else str(item))
            picked = tuple(dict.fromkeys(chosen))
        else:  # a typed answer, as the student was shown it ("12", "A → B → C")
            picked = (format_response(question, response),)
        pairs = tuple(match_partners(question, response).items()) if isinstance(question, Match) else ()
        return Regraded(float(result.score), bool(result.correct), picked, pairs=pairs)
