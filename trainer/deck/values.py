"""Numbers and dates as people type and write them.

:func:`parse_number` and :func:`parse_date` read one value that a student typed, forgiving the
forms people use ("about 600", "1.2 million", "Feb. 2026", "5th of February 2026") and refusing,
with a message that says what to type, anything they cannot read for sure. :func:`numbers_in`
and :func:`dates_in` find every figure and date in an article, so that the deck checker can warn
when an answer does not appear in its quote.

Decisions worth knowing:

* A point is a decimal point and a comma separates thousands (English usage): "5.459" is five
  point four five nine, never 5,459; "5,45" and "1.234,5" are refused with a message.
* Groups of three digits may also be separated by a space, a no-break space or a thin space
  ("5 459") when typed; in running text only the no-break and thin spaces count, since "in 2025
  500 people" is two figures.
* "k", "m"/"mn", "b"/"bn" and "tn" mean thousand, million, billion (10**9) and trillion ("t"
  alone is left alone: it is as likely to mean tonnes).
* A typed year has four digits; two-digit years and all-numeric day/month dates ("5/2/2026")
  are refused because they are ambiguous.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def human(self) -> str:
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day).strftime("%-d %B %Y")
        if self.month is not None:
            return dt.date(self.year, self.month, 1).strftime("%B %Y")
        return str(self.year)

    @classmethod
    def from_iso(cls, text: str) -> "PartialDate":
        match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a date: write 2026, 2026-02 or 2026-02-05")
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{text}' has no month {month}")
        if day is not None:
            dt.date(year, month or 1, day)  # raises ValueError for 2026-02-30
        return cls(year, month, day)

# --- numbers -----------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_BIG = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SCALES = {
    "k": 10**3, "thousand": 10**3, "thousands": 10**3,
    "m": 10**6, "mn": 10**6, "mln": 10**6, "million": 10**6, "millions": 10**6,
    "b": 10**9, "bn": 10**9, "billion": 10**9, "billions": 10**9,
    "tn": 10**12, "trillion": 10**12, "trillions": 10**12,
    "hundred": 100,
}  # fmt: skip
_HEDGES = (
    "approximately", "approx.", "approx", "around", "roughly", "nearly", "almost", "about",
    "circa", "ca.", "c.", "some", "~", "≈", "±",
)  # fmt: skip
_SPACES = " \u00a0\u202f\u2009"
_MINUS = "-\u2212\u2013"
_DIGITS_TYPED = re.compile(
    r"(?P<num>\d{1,3}(?:(?P<sep>[,\u00a0\u202f\u2009 ])\d{3})(?:(?P=sep)\d{3})*(?:\.\d+)?"
    r"|\d+(?:\.\d*)?|\.\d+)"
)
_EXAMPLE = "e.g. 5,459, 1.2 million or about 600"


def _not_a_number(text: str, why: str = "") -> ValueError:
    detail = f" ({why})" if why else ""
    return ValueError(f"'{text}' is not a number{detail}: type one figure, {_EXAMPLE}")


def _strip_hedges(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for hedge in _HEDGES:
            if text.startswith(hedge) and (
                not hedge[-1].isalpha() or len(text) == len(hedge) or not text[len(hedge)].isalpha()
            ):
                text = text[len(hedge) :].lstrip(_SPACES)
                changed = True
    return text


def _words_value(tokens: list[str]) -> tuple[int, int] | None:
    """The value of leading number words and how many tokens they used, or None if there are none.

    Reads "five", "twenty-five" (already split), "a hundred", "three hundred and twelve",
    "two million"; stops at the first word that is not part of a number.
    """
    total = current = used = 0
    last_big = 10**15
    seen = False
    for index, token in enumerate(tokens):
        if token == "a" and index == 0 and len(tokens) > 1 and tokens[1] in {"hundred", *_BIG}:
            current, used = 1, index + 1
            continue
        if token == "and" and seen and index + 1 < len(tokens):
            nxt = tokens[index + 1]
            if nxt in _UNITS or nxt in _TENS:
                continue
            break
        if token in _UNITS or token in _TENS:
            value = _UNITS.get(token, _TENS.get(token, 0))
            low = current % 100
            if value < 10:
                fits = low == 0 or (low >= 20 and low % 10 == 0)
            else:
                fits = low == 0
            if seen and (not fits or (value == 0)):
                break
            current += value
        elif token == "hundred" and current < 100:
            current = max(current, 1) * 100
        elif token in _BIG and _BIG[token] < last_big:
            total += max(current, 1) * _BIG[token]
            last_big, current = _BIG[token], 0
        else:
            break
        seen, used = True, index + 1
    return (total + current, used) if seen else None


def parse_number(text: str) -> float:
    """Read one number as a person types it: '5,459', '5 459', 'about 600', '1.2m', 'twenty', '-3', '12%'.

    A trailing unit word ("600 warheads", "12 percent") is ignored. Raises ValueError with a
    message for the student when the text is empty, holds no figure, holds two, or uses
    separators that could be misread.
    """
    original = text.strip()
    if not original:
        raise ValueError(f"Type a number, {_EXAMPLE}.")
    body = _strip_hedges(original.lower().strip(_SPACES))
    sign = 1
    if body[:1] and body[0] in _MINUS + "+":
        sign = -1 if body[0] in _MINUS else 1
        body = body[1:].lstrip(_SPACES)
    elif body.startswith("minus "):
        sign, body = -1, body[6:].lstrip(_SPACES)
    body = body.lstrip("$€£¥").lstrip(_SPACES)

    match = _DIGITS_TYPED.match(body)
    if match:
        digits = re.sub(f"[,{_SPACES}]", "", match.group("num"))
        value = Decimal(digits)  # the pattern lets only plain decimals through
        rest = body[match.end() :].lstrip(_SPACES)
        if rest[:1] in {",", "."} and rest[1:2].isdigit():
            raise _not_a_number(
                original, "write decimals with a point and thousands with commas: 1,234.5"
            )
        scale = re.match(r"[a-z]+", rest)
        if scale and scale.group() in _SCALES:
            value *= _SCALES[scale.group()]
            rest = rest[scale.end() :]
    else:
        tokens = re.split(r"[\s\-]+", body)
        found = _words_value(tokens)
        if found is None:
            raise _not_a_number(original)
        value, used = Decimal(found[0]), found[1]
        rest = " ".join(tokens[used:])
    rest_words = set(re.split(r"[\s\-]+", rest))
    if any(ch.isnumeric() for ch in rest) or rest_words & {*_UNITS, *_TENS, *_SCALES}:  # isnumeric: ½ too
        raise _not_a_number(original, "it holds more than one figure")
    return float(sign * value) + 0.0  # + 0.0 turns -0.0 into 0.0


#: Magnitude words a unit may start with ("million euros"); single letters are left out ("m" is metres).
_UNIT_SCALES = {word: _SCALES[word] for word in ("thousand", "million", "mn", "mln", "billion", "bn", "trillion", "tn")}


def unit_scale(unit: str | None) -> int:
    """The magnitude a unit carries: 'million euros' -> 10**6, 'bn dollars' -> 10**9, 'warheads' -> 1."""
    first = (unit or "").strip().lower().split(" ", 1)[0]
    return _UNIT_SCALES.get(first, 1)


def typed_scale(text: str) -> int:
    """The magnitude word a typed figure carries: '4.2 million' or '4.2m' -> 10**6, '4.2' -> 1."""
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _SCALES and word != "hundred":
            return _SCALES[word]
    return 1


def format_number(value: float) -> str:
    """A number for display: 5459.0 -> '5,459'; 1.5 -> '1.5'; 0.1 + 0.2 -> '0.3'."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.10g}"


