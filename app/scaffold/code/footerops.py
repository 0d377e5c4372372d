"""The footer every page shows: lines of the user's own words in the root layout's ``<footer>``.

Each line is a ``<p className="footer-note">``, first in the footer, so what the layout's footer
already shows (a copyright line) stays after it. A layout without a footer gets one as the last
element of its ``<body>``, styled inline: the project's stylesheet has no rule for it.
"""

from __future__ import annotations

from tree_sitter import Node

from app.errors import PlanError
from app.scaffold import plan as P
from app.scaffold.code import tsx
from app.scaffold.code.chrome import FOOTER_NOTE as NOTE_CLASS, footer_notes
from app.scaffold.code.edits import Ctx

_HINT = "put the words on a page instead (\u201cadd to the home page: \u2026\u201d)"


def _child_indent(ctx: Ctx, rel: str, el: Node) -> str:
    source, doc = ctx.source(rel), ctx.doc(rel)
    kids = [c for c in tsx.children(el) if not (c.type == "jsx_text" and not doc.text(c).strip())]
    if kids and tsx.only_space_before(source, kids[0].start_byte):
        return tsx.indent_at(source, kids[0].start_byte)
    return tsx.indent_at(source, el.start_byte) + "  "


def set_footer(ctx: Ctx, op: P.SetFooter) -> None:
    layout = ctx.project.layout
    if layout is None:
        raise PlanError("This project has no root layout (app/layout), so there is no footer every page shows.",
                        hint=_HINT)
    doc = ctx.doc(layout)
    line = f'<p className="{NOTE_CLASS}">{tsx.jsx_text(op.text)}</p>'
    footer = next(tsx.elements(doc, doc.root, ("footer",)), None)
    if footer is not None:
        _into_footer(ctx, layout, doc, footer, line, op)
    else:
        _new_footer(ctx, layout, doc, line, op.text)
    ctx.out.routes.append("/")
    ctx.out.expect.append(("/", op.text))


def _into_footer(ctx: Ctx, layout: str, doc: tsx.Doc, footer: Node, line: str, op: P.SetFooter) -> None:
    inner = tsx.inner_range(footer)
    if inner is None:
        raise PlanError(f"The footer in {layout} is written as one empty tag (<footer />), so I can't put words in it.",
                        hint=_HINT)
    notes = footer_notes(doc, footer)
    if op.replace and notes:
        ctx.edit(layout, notes[0].start_byte, notes[0].end_byte, line)
        source = ctx.source(layout)
        for note in notes[1:]:  # each on its own line: the line goes with it
            start = tsx.line_start(source, note.start_byte) - 1 if tsx.only_space_before(source, note.start_byte) \
                else note.start_byte
            ctx.edit(layout, max(start, 0), note.end_byte, "")
        old = "; ".join(f"\u201c{tsx.visible_text(doc, n) or ''}\u201d" for n in notes)
        ctx.out.summary.append(f"Changed the footer's words from {old} to \u201c{op.text}\u201d (in {layout}).")
        return
    at = notes[-1].end_byte if notes else inner[0]
    ctx.edit(layout, at, at, f"\n{_child_indent(ctx, layout, footer)}{line}")
    ctx.out.summary.append(f"Added \u201c{op.text}\u201d to the footer of every page (in {layout}).")


def _new_footer(ctx: Ctx, layout: str, doc: tsx.Doc, line: str, text: str) -> None:
    body = next(tsx.elements(doc, doc.root, ("body",)), None)
    inner = tsx.inner_range(body) if body is not None else None
    if body is None or inner is None:
        raise PlanError(f"{layout} has no <body> element I could put a footer in.", hint=_HINT)
    source = ctx.source(layout)
    indent = tsx.indent_at(source, body.start_byte)
    child = _child_indent(ctx, layout, body)
    footer = (f'<footer style={{{{ padding: "2rem 1rem", textAlign: "center" }}}}>'
              f"\n{child}  {line}\n{child}</footer>")
    closing_alone = tsx.only_space_before(source, inner[1])
    at = tsx.line_start(source, inner[1]) - 1 if closing_alone else inner[1]
    ctx.edit(layout, at, at, f"\n{child}{footer}" + ("" if closing_alone else f"\n{indent}"))
    ctx.out.summary.append(f"Added a footer to every page with \u201c{text}\u201d (in {layout}).")
