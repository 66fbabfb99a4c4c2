"""What an article is about, and which of its facts are worth a question (issue 10).

A teacher deletes a question on a trivial fact however well it is drafted: a figure that only
measures a gap in time or space ("four years later", "less than 3 miles away", "15 minutes
late"), a small count that names nobody ("two past elections"), a figure spoken inside someone's
quote (the who_said question shows it, and it is often a speaker's example: "I'd like 10,000
rounds"), the year of a statement, an interview or a poll rather than of an event ("told the
newspaper in 2013"), the article's own year ("the 2016 voting"). These rules say so.

The rest are ranked by salience: the lead first, then facts about the people, countries and
bodies the article keeps coming back to, attributed and disputed claims, shares and amounts over
counts. A deck keeps the best of them (about one fact question per 65 words, five at least), not every
extractable pattern.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass

from trainer.draft.dates import DateFinding
from trainer.draft.figures import CURRENCY_WORDS, Figure
from trainer.draft.names import Names, place, tokens
from trainer.draft.text import Body

#: Units of a gap in time or space: asked with "later", "ago", "away", "late", they measure no fact.
SPAN_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years "
                       "decade decades century centuries mile miles kilometre kilometres kilometer kilometers km "
                       "feet foot yards blocks".split())
_SPAN_WORDS = frozenset("later earlier before after ago away late early apart old long since prior".split())
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
#: A year next to the words of a statement, an interview or a poll dates the report, not the event:
#: "told the newspaper in 2013", "said in a September 2015 statement", "In 2014, Pew found".
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|tweeted|reported|announced|stated|noted|published|issued|interviewed"
    r"|concluded|found)"
    r"\b[^,;:.]{0,30}$", re.I)
_REPORT_AFTER = re.compile(
    r"^(?:\s+[\w']+){0,1}\s+(?:statement|interview|poll|survey|report|op-ed|column|press release|tweet|article"
    r"|study|paper|speech|memo|letter|book)\b"
    r"|^,\s+(?:[\w'.]+\s+){1,3}(?:found|said|reported|wrote|told|announced|showed)\b", re.I)
_REPORTING = re.compile(r"\b(?:said|told|found|reported|announced|statement|interview|poll|survey)\b", re.I)
#: How far from a date a reporting word counts as its clause, in characters.
_REPORTING_REACH = 45
#: The most a small count written as a word may be and still be trivial when its sentence names nobody.
SMALL_COUNT = 4
#: About one fact question (figures, dates, statements, lists) per this many words of article.
WORDS_PER_FACT = 65
MIN_FACTS = 5


def inside_quote(body: Body, offset: int) -> bool:
    """Whether ``offset`` lies inside a direct quotation of its sentence (an odd number of quote marks
    before it: straight or curly double quotes, or the doubled apostrophes some outlets print)."""
    start, _ = near(body, offset)
    before = body.norm[start:offset]
    marks = before.count('"') + before.count("''") * 2 - before.count("'''") * 2
    return marks % 2 == 1


#: A tweet pasted into the article, or a link: its figures and dates are no fact to ask.
_TWEET = re.compile(r"https?://|pic\.twitter|t\.co/|(?:^|[\s.(])@\w")
#: "the past two weeks", "the final three words", "the two": a span or a count of what was just named.
_SPAN_BEFORE = re.compile(r"\b(?:past|next|last|first|final|coming|previous)\s+$", re.I)
#: Counts up to this after "the past", "the final" ... are trivial.
ORDINAL_COUNT = 10


def tweet_or_link(body: Body, offset: int) -> bool:
    """Whether the sentence at ``offset`` holds a link or a Twitter handle (a pasted tweet)."""
    start, end = near(body, offset)
    return _TWEET.search(body.norm, start, end) is not None


#: How far around a fact its sentence is read, in characters: a text without sentence ends is one
#: sentence, and reading all of it for every fact would make drafting quadratic.
REACH = 600


def near(body: Body, offset: int) -> tuple[int, int]:
    """The span of the sentence at ``offset``, at most :data:`REACH` characters either side of it."""
    sentence = body.sentence_at(offset)
    return max(sentence.start, offset - REACH), min(sentence.end, offset + REACH)


#: Units that count how long something went on ("30 days without a fundraising e-mail", "for 12 hours"):
#: never the fact a story turns on (issue 10, round 3: the judge deleted such a count).
_TIME_COUNTS = frozenset("second seconds minute minutes hour hours day days week weeks".split())
#: A poll's sample: "of 1,002 likely voters", "surveyed 800 adults".
_SAMPLE = re.compile(r"\s*(?:likely\s+|registered\s+|American\s+|U\.S\.\s+)*(?:voters|adults|respondents|people|"
                     r"Americans|residents|caucusgoers|delegates)\b[^.]{0,40}\b(?:surveyed|polled|interviewed|questioned|"
                     r"contacted)\b", re.I)
_SAMPLE_BEFORE = re.compile(r"\b(?:surveyed|polled|interviewed|sample of|survey of|poll of)\s+$", re.I)


#: Parts of a document counted by a figure: "more than 1,100 additional pages of emails" is the size of a release, not
#: what it shows (issue 10, round 28: deleted as trivial by both judges, "page count of the release").
_DOCUMENT_PARTS = frozenset("page pages chapters paragraphs footnotes volumes".split())
#: A price's move to its close, as a market report gives it: "climbed 69 cents, or 0.7 percent, to $102.48", "fell
#: 2.1 percent to $38.50 a share" (round 28: "Chevron's 69-cent move is a market-wrap detail"). Every figure in it
#: (the move, its share, the close) is the wrap's detail.
_PRICE_MOVE = re.compile(r"\b(?:climbed|rose|fell|dropped|gained|lost|slipped|jumped|sank|declined|advanced|tumbled"
                         r"|surged|slid|edged (?:up|down|higher|lower)|added|shed|(?:was|were|is|are) (?:up|down))\s+"
                         r"(?:about\s+|nearly\s+)?(?:\$[\d.,]{1,12}|[\d.,]{1,12}\s*(?:cents?|%|percent|points?))"
                         r"(?:,?\s+or\s+\$?[\d.,]{1,12}\s*(?:%|percent|cents?))?,?\s+"
                         r"to\s+(?:(?:settle|close|end|finish)\s+at\s+)?\$?[\d.,]{1,12}")
#: A market report gives at least this many moves: one move alone may be a wage's or a tax's rise.
MARKET_MOVES = 2


@functools.lru_cache(maxsize=8)
def _moves(norm: str) -> tuple[tuple[int, int], ...]:
    """Where an article gives prices' moves (the spans of :data:`_PRICE_MOVE`); none unless it gives a market
    report's several."""
    spans = tuple(m.span() for m in _PRICE_MOVE.finditer(norm))
    return spans if len(spans) >= MARKET_MOVES else ()


