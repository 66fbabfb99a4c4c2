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
from trainer.draft.quotes import QuoteFinding, is_fragment
from trainer.draft.text import CURLY, Body

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


#: Posts that are labels rather than facts worth a question: everyone knows what a president or a senator
#: is, and "What post does <President> hold?" asks nothing about the story.
_TITLE_POSTS = frozenset(
    "president senator governor congressman congresswoman representative rep sen gov mayor nominee candidate "
    "lawmaker king queen emir premier chancellor leader presidents senators governors leaders".split())
_QUALIFIERS = frozenset("the a an of former then then- acting late".split())


def askable_post(person: Person) -> bool:
    """Whether a person's post is worth a role question: they are named in full and are no passer-by, and
    the post says what they do and where ('former secretary of homeland security', 'chief economist of the
    central bank'), not a title everyone knows (senator, governor, president) or a plural."""
    role = person.role or ""
    words = [w.strip(".,").lower() for w in role.split()]
    if person.lay or len(person.name.split()) < 2 or not words:
        return False
    substance = [w for w in words if w not in _QUALIFIERS and w not in lx.PARTIES and not place(w.capitalize())
                 and w not in ("presidential", "vice", "prime", "us", "u.s")]
    if all(w in _TITLE_POSTS for w in substance) or any(p in " ".join(words) for p in ("prime minister", "head of state")):
        return False  # "Senator", "Former President", "Russian President", "Democratic presidential nominee"
    if words[-1].endswith("s") and words[-1].rstrip("s") in lx.ROLE_HEADS:
        return False  # "Presidents Obama and Bush": a plural is no one's post
    return len(substance) >= 2


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


#: An inner quote opened and not closed at the end of a cut: "… to say, 'Hey".
_OPEN_INNER = re.compile(r"(?:^|\s)['‘][^'’]*$")


def short_quote(text: str, limit: int = MAX_PROMPT_QUOTE_WORDS) -> str:
    """``text`` cut to at most ``limit`` words at the last clause break that keeps half of them, with '…'."""
    words = text.split()
    if len(words) <= limit:
        return text
    head = " ".join(words[:limit])
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(head) if len(head[: m.start()].split()) >= limit // 2
              and not _OPEN_INNER.search(head[: m.start()])]  # not "…prompt people to say, 'Hey…"
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
    people = [p for p in people if not p.lay and p.named_outside]
    speakers = sorted({f.speaker.name for f in findings if not f.speaker.lay})
    with_role = sorted({p.name for p in people if p.role} - set(speakers))
    rest = sorted({p.name for p in people} - set(speakers) - set(with_role))
    return [*speakers, *with_role, *rest]


class _Distractors:
    """Distractors for each speaker, from tiers computed once per article (the speakers quoted; with the people
    given a post; then anyone named), so that an article with hundreds of quotes costs no more per quote."""

    def __init__(self, pool: list[str], findings: list[QuoteFinding], people: list[Person]) -> None:
        speakers = {f.speaker.name for f in findings if not f.speaker.lay}
        roles = {p.name for p in people if p.role and not p.lay and p.named_outside}
        self.tiers = [_distinct(speakers), _distinct(speakers | roles), _distinct(pool)]

    def pick(self, answer: str, count: int = 3) -> list[str]:
        """What ``pick`` gives for the first tier with ``count`` names besides the answer, the same on every run
        (in constant time per answer: the answer's place in a tier is looked up, not searched)."""
        folded = fold(answer)
        for items, places in self.tiers:
            skip = places.get(folded)
            size = len(items) - (skip is not None)
            if size >= count or items is self.tiers[-1][0]:
                if size <= 0:
                    return []
                at = (lambda j: j if skip is None or j < skip else j + 1)  # noqa: E731
                if size <= count:
                    return [items[at(j)] for j in range(size)]
                offset = zlib.crc32(answer.encode()) % size
                return [items[at((offset + index) % size)] for index in range(count)]
        return []


