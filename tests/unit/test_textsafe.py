"""Control characters from untrusted text are shown, never sent to the terminal raw."""

from trainer.textsafe import has_control, visible


def test_escape_sequences_become_visible():
    shown = visible("before\x1b]0;title\x07after\x1b[2J")
    assert "\x1b" not in shown and "\x07" not in shown
    assert shown == "before␛]0;title␇after␛[2J"


def test_tab_and_newline_are_kept():
    assert visible("a\tb\nc") == "a\tb\nc"


def test_nul_del_and_c1_controls():
    assert visible("a\x00b\x7fc\x9bd") == "a␀b␡c\\x9bd"
    assert has_control("\x9b") and not has_control("plain “quoted” text – ok")


def test_plain_text_is_returned_unchanged():
    text = "Russia will not ally with anyone [bold] against anyone"
    assert visible(text) is text
