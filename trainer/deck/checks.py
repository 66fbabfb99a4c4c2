"""Checks that need the whole deck or its articles: ids, references, answers, quotes.

The models (:mod:`trainer.deck.model`) check one value at a time; here we check what only makes
sense together: ids are unique, a question's source exists, its answer is among its choices, its
quote stands in the article, and (as warnings) its numeric or dated answer is in the quote and its
speaker is among the deck's people. Checks run on the parts that passed the schema, so one broken
question does not hide the problems of the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from trainer.deck.article import Article
from trainer.deck.diagnostics import Reporter, did_you_mean
from trainer.deck.model import AnyQuestion, Person, Source, WhoSaid
from trainer.deck.textmatch import fold
from trainer.deck.types import type_of
from trainer.deck.verify import NormalisedSource, PartsMatch, Refusal, StartBudget

#: How much of the closest passage a "quote not found" error shows.
PASSAGE_CHARS = 200
#: How much of the words an ellipsis leaves out a message shows.
OMITTED_CHARS = 80
#: Quotes not found per deck that get a closest-passage search; the rest are reported without one,
#: so that a deck of thousands of wrong quotes is still checked in a second or two.
PASSAGE_SEARCHES = 50


@dataclass
class DeckParts:
    """What passed the schema, with each part's index in the file (for positions)."""

    sources: list[tuple[int, Source]] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    questions: list[tuple[int, AnyQuestion]] = field(default_factory=list)
    #: Ids written in the file (index, id), including those of parts that failed the schema.
    source_ids: list[tuple[int, str]] = field(default_factory=list)
    question_ids: list[tuple[int, str]] = field(default_factory=list)
    #: False when ``sources`` itself is broken: reference checks would only add noise then.
    sources_known: bool = True


def check_deck(parts: DeckParts, articles: dict[str, Article], report: Reporter) -> None:
    """Report every consistency problem of ``parts``; ``articles`` maps source id to its article."""
    _unique(parts.source_ids, "sources", "source id", report)
    _unique(parts.question_ids, "questions", "question id", report)
    known = {source_id for _, source_id in parts.source_ids}
    sources = {source.id: source for _, source in reversed(parts.sources)}
    normalised: dict[str, NormalisedSource] = {}
    searches = PASSAGE_SEARCHES
    budget = StartBudget()
    people = {person.name for person in parts.people}
    speakers = {fold(name) for name in people} | {
        fold(question.answer) for _, question in parts.questions if isinstance(question, WhoSaid)
    }
    for index, question in parts.questions:
        where = ("questions", index)
        type_of(question).check_answers(question, where, report)
        if isinstance(question, WhoSaid) and question.choices is None and not speakers - {fold(question.answer)}:
            report.warning(where, "this who_said question has no other speaker to choose from, so it gives its "
                                  "answer away; list names a student could confuse under 'people', or give it 'choices'")
        if question.unsourced:
            report.warning(where, f"question '{question.id}' is unsourced: no quote proves its answer (the app says "
                                  "so in its feedback); add the words of the article under 'quote:'")
            continue
        source_id = _source_of(question, where, parts, known, report)
        type_of(question).check_values(question, where, people, _published_year(source_id, sources, articles), report)
        if source_id is None or source_id not in articles:
            continue
        if source_id not in normalised:
            normalised[source_id] = NormalisedSource(articles[source_id].text)
        article = normalised[source_id]
        found = article.match(question.quote, budget)
        if isinstance(found, PartsMatch):
            if found.gaps:
                _omission_warning(article.omitted(found), where, report)
        elif isinstance(found, Refusal):
            _omission_refused(found, where, report)
        else:
            _quote_not_found(question, where, sources[source_id], article, report, search=searches > 0)
            searches -= 1


def _unique(items: Iterable[tuple[int, str]], section: str, what: str, report: Reporter) -> None:
    first: dict[str, int] = {}
    for index, value in items:
        if value in first:
            line = report.line_of((section, first[value], "id"))
            report.error((section, index, "id"), f"duplicate {what} '{value}' (first used at line {line})")
        else:
            first[value] = index


def _source_of(question: AnyQuestion, where: tuple, parts: DeckParts, known: set[str], report: Reporter) -> str | None:
    """The id of the source a question quotes, reporting a missing or unknown one."""
    if not parts.sources_known:
        return None
    if question.source is None:
        if len(parts.source_ids) == 1 and len(parts.sources) == 1:
            return parts.sources[0][1].id
        if len(parts.source_ids) > 1:
            report.error(where, f"question '{question.id}' names no source and the deck has "
                                f"{len(parts.source_ids)}; add 'source:' with one of: {_listing(sorted(known))}")
        elif not parts.source_ids:
            report.warning((*where, "quote"), f"question '{question.id}' has a quote that cannot be verified: the "
                                              "deck lists no source; add the article under 'sources:'")
        return None
    if question.source not in known:
        hint = did_you_mean(question.source, known)
        report.error((*where, "source"), f"unknown source '{question.source}'{hint}"
                                         f"{'' if hint else '; the sources are: ' + _listing(sorted(known))}")
        return None
    return question.source


def _listing(names: Sequence[str], limit: int = 8) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _published_year(source_id: str | None, sources: dict[str, Source], articles: dict[str, Article]) -> int | None:
    source = sources.get(source_id) if source_id else None
    if source is not None and source.published:
        return source.published.year
    article = articles.get(source_id) if source_id else None
    return article.date.year if article is not None and article.date else None


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _omission_refused(refusal: Refusal, where: tuple, report: Reporter) -> None:
    """An inner ellipsis that hides a negation, a figure or too many words: the quote says what the article does not."""
    report.error((*where, "quote"), refusal.message)


def _omission_warning(omitted: list[str], where: tuple, report: Reporter) -> None:
    """An allowed inner ellipsis still changes the article's words: say which, and let --strict refuse it."""
    shown = "; ".join(f'"{_shorten(words, OMITTED_CHARS)}"' if words else "nothing" for words in omitted[:3])
    if len(omitted) > 3:
        shown += f" and {len(omitted) - 3} more passages"
    report.warning((*where, "quote"), f"the ellipsis in this quote leaves out {shown}; check that the quote "
                                      "still says what the article says (--strict refuses omissions inside a quote)")


def _quote_not_found(question: AnyQuestion, where: tuple, source: Source, article: NormalisedSource,
                     report: Reporter, *, search: bool = True) -> None:
    message = f"quote not found in source '{source.id}' ({source.file})"
    if search:
        passage, similarity = article.closest(question.quote)
        message += f"; closest passage ({similarity * 100:.0f}% similar): \"{_shorten(passage, PASSAGE_CHARS)}\""
    report.error((*where, "quote"), message)
