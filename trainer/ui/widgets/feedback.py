"""What the student sees after answering: the verdict, both answers, the explanation and the proof.

:class:`Feedback` is one widget that draws it all, filled in place for every answer. Most of what it
shows is known before the answer: the explanation and the source quote in its passage, which take
most of the work of drawing (wrapping, styling). The quiz hands them over with :meth:`Feedback.prepare`
while the question is on screen, and they are drawn into lines then, at the widths the feedback may
have, with the lines of the verdict known ahead too (the right answer, "✓ Right", "✗ Wrong"). The key
that answers draws at most the student's answer and a note, and the whole feedback appears in the very
next frame. Three widgets (text, quote, their container) cost three times over in every layout and
repaint; mounting any would take several frames.

What :meth:`Feedback.render` returns is the feedback's text as ``Content``; what is drawn is the same
text with the quote set in a block (a bar at its margin, a tinted background, as ``QuoteBlock``) and,
last, what the keys do now.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rich.segment import Segment
from textual import events
from textual.color import Color
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widgets import Static

from trainer.textsafe import visible
from trainer.ui.format import points
from trainer.ui.frames import KeptLines
from trainer.ui.widgets.fold import Folding
from trainer.ui.widgets.quote import Passage, quote_content

#: The look of the line that says what the keys do now (as the question's hint line).
KEYS_STYLE = "$text-muted"
#: The verdict's look by its CSS class (the names the exam results use as classes).
VERDICT_STYLES = {"right": "bold $text-success", "wrong": "bold $text-error", "partial": "bold $text-warning"}


def verdict(score: float, correct: bool, skipped: bool) -> tuple[str, str]:
    """A symbol-and-word verdict (readable without colour) and its CSS class."""
    if skipped:
        return "↷ Skipped (counts as wrong)", "wrong"
    if correct:
        return f"✓ Right (+{points(score)})", "right"
    if score > 0:
        return f"◐ Partly right (+{points(score)} of 1)", "partial"
    return "✗ Wrong (+0)", "wrong"


@dataclass(frozen=True)
class FeedbackView:
    """Everything the feedback shows about one answer."""

    score: float
    correct: bool
    skipped: bool
    response_text: str
    right_answer: str
    note: str
    explain: str | None
    quote: str
    citation: str
    #: The passage the quote was cut from, when it has been found (None: the quote alone).
    passage: Passage | None = None
    #: What the keys do now, under it all ("Enter: next question · s: read the source").
    keys: str = ""


def verdict_content(view: FeedbackView) -> Content:
    """Verdict, a blank line, your answer, the right answer and the note: what the answer decides."""
    return Content("\n").join(verdict_lines(view))


def verdict_lines(view: FeedbackView) -> list[Content]:
    """:func:`verdict_content` line by line, so that each line may be drawn on its own (those known ahead, ahead)."""
    text, css = verdict(view.score, view.correct, view.skipped)
    lines = [
        Content.styled(text, VERDICT_STYLES[css]),
        Content(""),
        your_answer_line(view.response_text),
        right_answer_line(view.right_answer),
    ]
    if view.note:
        lines.append(Content.styled(visible(view.note), "italic $foreground-muted"))
    return lines


def your_answer_line(response: str) -> Content:
    return Content(f"Your answer:  {visible(response) or '—'}")


def right_answer_line(answer: str) -> Content:
    """The line of the verdict that says the right answer (known before the question is answered)."""
    return Content.styled(f"Right answer: {visible(answer)}", "$text-success")


def feedback_content(view: FeedbackView) -> Content:
    """Verdict, a blank line, your answer, the right answer, the note, and after a blank line the explanation."""
    if view.explain:
        return Content.assemble(verdict_content(view), "\n\n", visible(view.explain))
    return verdict_content(view)


@dataclass(frozen=True)
class Proof:
    """What the feedback shows under the answers, known before the question is answered."""

    explain: str | None
    quote: str
    citation: str
    passage: Passage | None = None
    keys: str = ""
    #: The right answer, whose line is drawn ahead with the two verdicts most answers get (right, wrong).
    right_answer: str = field(default="", compare=False)  # not part of the drawing of the proof

    @classmethod
    def of(cls, view: FeedbackView) -> "Proof":
        return cls(view.explain, view.quote, view.citation, view.passage, view.keys)

    def head_lines(self) -> list[Content]:
        """The lines of the verdict known before the answer: the right answer, the right and wrong verdicts, and the
        student's answer when it is the right one (most often the same words)."""
        return [
            right_answer_line(self.right_answer),
            your_answer_line(self.right_answer),
            *(Content.styled(verdict(score, score == 1, False)[0], VERDICT_STYLES[css])
              for score, css in ((1.0, "right"), (0.0, "wrong"))),
        ]


