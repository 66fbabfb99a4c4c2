"""Driving the real app with Pilot: start it on real decks and a real SQLite file, answer questions by key."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from trainer.deck.model import Date, Number, Order, TextAnswer, TrueFalse
from trainer.settings import Settings
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.ui.app import TrainerApp, make_app

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "decks"
# One question of every type: full plays use it, so a whole session costs 9 answers, not the bundled deck's 34.
SMALL = ROOT / "tests" / "data" / "small"
SIZE = (100, 32)


def build_app(tmp_path: Path, deck_paths: list[Path] | None = None, seed: int = 7) -> TrainerApp:
    settings = Settings(
        deck_paths=tuple(deck_paths or [BUNDLED]),
        data_dir=tmp_path / "data",
        profile="tester",
        seed=seed,
    )
    store = Store.open(settings.database)
    return make_app(settings, store, clock=FakeClock())


async def wait_home(app: TrainerApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


@dataclass(frozen=True)
class Typed:
    """Text for the focused input, set in one go: typing it key by key costs Pilot a round trip per key."""

    text: str


async def send(pilot, keys: list) -> None:
    """Press keys; a :class:`Typed` item fills the focused Input (as pasting would)."""
    from textual.widgets import Input

    for key in keys:
        if isinstance(key, Typed):
            focused = pilot.app.focused
            assert isinstance(focused, Input), f"expected the answer input to have focus, not {focused!r}"
            focused.value = key.text
        else:
            await pilot.press(key)
    await pilot.pause()


def right_keys(session) -> list:
    """The keys that answer the session's current question right."""
    question = session.current
    presentation = session.presentation
    if presentation.kind == "single":
        if isinstance(question, TrueFalse):
            target = "True" if question.answer else "False"
        else:
            target = question.answer
        return [str(presentation.options.index(target) + 1)]
    if presentation.kind == "multi":
        return [str(presentation.options.index(a) + 1) for a in question.answers] + ["enter"]
    if presentation.kind == "order":
        return order_keys(list(presentation.items), list(question.items))
    if presentation.kind == "match":
        return match_keys(presentation, [question.pairs[item] for item in presentation.items])
    return [Typed(typed_answer(question)), "enter"]


def match_keys(presentation, partners: list[str]) -> list[str]:
    """Keys that give each item (cursor on the first) its partner: a number key chooses and moves to the next."""
    return [str(presentation.options.index(partner) + 1) for partner in partners] + ["enter"]


def typed_answer(question) -> str:
    if isinstance(question, Number):
        return f"{question.answer:g}"
    if isinstance(question, Date):
        return question.answer
    assert isinstance(question, TextAnswer)
    return question.answer


def order_keys(shown: list[str], wanted: list[str]) -> list[str]:
    """Keys that move ``shown`` into ``wanted`` order with the order widget (cursor starts at the top)."""
    keys: list[str] = []
    cursor = 0
    items = list(shown)
    for target, item in enumerate(wanted):
        index = items.index(item)
        keys += ["down"] * (index - cursor) if index >= cursor else ["up"] * (cursor - index)
        keys += ["left_square_bracket"] * (index - target)
        items.insert(target, items.pop(index))
        cursor = target
    return keys + ["enter"]


def wrong_keys(session) -> list:
    """Keys that answer the current question wrong (but validly)."""
    question = session.current
    presentation = session.presentation
    if presentation.kind == "single":
        if isinstance(question, TrueFalse):
            target = "False" if question.answer else "True"
        else:
            target = next(option for option in presentation.options if option != question.answer)
        return [str(presentation.options.index(target) + 1)]
    if presentation.kind == "multi":
        wrong = [o for o in presentation.options if o not in question.answers]
        return [str(presentation.options.index(wrong[0]) + 1), "enter"]
    if presentation.kind == "order":
        return order_keys(list(presentation.items), list(reversed(question.items)))
    if presentation.kind == "match":
        wrong = [next(o for o in presentation.options if o != question.pairs[item]) for item in presentation.items]
        return match_keys(presentation, wrong)
    if isinstance(question, Number):
        return [Typed(f"{question.answer * 10 + 12345:g}"), "enter"]
    if isinstance(question, Date):
        return [Typed("1901"), "enter"]
    return [Typed("zzzz qqqq"), "enter"]


def right_response(question) -> object:
    """A response that answers ``question`` right, as an answer widget would post it."""
    if isinstance(question, Number):
        return f"{question.answer:g}"
    if question.type == "multi":
        return list(question.answers)
    if question.type == "order":
        return list(question.items)
    if question.type == "match":
        return dict(question.pairs)
    return question.answer  # who_said, choice, true_false, date, text


def wrong_response(question, presentation) -> object:
    """A response that answers ``question`` wrong (but validly)."""
    if isinstance(question, TrueFalse):
        return not question.answer
    if presentation.kind == "single":
        return next(option for option in presentation.options if option != question.answer)
    if presentation.kind == "multi":
        return [next(option for option in presentation.options if option not in question.answers)]
    if presentation.kind == "order":
        return list(reversed(question.items))
    if presentation.kind == "match":
        return {item: next(o for o in presentation.options if o != question.pairs[item]) for item in presentation.items}
    if isinstance(question, Number):
        return f"{question.answer * 10 + 12345:g}"
    if isinstance(question, Date):
        return "1901"
    return "zzzz qqqq"


def play_in_core(app: TrainerApp, wrong: int = 0):
    """A whole practice session of the app's first deck, answered through the session core as the quiz screen
    would (the first ``wrong`` answers wrong, the rest right), stored and finished: statistics without Pilot."""
    from trainer.study.session import StudySession

    session = StudySession.start(app.store, app.decks[0].deck, seed=app.settings.seed, profile=app.settings.profile,
                                 clock=app.clock)
    for number in range(session.total):
        question = session.current
        session.answer(wrong_response(question, session.presentation) if number < wrong else right_response(question))
        session.advance()
    session.finish()
    return session


def toasts(app: TrainerApp) -> list[str]:
    """The notifications on screen as the student reads them: each toast's drawn text (run_test(notifications=True))."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


async def footer_drawn(pilot) -> list:
    """The footer's keys once it has drawn them: it rebuilds after the screen's bindings settle, which under load
    can be a few frames after the screen itself (reading it at once then finds no key)."""
    for _ in range(100):
        keys = [key for key in pilot.app.screen.query("FooterKey") if key.display and key.region.width]
        if keys:
            return keys
        await pilot.pause()
    return []


async def screen_becomes(pilot, screen_type: type) -> bool:
    """Whether the app switches to a ``screen_type`` screen: a switch made by a message handler (the exam's clock,
    an answer that finds the time is up) can land a few frames after the key that caused it when the machine is busy."""
    deadline = time.monotonic() + 20  # a bound on a busy machine's delay, not a timing check
    while time.monotonic() < deadline:
        if isinstance(pilot.app.screen, screen_type):
            return True
        await pilot.pause(0.01)  # a switch waiting on another thread (the exam's writer) needs real time, not frames
    return isinstance(pilot.app.screen, screen_type)


async def comes_true(pilot, check) -> bool:
    """Whether ``check()`` comes true while the app runs its timers (a "saving…" line drawn by a timer, say), without
    assuming how soon: each round lets real time pass, not only frames. Bounded for a busy machine, not a timing check."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if check():
            return True
        await pilot.pause(0.01)
    return bool(check())
