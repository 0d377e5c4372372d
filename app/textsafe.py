"""Text from users and files, made safe to show and checked before use.

A prompt, a site name or a path is echoed to a terminal: an ESC there would be
interpreted (colours, cursor moves, a rewritten line) and a right-to-left
override would reorder what the user reads, so :func:`visible` writes such
characters as escapes instead. Command-line arguments that were not valid
UTF-8 reach Python as lone surrogates (``surrogateescape``); they cannot be
written to UTF-8 files, so :func:`undecodable_byte` finds them first.
"""

from __future__ import annotations

import unicodedata

# Reorder or hide text without being control characters (category Cf); the rest of Cf
# (zero-width joiners in emoji, soft hyphens) is harmless and stays.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SEPARATORS = frozenset("\u2028\u2029")  # line/paragraph separators end a line in some terminals


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def _unsafe(ch: str, multiline: bool) -> bool:
    if ch in "\n\t":
        return not multiline
    if ch in _BIDI or ch in _SEPARATORS:
        return True
    return unicodedata.category(ch) in ("Cc", "Cs")


def visible(text: str, multiline: bool = False) -> str:
    """``text`` with control characters, bidi overrides and undecodable bytes written as escapes.

    Printable text (any script, emoji) is unchanged; ``multiline`` keeps the line breaks and
    tabs of multi-line output (messages with a hint, diffs).
    """
    if text.isprintable():
        return text  # fast path: isprintable() is False for every character escaped below
    return "".join(_escape(ch) if _unsafe(ch, multiline) else ch for ch in text)


def undecodable_byte(text: str) -> int | None:
    """The position of the first byte that was not valid UTF-8 (a lone surrogate), or None."""
    for i, ch in enumerate(text):
        if 0xD800 <= ord(ch) <= 0xDFFF:
            return i
    return None


def control_character(text: str) -> int | None:
    """The position of the first control character (newline, tab, ESC...), or None."""
    for i, ch in enumerate(text):
        if unicodedata.category(ch) == "Cc":
            return i
    return None


def shorten(text: str, limit: int = 160) -> str:
    """``text`` cut in the middle to at most ``limit`` characters (a 4,000-character path in a message)."""
    if len(text) <= limit:
        return text
    keep = limit - 1
    return f"{text[: keep * 2 // 3]}…{text[len(text) - (keep - keep * 2 // 3):]}"
