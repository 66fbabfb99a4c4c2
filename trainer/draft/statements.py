"""True/false questions, each proved by its quote whether the statement is true or false.

Three kinds, all from the article's own words:

- a speaker statement: "<Speaker> said “…”." where the quote's sentence names the speaker; the false
  form names another person the article quotes, who is not named in that sentence;
- a figure statement: the sentence with the article's figure (true) or another figure of the same kind
  from elsewhere in the article (false), one the sentence itself does not show and that lies outside the
  figure's tolerance, so the quote shows the statement is false;
- a lead statement: the lead's first sentence that names a person or a country (true), or the same
  sentence with that name swapped for another person or country named elsewhere in the article, not
  in the sentence (false). This is how every deck gets the lead's main claim when nothing else in the
  lead is askable.

Each candidate carries both forms; :func:`settle` chooses which one each kept question asks,
alternating true and false the same way on every run. A statement shows a whole sentence, so it
``reveals`` every fact in it (the quotes, figures, dates and posts there): the builder keeps one
question per fact across those keys, as it does with ``seen_keys``.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from trainer.deck.textmatch import fold
from trainer.deck.values import numbers_in
from trainer.draft import lexicon as lx
from trainer.draft.dates import DateFinding
from trainer.draft.figures import CURRENCY_WORDS, Figure, qualified
from trainer.draft.names import Names, Person, is_outlet
from trainer.draft.questions import Candidate, label_like, poll_method, short_quote
from trainer.draft.quotes import QuoteFinding, is_fragment
from trainer.draft.text import Body

#: A statement longer than this many words is a paragraph to read, not a fact to judge.
MAX_STATEMENT_WORDS = 40
#: A quote shorter than this is a fragment anyone could have said: no statement on who said it.
MIN_QUOTE_WORDS = 6
#: The words of a quote a speaker statement shows.
STATEMENT_QUOTE_WORDS = 20
LEAD_CONFIDENCE = 0.7
US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
    "Wisconsin Wyoming").split() + ["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
                                    "North Dakota", "South Carolina", "South Dakota", "West Virginia", "Rhode Island"]
_STATE = re.compile(r"\b(?:%s)(?![\w'’-])" % "|".join(re.escape(s) for s in sorted(US_STATES, key=len, reverse=True)))
_WITH_THE = frozenset({"US", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates"})
_COUNTRY_NAME = re.compile(r"\b(?:%s)(?![\w'’-])" % "|".join(
    re.escape(name) for name in sorted(lx.COUNTRIES, key=len, reverse=True)))


#: An editor's note or update above or inside the story ("UPDATE: 5/12 ...", "Editor's note: ..."): the
#: outlet's word on its own page, never a statement or the claim (issue 10, round 6).
_EDITORS_NOTE = re.compile(r"^[\W_]*(?:UPDATED?\b|Updated?\s*(?:[:(\d—–-]|at\b)|Editor['’]?s['’]?\s+[Nn]ote\b"
                           r"|EDITOR['’]?S['’]?\s+NOTE\b|Corrections?\s*:|CORRECTIONS?\b|Clarification\s*:"
                           r"|CLARIFICATION\b|Note to readers\b|Disclosure\s*:|DISCLOSURE\b)")


def editors_note(text: str) -> bool:
    """Whether ``text`` (a sentence, a quote) opens with an editor's note or an update line."""
    return _EDITORS_NOTE.match(text) is not None


@dataclass
class Statement(Candidate):
    """A drafted true_false: ``fields`` holds the true form; ``false_fields`` the false one, when there is one.

    ``reveals`` names the facts the statement shows (keys of other candidates, sentence keys)."""

    false_fields: dict[str, Any] | None = None
    reveals: frozenset = field(default_factory=frozenset)
    #: What the false form got wrong, for its explanation ("The article names Ted Cruz here, not Jeb Bush.").
    note: str | None = None


def sentence_key(body: Body, start: int, end: int) -> tuple[str, str]:
    """The key build.py gives a cloze question on the sentence between ``start`` and ``end``."""
    return ("sentence", body.excerpt(start, end))


class FactIndex:
    """The keys of the questions that a prompt showing text[start:end] would give away, found by
    bisection: an article may hold thousands of quotes and figures, and every statement asks."""

    #: The longest a quote may reach back before the text it overlaps, in characters.
    QUOTE_REACH = 5000

    def __init__(self, body: Body, quotes: list[QuoteFinding], figures: list[Figure], dates: list[DateFinding],
                 names: Names) -> None:
        self.body = body
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.points = sorted(
            [(f.start, ("number", f.value, f.unit)) for f in figures]
            + [(d.start, ("date", d.value.iso())) for d in dates  # as date questions ask them:
               if not (d.relative and d.value.precision == "day")]  # "on Tuesday" is not asked
            + [(p.role_at, ("role", p.name)) for p in names.people if p.role_at is not None],
            key=lambda point: point[0])
        self.point_starts = [start for start, _ in self.points]
        self._sentences: dict[int, tuple] = {}

    def __call__(self, start: int, end: int) -> frozenset:
        body = self.body
        keys: set[tuple] = set()
        for index in range(body.sentence_index(start), body.sentence_index(max(start, end - 1)) + 1):
            if index not in self._sentences:
                sentence = body.sentences[index]
                self._sentences[index] = sentence_key(body, sentence.start, sentence.end)
            keys.add(self._sentences[index])
        first = bisect.bisect_left(self.quote_starts, start - self.QUOTE_REACH)
        last = bisect.bisect_left(self.quote_starts, end)
        keys.update(("who_said", q.text.casefold()) for q in self.quotes[first:last] if q.end > start)
        first, last = bisect.bisect_left(self.point_starts, start), bisect.bisect_left(self.point_starts, end)
        keys.update(key for _, key in self.points[first:last])
        return frozenset(keys)


def facts_in(body: Body, start: int, end: int, quotes: list[QuoteFinding], figures: list[Figure],
             dates: list[DateFinding], names: Names) -> frozenset:
    """The keys of the questions that a prompt showing text[start:end] would give away (one look-up;
    build a :class:`FactIndex` for many)."""
    return FactIndex(body, quotes, figures, dates, names)(start, end)


def _choose(pool: list[str], seed: str) -> str | None:
    """One of ``pool``, the same on every run."""
    options = sorted(set(pool))
    return options[zlib.crc32(seed.encode()) % len(options)] if options else None


def _span(body: Body, start: int, end: int) -> tuple[int, int]:
    first, last = body.sentence_at(start), body.sentence_at(max(start, end - 1))
    return first.start, last.end


def _words(text: str) -> int:
    return len(text.split())


def has_ellipsis(text: str) -> bool:
    """An ellipsis anywhere in a quote reads to ``check --strict`` as words left out."""
    return "…" in text or "..." in text or ". . ." in text


def _tf(statement: str, answer: bool, quote: str) -> dict[str, Any]:
    return {"type": "true_false", "statement": statement, "answer": answer, "quote": quote}


#: A shown quote that starts a clause: a capital letter, not a conjunction or a preposition.
_WHOLE_CLAUSE_START = re.compile(r"(?!(?:And|But|Or|So|When|While|If|Because|To|Of|For|With|As|That|Which|Who)\b)[A-Z\d“\"']")


def speaker_statements(body: Body, names: Names, quotes: list[QuoteFinding], facts) -> list[Statement]:
    """'<Speaker> said “…”' for quotes whose sentence names their speaker."""
    speakers = sorted({q.speaker.name for q in quotes if not q.speaker.lay and not is_outlet(q.speaker.name, names)})
    surnames = [(name, fold(name.split()[-1])) for name in speakers]
    by_name = {q.speaker.name: q.speaker for q in quotes}
    found = []
    for finding in quotes:
        text = finding.text.strip()
        if _words(text) < MIN_QUOTE_WORDS or label_like(text) or "…" in text or "..." in text:
            continue
        if finding.speaker.lay or is_fragment(text) or is_outlet(finding.speaker.name, names):
            continue  # a passer-by's words, or words anyone could have said (issue 10, the who_said rules)
        start, end = _span(body, finding.start, finding.end)
        if end - start > 20 * (MAX_STATEMENT_WORDS + 20):
            continue  # too long to read as one statement, told without copying a text that may have no full stops
        quote = body.excerpt(start, end)
        if _words(quote) > MAX_STATEMENT_WORDS + 20 or has_ellipsis(quote):
            continue
        named = [m.person for m in names.mentions_between(start, end)]
        if finding.speaker not in named:
            continue  # the quote must show who said it
        shown = short_quote(text, STATEMENT_QUOTE_WORDS)
        if not _WHOLE_CLAUSE_START.match(shown):
            continue  # "X said “to continue calling out ...”", "“when voter impressions ...”": a fragment (round 8)
        true = _tf(f"{finding.speaker.name} said “{shown}”", True, quote)
        folded = fold(quote)  # once per quote: the article may quote thousands of times
        kind = _speaker_kind(finding.speaker)  # a politician for a politician, an aide for an aide (round 5)
        about = _talked_about(body, names, finding)
        others = [name for name, surname in surnames if name != finding.speaker.name and surname not in folded
                  and name not in about and _same_kind(_speaker_kind(by_name[name]), kind)]
        other = _choose(others, text)
        if other is None:
            continue  # one voice: "X said ..." is always true, a truism to judge (issue 10, round 3)
        false = _tf(f"{other} said “{shown}”", False, quote)
        found.append(Statement("quote", finding.confidence - 0.01, finding.start, ("who_said", text.casefold()), true,
                               false, facts(start, end),
                               note=f"{finding.speaker.name} said it, not {other}." if other else None))
    return found


#: A third person in a quote, by sex: who "he" or "she" is stands outside it.
_HE_IN_QUOTE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_SHE_IN_QUOTE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
#: How far before a quote the people it may talk about are looked for (a bounded window).
_ABOUT_WINDOW = 600


def _talked_about(body: Body, names: Names, finding: QuoteFinding) -> set[str]:
    """The people a quote may talk about in the third person: when its words say "he" (or "she"), everyone of that
    sex named in the window before it, and the last one named there whatever their sex. No false form puts the
    quote in their mouth: "Donald Trump said “Today my brother lives on the farm ... if it wasn't for his
    generosity”" answers itself (issue 10, round 28, deleted by both judges)."""
    from trainer.draft import lexicon as lx

    sexes = {sex for sex, pattern in (("m", _HE_IN_QUOTE), ("f", _SHE_IN_QUOTE)) if pattern.search(finding.text)}
    if not sexes:
        return set()
    floor = max(0, finding.start - _ABOUT_WINDOW)
    before = [m.person for m in names.mentions_between(floor, finding.start) if m.person is not finding.speaker]
    about = {p.name for p in before if lx.FIRST_NAMES.get(p.name.split()[0]) in sexes}
    if before:
        about.add(before[-1].name)
    return about


def _speaker_kind(person: Person) -> tuple:
    """What kind of voice a speaker is, for a speaker statement's false form (issue 10, round 5: "Mitch McConnell
    said" for an aide's words, a president for a voter's): their kind of post and their kind of actor."""
    from trainer.draft.claim import _kind_of
    from trainer.draft.questions import person_kind

    return person_kind(person), _kind_of(person)


def _same_kind(a: tuple, b: tuple) -> bool:
    """Whether two speakers can stand in for each other: the same kind of actor, and the same kind of post
    where the article tells both."""
    return a[1] == b[1] and (a[0] == b[0] or a[0] is None or b[0] is None)


