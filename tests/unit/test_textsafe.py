from __future__ import annotations

from app.textsafe import control_character, shorten, undecodable_byte, visible


def test_visible_escapes_what_a_terminal_would_interpret() -> None:
    assert visible("a\x1b[31mred") == "a\\x1b[31mred"
    assert visible("\u202eevil.exe") == "\\u202eevil.exe"
    assert visible("one\ntwo\r") == "one\\x0atwo\\x0d"
    assert visible("bad \udcff byte") == "bad \\xff byte"
    assert visible("line\u2028break") == "line\\u2028break"


def test_visible_keeps_printable_text_and_layout_when_asked() -> None:
    for text in ("Luna Café", "日本語のサイト", "family 👨\u200d👩\u200d👧", "path/with spaces"):
        assert visible(text) == text
    assert visible("error\n  hint:\tdo this", multiline=True) == "error\n  hint:\tdo this"
    assert visible("x\x1b\ny", multiline=True) == "x\\x1b\ny"


def test_undecodable_and_control_positions() -> None:
    assert undecodable_byte("ok") is None
    assert undecodable_byte("ab\udcff") == 2
    assert control_character("tab\there") == 3
    assert control_character("\u202e") is None  # a format character, not a control one


def test_shorten_cuts_in_the_middle() -> None:
    assert shorten("short") == "short"
    long = "/tmp/" + "a" * 5000 + "/end"
    cut = shorten(long, 100)
    assert len(cut) == 100 and cut.startswith("/tmp/aaa") and cut.endswith("a/end") and "…" in cut
