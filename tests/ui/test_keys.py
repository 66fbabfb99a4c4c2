"""Keys are applied in the order pressed, however fast they come (issue: keys in one burst were reordered).

Pilot's ``press`` waits after every key; a terminal does not. :func:`burst` hands the app several keys
at once, as a terminal does on a loaded machine, over SSH, or when keys are typed ahead.
"""

from __future__ import annotations

import threading
import unicodedata

from textual import events
from textual.widgets import Input

from tests.ui.helpers import SIZE, build_app, wait_home
from tests.ui.keys_deck import write_deck
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.screens.summary import SummaryScreen


async def burst(pilot, *keys: str) -> None:
    """Send ``keys`` to the app in one go, with no wait between them, then wait for the app to settle."""
    for key in keys:
        try:
            char = unicodedata.lookup(key.upper().replace("_", " ")) if len(key) > 1 else key
        except KeyError:
            char = None
        if key in ("enter", "backspace", "left", "right", "home", "end", "up", "down", "escape", "ctrl+u"):
            char = {"enter": "\r", "backspace": "\x7f", "escape": "\x1b"}.get(key)
        pilot.app._driver.send_message(events.Key(key, char))
    await pilot.pause()


async def quiz_on(app, pilot, *ids: str) -> QuizScreen:
    """A practice session on these questions of the keys deck, in this order."""
    await wait_home(app, pilot)
    deck = app.decks[0].deck
    app.start_items([(deck, deck.question(i)) for i in ids], title="keys", mode="practice", shuffle=False)
    await pilot.pause()
    assert isinstance(app.screen, QuizScreen)
    return app.screen


def stored(app, quiz: QuizScreen) -> list:
    return [answer.response for answer in app.store.answers(quiz.session.session_id)]


def keys_app(tmp_path):
    return build_app(tmp_path, [write_deck(tmp_path / "decks")])


async def summary_shown(app, pilot) -> None:
    """Wait (up to 5 s) for the summary the last Enter opens: it is pushed a frame or more later under load."""
    for _ in range(100):
        if isinstance(app.screen, SummaryScreen):
            return
        await pilot.pause(0.05)

async def test_typed_answer_edits_in_a_burst_apply_in_order(tmp_path):
    app = keys_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await quiz_on(app, pilot, "warheads")
        await pilot.press("1")
        await burst(pilot, "backspace", "5", "4", "5", "9", "enter")
        assert stored(app, quiz) == ["5459"]


async def test_cursor_keys_in_a_burst_act_before_the_letters_after_them(tmp_path):
    app = keys_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await quiz_on(app, pilot, "warheads")
        field = app.focused
        assert isinstance(field, Input)
        await burst(pilot, "4", "5", "9", "home", "5", "left", "right", "end", "1", "ctrl+u", "5", "4", "5", "9")
        assert field.value == "5459"
        await burst(pilot, "left", "left", "backspace", "4", "end")
        assert field.value == "5459"


async def test_several_answers_a_tick_and_enter_in_one_burst(tmp_path):
    app = keys_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await quiz_on(app, pilot, "powers")
        options = quiz.session.presentation.options
        await pilot.press("1")
        await pilot.press("2")
        await burst(pilot, "5", "enter")
        assert stored(app, quiz) == [sorted([options[0], options[1], options[4]], key=options.index)]


async def test_several_answers_untouched_ticks_then_enter_in_one_burst(tmp_path):
    app = keys_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await quiz_on(app, pilot, "powers")
        options = quiz.session.presentation.options
        await burst(pilot, "4", "5", "3", "enter")
        assert "Choose at least one" not in str(quiz.query_one("#hint").render())
        assert stored(app, quiz) == [[options[2], options[3], options[4]]]


async def test_order_move_then_enter_in_one_burst(tmp_path):
    app = keys_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await quiz_on(app, pilot, "ranking-order")
        items = list(quiz.session.presentation.items)
        await burst(pilot, "down", "left_square_bracket", "enter")
        assert stored(app, quiz) == [[items[1], items[0], items[2]]]


async def test_keys_after_the_enter_that_opens_the_next_question_belong_to_it(tmp_path):
    app = keys_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await quiz_on(app, pilot, "treaty-expires", "warheads", "no-talks", "powers")
        tf_first = quiz.session.presentation.options
        await burst(pilot, "1", "enter", "5", "4", "5", "9", "enter", "enter", "2", "enter", "3", "enter")
        answers = stored(app, quiz)
        assert len(answers) == 4, answers
        assert answers[0] == (tf_first[0] == "True")
        assert answers[1] == "5459"
        assert isinstance(answers[2], bool)
        assert len(answers[3]) == 1
        await burst(pilot, "enter")
        await summary_shown(app, pilot)
        assert isinstance(app.screen, SummaryScreen)


async def test_answering_and_moving_on_as_fast_as_keys_come_never_crashes(tmp_path):
    app = keys_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        quiz = await quiz_on(app, pilot, "treaty-expires", "no-talks", "ranking-order", "warheads")
        # Answer, next, answer again at once, skip an answered question: every key lands somewhere sane.
        await burst(pilot, "1", "enter", "1", "1", "ctrl+s", "enter", "enter", "ctrl+s", "2", "enter", "ctrl+s", "enter")
        assert app.return_code is None  # still running
        assert len(stored(app, quiz)) == 4
        await summary_shown(app, pilot)
        assert isinstance(app.screen, SummaryScreen)


async def test_enter_on_home_before_the_first_list_opens_the_deck_once_listed(tmp_path, monkeypatch):
    import trainer.deck.loader as loader

    released = threading.Event()
    real_load = loader.load_decks

    def slow_load(paths):
        released.wait(10)  # the loader is still reading the decks when Enter is pressed
        return real_load(paths)

    monkeypatch.setattr(loader, "load_decks", slow_load)
    app = keys_app(tmp_path)  # a fresh data folder: no deck catalog, the list waits for the loader
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
        released.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


KEYS = ["1", "2", "3", "4", "5", "enter", "enter", "n", "ctrl+s", "space", "up", "down", "left_square_bracket",
        "right_square_bracket", "backspace", "left", "home", "7", "escape", "y", "s", "question_mark"]


async def test_random_bursts_never_crash_the_app(tmp_path):
    """Seeded random bursts over a session (answers, skips, leaving, the source reader, help): no exception."""
    import random

    app = keys_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await quiz_on(app, pilot, "warheads", "powers", "ranking-order", "treaty-expires", "us-warheads")
        rng = random.Random(7)
        seen: set[str] = set()
        for _ in range(8):
            await burst(pilot, *(rng.choice(KEYS) for _ in range(rng.randint(2, 9))))
            assert app.return_code is None and app._exception is None
            seen.add(type(app.screen).__name__)
            if not isinstance(app.screen, QuizScreen) and rng.random() < 0.5:
                await burst(pilot, "escape")
        assert len(seen) > 1, seen  # the bursts went beyond the quiz screen