#: A negation: a false form that adds one is an inserted "not", never fair (issue 10, round 5).
_NEGATION = re.compile(r"\b(?:not|never|no|none|nor)\b|n['’]t\b", re.I)
#: An honorific before a surname: "Mrs. Dorn" where the true form had none is a swap that makes nonsense.
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Gov|Rep)\.?\s+[A-Z][\w'’-]+")


def fair_false(true: str, false: str) -> bool:
    """Whether a false form is a fair one beside its true form: no negation added, no honorific put before a name
    it was not before (the honorific may not fit the person swapped in), no superlative turned."""
    if len(_NEGATION.findall(false)) > len(_NEGATION.findall(true)):
        return False
    if set(_HONORIFIC_NAME.findall(false)) - set(_HONORIFIC_NAME.findall(true)):
        return False
    return True


#: A statement's or a claim prompt's subject that names no one: a pronoun, "the island", a post without its name
#: ("Senator from Texas says ...", "The senator said ..."): who it is stands elsewhere (issue 10, round 5).
_UNNAMED_SUBJECT = re.compile(
    r"(?:The author argues(?: that|:)\s+|Fill in [^:]{0,40}:\s+)?(?:[A-Z][^,]{0,60},\s+)?(?i:(?:he|she|it|they)\b(?!['’])"
    r"|the\s+(?:former\s+)?(?:[A-Z][a-z]+\s+)?(?:first lady|front-?runner|billionaire|mogul|businessman|island|senator|governor|congressman|congresswoman|president|candidate|nominee|mayor|minister"
    r"|lawmaker|official|spokesman|spokeswoman|country|nation|company|group|agency|firm)\b(?!\s+of\b)"
    r"|(?:senator|governor|sen\.|gov\.|rep\.)\s+)(?![A-Z])")
#: Round 7: a statement opening (its very first words) on a demonstrative, a possessive, "another" or a
#: connective leans on what came before.
_HANGING_OPENING = re.compile(
    r"(?:The author argues(?: that|:)\s+|Fill in [^:]{0,40}:\s+)?(?i:(?:this|that|these|those)\b(?!['’]s\b|\s+"
    r"(?:night|day|week|month|year|morning|evening|time|same)\b)|(?:her|his|its|their)\s+(?!own\b)"
    r"|another\s+[$€£]?\d|as a result\b|and\s|but\s)")


#: A share standing as its statement's subject, with no group it is a share of: "47 percent were white, while 17
#: percent were Latino" (issue 10, round 32: deleted as unanswerable by both judges of a fresh set, "which
#: electorate?"; the article gave several). "47 percent of voters were white" names its group, and so does an
#: opening phrase ("In the Florida primary, 47 percent were white").
_SHARE_SUBJECT = re.compile(
    r"(?:The author argues(?: that|:)\s+)?"
    r"(?:(?:About|Nearly|Almost|Roughly|Some|Only|Just|Over|Under|More than|Less than|Fewer than)\s+)?"
    r"(?:\d[\d.,]*|[A-Z][a-z]+(?:-[a-z]+)?)\s*(?:percent|per cent|%)\s+(?!of\b)(?:(?:also|now|still|then)\s+)?"
    r"(?:were|are|was|is|said|say|says|voted|vote|back|backed|support|supported|think|thought|believe|believed"
    r"|favor|favored|oppose|opposed|approve|approved|disapprove|disapproved|chose|choose|want|wanted|identified"
    r"|described|called|considered|preferred|prefer|agreed|agree|disagreed|disagree)\b")


def unnamed_subject(text: str) -> bool:
    """Whether ``text`` (a statement, a claim's prompt) opens on a subject that names no one, or is no statement at
    all: a question ("Where is that $500 supposed to come from.") or a subhead in capitals glued to its sentence
    ("THE MANY CAVEATS Plenty of people ...", round 8)."""
    return (_UNNAMED_SUBJECT.match(text) is not None or _HANGING_OPENING.match(text) is not None
            or _NO_STATEMENT.match(text) is not None or _SHARE_SUBJECT.match(text) is not None)


_NO_STATEMENT = re.compile(r"(?:The author argues(?: that|:)\s+)?(?:(?:Where|What|Why|How|Who|When|Which)\s+(?:is|are|was"
                           r"|were|do|does|did|can|could|would|will|should)\b|[A-Z]{2,}\s+[A-Z]{2,}\b)")


def _close(a: float, b: float, share: float = 0.05) -> bool:
    return abs(a - b) <= share * max(abs(a), abs(b), 1.0)


#: A fill-in prompt's subject that points elsewhere: a pronoun or a demonstrative ("He gave ___", "In 2010, it gave
#: ___", "those promises", "The candidates ..."), after an opening phrase at most (issue 10, round 4).
_POINTING_SUBJECT = re.compile(
    r"^((?:(?:And|But|So|Yet|Still|Now|Then|Also)\s+)?(?:[A-Z][^,]{0,60},\s+)?)(?:(He|She|he|she)\b(?!['’])|(?:It|it|They|they|We|we|This|this|That|that|These|these"
    r"|Those|those|Such|such)\b|The (?:candidates|two|three|pair|couple|men|women|group|company|campaign)\b)")


#: A false figure differs from the true one by at least this share: "nearly $1 billion" for "nearly $1.1
#: billion" is within any hedge, not false.
FALSE_FIGURE_GAP = 0.25


#: A size adjective right before a figure: another figure swapped in contradicts it ("a narrow 15 points").
_SIZED = re.compile(r"\b(?:narrow|slim|slight|razor-thin|thin|small|tiny|modest|mere|wide|huge|large|big|massive"
                    r"|whopping|comfortable|commanding|solid|healthy|sizable|sizeable|hefty|staggering|paltry"
                    r"|record|double-digit|single-digit|lopsided|overwhelming|decisive|resounding|landslide)\s+$", re.I)


#: A word that sizes the share right before it: a share swapped in contradicts it ("a majority, 16%").
_SHARE_WORD = re.compile(r"\b(?:majority|minority|plurality|half|third|quarter|most|few|in 10|in ten|better|worse|higher"
                         r"|lower)\b[^.;]{0,40}$", re.I)


#: A poll's share: a statement of one names whom the poll asked about (a candidate), or it is not asked.
_POLL_SHARE = re.compile(r"\b(?:reaction|voters|respondents|say|said|support|approve|favorable|unfavorable|positive"
                         r"|negative|scared|satisfied|enthusiastic|dissatisfied|poll)\b", re.I)


_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+(?:about\s+|nearly\s+|roughly\s+)?[$€£]?$", re.I)
_TO_BEFORE = re.compile(r"\bfrom\s+[$€£]?[\d.,]+\s*(?:%|percent|per cent)?[^.;]{0,30}\bto\s+[$€£]?$"
                        r"|\bbetween\s+[$€£]?\d[\d,]*(?:\.\d+)?\s*[^.;]{0,30}\band\s+[$€£]?$", re.I)  # round 11: "between
# $1.1 million and $2.25 million" swapped to "... and $1 million" crossed its bounds


def in_a_range(body: Body, figure: Figure) -> bool:
    """Whether a figure is one end of a change or a range ("from 58 percent to 55 percent", "between $5 and $10"): a
    figure swapped in may contradict the other end ("declined from 34 to 55"). Read in 60 characters around it."""
    before = body.text[max(0, figure.value_start - 60):figure.value_start]
    if _FROM_BEFORE.search(before) or _TO_BEFORE.search(before):
        return True
    from trainer.draft.build import ascending_range  # "90 to 95", not a pair "41% to 29%" or "52 to 31 percent"

    after = _BARE_RANGE_AFTER.match(body.text, figure.end, min(len(body.text), figure.end + 24)) \
        if body.text[figure.end - 1:figure.end].isdigit() else None
    if after and ascending_range(body.text[figure.value_start:after.end()]):
        return True
    low = _BARE_RANGE_BEFORE.search(before[-24:])
    return bool(low and ascending_range(low.group() + body.text[figure.value_start:figure.end]))


#: A bare range around a figure, "90 to 95 percent", "12-14 berths" (round 22: "90 to ___" asked half of it).
_BARE_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—)\s*[$€£]?\d[\d,]*(?:\.\d+)?")
_BARE_RANGE_BEFORE = re.compile(r"(?<![\w.,])[$€£]?\d[\d.,]*\s*(?:to|-|–|—)\s*[$€£]?$")


#: The other number of a pair of results right after a figure ("50 percent to 44", "48-42%") or right before it.
_PAIR_AFTER = re.compile(r"\s*(?:percent|per cent|%)?\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)\b(?!\s*(?:years?|months?|days?)\b)")
_PAIR_BEFORE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)?\s*(?:to|-|–)\s*$")


def _pair_partner(body: Body, figure: Figure) -> float | None:
    """The other result of a pair the figure is one half of ("Clinton leads Sanders 50 percent to 44"), or None:
    a false form must not swap the leader's share below the trailer's (a "lead" of 27 to 44 is false on its face)."""
    after = _PAIR_AFTER.match(body.norm, figure.end, min(len(body.norm), figure.end + 24))
    if after:
        return float(after.group(1))
    before = _PAIR_BEFORE.search(body.norm, max(0, figure.value_start - 24), figure.value_start)
    return float(before.group(1)) if before else None


#: A share written in a sentence: "46%", "35 percent", "12.5 per cent".
_A_SHARE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent\b|per cent\b)")


def within_the_whole(body: Body, sentence, figure: Figure, others: list[Figure]) -> list[Figure]:
    """The shares of ``others`` that, swapped for ``figure``, leave its sentence's shares within 100 percent when
    they were: "80% identify with the Democratic Party, 28% with the GOP" (for 41%) or "leads Clinton, 89%-35%"
    (for 46%) add up past the whole, a false form that answers itself (issue 10, round 28; a judge: "use a
    plausible wrong figure"). Other figures are returned as they are."""
    if not figure.percent:
        return others
    beside = sum(float(v) for v in _A_SHARE.findall(body.norm, sentence.start, sentence.end)) - figure.value
    if beside + figure.value > 100:
        return others  # shares of different wholes ("82% of Democrats and 70% of Republicans")
    return [f for f in others if beside + f.value <= 100]


def figure_statements(body: Body, figures: list[Figure], facts, names: Names | None = None) -> list[Statement]:
    """The sentence with its figure (true) or with another figure of the same kind from the article (false),
    restated short as a claim is (trainer.draft.claim.restate: its clause, names in full, no post), never the
    sentence copied word for word (issue 10, round 3); none when the figure's clause cannot stand alone."""
    from trainer.draft import claim as cl

    found = []
    for figure in figures:
        if figure.unit is None:
            continue
        sentence = body.sentence_at(figure.start)
        if sentence.end - sentence.start > 20 * MAX_STATEMENT_WORDS:
            continue  # a paragraph, not a statement (told before copying it: once per figure adds up)
        quote = body.excerpt(sentence.start, sentence.end)
        if (not MIN_QUOTE_WORDS <= _words(quote) <= MAX_STATEMENT_WORDS or '"' in body.norm[sentence.start:sentence.end]
                or has_ellipsis(quote) or poll_method(quote) or quote.startswith("(")):
            continue  # (an aside in parentheses is no statement of its own)
        shown = numbers_in(quote)
        if _SIZED.search(body.text, max(sentence.start, figure.value_start - 40), figure.value_start):
            continue  # "a narrow four points" is never "a narrow 15 points" (issue 10, round 6)
        if in_a_range(body, figure):
            continue  # "declined from 58 percent to 55 percent" is never "from 34 percent to 55" (round 8)
        if figure.value <= 0 or qualified(body, figure):
            continue  # "more than $X": another figure swapped in may leave it true (issue 10, round 4)
        if _SHARE_WORD.search(body.text, max(sentence.start, figure.value_start - 40), figure.value_start):
            continue  # "a majority of likely voters, 56%" is never "a majority ..., 16%" (round 8)
        others = [f for f in figures if f.unit == figure.unit and f.percent == figure.percent
                  and not _close(f.value, figure.value, FALSE_FIGURE_GAP) and not any(_close(f.value, v) for v in shown)
                  and 0.2 <= f.value / figure.value <= 5]  # of the same order: a plausible figure
        others = within_the_whole(body, sentence, figure, others)
        partner = _pair_partner(body, figure)
        if partner is not None:  # "leads 50 percent to 44": a false share stays on its side of the other (round 12)
            others = [f for f in others if (f.value > partner) == (figure.value > partner) and f.value != partner]
        if not others:
            continue
        other = others[zlib.crc32(quote.encode()) % len(others)]
        before, after = body.text[sentence.start:figure.value_start], body.text[figure.end:sentence.end]
        false = " ".join((before + body.text[other.value_start:other.end] + after).split())
        if any(_close(v, figure.value) for v in numbers_in(false)):
            continue  # the sentence shows the figure twice: swapping one would not make it false
        # Every second figure (by its sentence) is asked as true/false rather than as a number, the same on every run.
        lean = 0.01 if zlib.crc32(quote.encode()) % 2 else -0.01
        reveals = facts(sentence.start, sentence.end)
        if any(key[0] == "date" for key in reveals):
            continue  # a date in the sentence is asked as a date: the statement would show it
        note = (f"The article gives {body.excerpt(figure.value_start, figure.end)}, "
                f"not {body.excerpt(other.value_start, other.end)}.")
        true = quote
        if names is not None:
            written = body.text[figure.value_start:figure.end]
            true = cl.restate(body.text[sentence.start:sentence.end], names)
            if (true.count(written) != 1 or not cl.askable(true, opinion=True)
                    or not cl.MIN_CLAIM_WORDS <= _words(true) <= cl.CLAIM_WORDS + 4):
                continue  # the figure's clause does not stand alone in a short claim
            if _POINTING_SUBJECT.match(true) or unresolved_person(true, names) or dangles(true):
                continue  # "Right now, he is paying 20 percent": who "he" is stands elsewhere; "the poll shows
                # her with a net positive of 21 points" (round 19: unresolved, as the figure's blank was)
            if figure.percent and _POLL_SHARE.search(true) and not cl._people_in(true, names):
                continue  # "A little more than four in 10 have a positive reaction: 16% ...": about whom? (round 8)
            false = true.replace(written, body.text[other.value_start:other.end])
        found.append(Statement("figure", figure.confidence + lean, figure.start, ("number", figure.value, figure.unit),
                               _tf(true, True, quote), _tf(false, False, quote), reveals, note=note))
    return found


#: A first paragraph shorter than this, with more lead after it, is a subhead ("Bloc aims to rely less on U.S.
#: support.") or a teaser: the claim is sought in the sentence after it first.
SUBHEAD_WORDS = 14


def lead_statements(body: Body, names: Names, lead: int, facts, start: int = 0, opinion: bool = False,
                    title: str | None = None, passers_by: Sequence[tuple[int, int]] = (),
                    year: int | None = None, figures: Sequence[Figure] = (),
                    quoted: Sequence[tuple[int, int, str]] = ()) -> list[Statement]:
    """The article's main claim: stated from its headline where the headline is a declarative clause the article's
    opening bears out (:func:`headline_statement`), unless the lead asks it by a specific (a "Who ...?" among
    comparable people, a blank, the claim's figure); else the lead's claim (:func:`lead_claim_statements`).
    Issue 10, round 15: all 60 judged lead true/false statements were "copied word for word; restate", a quarter
    of them "misses the headline's point"."""
    found = lead_claim_statements(body, names, lead, facts, start, opinion, title, passers_by, year, figures, quoted)
    if found and found[0].fields["type"] != "true_false":
        return found  # a specific asks the claim: a choice among people, a blank, the claim's figure
    if opinion or not title or letter_writer(body, start):
        return found  # an opinion piece's claim is its author's argument, a letter's its writer's
    stated = headline_statement(body, names, title, start, facts, figures)
    if found and stated is not None and stated.false_fields is None and _figure_swapped(found[0]):
        return found  # the lead's figure swapped for another of the article's is the false form the judges keep ("51%
        # despite $102 million", "6.5m, not 8m"); the headline copied as true never was (round 21)
    return [stated] if stated is not None else found


def _figure_swapped(claim: Statement) -> bool:
    """Whether a claim's false form swaps its figure for another the article gives (see :func:`_figure_swap`)."""
    return claim.false_fields is not None and re.match(r"The article says “[^”]*\d[^”]*” here", claim.note or "") is not None


#: Headlinese abbreviations a statement spells out (round 22: "Calif. win could help Sanders make case vs. Clinton",
#: the headline copied as printed): a state's abbreviation, "Dems", "vs.".
_HEADLINESE = {"Dems": "Democrats", "Calif.": "California", "Fla.": "Florida", "Mass.": "Massachusetts",
               "N.H.": "New Hampshire", "Pa.": "Pennsylvania", "Ga.": "Georgia", "Va.": "Virginia", "Ariz.": "Arizona",
               "Mich.": "Michigan", "Wis.": "Wisconsin", "Ill.": "Illinois", "Tex.": "Texas", "Ky.": "Kentucky",
               "Colo.": "Colorado", "Nev.": "Nevada", "S.C.": "South Carolina", "N.C.": "North Carolina",
               "N.Y.": "New York", "N.J.": "New Jersey", "Conn.": "Connecticut", "Minn.": "Minnesota",
               "Okla.": "Oklahoma", "Tenn.": "Tennessee", "vs.": "against"}
_HEADLINESE_WORD = re.compile(r"(?<![\w.])(?:%s)(?![\w])" % "|".join(
    re.escape(k) for k in sorted(_HEADLINESE, key=len, reverse=True)))


def spelled_out(claim: str) -> str:
    """A headline's claim with its headlinese abbreviations written out ("Calif. win could help Bernie Sanders make
    case vs. Hillary Clinton." -> "California win could help Bernie Sanders make case against Hillary Clinton.")."""
    text = _HEADLINESE_WORD.sub(lambda m: _HEADLINESE[m.group()], claim)
    if claim.endswith(".") and not text.endswith("."):
        text += "."  # "... in Calif." ended on the abbreviation's own point
    return text


