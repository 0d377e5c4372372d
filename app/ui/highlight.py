"""Small regex-based syntax highlighters: TSX/TS/JS, CSS, JSON, and unified diffs."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.ui.theme import is_dark


def _fmt(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(colour))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    f.setFontItalic(italic)
    return f


def _palette() -> dict[str, str]:
    if is_dark():
        return {"kw": "#ff7b72", "str": "#a5d6ff", "num": "#79c0ff", "com": "#8b949e", "tag": "#7ee787",
                "attr": "#d2a8ff", "prop": "#79c0ff", "add": "#3fb950", "del": "#f85149", "hunk": "#d2a8ff"}
    return {"kw": "#cf222e", "str": "#0a3069", "num": "#0550ae", "com": "#6e7781", "tag": "#116329",
            "attr": "#8250df", "prop": "#0550ae", "add": "#116329", "del": "#cf222e", "hunk": "#8250df"}


KEYWORDS = ("import export from default function return const let var if else for while as type interface "
            "extends implements new class async await true false null undefined of in typeof").split()


class CodeHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, language: str) -> None:
        super().__init__(document)
        c = _palette()
        self.rules: list[tuple[re.Pattern[str], QTextCharFormat]] = []
        self.comment = _fmt(c["com"], italic=True)
        if language in ("tsx", "ts", "jsx", "js"):
            self.rules += [
                (re.compile(r"\b(" + "|".join(KEYWORDS) + r")\b"), _fmt(c["kw"], bold=True)),
                (re.compile(r"</?[A-Za-z][\w.]*"), _fmt(c["tag"])),
                (re.compile(r"\b[a-zA-Z-]+(?==)"), _fmt(c["attr"])),
                (re.compile(r"\b\d+(\.\d+)?\b"), _fmt(c["num"])),
                (re.compile(r"\"[^\"\n]*\"|'[^'\n]*'|`[^`\n]*`"), _fmt(c["str"])),
                (re.compile(r"//[^\n]*"), self.comment),
            ]
        elif language == "css":
            self.rules += [
                (re.compile(r"^[^{}\n]+(?=\{)"), _fmt(c["tag"], bold=True)),
                (re.compile(r"[\w-]+(?=\s*:)"), _fmt(c["prop"])),
                (re.compile(r"#[0-9a-fA-F]{3,8}\b|\b\d+(\.\d+)?(px|rem|em|%|vh|vw)?\b"), _fmt(c["num"])),
                (re.compile(r"\"[^\"\n]*\"|'[^'\n]*'"), _fmt(c["str"])),
            ]
        elif language == "json":
            self.rules += [
                (re.compile(r"\b(true|false|null)\b|-?\b\d+(\.\d+)?\b"), _fmt(c["num"])),
                (re.compile(r"\"(\\.|[^\"\\])*\""), _fmt(c["str"])),
                (re.compile(r"\"(\\.|[^\"\\])*\"(?=\s*:)"), _fmt(c["prop"])),
            ]
        elif language == "diff":
            self.rules += [
                (re.compile(r"^\+.*"), _fmt(c["add"])),
                (re.compile(r"^-.*"), _fmt(c["del"])),
                (re.compile(r"^@@.*"), _fmt(c["hunk"])),
                (re.compile(r"^(\+\+\+|---) .*"), _fmt(c["kw"], bold=True)),
            ]
        self.block_comments = language in ("tsx", "ts", "jsx", "js", "css")

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        for pattern, fmt in self.rules:
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), fmt)
        if not self.block_comments:
            return
        self.setCurrentBlockState(0)
        start = 0 if self.previousBlockState() == 1 else text.find("/*")
        while start >= 0:
            end = text.find("*/", start + 2 if self.previousBlockState() != 1 or start else 0)
            if end < 0:
                self.setCurrentBlockState(1)
                self.setFormat(start, len(text) - start, self.comment)
                break
            self.setFormat(start, end + 2 - start, self.comment)
            start = text.find("/*", end + 2)


def language_for(name: str) -> str:
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return {"tsx": "tsx", "ts": "ts", "jsx": "jsx", "js": "js", "mjs": "js", "cjs": "js", "css": "css",
            "json": "json", "diff": "diff", "patch": "diff"}.get(suffix, "")
