"""The question, feedback and exam screens at 80x24: keys that fit the question, state told by glyph, honest wording."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region

from tests.ui.helpers import build_app, footer_drawn, wait_home
from trainer.ui.screens.exam import ExamScreen
from trainer.ui.screens.exam_results import ExamResultsScreen
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.widgets.answers import MultiAnswer
from trainer.ui.widgets.feedback import Feedback
from trainer.ui.widgets.footer import KeysLine

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

LONG = "A new verification body with inspectors drawn from every signatory state and a budget of its own"
MULTI = f"""\
deck: multi
title: Several answers
questions:
  - id: agreed
    type: multi
    prompt: "Which did the ministers agree on?"
    answers: ["Cuts, by 30 percent, of stockpiles", "A review, in 2027, of the treaty"]
    choices: ["Cuts, by 30 percent, of stockpiles", "A review, in 2027, of the treaty", "{LONG}"]
    explain: "Both were in the communique."
    quote: ''
"""


def write_deck(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    (folder / "deck.yaml").write_text(text, encoding="utf-8")
    return folder


def drawn_lines(widget) -> list[str]:
    """The lines a widget sends to the terminal, as text (what a monochrome terminal shows)."""
    return ["".join(s.text for s in strip if not s.control) for strip in widget.render_lines(Region(0, 0, *widget.region.size))]


def screen_text(app) -> str:
    """The text of every widget that shows (a widget folded away takes no row: it shows nothing)."""
    return "\n".join(str(widget.render()) for widget in app.screen.query("Static") if widget.display and widget.size.height)


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


async def test_what_is_hidden_takes_no_row_no_focus_and_no_key(tmp_path: Path) -> None:
    """The feedback while a question is asked, the hint while the feedback shows, and an answered question's options
    are out of sight (folded to no rows), out of the Tab order, and keys do not reach them."""
    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        feedback, hint = quiz.query_one(Feedback), quiz.query_one("#hint")
        first = quiz.focused
        assert feedback.size.height == 0 and feedback not in quiz.focus_chain
        assert hint.size.height == 1 and "Your answer" not in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        assert quiz.focused is feedback and hint.size.height == 0 and not first.is_attached
        assert first not in quiz.focus_chain and "t/y true" not in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        second = quiz.focused
        assert second is not first and second.parent.size.height == second.outer_size.height > 0
        assert feedback.size.height == 0 and feedback not in quiz.focus_chain and not first.is_attached
        assert hint.size.height == 1 and "Your answer" not in screen_text(app)
        await pilot.press("tab", "f")  # Tab never lands on the folded feedback: f answers False or does nothing
        await pilot.pause()
        assert quiz.focused is not feedback or quiz.outcome is not None


async def test_tab_keeps_the_focus_where_the_answering_keys_work(tmp_path: Path) -> None:
    """Tab or Shift+Tab pressed by habit must not leave the student on a widget where 1-4, t/f and Enter do nothing."""
    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        answer = quiz.focused
        await pilot.press("tab", "shift+tab", "tab")
        await pilot.pause()
        assert quiz.focused is answer
        await pilot.press("f")
        await pilot.pause()
        assert quiz.outcome is not None and quiz.outcome.response_text == "False"
        await pilot.press("tab", "enter")  # and Enter still moves on from the feedback
        await pilot.pause()
        assert quiz.session.index == 1 and quiz.outcome is None


async def test_ticked_and_unticked_options_differ_by_glyph_and_long_choices_hang(tmp_path: Path) -> None:
    app = build_app(tmp_path, [write_deck(tmp_path, MULTI)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        widget = app.screen.query_one(MultiAnswer)
        options = list(widget.labels)
        await pilot.press(str(options.index("A review, in 2027, of the treaty") + 1))
        await pilot.pause()
        lines = drawn_lines(widget)
        review = next(line for line in lines if "A review" in line)
        cuts = next(line for line in lines if "Cuts, by" in line)
        assert "[x]" in review and "[ ]" in cuts
        first = next(i for i, line in enumerate(lines) if "A new verification" in line)
        assert "[ ]" in lines[first]
        # The wrapped part of a long choice starts under the choice's text, not under its box or number.
        column = lines[first].index("A new")
        assert lines[first + 1][:column].strip(" ▊") == "" and lines[first + 1][column] != " "
        await pilot.press("space")  # Space toggles the highlighted option: the one just ticked
        await pilot.pause()
        assert widget.selected == []
        assert "[ ]" in next(line for line in drawn_lines(widget) if "A review" in line)


async def footer_keys(pilot) -> list[str]:
    return [str(key.render()).strip() for key in await footer_drawn(pilot)]


async def exam_footer_then_enter(tmp_path: Path, deck_text: str) -> ExamScreen:
    """Open an exam on the deck's one question: the footer says Enter saves and shows ^s Submit; then 1, Enter."""
    app = build_app(tmp_path, [write_deck(tmp_path, deck_text)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        app.start_exam(app.decks[0].deck, time_limit=None)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExamScreen)
        keys = await footer_keys(pilot)
        assert "⏎ Save answer" in keys and "^s Submit" in keys and "? Keys" in keys
        assert "⏎ Submit" not in keys
        await pilot.press("1", "enter")
        await pilot.pause()
        assert screen.in_progress  # Enter saved the answer; it did not submit the exam
        return screen


async def test_exam_footer_says_enter_saves_and_shows_the_submit_key(tmp_path: Path) -> None:
    screen = await exam_footer_then_enter(tmp_path, MULTI)
    assert screen.session.response(0) == [screen.session.show(0).options[0]]


async def test_practice_footer_does_not_offer_save_answer(tmp_path: Path) -> None:
    app = build_app(tmp_path, [write_deck(tmp_path, MULTI)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert not any("Save answer" in key for key in await footer_keys(pilot))
        await pilot.press("1", "enter")  # Enter submits in practice
        await pilot.pause()
        assert app.screen.outcome is not None


ORDER = """\
deck: order
title: Order
questions:
  - id: speakers
    type: order
    prompt: "In what order did the speakers speak?"
    items: [Norway, Chile, Japan, Kenya]
    quote: ''
"""


async def test_order_feedback_names_the_rule_its_score_follows(tmp_path: Path) -> None:
    import re

    app = build_app(tmp_path, [write_deck(tmp_path, ORDER)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        if list(screen.session.presentation.items) == ["Norway", "Chile", "Japan", "Kenya"]:
            await pilot.press("down", "shift+up")  # never submit the right order: the note is for a partial one
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        found = re.search(r"(\d) of 6 pairs of items in the right order", text)
        assert found, text
        in_order = int(found.group(1))
        assert screen.outcome.grade.score == in_order / 6
        assert "in the right place" not in text


async def test_unsourced_feedback_offers_no_source_key(tmp_path: Path) -> None:
    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert screen.outcome is not None
        assert "s: read the source" not in screen_text(app)
        assert screen.query_one(KeysLine).is_enabled("source") is False  # shown dimmed, as Skip: not offered
        await pilot.press("s")
        await pilot.pause()
        assert app.screen is screen  # nothing to open


async def test_sourced_feedback_offers_the_source_key(tmp_path: Path) -> None:
    from tests.ui.helpers import SMALL, right_keys, send

    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        await send(pilot, right_keys(screen.session))
        assert "s: read the source" in screen_text(app)
        assert screen.query_one(KeysLine).is_enabled("source") is True


async def submit_exam(app, pilot) -> ExamResultsScreen:
    await wait_home(app, pilot)
    app.start_exam(app.decks[0].deck, time_limit=None)
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    await pilot.press("y")
    await pilot.pause()
    assert isinstance(app.screen, ExamResultsScreen)
    return app.screen


async def test_exam_results_show_explanations_and_open_the_chosen_questions_source(tmp_path: Path) -> None:
    from tests.ui.helpers import SMALL
    from trainer.ui.screens.exam_results import ResultBlock
    from trainer.ui.screens.source import SourceScreen

    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await submit_exam(app, pilot)
        assert "The article is dated October 2025, so September is September 2025." in screen_text(app)
        blocks = list(screen.query(ResultBlock))
        assert app.focused is blocks[0]
        await pilot.press("down", "down")
        await pilot.pause()
        assert app.focused is blocks[2]
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        assert blocks[2].result.quote in app.screen.quotes
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_exam_results_of_unsourced_questions_offer_no_source(tmp_path: Path) -> None:
    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE)])
    async with app.run_test(size=SIZE) as pilot:
        screen = await submit_exam(app, pilot)
        source_key = next(key for key in screen.query("FooterKey") if key.action == "source")
        assert source_key.has_class("-disabled")
        await pilot.press("s")
        await pilot.pause()
        assert app.screen is screen


async def test_quiz_header_cuts_a_long_title_with_an_ellipsis(tmp_path: Path) -> None:
    long_title = "A rather long deck title that will certainly not fit in the quiz header at eighty columns"
    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE.replace("title: True or false", f"title: {long_title}"))])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        (header,) = drawn_lines(app.screen.query_one("#quiz-status"))
        assert header.rstrip().endswith("…") and "question 1/2" in header