def headline_statement(body: Body, names: Names, title: str, start: int, facts,
                       figures: Sequence[Figure] = ()) -> Statement | None:
    """The headline's claim as a true/false (trainer.draft.claim.headline_claim), proved by the article's sentence;
    false by swapping the two contrasted things the headline names, else by its figure swapped for another of the
    same kind the article gives, else by a direction word with one clear opposite turned
    (:func:`trainer.draft.claim.clean_flip`: "Germany pledges to expand its military" is false as "... to shrink
    ..."), never by a "not" (issue 10, round 21: the headline copied as true was never kept, a clean false variant
    was). None when the headline is no such claim."""
    from trainer.draft.claim import clean_flip, headline_claim

    found = headline_claim(title, body, names, start)
    if found is None:
        return None
    claim, false, sentence = found
    claim, false = spelled_out(claim), spelled_out(false) if false else false
    quote = body.excerpt(sentence.start, sentence.end)
    if not MIN_QUOTE_WORDS <= _words(quote) <= MAX_STATEMENT_WORDS + 20 or has_ellipsis(quote) or editors_note(quote):
        return None
    key = ("lead", quote, "headline")
    note = f"The headline says: {claim}" if false else None
    if not false:
        swap = _figure_swap(body, claim, sentence, figures) if figures else None
        if swap is None:
            swap = clean_flip(claim, body.text[sentence.start:sentence.end])
        if swap is not None:
            false, word, other = swap
            note = f"The article says “{word}” here, not “{other}”: {claim}"
    return Statement("name", LEAD_CONFIDENCE, sentence.start, key, _tf(claim, True, quote),
                     _tf(false, False, quote) if false else None, facts(sentence.start, sentence.end), note=note)


def lead_claim_statements(body: Body, names: Names, lead: int, facts, start: int = 0, opinion: bool = False,
                          title: str | None = None, passers_by: Sequence[tuple[int, int]] = (),
                          year: int | None = None, figures: Sequence[Figure] = (),
                          quoted: Sequence[tuple[int, int, str]] = ()) -> list[Statement]:
    """The lead's main claim (trainer.draft.claim): the lead sentence that says what the headline says (or
    the lead's first sentence), restated short, asked as "Who ...?" or with a blank on the headline's
    person among people of the same kind, else as a true/false false by its direction word, else true.

    Only the lead's first sentence and the one that shares most words with the headline are candidates:
    an aside further in (a history, a digression) is never taken for the main claim. A passer-by's words
    are no claim. In an opinion piece the claim is the author's ("The author argues that ...").
    """
    counts = Counter(m.person.name for m in names.mentions if m.start >= start)  # not the headline's
    from trainer.draft.claim import no_choices

    excluded = no_choices(body, names, year)  # no 1848 name beside 2016's (a 2008 one may be), not the author
    in_lead = [s for s in body.sentences[body.sentence_index(start):] if s.end > start and s.start < lead
               and not any(s.start < q_end and q_start < s.end for q_start, q_end in passers_by)]  # a passer-by's words are no claim
    if not in_lead:
        return []
    order = in_lead[:1]
    paragraph = body.paragraphs[in_lead[0].paragraph]
    if len(in_lead) > 1 and len(body.text[paragraph[0]:paragraph[1]].split()) < SUBHEAD_WORDS:
        order = [in_lead[1], in_lead[0]]  # a one-line subhead or teaser above the lead: the lead's sentence first
    if len(in_lead) > 1 and title:  # the sentence that says what the headline says goes first
        headline = _content_words(title)
        shared = {id(s): len(headline & _content_words(claim_text(body.text[s.start:s.end]))) for s in in_lead}
        ranked = sorted(in_lead, key=lambda s: -shared[id(s)])
        if shared[id(ranked[0])] > shared[id(ranked[1])]:
            order = [ranked[0], *(s for s in order if s is not ranked[0])]
    if title and not opinion:
        order = _headline_next(body, title, in_lead, lead, passers_by) + order
    writer = letter_writer(body, start)
    if title and not writer and (_CONTRARY_HEADLINE.search(title)  # the lead is the foil the headline contradicts,
                                 or _PREMISE.match(body.text, in_lead[0].start)):  # or a rule the story breaks:
        turn = _the_turn(body, in_lead, passers_by)  # the article's turn against it is the claim, long or short
        found = _lead_claim(body, names, turn, facts, counts, excluded, opinion, title, figures=figures,
                                 quoted=quoted) if turn else []
        if found:
            return found
    found = _lead_claim(body, names, order, facts, counts, excluded, opinion, title, figures=figures, voice=writer,
                        quoted=quoted)
    if title and not writer and not opinion and (not found or _only_true(found[0])):  # a copy, or no claim at all
        specific = _a_specific_near(body, names, title, found[0] if found else None, in_lead, lead, facts, counts, excluded, figures,
                                    passers_by)
        if specific is not None:
            return [specific]
    if found or writer:
        return found
    # nothing in the lead stands on its own ("If you were on the search committee, you would ..."): the claim is
    # the first that does among the next sentences of the article's own text (past a label such as "FULL TEXT.")
    after = [s for s in body.sentences[body.sentence_index(max(start, lead - 1)) + 1:][:8]
             if len(body.text[s.start:s.end].split()) >= MIN_QUOTE_WORDS][:3]
    return _lead_claim(body, names, after, facts, counts, excluded, opinion, title, each=True, figures=figures,
                       quoted=quoted)


#: A sentence that says whose words it gives (", François Hollande said Tuesday"): the speaker's claim, never "The
#: author argues that ..." (round 11, held news: "The author argues that Trump's excesses are sickening, François
#: Hollande said Tuesday in Paris").
_ATTRIBUTED = re.compile(r",[”\"]?\s+(?:(?:[A-Z][\w’'.-]+\s+){1,4}(?:said|says|told|wrote|argued|added|declared)\b"
                         r"|(?:said|says|according to)\s+[A-Z])")


#: How many more of the headline's words a sentence of the paragraph after the lead must share than the lead's best
#: sentence to be asked as the claim instead (round 11).
HEADLINE_LEAD = 3


def _headline_next(body: Body, title: str, in_lead: list, lead: int, passers_by) -> list:
    """The sentence of the paragraph after the lead that states the headline when the lead only sets its scene
    (issue 10, round 11, held news: "Tuesday was a very good day for Hillary Clinton." under "Donald Trump Got More
    Votes In Ohio Than Hillary Clinton", whose next paragraph says "More people voted for Trump than for Clinton in
    two states ... Missouri and Ohio"): it shares :data:`HEADLINE_LEAD` more of the headline's words than any
    sentence of the lead. A scene or a day's news is not the claim when the next paragraph states the headline's."""
    headline = _content_words(title)
    if len(headline) < 4:
        return []
    best = max(len(headline & _content_words(claim_text(body.text[s.start:s.end]))) for s in in_lead)
    index = body.sentence_index(lead)
    paragraph = in_lead[-1].paragraph + 1  # the paragraph after the lead's (a long lead block's rest is no claim)
    while paragraph + 1 < len(body.paragraphs) and len(
            body.text[body.paragraphs[paragraph][0]:body.paragraphs[paragraph][1]].split()) < LABEL_WORDS:
        paragraph += 1  # past a label ("FULL TEXT." under an abstract): the story's first paragraphs (round 13:
    labelled = paragraph > in_lead[-1].paragraph + 1  # "Trump hires ..." stated in the story's second paragraph)
    within = (paragraph, paragraph + 1) if labelled else (paragraph,)
    following = [s for s in body.sentences[index:index + 12] if s.paragraph in within]
    nextp = [s for s in following if s.paragraph in within
             and not any(s.start < q_end and q_start < s.end for q_start, q_end in passers_by)]
    shared = {id(s): len(headline & _content_words(claim_text(body.text[s.start:s.end]))) for s in nextp}
    ranked = sorted(nextp, key=lambda s: -shared[id(s)])
    own = {id(s): len(_content_words(claim_text(body.text[s.start:s.end]))) for s in nextp}
    # a sentence the headline (or its subtitle) already says nearly word for word is no question: its answer is
    # the deck's title ("Each committee is working to raise more than $60 million" under "... works to raise ...")
    return [s for s in ranked if shared[id(s)] >= max(3, best + HEADLINE_LEAD)
            and shared[id(s)] <= 0.6 * own[id(s)]][:2]


#: A headline that contradicts what its lead sets up ("Israel Not All Doom and Gloom", "Beyond victory, Clinton faces
#: deep image problem", "Despite ..."): the lead states the foil, the article's turn ("But ...") states the claim.
_CONTRARY_HEADLINE = re.compile(r"^(?:Beyond|Despite|Even|Although|Though|For all)\b|\b(?:[Nn]ot|NOT|isn['’]t|aren['’]t"
                                r"|wasn['’]t|doesn['’]t|don['’]t)\b")
#: A lead that opens on how things usually go ("Usually when history is made, news outlets call upon ... experts."):
#: the premise the story breaks, never its claim (round 14, held news: the gender gap the headline names came next).
_PREMISE = re.compile(r"(?:Usually|Typically|Traditionally|Normally|Ordinarily|Historically|Conventionally|"
                      r"Generally|As a rule|Conventional wisdom (?:says|holds|has it))\b")
#: A sentence that turns against what came before it.
_TURN = re.compile(r"(?:But|Yet|However|Still|Nevertheless|Nonetheless),?\s")
#: How many paragraphs from the lead's first one the turn may stand in.
TURN_PARAGRAPHS = 3


_POSSESSIVE = {"m": re.compile(r"\b[Hh]is\b(?=\s+[a-z])"), "f": re.compile(
    r"\b[Hh]er(?=\s+(?!to\b|that\b|a\b|an\b|the\b|and\b|in\b|on\b|for\b|with\b|of\b|about\b|as\b|at\b|by\b"
    r"|from\b|if\b)[a-z])")}


def _named_from_before(body: Body, sentence, text: str, names: Names) -> str | None:
    """``text`` with its first "his"/"her" (a possessive) or "he"/"she" named after the one person the sentence
    before it in the same paragraph names in full, when that person is of the pronoun's sex and the text has no
    pronoun of the other sex (round 12: "But any cause for celebration among her supporters ..." after "Hillary
    Clinton got what she needed in New York"). None when it cannot be told."""
    from trainer.draft.claim import _people_in

    index = body.sentence_index(sentence.start)
    if index == 0 or body.sentences[index - 1].paragraph != sentence.paragraph:
        return None
    before = body.sentences[index - 1]
    sexes = [sex for sex in ("m", "f") if _SUBJECT_PRONOUN[sex].search(text) or _POSSESSIVE[sex].search(text)]
    if len(sexes) != 1 or _OTHER_SEX[sexes[0]].search(text):
        return None
    sex = sexes[0]
    people = {p.name for _, _, p in _people_in(body.text[before.start:before.end], names)
              if not p.lay and len(p.name.split()) >= 2}
    if any(lx.FIRST_NAMES.get(n.split()[0]) is None for n in people):
        return None  # a person whose sex the lexicon cannot tell might be the one meant
    people = {n for n in people if lx.FIRST_NAMES.get(n.split()[0]) == sex}
    if len(people) != 1:
        return None
    name = people.pop()
    subject, possessive = _SUBJECT_PRONOUN[sex].search(text), _POSSESSIVE[sex].search(text)
    first = min((m for m in (subject, possessive) if m is not None), key=lambda m: m.start(), default=None)
    if first is None:
        return None
    named = name + ("’s" if first is possessive else "")
    return text[:first.start()] + named + text[first.end():]


def _the_turn(body: Body, in_lead: list, passers_by) -> list:
    """The first sentence that turns against the lead ("But any cause for celebration ... will be tempered by ...",
    "But, in many areas Israel excels.") in the lead's paragraph or the next :data:`TURN_PARAGRAPHS` - 1, not a
    quote's (issue 10, round 12: "the lead is the foil; the headline's claim wins"). Read in that window only."""
    first = in_lead[0]
    index = body.sentence_index(first.start)
    for sentence in body.sentences[index + 1:index + 1 + 20]:
        if sentence.paragraph >= first.paragraph + TURN_PARAGRAPHS:
            break
        if _TURN.match(body.text, sentence.start) and not any(
                sentence.start < q_end and q_start < sentence.end for q_start, q_end in passers_by) \
                and "“" not in body.text[sentence.start:sentence.end] and '"' not in body.text[sentence.start:sentence.end]:
            return [sentence]
    return []


#: The article's own opinion in a sentence of its voice (round 8: "attribute it: the article argues"): a hedge on what
#: will happen, a judgement, a superlative of the author's.
_OPINION = re.compile(r"\b(?:by far|(?:is|are)(?:n['’]t| not) likely|(?:is|are) unlikely|should|ought to|must|needs? to"
                      r"|will only|only (?:raise|make|add|deepen|worsen)|desperately|clearly|obviously|surely|of course"
                      r"|arguably|in (?:my|our) view|the (?:best|worst|riskiest|biggest mistake))\b", re.I)
#: A person's pronoun: a claim that has one and names nobody leaves who it is to the sentence before (round 8).
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)


def voices_opinion(text: str) -> bool:
    """Whether ``text`` (a sentence in the article's own voice) states the article's opinion rather than a fact
    (round 8: "Rubio's team winning praise ... isn't likely to help Rubio", "By far, the riskiest impact ... will
    be"): asked, it is attributed ("The article argues that ..."); a claim from the body is not asked."""
    return _OPINION.search(text) is not None


#: A reference a claim leaves to the sentence before (round 11, held news: "One in five say that won't be true",
#: "Optimism is even lower among ...", "Clinton's lead is the same"): a comparison with no "than"/"as", a "that"
#: standing for a whole statement.
_UNRESOLVED = re.compile(r"\b(?:say|says|said|think|thinks|believe|believes|know|knows|expect|expects)\s+that\s+"
                         r"(?:won['’]t|will|is|isn['’]t|was|wasn['’]t|would|can['’]t|could|does|doesn['’]t)\b"
                         r"|^That\s+(?:is|was|will|would|won['’]t)\b", re.I)
_COMPARED = re.compile(r"\b(?:even|still)\s+(?:lower|higher|more|less|fewer|greater|larger|smaller|worse|better"
                       r"|stronger|weaker|bigger)\b|\bthe same\b(?!\s+\w+\s+as\b)(?!\s+as\b)", re.I)


#: What a claim or a prompt points back to in another sentence (issue 10, round 12): "Winning that trifecta ...", "by
#: that date", "either of those outcomes", "at that point".
_POINTS_BACK = re.compile(r"^(?:[A-Z][a-z]+ing\s+)?(?:That|This|These|Those|that|this|these|those)\s+(?!is\b|was\b|are\b"
                          r"|were\b|has\b|had\b|will\b|would\b|could\b|can\b|may\b|might\b|must\b|should\b|does\b"
                          r"|did\b|do\b|year\b|week\b|month\b|morning\b|afternoon\b|evening\b|weekend\b|time\b|days?\b|summer\b"
                          r"|fall\b|spring\b|winter\b|season\b|election\b|cycle\b|campaign\b)[a-z]+\b"
                          r"(?!\s+(?:of|who|which|that)\b)"
                          r"|\b(?:by|at|on|until|since) (?:that|this) (?:date|day|time|point|stage|deadline)\b"
                          r"|\b(?:either|neither|both|all|any) of (?:those|these|them)\b", re.I)


