"""The size of the text on every page, one step at a time: the root font size (``html {
font-size: N% }``) in the stylesheet the theme lives in. Sizes given in rem (the template's, and
Tailwind's) follow it, so headings, texts and spacing grow together.
"""

from __future__ import annotations

import re

from app.errors import PlanError
from app.scaffold import plan as P
from app.scaffold.code import css
from app.scaffold.code.edits import Ctx

STEP, SMALLEST, LARGEST = 12.5, 87.5, 150.0  # percent of the browser's own size (100%)
_PERCENT = re.compile(r"\s*(\d+(?:\.\d+)?)%\s*")


def _shown(percent: float) -> str:
    return f"{percent:g}%"


def set_text_size(ctx: Ctx, op: P.SetTextSize) -> None:
    theme = ctx.project.theme
    if theme is None:
        raise PlanError("The root layout imports no global stylesheet, so there is no text size to change.",
                        hint="import a globals.css in the layout and ask again")
    rel = theme.file
    sheet = css.read(ctx.source(rel))
    rule = next((b for b in sheet.blocks if b.depth == 0 and b.prelude == "html"), None)
    decl = next((d for d in css.declarations(sheet, rule) if d.prop == "font-size"), None) if rule else None
    given = _PERCENT.fullmatch(sheet.source[decl.value_start:decl.value_end].decode()) if decl else None
    current = float(given.group(1)) if given else 100.0  # a size in px or rem is replaced, from the browser's own
    larger = op.change == "larger"
    new = min(LARGEST, current + STEP) if larger else max(SMALLEST, current - STEP)
    if new == current:
        raise PlanError(f"The text is already at {_shown(current)}, the {'largest' if larger else 'smallest'} size "
                        f"I set; nothing was changed.", hint="change the font instead, or a heading's words")
    if decl is not None:
        ctx.edit(rel, decl.value_start, decl.value_end, _shown(new))
    elif rule is not None:
        ctx.edit(rel, rule.close, rule.close, f"  font-size: {_shown(new)};\n")
    else:
        end = len(ctx.source(rel))
        ctx.edit(rel, end, end, f"\nhtml {{\n  font-size: {_shown(new)};\n}}\n")
    ctx.out.summary.append(f"Made the text {'larger' if larger else 'smaller'} on every page: {_shown(current)} → "
                           f"{_shown(new)} of the browser's size (html font-size in {rel}).")
    ctx.out.routes.append("/")