class Feedback(KeptLines, Folding, Static, can_focus=True):
    """The verdict, the answers, a note and the explanation; under them the quote, with its citation, as a block;
    last, what the keys do now (the question's hint line is hidden meanwhile).

    A ``Static`` that says what :meth:`render` returns, drawn from lines it keeps (most drawn ahead).

    It takes the focus after an answer, so the keys of the scrolling body it sits in still apply. The keys given as
    ``actions`` (the screen's "next question") it runs itself, at once: left to the screen's bindings, a key would
    first travel up through the body and the screen to the app, which looks the binding up and calls back (a tenth
    of the time from Enter to the next question on screen). The screen keeps those bindings, for its footer and help.
    """

    #: Textual's own text selection maps what is drawn back to :meth:`render`'s text by offsets that lines drawn in
    #: pieces do not keep: the terminal's selection (Shift+drag in most) copies the feedback instead.
    ALLOW_SELECT = False
    #: The quote block: a bar at its left margin and one cell of room each side of its text (as ``QuoteBlock``).
    BAR, BAR_COLOR, BLOCK_BACKGROUND = "█", "accent", "boost"
    #: How many drawings of the proof are kept (per width, per question): the current and next question's, twice.
    KEPT = 6
    #: How many whole feedbacks are kept drawn (per answer and width): every option's of a question, at two widths.
    KEPT_VIEWS = 24
    #: How many sets of lines Textual dropped are held at most, waiting for a frame to go out (see _set_dirty).
    DROPPED_HELD = 4

    def __init__(
        self, *, actions: dict[str, str] | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.view: FeedbackView | None = None
        self._actions = dict(actions or {})  # key -> action (as in a binding: "screen.next"), run here at once
        self._proofs: dict[tuple, list[Strip]] = {}  # (proof, width, style) -> its lines, drawn ahead
        self._heads: dict[tuple, list[Strip]] = {}  # (a line of the verdict, width, style) -> its lines
        self._views: dict[tuple, list[Strip]] = {}  # (view, width, style) -> its lines: the one shown, those expected
        self._dropped: list[dict] = []  # lines Textual dropped, freed after the frame (see _set_dirty)

    def _set_dirty(self, *regions) -> None:
        # Textual drops the lines it keeps for the widget (its StylesCache) here. Freeing a whole feedback's lines
        # took a tenth of a millisecond of the key that folds it away: they are let go after the frame (let_go).
        # Checked against Textual 8.2.8 (StylesCache._cache holds the lines).
        cache = self._styles_cache
        if not regions and cache._cache:  # noqa: SLF001
            if len(self._dropped) >= self.DROPPED_HELD:  # no frame came to let them go (they are freed now)
                self._dropped.clear()
            self._dropped.append(cache._cache)  # noqa: SLF001
            cache._cache = {}  # noqa: SLF001
        super()._set_dirty(*regions)

    def let_go(self) -> None:
        """Free the lines dropped since the last frame (once it is out)."""
        self._dropped.clear()

    async def on_key(self, event: events.Key) -> None:
        action = self._actions.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()  # nor Textual's own handling of the key, which would then find the binding
            await self.run_action(action)  # the action's own check (check_action) applies, as for a binding

    # -- what it says ------------------------------------------------------------------------

    def show(self, view: FeedbackView) -> None:
        """Show the feedback to one answer: one widget updated, drawn in the next frame."""
        self.view = view
        self.refresh(layout=True)
        self.fold(False)

    def show_passage(self, passage: Passage | None) -> None:
        """The passage found after the feedback was drawn (a long article): shown in place of the bare quote."""
        if self.view is not None:
            self.show(replace(self.view, passage=passage))

    def render(self) -> Content:
        """The feedback as text: the answers and explanation, a blank line, the quote (in its passage) and citation."""
        view = self.view
        if view is None:
            return Content("")
        keys = ("\n\n", (visible(view.keys), KEYS_STYLE)) if view.keys else ()
        return Content.assemble(
            feedback_content(view), "\n\n", quote_content(view.quote, view.citation, view.passage), *keys
        )

    # -- drawing -----------------------------------------------------------------------------

    def prepare(self, proof: Proof, *widths: int) -> None:
        """Draw ``proof`` ahead, at each of ``widths`` (those the feedback may have), so the answer's key need not."""
        for width in widths:
            if width > 0:
                self._proof_lines(proof, width)
                for line in proof.head_lines():
                    self._head_line(line, width)

    def expect(self, views: list[FeedbackView], *widths: int) -> None:
        """Draw whole feedbacks ahead (each answer a question's options allow), so the answer's key only picks one."""
        for view in views:
            for width in widths:
                if width > 0:
                    self._drawn(width, view)

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self._drawn(width)) if self.view is not None else 0

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        lines = self._drawn(width) if self.view is not None else []
        return lines[y] if 0 <= y < len(lines) else Strip.blank(width, self.visual_style.rich_style)

    def _style_key(self) -> tuple:
        return (self.app.theme, self.visual_style)

    def _drawn(self, width: int, view: FeedbackView | None = None) -> list[Strip]:
        view = view or self.view
        assert view is not None
        key = (view, width, self._style_key())
        lines = self._views.get(key)
        if lines is None:
            head = [strip for line in verdict_lines(view) for strip in self._head_line(line, width)]
            lines = head + self._proof_lines(Proof.of(view), width)
            while len(self._views) >= self.KEPT_VIEWS:
                del self._views[next(iter(self._views))]
            self._views[key] = lines
        return lines

    def _head_line(self, line: Content, width: int) -> list[Strip]:
        """One line of the verdict, drawn (wrapped) on its own: those known ahead are drawn before the answer."""
        key = (line.plain, tuple(line.spans), width, self._style_key())  # Content compares by its text alone
        strips = self._heads.get(key)
        if strips is None:
            strips = Visual.to_strips(self, line, width, None, self.visual_style, pad=True)
            while len(self._heads) >= 4 * self.KEPT:
                del self._heads[next(iter(self._heads))]
            self._heads[key] = strips
        return strips

    def _proof_lines(self, proof: Proof, width: int) -> list[Strip]:
        key = (proof, width, self._style_key())
        lines = self._proofs.get(key)
        if lines is None:
            lines = self._draw_proof(proof, width)
            while len(self._proofs) >= self.KEPT:
                del self._proofs[next(iter(self._proofs))]
            self._proofs[key] = lines
        return lines

    def _draw_proof(self, proof: Proof, width: int) -> list[Strip]:
        """The explanation after a blank line, then after another the quote block (bar, room, text, room), the keys."""
        style = self.visual_style
        blank = Strip.blank(width, style.rich_style)
        lines: list[Strip] = []
        if proof.explain:
            lines += [blank, *Visual.to_strips(self, Content(visible(proof.explain)), width, None, style, pad=True)]
        lines.append(blank)
        quote = quote_content(proof.quote, proof.citation, proof.passage)
        inner = width - 3
        if inner < 8:  # too narrow for a block: the quote as text
            lines += Visual.to_strips(self, quote, width, None, style, pad=True)
            return lines + self._keys_lines(proof.keys, width, blank)
        variables = self.app.theme_variables
        block = style + Style(background=Color.parse(variables.get(self.BLOCK_BACKGROUND, "transparent")))
        bar = block + Style(foreground=Color.parse(variables.get(self.BAR_COLOR, "white")))
        left = Strip([Segment(self.BAR, bar.rich_style), Segment(" ", block.rich_style)], 2)
        right = Strip([Segment(" ", block.rich_style)], 1)
        for line in Visual.to_strips(self, quote, inner, None, block, pad=True):
            lines.append(Strip.join([left, line, right]))
        return lines + self._keys_lines(proof.keys, width, blank)

    def _keys_lines(self, keys: str, width: int, blank: Strip) -> list[Strip]:
        if not keys:
            return []
        line = Content.styled(visible(keys), KEYS_STYLE)
        return [blank, *Visual.to_strips(self, line, width, None, self.visual_style, pad=True)]