#: Words that lean on a sentence the claim or prompt does not show (issue 10, round 19, each judged "edit"): "The
#: Democratic Party had a terrible one." (one what?), "the alleged criminals are ..." (a metaphor's frame cut off),
#: "On that issue, Sanders has ..." (which?), "sought to restore the deal, worth a reported $___" (which deal?).
_DANGLES = re.compile(
    r"\b(?:an?|the)\s+(?:[a-z]+\s+)?one\s*(?:[.,;!?]|$)"
    r"|\b[Tt]he (?:alleged|accused|suspected|so-called) [a-z]+s\b(?!\s+(?:of|in|who|named|[A-Z]))"
    r"|\b(?:[Oo]n|[Ii]n|[Bb]y|[Ff]or|[Oo]f) (?:that|this|those|these) (?:issues?|questions?|fronts?|measures?|counts?"
    r"|scores?|topics?|matters?|qualit(?:y|ies)|traits?)\b"
    r"|\bthe (?:deal|agreement|contract|offer|plan|bill|measure|proposal|package|lawsuit|suit)\s*,")


#: "a terrible one" at a clause's end: the "one" a contrast with the sentence before stands for.
_ONE = re.compile(r"\b(an?|the)\s+([a-z]+)\s+one(?=\s*(?:[.,;!?]|$))")
#: "a great night" in the sentence before: what "one" stands for.
_A_THING = re.compile(r"\ban?\s+[a-z]+\s+([a-z]{3,})\b")


def _one_named(body: Body, sentence, text: str) -> str:
    """``text`` with its "a terrible one" named by the noun of the sentence before it in its paragraph, when that
    sentence has one "a <adjective> <noun>" ("Hillary Clinton had a great night on Saturday. The Democratic Party
    had a terrible one." -> "... had a terrible night": issue 10, round 19, "'one' unresolved"); else as it is."""
    one = _ONE.search(text)
    index = body.sentence_index(sentence.start)
    if one is None or index == 0 or body.sentences[index - 1].paragraph != sentence.paragraph:
        return text
    before = body.sentences[index - 1]
    things = {m.group(1) for m in _A_THING.finditer(body.text[before.start:before.end])}
    if len(things) != 1:
        return text
    return text[:one.end() - 3] + things.pop() + text[one.end():]


def dangles(text: str) -> bool:
    """Whether ``text`` leans on another sentence for what it is about (see :data:`_DANGLES`)."""
    return _DANGLES.search(text) is not None


def unresolved_reference(text: str) -> bool:
    """Whether a claim leaves what it compares or points to in another sentence (see :data:`_UNRESOLVED`,
    :data:`_POINTS_BACK`, :data:`_DANGLES`): a comparative with "even"/"still" and no "than", "the same" with no
    "as", "say that won't be true", "Winning that trifecta", "by that date", "a terrible one", "On that issue"."""
    if _UNRESOLVED.search(text) or _POINTS_BACK.search(text) or dangles(text):
        return True
    compared = _COMPARED.search(text)
    return compared is not None and not re.search(r"\b(?:than|as)\b", text[compared.start():])


#: A claim this short that names nothing and shares no word with the headline is a scene or a time-filler.
FILLER_WORDS = 12


def filler(claim: str, title: str | None) -> bool:
    """Whether a short lead sentence is a time-filler rather than the story's claim (round 8: "The general election
    is still almost a year away." deleted by both judges as the main claim): at most :data:`FILLER_WORDS` words,
    no word of four letters or more shared with the headline, and no name (a capitalised word past the first)."""
    if not title or len(claim.split()) > FILLER_WORDS:
        return False
    named = [w for w in re.findall(r"\b[A-Z][\w’'-]*", claim) if w not in _PLAIN_OPENERS]
    return not named and not (_content_words(claim) & _content_words(title))


#: Capitalised words that open a sentence without naming anything.
_PLAIN_OPENERS = frozenset("The A An It Its This That There These Those In On At But And So Yet Still Now Then Much "
                           "Many Some Most All Both Few Every Each No Nothing Everyone Nobody Here".split())


def unresolved_person(text: str, names: Names) -> bool:
    """Whether a claim says "he", "she", "his" or "her" and names no person (round 8: "The question was not whether
    he had harmed his campaign"): the student cannot tell who is meant."""
    from trainer.draft.claim import _people_in

    pronoun = _PERSON_PRONOUN.search(text)
    if pronoun is None:
        return False
    people = _people_in(text, names)
    if people:
        first = min(start for start, _, _ in people)
        if first < pronoun.start():
            return False
        comma = text.rfind(",", pronoun.end(), first)
        if comma >= 0 and re.fullmatch(r",\s+(?:[A-Z][a-z]*\.?\s+){0,2}", text[comma:first]):
            return False  # "After his win in Iowa, Sen. Ted Cruz ...": the main clause's subject is the one meant
        # "given how closely her views resemble Sen. Warren's, ...": "her" is someone named in another sentence
        # (issue 10, round 19: "'her' unresolved (Clinton not named)")
    return not _THE_POST.search(text, 0, pronoun.start())  # "the president has said he opposes ...": he is named so


#: A person named by their post alone, before a pronoun of theirs in one sentence (round 10: a held abstract, "While
#: the president has repeatedly said he opposes sending Americans to fight ..., his administration carves out ...").
_THE_POST = re.compile(r"\b[Tt]he (?:president|vice president|governor|senator|mayor|prime minister|chancellor|"
                       r"secretary of state|speaker|pope|king|queen|candidate|nominee|chairman|chairwoman|chief "
                       r"executive|attorney general)\b")


_SUBJECT_PRONOUN = {"m": re.compile(r"\b(?:he|He)\b"), "f": re.compile(r"\b(?:she|She)\b")}
_OTHER_SEX = {"m": re.compile(r"\b(?:she|her|hers)\b", re.I), "f": re.compile(r"\b(?:he|him|his)\b", re.I)}


def with_the_person(text: str, names: Names) -> str | None:
    """``text`` with its "he" or "she" named, when the article names one person of that sex and no other
    (round 8: "... at a time when she desperately needs to ..." of an article whose one woman is Janet Yellen);
    ``text`` as it is when it needs no name; None when who is meant cannot be told."""
    if not unresolved_person(text, names):
        return text
    for sex in ("m", "f"):
        subject = _SUBJECT_PRONOUN[sex].search(text)
        if subject is None or _OTHER_SEX[sex].search(text):
            continue
        people = {p.name for p in names.people if not p.lay and len(p.name.split()) >= 2}
        of_sex = {n for n in people if lx.FIRST_NAMES.get(n.split()[0]) == sex}
        unknown = {n for n in people if lx.FIRST_NAMES.get(n.split()[0]) is None}
        if len(of_sex) == 1 and not unknown:
            return text[:subject.start()] + of_sex.pop() + text[subject.end():]
    return None


#: A letters page's label above its first letter ("LETTERS.", "Letters to the editor").
_LETTERS = re.compile(r"\s*(?:LETTERS?(?: TO THE EDITOR)?|Letters(?: to the [Ee]ditor)?|READERS['’]? (?:VIEWS|LETTERS))\W*$")
#: A letter's signature on a line of its own: "Heather T. Remoff." (a given name, an initial, a surname).
_SIGNATURE = re.compile(r"\s*([A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s(?:[A-Z][a-z]*['’-]?)?[A-Z][\w'’-]+){1,2})\.?\s*$")
#: How many paragraphs a letter's signature is looked for past its first line.
LETTER_PARAGRAPHS = 8


def letter_writer(body: Body, start: int) -> str | None:
    """The writer of the first letter of a letters page (round 9: "a letters page's first line is a letter writer's
    opinion: attribute it to the writer by name"): the name signed on a line of its own after the letter, when a
    "LETTERS." label stands above it. None for any other article. Reads a few paragraphs only."""
    first = body.paragraph_of(start)
    if not any(_LETTERS.match(body.text[a:b]) for a, b in body.paragraphs[max(0, first - 3):first]):
        return None
    for a, b in body.paragraphs[first + 1:first + 1 + LETTER_PARAGRAPHS]:
        signed = _SIGNATURE.match(body.text[a:b])
        if signed and len(signed.group(1).split()) >= 2:
            return signed.group(1)
    return None


#: A claim whose subject is a post or a party's nominee, not the person: "The Republican presidential nominee ...".
_NOMINEE = re.compile(r"The (?:(?:Democratic|Republican|GOP|presidential|party['’]s|likely|presumptive)\s){1,3}"
                      r"(?:nominee|candidate|front-?runner|standard-bearer)\b")


#: A headline that gives whose words the story carries ("Cecile Richards: ‘I’m Sick Of ...’").
_HEADLINE_SPEAKER = re.compile(r"^\s*(?P<name>(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)\s*:\s*[‘“'\"]")


def quoted_speaker(body: Body, sentence, quoted: Sequence[tuple[int, int, str]], title: str | None) -> str | None:
    """Whose words the lead's ``sentence`` is when it stands inside quote marks (issue 10, round 24, held28/01:
    "Ted Cruz wants to ban all abortions in this country." inside Cecile Richards's quote was asked as plain fact):
    the speaker of a found quote that covers it, else the person a "Name: ‘...’" headline gives, their full name;
    "" when it is quoted and nobody can be named; None when it is not inside quote marks."""
    paragraph = body.paragraphs[sentence.paragraph] if body.paragraphs else (0, sentence.start)
    before = body.text[paragraph[0]:sentence.start]
    opened = before.count("“") - before.count("”")
    own = body.text[sentence.start:sentence.end].strip()
    opens = own[:1] in "“\"" and own[:1] != "" and "”" not in own[:-2] and own.count('"') < 2
    if opened <= 0 and before.count('"') % 2 == 0 and not opens:
        return None
    speaker = next((name for start, end, name in quoted if start <= sentence.start < end + 2), None)
    if speaker is None and title:
        match = _HEADLINE_SPEAKER.match(title)
        speaker = match.group("name") if match else None
    if speaker and " " not in speaker and title:  # "Richards" in the body, "Cecile Richards" in the headline
        full = re.search(rf"\b((?:[A-Z][\w’'.-]+\s+){{1,2}}){re.escape(speaker)}\b", title)
        speaker = full.group(0) if full else speaker
    return speaker or ""


