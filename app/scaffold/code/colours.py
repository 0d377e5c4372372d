"""Where a page's background or text colour shows when no CSS variable carries it.

Many real sites colour the page with Tailwind classes on the root layout's ``<body>`` or
``<html>`` (roomGPT: ``bg-[#17181C] text-white``), or with a ``body`` rule in the global
stylesheet, or not at all. A variable added to ``:root`` would change nothing anyone sees, so
the colour goes where the page takes it from: that class token is swapped for an arbitrary
value (``bg-[#0f172a]``), else the body rule's declaration is set or added, else a body rule
is written. Each way edits only those bytes.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from app.scaffold.code import css, tsx
from app.scaffold.code.edits import Ctx

# An unprefixed colour utility (``dark:bg-black`` is left to dark mode): an arbitrary value, a
# keyword, or a palette colour with its shade ("gray-900", "blue-600/80").
_TOKENS = {
    "background": re.compile(r"bg-(?:\[[^\]\s]+\]|white|black|transparent|[a-z]+-\d{2,3}(?:/\d+)?)"),
    "foreground": re.compile(r"text-(?:\[#[^\]\s]+\]|white|black|[a-z]+-\d{2,3}(?:/\d+)?)"),
}
_PREFIX = {"background": "bg", "foreground": "text"}
_DECLS = {"background": ("background-color", "background"), "foreground": ("color",)}


def place(ctx: Ctx, field: str, color: str) -> str | None:
    """Put a background or foreground colour where the page takes it from; the summary line, or
    None when this project has no such place (the caller writes a variable and says so)."""
    if field not in _TOKENS:
        return None
    return _class_token(ctx, field, color) or _body_rule(ctx, field, color)


def _class_token(ctx: Ctx, field: str, color: str) -> str | None:
    layout = ctx.project.layout
    if layout is None or not ctx.project.conventions.tailwind:
        return None
    doc = ctx.doc(layout)
    for element in ("body", "html"):
        for el in tsx.elements(doc, doc.root, (element,)):
            attr = tsx.attribute(el, "className")
            for string in _strings(attr) if attr is not None else []:
                text = doc.text(string)
                for match in re.finditer(r"\S+", text):
                    if _TOKENS[field].fullmatch(match.group()):
                        new = f"{_PREFIX[field]}-[{color}]"
                        start = string.start_byte + len(text[:match.start()].encode())
                        ctx.edit(layout, start, start + len(match.group().encode()), new)
                        return (f"Set the {field} colour to {color} (the {match.group()} class on "
                                f"<{element}> in {layout} is now {new}).")
    return None


def _strings(node: Node) -> list[Node]:
    """The string fragments in a className value: "a b" or {cx('a b', other)}."""
    return [n for n in tsx.walk(node) if n.type == "string_fragment"]


def _body_rule(ctx: Ctx, field: str, color: str) -> str | None:
    theme = ctx.project.theme
    if theme is None:
        return None
    rel = theme.body_insert[0] if theme.body_insert is not None else theme.file
    source = ctx.source(rel)
    sheet = css.read(source)
    bodies = [b for b in sheet.blocks if b.depth == 0 and "body" in css.selectors(b.prelude)]
    bodies.sort(key=lambda b: css.selectors(b.prelude) != ["body"])  # a rule for body alone first
    rules = [(block, css.declarations(sheet, block)) for block in bodies]
    for _, decls in rules:
        found = next((d for d in reversed(decls) if d.prop in _DECLS[field]), None)
        if found is not None:
            ctx.edit(rel, found.value_start, found.value_end, color)
            return f"Set the {field} colour to {color} (the body rule's {found.prop} in {rel})."
    prop = _DECLS[field][-1]
    if rules:
        block, decls = rules[0]
        at = decls[-1].end if decls else block.open
        indent = tsx.indent_at(source, decls[-1].value_start) if decls else "  "
        ctx.edit(rel, at, at, f"\n{indent}{prop}: {color};")
        return f"Set the {field} colour to {color} (added {prop} to the body rule in {rel})."
    at = len(source)
    sep = "" if source.endswith(b"\n") else "\n"
    ctx.edit(rel, at, at, f"{sep}\nbody {{\n  {prop}: {color};\n}}\n")
    return f"Set the {field} colour to {color} (a body rule added to {rel})."