# Figures in running text: grouped only by comma, no-break or thin space; optional scale word.
_NUMBER_WORDS = "|".join(sorted([*_UNITS, *_TENS, "hundred", *_BIG], key=len, reverse=True))
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<sign>[-\u2212](?=\d))?"
    r"(?P<num>\d{1,3}(?:(?P<sep>[,\u00a0\u202f\u2009])\d{3})(?:(?P=sep)\d{3})*(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)"
    r"(?:(?P<attached>k|m|mn|bn|tn)\b|\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn)\b)?",
    re.IGNORECASE,
)
_WORD_FIGURE = re.compile(
    rf"\b(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion)\b))?"
    rf"(?:{_NUMBER_WORDS})(?:[\s\-]+(?:and\s+)?(?:{_NUMBER_WORDS}))*\b",
    re.IGNORECASE,
)


def numbers_in(text: str) -> list[float]:
    """Every figure in a text, in order: '5,459', 'about 600', '1.2 million' (as 1,200,000), 'five'.

    Years and the parts of ISO dates count as figures too; that is fine for the checker, which
    asks whether an answer is among them.
    """
    found: list[tuple[int, float]] = []
    taken: list[range] = []
    for match in _FIGURE.finditer(text):
        taken.append(range(match.start(), match.end()))
        digits = re.sub(f"[,{_SPACES}]", "", match.group("num"))
        value = Decimal(digits)
        scale = (match.group("attached") or match.group("scale") or "").lower()
        if scale:
            value *= _SCALES[scale]
        if match.group("sign"):
            value = -value
        found.append((match.start(), float(value)))
    for match in _WORD_FIGURE.finditer(text):
        if any(match.start() in span for span in taken):
            continue  # the scale word of a figure already read ("1.2 million")
        tokens = re.split(r"[\s\-]+", match.group().lower())
        while tokens:
            parsed = _words_value(tokens)
            if parsed is None:
                tokens = tokens[1:]
                continue
            found.append((match.start(), float(parsed[0])))
            tokens = tokens[parsed[1] :]
    return [value for _, value in sorted(found, key=lambda pair: pair[0])]


