"""Exams in the real app: answers saved without verdicts, changed, submitted (or timed out), then every result shown."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from tests.ui.helpers import (
    SIZE, SMALL, Typed, build_app, order_keys, right_keys, screen_becomes, send, toasts, wait_home, wrong_keys,
)
from trainer.deck.grading import format_response, grade
from trainer.study.exam import ExamSession
from trainer.ui.screens.confirm import ConfirmScreen
from trainer.ui.screens.exam import ExamScreen, clock_text, navigator
from trainer.ui.screens.exam_results import ExamResultsScreen
from trainer.ui.screens.home import HomeScreen
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.screens.resume import ResumeScreen
from trainer.ui.widgets.answers import ChoiceAnswer, MultiAnswer, OrderAnswer
from trainer.ui.widgets.match import MatchAnswer


@dataclass
class At:
    """Question ``index`` of an exam, shaped like a session for the key helpers (``.current``, ``.presentation``)."""

    exam: ExamSession
    index: int

    @property
    def current(self):
        return self.exam.questions[self.index]

    @property
    def presentation(self):
        return self.exam.presentation(self.index)


def here(screen: ExamScreen) -> At:
    return At(screen.session, screen.index)


def right_keys_now(screen: ExamScreen) -> list:
    """Keys that make the shown question right, starting from what its widget shows (a restored answer too)."""
    at = here(screen)
    widget = screen.query_one("#answer")
    if at.presentation.kind == "multi":
        wanted = {at.presentation.options.index(a) for a in at.current.answers}
        return [str(i + 1) for i in sorted(wanted ^ set(widget.selected))] + ["enter"]
    if at.presentation.kind == "order":
        return order_keys(list(widget.items), list(at.current.items))
    return right_keys(at)


def widget_shows_saved(screen: ExamScreen) -> bool:
    """Whether the answer widget shows the saved response (the chosen option, the ticks, the order, the text)."""
    widget = screen.query_one("#answer")
    response = screen.session.response(screen.index)
    if isinstance(widget, ChoiceAnswer):
        return widget.values[widget.highlighted] == response
    if isinstance(widget, MultiAnswer):
        return {widget.labels[i] for i in widget.selected} == set(response)
    if isinstance(widget, OrderAnswer):
        return widget.items == list(response)
    if isinstance(widget, MatchAnswer):
        return widget.response() == response
    return widget.value == response


def screen_text(app) -> str:
    return "\n".join(str(widget.render()) for widget in app.screen.query("Static"))


async def start_exam(app, pilot, time_limit: float | None = None) -> ExamScreen:
    await wait_home(app, pilot)
    app.start_exam(app.decks[0].deck, time_limit=time_limit)
    await pilot.pause()
    assert isinstance(app.screen, ExamScreen)
    return app.screen


def is_right(at: At) -> bool:
    return bool(grade(at.current, at.exam.response(at.index)).correct)


async def test_answer_change_and_submit_shows_every_result(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        total = exam.total
        assert f"question 1/{total}" in screen_text(app) and f"answered 0/{total}" in screen_text(app)
        for i in range(4):
            assert screen.index == i
            await send(pilot, right_keys(here(screen)) if i < 3 else wrong_keys(here(screen)))
        assert screen.index == 4 and exam.answered_count == 4
        text = screen_text(app)
        assert f"answered 4/{total}" in text
        assert "●●●●▶○" in text  # the navigator: four answered, the current one, the rest to do
        assert "✓" not in text and "✗" not in text and "Right answer" not in text  # no feedback before submitting
        assert not app.store.answers(exam.session_id)

        await send(pilot, ["pageup"])
        assert screen.index == 3 and not is_right(here(screen))
        shown = format_response(here(screen).current, exam.response(3))
        assert f"Saved answer: {shown}" in screen_text(app)  # the wrong answer comes back with the question
        assert widget_shows_saved(screen)
        await send(pilot, right_keys_now(screen))
        assert screen.index == 4 and is_right(At(exam, 3))
        question = exam.questions[3]
        saved = app.store.exam_responses(exam.session_id)[(app.decks[0].deck.deck, question.id)][0]
        assert grade(question, saved).correct

        await send(pilot, ["ctrl+s"])
        assert isinstance(app.screen, ConfirmScreen)
        assert f"{total - 4} of {total} questions are not answered" in screen_text(app)
        await send(pilot, ["y"])
        assert isinstance(app.screen, ExamResultsScreen)
        text = screen_text(app)
        assert f"Score 4 / {total}" in text
        assert f"4 right, 0 partly right, 0 wrong, {total - 4} not answered" in text
        assert len(app.screen.query(".exam-result")) == total
        for number, question in enumerate(exam.questions, 1):
            assert question.question_text() in text
        assert "1. ✓ Right" in text and f"{total}. ○ Not answered" in text
        assert "Time ran out" not in text

        record = app.store.session(exam.session_id)
        stored = app.store.answers(exam.session_id)
        assert record.status == "completed" and len(stored) == total
        assert sum(a.correct for a in stored) == 4 and sum(a.skipped for a in stored) == total - 4

        await send(pilot, ["r"])  # practise the missed ones
        assert isinstance(app.screen, QuizScreen) and app.screen.session.total == total - 4


async def test_last_answer_wraps_to_the_first_unanswered(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        await send(pilot, right_keys(here(screen)))
        await send(pilot, ["pageup", "pageup"])  # from question 2 back round to the last
        assert screen.index == screen.session.total - 1
        await send(pilot, right_keys(here(screen)))
        assert screen.index == 1


def valid_response(at: At) -> object:
    """Some response the core accepts for the question (right or wrong does not matter here)."""
    presentation, question = at.presentation, at.current
    if presentation.kind == "single":
        return True if question.type == "true_false" else presentation.options[-1]
    if presentation.kind == "multi":
        return [presentation.options[-1]]
    if presentation.kind == "order":
        return list(reversed(presentation.items))
    if presentation.kind == "match":
        return {item: presentation.options[-1] for item in presentation.items}
    return {"number": "12,345", "date": "1901"}.get(question.type, "zzzz qqqq")


async def test_every_kind_of_answer_comes_back_in_its_widget(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        first_of_kind = {}
        for i, question in enumerate(exam.questions):
            first_of_kind.setdefault(question.type, i)
        assert len(first_of_kind) == 9
        for i in first_of_kind.values():
            exam.set_response(i, valid_response(At(exam, i)))
        for i in first_of_kind.values():
            await screen.show_question(i)  # what PageUp/PageDown do
            await pilot.pause()
            assert widget_shows_saved(screen), exam.questions[i].id


async def test_when_everything_is_answered_the_last_question_stays(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        for i in range(exam.total - 1):
            exam.set_response(i, valid_response(At(exam, i)))
        await send(pilot, ["pageup"])  # wraps round to the last question, the only one open
        assert screen.index == exam.total - 1
        await send(pilot, wrong_keys(here(screen)))
        assert exam.answered_count == exam.total and screen.index == exam.total - 1
        assert "All questions are answered" in str(screen.query_one("#hint").render())


async def test_invalid_typed_answer_stays_with_a_hint(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        while here(screen).current.type not in ("number", "date"):
            await send(pilot, ["pagedown"])
        index = screen.index
        await send(pilot, [Typed("not a figure"), "enter"])
        assert screen.index == index and screen.session.answered_count == 0
        assert "⚠" in str(screen.query_one("#hint").render())


async def test_time_up_submits_by_itself(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot, time_limit=60)
        assert "⏱ 01:00 left" in screen_text(app)
        await send(pilot, right_keys(here(screen)))
        app.clock.advance(61)
        screen.tick_clock()
        await pilot.pause()
        assert isinstance(app.screen, ExamResultsScreen)
        assert app.screen.report.timed_out
        text = screen_text(app)
        assert "Time ran out" in text and f"Score 1 / {screen.session.total}" in text
        assert app.store.session(screen.session.session_id).status == "completed"


async def test_answering_after_the_time_is_up_submits(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot, time_limit=60)
        app.clock.advance(120)  # the timer has not fired yet: the answer itself finds the time is over
        await send(pilot, right_keys(here(screen)))
        assert await screen_becomes(pilot, ExamResultsScreen)
        assert app.screen.report.timed_out and app.screen.report.summary.score == 0


async def test_leave_keeps_the_exam_resumable_with_its_answers(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot, time_limit=600)
        exam = screen.session
        await send(pilot, right_keys(here(screen)))
        await send(pilot, ["escape"])
        assert isinstance(app.screen, ConfirmScreen)
        assert "clock keeps running" in screen_text(app)
        await send(pilot, ["n"])
        assert app.screen is screen
        await send(pilot, ["escape", "y"])
        assert isinstance(app.screen, HomeScreen)
        records = app.store.resumable_sessions("tester")
        assert [r.id for r in records] == [exam.session_id] and records[0].status == "interrupted"

        app.resume_exam(ExamSession.resume(app.store, records[0], app.usable_decks(), app.clock))
        await pilot.pause()
        resumed = app.screen
        assert isinstance(resumed, ExamScreen) and resumed.index == 1  # the first question still open
        await send(pilot, ["pageup"])
        shown = format_response(exam.questions[0], resumed.session.response(0))
        assert f"Saved answer: {shown}" in screen_text(app)
        assert widget_shows_saved(resumed)


async def test_quit_during_an_exam_confirms(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        await send(pilot, right_keys(here(screen)))
        await send(pilot, ["ctrl+q"])
        assert isinstance(app.screen, ConfirmScreen) and "Quit trainer?" in screen_text(app)
        await send(pilot, ["y"])
    assert app.store.session(screen.session.session_id).status == "interrupted"


def test_navigator_fits_80_columns():
    forty = navigator(set(range(12)), 40, 12)
    assert forty.cell_length <= 78 and "answered" in forty.plain  # the legend fits too
    assert forty.plain.count("●") == 12 + 1 and "▶" in forty.plain  # 12 answered, plus the legend's symbol
    long = navigator(set(), 200, 150)
    assert long.cell_length <= 78 and long.plain.startswith("‹") and "›" in long.plain
    assert clock_text(61.2) == "01:02" and clock_text(3600) == "1:00:00" and clock_text(-3) == "00:00"


# -- answers given but never confirmed with Enter -------------------------------------------------


async def go_to(screen: ExamScreen, pilot, kind: str) -> int:
    """PgDn until a question of this kind (presentation kind, or question type) is shown; returns its index."""
    for _ in range(screen.session.total):
        at = here(screen)
        if kind in (at.presentation.kind, at.current.type):
            return screen.index
        await send(pilot, ["pagedown"])
    raise AssertionError(f"no {kind} question in the exam")


def stored(app, exam: ExamSession, index: int) -> object:
    """The response the store holds for question ``index`` (what a resumed exam gets back)."""
    question = exam.questions[index]
    saved = app.store.exam_responses(exam.session_id)
    return saved[(app.decks[0].deck.deck, question.id)][0] if (app.decks[0].deck.deck, question.id) in saved else None


async def test_typed_answer_is_kept_when_moving_without_enter(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        await send(pilot, ["down"])  # a highlighted option is not a choice: nothing to keep
        index = await go_to(screen, pilot, "number")
        assert exam.answered_count == 0  # passing untouched questions saves nothing
        await send(pilot, [Typed("600"), "pagedown"])
        assert screen.index == (index + 1) % exam.total
        assert exam.response(index) == "600" and stored(app, exam, index) == "600"
        await send(pilot, ["pageup"])
        assert screen.index == index and screen.query_one("#answer").value == "600"
        assert "Saved answer: 600" in screen_text(app)
        await send(pilot, ["pagedown", "pageup"])  # unchanged: still the same, nothing new
        assert exam.response(index) == "600" and exam.answered_count == 1


async def test_unconfirmed_invalid_answer_keeps_the_student_on_the_question(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        index = await go_to(screen, pilot, "number")
        await send(pilot, [Typed("not a figure"), "pagedown"])
        assert screen.index == index and screen.session.answered_count == 0
        hint = str(screen.query_one("#hint").render())
        assert "⚠ Not saved" in hint and "clear it" in hint
        assert screen.query_one("#answer").value == "not a figure"  # not lost either
        await send(pilot, ["ctrl+s"])
        assert app.screen is screen and screen.index == index  # no submit question over a bad answer
        await send(pilot, [Typed(""), "pagedown"])  # cleared: moving on is fine
        assert screen.index == (index + 1) % screen.session.total and screen.session.answered_count == 0


async def test_ticks_are_kept_when_moving_without_enter(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        index = await go_to(screen, pilot, "multi")
        options = here(screen).presentation.options
        await send(pilot, ["1", "2", "pageup"])
        assert screen.index == (index - 1) % exam.total
        assert exam.response(index) == [options[0], options[1]] == stored(app, exam, index)
        await send(pilot, ["pagedown"])
        assert screen.index == index and widget_shows_saved(screen)
        await send(pilot, ["2", "3", "pagedown"])  # change the ticks, again without Enter
        assert sorted(exam.response(index)) == sorted([options[0], options[2]])


async def test_a_moved_order_is_kept_when_moving_without_enter(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        index = await go_to(screen, pilot, "order")
        shown = list(here(screen).presentation.items)
        await send(pilot, ["pagedown", "pageup"])  # untouched: the presented order is no answer
        assert screen.index == index and exam.response(index) is None
        swapped = [shown[1], shown[0], *shown[2:]]
        await send(pilot, ["down", "left_square_bracket", "pagedown"])
        assert exam.response(index) == swapped == stored(app, exam, index)
        await send(pilot, ["pageup"])
        assert screen.index == index and widget_shows_saved(screen)
        await send(pilot, ["down", "left_square_bracket", "pagedown"])  # back to the presented order: a change too
        assert exam.response(index) == shown


async def test_submit_keeps_the_unconfirmed_answer(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        index = await go_to(screen, pilot, "number")
        keys = right_keys(here(screen))
        assert keys[-1] == "enter"
        await send(pilot, [*keys[:-1], "ctrl+s"])  # the right figure typed, never confirmed
        assert isinstance(app.screen, ConfirmScreen)
        assert f"{exam.total - 1} of {exam.total} questions are not answered" in screen_text(app)
        await send(pilot, ["y"])
        assert isinstance(app.screen, ExamResultsScreen)
        assert app.screen.report.results[index].correct
        assert f"Score 1 / {exam.total}" in screen_text(app)


async def test_time_up_keeps_the_unconfirmed_answer(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot, time_limit=60)
        exam = screen.session
        index = await go_to(screen, pilot, "number")
        await send(pilot, right_keys(here(screen))[:-1])
        app.clock.advance(50)
        screen.tick_clock()
        assert exam.response(index) is None  # long before the end nothing is saved behind the student's back
        app.clock.advance(8)
        screen.tick_clock()  # the last seconds: what the field holds is saved while it still can be
        assert exam.response(index) is not None
        app.clock.advance(3)
        screen.tick_clock()
        await pilot.pause()
        assert isinstance(app.screen, ExamResultsScreen) and app.screen.report.timed_out
        assert app.screen.report.results[index].correct


async def test_a_timer_that_jumps_past_the_deadline_still_keeps_the_unconfirmed_answer(tmp_path):
    """E.g. the laptop slept through the last seconds: the core takes responses a few seconds late."""
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot, time_limit=60)
        index = await go_to(screen, pilot, "number")
        await send(pilot, right_keys(here(screen))[:-1])
        app.clock.advance(62)
        screen.tick_clock()
        await pilot.pause()
        assert isinstance(app.screen, ExamResultsScreen) and app.screen.report.timed_out
        assert app.screen.report.results[index].correct


async def test_time_up_drops_an_invalid_unconfirmed_answer(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot, time_limit=60)
        index = await go_to(screen, pilot, "number")
        await send(pilot, [Typed("not a figure")])
        app.clock.advance(58)
        screen.tick_clock()
        app.clock.advance(3)
        screen.tick_clock()
        await pilot.pause()
        assert isinstance(app.screen, ExamResultsScreen)
        assert app.screen.report.results[index].skipped


async def test_leaving_keeps_the_unconfirmed_answer_and_continue_counts_it(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_exam(app, pilot)
        exam = screen.session
        await send(pilot, right_keys(here(screen)))
        index = await go_to(screen, pilot, "number")
        await send(pilot, [Typed("600"), "escape"])
        assert "Your 2 answers are kept" in screen_text(app)
        await send(pilot, ["y"])
        assert isinstance(app.screen, HomeScreen) and stored(app, exam, index) == "600"

        await send(pilot, ["c"])
        assert isinstance(app.screen, ResumeScreen)
        label = str(app.screen.query_one("#resume-list").get_option_at_index(0).prompt)
        assert f"exam · 2/{exam.total} saved" in label and "answered" not in label


async def test_discarding_a_session_with_a_markup_like_title(tmp_path):
    app = build_app(tmp_path, [SMALL])
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # toasts shown: a markup error would raise
        screen = await start_exam(app, pilot)
        await send(pilot, right_keys(here(screen)))
        await send(pilot, ["escape", "y"])
        record = app.store.resumable_sessions("tester")[0]
        app.push_screen(ResumeScreen([dataclasses.replace(record, deck_title="[/b] x")]))
        await pilot.pause()
        assert "[/b] x" in str(app.screen.query_one("#resume-list").get_option_at_index(0).prompt)
        await send(pilot, ["x", "y"])
        assert isinstance(app.screen, HomeScreen)
        assert any("Discarded: [/b] x" in message for message in toasts(app))  # drawn literally, not as markup
        assert app.store.session(record.id).status == "abandoned"


async def _exam_on_screen(pilot) -> None:
    await wait_home(pilot.app, pilot)
    pilot.app.start_exam(pilot.app.decks[0].deck, time_limit=900)
    await pilot.pause()
    await send(pilot, right_keys(here(pilot.app.screen)))


def test_exam_snapshot(snap_compare, tmp_path):
    assert snap_compare(build_app(tmp_path), terminal_size=(80, 24), run_before=_exam_on_screen)