def _lead_claim(body: Body, names: Names, order: list, facts, counts: Counter, excluded: set[str], opinion: bool,
                title: str | None, each: bool = False, figures: Sequence[Figure] = (),
                voice: str | None = None, quoted: Sequence[tuple[int, int, str]] = ()) -> list[Statement]:
    """The claim from the first sentence of ``order`` that can be asked (see :func:`lead_statements`)."""
    from trainer.draft import claim as cl

    plain = pointing = None
    for sentence in order:
        quote = body.excerpt(sentence.start, sentence.end)
        if not MIN_QUOTE_WORDS <= _words(quote) <= MAX_STATEMENT_WORDS + 20 or has_ellipsis(quote) \
                or editors_note(quote):
            continue
        placed = placed_named(body.text[sentence.start:sentence.end], body, names, sentence.start)
        text = cl.restate(placed, names,
                          _content_words(title) if title else frozenset())  # no cut that drops the headline's point
        if _words(text) > cl.CLAIM_WORDS + 6:  # unless keeping it makes the claim too long to ask (round 13)
            text = cl.restate(placed, names)
        turn = _TURN.match(text)
        if turn and len(text[turn.end():].split()) >= 4:  # "But, in many areas Israel excels." (the turn, round 12)
            text = text[turn.end()].upper() + text[turn.end() + 1:]
        described = _LONG_APPOSITIVE.match(text)
        if described:  # "Morton Blackwell, the conservative icon who founded ..., has endorsed ..." (round 12)
            text = described.group(1) + " " + text[described.end():]
        reveals = facts(sentence.start, sentence.end)
        key = ("lead", quote)
        whose = None if voice else quoted_speaker(body, sentence, quoted, title)
        if whose == "":
            continue  # someone's words in quote marks, whose we cannot say: no claim stated as plain fact (round 24)
        if whose:  # "Ted Cruz wants to ban all abortions" inside Cecile Richards's quote: hers (round 24, held28/01)
            text = _one_named(body, sentence, text)
            if not cl.askable(text) or unresolved_person(text, names) or unresolved_reference(text) \
                    or not cl.MIN_CLAIM_WORDS <= _words(text) <= cl.LONGEST_CLAIM_WORDS:
                continue
            if plain is None:
                plain = Statement("name", LEAD_CONFIDENCE - 0.05, sentence.start, key, _tf(
                    cl.main_clause(f"{whose} says " + cl.lowered(text, names), _content_words(title or "")),
                    True, quote), None, reveals)
            if not each:
                break
            continue
        if voice:  # a letter's opening is its writer's opinion, asked as theirs (round 9)
            said = lambda t: f"{voice} argues that " + cl.lowered(t, names)  # noqa: E731
        else:
            # only an opinion piece (a column, an editorial, a letter) argues: a news report's forecast or
            # judgement is its reporting, never "The article argues that ..." (round 10, deleted as mislabelled)
            if opinion and not _ATTRIBUTED.search(text) and concession_or_aside(text):
                continue  # a concession or the author's story is no argument of theirs (round 29)
            said = (lambda t: "The author argues that " + cl.lowered(t, names)) \
                if opinion and not _ATTRIBUTED.search(text) and not a_fact(text) \
                else (lambda t: t)  # "..., Hollande said": his (round 11); a fact is no argument (round 22)
        if unresolved_person(text, names):
            text = _named_from_before(body, sentence, text, names) or text
        text = _one_named(body, sentence, text)
        text = the_nation_named(text, title)
        if _PLACED_POST.search(text):
            continue  # "the Vermont senator" with no one to stand for it (round 19: unresolved, "edit")
        if (not cl.askable(text, opinion) or unresolved_person(text, names)
                or (unresolved_reference(text) and not _POINTS_BACK.search(text))):
            continue  # "One in five say that won't be true": true of what? (round 11); no verb, hanging on a pronoun, a quote mark cut off, the author's scene, "he" named nowhere
        if (each or sentence is not order[0]) and cl.the_noun_back(text):
            continue  # "The tax was intended to ..." after the lead's "levy": which tax? (round 10)
        if filler(text, title):
            continue  # "The general election is still almost a year away.": no claim of the story (round 8)
        if verbless_complement(text):
            continue  # "concerns were raised that radicalized Islamists through the vast migrant stream ...": an
            # abstract that lost its verb is garbled; the next sentence that reads is the claim (round 29)
        if _POINTS_BACK.search(text):  # "Winning that trifecta would ...": which? (round 12) Asked only when no
            if pointing is None and cl.MIN_CLAIM_WORDS <= _words(text) <= cl.LONGEST_CLAIM_WORDS:  # other sentence
                pointing = Statement("name", LEAD_CONFIDENCE - 0.05, sentence.start, key,  # of the lead can be
                                     _tf(cl.main_clause(said(text), _content_words(title or "")), True, quote), None, reveals)  # asked: every deck asks its claim
            continue
        asked = cl.quoted_form(body.text[sentence.start:sentence.end], names, counts, excluded)
        if asked is None and not cl.MIN_CLAIM_WORDS <= _words(text) <= cl.CLAIM_WORDS + 6:
            if _NOMINEE.match(text):
                continue  # "The Republican presidential nominee has not ...": who? (round 23: a long lead now cut
                # short by main_clause would otherwise stand before a later sentence that names its person)
            if plain is None and cl.MIN_CLAIM_WORDS <= _words(text) <= cl.LONGEST_CLAIM_WORDS:
                plain = Statement("name", LEAD_CONFIDENCE - 0.05, sentence.start, key, _tf(cl.main_clause(said(text), _content_words(title or "")), True, quote),
                                  None, reveals)  # long, but the lead has nothing shorter: better than no claim
            continue
        asked = None if voice else asked or cl.who_form(text, names, counts, excluded, title=title)  # a letter: its writer's view
        if asked is not None and cl.in_headline(asked[1], title) and not any(
                c != asked[1] and cl.in_headline(c, title) for c in asked[2]):
            asked = None  # the headline's person as the answer is guessed from the deck's title (round 8), unless
            # the headline names another of the choices too: then it tells who is in the story, not who did it
            # (round 12: ask who did it among comparable people rather than the lead copied as true)
        asked = asked or (None if voice else cl.whom_form(text, names, counts, title, excluded))
        if asked is not None:
            prompt, answer, choices = asked
            fields = {"type": "choice", "prompt": prompt, "answer": answer, "choices": choices, "quote": quote}
            return [Statement("name", LEAD_CONFIDENCE, sentence.start, key, fields, None, reveals)]
        # Round 12 (held news): a false form by a word flipped (won/lost, praised/criticised) or a place swapped
        # (Egypt for Israel) is deleted or edited as absurd; a plausible wrong figure is the form the judges keep,
        # and an actor swap between two people of one kind who both act in the article is the only other one.
        swap = _figure_swap(body, text, sentence, figures)
        if swap is not None:
            false, word, other = swap
            return [Statement("name", LEAD_CONFIDENCE, sentence.start, key, _tf(said(text), True, quote),
                              _tf(said(false), False, quote), reveals,
                              note=f"The article says “{word}” here, not “{other}”: {text}")]
        number = None if voice else lead_number(body, text, sentence, figures)
        tail = text[text.find(body.text[number[0]:number[0] + 12]):] if number is not None else ""
        if number is not None and title and (_content_words(title) & _content_words(tail)
                                             - _content_words(number[1]["prompt"])):
            number = None  # the prompt stops before the headline's point ("... at $___." without "because the docks
            # crumble" under "... as docks crumble"): a cut past the figure must not drop what the claim is about
            # (round 13); a scene cut before it ("At an event billed as ...") may go
        if number is not None:  # the lead's figure asked as a number: a specific, not the sentence to recognise
            position, fields = number
            return [Statement("name", LEAD_CONFIDENCE, position, key, dict(fields, quote=quote), None, reveals)]
        swap = None if voice else actor_swap(text, names, body)
        if swap is not None:
            false, word, other = swap
            return [Statement("name", LEAD_CONFIDENCE, sentence.start, key, _tf(said(text), True, quote),
                              _tf(said(false), False, quote), reveals,
                              note=f"The article names {word} here, not {other}: {text}")]
        swap = None if voice or opinion else cl.clean_flip(text, body.text[sentence.start:sentence.end])
        if swap is not None and flip_in_headline(swap[1], title):
            swap = None  # the deck's title says the word the false form turns: a negation spotted at a glance;
            # this sentence says what the headline says, so it is the claim asked true (never a deck without it)
            plain = Statement("name", LEAD_CONFIDENCE - 0.05, sentence.start, key, _tf(
                cl.main_clause(said(text), _content_words(title or "")), True, quote), None, reveals)
        if swap is not None:  # a short claim turned by a word with one clear opposite (round 21: the lead's claim
            false, word, other = swap  # asked true was never kept, "rose/fell" and "6.5m, not 8m" were)
            return [Statement("name", LEAD_CONFIDENCE, sentence.start, key, _tf(text, True, quote),
                              _tf(false, False, quote), reveals,
                              note=f"The article says “{word}” here, not “{other}”: {text}")]
        if plain is None or _words(plain.fields["statement"]) > cl.CLAIM_WORDS + 6:
            plain = Statement("name", LEAD_CONFIDENCE - 0.05, sentence.start, key, _tf(cl.main_clause(said(text), _content_words(title or "")), True, quote), None,
                              reveals)
        if not each:
            break  # the claim is this sentence's, asked true: another sentence is no better claim for a false form
        if plain is not None:
            break
    plain = plain or pointing
    return [plain] if plain is not None else []


def flip_in_headline(word: str, title: str | None) -> bool:
    """Whether the word a false form turns ("won" -> "lost") stands in the headline, in any form ("wins",
    "Expand"): the student reads the headline as the deck's title, so the false form is a negation spotted at a
    glance (issue 10, round 32: "Clinton wins Puerto Rico ..." asked "Clinton lost the Democratic primary in Puerto
    Rico", "a trivially spotted negation"; "To Expand Program" asked "shrank", deleted as a giveaway)."""
    from trainer.draft.claim import _stem

    return bool(title) and _stem(word) in {_stem(w) for w in re.findall(r"[A-Za-z’']+", title)}


#: A subhead's headlinese noun for the country the headline names ("Nation shuffling top diplomats ...").
_NATION = re.compile(r"(?:The\s+)?(?:Nation|Country|nation|country)(?P<owner>['’]s)?\s+(?=(?P<next>[a-z][\w’'-]*))")


def headline_country(title: str | None) -> str | None:
    """The one country a headline names (by name or demonym: "In shift, Mexico to stand up to Trump" -> Mexico),
    or None when it names none or several."""
    from trainer.draft.names import place

    found = {place(word) for word in re.findall(r"[A-Z][\w’'-]+", title or "") if place(word) in lx.COUNTRIES.values()}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def the_nation_named(text: str, title: str | None) -> str:
    """A claim opening on a headlinese "Nation" (or "The country") with the country the headline names written in,
    and a headlinese participle given its verb: "Nation shuffling top diplomats and honing its rhetoric" under
    "In shift, Mexico to stand up to Trump" -> "Mexico is shuffling top diplomats and honing its rhetoric" (issue 10,
    round 22: "'Nation' unresolved: name Mexico"). Unchanged when the headline names no one country."""
    nation = _NATION.match(text)
    country = headline_country(title) if nation else None
    if country is None:
        return text
    rest = text[nation.end():]
    if nation.group("owner"):
        return f"{country}'s {rest}"
    verb = "is " if nation.group("next").endswith("ing") and nation.group("next") not in ("king", "thing") else ""
    return f"{country} {verb}{rest}"


def _only_true(claim: Statement) -> bool:
    """Whether a lead claim could only be asked true (no false form, no choice, no figure): a sentence to
    recognise."""
    return claim.fields["type"] == "true_false" and claim.false_fields is None


#: A sentence near the lead asks the lead's claim as a specific when it shares this many of the headline's words.
SPECIFIC_HEADLINE_WORDS = 2
#: How many paragraphs past the lead's last one a specific for the claim may stand in, and how many of their
#: sentences are read (a bounded window).
SPECIFIC_PARAGRAPHS = 1
SPECIFIC_SENTENCES = 8
#: A paragraph of fewer words is a label ("FULL TEXT.", "ABSTRACT.") and is not counted in that window.
LABEL_WORDS = 4


def _a_specific_near(body: Body, names: Names, title: str, copy: Statement | None, in_lead: list, lead: int, facts,
                     counts: Counter, excluded: set[str], figures: Sequence[Figure], passers_by) -> Statement | None:
    """The lead's claim asked as a specific instead of its sentence copied as true (issue 10, round 13: the copy was
    kept 5% of the time over 74 ratings; the judges asked "ask who the new competition is", "ask the 40-40 tie",
    "who did Trump hire"): from the lead and the next :data:`SPECIFIC_PARAGRAPHS` paragraph, a sentence that shares
    :data:`SPECIFIC_HEADLINE_WORDS` of the headline's words (most first, then the earliest) and gives a "Who ...?"
    among comparable people, a blank on the headline's person or object, the claim's figure as a number or a
    plausible figure swapped false. None when no such sentence gives one: the copy stays, so the claim is asked.
    With no ``copy`` (the lead gave no claim at all: "Trump hires ..." over an abstract on the demoted chairman) the
    same window is read for the headline's claim."""
    headline = _content_words(title)
    if len(headline) < 3:
        return None
    index = body.sentence_index(in_lead[0].start)
    anchor = body.paragraph_of(copy.position) if copy is not None else in_lead[-1].paragraph
    last, counted = anchor, 0
    reach = SPECIFIC_PARAGRAPHS if copy is not None else SPECIFIC_PARAGRAPHS + 1  # no claim at all: one more
    while counted < reach and last + 1 < len(body.paragraphs):
        last += 1
        a, b = body.paragraphs[last]
        counted += len(body.text[a:b].split()) >= LABEL_WORDS  # "FULL TEXT." is a label, not a paragraph
    window = [s for s in body.sentences[index:index + SPECIFIC_SENTENCES] if s.paragraph <= last
              and (copy is None or s.start != copy.position)
              and not any(s.start < q_end and q_start < s.end for q_start, q_end in passers_by)]
    shared = {id(s): len(headline & _content_words(claim_text(body.text[s.start:s.end]))) for s in window}
    own = {id(s): len(_content_words(claim_text(body.text[s.start:s.end]))) for s in window}
    # a sentence the headline says nearly word for word is no question: its answer is the deck's title (round 11)
    ranked = sorted((s for s in window if SPECIFIC_HEADLINE_WORDS <= shared[id(s)] <= 0.6 * own[id(s)]),
                    key=lambda s: (-shared[id(s)], s.start))
    for sentence in ranked:
        found = _lead_claim(body, names, [sentence], facts, counts, excluded, False, title, figures=figures)
        if not found or _only_true(found[0]) or (found[0].note or "").startswith("The article names"):
            continue  # an actor swapped in a sentence past the claim's reads as nonsense ("Clinton's endorsement
            # for Obama"): only a choice, a figure or a figure swapped false asks the claim there
        asked = found[0].fields
        if re.match(r"Who (?:said|says|told|added|wrote)\b|Fill in the name:", str(asked.get("prompt", ""))):
            continue  # someone's remark past the lead is who_said's, not the headline's claim; a name blanked in a
            # side phrase there ("no ground from ___'s historic unpopularity") is guessed, not the claim
        shown = " ".join(str(asked.get(k, "")) for k in ("statement", "prompt", "answer"))
        if headline & _content_words(body.text[sentence.start:sentence.end]) - _content_words(shown):
            continue  # the cut dropped the headline's point ("... less likely to vote Republican" without "because
            # of Trump" under "Trump a big turnoff"; a package blocked without its "poison pills"): it must stay
        return found[0]
    return None


#: A long description set between a named subject and its verb: the claim keeps the name and the verb.
_LONG_APPOSITIVE = re.compile(r"((?:[A-Z][\w.'’-]+\s){1,3}[A-Z][\w'’-]+),\s+(?:the|a|an)\s[^,;“”\"]{20,220}?,\s+"
                              r"(?=(?:has|have|had|is|was|will|would|said|says)\b|[a-z]+(?:ed|s)\b)")


#: A lead figure asked as a number question only when its prompt (the claim with a blank) is this short (words;
#: build.FIGURE_PROMPT_WORDS drops a longer one as buried).
LEAD_NUMBER_WORDS = 25
#: Spans of time are no claim's figure ("galvanized conservatives for almost two generations", "for 30 years").
_SPAN_UNIT = re.compile(r"^(?:generations?|decades?|years?|months?|weeks?|days?|hours?|minutes?|centuries|century"
                        r"|times|terms?|rounds?)\b", re.I)


def _lead_sized(figure: Figure, written: str) -> bool:
    """Whether a lead's figure is one the story turns on: a share, an amount of money of a million or more, or a
    count of ten or more in digits. Never "the ___ biggest prizes" (two) or "the face of a giant $___ bill" (a
    prop): asked as the lead's claim, they were deleted as trivial and left the claim unasked (round 13)."""
    if figure.percent or figure.unit == "points":
        return True  # a share, or a margin in points ("a seven-point lead"): what a poll story turns on (round 32)
    money = figure.unit is not None and figure.unit.split()[-1] in CURRENCY_WORDS  # "US dollars", "billion euros"
    if money:
        return figure.value >= 1e6
    return figure.value >= 10 and any(ch.isdigit() for ch in written)


def lead_number(body: Body, text: str, sentence, figures) -> tuple[int, dict[str, Any]] | None:
    """The lead's claim asked by its figure (issue 10, round 12: the judges asked for "the $275 billion figure",
    "the 1,200 classified emails" rather than the lead copied as true): the first figure of the claim's sentence
    with a unit, shown once in the restated claim ``text``, put as a blank in that claim. Returns the figure's
    position (for the answer in the article's unit) and the question's fields (without its quote). None when the
    sentence has no such figure, the figure is a year or a rank, or the prompt would run past
    :data:`LEAD_NUMBER_WORDS` words."""
    from trainer.draft.questions import BLANK, _number, _tolerance, _what

    if not isinstance(figures, _Figures):
        figures = _Figures(figures)
    first = bisect.bisect_left(figures.starts, sentence.start)
    last = bisect.bisect_left(figures.starts, sentence.end)
    for figure in figures.figures[first:last]:
        written = body.text[figure.value_start:figure.end]
        if (figure.unit is None or figure.value <= 0 or text.count(written) != 1 or in_a_range(body, figure)
                or _SPAN_UNIT.match(figure.unit) or not _lead_sized(figure, written)):
            continue
        from trainer.draft.build import side_figure

        from trainer.draft.salience import page_count_or_price_move

        if side_figure(body, None, figure) is not None or page_count_or_price_move(body, figure) is not None:
            continue  # the lead's figure is no side figure either (round 22: a rally's crowd asked as the claim;
            # round 28: "more than ___ additional pages of emails", the release's size, asked as its claim)
        number = _NUMBER_IN.search(written)
        if number is None:
            continue
        at = text.index(written)
        unit_written = "" if figure.percent else written[number.end():]  # "Fill in the percentage: ... a record
        # ___." never "___%." (round 29: the "%" stayed after the blank when the lead's claim was asked by its share)
        before, after = text[:at] + written[:number.start()], unit_written + text[at + len(written):]
        scene = _SCENE.match(before)
        if scene and not _names_place(scene.group()) and len(before[scene.end():].split()) >= 1:
            before = before[scene.end()].upper() + before[scene.end() + 1:]  # "At an event billed as ..., Clinton ..."
        cut = _AFTER_THE_FIGURE.search(after)
        end = (cut.start(1) if cut.group(1) else cut.start()) if cut else -1
        if cut and len(f"{before}{BLANK}{after[:end]}".split()) >= MIN_QUOTE_WORDS:
            after = after[:end].rstrip(" ,;:") + "."  # "... a $___ infrastructure proposal." (no list cut off)
        blanked = (before + BLANK + after).rstrip()
        blanked = blanked if blanked.endswith((".", "”", '"', "’")) else blanked + "."
        if len(blanked.split()) > LEAD_NUMBER_WORDS or any(abs(v - figure.value) < 1e-9 for v in numbers_in(blanked)):
            continue
        return figure.start, {"type": "number", "prompt": f"Fill in {_what(figure)}: {blanked}",
                              "answer": _number(figure.value), "tolerance": _tolerance(figure),
                              "unit": "%" if figure.percent else figure.unit}
    return None