async def test_submitting_an_exam_with_one_question_open_says_it_counts_as_wrong(tmp_path: Path) -> None:
    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        app.start_exam(app.decks[0].deck, time_limit=None)
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "1 of 2 questions is not answered: it counts as wrong." in text


async def test_several_answers_are_shown_apart_from_the_commas_inside_them(tmp_path: Path) -> None:
    app = build_app(tmp_path, [write_deck(tmp_path, MULTI)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        options = list(app.screen.query_one(MultiAnswer).labels)
        await pilot.press(str(options.index("Cuts, by 30 percent, of stockpiles") + 1))
        await pilot.press(str(options.index("A review, in 2027, of the treaty") + 1), "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Cuts, by 30 percent, of stockpiles · A review, in 2027, of the treaty" in text
        assert "Both were in the communique." in text


async def test_help_lists_the_letters_and_what_enter_does_in_an_exam(tmp_path: Path) -> None:
    from trainer.ui.screens.help import HelpScreen

    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert ("t / f (or y / n)", "true or false") in app.screen.keys
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.outcome is None  # ? and Esc answered nothing
        app.start_exam(app.decks[0].deck, time_limit=None)
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        keys = dict(app.screen.keys)
        assert keys["Enter"].startswith("save this answer") and keys["Ctrl+S"].startswith("submit the whole exam")


MATCH = """\
deck: pairs
title: Pairs
questions:
  - id: arsenals
    type: match
    prompt: "Match each country to its warheads."
    pairs: {Russia: "5,459", China: "600"}
    distractors: ["5,177"]
    quote: ''
"""


async def test_exam_footer_on_a_match_question_says_enter_saves(tmp_path: Path) -> None:
    screen = await exam_footer_then_enter(tmp_path, MATCH)
    assert screen.session.response(0) is not None, "Enter saved the partial match"


async def test_an_answer_is_committed_before_its_feedback_is_first_drawn(tmp_path: Path, monkeypatch) -> None:
    """What a kill -9 the moment the verdict shows would find: the answer, read by another connection from the
    file when the feedback draws its first line (its disk flush may come after the frame, never the commit)."""
    import sqlite3

    from trainer.ui.widgets.feedback import Feedback

    app = build_app(tmp_path, [write_deck(tmp_path, TRUE_FALSE)])
    found: list[int] = []
    real = Feedback.render_line

    def render_line(self, y):
        if self.view is not None and not found:
            with sqlite3.connect(app.settings.database) as other:
                found.append(other.execute("SELECT count(*) FROM answers").fetchone()[0])
        return real(self, y)

    monkeypatch.setattr(Feedback, "render_line", render_line)
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert "Your answer" in str(app.screen.query_one(Feedback).render())
    assert found == [1]
