"""Just enough CSS reading for a theme: rule blocks, their nesting, their declarations.

Byte offsets throughout, like ``tsx``: a theme edit replaces one declaration's
value and nothing else. Comments and strings are skipped, so braces or
semicolons inside them do not confuse the scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    prelude: str  # the selector or at-rule before "{", whitespace collapsed (":root", "@theme inline")
    open: int  # offset just past "{"
    close: int  # offset of the matching "}"
    depth: int  # 0 for a top-level rule; 1 inside @media …
    parent: int | None  # index of the enclosing block in the list ``blocks`` returns


@dataclass(frozen=True)
class Decl:
    prop: str  # "--background", "font-family"
    value_start: int
    value_end: int  # the value, trimmed (no ";", no "!important" kept apart: it is part of the value)
    end: int  # just past the ";" (or the value's end when the last declaration has none)


_SKIP = re.compile(rb"""/\*.*?(?:\*/|\Z)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?""", re.S)
_PUNCT = re.compile(rb"[{};]")


def blank(source: bytes) -> bytes:
    """``source`` with comments and string contents replaced by spaces (same length)."""
    def spaces(m: re.Match[bytes]) -> bytes:
        text = m.group(0)
        if text.startswith(b"/*"):
            return b" " * len(text)
        return text[:1] + b" " * (len(text) - 2) + text[-1:] if len(text) > 1 else text
    return _SKIP.sub(spaces, source)


@dataclass(frozen=True)
class Sheet:
    source: bytes
    text: bytes  # ``blank(source)``: what the scanner looks at
    blocks: tuple[Block, ...]


def read(source: bytes) -> Sheet:
    text = blank(source)
    return Sheet(source, text, tuple(_blocks(text)))


def _blocks(text: bytes) -> list[Block]:
    """Every ``{ … }`` block in document order, with its prelude and depth."""
    out: list[Block] = []
    stack: list[int] = []  # indexes in ``out`` of the blocks still open
    prelude_start = 0
    for m in _PUNCT.finditer(text):
        i, c = m.start(), text[m.start()]
        if c == 0x7B:  # {
            prelude = b" ".join(text[prelude_start:i].split()).decode("utf-8", "replace")
            out.append(Block(prelude, i + 1, -1, len(stack), stack[-1] if stack else None))
            stack.append(len(out) - 1)
        elif c == 0x7D and stack:  # }
            index = stack.pop()
            old = out[index]
            out[index] = Block(old.prelude, old.open, i, old.depth, old.parent)
        prelude_start = i + 1
    return [b for b in out if b.close >= 0]


def declarations(sheet: Sheet, block: Block) -> list[Decl]:
    """The declarations directly inside ``block`` (not those of nested rules)."""
    text, source = sheet.text, sheet.source
    starts = {b.open: b for b in sheet.blocks}
    out: list[Decl] = []
    pos = block.open
    while pos < block.close:
        semi = text.find(b";", pos, block.close)
        semi = block.close if semi < 0 else semi
        brace = text.find(b"{", pos, semi)
        if brace >= 0:  # a nested rule ("&:hover { … }", "@media … { … }"): not ours
            pos = starts[brace + 1].close + 1 if brace + 1 in starts else semi + 1
            continue
        colon = text.find(b":", pos, semi)
        if colon > 0:
            prop = text[pos:colon].strip().decode("utf-8", "replace")
            raw = source[colon + 1:semi]
            value_start = colon + 1 + len(raw) - len(raw.lstrip())
            value_end = colon + 1 + len(raw.rstrip())
            if prop and value_end >= value_start:
                out.append(Decl(prop, value_start, max(value_start, value_end),
                                semi + 1 if semi < block.close else max(value_start, value_end)))
        pos = semi + 1
    return out


def selectors(prelude: str) -> list[str]:
    return [s.strip() for s in prelude.split(",")]