#: How many words a figure's "with" phrase may run in a headline's number prompt (round 17).
HEADLINE_PHRASE_WORDS = 12
#: Where a figure's "with" phrase ends: a clause, an aside, a second "and" part, the sentence's end.
_PHRASE_END = re.compile(r"[,;:.!?(]|\s(?:--|—|–)\s|\s(?:and|but|with|while|as|after|because|who|which|that)\s")
#: The word before a figure that opens the phrase carried into the headline's prompt ("..., with nearly 140 House
#: members blasting the roundups").
_WITH_BEFORE = re.compile(r"(?:\bwith|,\s+(?:by|[a-z]{3,}ing))\s+$|(?P<margin>\b(?:led|leads|leading|won|wins|winning|beat|"
                          r"beats|defeated|defeats|ahead|trailed|trails|lost)\s+(?:\w+\s+){0,3}by\s+)$", re.I)
#: Where a phrase too long for the prompt may be cut: before a place or a time ("taking ___ of 25 slots | in the
#: state in another show of ...").
_PHRASE_CUT = re.compile(r"\s(?:in|on|at|over|for|since|during|amid)\s")


def headline_number(body: Body, claim: str, window: tuple[int, int], figures: Sequence[Figure]
                    ) -> tuple[int, dict[str, Any]] | None:
    """The headline's claim asked by its specific (issue 10, round 17: every headline copied as true was "edit":
    "add the 206,000 figure", "restate (140 House Democrats vs administration)"): the first figure the story turns
    on (:func:`_lead_sized`) in ``window`` (the sentence that proves the claim and the next one), blanked in the
    claim itself when the headline names what it counts ("... restores voting rights to ___ felons."), or carried
    after the claim in its "with" phrase ("Democratic tensions escalate over deportation raids, with nearly ___
    House members blasting the roundups."). Returns the figure's position and the question's fields (without its
    quote); None when no figure fits or the claim already shows a number."""
    from trainer.draft.questions import BLANK, _number, _tolerance, _what

    stem = claim.rstrip().rstrip(".").rstrip()
    if numbers_in(stem):
        return None
    first = bisect.bisect_left([f.start for f in figures], window[0])
    for figure in figures[first:]:
        if figure.start >= window[1]:
            break
        written = body.text[figure.value_start:figure.end]
        if (figure.value <= 0 or figure.percent or in_a_range(body, figure)
                or _SPAN_UNIT.match(figure.unit or "") or not _lead_sized(figure, written)
                or _NUMBER_IN.fullmatch(written.strip()) is None):
            continue
        hedge = body.text[figure.start:figure.value_start]
        prompt = None
        named = figure.unit and re.search(r"\b%s\b" % re.escape(figure.unit), stem, re.I)
        if named and len(figure.unit) > 3 and figure.unit.split()[0] not in CURRENCY_WORDS:
            prompt = f"{stem[:named.start()]}{hedge}{BLANK} {stem[named.start():]}."
        elif opening := _WITH_BEFORE.search(body.text, max(window[0], figure.start - 60), figure.start):
            word = "by" if opening.group("margin") else opening.group().strip(" ,").split()[-1]
            tail = body.text[figure.end:min(window[1], figure.end + 200)]
            cut = _PHRASE_END.search(tail)
            tail = " ".join((tail[:cut.start()] if cut else tail).split())
            if len(tail.split()) > HEADLINE_PHRASE_WORDS - 3 and (shorter := _PHRASE_CUT.search(tail, 1)):
                tail = tail[:shorter.start()]
            phrase = f"{word} {hedge}{BLANK} {tail}".split()
            if 3 <= len(phrase) <= HEADLINE_PHRASE_WORDS and re.match(r"[A-Za-z]", tail):
                prompt = f"{stem}, {' '.join(phrase)}."
        if prompt is None:
            continue
        money = figure.unit is not None and figure.unit.split()[-1] in CURRENCY_WORDS
        what = _what(figure) if named or money else "the number"  # the phrase shows what it counts
        fields = {"type": "number", "prompt": f"Fill in {what}: {prompt}",
                  "answer": _number(figure.value), "tolerance": _tolerance(figure)}
        return figure.start, {**fields, "unit": figure.unit} if figure.unit else fields
    return None


#: A scene set before a lead's actor ("At an event billed as “Hard Hats for Hillary,” Clinton unveiled ..."): cut
#: from a number prompt, unless it names the place or the poll the figure holds in.
_SCENE = re.compile(r"(?:At|In|On|During|After|Before|Following|Amid|Despite|With|Three|Two|Four|Five|Six|Weeks|Days|"
                    r"Months)\b[^,]{0,120}?,[”\"’]?\s+(?=[A-Z])")
#: Where a number prompt may end after its blank: a clause or an aside ("a $___ infrastructure proposal, to fix
#: highways, trains, airports" loses the list a restatement cut off), a purpose after a plan's noun.
_AFTER_THE_FIGURE = re.compile(r",\s|\s(?:--|—|–)\s|\s(?:that|which|who|after|because|while|as)\s"
                               r"|\b(?:proposal|plan|bill|program|programme|effort|package|measure|initiative)(\s+to\s)",
                               re.I)


#: The number inside a figure's words ("$275 billion" -> "275 billion", "21 percent" -> "21", "nine people" ->
#: "nine"), blanked as a whole.
_NUMBER_IN = re.compile(r"(?:\d[\d,.]*|\b(?:%s)\b)(?:\s*(?:thousand|million|billion|trillion))?" % "|".join(
    re.escape(w) for w in sorted(lx.NUMBER_WORDS, key=len, reverse=True)), re.I)


class _Figures:
    """The article's figures indexed once for swapping into claims: by position, and by kind (unit, share) with at
    most :data:`SWAP_POOL` of each kind, so that a claim costs its own sentence, not the article (linear drafting)."""

    SWAP_POOL = 200

    def __init__(self, figures: Sequence[Figure]) -> None:
        self.figures = list(figures)
        self.starts = [f.start for f in self.figures]
        self.kinds: dict[tuple, list[Figure]] = {}
        for figure in self.figures:
            pool = self.kinds.setdefault((figure.unit, figure.percent), [])
            if len(pool) < self.SWAP_POOL:
                pool.append(figure)


def _figure_swap(body: Body, text: str, sentence, figures) -> tuple[str, str, str] | None:
    """The claim's figure swapped for another of the same kind the article gives elsewhere, one its sentence does
    not show and far enough from it to be false (as in :func:`figure_statements`): "The fund spent $40 billion"
    becomes "... $12 billion" when the article gives $12 billion too. Never a figure under a qualifier ("more
    than $40 billion", "$200 or less"): the swapped claim may still be true."""
    if not isinstance(figures, _Figures):
        figures = _Figures(figures)
    first = bisect.bisect_left(figures.starts, sentence.start)
    last = bisect.bisect_left(figures.starts, sentence.end)
    if first == last:
        return None
    shown = numbers_in(body.text[sentence.start:sentence.end])
    for figure in figures.figures[first:last]:
        written = body.text[figure.value_start:figure.end]
        if (figure.unit is None or figure.value <= 0 or text.count(written) != 1 or qualified(body, figure)
                or in_a_range(body, figure)
                or _SIZED.search(body.text, max(sentence.start, figure.value_start - 40), figure.value_start)):
            continue  # a figure under a qualifier ("more than $X") or a size ("a lopsided 82%") has no false form by swapping
        others = [f for f in figures.kinds.get((figure.unit, figure.percent), ())
                  if not _close(f.value, figure.value, FALSE_FIGURE_GAP) and not any(_close(f.value, v) for v in shown)
                  and 0.2 <= f.value / figure.value <= 5]
        others = within_the_whole(body, sentence, figure, others)
        partner = _pair_partner(body, figure)
        if partner is not None:  # "leads 50 percent to 44": never "leads 27 percent to 44" (round 12)
            others = [f for f in others if (f.value > partner) == (figure.value > partner) and f.value != partner]
        if not others:
            continue
        other = others[zlib.crc32(text.encode()) % len(others)]
        replacement = body.text[other.value_start:other.end]
        return text.replace(written, replacement), written, replacement
    return None


_AFTER_PLACE = re.compile(r"(?:['’]s)?\s+([a-z][a-z-]*)")
#: Words after a place that leave it a noun ("Iran and", "Iran said", "Iran has").
_NOT_A_NOUN = frozenset("and or but nor in on at to of for with from by as than that which who is was are were has "
                        "have had will would could can may might must should did does do said says says told "
                        "after before since until while when where if because over under into against about "
                        "last this next".split())


def _place_swap(text: str, names: Names, body: Body) -> tuple[str, str, str] | None:
    """A country or a US state of the claim swapped for another the article names (not in the claim)."""
    from trainer.draft.claim import finite_verb

    for pattern, pool_of in ((_COUNTRY_NAME, lambda: [c for c in names.countries if c in lx.COUNTRIES]),
                             (_STATE, lambda: sorted({m.group() for m in _STATE.finditer(body.norm)}))):
        found = [m for m in pattern.finditer(text) if _NEXT_NAME.match(text, m.end()) is None
                 and not (m.start() and text[m.start() - 1:m.start()].isalpha())]
        if not found:
            continue
        match = found[0]
        after = _AFTER_PLACE.match(text, match.end())
        if after and after.group(1) not in _NOT_A_NOUN and not finite_verb(after.group(1)):
            continue  # "abdicate Iran leadership": a place as a modifier, swapped it reads as nonsense (round 5)
        if lx.COUNTRIES.get(match.group()) == "US":
            continue  # the outlet's own country: "a president of the United Kingdom" is false by absurdity
        shown = {m.group() for m in pattern.finditer(text)}
        the = text[max(0, match.start() - 4):match.start()].lower() == "the "
        pool = [c for c in pool_of() if c not in shown and (pattern is _STATE or (c in _WITH_THE) == the)]
        other = _choose(pool, match.group())
        if other:
            return text[:match.start()] + other + text[match.end():], match.group(), other
    return None


#: What may stand between two people a claim names for swapping them to make it false: a verb or a preposition
#: that gives them different parts ("to unite the party behind X and draw in Y's supporters"). Two people joined by
#: "and", "or" or a comma alone ("X and Y are holding leads") swap into the same claim.
_COORDINATED = re.compile(r"^(?:['’]s)?\s*(?:,|and|or|&|nor|as well as|with|and his wife|and her husband)?\s*$")
#: A relation that holds both ways: swapping its two people leaves the claim true.
_SYMMETRIC = re.compile(r"\b(?:met|meet|meets|meeting|debated?|debating|clash\w*|spar\w*|spoke|speak\w*|talk\w*|fought"
                        r"|fight\w*|tie[sd]?|tying|faced?|facing|battl\w*|join\w*|marr\w*|agreed|allied|shook|versus|vs"
                        r"|against|with|between|alongside|beside|rivals?|opponents?|partners?|allies|ally|friends?)\b",
                        re.I)
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.I)


def _name_swap(text: str, names: Names) -> tuple[str, str, str] | None:
    """The claim with two people it names in different parts swapped (round 9: a clearly wrong name where one
    exists): "Obama worked to unite the party behind Clinton and draw in Sanders supporters" becomes "... behind
    Sanders and draw in Clinton supporters". Never two people joined as one subject, never one named twice, never
    two of different sexes in a claim with a personal pronoun, and only people named in full (no passer-by)."""
    from trainer.draft.claim import _people_in

    found = [(a, b, p) for a, b, p in _people_in(text, names) if not p.lay and len(text[a:b].split()) >= 2]
    if len({id(p) for _, _, p in found}) != len(found) or len(found) < 2:
        return None
    (a1, b1, first), (a2, b2, second) = found[-2], found[-1]  # the last two: the claim's objects, not its subject
    between = text[b1:a2]
    if _COORDINATED.match(between) or len(between.split()) > 16 or _SYMMETRIC.search(between):
        return None  # "X met with Y" swapped is "Y met with X": as true
    if _PERSONAL.search(text):
        sexes = {lx.FIRST_NAMES.get(p.name.split()[0]) for p in (first, second)}
        if len(sexes) != 1 or None in sexes:
            return None
    one, other = text[a1:b1], text[a2:b2]
    return text[:a1] + other + between + one + text[b2:], one, other


#: A name right after "a"/"an" is a figure of speech ("Trump pulled a Hillary Clinton"): never swapped.
_A_NAME = re.compile(r"\b(?:a|an)\s+$", re.I)
#: A person named this many times in the article acts in it (a stand-in for a claim's actor, round 12).
ACTOR_MENTIONS = 2


def actor_swap(text: str, names: Names, body: Body) -> tuple[str, str, str] | None:
    """The claim with its two people swapped when both can stand in the other's part (issue 10, round 12: a name
    swap in the lead is kept only as an actor swap between two people of one kind who both act in the article):
    :func:`_name_swap`'s rules, and both people of one kind (:func:`_same_kind`), each named at least
    :data:`ACTOR_MENTIONS` times, no personal pronoun in the claim ("blasted Ted Cruz for his support": whose?) and
    no name as a figure of speech ("pulled a Hillary Clinton")."""
    from trainer.draft.claim import _people_in

    if _PERSONAL.search(text):
        return None
    found = [(a, b, p) for a, b, p in _people_in(text, names) if not p.lay and len(text[a:b].split()) >= 2]
    if len(found) < 2 or any(_A_NAME.search(text[:a]) for a, _, _ in found):
        return None
    first, second = found[-2][2], found[-1][2]
    times = Counter(id(m.person) for m in names.mentions)
    if min(times[id(first)], times[id(second)]) < ACTOR_MENTIONS or not _same_kind(_speaker_kind(first),
                                                                                   _speaker_kind(second)):
        return None
    return _name_swap(text, names)


