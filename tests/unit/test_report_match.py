"""The class report on a match question: which wrong partner each left item was given, worked by hand.

Five students take a one-question exam (the arsenals match) and hand in with the real ``trainer results``:

    ana  Russia 5,459   US 5,177       China about 600     (all right)
    bob  Russia 5,177   US 5,459       China about 600
    cy   Russia 5,177   US 5,459       China about 1,550
    dee  Russia 5,459   US about 1,550 (China left open)
    eve  (nothing: the question left unanswered)

Russia → 5,459: right 2 of 5 (ana, dee), none 1 (eve), wrong 5,177 ×2 (bob, cy).
US → 5,177: right 1 (ana), none 1, wrong 5,459 ×2 (bob, cy), about 1,550 ×1 (dee): 2 > 1, so flagged.
China → about 600: right 2 (ana, bob), none 2 (dee, eve), wrong about 1,550 ×1 (cy).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from report_class import handin, take_exam
from trainer.deck.loader import load_deck
from trainer.paths import database_path
from trainer.report.build import class_report, load_index
from trainer.report.html import report_html
from trainer.report.tables import report_csv, report_json
from trainer.report.text import render_text
from trainer.store import Store
from trainer.study.clock import FakeClock

QUOTE = ("Russia holds the largest nuclear arsenal with 5,459 warheads, followed by the US with 5,177. "
         "China has about 600")
DECK = f"""\
deck: arsenals
title: Arsenals
sources:
  - id: art
    file: art.txt
    title: Arsenals news
questions:
  - id: arsenals
    type: match
    prompt: Match each country to its warheads.
    quote: "{QUOTE}"
    pairs:
      Russia: "5,459"
      US: "5,177"
      China: "about 600"
    distractors: ["about 1,550"]
"""
ANSWERS = {
    "ana": {"Russia": "5,459", "US": "5,177", "China": "about 600"},
    "bob": {"Russia": "5,177", "US": "5,459", "China": "about 600"},
    "cy": {"Russia": "5,177", "US": "5,459", "China": "about 1,550"},
    "dee": {"Russia": "5,459", "US": "about 1,550"},
    "eve": None,
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("matchclass")
    decks, handins = root / "decks", root / "handins"
    decks.mkdir()
    handins.mkdir()
    (decks / "art.txt").write_text(f" date 2026-01-05 Arsenals news\n\nBy Staff\n\n{QUOTE} warheads.\n", encoding="utf-8")
    (decks / "arsenals.yaml").write_text(DECK, encoding="utf-8")
    deck = load_deck(decks / "arsenals.yaml").deck
    assert deck is not None
    for number, (profile, answer) in enumerate(ANSWERS.items()):
        data = root / "students" / profile
        with Store.open(database_path(data)) as store:
            clock = FakeClock(dt.datetime(2026, 3, 2, 9 + number, tzinfo=dt.UTC))
            take_exam(store, deck, profile, {"arsenals": answer}, clock)
        handin(data, profile, decks, handins / f"{profile}.json")
    index, broken = load_index([decks])
    assert broken == []
    return class_report([handins], index)


def _items(report) -> dict[str, tuple[int, int, int, list[tuple[str, int]]]]:
    question, = report.questions
    return {p.item: (p.right, p.unanswered, p.attempts, [(w.partner, w.count) for w in p.wrong])
            for p in question.partners}


def test_each_item_with_the_wrong_partners_it_was_given(report) -> None:
    assert _items(report) == {
        "Russia": (2, 1, 5, [("5,177", 2)]),
        "US": (1, 1, 5, [("5,459", 2), ("about 1,550", 1)]),
        "China": (2, 2, 5, [("about 1,550", 1)]),
    }


def test_an_item_whose_wrong_partner_beats_its_right_one_is_flagged(report) -> None:
    question, = report.questions
    assert question.flags == ["wrong-partner-preferred"]
    flag, = report.flags
    assert flag.message == "“US” was given the wrong partner “5,459” 2 times, more than its right one “5,177” (1)"


def test_text_json_csv_and_html_show_the_partners(report) -> None:
    text = render_text(report)
    assert "US → 5,177: right 1 of 5, none 1; “5,459” ×2; “about 1,550” ×1" in text
    document = json.loads(report_json(report))
    assert document["questions"][0]["partners"][1] == {
        "item": "US", "right_partner": "5,177", "attempts": 5, "right": 1, "unanswered": 1,
        "wrong": [{"partner": "5,459", "count": 2}, {"partner": "about 1,550", "count": 1}],
    }
    csv_text = report_csv(report)
    assert "US → 5,177: 1/5, 5,459: 2, about 1,550: 1" in csv_text
    html = report_html(report)
    assert "<td>1 of 5</td>" in html and "“5,459”</span> ×2" in html


async def test_the_report_screen_shows_each_item_and_its_wrong_partners(report) -> None:
    from trainer.ui.report_app import ReportApp

    app = ReportApp(lambda progress: report)
    app.animation_level = "none"
    async with app.run_test(size=(100, 32)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        detail = str(app.screen.query_one("#question-text").render())
        assert "Russia → 5,459: 2 of 5 right, 1 left open · ✗ 5,177 ×2" in detail
        assert "US → 5,177: 1 of 5 right, 1 left open · ✗ 5,459 ×2 · ✗ about 1,550 ×1" in detail
        assert "China → about 600: 2 of 5 right, 2 left open · ✗ about 1,550 ×1" in detail
