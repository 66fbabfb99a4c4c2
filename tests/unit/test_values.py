"""Reading numbers and dates as students type them, and finding them in articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.deck.model import PartialDate
from trainer.deck.values import (
    dates_in,
    days_in_month,
    format_date,
    format_number,
    numbers_in,
    parse_date,
    parse_number,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_bf6c9e913bb2f5d9.txt"


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("5459", 5459),
        ("5,459", 5459),
        ("5 459", 5459),
        ("5\u202f459", 5459),  # narrow no-break space
        ("5\u00a0459", 5459),  # no-break space
        ("  5459  ", 5459),
        ("1,200,000", 1_200_000),
        ("1 200 000", 1_200_000),
        ("1,234.5", 1234.5),
        ("about 600", 600),
        ("About 600", 600),
        ("around 600", 600),
        ("roughly 600", 600),
        ("approximately 600", 600),
        ("approx. 600", 600),
        ("nearly 600", 600),
        ("some 600", 600),
        ("~600", 600),
        ("~ 600", 600),
        ("5.5k", 5500),
        ("5.5 K", 5500),
        ("1.2 million", 1_200_000),
        ("1.2m", 1_200_000),
        ("1.1 million", 1_100_000),  # exact: no 1100000.0000000002
        ("3 bn", 3_000_000_000),
        ("3bn", 3_000_000_000),
        ("1.2 billion", 1_200_000_000),
        ("2 trillion", 2_000_000_000_000),
        ("5 thousand", 5000),
        ("-3", -3),
        ("\u22123", -3),  # the minus sign
        ("minus 3", -3),
        ("+3", 3),
        ("0", 0),
        ("-0", 0),
        ("600 warheads", 600),
        ("about 600 nuclear warheads", 600),
        ("1.2 million people", 1_200_000),
        ("12%", 12),
        ("12 %", 12),
        ("12 per cent", 12),
        ("$5bn", 5_000_000_000),
        (".5", 0.5),
        ("1.5", 1.5),
        # A point is a decimal point (English usage), never a thousands separator.
        ("5.459", 5.459),
        ("one", 1),
        ("five", 5),
        ("Twelve", 12),
        ("twenty", 20),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("ninety", 90),
        ("a hundred", 100),
        ("one hundred and five", 105),
        ("three hundred and twelve", 312),
        ("a thousand", 1000),
        ("two million", 2_000_000),
        ("five warheads", 5),
        ("600?", 600),  # an unsure student's question mark is not part of the figure
        ("zero", 0),
    ],
)
def test_parse_number_reads_what_people_type(typed: str, value: float) -> None:
    assert parse_number(typed) == value


def test_million_written_out_equals_digits() -> None:
    assert parse_number("1.2 million") == parse_number("1,200,000")


def test_negative_zero_is_plain_zero() -> None:
    assert str(parse_number("-0")) == "0.0"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "Type a number"),
        ("   ", "Type a number"),
        ("abc", "'abc' is not a number"),
        ("the 600", "is not a number"),
        ("5,45", "decimals with a point"),
        ("1.234,5", "decimals with a point"),
        ("5000-6000", "more than one figure"),
        ("12 13", "more than one figure"),
        ("5459 5177", "more than one figure"),
        ("five five", "more than one figure"),
        ("600 five", "more than one figure"),
        ("twenty twenty", "more than one figure"),
        ("k", "is not a number"),
        ("-", "is not a number"),
        ("1e3", "more than one figure"),
    ],
)
def test_parse_number_refuses_garbage_with_a_message(typed: str, fragment: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_number(typed)
    assert fragment in str(caught.value)
    assert "e.g." in str(caught.value)  # always says what to type instead


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (5459.0, "5,459"),
        (5459, "5,459"),
        (1.5, "1.5"),
        (1_200_000.0, "1,200,000"),
        (-3.0, "-3"),
        (0.0, "0"),
        (-0.0, "0"),
        (0.1 + 0.2, "0.3"),
        (1234.5, "1,234.5"),
        (5.459, "5.459"),
    ],
)
def test_format_number(value: float, shown: str) -> None:
    assert format_number(value) == shown


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("2026", PartialDate(2026)),
        ("in 2026", PartialDate(2026)),
        ("Feb 2026", PartialDate(2026, 2)),
        ("feb 2026", PartialDate(2026, 2)),
        ("February 2026", PartialDate(2026, 2)),
        ("Feb. 2026", PartialDate(2026, 2)),
        ("February, 2026", PartialDate(2026, 2)),
        ("Sept 2025", PartialDate(2025, 9)),
        ("2026-02", PartialDate(2026, 2)),
        ("2/2026", PartialDate(2026, 2)),
        ("February 5, 2026", PartialDate(2026, 2, 5)),
        ("February 5th, 2026", PartialDate(2026, 2, 5)),
        ("Feb 5 2026", PartialDate(2026, 2, 5)),
        ("5 Feb 2026", PartialDate(2026, 2, 5)),
        ("5 February, 2026", PartialDate(2026, 2, 5)),
        ("5th of February 2026", PartialDate(2026, 2, 5)),
        ("1st March 2024", PartialDate(2024, 3, 1)),
        ("Thursday, February 5, 2026", PartialDate(2026, 2, 5)),
        ("2026-02-05", PartialDate(2026, 2, 5)),
        ("2026/02/05", PartialDate(2026, 2, 5)),
        ("2026/2/5", PartialDate(2026, 2, 5)),
        ("29 Feb 2024", PartialDate(2024, 2, 29)),  # leap day
        ("2000-02-29", PartialDate(2000, 2, 29)),  # divisible by 400: a leap year
    ],
)
def test_parse_date_reads_what_people_type(typed: str, date: PartialDate) -> None:
    assert parse_date(typed) == date


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "Type a date"),
        ("5/2/2026", "could mean 5 February or 2 May; write the month name"),
        ("05.02.2026", "write the month name"),
        ("13/2/2026", "write the month name, e.g. 13 Feb 2026"),
        ("5/2/26", "full year"),
        ("September", "needs a year"),
        ("Feb 26", "needs a year with four digits"),
        ("February 30, 2026", "February 2026 has 28 days"),
        ("29 Feb 2026", "February 2026 has 28 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("31 April 2026", "April 2026 has 30 days"),
        ("2026-13", "no month 13"),
        ("0000", "no year 0"),
        ("next year", "is not a date"),
        ("26", "is not a date"),
    ],
)
def test_parse_date_refuses_with_a_message(typed: str, fragment: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_date(typed)
    assert fragment in str(caught.value)


def test_numbers_in_the_seed_article() -> None:
    found = numbers_in(SEED.read_text(encoding="utf-8"))
    for figure in (5459, 5177, 600, 2026):
        assert figure in found
    assert not any(value < 0 for value in found)  # "2025-10-16" is not 2025, -10, -16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost 1.2 million dollars.", [1_200_000]),
        ("about 600 of them", [600]),
        ("5,459 and 5,177.", [5459, 5177]),
        ("a fall of -3 points", [-3]),
        ("F-35 jets", [35]),
        ("5.5k troops and 3bn dollars and 2 trillion", [5500, 3_000_000_000, 2_000_000_000_000]),
        ("twenty-five ministers and a hundred aides", [25, 100]),
        ("someone and anyone", []),
        ("12% of 1,200,000", [12, 1_200_000]),
        ("in 2025 500 people", [2025, 500]),  # a plain space does not group digits in prose
        ("5\u202f459 warheads", [5459]),
        ("on the 5th", [5]),
        ("section 3.2.1", [3.2]),
    ],
)
def test_numbers_in(text: str, expected: list[float]) -> None:
    assert numbers_in(text) == expected


def test_dates_in_the_seed_article() -> None:
    found = dates_in(SEED.read_text(encoding="utf-8"))
    assert PartialDate(2026) in found
    assert PartialDate(2025, 10, 16) in found  # the header date
    assert all(date.month != 9 for date in found)  # "In September" has no year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("signed on February 5, 2026 in Geneva", [PartialDate(2026, 2, 5)]),
        ("signed on 5th of March 2024.", [PartialDate(2024, 3, 5)]),
        ("by Feb. 2020 and in May 2021", [PartialDate(2020, 2), PartialDate(2021, 5)]),
        ("In September, Putin proposed it before its 2026 expiry", [PartialDate(2026)]),
        ("the 2020-21 season", [PartialDate(2020)]),
        ("2026-02-05 and 2026/02", [PartialDate(2026, 2, 5), PartialDate(2026, 2)]),
        ("5,459 warheads, 2026", [PartialDate(2026)]),
        ("9999 items", []),
        ("February 30, 2026", [PartialDate(2026)]),
    ],
)
def test_dates_in(text: str, expected: list[PartialDate]) -> None:
    assert dates_in(text) == expected


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        (PartialDate(2026), "2026"),
        (PartialDate(2026, 2), "February 2026"),
        (PartialDate(2026, 2, 5), "5 February 2026"),
    ],
)
def test_format_date(date: PartialDate, shown: str) -> None:
    assert format_date(date) == shown


@pytest.mark.parametrize(
    ("year", "month", "days"), [(2024, 2, 29), (2026, 2, 28), (1900, 2, 28), (2026, 12, 31), (2026, 4, 30)]
)
def test_days_in_month(year: int, month: int, days: int) -> None:
    assert days_in_month(year, month) == days


def test_a_vulgar_fraction_is_not_silently_dropped():
    with pytest.raises(ValueError, match="more than one figure"):
        parse_number("1½")
