"""The feedback shows the passage a quote was cut from: the sentences around it, the quote set apart, all literal."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region

from tests.ui.helpers import SIZE, build_app, send, wait_home
from trainer.ui.screens.quiz import QuizScreen
from trainer.ui.widgets.feedback import Feedback
from trainer.ui.widgets.quote import find_passage, quote_content

# The quote is cut from the middle of the second sentence of a paragraph; the paragraph is hard-wrapped and
# holds markup and an escape sequence, which must be shown as they are, never acted on.
ARTICLE = """\
2025-10-16 Talks in Geneva

The delegations met on Monday. Officials said the [bold]draft[/bold] would
never cover missiles that target other countries, a point both sides accepted
without debate. Talks resume in \x1b]0;pwned\x07 spring.

A second paragraph says nothing of the draft.
"""

DECK = """\
deck: passage
title: Passage
sources:
  - id: geneva
    file: article.txt
    title: Talks in Geneva
    outlet: Test
    published: 2025-10-16
questions:
  - id: cover
    type: true_false
    statement: The draft covers missiles aimed at other countries.
    answer: false
    source: geneva
    quote: "would never cover missiles that target other countries"
"""


def deck_folder(tmp_path: Path) -> Path:
    """The test deck and its article in a folder of their own."""
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "deck.yaml").write_text(DECK, encoding="utf-8")
    return folder


async def test_feedback_shows_the_passage_around_a_quote_cut_from_mid_paragraph(tmp_path: Path) -> None:
    app = build_app(tmp_path, [deck_folder(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await send(pilot, ["f"])
        feedback = app.screen.query_one("#feedback", Feedback)
        shown = str(feedback.render())
        # the whole sentence, lines joined: what comes before the quote, the quote set apart, what follows
        passage = (
            "Officials said the [bold]draft[/bold] would never cover missiles that target other countries, "
            "a point both sides accepted without debate."
        )
        assert passage in shown
        assert emphasised(feedback.render()) == ["would never cover missiles that target other countries"]
        assert "The delegations met on Monday" not in shown  # the sentence before is not the passage
        assert "— Talks in Geneva" in shown
        assert "\x1b" not in shown
        # as drawn: the same words in a block, each of its lines behind the bar at its margin, the citation last
        drawn = [line.rstrip() for line in drawn_lines(feedback)]
        block = [line for line in drawn if line.startswith("█ ")]
        assert " ".join(line[2:] for line in block[:-1]) == passage
        assert block[-1] == "█ — Talks in Geneva, Test, 2025-10-16"
        assert "✓ Right (+1)" in drawn[1] and not any("\x1b" in line for line in drawn)


def drawn_lines(widget) -> list[str]:
    """The widget's lines as the terminal shows them."""
    lines = widget.render_lines(Region(0, 0, *widget.region.size))
    return ["".join(segment.text for segment in strip if not segment.control) for strip in lines]


def emphasised(content) -> list[str]:
    """The pieces of a quote block drawn in the quote's style (italic): the quoted words."""
    return [content.plain[span.start:span.end] for span in content.spans if span.style == "italic"]


def test_words_the_article_reports_get_no_quotation_marks_its_quotations_keep_theirs() -> None:
    """Marks around reported words would put them in a mouth; a quotation keeps the article's own marks, no more."""
    reported = find_passage("Putin proposed extending", "In May, President Vladimir Putin proposed extending it.")
    assert reported is not None
    content = quote_content("q", "S", reported)
    assert content.plain.startswith("In May, President Vladimir Putin proposed extending it.")
    assert emphasised(content) == ["Putin proposed extending"]
    cut = find_passage("we will never", "Lavrov said: “we will never accept it,” and left.")
    assert cut is not None and quote_content("q", "S", cut).plain.startswith("Lavrov said: “we will never accept it,”")
    assert emphasised(quote_content("q", "S", cut)) == ["we will never"]


def test_a_passage_keeps_the_words_an_ellipsis_leaves_out_apart_and_shows_control_characters() -> None:
    text = "Intro. Lavrov said Moscow will never form alliances that target \x1b[2J other countries, he said. End."
    passage = find_passage("Moscow will never form ... that target \x1b[2J other countries", text)
    assert passage is not None
    shown = quote_content("q", "A source", passage).plain
    assert shown == (
        "Lavrov said Moscow will never form [alliances] that target ␛[2J other countries, he said.\n— A source"
    )
    assert find_passage("a quote the article never says", text) is None
    assert quote_content("a quote", "A source", None).plain == "“a quote”\n— A source"