def page_count_or_price_move(body: Body, figure: Figure) -> str | None:
    """Why a figure measures the wrapping of a story rather than its news, or None: the pages of a release, a share
    price's move in a market report (issue 10, round 28). Never asked, not even as the headline's specific."""
    unit = (figure.unit or "").split()
    if unit and any(word in _DOCUMENT_PARTS for word in unit):
        return "the length of a document (its pages), not what it says"
    moves = _moves(body.norm)
    at = bisect.bisect_right(moves, (figure.start, len(body.norm))) - 1
    if at >= 0 and moves[at][0] <= figure.start < moves[at][1]:
        return "a price's move in a market report (a wrap's detail)"
    return None


def trivial_figure(body: Body, names: Names, figure: Figure) -> str | None:
    """Why a figure is not worth a number question (None: it may be)."""
    if inside_quote(body, figure.start) and not (figure.percent and _from_a_study(body, figure.start)):
        return "spoken inside a quote"
    if tweet_or_link(body, figure.start):
        return "in a tweet or a link"
    before = body.norm[max(0, figure.start - 20):figure.start]
    if figure.value <= ORDINAL_COUNT and not figure.percent and _SPAN_BEFORE.search(before):
        return "a span counted from now or a part of a whole (the past two weeks, the final three words)"
    if (figure.value <= SMALL_COUNT and re.search(r"\bthe\s+$", before, re.I)
            and not body.norm[figure.value_start:figure.end][:1].isdigit()):
        return "a count of people just named (the two)"
    unit = (figure.unit or "").split()
    if unit and unit[0] in SPAN_UNITS:
        follow = _NEXT_WORD.match(body.norm, figure.end + len(" ".join(unit)) + 1)
        after = (unit[1:2] or [follow.group(1).lower() if follow else ""])[0]
        if after in _SPAN_WORDS or body.norm[max(0, figure.start - 12):figure.start].lower().rstrip().endswith(
                ("less than", "within", "for")):
            return "a gap in time or space"
    if unit and unit[0] in _TIME_COUNTS and not figure.percent:
        return "a count of days or hours (how long something went on), not a fact of the story"
    if _SAMPLE.match(body.norm, figure.end) or _SAMPLE_BEFORE.search(body.norm[max(0, figure.start - 20):figure.start]):
        return "a poll's sample size"
    measure = page_count_or_price_move(body, figure)
    if measure is not None:
        return measure
    number = body.norm[figure.value_start:figure.end]
    if (figure.value <= SMALL_COUNT and not figure.percent and not number[:1].isdigit()
            and not number[:1] in "$€£" and not names_anyone(body, names, figure.start)):
        return "a small count that names nobody"
    return None


