"""The question, feedback and exam screens at 80x24: keys that fit the question, state told by glyph, honest wording."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import build_app, wait_home
from trainer.ui.screens.quiz import QuizScreen

SIZE = (80, 24)

TRUE_FALSE = """\
deck: tf
title: True or false
questions:
  - id: one
    type: true_false
    statement: "The talks took place in Geneva."
    answer: true
    quote: ''
  - id: two
    type: true_false
    statement: "The talks took place in Oslo."
    answer: false
    quote: ''
"""


def write_deck(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    (folder / "deck.yaml").write_text(text, encoding="utf-8")
    return folder


def screen_text(app) -> str:
    return "\n".join(str(widget.render()) for widget in app.screen.query("Static") if widget.display)


async def test_true_false_answers_to_letters_and_n_is_next_only_after_an_answer(tmp_path: Path) -> None:
    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert "t/y true · f/n false" in screen_text(app)
        await pilot.press("t")  # answers True
        await pilot.pause()
        assert screen.outcome is not None and screen.outcome.response_text == "True"
        await pilot.press("n")  # after an answer, n is "next"; it must not answer the next question
        await pilot.pause()
        assert screen.outcome is None and screen.session.index == 1 and screen.session.answered == 1
        await pilot.press("n")  # while a question awaits an answer, n answers False
        await pilot.pause()
        assert screen.outcome is not None and screen.outcome.response_text == "False"
        assert screen.session.answered == 2