def _predicate_swap(body: Body, start: int, end: int):
    """The first word of the claim whose opposite makes it false ("won" for "lost", "rose" for "fell"),
    outside quotes: the claim is then false by what it says. None when it has none. The same guard as the
    claim's :func:`trainer.draft.claim.direction_word` (idioms, nouns, participles, transitive uses, races)."""
    from trainer.draft.claim import direction_word

    found = direction_word(body.norm[start:end])
    if found is None:
        return None
    word_start, word_end, _, other = found
    return (start + word_start, start + word_end), other


#: A person whose every mention stands in a sentence dated this many years before the article belongs to
#: another time: swapped into the article's claim ("Goldwater ... in November" of 2016) the claim is absurd.
OTHER_TIME_YEARS = 8
#: A person of another time is no choice for "Who ...?" when their years lie this far before the article's.
CHOICE_TIME_YEARS = 20
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def of_another_time(body: Body, names: Names, name: str, year: int | None, gap: int = OTHER_TIME_YEARS) -> bool:
    """Whether the article names ``name`` only beside years long before ``year`` (the article's)."""
    if year is None:
        return False
    seen = False
    for mention in names.mentions:
        if mention.person.name != name:
            continue
        seen = True
        index = body.sentence_index(mention.start)
        sentences = body.sentences[max(0, index - 1):index + 1]  # "In 1964, ... . Goldwater ..." too
        years = [int(y) for s in sentences for y in _YEAR.findall(body.norm, s.start, min(s.end, s.start + 2000))]
        if not years or max(years) > year - gap:
            return False
    return seen


#: Words by which an author states an argument rather than a scene ("The result is", "needs to", "better").
_THESIS_CUE = re.compile(
    r"\b(?:the result is|the lesson|the point is|I argue|I believe|I think|my view|that is why|that's why|"
    r"needs? to|must|should|ought to|better|worse|exactly|the (?:real|only) (?:question|answer|way)|"
    r"in other words|the truth is|would|could)\b", re.I)
#: The words that make a sentence an argument rather than a fact: a judgement or a prescription ("must", "should",
#: "a mistake", "wrong", "the lesson"), not a forecast's "would" alone (round 22).
_JUDGEMENT = re.compile(
    r"\b(?:the result is|the lesson|the point is|I argue|I believe|I think|my view|that is why|that's why|"
    r"needs? to|must|should|ought to|better|worse|best|worst|the (?:real|only) (?:question|answer|way)|"
    r"in other words|the truth is|mistake|mistaken|wrong|right to|foolish|absurd|dangerous|reckless|shameful|"
    r"disgrace\w*|failure|fail(?:s|ed)? to|deserves?|unfair|unjust|hypocri\w+|irresponsible|naive|regret|"
    r"can(?:not|'t|’t) afford|it is time|it's time|too (?:\w+)|no (?:excuse|reason)|nothing (?:but|more than)|"
    r"won['’]t change|will not change|never change|just the way|is like|are like)\b", re.I)
#: What a fact states and an argument need not: a figure, a record ("the oldest person to assume the presidency").
_FACT_MARK = re.compile(r"\d|\b(?:oldest|youngest|first|largest|biggest|smallest|highest|lowest|longest|shortest)\b",
                        re.I)


#: A concession or a personal aside, never the author's argument (issue 10, round 29: "The author argues that yes,
#: foreign policy and defense will be front-burner issues", the half before "but let's not forget ..."; "My husband
#: and I were fortunate to have the means ...", the author's own story; "we used to try to do better", all deleted):
#: a sentence that opens (past an opening phrase) on "Yes,", "Granted,", "Of course," ..., or on the author as the
#: subject of a past-tense verb.
_CONCESSION_OR_ASIDE = re.compile(
    r"\s{0,3}(?:(?:And|But|So|Now|Still|Sure enough),?\s+)?(?:(?:Yes|Sure|Granted|Of course|True|Admittedly|To be sure"
    r"|No doubt|Certainly|Obviously|Fair enough)\b,?\s"
    r"|(?:(?:My|Our)\s+[\w-]{2,20}\s+and\s+I|I|We)\s+(?:was|were|had|did|went|got|could|grew up|used to"
    r"|have been|had been|[a-z]{2,20}ed)\b)", re.I)


def concession_or_aside(text: str) -> bool:
    """Whether an opinion piece's sentence (or a claim drafted from it) is a concession or the author's personal
    aside rather than the argument (:data:`_CONCESSION_OR_ASIDE`)."""
    return _CONCESSION_OR_ASIDE.match(text) is not None


#: Where a claim reports a "that" complement: "concerns were raised that ...", "it is clear that ...".
_THAT_COMPLEMENT = re.compile(r"\b(?:were|was|are|is|been|raised|voiced|expressed|warned|feared|argued|claimed)\s+"
                              r"(?:[a-z]{2,20}\s+){0,2}?that\s+")
_PLAIN_SUBJECTS = frozenset("we they i you".split())
_S_VERB_SUBJECTS = frozenset("he she it who that which this one".split())
_AUXILIARIES = frozenset("is are was were will would could can may might should must has have had do does did".split())
_BEFORE_A_NOUN_WORDS = frozenset("the a an of to in on at for with from by into through across over under about "
                                 "that".split())


def verbless_complement(text: str) -> bool:
    """Whether the "that" clause a claim reports has no verb: "concerns were raised that radicalized Islamists through
    the vast migrant stream to an unprepared Europe" (issue 10, round 29: an abstract that lost its "are slipping",
    copied as the lead's claim: "missing its verb"). An "-ed" word right after "that", a preposition or an article
    and before a noun is an adjective ("radicalized Islamists"), no verb. Reads the last such clause only."""
    from trainer.draft import claim as cl

    last = None
    for last in _THAT_COMPLEMENT.finditer(text, max(0, len(text) - 400)):
        pass
    if last is None:
        return False
    words = cl._WORD.findall(text[last.end():last.end() + 300])
    if len(words) < 4:
        return False
    plural = False  # the word before was a plural noun: a plain word after it is its verb ("systems encourage")
    for i, word in enumerate(words):
        lower = word.lower()
        if word in cl._DID or lower in _AUXILIARIES or lower in _PLAIN_SUBJECTS:
            return False  # "... that after decades of shrinking, we want to grow": a pronoun's clause has its verb
        if plural and word.isalpha() and word.islower() and lower not in _BEFORE_A_NOUN_WORDS \
                and lower not in ("and", "or", "but", "nor"):
            return False
        plural = False
        if not cl.finite_verb(word):
            continue
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if word.endswith("ed") and (i == 0 or words[i - 1].lower() in _BEFORE_A_NOUN_WORDS) \
                and after.isalpha() and after not in _BEFORE_A_NOUN_WORDS:
            continue  # "radicalized Islamists": an adjective before its noun
        if word.endswith("s") and word not in cl._FINITE and i and not words[i - 1][:1].isupper() \
                and words[i - 1].lower() not in _S_VERB_SUBJECTS:
            plural = True
            continue  # "hired crews", "the old harbour gates": a plural noun; "Velloway says", "it seems" are verbs
        return False
    return True


def a_fact(text: str) -> bool:
    """Whether an opinion piece's sentence states a fact rather than the author's argument: a figure or a record,
    and no word that judges or prescribes (round 22: "If elected, Trump would be the oldest person to assume the
    presidency" asked as "The author argues that ...": "a fact, not the author argues")."""
    return _FACT_MARK.search(text) is not None and _JUDGEMENT.search(text) is None


#: A sentence that opens on a pronoun or a demonstrative hangs on the one before: no claim on its own.
_HANGING = re.compile(r"\s*(?:[A-Z]\w+,\s+)?(?:This|That|These|Those|It|They|He|She|Such|Here|There|this|that|these|those"
                      r"|it|they)\b")  # "Clearly, that's something we must ..." too (round 8)
#: The author's argument is sought in this many paragraphs at the end of the piece (its conclusion).
THESIS_PARAGRAPHS = 4


#: A paragraph that quotes someone or says whose words it gives ("Cruz ... will do an excellent job, Blackwell
#: maintains."; a quoted letter's paragraph opening on a quote mark): its argument is that person's, not the author's.
_SOMEONE_ELSES = re.compile(r"[“”\"]|\b(?:said|says|wrote|writes|maintains|maintained|added|adds|continued|continues"
                            r"|argued|argues|according to|told)\b")