#: A quotation taken from a poll, a study or a report ("Pew found that “65% ...”"): its shares are the
#: finding the story turns on, not a speaker's example (issue 10, round 2: "Pew's 65% vs 31%").
_STUDY_CUE = re.compile(r"\b(?:poll|survey|study|report|analysis|data|census|Pew|Gallup)\b[^\"“”]{0,60}"
                        r"\b(?:found|finds|showed|shows|concluded|reported|reports)\b(?:\s+that)?[\s,:]*[\"“]"
                        r"|\b(?:found|finds|showed|shows)\s+that\s*[\"“]", re.I)


def _from_a_study(body: Body, offset: int) -> bool:
    """Whether the quotation around ``offset`` is a study's or a poll's finding, quoted."""
    start, _ = near(body, offset)
    return _STUDY_CUE.search(body.norm, start, offset) is not None


def names_anyone(body: Body, names: Names, offset: int) -> bool:
    """Whether the sentence at ``offset`` names a person, a country or a body of the article."""
    start, end = near(body, offset)
    if names.mentions_between(start, end):
        return True
    text = body.norm[start:end]
    if any(name in text for name in names.institutions):
        return True
    return any(place(token.bare) for token in tokens(body.norm, start, end))


def trivial_date(body: Body, finding: DateFinding, published_year: int | None) -> str | None:
    """Why a date is not worth a date question (None: it may be)."""
    if finding.value.precision == "year" and published_year is not None and finding.value.year == published_year:
        return "the article's own year"
    sentence = body.sentence_at(finding.start)
    before = body.norm[max(sentence.start, finding.start - _REPORTING_REACH):finding.start]
    after = body.norm[finding.end:min(sentence.end, finding.end + _REPORTING_REACH)]
    if _REPORTED_BEFORE.search(before) or _REPORT_AFTER.match(after):
        return "the date of a statement, an interview or a poll"
    if inside_quote(body, finding.start):
        return "spoken inside a quote"
    if tweet_or_link(body, finding.start):
        return "in a tweet or a link"
    return None


#: Words that make a date a deadline or an end the story counts towards ("before its 2026 expiry", "by 2030").
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|no later than|deadline of|due in|due by|expires? in"
                              r"|expiring in|ends? in|runs? out in)\s+(?:the\s+end\s+of\s+)?$", re.I)
