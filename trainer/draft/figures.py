"""Figures in an article: what a number counts and whose it is.

A figure is a number in digits ("5,459", "1.2 billion", "$3bn", "4.5%") or in words ("five
years"). What it counts is the noun phrase after it; when that is missing ("followed by the US
with 5,177") it is borrowed from the figure just before, in the same paragraph. Whose it is is
the first country or person in its clause ("Russia holds ... 5,459 warheads").
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from dataclasses import dataclass
from typing import Sequence

from trainer.draft import lexicon as lx
from trainer.draft.dates import looks_like_year
from trainer.draft.names import Names, place, tokens
from trainer.draft.text import Body

_WORDS = "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True))
_FIGURE = re.compile(
    r"(?<![\w.,$€£])(?:(?<=%%-)|(?<!-))"  # not inside a word or a number; "32%-25%" is two shares
    r"(?P<hedge>(?:about|around|nearly|almost|roughly|some|approximately|more than|over|less than|fewer than"
    r"|under|at least|up to|an estimated|just over|just under)\s+)?"
    r"(?P<cur>US\$|\$|€|£|¥)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:%s)(?:-(?i:%s))?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn)\b)?"
    r"(?P<pct>\s*%%|\s+percent\b|\s+per cent\b)?"
    r"(?:(?<=%%)(?=-\d)|(?=-points?\b)|(?![\w%%]|-\w|\.\d|,\d))" % (_WORDS, _WORDS)
)
#: "35 to 12 percent", "48-42%": the first number of a pair of shares is a share too.
_SHARE_PAIR = re.compile(r"\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)")
_CURRENCIES = {"$": "US dollars", "US$": "US dollars", "€": "euros", "£": "pounds", "¥": "yen"}
CURRENCY_WORDS = frozenset("dollars euros pounds yen yuan roubles rubles rupees".split())
_FUNCTION = frozenset(
    "the a an in on at to of and or but by for with from as is was are were be been has have had will would "
    "that this than which who per each since over under into its their his her our more less while after before "
    "during if not so also said says according followed more ago last next earlier later up down out off "
    "percent cent times against apiece already still just only here there now alone "
    "rather among between around about instead".split()  # "11 judges rather than", "21 points among those" (round 8)
) | frozenset(lx.SPEECH_VERBS)
_AFTER_WORD = re.compile(r"\s+([a-z][a-z\-]*)")
#: A people or a party counted by a figure: "1.5 million Armenians", "200 Democrats" (issue 10, round 21: "1.5 million"
#: killed was asked as "the number of years (in millions)", the unit borrowed from "101 years" before it).
_PEOPLE_AFTER = re.compile(r"\s+([A-Z][a-z]+(?:ans|ians|ese|ites|ists|crats|cans|ers|is))\b(?![’'])")
#: A capitalised word right after a figure: whatever it counts, it is not the unit of the figure before.
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: Units of time: never borrowed by a figure in millions or billions.
_SPANS = frozenset("years year months month days day weeks week decades hours minutes".split())
_MONTH_BEFORE = re.compile(r"\b(?:%s)\.?\s+$" % "|".join(lx.MONTHS))
_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?(?:%s)\b" % "|".join(lx.MONTHS))
_MULTIWORD_COUNTRIES = [name for name in lx.COUNTRIES if " " in name]
_COUNTRY_NAMES = frozenset(lx.COUNTRIES.values())
_LOCATIVE = frozenset("in at to from into near across inside outside throughout".split())
_CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s(?:but|while|whereas|that)\s|\(")
_OWNER_WINDOW = 300
#: "9 p.m.", "10 a.m.", "8 o'clock", "9:30": a time of day, never a figure to ask.
_CLOCK_AFTER = re.compile(r"\s*(?:(?i:[ap]\.m\.)|[ap]m\b|[AP]M\b|o['’]clock\b)|:\d\d\b")
_CLOCK_BEFORE = re.compile(r"\d:$")
_OWNER_AFTER = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?([A-Z][\w.]+(?:\s[A-Z][\w]+)?)")


#: A margin written as one hyphenated word: "his seven-point lead ... amounted to a three-point loss" (issue 10,
#: round 32: the count of polls before it was asked, the margins the sentence turns on were no figures).
_POINTS_MARGIN = re.compile(r"-points?\b")


@dataclass(frozen=True)
class Figure:
    """A figure: where it stands (number words only), its value, what it counts and whose it is."""

    start: int
    end: int
    #: Where the figure itself starts, after a hedge such as "about".
    value_start: int
    value: float
    unit: str | None
    owner: str | None
    hedged: bool
    percent: bool
    inherited: bool
    confidence: float


def _value(match: re.Match[str]) -> float:
    number = match.group("num").lower()
    if number[0].isdigit():
        value = Decimal(number.replace(",", ""))
    else:
        value = Decimal(sum(lx.NUMBER_WORDS[part] for part in number.split("-")))
    scale = match.group("scale")
    return float(value * Decimal(int(lx.SCALES[scale])) if scale else value)  # 8.7 trillion, not 8.69999...


def _unit_after(norm: str, end: int) -> str | None:
    words: list[str] = []
    position = end
    while len(words) < 3:
        match = _AFTER_WORD.match(norm, position)
        if not match or match.group(1) in _FUNCTION and not (words and match.group(1) == "of"):
            break
        if match.group(1) == "of":
            follow = _AFTER_WORD.match(norm, match.end())
            if not follow or follow.group(1) in _FUNCTION:
                break
            words += ["of", follow.group(1)]
            break
        if words and match.group(1).endswith("ed"):
            break  # "12.5 million people forced from their homes"
        words.append(match.group(1))
        position = match.end()
    return " ".join(words) or None


def _entities(body: Body, names: Names, start: int, end: int) -> list[tuple[int, str]]:
    """Countries and people named between two offsets, by position."""
    found = [(m.start, m.person.name) for m in names.mentions_between(start, end)]
    text = body.norm[start:end]
    for phrase in _MULTIWORD_COUNTRIES:
        position = text.find(phrase)
        if position >= 0:
            found.append((start + position, lx.COUNTRIES[phrase]))
    words = tokens(body.norm, start, end)
    for index, token in enumerate(words):
        country = place(token.bare)
        if not country or (index and words[index - 1].text.lower() in _LOCATIVE):
            continue  # "in Baku" is where, not whose
        if token.bare in lx.CITIES and index + 1 < len(words) and words[index + 1].text[:1].isupper():
            continue  # "Stockholm International Peace Research Institute"
        found.append((token.start, country))
    return sorted(found)


def _owner(body: Body, names: Names, start: int, end: int) -> str | None:
    """Whose a figure is: 'for Russia' right after it, else the subject of its clause or of the one before."""
    after = _OWNER_AFTER.match(body.norm, end)
    if after:
        name = after.group(1).rstrip(".")
        country = place(name) or place(name.split()[0])
        if country:
            return country
    sentence = body.sentence_at(start)
    floor = max(sentence.start, start - _OWNER_WINDOW)  # the owner is named near its figure
    breaks = [floor] + [m.end() for m in _CLAUSE_BREAK.finditer(body.norm, floor, start)]
    stop = start
    for clause_start in reversed(breaks):
        anaphor = _THE_COUNTRY.search(body.norm, clause_start, stop)
        found = _entities(body, names, clause_start, anaphor.start() if anaphor else stop)
        if found:
            return found[0][1]
        if anaphor:  # "the country holds 300": the country named last before it, or nobody
            return _last_country(body, names, anaphor.start())
        stop = clause_start
    return None


_THE_COUNTRY = re.compile(r"\b[Tt]he (?:country|nation)\b(?!'s\s+(?:capital|border))")
#: How far back "the country" looks for the country it stands for, in characters (about two paragraphs).
_COUNTRY_REACH = 1200


def _last_country(body: Body, names: Names, position: int) -> str | None:
    """The country "the country" at ``position`` stands for: the one named in the nearest sentence before
    it (this one first, up to three back) that names a country, when that sentence names only one; else
    None (a question on "the country" with a guessed owner would teach a wrong fact)."""
    index = body.sentence_index(position)
    for sentence in body.sentences[max(0, index - 3) : index + 1][::-1]:
        if position - sentence.end > _COUNTRY_REACH:
            break
        floor = max(sentence.start, position - _COUNTRY_REACH)  # bounded: a text without full stops is one sentence
        countries = {name for _, name in _entities(body, names, floor, min(sentence.end, position))
                     if name in _COUNTRY_NAMES}
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


#: A banknote or a coin after a currency figure: "$100 bill", "a $20 note" (a denomination, no amount).
_DENOMINATION = re.compile(r"[\s-]{0,2}(?:bills?|notes?|banknotes?|coins?)\b")


def find_figures(body: Body, names: Names, dates: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """Every figure in ``body`` that is not a year or a day of the month (or inside ``dates``), in order."""
    norm = body.norm
    figures: list[Figure] = []
    merged: list[list[int]] = []
    for start, end in sorted(dates):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]
    for match in _FIGURE.finditer(norm):
        index = bisect.bisect_right(starts, match.start("num")) - 1
        if index >= 0 and match.start("num") < merged[index][1]:
            continue
        number = match.group("num")
        plain = not (match.group("cur") or match.group("scale") or match.group("pct"))
        if plain and looks_like_year(norm, match.start("num"), match.end("num")):
            continue
        if plain and (_MONTH_BEFORE.search(norm, max(0, match.start() - 12), match.start())
                      or _MONTH_AFTER.match(norm, match.end())):
            continue
        if plain and (_CLOCK_AFTER.match(norm, match.end())
                      or _CLOCK_BEFORE.search(norm, max(0, match.start() - 2), match.start())):
            continue
        percent = bool(match.group("pct")) or (number[0].isdigit() and not match.group("cur")
                                                and _SHARE_PAIR.match(norm, match.end()) is not None)
        unit = _unit_after(norm, match.end())
        if _POINTS_MARGIN.match(norm, match.end()):
            unit = "points"  # "a seven-point lead", "a 12-point loss": the margin a poll story turns on (round 32)
        if unit and unit.split()[0] in ("ago", "years-old"):
            continue
        if match.group("cur") and not match.group("scale") and _DENOMINATION.match(norm, match.end()):
            continue  # "a giant $100 bill": a banknote, no amount (round 22: asked as the lead's figure)
        if match.group("cur"):
            unit = _CURRENCIES[match.group("cur")]
        elif percent:
            unit = "%"
        inherited = False
        people = _PEOPLE_AFTER.match(norm, match.end()) if unit is None else None
        if people is not None and people.group(1) not in lx.MONTHS and people.group(1) not in lx.WEEKDAYS:
            unit = people.group(1)  # "1.5 million Armenians": what it counts, never the "101 years" before it
            if re.match(r",?\s+(?:and\s+)?[A-Z]", norm[people.end():people.end() + 8]):
                unit = "people"  # "1.5 million Armenians, Assyrians, Greeks and others": all of them
        if unit is None and number[0].isdigit():
            previous = figures[-1] if figures else None
            if (previous and previous.unit and previous.percent == percent
                    and not (match.group("scale") and previous.unit.split()[0] in _SPANS)  # no "million years"
                    and not _CAPITAL_AFTER.match(norm, match.end())  # "1.5 million Armenians" counts Armenians
                    and body.paragraph_of(previous.start) == body.paragraph_of(match.start())
                    and body.sentence_index(match.start()) - body.sentence_index(previous.start) <= 1):
                unit, inherited = previous.unit, True
        if not number[0].isdigit() and not percent and not (unit and any(word.endswith("s") for word in unit.split())):
            continue  # "five" counts something plural ("five years"); "the five met" is no figure; "Seventy-two
            # percent now believe ..." is a share (round 17: the headline's 72% figure went unasked)
        owner = _owner(body, names, match.start(), match.end())
        confidence = 0.8 if unit else 0.3
        if inherited:
            confidence = 0.7
        if owner is None:
            confidence -= 0.15
        if not number[0].isdigit():
            confidence -= 0.05
        figures.append(Figure(match.start(), match.end(), match.start("cur") if match.group("cur") else match.start("num"),
                              _value(match), unit, owner,
                              bool(match.group("hedge")), percent, inherited, round(confidence, 3)))
    return figures


def compared_groups(body: Body, figures: list[Figure]) -> list[list[Figure]]:
    """Runs of three or more figures of one unit and distinct owners in adjacent sentences of a paragraph."""
    groups: list[list[Figure]] = []
    current: list[Figure] = []
    for figure in figures:
        if current and _continues(body, current, figure):
            current.append(figure)
            continue
        if len(current) >= 3:
            groups.append(current)
        current = [figure] if figure.unit and figure.owner else []
    if len(current) >= 3:
        groups.append(current)
    return groups


def _continues(body: Body, group: list[Figure], figure: Figure) -> bool:
    last = group[-1]
    if figure.unit != last.unit or not figure.owner or figure.owner in {f.owner for f in group}:
        return False
    if figure.value in {f.value for f in group}:
        return False
    first_sentence = body.sentence_index(group[0].start)
    sentence = body.sentence_index(figure.start)
    return body.paragraph_of(figure.start) == body.paragraph_of(last.start) and sentence - first_sentence <= 2


#: Words before a figure that make it a bound or an estimate ("more than $X", "nearly 40 percent"): swapped for
#: another figure the claim may stay literally true ("more than $1 million" when the article gives $5 million),
#: so such a figure has no false form by swapping (issue 10, round 4).
_QUALIFIER_BEFORE = re.compile(
    r"\b(?:more|less|fewer|greater|higher|lower|larger|smaller|better|worse|bigger|rather)\s+than\s+(?:a|an|the)?\s*$"
    r"|\b(?:over|under|about|around|nearly|almost|roughly|some|approximately|estimated|at\s+least|at\s+most|up\s+to"
    r"|as\s+(?:many|much|few|little|high|low)\s+as|upwards\s+of|close\s+to|below|above|beyond|exceeded"
    r"|top(?:s|ped)?|surpass(?:ed|es)?|north\s+of|within|excess\s+of"
    r"|exceeds?|exceeding|approach(?:es|ing|ed)?|near(?:s|ing)?)\s+(?:a|an|the)?\s*$", re.I)
#: Words after a figure that make it a bound ("$200 or less", "50 percent or more", "40-plus", "100+").
_QUALIFIER_AFTER = re.compile(
    r"(?:\s+(?:or|and)\s+(?:less|more|fewer|greater|higher|lower|above|below|over|under|up|down)\b|-?plus\b|\+)",
    re.I)


def qualified(body: Body, figure: Figure) -> bool:
    """Whether ``figure`` stands under a qualifier (more than, over, at least, nearly, about, up to, less than,
    or less, or more ...): a bound or an estimate, with no false form by swapping in another figure."""
    if figure.hedged:
        return True
    norm = body.norm
    return (_QUALIFIER_BEFORE.search(norm[max(0, figure.value_start - 40):figure.value_start]) is not None
            or _QUALIFIER_AFTER.match(norm, figure.end) is not None)