def _distinct(names) -> tuple[list[str], dict[str, int]]:
    """The names the checker tells apart, sorted (as ``pick`` keeps them), and each one's place by its folded form."""
    distinct: dict[str, str] = {}
    for item in sorted(names):
        distinct.setdefault(fold(item), item)
    items = sorted(distinct.values())
    return items, {fold(item): index for index, item in enumerate(items)}


_STRAIGHT_MARK = re.compile(r"''|\"")


def curly_marks(text: str) -> str:
    """``text`` with straight double quote marks (or two apostrophes) made curly, opening then closing."""
    count = iter(range(len(text)))
    return _STRAIGHT_MARK.sub(lambda m: "“" if next(count) % 2 == 0 else "”", text)


#: How many more who_said questions a main speaker of the article may have than the per-speaker cap allows.
MAIN_SPEAKER_EXTRA = 2


def main_speakers(body: Body, names: Names, findings: list[QuoteFinding], title: str | None, lead_end: int) -> set[str]:
    """The speakers an article is about: quoted, and named in its title or its lead ('Warren hammers Wells
    Fargo chief'), when at least two others are quoted too. What they said is the story, so the deck may
    ask about more of their quotes; the others keep the answers varied."""
    speakers = {f.speaker.name for f in findings if not f.speaker.lay}
    if len(speakers) < 3:
        return set()  # with one or two speakers, more questions on one of them are answered by habit
    head = (title or "") + " " + body.text[:lead_end]
    words = set(re.findall(r"[\w'’\-]+", head.translate(CURLY)))
    return {f.speaker.name for f in findings if not f.speaker.lay and f.speaker.surname.translate(CURLY) in words}


def quote_questions(findings: list[QuoteFinding], people: list[Person]) -> list[Candidate]:
    distractors_for = _Distractors(distractor_pool(findings, people), findings, people)
    found = []
    for finding in findings:
        if label_like(finding.text):
            continue  # a book's or a programme's title, a slogan: nobody "said" it
        if finding.speaker.lay:
            continue  # which delegate or voter said it is nothing a student of policy keeps
        if finding.lead is not None and _without_ellipsis(finding.lead) is not None:
            # words quoted inside reported speech: asked with the clause that gives them their sense
            clause = re.sub(r"[,.;:]([”\"'’]+)$", r"\1", finding.lead_prompt or finding.lead)  # '…campaign,”?' no
            text, prompt = finding.lead, f"Who said that {curly_marks(clause)}?"
        elif is_fragment(finding.text):
            continue  # words anyone could have said ("a good idea", "within eighteen months")
        else:
            text = _without_ellipsis(finding.text)
            if text is None:
                continue
            prompt = f"Who said: “{short_quote(re.sub(r'^[.](?=@)', '', text))}”"  # a tweet's '.@name' opener
        distractors = distractors_for.pick(finding.speaker.name)
        confidence = finding.confidence if distractors else finding.confidence * 0.5
        key = ("who_said", (finding.lead if text is finding.lead else finding.text).casefold())  # one clause, one question
        found.append(Candidate("quote", confidence, finding.start, key, {
            "type": "who_said", "prompt": prompt, "answer": finding.speaker.name,
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
    mentioned: dict[int, int] = {}
    for mention in names.mentions:
        mentioned[id(mention.person)] = mentioned.get(id(mention.person), 0) + 1
    askable = [p for p in names.people if p.role and p.role_at is not None and askable_post(p)]
    roles = [person.role for person in askable]
    for person in askable:
        if mentioned.get(id(person), 0) < 2:
            continue  # a post matters to the story of someone it comes back to, not of a name in passing
        start, end = _sentence_span(body, person.role_at)
        if not _short(body, start, end):
            continue
        quote = body.excerpt(start, end)
        distractors = pick([r for r in roles if r != person.role], person.role)
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