# --- dates -------------------------------------------------------------------------------------

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE_EXAMPLE = "e.g. 2026, Feb 2026 or 5 Feb 2026"


def _make_date(text: str, year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    """A checked PartialDate, or a ValueError that says what is wrong with ``text``."""
    if year < 1:
        raise ValueError(f"'{text}' has no year 0: write a year such as 2026")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{text}' has no month {month}: months run from 1 to 12")
    if day is not None:
        assert month is not None
        try:
            dt.date(year, month, day)
        except ValueError:
            length = days_in_month(year, month)
            raise ValueError(
                f"'{text}' is not a real date: {MONTH_NAMES[month - 1]} {year} has {length} days"
            ) from None
    return PartialDate(year, month, day)


def days_in_month(year: int, month: int) -> int:
    """How many days a month has (29 for February in a leap year)."""
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _ambiguous(text: str, first: int, second: int, year: int) -> ValueError:
    readings = []
    for day, month in ((first, second), (second, first)):
        if 1 <= month <= 12 and 1 <= day <= days_in_month(year, month):
            readings.append(f"{day} {MONTH_NAMES[month - 1]}")
    if len(readings) == 2 and readings[0] != readings[1]:
        doubt = f"it could mean {readings[0]} or {readings[1]}; "
    else:
        doubt = ""
    example = readings[0].split()[0] + " " + readings[0].split()[1][:3] if readings else "5 Feb"
    return ValueError(
        f"'{text}' is ambiguous: {doubt}write the month name, e.g. {example} {year}"
    )


def parse_date(text: str) -> PartialDate:
    """Read a year, a month and year or a full date as a person types it.

    Accepts '2026', 'Feb 2026', 'February 5th, 2026', '5th of February 2026', '2026-02-05',
    '2026/02/05', '2026-02' and '2/2026'. Refuses all-numeric day-month dates such as '5/2/2026'
    (5 February or 2 May?) and two-digit years, asking for the month name or the full year.
    """
    original = text.strip()
    if not original:
        raise ValueError(f"Type a date, {_DATE_EXAMPLE}.")
    body = " ".join(original.lower().split())
    for weekday in _WEEKDAYS:
        for name in (weekday, weekday[:3]):
            if re.match(rf"{name}\b\.?,?\s", body):
                body = re.sub(rf"^{name}\.?,?\s+", "", body)
    body = re.sub(r"^(?:in|on)\s+", "", body)

    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?", body)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        return _make_date(original, year, month, day)  # type: ignore[arg-type]
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", body)
    if match:
        first, second, year_text = match.groups()
        if len(year_text) == 2:
            raise ValueError(
                f"'{original}' is ambiguous: write the month name and the full year, {_DATE_EXAMPLE}"
            )
        raise _ambiguous(original, int(first), int(second), int(year_text))
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{4})", body)
    if match:
        return _make_date(original, int(match.group(2)), int(match.group(1)))
    if re.fullmatch(r"\d{4}", body):
        return _make_date(original, int(body))

    tokens = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", body)
    tokens = re.sub(r"[,.]", " ", tokens).split()
    tokens = [token for token in tokens if token not in {"of", "the"}]
    kinds = "".join(
        "m" if token in _MONTHS else "y" if re.fullmatch(r"\d{4}", token)
        else "d" if re.fullmatch(r"\d{1,2}", token) else "?"
        for token in tokens
    )  # fmt: skip
    values = {kind: token for kind, token in zip(kinds, tokens)}
    if kinds in {"my", "ym", "mdy", "dmy", "ymd"}:
        month = _MONTHS[values["m"]]
        day = int(values["d"]) if "d" in values else None
        return _make_date(original, int(values["y"]), month, day)
    if "m" in kinds and "?" not in kinds and "y" not in kinds:
        raise ValueError(f"'{original}' needs a year with four digits, {_DATE_EXAMPLE}")
    raise ValueError(f"'{original}' is not a date: write {_DATE_EXAMPLE}")


