"""Findings turned into candidate questions, each with its verbatim quote and a confidence.

Prompts for figures, dates and names are cloze clauses: the article's own words with the answer
blanked ("...before its ___ expiry"), cut to the clause that carries the fact (asides,
attributions and the sentence's other clauses dropped: trainer.draft.clauses). That keeps the
fact tied to its event without paraphrasing, and the student can answer without seeing the
quote. The quote is the whole sentence, which shows the answer: it is the proof shown after
answering.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Any, Sequence

from trainer.deck.textmatch import fold
from trainer.draft import lexicon as lx
from trainer.draft.clauses import fact_clause
from trainer.draft.dates import DateFinding
from trainer.draft.figures import CURRENCY_WORDS, Figure
from trainer.draft.names import Names, Person, place
from trainer.draft.quotes import QuoteFinding
from trainer.draft.text import Body

BLANK = "___"
_WORD = re.compile(r"\S+")
#: The longest sentence a cloze question is drafted from, in words: past it the prompt is a paragraph,
#: not a fact (and text with no sentence ends would make every prompt the whole article).
MAX_SENTENCE_WORDS = 60
_RESEARCH_CITE = re.compile(
    r"\baccording to (?:the )?(?:latest |new |recent )?(?:estimates|data|figures|a report|a study|research|analysis"
    r"|calculations)\s+(?:by|from|of)\s+(?:the\s+)?",
    re.I,
)


@dataclass
class Candidate:
    """A drafted question before ids are given: kind (quote, figure, date, name) and confidence."""

    kind: str
    confidence: float
    position: int
    key: tuple
    fields: dict[str, Any] = field(default_factory=dict)


def _sentence_span(body: Body, offset: int) -> tuple[int, int]:
    sentence = body.sentence_at(offset)
    return sentence.start, sentence.end


def _short(body: Body, start: int, end: int) -> bool:
    """Whether text[start:end] is short enough to be a prompt (counted without reading past the limit)."""
    return end - start <= 20 * MAX_SENTENCE_WORDS and len(body.text[start:end].split()) <= MAX_SENTENCE_WORDS


def cloze(body: Body, start: int, end: int, blanks: Sequence[tuple[int, int]]) -> str:
    """The text between start and end with each blank span replaced by ___ (white space collapsed)."""
    pieces, position = [], start
    for blank_start, blank_end in sorted(blanks):
        pieces.append(body.text[position:blank_start])
        pieces.append(BLANK)
        position = blank_end
    pieces.append(body.text[position:end])
    return " ".join("".join(pieces).split())


def pick(pool: Sequence[str], answer: str, count: int = 3) -> list[str]:
    """Up to ``count`` distractors from ``pool`` (never the answer), chosen the same way on every run.

    Items the checker would take for one another ('President', 'president') count once: a deck may not list
    two choices that compare equal.
    """
    distinct: dict[str, str] = {}
    for item in sorted(pool):
        distinct.setdefault(fold(item), item)
    distinct.pop(fold(answer), None)
    options = sorted(distinct.values())
    if len(options) <= count:
        return options
    offset = zlib.crc32(answer.encode()) % len(options)
    return [options[(offset + index) % len(options)] for index in range(count)]


_SMALL_WORDS = frozenset("a an and the of in on at to for with from by or but as is vs".split())
#: Posts that are labels rather than facts worth a question: everyone knows what a president is.
_LABEL_POSTS = frozenset("president prime minister king queen chancellor emir premier leader head of state".split())


def label_like(text: str) -> bool:
    """Whether quoted words are a title, a slogan or a label ("Saturday Night Live", "Make America Great
    Again") rather than a statement: short, no sentence end, and most words capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words or len(text.split()) > 8 or re.search(r"[.!?]\W*$", text.strip()) and len(words) > 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words) and len(words) >= 1


#: The most words of a quote a who_said prompt shows; the whole quote stays the question's proof.
MAX_PROMPT_QUOTE_WORDS = 30
_CLAUSE_BREAK = re.compile(r"[,;:.!?—–](?=\s)|\s[—–-]\s")


def short_quote(text: str, limit: int = MAX_PROMPT_QUOTE_WORDS) -> str:
    """``text`` cut to at most ``limit`` words at the last clause break that keeps half of them, with '…'."""
    words = text.split()
    if len(words) <= limit:
        return text
    head = " ".join(words[:limit])
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(head) if len(head[: m.start()].split()) >= limit // 2]
    cut = head[: breaks[-1]] if breaks else head
    return cut.rstrip(" ,;:—–-") + "…"


_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*")


def _without_ellipsis(text: str) -> str | None:
    """A quote the checker can verify: the checker reads an ellipsis inside a quote as words left out, so a
    quote that holds the speaker's own '…' keeps its longest part (four words or more), or nothing."""
    inner = text.strip().strip(".…").strip()
    if "..." not in inner and "…" not in inner and ". . ." not in inner:
        return text
    longest = max((part.strip(" ,;:-—") for part in _ELLIPSIS.split(text)), key=lambda part: len(part.split()))
    return longest if len(longest.split()) >= 4 else None


def distractor_pool(findings: list[QuoteFinding], people: list[Person]) -> list[str]:
    """Names to offer beside a speaker, the most plausible kind first: people quoted in the article, then
    people it gives a post, then anyone else it names."""
    speakers = sorted({f.speaker.name for f in findings})
    with_role = sorted({p.name for p in people if p.role} - set(speakers))
    rest = sorted({p.name for p in people} - set(speakers) - set(with_role))
    return [*speakers, *with_role, *rest]


def _plausible(pool: list[str], findings: list[QuoteFinding], people: list[Person], answer: str) -> list[str]:
    speakers = {f.speaker.name for f in findings} - {answer}
    roles = {p.name for p in people if p.role} - {answer}
    for tier in (speakers, speakers | roles):
        if len(tier) >= 3:
            return pick(sorted(tier), answer)
    return pick([n for n in pool if n != answer], answer)


def quote_questions(findings: list[QuoteFinding], people: list[Person]) -> list[Candidate]:
    pool = distractor_pool(findings, people)
    found = []
    for finding in findings:
        if label_like(finding.text):
            continue  # a book's or a programme's title, a slogan: nobody "said" it
        text = _without_ellipsis(finding.text)
        if text is None:
            continue
        distractors = _plausible(pool, findings, people, finding.speaker.name)
        confidence = finding.confidence if distractors else finding.confidence * 0.5
        found.append(Candidate("quote", confidence, finding.start, ("who_said", finding.text.casefold()), {
            "type": "who_said", "prompt": f"Who said: “{short_quote(text)}”", "answer": finding.speaker.name,
            "choices": sorted([finding.speaker.name, *distractors]), "quote": text,
        }))
    return found


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _tolerance(figure: Figure) -> float | str:
    if figure.percent:
        return 0.5
    if figure.hedged:
        return "10%"
    if figure.value <= 20 and float(figure.value).is_integer():
        return 0
    return "2%"


def _what(figure: Figure) -> str:
    if figure.percent:
        return "the percentage"
    if figure.unit in ("US dollars", *CURRENCY_WORDS) or (figure.unit or "").split()[0] in lx.SCALES:
        return f"the amount ({figure.unit})"
    return f"the number of {figure.unit}"


#: A sentence on how a poll was taken: its sample size and margin of error are no fact a student of policy keeps.
_POLL_METHOD = re.compile(
    r"\b(?:margin of (?:sampling )?error|sampling error|respondents|were interviewed|was conducted|sample of)\b", re.I)


def poll_method(sentence: str) -> bool:
    """Whether a sentence says how a poll was taken (no figure of it is worth asking)."""
    return _POLL_METHOD.search(sentence) is not None


def figure_questions(body: Body, figures: list[Figure], groups: list[list[Figure]]) -> list[Candidate]:
    found = []
    for figure in figures:
        if figure.unit is None:
            continue
        start, end = _sentence_span(body, figure.start)
        if not _short(body, start, end) or poll_method(body.text[start:end]):
            continue
        found.append(Candidate("figure", figure.confidence, figure.start, ("number", figure.value, figure.unit), {
            "type": "number",
            "prompt": f"Fill in {_what(figure)}: {fact_clause(cloze(body, start, end, [(figure.value_start, figure.end)]), BLANK)}",
            "answer": _number(figure.value), "tolerance": _tolerance(figure),
            "unit": "%" if figure.percent else figure.unit, "quote": body.excerpt(start, end),
        }))
    for group in groups:
        start = _sentence_span(body, group[0].start)[0]
        end = _sentence_span(body, group[-1].start)[1]
        if not _short(body, start, end):
            continue
        ranked = sorted(group, key=lambda figure: -figure.value)
        unit = "%" if group[0].percent else group[0].unit
        found.append(Candidate("figure", min(f.confidence for f in group), group[0].start, ("order", unit), {
            "type": "order", "prompt": f"Put these in order by {unit}, from the most to the least, as the article gives them.",
            "items": [figure.owner for figure in ranked], "quote": body.excerpt(start, end),
        }))
    return found


_PRECISION = {"year": "the year", "month": "the month and year", "day": "the date"}


def date_questions(body: Body, dates: list[DateFinding]) -> list[Candidate]:
    found = []
    for finding in dates:
        if finding.relative and finding.value.precision == "day":
            continue  # "on Wednesday" is true, but no student can answer it as a date
        start, end = _sentence_span(body, finding.start)
        if not _short(body, start, end):
            continue
        prompt = fact_clause(cloze(body, start, end, [(finding.start, finding.end)]), BLANK)
        found.append(Candidate("date", finding.confidence, finding.start, ("date", finding.value.iso()), {
            "type": "date", "prompt": f"Fill in {_PRECISION[finding.value.precision]}: {prompt}",
            "answer": finding.value.iso(), "quote": body.excerpt(start, end),
        }))
    return found


def name_questions(body: Body, names: Names) -> list[Candidate]:
    """Choice questions on people's posts, the research bodies figures cite and the outlets quoted."""
    found = []
    roles = [person.role for person in names.people if person.role]
    for person in names.people:
        if not person.role or person.role_at is None:
            continue
        start, end = _sentence_span(body, person.role_at)
        if not _short(body, start, end):
            continue
        quote = body.excerpt(start, end)
        distractors = pick([r for r in roles if r != person.role], person.role)
        post = {w.lower().strip(".,") for w in person.role.split()} - {"the", "of", "a", "an"}
        if post <= _LABEL_POSTS or all(place(w) or w.lower() in _LABEL_POSTS for w in person.role.split()):
            continue  # "What post does <President> hold?" asks a label, not a fact
        if len(distractors) >= 3 and person.role in quote:
            found.append(Candidate("name", 0.8, person.role_at, ("role", person.name), {
                "type": "choice", "prompt": f"What post does {person.name} hold, according to the article?",
                "answer": person.role, "choices": sorted([person.role, *distractors]), "quote": quote,
            }))
    by_first_word: dict[str, list[str]] = {}
    for name in sorted(names.institutions, key=len, reverse=True):
        by_first_word.setdefault(name.split()[0], []).append(name)
    asked: set[str] = set()
    for cite in _RESEARCH_CITE.finditer(body.norm):  # one pass over the text, whatever the number of bodies
        word = _WORD.match(body.text, cite.end())
        first = word.group() if word else ""
        name = next((n for n in by_first_word.get(first, []) if body.text.startswith(n, cite.end())), None)
        if name is None or name in asked:
            continue
        asked.add(name)
        acronym = names.institutions[name]
        blanks = [(cite.end(), cite.end() + len(name))]
        if acronym:
            tail = re.compile(r"\s*[\[(]%s[\])]" % re.escape(acronym)).match(body.text, blanks[0][1])
            blanks = [(cite.end(), tail.end())] if tail else blanks
        start, end = _sentence_span(body, cite.end())
        if not _short(body, start, end):
            continue
        pool = [*lx.RESEARCH_BODIES, *names.institutions]
        found.append(Candidate("name", 0.75, cite.end(), ("cited", name), {
            "type": "choice", "prompt": f"Fill in who made the estimates: {cloze(body, start, end, blanks)}",
            "answer": name, "choices": sorted([name, *pick(pool, name)]), "quote": body.excerpt(start, end),
        }))
    # An outlet's name is no question: a teacher deletes "which outlet did X tell" as a trivial fact.
    return found
