"""A small class built as students would: each studies in the core (StudySession, ExamSession) in their own
score database, then hands in with the real ``trainer results`` command. Shared by the report tests.

The figures of this class are worked out by hand in test_report_class.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.deck.loader import load_deck
from trainer.paths import database_path
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.study.cli import results_main
from trainer.study.exam import ExamSession
from trainer.study.session import StudySession

QUOTE = "The treaty was signed by 12 states in Geneva."
ARTICLE = f" date 2026-01-05 Treaty news\n\nBy Staff\n\n{QUOTE} Vienna hosted the talks.\n"
DECK = """\
deck: treaty
title: The Geneva treaty
sources:
  - id: art
    file: art.txt
    title: Treaty news
questions:
  - id: where
    type: choice
    prompt: "Where was it signed? <script>alert(1)</script> [bold]x[/bold]"
    quote: The treaty was signed by 12 states in Geneva.
    answer: Geneva
    choices: [Geneva, Vienna, "=1+1 Paris", Bern]
    tags: [places]
  - id: signed
    type: true_false
    statement: The treaty was signed.
    quote: The treaty was signed by 12 states in Geneva.
    answer: true
    tags: [facts]
  - id: which
    type: multi
    prompt: Which are cities?
    quote: The treaty was signed by 12 states in Geneva.
    answers: [Geneva, Vienna]
    choices: [Geneva, Vienna, Alps]
    tags: [places]
  - id: how-many
    type: number
    prompt: How many states signed?
    quote: The treaty was signed by 12 states in Geneva.
    answer: 12
    tags: [facts, numbers]
"""
#: The line of each question in DECK (for the flags).
LINES = {"where": 8, "signed": 15, "which": 21, "how-many": 28}
PARIS = "=1+1 Paris"
SKIP = object()

#: Each student's exam answers (None: left unanswered), worked by hand:
#: where, signed, which, how-many -> scores
EXAMS: dict[str, dict[str, object]] = {
    "ana": {"where": "Geneva", "signed": True, "which": ["Geneva", "Vienna"], "how-many": "12"},  # 1 1 1 1
    "bob": {"where": "Geneva", "signed": False, "which": ["Geneva"], "how-many": "12"},  # 1 0 .5 1
    "cy": {"where": "Vienna", "signed": True, "which": ["Geneva", "Alps"], "how-many": "15"},  # 0 1 0 0
    "dee": {"where": PARIS, "signed": True, "which": None, "how-many": "12"},  # 0 1 0 1
    "eve": {"where": "Vienna", "signed": True, "which": ["Alps"], "how-many": None},  # 0 1 0 0
    "fay": {"where": "Geneva", "signed": True, "which": ["Vienna"], "how-many": "15"},  # 1 1 .5 0
}
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def write_deck(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "art.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "treaty.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def take_exam(store: Store, deck, profile: str, answers: dict[str, object], clock: FakeClock) -> None:
    exam = ExamSession.start(store, deck, seed=7, profile=profile, clock=clock)
    for i, question in enumerate(exam.questions):
        exam.show(i)
        clock.advance(10 + 5 * i)  # 10, 15, 20, 25 s on the questions in the exam's order
        response = answers[question.id]
        if response is not None:
            exam.set_response(i, set(response) if isinstance(response, list) else response)
    exam.submit()


def practise(store: Store, deck, profile: str, clock: FakeClock, *, stop_after: int | None = None) -> None:
    """A practice session: everything right, 3 s each; ``stop_after`` answers then abandoned."""
    session = StudySession.start(store, deck, seed=3, profile=profile, clock=clock)
    right = {"where": "Geneva", "signed": True, "which": {"Geneva", "Vienna"}, "how-many": "12"}
    for count in range(session.total):
        if stop_after is not None and count == stop_after:
            session.abandon()
            return
        clock.advance(3)
        session.answer(right[session.current.id])
        session.advance()
    session.finish()


def build_class(root: Path) -> tuple[Path, Path]:
    """The deck folder and a folder of hand-ins: the six exams; ana and bob practised first (ana twice, the
    second one abandoned after 2 answers); ana hands in twice (before and after her exam)."""
    decks = root / "decks"
    deck_path = write_deck(decks)
    deck = load_deck(deck_path).deck
    assert deck is not None
    handins = root / "handins"
    handins.mkdir()
    for number, (profile, answers) in enumerate(sorted(EXAMS.items())):
        data = root / "students" / profile
        clock = FakeClock(T0 + dt.timedelta(hours=number))
        with Store.open(database_path(data)) as store:
            if profile in ("ana", "bob"):
                practise(store, deck, profile, clock)
                if profile == "ana":
                    practise(store, deck, profile, clock, stop_after=2)
                    handin(data, profile, decks, handins / "ana-early.json")
            clock.advance(60)
            take_exam(store, deck, profile, answers, clock)
        handin(data, profile, decks, handins / f"{profile}.json")
    return decks, handins


def handin(data: Path, profile: str, decks: Path, output: Path) -> None:
    code = results_main(["--profile", profile, "--data-dir", str(data), "-o", str(output), str(decks)])
    assert code == 0
