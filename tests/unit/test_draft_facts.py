"""Figures, dates and names on small texts."""

from __future__ import annotations

import datetime as dt

from trainer.draft.dates import find_dates
from trainer.draft.figures import compared_groups, find_figures
from trainer.draft.names import find_names
from trainer.draft.text import Body, parse_article

THURSDAY = dt.date(2025, 10, 16)


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    body = Body(text)
    names = find_names(body)
    spans = [(d.start, d.end) for d in find_dates(body, THURSDAY)]
    return [(f.value, f.unit, f.owner) for f in find_figures(body, names, spans)]


def dates(text: str, published: dt.date | None = THURSDAY) -> dict[str, str]:
    body = Body(text)
    return {body.text[d.start : d.end]: d.value.iso() for d in find_dates(body, published)}


def test_figures_with_unit_and_owner():
    assert figures("Germany pledged 2.5 billion euros in aid.") == [(2.5e9, "euros", "Germany")]
    assert figures("India holds about 172 nuclear warheads.") == [(172, "nuclear warheads", "India")]
    assert figures("Brazil's exports rose 4.5% last year.") == [(4.5, "%", "Brazil")]
    assert figures("Washington spent $916 billion, against $109 billion for Russia.") == [
        (916e9, "US dollars", "US"), (109e9, "US dollars", "Russia")]


def test_written_out_numbers_need_what_they_count():
    assert figures("The treaty runs for five years.") == [(5, "years", None)]
    assert figures("The five met in Paris.") == []


def test_elided_unit_is_borrowed_from_the_figure_before():
    found = figures("Russia has 5,459 warheads, followed by the US with 5,177. China has about 600 but more later.")
    assert found == [(5459, "warheads", "Russia"), (5177, "warheads", "US"), (600, "warheads", "China")]


def test_years_and_days_are_not_figures():
    assert figures("The treaty expires in 2026 and talks began on October 5, 2024.") == []
    assert figures("About 2000 troops were sent.") == [(2000, "troops", None)]


def test_three_figures_of_one_kind_make_an_order_group():
    body = Body("Russia has 5,459 warheads, followed by the US with 5,177. China has about 600.")
    names = find_names(body)
    groups = compared_groups(body, find_figures(body, names))
    assert [[f.owner for f in group] for group in groups] == [["Russia", "US", "China"]]


def test_absolute_dates():
    assert dates("It was signed on February 5, 2026, in Geneva.") == {"February 5, 2026": "2026-02-05"}
    assert dates("The war began on 15 April 2023.") == {"15 April 2023": "2023-04-15"}
    assert dates("The US withdrew in May 2018.") == {"May 2018": "2018-05"}
    assert dates("Before its 2026 expiry.") == {"2026": "2026"}


def test_relative_dates_resolve_against_the_article_date():
    assert dates("Last month, Beijing welcomed the offer.") == {"Last month": "2025-09"}
    assert dates("He spoke to Kommersant on Wednesday.") == {"Wednesday": "2025-10-15"}
    assert dates("They will meet again on Monday.") == {"Monday": "2025-10-20"}
    assert dates("The ministry said on Tuesday it would act.") == {"Tuesday": "2025-10-14"}
    assert dates("The summit is due in March.") == {"March": "2026-03"}
    assert dates("In September, Putin proposed an extension.") == {"September": "2025-09"}
    assert dates("Yesterday the talks ended.") == {"Yesterday": "2025-10-15"}
    assert dates("Talks resume next year.") == {"next year": "2026"}


def test_relative_dates_need_an_article_date():
    assert dates("Last month, Beijing welcomed the offer.", published=None) == {}


def test_names_by_kind():
    body = Body("According to the Stockholm International Peace Research Institute [SIPRI], Russia leads. "
                "Iranian Foreign Minister Abbas Araghchi spoke to Kommersant newspaper. "
                "“No,” said Olaf Scholz, who had just arrived from Berlin.")
    names = find_names(body)
    assert {p.name: p.role for p in names.people} == {"Abbas Araghchi": "Iranian Foreign Minister", "Olaf Scholz": None}
    assert names.countries == ["Russia", "Iran"]
    assert names.institutions == {"Stockholm International Peace Research Institute": "SIPRI"}
    assert names.outlets == ["Kommersant"]


def test_header_and_byline_are_split_off():
    article = parse_article(__file__, " date 2025-10-16 A Title\n\nBy Staff, Agencies\n\nFirst paragraph.\n")
    assert (article.title, article.date, article.byline, article.text) == (
        "A Title", THURSDAY, "Staff, Agencies", "First paragraph.")
    plain = parse_article(__file__, "Just text.\n\nMore text.")
    assert (plain.title, plain.date, plain.byline, plain.text) == (None, None, None, "Just text.\n\nMore text.")
