"""An imported bank is studied at once: the feedback says plainly that a question has no source."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import SIZE, build_app, send, wait_home
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.widgets.quote import NO_SOURCE

DECK = """\
deck: imported-bank
title: Imported bank
questions:
  - id: expiry
    type: choice
    prompt: When does the New START treaty expire?
    answer: February 2026
    choices: [February 2026, December 2025, Early 2026]
    credit: {Early 2026: 0.5}
    explain: "Early 2026: close, but name the month."
    quote: ''
"""


def screen_text(app) -> str:
    return "\n".join(str(widget.render()) for widget in app.screen.query("Static"))


async def test_unsourced_question_says_it_has_no_source_and_grades_partial_credit(tmp_path: Path) -> None:
    deck = tmp_path / "decks" / "bank.yaml"
    deck.parent.mkdir()
    deck.write_text(DECK, encoding="utf-8")
    app = build_app(tmp_path, [deck.parent])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        session = app.screen.session
        await send(pilot, [str(session.presentation.options.index("Early 2026") + 1)])
        text = screen_text(app)
        assert "◐ Partly right (+0.5 of 1)" in text
        assert NO_SOURCE in text
        assert "“”" not in text