def thesis_statements(body: Body, lead: int, facts, title: str | None = None,
                      names: Names | None = None) -> list[Statement]:
    """An opinion piece's thesis as a true/false (issue 10, round 2: the lead of a column sets a scene; the
    argument is stated further on, most often in its conclusion): the sentence past the lead (the author's
    biography apart) that argues most (cue words such as "the result is", "needs to", "better", "would"),
    shares most words with the headline and stands in the last paragraphs. It is asked false by what it claims (an opposite), never by a name swapped."""
    from trainer.draft import claim as cl
    from trainer.draft.salience import _BIO

    paragraphs = [p for p in body.paragraphs if p[0] >= lead]
    if paragraphs and _BIO.match(body.norm, *paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    headline = _content_words(title or "")
    best, best_score = None, 0.0
    last = {start for start, _ in paragraphs[-THESIS_PARAGRAPHS:]}
    for start, end in paragraphs:
        if _SOMEONE_ELSES.search(body.norm, start, end):
            continue  # a letter or a speech the article quotes is its writer's, never "the author's" (round 12)
        for sentence in body.sentences[body.sentence_index(start):body.sentence_index(max(start, end - 1)) + 1]:
            if sentence.end - sentence.start > 20 * MAX_STATEMENT_WORDS:
                continue
            text = body.text[sentence.start:sentence.end]
            if (not 8 <= _words(text) <= MAX_STATEMENT_WORDS or '"' in body.norm[sentence.start:sentence.end]
                    or "?" in text or has_ellipsis(text)):
                continue
            if _HANGING.match(text):
                continue  # "This is a party that ...": the claim hangs on what came before
            if concession_or_aside(text):
                continue  # "Yes, foreign policy ... will be front-burner issues, but ...", "My husband and I were
                # fortunate ...": a concession or the author's story, no argument (round 29)
            if text.lstrip().startswith("("):
                continue  # "(By plausible, I mean ...)": an aside in brackets is no argument (round 23, held27/05:
                # it was the thesis, set the lead's claim aside and was itself refused: the article drafted nothing)
            if names is not None and with_the_person(text, names) is None and not (
                    cl._people_in(text, names) and _named_from_before(body, sentence, text, names)):
                continue  # "... when she desperately needs to ...": who "she" is stands elsewhere (round 8); "her
                # views resemble Warren's" after a sentence on Clinton alone is hers, named (round 19)  # "... when she desperately needs to ...": who "she" is stands elsewhere (round 8)
            cues = len(_THESIS_CUE.findall(text))
            if not cues or a_fact(text):
                continue  # "If elected, Trump would be the oldest person to assume the presidency": a fact, no
                # argument (round 22: "a fact, not 'the author argues'"); an argument judges or prescribes
            score = (cues + 0.5 * len(headline & _content_words(text)) + (1.0 if start in last else 0.0)
                     + 0.1 * (sentence.start / max(1, len(body.text))))
            if score > best_score:
                best, best_score = sentence, score
    if best is None:
        return []
    quote = body.excerpt(best.start, best.end)
    claim = claim_text(body.text[best.start:best.end])
    if names is not None:
        claim = with_the_person(claim, names) or _named_from_before(body, best, claim, names) or claim
    true = "The author argues: " + claim[0].upper() + claim[1:]
    # no false form by a word flipped (issue 10, round 12: "knows much worse" is nonsense on its face): a thesis
    # is asked as the author's, true, restated short
    false_fields, note = None, None
    if names is not None:  # restated short, as the lead's claim is: "The author argues that ..."
        from trainer.draft import claim as cl

        short = cl.restate(body.text[best.start:best.end], names)
        short = with_the_person(short, names) or _named_from_before(body, best, short, names) or short
        if not unresolved_person(short, names) and cl.askable(short, opinion=True) and cl.MIN_CLAIM_WORDS <= _words(short) <= cl.CLAIM_WORDS + 4:
            true = "The author argues that " + cl.lowered(short, names)
    return [Statement("name", LEAD_CONFIDENCE, best.start, ("thesis", quote), _tf(true, True, quote), false_fields,
                      facts(best.start, best.end), note=note)]


_DESCRIPTION = re.compile(r"\b[Tt]he (?:(?:former|then|current) )?(?:(?P<qualifier>[A-Z][a-z]+) )?"
                          r"(?P<post>senator|governor|congressman|congresswoman|mayor|minister|candidate|nominee"
                          r"|chancellor|premier|speaker)\b(?!\s+[A-Z]|\s+of\b)")


def named(text: str, names: Names) -> str:
    """``text`` with a description of a person ("the Vermont senator") replaced by their name, when the
    article gives that post to exactly one person (issue 10, round 2: a claim names who it is about)."""
    def name_for(match: re.Match[str]) -> str:
        if text[max(0, match.start() - 2):match.start()] == ", ":
            return match.group()  # an aside after the name: "Howard Dean, the former governor, said"
        post = match.group("post").casefold()
        holders = {p.name for p in names.people if p.role and post in p.role.casefold()}
        side = _PARTY_SIDE.get((match.group("qualifier") or "").casefold())
        if side is not None:  # "the Democratic nominee" is not the one "GOP nominee" (a fresh judged set: Trump
            holders = {n for n in holders if _party_side(names.find(n)) in (None, side)}  # asked for Clinton)
        return holders.pop() if len(holders) == 1 else match.group()
    return _DESCRIPTION.sub(name_for, text)


#: Nouns a place and a party or post word qualify ("the Florida Republican primary", "the Ohio governor's race"):
#: the words name an event or a body, not a person (issue 10, round 32: "In the Florida Republican primary" was
#: drafted "In Mitt Romney primary").
_QUALIFIED_NOUNS = (r"(?:primary|primaries|caucus|caucuses|party|parties|electorate|voters|debate|debates|nomination"
                    r"|convention|establishment|race|races|contest|field|leaders|leadership|delegation|delegates"
                    r"|ticket|base|donors|officials|lawmakers|legislators|candidates|majority|minority|senators"
                    r"|governors|operatives|strategists|activists|leaning|side|seat|seats|district|state|county"
                    r"|election|elections|campaign|campaigns|race['’]s|mansion|office|budget|administration)")
_PLACED_POST = re.compile(r"\b([Tt]he (?:(?:former|then|current) )?)([A-Z][a-z]+(?: [A-Z][a-z]+)?) (senator|governor|congressman"
                          r"|congresswoman|mayor|lawmaker|Democrat|Republican)\b(?!\s+[A-Z]|\s+of\b|\s+%s\b)" % _QUALIFIED_NOUNS)
#: How many mentions of each holder of a post are read for the place beside the name (bounded per claim).
PLACE_MENTIONS = 8
#: At most this many of the article's first mentions are read for it.
PLACE_SCAN = 400


def placed_named(text: str, body: Body, names: Names, at: int | None = None) -> str:
    """``text`` with "the Vermont senator" replaced by the one person the article names beside "Vermont" among those
    it gives that post ("Sen. Bernie Sanders of Vermont", "Vermont Sen. Bernie Sanders"), when there is exactly one
    (round 8: the claim's subject named). Reads a few mentions of each holder, each in a window of 60 characters of
    its own sentence. When no holder is found so and ``at`` (the sentence's start) is given, the one person the
    sentence before names (in its paragraph or the one before) stands for it (round 19: "the Vermont senator"
    after "The more Democrats learn about Bernie Sanders, ..." was left unresolved)."""
    match = _PLACED_POST.search(text)
    if match is None:
        return text
    place, post = match.group(2), match.group(3).casefold()
    short = {"senator": "sen", "governor": "gov", "congressman": "rep", "congresswoman": "rep"}.get(post, post)
    holders = {p.name for p in names.people if p.role and {post, short} & set(re.findall(r"[a-z]+", p.role.casefold()))}
    if not holders and post in ("democrat", "republican"):
        holders = {p.name for p in names.people if p.party and p.party.casefold() == post}
    found, read = set(), Counter()
    for mention in names.mentions[:PLACE_SCAN]:  # bounded: a claim or a prompt costs the same in any article
        key = mention.person.name
        if key in holders and read[key] < PLACE_MENTIONS:
            read[key] += 1
            sentence = body.sentence_at(mention.start)  # "Sen. X of Vestfold", "Vestfold Sen. X": in its own sentence
            if place in body.norm[max(sentence.start, mention.start - 60):min(sentence.end, mention.end + 60)]:
                found.add(mention.person.name)
    if not found and at is not None:
        found = _named_just_before(body, names, at)
    if len(found) != 1:
        return text
    return text[:match.start()] + found.pop() + text[match.end():]


#: A party's word before a post ("the Democratic nominee"), to its side.
_PARTY_SIDE = {"democratic": "D", "democrat": "D", "democrats": "D", "republican": "R", "gop": "R",
               "republicans": "R"}


def _party_side(person: Person | None) -> str | None:
    """The side a person's party or post names ("GOP nominee": R), or None when neither says."""
    if person is None:
        return None
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", f"{person.party or ''} {person.role or ''}")]
    sides = {_PARTY_SIDE[w] for w in words if w in _PARTY_SIDE}
    return sides.pop() if len(sides) == 1 else None


def _named_just_before(body: Body, names: Names, at: int) -> set[str]:
    """The full names of the people (no passer-by) the sentence before the one at ``at`` names, when it stands in
    the same paragraph or the one before."""
    index = body.sentence_index(at)
    if index == 0:
        return set()
    before = body.sentences[index - 1]
    if body.paragraph_of(before.start) < body.paragraph_of(at) - 1:
        return set()
    return {m.person.name for m in names.mentions_between(before.start, before.end)
            if not m.person.lay and len(m.person.name.split()) >= 2}


_CONTENT = re.compile(r"[^\W\d_]{4,}")


def _content_words(text: str) -> set[str]:
    """Words of four letters or more, folded, a plural 's' dropped: what a headline and a sentence share."""
    return {w.casefold().removesuffix("s") for w in _CONTENT.findall(text)}


#: A claim longer than this (in words) loses its introductory phrase and a trailing participle clause.
CLAIM_WORDS = 30
_CLAIM_INTRO = re.compile(r"^(?:At|In|On|During|After|Before|Following|Amid|Despite)\b[^,]{0,120},\s+")
_CLAIM_CLAUSE = re.compile(
    r",\s+(?:which|who|where|when|as|after|because|while|although|since|but|a|an)\s|\s--\s|\s[—–]\s|:\s")
#: ", a new act of terror in the heart of Europe was employed ...": after an opening clause, the main clause (its
#: subject and verb), never an appositive to cut (round 29: the cut left "Almost as soon as the bombs went off ...").
_MAIN_CLAUSE_AFTER = re.compile(r",\s+(?:a|an)\s(?:(?!(?:that|which|who|whom|whose|where|when)\s)[^\s,;:]+\s+){0,20}?(?:is|was|are|were|has|have|had|will|would|could|can"
                                r"|may|might|must|should)\s")
_CLAIM_TAIL = re.compile(r",\s+(?:[a-z]+ing)\b[^,;]*[.!?]?$")
#: A description set beside a sentence's subject ("The Bush family, a dynasty that defined Republicanism for decades,
#: clashed ..."): a long claim keeps the subject and its verb (round 9: a 38-word lead was no claim at all).
_SUBJECT_APPOSITIVE = re.compile(r"((?:The|A|An)\s[^,;]{2,40}?|[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}),\s+(?:a|an|the)\s"
                                 r"[^,;]{3,90},\s+(?=[a-z]+\b)")
#: A closing aside that only rates the event: ", in one of the most powerful collisions of the campaign so far".
_SO_FAR_TAIL = re.compile(r",\s+(?:in|with|as)\s+(?:one of )?the (?:most|biggest|largest|sharpest|fiercest|latest)\b[^,;]*[.!?]?$")
#: A comment between commas that only weighs the clause after it: ", perhaps most important,", ", notably,".
_ADVERBIAL_ASIDE = re.compile(r",\s+(?:perhaps\s+|probably\s+|and\s+)?(?:most\s+|more\s+)?(?:important(?:ly)?|crucially"
                              r"|notably|significantly|tellingly|above all|of course|in turn|in fact|perhaps|predictably"
                              r"|not surprisingly|unsurprisingly),(?=\s)")
#: An opening phrase inside a reported finding ("found that in a hypothetical race with X as the nominee, ..."): a long
#: claim loses it (round 9: the cut "with Donald Trump as" left a claim without its verb), unless it names a place.
_INNER_INTRO = re.compile(r"\b(?:found|finds|shows?|showed|suggests?|suggested|says?|said) that\s+((?:in|with|without|if|when"
                          r"|after|before|during|for)\b[^,;]{0,160}),\s+")


def _names_place(phrase: str) -> bool:
    from trainer.draft.claim import names_place

    return names_place(phrase)


def claim_text(sentence: str) -> str:
    """A lead sentence as a claim to judge: its dateline and asides in parentheses or between dashes cut;
    a long one also loses its introductory phrase ("At a press conference on Friday, ...") and a trailing
    participle clause (", reiterating calls that ..."); spaces made single. Cutting side clauses keeps a
    true claim true and leaves a swapped name in place."""
    from trainer.draft.clauses import without_asides

    text = " ".join(without_asides(sentence).split())
    text = _ADVERBIAL_ASIDE.sub("", text)  # "..., and, perhaps most important, earnings rose" (round 9)
    if len(text.split()) <= CLAIM_WORDS:
        return text
    intro = _CLAIM_INTRO.match(text)
    if intro and len(text[intro.end():].split()) >= MIN_QUOTE_WORDS:
        text = text[intro.end()].upper() + text[intro.end() + 1:]
    tail = _CLAIM_TAIL.search(text)
    if tail and len(text[:tail.start()].split()) >= MIN_QUOTE_WORDS:
        text = text[:tail.start()] + "."
    subject = _SUBJECT_APPOSITIVE.match(text)  # "The Bush family, a dynasty that defined ... for decades, clashed"
    if subject and len(text.split()) > CLAIM_WORDS:
        text = subject.group(1) + " " + text[subject.end():]
    aside = _SO_FAR_TAIL.search(text)  # ", in one of the most powerful collisions of the campaign so far."
    if aside and len(text[:aside.start()].split()) >= MIN_QUOTE_WORDS:
        text = text[:aside.start()] + "."
    inner = _INNER_INTRO.search(text)  # "A poll found that in a hypothetical race with X as ..., Trump was chosen by 37%"
    if inner and len(text.split()) > CLAIM_WORDS and not _names_place(inner.group(1)):
        text = text[:inner.start(1)] + text[inner.end():]
    if len(text.split()) > MAX_STATEMENT_WORDS:  # still a paragraph: cut at a subordinate clause that keeps most
        cuts = [m.start() for m in _CLAIM_CLAUSE.finditer(text)
                if MIN_QUOTE_WORDS + 2 <= len(text[:m.start()].split()) <= MAX_STATEMENT_WORDS
                and not _MAIN_CLAUSE_AFTER.match(text, m.start())]
        if cuts:
            text = text[:cuts[-1]].rstrip(" ,;:") + "."
    return text


_NEXT_NAME = re.compile(r"\s+[A-Z][a-z]")


def shows_a_pair(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the statements that show a pair of a match among them whole (order kept):
    a match is kept over the single questions that would give it away, as in :mod:`trainer.draft.match`."""
    from trainer.deck.types.match import in_quote

    pairs = [pair for c in candidates if c.fields["type"] == "match" for pair in c.fields["pairs"].items()]

    def shown(fields: dict[str, Any] | None) -> bool:
        return fields is not None and any(in_quote(left, fields["statement"]) and in_quote(right, fields["statement"])
                                          for left, right in pairs)

    return [c for c in candidates if not isinstance(c, Statement) or c.fields["type"] != "true_false"
            or not (shown(c.fields) or shown(c.false_fields))]


#: A true statement that shares this much of its word sequence (three-word runs) with its quote is the article's
#: sentence copied nearly word for word: the judges never keep one as it is (round 8: "restate").
COPY_SHARE = 0.5
_ATTRIBUTION = re.compile(r"^The (?:author|article) argues(?: that|:)\s+")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[\w’'$%.-]+", fold(text))
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def near_copy(statement: str, quote: str) -> bool:
    """Whether ``statement`` is ``quote`` (its source sentence) copied nearly word for word: at least
    :data:`COPY_SHARE` of its three-word runs stand in the quote (an "The article argues that" before it aside).
    Read in the statement's and the quote's own length."""
    own = _trigrams(_ATTRIBUTION.sub("", statement))
    return bool(own) and len(own & _trigrams(quote)) >= COPY_SHARE * len(own)


def copied_truth(candidate: Candidate) -> bool:
    """Whether a true/false statement could only be asked as its source sentence copied as true (round 8): no fair
    false form, and a true form that is a near copy (:func:`near_copy`). The lead's claim is kept even so (every deck
    asks it: the least bad form); any other such statement is dropped."""
    if not isinstance(candidate, Statement) or candidate.fields["type"] != "true_false":
        return False
    false = candidate.false_fields
    if false is not None and fair_false(candidate.fields["statement"], false["statement"]):
        return False
    return near_copy(candidate.fields["statement"], candidate.fields["quote"])


def settle(kept: list[Candidate]) -> None:
    """Choose the true or the false form of each kept statement, alternating, the same on every run.

    In article order, a statement asks its false form when fewer have done so than asked the true one
    (or as many, for every second article by its first statement); one without a false form asks the
    true one and leaves the false to the next. One whose true form is its sentence copied nearly word for word
    (:func:`near_copy`), and the lead's main claim, ask their false form whenever they have a fair one (rounds 8,
    21).
    """
    statements = sorted((c for c in kept if isinstance(c, Statement) and c.fields["type"] == "true_false"),
                        key=lambda c: c.position)
    if not statements:
        return
    for statement in statements:
        false = statement.false_fields
        if false is not None and not fair_false(statement.fields["statement"], false["statement"]):
            statement.false_fields = None  # asked true (issue 10, round 5: when unsure, the true form)
    first_false = zlib.crc32(statements[0].fields["statement"].encode()) % 2 == 1
    trues = falses = 0
    for statement in statements:
        want_false = falses < trues or (falses == trues and first_false)
        if near_copy(statement.fields["statement"], statement.fields["quote"]):
            want_false = True  # a copied sentence asked true tests recognition, not the claim (round 8)
        if statement.key[0] == "lead":
            want_false = True  # the main claim asked true is only recognised: its clean false variant is what the
            # judges keep (issue 10, round 21: 0 of 24 headline/lead claims asked true kept as they were)
        if want_false and statement.false_fields is not None:
            statement.fields = statement.false_fields
            falses += 1
        else:
            trues += 1


#: At most this many claims from the body of the article asked true/false (besides the lead's).
MAX_BODY_CLAIMS = 2
#: One body claim per this many words of article.
WORDS_PER_BODY_CLAIM = 400


def body_claims(body: Body, names: Names, lead: tuple[int, int], facts, title: str | None,
                figures: Sequence[Figure] = ()) -> list[Statement]:
    """Claims from the body of the article that the story turns on, restated short and asked true/false, false
    by what they say (a direction word turned, another figure of the same kind): sentences that share words
    with the headline, name the article's main people or state the stakes (a contrast, a refusal, an
    accusation). Never one without a false form (a truism to judge), never a quote (who_said asks those)."""
    from trainer.draft import claim as cl

    headline = _content_words(title or "")
    figures = _Figures(figures)
    found = []
    for sentence in body.sentences:
        if lead[0] <= sentence.start < lead[1] or sentence.end - sentence.start > 400:
            continue
        raw = body.text[sentence.start:sentence.end]
        if "?" in raw or not 8 <= len(raw.split()) <= 45 or cl._LONG_QUOTE.search(raw.replace("''", '"')):
            continue
        if not (headline & _content_words(raw)) and not cl._STAKES.search(raw):
            continue  # a side fact: no claim the story turns on
        if voices_opinion(raw):
            continue  # the article's opinion is no fact to judge true or false (round 8)
        text = cl.restate(raw.lstrip("'\"”’ "), names)
        if not cl.MIN_CLAIM_WORDS + 2 <= _words(text) <= cl.CLAIM_WORDS or not cl.askable(text, opinion=True):
            continue  # (no first person either: "I grew up in ..." is the author's story, not a claim to judge)
        if cl._ANAPHORIC.search(text) or re.match(r"(?:He|She|His|Her)\b", text) or unresolved_reference(text):
            continue  # what it points to is elsewhere
        if re.search(r"\b(?:he|she|him|her|his)\b", text) and not cl._people_in(text, names):
            continue  # "Police say he posed a threat": who "he" is stands in another sentence
        swap = _figure_swap(body, text, sentence, figures)  # no word flipped (round 12: absurd on its face)
        if swap is None:
            continue
        false, word, other = swap
        quote = body.excerpt(sentence.start, sentence.end)
        score = len(headline & _content_words(raw)) + (1.0 if cl._STAKES.search(raw) else 0.0)
        found.append((score, Statement("name", LEAD_CONFIDENCE - 0.02, sentence.start, ("claim", quote),
                                       _tf(text, True, quote), _tf(false, False, quote), facts(sentence.start, sentence.end),
                                       note=f"The article says “{word}” here, not “{other}”: {text}")))
    budget = max(1, min(MAX_BODY_CLAIMS, len(body.text.split()) // WORDS_PER_BODY_CLAIM))
    return [s for _, s in sorted(found, key=lambda item: (-item[0], item[1].position))[:budget]]
