"""Moodle question text as plain text: HTML to readable lines, format markers dropped.

Real Moodle exports write ``[html]`` texts: paragraphs, line breaks, ``<span style=…>``, links
and images (``<img src="@@PLUGINFILE@@/map.png" alt="…">``). The app shows plain text only (deck
text is never interpreted), so tags become line breaks or nothing, entities become characters,
a link keeps its words, and an image becomes ``[image: alt]`` so the student knows something is
missing. Emphasis is dropped: the app has no safe way to show it from deck text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: ``[html]``, ``[moodle]``, ``[plain]`` or ``[markdown]`` at the start of a text.
FORMAT_MARKER = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre"}
_SKIPPED = {"script", "style", "head", "title"}
#: Tags and entities that mark an unmarked text as HTML (``a < b`` or ``<tags>`` alone does not).
_HTML_SIGN = re.compile(
    r"</?(?:p|br|div|span|a|img|b|i|u|em|strong|sub|sup|ul|ol|li|table|tr|td|th|h[1-6]|font|pre|code|blockquote|hr)"
    r"(?:\s[^<>]*)?/?>|&(?:#\d+|#x[0-9A-Fa-f]+|nbsp|amp|lt|gt|quot|apos);",
    re.IGNORECASE,
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "img":
            alt = (dict(attrs).get("alt") or "").strip()
            self.parts.append(f"[image: {alt}]" if alt else "[image]")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(text: str) -> str:
    """Readable plain text: one line per paragraph or break, spaces collapsed, no blank lines."""
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).replace("\xa0", " ").split("\n"))
    return "\n".join(line for line in lines if line)


def moodle_text(text: str, default: str = "moodle") -> str:
    """A Moodle text field as plain text, by its marker (or ``default`` when it has none).

    ``[html]`` texts are read as HTML, and so are ``[moodle]`` and unmarked ones that hold a
    common HTML tag or entity; ``[plain]`` and ``[markdown]`` keep their characters.
    """
    marker = FORMAT_MARKER.match(text)
    kind = marker.group(1).lower() if marker else default
    if marker:
        text = text[marker.end():]
    if kind == "html" or (kind == "moodle" and _HTML_SIGN.search(text)):
        return html_to_text(text)
    if kind == "markdown" and _HTML_SIGN.search(text):
        # Markdown allows inline HTML ("programmes <em>bugués</em>"), which Moodle renders: drop the tags
        # line by line, so the Markdown's own line structure stays as written.
        return "\n".join(html_to_text(line) if _HTML_SIGN.search(line) else line.strip()
                         for line in text.strip().split("\n"))
    return text.strip()
