"""A question laid out as the quiz and the exam both show it: the prompt, its answer, what the screen adds, the hint.

The two screens differ in what goes under the answer (the quiz's spare slot and feedback, the exam's "saved" line),
which they pass in; the prompt, the answer slot and the hint, their order, ids and styles are this widget's.

The prompt and the hint are :class:`DrawnText`: a screen that knows the next question while the student reads
the feedback (the quiz) has them drawn ahead with :meth:`QuestionBody.prepare`, so the key that shows the next
question does not wrap and style them.
"""

from __future__ import annotations

from textual._styles_cache import StylesCache
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Static

from trainer.ui.frames import KeptLines
from trainer.ui.widgets.fold import Folding


class DrawnText(KeptLines, Folding, Static):
    """A ``Static`` for plain ``Content`` that keeps its lines drawn per text, width and style.

    :meth:`prepare` draws a text ahead at the widths the widget may have, with its padding and colours as the
    frame shows it (what Textual's ``StylesCache`` adds to each line, a third of the cost of these lines in the
    frame); :meth:`update` with that text then only swaps lines in. Drawn as ``Static`` draws it (the same calls);
    while text is selected with the mouse, ``Static`` draws it, with the selection.
    """

    #: How many drawings are kept: the text on screen and the next, at two widths each, twice over.
    KEPT = 8

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = Content("")
        self._lines: dict[tuple, list[Strip]] = {}  # the text's own lines, per text, width and style
        self._framed: dict[tuple, list[Strip]] = {}  # the lines as the frame shows them (see _framed_key)

    def update(self, content: Content, *, layout: bool = True) -> None:  # type: ignore[override]
        """Show ``content``; ``layout=False`` where its height cannot change (a fixed height, or folded away)."""
        self._text = content
        super().update(content, layout=layout)

    def shows(self, content: Content) -> bool:
        """True when ``content`` is the text this widget has (its words and their styles)."""
        # Content compares by its text alone: its spans are compared too.
        return self._text.plain == content.plain and self._text.spans == content.spans

    def prepare(self, content: Content, *widths: int) -> None:
        """Draw ``content`` ahead at each of ``widths`` (of its text), in the style the widget has now."""
        for width in widths:
            if width > 0:
                self._drawn(content, width)
                self._draw_framed(content, width)

    def render_lines(self, crop: Region) -> list[Strip]:
        if not crop.height or self.text_selection is not None:
            return super().render_lines(crop)
        lines = self._kept_for(crop)  # nothing changed since the last frame
        if lines is None:
            key = self._framed_key(self._text, crop, self.outer_size)
            lines = self._framed.get(key)  # drawn ahead
            if lines is None:
                lines = self._keep_framed(key, super().render_lines(crop))
            else:
                self._keep_for(crop, lines)
        return lines

    def _framed_key(self, content: Content, crop: Region, size: Size) -> tuple:
        """What the lines of ``content`` in a frame depend on: the part shown, the size, the colours under and of
        the widget, its style and padding, the theme and the app's line filters."""
        styles = self.styles
        return (
            content.plain, tuple(content.spans), crop, size, self.background_colors, self.visual_style,
            styles.padding, styles.border, styles.outline, styles.tint, styles.text_opacity, self.opacity,
            self.app.theme, *self.get_line_filters(),
        )

    def _keep_framed(self, key: tuple, lines: list[Strip]) -> list[Strip]:
        while len(self._framed) >= self.KEPT:
            del self._framed[next(iter(self._framed))]
        self._framed[key] = lines
        return lines

    def _draw_framed(self, content: Content, width: int) -> None:
        """Draw ``content``'s lines as a frame will show them with ``width`` cells of text, as Textual's
        ``Widget.render_lines`` draws them (through a ``StylesCache`` of their own; checked against Textual 8.2.8).

        Its height is the style sheet's if fixed, else its lines' (auto); as tall as the text, it is all shown.
        """
        styles = self.styles
        if self.outer_size.width <= 0 or self.border_title or self.border_subtitle:
            return
        gutter = styles.gutter
        height = styles.height
        lines = self._drawn(content, width)
        rows = self.outer_size.height if height is not None and height.is_cells and not self.folded else None
        size = Size(width + gutter.width, rows if rows is not None else len(lines) + gutter.height)
        if not size.height:
            return
        crop = size.region
        key = self._framed_key(content, crop, size)
        if key in self._framed:
            return
        blank = Strip.blank(width, self.visual_style.rich_style)
        base_background, background = self.background_colors
        app = self.app
        framed = StylesCache().render(
            styles, size, base_background, background, lambda y: lines[y] if 0 <= y < len(lines) else blank,
            self.get_line_filters(), None, None, content_size=Size(width, size.height - gutter.height),
            padding=styles.padding, crop=crop, opacity=self.opacity, ansi_theme=app.ansi_theme,
            native_ansi=app.native_ansi_color,
        )
        self._keep_framed(key, framed)

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self._drawn(self._text, width)) if width else 0

    def render_line(self, y: int) -> Strip:
        if self.text_selection is not None:
            return super().render_line(y)
        width = self.size.width
        lines = self._drawn(self._text, width)
        return lines[y] if 0 <= y < len(lines) else Strip.blank(width, self.visual_style.rich_style)

    def _drawn(self, content: Content, width: int) -> list[Strip]:
        # Content compares by its text alone: its spans are part of the key.
        key = (content.plain, tuple(content.spans), width, self.app.theme, self.visual_style)
        lines = self._lines.get(key)
        if lines is None:
            lines = Visual.to_strips(self, content, width, None, self.visual_style)
            while len(self._lines) >= self.KEPT:
                del self._lines[next(iter(self._lines))]
            self._lines[key] = lines
        return lines