_DATE_IN_TEXT = re.compile(
    rf"(?<![\w\-/])(?:"
    rf"(?P<iy>\d{{4}})(?P<isep>[-/])(?P<im>\d{{1,2}})(?:(?P=isep)(?P<id>\d{{1,2}}))?(?![\w\-/])"
    rf"|(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})(?!\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m2>{_MONTH_RE})\.?,?\s+(?P<y2>\d{{4}})(?!\d)"
    rf"|(?P<m3>{_MONTH_RE})\.?,?\s+(?P<y3>\d{{4}})(?!\d)"
    rf"|(?<![\d,.])(?P<y4>\d{{4}})(?![\d]|[,.]\d)"
    rf")",
    re.IGNORECASE,
)


def dates_in(text: str) -> list[PartialDate]:
    """Every dated mention in a text, in order, each as precise as written.

    'February 5, 2026' gives one day-precision date (not also its month and year), so compare
    at the answer's precision. A month without a year ('In September') is skipped; a four-digit
    figure from 1000 to 2999 counts as a year.
    """
    found: list[PartialDate] = []
    for match in _DATE_IN_TEXT.finditer(text):
        groups = match.groupdict()
        if groups["iy"]:
            year, month = int(groups["iy"]), int(groups["im"])
            day = int(groups["id"]) if groups["id"] else None
        elif groups["y1"] or groups["y2"]:
            year = int(groups["y1"] or groups["y2"])
            month = _MONTHS[(groups["m1"] or groups["m2"]).lower()]
            day = int(groups["d1"] or groups["d2"])
        elif groups["y3"]:
            year, month, day = int(groups["y3"]), _MONTHS[groups["m3"].lower()], None
        else:
            year, month, day = int(groups["y4"]), None, None
            if not 1000 <= year <= 2999:
                continue
        try:
            found.append(_make_date(match.group(), year, month, day))
        except ValueError:
            if 1000 <= year <= 2999:
                found.append(PartialDate(year))
    return found


def format_date(value: PartialDate) -> str:
    """A date for display at its own precision: '2026', 'February 2026', '5 February 2026'.

    Written out here rather than with strftime, whose month names follow the locale and whose
    '%-d' does not work on Windows.
    """
    if value.month is None:
        return str(value.year)
    month = f"{MONTH_NAMES[value.month - 1]} {value.year}"
    return f"{value.day} {month}" if value.day is not None else month