_DEADLINE_AFTER = re.compile(r"^\W{0,2}\s*(?:deadline|expiry|expiration|target|cut-?off|sunset)\b", re.I)


def date_is_the_point(body: Body, finding: DateFinding, lead: tuple[int, int], headline: str | None) -> bool:
    """Whether a date is what its story turns on, so worth a date question (issue 10, round 2: a strict
    judge deleted 10 of 11 date questions as dates on the side, "In 1968, ...", "since 2007"). A date
    is asked only when it is the lead's event (it stands in the lead), a
    deadline ("before its 2026 expiry", "by 2030"), or a recent development the article dates relative to
    itself ("last month", "in July last year"): not by default."""
    if finding.relative and finding.value.precision != "day":
        return True
    if lead[0] <= finding.start < lead[1]:
        return True
    before = body.norm[max(0, finding.start - 30):finding.start]
    after = body.norm[finding.end:finding.end + 20]
    return _DEADLINE_BEFORE.search(before) is not None or _DEADLINE_AFTER.match(after) is not None


#: A comparison of two shares or scores: "32% to 25%", "35-12", "65% ... 31%" (the figure and its rival).
_PAIR_AFTER = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:to|-|–|vs\.?|versus)\s*\d")
_PAIR_BEFORE = re.compile(r"\d\s*(?:%|percent|per cent)?\s*(?:to|-|–|vs\.?|versus)\s*$")
#: An effect size: a change or a difference ("15 percent longer", "28 points", "rose by 4%").
_EFFECT_AFTER = re.compile(r"^\s*(?:%|percent|per cent)?[\s-]*(?:percentage\s+)?(?:points?\b|(?:more|less|fewer|"
                           r"longer|shorter|higher|lower|larger|smaller|faster|slower|greater|cheaper)\b)", re.I)
_EFFECT_BEFORE = re.compile(r"\b(?:by|rose|fell|grew|jumped|dropped|climbed|increased|decreased|declined|gained|lost|"
                            r"up|down|cut)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?\$?$", re.I)


_MONEY = CURRENCY_WORDS | frozenset("dollars kroner krone kronor krona francs pesos lira reais rand shekels dinars "
                                    "riyals won rupiah ringgit zloty forint".split())


def figure_kind(body: Body, figure: Figure) -> str:
    """What a figure is to its story: a "comparison" (shares or scores set against each other), an "effect"
    (a change or a difference), an "amount" of money, or a plain "count"."""
    before = body.norm[max(0, figure.value_start - 25):figure.value_start]
    after = body.norm[figure.end:figure.end + 30]
    if _PAIR_AFTER.match(after) or _PAIR_BEFORE.search(before):
        return "comparison"
    if figure.percent:
        start, end = near(body, figure.start)
        others = body.norm[start:figure.start] + " " + body.norm[figure.end:end]
        if re.search(r"\d\s*(?:%|percent\b|per cent\b)", others) and not _EFFECT_AFTER.match(after):
            return "comparison"  # two shares in one sentence: "65% ... compared with 31%"
    if _EFFECT_AFTER.match(after) or _EFFECT_BEFORE.search(before) or (figure.unit or "").startswith("point"):
        return "effect"
    if figure.unit and figure.unit.split()[-1] in _MONEY:
        return "amount"
    return "share" if figure.percent else "count"


#: How much each kind of figure adds to a fact's salience: comparisons and effects are what an argument rests on.
FIGURE_RANK = {"comparison": 1.2, "effect": 0.9, "share": 0.5, "amount": 0.4, "count": 0.0}


def figure_is_the_point(body: Body, figure: Figure, lead: tuple[int, int], headline: str | None) -> bool:
    """Whether a figure is worth a number question: a comparison, an effect, a share or an amount anywhere;
    a plain count (a death toll in passing, the size of an electorate) only in the lead. (One in the headline
    is given away by it: build.py drops it.)"""
    if figure_kind(body, figure) != "count":
        return True
    return lead[0] <= figure.start < lead[1]