class AnswerSlot(KeptLines, Vertical):
    """Where a question's answer widget sits.

    A *spare* slot holds the next question's widget while the feedback is read: laid out at its full size but
    zero rows tall, so none of it shows and none of it takes the focus, and it can be drawn ahead
    (:meth:`draw_ahead`). Making it the answer slot is then a change of one height: the widget keeps its size
    and the lines drawn, and the frame that shows it only copies them. A widget hidden with ``display`` has
    no size and is drawn only in that frame (for a list of options, about a third of it).
    """

    #: The widget it holds covers it: its own lines are blank, and drawn as such (no styling per line), which saves
    #: the frame that shows a slot grown from zero rows a third of a millisecond.
    BLANK = True

    def __init__(self, *, id: str | None = None, classes: str | None = None, spare: bool = False) -> None:
        super().__init__(id=id, classes=classes)
        self.spare = False
        self._rows: int | None = None  # the rows set_spare gave it (None: its height is the style sheet's)
        self.set_spare(spare)

    def set_spare(self, spare: bool, rows: int | None = None) -> None:
        """Hold the next question's widget out of sight (``True``), or show what it holds: in ``rows`` rows when
        given (see :meth:`held_rows`), else as tall as it is (the style sheet's auto height)."""
        if spare != self.spare:
            self.spare = spare
            self.styles.height = 0 if spare else rows  # None: the height the style sheet gives (auto)
            self._rows = None if spare else rows

    def held_rows(self) -> int | None:
        """The rows the widget held took in its last layout at this slot's width (a spare slot lays it out in full),
        margins included; None when there is no such layout.

        A slot shown with that height is arranged once in the frame that shows it; with an auto height Textual
        arranges it twice (once to measure it, once at its size). The screen gives it back its auto height
        (:meth:`fit`) once that frame is out, so that later changes of what it holds (a match's partners) or of its
        width resize it.
        """
        held = [child for child in self.children if child.display]
        if len(held) != 1:
            return None
        widget = held[0]
        size, margin = widget.outer_size, widget.styles.margin
        if not size or size.width + margin.width != self.size.width:
            return None
        return size.height + margin.height

    def fit(self) -> None:
        """As tall as what it holds again (auto), after :meth:`set_spare` gave it a number of rows."""
        if not self.spare and self._rows is not None:
            self._rows = None
            self.styles.height = None

    def allow_focus_children(self) -> bool:
        return not self.spare and super().allow_focus_children()

    def draw_ahead(self) -> None:
        """Draw every widget held, at the size it has, into the lines Textual keeps until it changes."""
        for widget in (*self.children, *(node for child in self.children for node in child.query("*"))):
            if widget.display and widget.is_mounted:
                size = widget.outer_size
                if size:
                    widget.render_lines(size.region)


class QuestionBody(KeptLines, VerticalScroll, can_focus=False):
    """Prompt (``#prompt``), answer slot (``#answer-slot``), the screen's own widgets, hint (``#hint``).

    It takes no focus: Tab would move the focus from the answer widget to the body, where the number keys and
    letters do nothing. Its scroll keys still work from the answer widget or the feedback inside it.
    """

    DEFAULT_CSS = """
    QuestionBody {
        height: 1fr;
        padding: 0 1;
    }
    """

    def __init__(self, *under_answer: Widget, id: str | None = None) -> None:
        super().__init__(id=id)
        self._under_answer = under_answer
        self._prompt, self._hint = DrawnText(id="prompt"), DrawnText(id="hint")

    def compose(self) -> ComposeResult:
        yield self._prompt
        yield AnswerSlot(id="answer-slot", classes="answer-slot")
        yield from self._under_answer
        yield self._hint

    def show_prompt(self, prompt: Content) -> None:
        self._prompt.update(prompt)

    def show_hint(self, hint: Content, error: bool = False) -> None:
        """The line under the question: what the keys do, or (``error``) what is wrong with the answer."""
        line = self._hint
        if not line.shows(hint):  # (put in ahead while it was hidden: see prepare)
            line.update(hint)
        line.set_class(error, "error")
        line.fold(False)

    def hide_hint(self) -> None:
        """No hint line: the screen says what the keys do elsewhere (the quiz's feedback does, under the quote)."""
        line = self._hint
        line.fold()
        line.remove_class("error")  # the style the next question's hint has: it is drawn ahead in it

    def prepare(self, prompt: Content, hint: Content) -> None:
        """Draw the next question's prompt and hint ahead, at the widths they may have.

        A hidden hint line (the quiz hides it while its feedback shows) takes the next hint now, without a layout
        (none is needed while it is folded away), so that showing the next question only shows it.
        """
        widths = self.text_widths()
        self._prompt.prepare(prompt, *widths)
        self._hint.prepare(hint, *widths)
        if self._hint.folded:
            self._hint.update(hint, layout=False)

    def text_widths(self) -> tuple[int, int]:
        """The width text in the body has now, and the width it has should the scroll bar come or go.

        At most the reading width of the prompt (its ``max-width``), which the answer, hint and feedback share.
        """
        room, bar = self.scrollable_content_region.width, self.styles.scrollbar_size_vertical
        other = room + bar if self.show_vertical_scrollbar else room - bar
        limit = self._prompt.styles.max_width
        widest = int(limit.value) if limit is not None and limit.is_cells else max(room, other)
        return min(room, widest), min(other, widest)
