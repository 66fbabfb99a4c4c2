"""Dates in an article: full dates, months, years and relative ones resolved against its date.

Each finding keeps the span of its words so that the question can blank them out of the
sentence ("...before its ___ expiry"): the sentence itself ties the date to its event. Relative
dates ("last month", "on Wednesday") are resolved from the article's date, past unless the
sentence speaks of the future.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from trainer.deck.model import PartialDate
from trainer.draft import lexicon as lx
from trainer.draft.text import Body

_MONTH = r"(?P<month>%s)\.?" % "|".join(sorted(lx.MONTHS, key=len, reverse=True))
_FULL_MONTH = "|".join(name for name in lx.MONTHS if len(name) > 3 or name == "May")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ABSOLUTE = [
    re.compile(r"\b%s\s+%s,?\s+%s\b" % (_MONTH, _DAY, _YEAR)),
    re.compile(r"\b%s\s+(?:of\s+)?%s,?\s+%s\b" % (_DAY, _MONTH, _YEAR)),
    re.compile(r"\b%s,?\s+(?:of\s+)?%s\b" % (_MONTH, _YEAR)),
    re.compile(r"(?<![\d$€£.,\-])%s(?![\d%%]|,\d|\.\d|s\b)" % _YEAR),  # "the 1990s" is a decade, no year
]
_RELATIVE = re.compile(
    r"\b(?P<rel>(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this)\s+(?P<unit>month|year)"
    r"|(?P<wd_prefix>(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<weekday>%s)"
    r"|(?P<day_word>[Yy]esterday|[Tt]omorrow)"
    r"|(?P<bare_prefix>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)(?P<bare_month>%s)"
    r"(?!\s+[0-3]?\d\b|,?\s+(?:of\s+)?(?:19|20)\d\d)(?:,?\s+(?P<month_rel>last|this|next)\s+year)?)\b"
    % ("|".join(lx.WEEKDAYS), _FULL_MONTH)
)
_FUTURE = re.compile(
    r"\b(?:will|shall|next|due|scheduled|plans? to|is to|are to|expected to|upcoming|starting|beginning)\b")
_PAST_SPEECH = re.compile(r"\b(?:said|told|announced|stated|reported|confirmed|added)\s+(?:on\s+)?$")
_QUOTED = re.compile(r'"[^"]*(?:"|$)')
#: Plural nouns after a four-digit figure that make it a year ("2026 elections"), not a count.
_EVENT_PLURALS = frozenset("elections talks games olympics negotiations polls midterms sanctions accords".split())
_PLURAL_AFTER = re.compile(r"\s+([a-z]+s)\b")
_EVENT_CUE = re.compile(r"(?:\b(?:in|by|since|until|till|from|before|after|through|of|its|the|their|his|her|early|late|mid)\s*-?|'s\s+)$", re.I)


@dataclass(frozen=True)
class DateFinding:
    """A date and the words that give it."""

    start: int
    end: int
    value: PartialDate
    relative: bool
    confidence: float


def looks_like_year(norm: str, start: int, end: int) -> bool:
    """Whether the four digits at norm[start:end] are a year rather than a count ('2000 troops')."""
    text = norm[start:end]
    if not re.fullmatch(r"(?:19|20)\d\d", text):
        return False
    plural = _PLURAL_AFTER.match(norm, end)
    return not plural or plural.group(1) in _EVENT_PLURALS


def _month_back(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - months
    return index // 12, index % 12 + 1


def _resolve(match: re.Match[str], today: dt.date, future: bool) -> PartialDate | None:
    if match.group("unit"):
        rel = match.group("rel").lower()
        shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
        if match.group("unit") == "year":
            return PartialDate(today.year + shift)
        year, month = _month_back(today.year, today.month, -shift)
        return PartialDate(year, month)
    if match.group("weekday"):
        prefix = (match.group("wd_prefix") or "").strip().lower()
        target = lx.WEEKDAYS[match.group("weekday")]
        ahead = prefix == "next" or (prefix != "last" and future)
        delta = (target - today.weekday()) % 7 if ahead else -((today.weekday() - target) % 7)
        if prefix == "last" and delta == 0:
            delta = -7
        day = today + dt.timedelta(days=delta)
        return PartialDate(day.year, day.month, day.day)
    if match.group("day_word"):
        day = today + dt.timedelta(days=-1 if match.group("day_word").lower() == "yesterday" else 1)
        return PartialDate(day.year, day.month, day.day)
    month = lx.MONTHS[match.group("bare_month")]
    prefix = match.group("bare_prefix").strip().lower()
    if match.group("month_rel"):  # "in July last year", "by March next year"
        return PartialDate(today.year + {"last": -1, "this": 0, "next": 1}[match.group("month_rel")], month)
    if prefix == "next" or (future and prefix != "last"):
        return PartialDate(today.year if month >= today.month else today.year + 1, month)
    if prefix == "last" and month == today.month:
        return PartialDate(today.year - 1, month)
    return PartialDate(today.year if month <= today.month else today.year - 1, month)


def find_dates(body: Body, published: dt.date | None) -> list[DateFinding]:
    """Absolute dates everywhere; relative ones too when the article is dated."""
    found: list[DateFinding] = []
    norm = body.norm
    taken = bytearray(len(norm) + 1)  # 1 where a date already found stands
    for regex in _ABSOLUTE:
        for match in regex.finditer(norm):
            if taken[match.start()] or taken[match.end() - 1]:
                continue
            groups = match.groupdict()
            year = int(groups["year"])
            month = lx.MONTHS[groups["month"]] if groups.get("month") else None
            day = int(groups["day"]) if groups.get("day") else None
            try:
                value = PartialDate.from_iso(PartialDate(year, month, day).iso())
            except ValueError:
                continue
            confidence = 0.85
            if month is None:
                if not looks_like_year(norm, match.start(), match.end()):
                    continue
                cue = _EVENT_CUE.search(norm, max(0, match.start() - 12), match.start())
                confidence = 0.8 if cue else 0.6
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            found.append(DateFinding(match.start(), match.end(), value, False, confidence))
    if published is not None:
        futures: dict[int, bool] = {}  # by sentence: whether it speaks of the future
        for match in _RELATIVE.finditer(norm):
            if taken[match.start()]:
                continue
            index = body.sentence_index(match.start())
            sentence = body.sentences[index]
            if index not in futures:
                unquoted = _QUOTED.sub(" ", norm[sentence.start : sentence.end])  # "will" in a quote is not our tense
                futures[index] = bool(_FUTURE.search(unquoted))
            future = futures[index] and not _PAST_SPEECH.search(norm, max(sentence.start, match.start() - 30),
                                                                 match.start())
            value = _resolve(match, published, future)
            if value is None:
                continue
            start = match.start()
            if match.group("bare_month"):
                start = match.start("bare_month")
            elif match.group("weekday") and (match.group("wd_prefix") or "").strip().lower() in ("", "on"):
                start = match.start("weekday")
            found.append(DateFinding(start, match.end(), value, True, 0.7))
    found.sort(key=lambda finding: finding.start)
    return found


#: A date the story counts towards: a deadline or an end ("before its 2026 expiry", "by 2030", "expires in June").
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|no later than|deadline of|due in|due by|expires? in|expires? on"
                              r"|expiring in|ends? in|runs? out in|takes? effect (?:in|on)|comes? into force (?:in|on))"
                              r"\s+(?:the\s+end\s+of\s+)?$", re.I)
_DEADLINE_AFTER = re.compile(r"^\W{0,2}\s*(?:deadline|expiry|expiration|target|cut-?off|sunset)\b", re.I)
#: A year that only names which race or cycle ("the 2016 presidential race", "the 2012 election"): no point of its own.
_CYCLE_AFTER = re.compile(r"\s*(?:presidential|general|midterm|primary|election|race|campaign|cycle|contest|nomination"
                          r"|ballot|vote|field|hopefuls?|candidates?|Republican|Democratic|GOP)\b", re.I)


#: A date a comparison counts from: "since 2007", "from 2010", "as of 2012", "than in 2008".
_BASELINE_BEFORE = re.compile(r"\b(?:since|from|as of|than in|than|compared with|compared to)\s+(?:\w+\s+)?$", re.I)


def date_is_the_story(body: Body, finding: DateFinding, lead: tuple[int, int], published: dt.date | None) -> bool:
    """Whether a date is itself what the story is about, so worth a date question (round 8: the judges deleted
    every date question on a side month, a month computed from "last month", the year of "the 2016 presidential
    race", the month rivals dropped out). Only a deadline or an end the story counts towards ("before its 2026
    expiry", "by 2030"), or the date the lead gives its own event in full words ("In March 2025, Norway left ..."),
    never a date computed from "last month" or "this year", never a year that only names a race or a cycle. Read in
    a window of a few words around the date."""
    if finding.relative or _CYCLE_AFTER.match(body.norm, finding.end, min(len(body.norm), finding.end + 40)):
        return False  # a date computed from "last month", "next year"; "the 2016 presidential race"
    before = body.norm[max(0, finding.start - 30):finding.start]
    after = body.norm[finding.end:finding.end + 20]
    if _DEADLINE_BEFORE.search(before) or _DEADLINE_AFTER.match(after):
        # "by 2030", "before its 2026 expiry": ahead of the article; "By 2015, the market was in a slide" is a time
        return published is None or finding.value.year >= published.year
    if _BASELINE_BEFORE.search(before):
        return False  # "the slowest since 2007": a baseline, not the event
    return lead[0] <= finding.start < lead[1]