@dataclass(frozen=True)
class Focus:
    """The entities an article keeps coming back to, by how often it names them."""

    counts: Counter

    def weight(self, text: str) -> float:
        """How much ``text`` is about the article's main entities: the share of the top entity's count
        that the best-named entity in ``text`` reaches (0 to 1)."""
        if not self.counts:
            return 0.0
        top = max(self.counts.values())
        found = [count for name, count in self.counts.items() if name in text]
        return max(found, default=0) / top


def focus(body: Body, names: Names) -> Focus:
    """Count the article's mentions of each person (by full name or surname), country and body."""
    counts: Counter = Counter()
    for mention in names.mentions:
        counts[mention.person.surname] += 1
    for token in tokens(body.norm):
        country = place(token.bare)
        if country:
            counts[token.bare] += 1
    for name in names.institutions:
        counts[name] += body.norm.count(name)
    return Focus(Counter({name: count for name, count in counts.items() if count >= 2}))


_DISPUTE = re.compile(r"\b(?:claim\w*|accus\w*|den(?:y|ied|ies)|disput\w*|without (?:any )?evidence|insist\w*|"
                      r"argu\w*|criticiz\w*|warn\w*|vow\w*|pledg\w*|promis\w*)\b", re.I)


def salience(body: Body, names_focus: Focus, position: int, lead: int, fields: dict) -> float:
    """How much a fact question matters to the article: higher first."""
    sentence = body.sentence_at(position)
    start, end = near(body, position)
    text = body.norm[start:end]
    score = names_focus.weight(text)
    if position < lead:
        score += 2.0
    if _DISPUTE.search(text) or _REPORTING.search(text):
        score += 0.3
    kind = fields.get("type")
    if kind == "number":
        score += FIGURE_RANK.get(fields.get("figure_kind", "count"), 0.0)
    if kind in ("match", "multi", "order"):
        score += 1.0  # comparable figures or a list: what the article sets side by side
    # earlier in the article is closer to what it is about
    score += 0.3 * (1 - sentence.start / max(1, len(body.text)))
    return score


def fact_budget(body: Body) -> int:
    """How many fact questions (not who_said) an article of this length keeps."""
    return max(MIN_FACTS, len(body.text.split()) // WORDS_PER_FACT)


#: Quoted speech, left out when the article's own voice is read.
_QUOTED = re.compile(r'"[^"\n]*"|\'\'(?:(?!\'\').)*\'\'')
#: The author's "I", not an initial's ("the F.B.I.", "World War I": round 10, a news report read as a column).
_FIRST_PERSON = re.compile(r"(?<![\w.&])(?<!War )(?:I|I'm|I’m|I've|I’ve)(?![\w.&’'])|\b(?:my|me)\b")
_BIO = re.compile(
    r"(?:[A-Z][\w.'\-]*\s*){1,4}(?:is|was|,)\s[^\n]{0,160}\b(?:professor|columnist|economist|author|writer|"
    r"contributor|fellow|officer|analyst|taught|teaches|editor|commentator|strategist|lecturer)\b")
_SPEAKER_LABEL = re.compile(r"\b[A-Z]{3,}:\s")
#: The author speaking in the first person this many times (outside quotes) makes an article an opinion piece.
FIRST_PERSON_TIMES = 2


def opinion_piece(body: Body) -> bool:
    """Whether the article argues rather than reports: its author speaks in the first person outside
    quotes, or its last paragraph is the author's biography ("X is an economist and professor at ...")."""
    if body.paragraphs:
        start, end = body.paragraphs[-1]
        if _BIO.match(body.norm, start, end):
            return True
    if len(_SPEAKER_LABEL.findall(body.norm)) >= 2:
        return False  # a transcript ("WALLACE: If I may ..."): the first person is the speakers'
    own_voice = _QUOTED.sub(" ", body.norm)
    return len(_FIRST_PERSON.findall(own_voice)) >= FIRST_PERSON_TIMES