async def test_a_passage_found_after_the_answer_is_put_in_then(tmp_path: Path, monkeypatch) -> None:
    """A long article may still be searched when the student answers: the quote shows at once, its passage after."""
    import threading

    from trainer.ui.widgets import quote as quote_module

    release = threading.Event()
    real = quote_module.find_passage

    def slow(quote: str, text: str):
        release.wait(10)
        return real(quote, text)

    monkeypatch.setattr(quote_module, "find_passage", slow)
    app = build_app(tmp_path, [deck_folder(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await send(pilot, ["f"])
        feedback = app.screen.query_one("#feedback", Feedback)
        assert "\n\n“would never cover missiles that target other countries”\n— Talks" in str(feedback.render())
        release.set()
        for _ in range(50):
            await pilot.pause(0.02)
            if "Officials said" in "\n".join(drawn_lines(feedback)):
                break
        assert "█ Officials said the [bold]draft[/bold] would never cover" in "\n".join(drawn_lines(feedback))
        assert "✓ Right (+1)" in str(feedback.render())  # kept


def test_a_quotation_the_passage_cuts_into_gets_its_missing_mark_at_the_edge() -> None:
    text = 'He spoke. “We respect it. China has its own stance.” Then he left. “Talks are over,” he said.'
    whole = find_passage("We respect it. China has its own stance.", text)
    assert quote_content("q", "S", whole).plain.startswith("“We respect it. China has its own stance.”\n")
    to_the_end = find_passage("China has its own stance.", text)
    assert quote_content("q", "S", to_the_end).plain.startswith("“China has its own stance.”\n")  # one sentence
    head = find_passage("We respect it.", text)
    assert quote_content("q", "S", head).plain.startswith("“We respect it.”\n")
    inside = find_passage("Talks are over", text)
    assert quote_content("q", "S", inside).plain.startswith("“Talks are over,” he said.\n")


async def test_the_feedback_is_drawn_ahead_and_redrawn_when_the_terminal_or_theme_changes(tmp_path: Path) -> None:
    """The key that answers draws only the verdict and answers; the rest, drawn while the question was asked, still
    fits the terminal after a resize and takes the colours of a new theme."""
    from textual.color import Color

    from trainer.ui.widgets import feedback as feedback_module

    drawn_on_key: list[int] = []
    real = feedback_module.Feedback._draw_proof

    def counting(self, proof, width):
        drawn_on_key.append(width)
        return real(self, proof, width)

    app = build_app(tmp_path, [deck_folder(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_home(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause(0.1)  # the question is out: its passage found, its feedback drawn ahead
        feedback_module.Feedback._draw_proof = counting
        try:
            await send(pilot, ["f"])
        finally:
            feedback_module.Feedback._draw_proof = real
        assert drawn_on_key == []
        feedback = app.screen.query_one("#feedback", Feedback)

        def block_text() -> str:
            return " ".join(line.rstrip()[2:] for line in drawn_lines(feedback) if line.startswith("█ "))

        at_80 = drawn_lines(feedback)
        assert all(len(line) == feedback.content_size.width for line in at_80)
        assert "Officials said the [bold]draft[/bold] would never cover missiles" in block_text()
        assert at_80[-1].rstrip() == "Enter: see the summary · s: read the source"

        await pilot.resize_terminal(60, 24)
        await pilot.pause()
        at_60 = drawn_lines(feedback)
        assert len(at_60) > len(at_80) and all(len(line) == feedback.content_size.width <= 58 for line in at_60)
        assert "Officials said the [bold]draft[/bold] would never cover missiles" in block_text()

        def bar_colour() -> Color:
            strip = feedback.render_lines(feedback.region.reset_offset)[next(
                y for y, line in enumerate(drawn_lines(feedback)) if line.startswith("█ ")
            )]
            return Color.from_rich_color(next(segment for segment in strip if segment.text == "█").style.color)

        before = bar_colour()
        app.theme = "nord" if app.theme != "nord" else "dracula"
        await pilot.pause()
        assert bar_colour() != before
        assert bar_colour() == Color.parse(app.theme_variables["accent"])
