"""Plan ops as surgical edits of a project's source bytes.

Every op is a small function in ``CODE_OPS`` that adds byte-range edits to a
``Ctx`` (``edits``): all of them index the files as they were read, and each file
is spliced once at the end, so bytes outside the edits stay exactly as the user
wrote them. Text, theme, section and item ops are here; page and nav ops in ``pageops``.
An op that cannot be placed raises ``PlanError`` with a sentence saying what can
be done instead; a file that does not parse is never edited.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from app.errors import PlanError
from app.scaffold import history
from app.scaffold import plan as P
from app.scaffold.code import components, css, modules, tsx
from app.scaffold.code.edits import SOURCE_EXTS, TW_SUBTITLE, CodeEdit, Ctx, section_for
from app.scaffold.code.pageops import add_api_route, add_nav_link, add_page, remove_page, rename_page
from app.scaffold.code.reader import THEME_VARS, CodeProject, PageCode, SectionCode, Spot
from app.scaffold.pathsafety import check_relative
from app.scaffold.render import FONTS
from app.scaffold.site import Item, Section, Tier, is_placeholder

__all__ = ["CODE_OPS", "CodeEdit", "Ctx", "apply_code_plan"]


# --- sections ------------------------------------------------------------------------------------

def _component_name(kind: str) -> str:
    return components.component_name(kind)


def insert_section(ctx: Ctx, route: str, kind: str, section: Section) -> None:
    if route in ctx.new_pages:
        ctx.new_pages[route].sections.append((kind, section))
        return
    page = ctx.page(route)
    if page.insert_at is None:
        raise PlanError(f"I can't find where sections go on {route} (no <main> or root element in {page.file}).",
                        hint="add a <main> to the page and ask again")
    name = _component_name(kind)
    line = components.import_line(kind, ctx.style, page.file)
    theirs = next((i for i in tsx.imports(ctx.doc(page.file)) if name in (i.default, *i.names)), None)
    if theirs is not None and theirs.source not in line:
        raise PlanError(f"{page.file} already uses its own {name} (from \u201c{theirs.source}\u201d), so I can't add "
                        f"a {kind.replace('_', ' ')} section there without a clash.",
                        hint="rename that import, or put the section on another page")
    ctx.edit(page.file, page.insert_at, page.insert_at, "\n" + page.indent + components.element(kind, section, page.indent))
    ctx.add_import(page.file, line, name)
    ctx.component_files(kind)


def _sections_of(ctx: Ctx, route: str, kind: str) -> list[SectionCode]:
    return [s for s in ctx.page(route).sections if s.kind == kind]


def _set_prop(ctx: Ctx, section: SectionCode, prop: str, value: object) -> None:
    """Replace a component's prop value in place, or add the prop after its other attributes."""
    doc = ctx.doc(section.element.file)
    indent = tsx.indent_at(doc.source, section.element.start)
    literal = value if isinstance(value, str) else None
    text = tsx.jsx_attr(literal) if literal is not None else "{" + components.prop_value(value, indent + "  ") + "}"
    spot = section.props.get(prop)
    if spot is not None:
        ctx.edit(spot.file, spot.start, spot.end, text)
        return
    el = next(e for e in tsx.elements(doc, doc.root) if e.start_byte == section.element.start)
    opening = tsx.opening(el)
    attrs = [a for a in opening.named_children if a.type in ("jsx_attribute", "jsx_expression")]
    at = attrs[-1].end_byte if attrs else (opening.child_by_field_name("name") or opening).end_byte
    ctx.edit(section.element.file, at, at, f" {prop}={text}")


def _items_for(kind: str, entries: list[P.Entry]) -> tuple[str, list[object]]:
    if kind == "pricing":
        return "tiers", [Tier(name=e.title[:120], price=(e.text or "—")[:120]) for e in entries]
    return "items", [Item(title=e.title[:120], text=e.text) for e in entries]


# --- the ops ----------------------------------------------------------------------------------

def set_text(ctx: Ctx, op: P.SetText) -> None:
    if op.target == "site_name":
        _set_name(ctx, op.text)
        return
    if op.route in ctx.new_pages and op.target in ("title", "subtitle"):
        setattr(ctx.new_pages[op.route], op.target, op.text)
        ctx.out.expect.append((op.route, op.text))
        return
    page = ctx.page(op.route)
    if op.target == "heading":
        found = _sections_of(ctx, op.route, op.section) if op.section else list(page.sections)
        if not found:
            raise PlanError(f"The page {op.route} has no {op.section or ''} section whose heading I could change.".replace("  ", " "))
        target = found[0]
        if target.heading is not None:
            ctx.replace(target.heading, op.text)
        elif target.component is not None:
            _set_prop(ctx, target, "heading", op.text)
        else:
            raise PlanError(f"The {target.kind} section on {op.route} has no heading I can change.")
    elif op.target == "button" and (op.section is not None or page.button is None):
        ctx.out.summary.append(_set_button(ctx, page, op))
        ctx.out.routes.append(op.route)
        ctx.out.expect.append((op.route, op.text))
        return
    elif op.target == "subtitle" and page.subtitle is None and page.title is not None:
        _add_subtitle(ctx, page, op.text)
    else:
        spot = {"title": page.title, "subtitle": page.subtitle, "button": page.button}[op.target]
        if spot is None:
            raise PlanError(f"I can't find the {op.target} on {op.route} ({page.file} has no "
                            + {"title": "<h1> whose text is written out", "subtitle": "<p> after its <h1> whose text is written out",
                               "button": "link or button after its <h1> whose label is written out"}[op.target]
                            + ")", hint="text that comes from code or data has to be changed there")
        ctx.replace(spot, op.text)
    ctx.out.summary.append(f"Changed the {op.target} on {op.route} to \u201c{op.text}\u201d.")
    ctx.out.routes.append(op.route)
    ctx.out.expect.append((op.route, op.text))


def _set_button(ctx: Ctx, page: PageCode, op: P.SetText) -> str:
    """A button named by its section (``section``: the cta's), else the page header's, else the
    first of our sections that has one: its label changes, its link stays. A page header with no
    button gets one after its subtitle when the stylesheet styles ``.button`` (Avery NXR's does)."""
    holders = [s for s in page.sections if s.ours and (s.kind == op.section if op.section else "button" in s.props)]
    if holders:
        old = holders[0].content
        href = old.button_href if old is not None and old.button_href else _default_href(ctx)
        _set_prop(ctx, holders[0], "button", {"label": op.text, "href": href})
        kind = holders[0].kind.replace("_", " ")
        return f"Changed the {kind} section's button on {op.route} to \u201c{op.text}\u201d (it links to {href})."
    if op.section is not None:
        raise PlanError(f"The page {op.route} has no {op.section.replace('_', ' ')} section of mine with a button.",
                        hint="add one first, or name the page header's button")
    anchor = page.subtitle or page.title
    if anchor is None or not _styles_button(ctx):
        raise PlanError(f"I can't find a button on {op.route} ({page.file} has no link or button after its <h1> "
                        "whose label is written out).", hint="text that comes from code or data has to be changed there")
    at, indent = _after_element(ctx, page, anchor)
    ctx.edit(page.file, at, at,
             f'\n{indent}<Link className="button" href={tsx.jsx_attr(_default_href(ctx))}>{tsx.jsx_text(op.text)}</Link>')
    ctx.add_import(page.file, 'import Link from "next/link";', "Link")
    return f"Added a button \u201c{op.text}\u201d to the top of {op.route} (it links to {_default_href(ctx)})."


def _after_element(ctx: Ctx, page: PageCode, spot: Spot) -> tuple[int, str]:
    """The offset just after the element holding ``spot`` and that element's indentation."""
    doc = ctx.doc(page.file)
    node = doc.root.descendant_for_byte_range(spot.start, spot.end)
    el = next((a for a in tsx.ancestors(node) if tsx.is_element(a)), None) if node is not None else None
    if el is None:
        raise PlanError(f"I can't find where that goes on {page.route}.")
    return el.end_byte, tsx.indent_at(doc.source, el.start_byte)


def _add_subtitle(ctx: Ctx, page: PageCode, text: str) -> None:
    """A paragraph under a heading that has none, styled as this project's new pages style theirs."""
    assert page.title is not None
    at, indent = _after_element(ctx, page, page.title)
    source = ctx.source(page.file)
    if b'from "./page.module.css"' in source or b"from './page.module.css'" in source:
        attrs = " className={styles.text}"
    elif ctx.project.conventions.tailwind:
        attrs = f' className="{TW_SUBTITLE}"'
    else:
        attrs = ""
    ctx.edit(page.file, at, at, f"\n{indent}<p{attrs}>{tsx.jsx_text(text)}</p>")


def _default_href(ctx: Ctx) -> str:
    """Where a new button points: the contact page when there is one, else home."""
    return "/contact" if ctx.project.page("/contact") is not None or "/contact" in ctx.new_pages else "/"


def _styles_button(ctx: Ctx) -> bool:
    """Whether a global stylesheet beside the root layout has a ``.button`` rule."""
    folder = ctx.root / ctx.project.conventions.app_dir
    return any(b".button" in css.read_bytes() for css in folder.glob("*.css") if css.is_file())


def _set_name(ctx: Ctx, name: str) -> None:
    project = ctx.project
    ctx.site_name = name  # a nav this plan adds shows it
    if project.name_spot is not None:
        ctx.replace(project.name_spot, name)
    elif project.layout is not None:
        doc = ctx.doc(project.layout)
        if "metadata" in ctx.source(project.layout).decode("utf-8", "replace"):
            raise PlanError(f"The site's title in {project.layout} is computed, so I can't change it safely.")
        at = tsx.import_block_end(doc)
        ctx.edit(project.layout, at, at, f"\nexport const metadata = {{ title: {tsx.js_string(name)} }};\n")
    else:
        raise PlanError("This project has no root layout (app/layout) to hold the site's name.")
    if project.nav is not None and project.nav.brand is not None and project.nav.brand != project.name_spot:
        ctx.replace(project.nav.brand, name)
        ctx.out.expect.append(("/", name))
    ctx.out.summary.append(f"Renamed the site to \u201c{name}\u201d.")


def set_theme(ctx: Ctx, op: P.SetTheme) -> None:
    theme = ctx.project.theme
    if theme is None:
        raise PlanError("The root layout imports no global stylesheet, so there is no theme to change.",
                        hint="import a globals.css in the layout and ask again")
    added: list[str] = []
    for field_name in ("primary", "accent", "background", "foreground"):
        value = getattr(op, field_name)
        if value is None:
            continue
        color = P.NAMED_COLORS.get(value, value)
        spot = _theme_var(theme.vars, THEME_VARS[field_name])
        if spot is not None:
            ctx.replace(spot, color)
        else:
            added.append(f"--{field_name}: {color};")
        names = {n for n in THEME_VARS[field_name] if n in theme.vars} | ({f"--{field_name}"} if spot is None else set())
        if _colour_used(ctx, names):
            ctx.out.summary.append(f"Set the {field_name} colour to {color}.")
        else:
            # Written all the same, and said so: declining would refuse a value the user's own CSS
            # (or a later change) can use, while "Set the primary colour" would promise a change
            # nobody sees (a Tailwind v3 site colours with classes, not variables).
            name = f"--{field_name}" if spot is None else next(n for n, s in theme.vars.items() if s == spot)
            where = theme.file if spot is None else spot.file
            uses = " (its colours are Tailwind classes in the markup)" if ctx.project.conventions.tailwind else ""
            ctx.out.summary.append(f"{'Added' if spot is None else 'Set'} {name}: {color} in {where}; "
                                   f"nothing in this project uses it yet{uses}.")
    if added and theme.where == "none":
        ctx.edit(theme.file, theme.insert_at, theme.insert_at, "\n:root {\n" + "".join(f"  {a}\n" for a in added) + "}\n")
    elif added:
        ctx.edit(theme.file, theme.insert_at, theme.insert_at, "".join(f"\n{theme.indent}{a}" for a in added))
    if op.font is not None:
        family = FONTS[op.font]
        ref = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", theme.body_font.text.strip()) if theme.body_font else None
        if ref and ref.group(1) in theme.vars:
            ctx.replace(theme.vars[ref.group(1)], family)
        elif theme.body_font is not None:
            ctx.replace(theme.body_font, family)
        elif theme.body_insert is not None:
            ctx.edit(theme.body_insert[0], theme.body_insert[1], theme.body_insert[1], f"\n  font-family: {family};")
        else:
            at = len(ctx.source(theme.file))
            ctx.edit(theme.file, at, at, f"\nbody {{\n  font-family: {family};\n}}\n")
        ctx.out.summary.append(f"Set the font to {op.font}.")
    ctx.out.routes.append("/")


def _colour_used(ctx: Ctx, names: set[str]) -> bool:
    """Whether a stylesheet, the Tailwind config or the code reads one of these variables
    (`var(--primary)`), or a Tailwind v4 @theme declares it as a colour (`--color-x` makes `bg-x`)."""
    theme = ctx.project.theme
    for name in names:
        spot = theme.vars.get(name) if theme is not None else None
        if spot is not None and name.startswith("--color-"):
            sheet = css.read(ctx.source(spot.file))
            if any(b.open <= spot.start < b.close and b.prelude.startswith("@theme") for b in sheet.blocks):
                return True
    if not names:
        return False
    used = re.compile(rb"var\(\s*(?:" + b"|".join(re.escape(n.encode()) for n in sorted(names)) + rb")\s*[,)]")
    new = [body for body in ctx.whole.values() if body is not None]
    return any(used.search(body) for body in new) or any(
        used.search(ctx.source(rel)) for rel in modules.project_files(ctx.root))


def _theme_var(variables: Mapping[str, Spot], names: tuple[str, ...]) -> Spot | None:
    """The first of ``names`` defined with a literal value (following one var(--x) step)."""
    for name in names:
        spot = variables.get(name)
        if spot is None:
            continue
        ref = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", spot.text.strip())
        if ref is None:
            return spot
        target = variables.get(ref.group(1))
        if target is not None and not target.text.strip().startswith("var("):
            return target
    return None


def add_section(ctx: Ctx, op: P.AddSection) -> None:
    section = section_for(ctx, op.kind, op.heading, op.text)
    insert_section(ctx, op.route, op.kind, section)
    ctx.out.summary.append(f"Added a {op.kind.replace('_', ' ')} section to {op.route}.")
    ctx.out.routes.append(op.route)
    if section.heading:
        ctx.out.expect.append((op.route, section.heading))


def add_items(ctx: Ctx, op: P.AddItems) -> None:
    prop, new = _items_for(op.kind, op.items)
    route = op.route
    existing = [] if route in ctx.new_pages else [s for s in _sections_of(ctx, route, op.kind) if s.ours]
    if existing:
        target = existing[0]
        content = target.content or Section.model_validate({"kind": op.kind})
        kept: list[object] = [] if is_placeholder(content, ctx.project.name) else list(getattr(content, prop))
        _set_prop(ctx, target, prop, (kept + new)[:12 if prop == "items" else 4])
        if op.heading:
            if target.heading is not None:
                ctx.replace(target.heading, op.heading)
            else:
                _set_prop(ctx, target, "heading", op.heading)
    else:
        section = section_for(ctx, op.kind, op.heading).model_copy(update={prop: new})
        if route not in ctx.new_pages and ctx.project.page(route) is None:
            raise PlanError(f"There is no page at {route}.", hint="add the page first")
        insert_section(ctx, route, op.kind, section)
    ctx.out.summary.append(f"Added {len(op.items)} item(s) to the {op.kind.replace('_', ' ')} section on {route}.")
    ctx.out.routes.append(route)
    ctx.out.expect += [(route, e.title) for e in op.items]


MIN_TITLE_SIMILARITY = 0.8
# "the Team plan", "the Mono gig": the words around a name that are not part of it.
_GENERIC = re.compile(r"^(?:the|our|my)\s+|\s+(?:plan|package|tier|gig|show|class|item|product|service|option|"
                      r"event|entry|one|dish|drink)s?$", re.IGNORECASE)

Found = tuple[str, SectionCode, str, list[Item | Tier], int]


def _find_item(ctx: Ctx, name: str) -> Found:
    """The one item or pricing tier that ``name`` names, in sections Avery NXR added, on any page:
    by its title, else by its text (a gig listed as "2 Mar" / "Mono" is "the Mono gig"), exactly
    before closely. None or several is a sentence, never a guess."""
    wanted = name.casefold().strip()
    ranks: list[list[Found]] = [[], [], [], []]  # exact title, exact text, close title, close text
    for page in ctx.project.pages:
        for section in page.sections:
            content = section.content
            if not page.editable or not section.ours or content is None:
                continue
            for prop, values in (("items", list[Item | Tier](content.items)), ("tiers", list[Item | Tier](content.tiers))):
                for i, value in enumerate(values):
                    pair = (value.title, value.text) if isinstance(value, Item) else (value.name, value.price)
                    for part, have in enumerate(v.casefold().strip() for v in pair):
                        if have and have == wanted:
                            ranks[part].append((page.route, section, prop, values, i))
                        elif have and (SequenceMatcher(None, have, wanted).ratio() >= MIN_TITLE_SIMILARITY
                                       or (len(wanted) >= 3 and wanted in have.split())):
                            ranks[2 + part].append((page.route, section, prop, values, i))
    found = next((r for r in ranks if r), [])
    plain = _GENERIC.sub("", name).strip()
    if not found and plain and plain.casefold() != wanted:
        return _find_item(ctx, plain)
    if not found:
        raise PlanError(f"I can't find \u201c{name}\u201d on the site; nothing was changed.",
                        hint="name it as it appears on the page (items in sections Avery NXR added)")
    if len(found) > 1:
        places = sorted({f[0] for f in found})
        raise PlanError(f"\u201c{name}\u201d appears {len(found)} times (on {', '.join(places)}); I changed nothing.",
                        hint="say which page or section you mean")
    return found[0]


def edit_item(ctx: Ctx, op: P.EditItem) -> None:
    route, section, prop, values, i = _find_item(ctx, op.item)
    old = values[i]
    if isinstance(old, Tier):
        values[i] = old.model_copy(update={k: v for k, v in (("name", op.title), ("price", op.text)) if v})
    elif isinstance(old, Item):
        values[i] = old.model_copy(update={k: v for k, v in (("title", op.title), ("text", op.text)) if v})
    _set_prop(ctx, section, prop, values)
    ctx.out.summary.append(f"Changed \u201c{op.item}\u201d on {route}.")
    ctx.out.routes.append(route)
    ctx.out.expect += [(route, t) for t in (op.title, op.text) if t]


def remove_item(ctx: Ctx, op: P.RemoveItem) -> None:
    route, section, prop, values, i = _find_item(ctx, op.item)
    del values[i]
    _set_prop(ctx, section, prop, values)
    ctx.out.summary.append(f"Removed \u201c{op.item}\u201d from {route}.")
    ctx.out.routes.append(route)


def remove_section(ctx: Ctx, op: P.RemoveSection) -> None:
    found = _sections_of(ctx, op.route, op.kind)
    if not found:
        raise PlanError(f"The page {op.route} has no {op.kind.replace('_', ' ')} section.")
    section = found[0]
    ctx.remove(section.element.file, section.element.start, section.element.end)
    if section.component and section.ours and sum(s.component == section.component for s in ctx.page(op.route).sections) == 1:
        doc = ctx.doc(section.element.file)
        imp = next((i for i in tsx.imports(doc) if i.default == section.component and not i.names), None)
        if imp is not None:
            ctx.remove(section.element.file, imp.node.start_byte, imp.node.end_byte)
    ctx.out.summary.append(f"Removed the {op.kind.replace('_', ' ')} section from {op.route}.")
    ctx.out.routes.append(op.route)


def describe_site(ctx: Ctx, op: P.DescribeSite) -> None:
    first = len(ctx.out.summary)
    _set_name(ctx, op.name)
    home = ctx.page("/")
    if home.title is not None:
        ctx.replace(home.title, op.name)
        ctx.out.expect.append(("/", op.name))
    if op.tagline and home.subtitle is not None:
        ctx.replace(home.subtitle, op.tagline)
        ctx.out.expect.append(("/", op.tagline))
    have = {s.kind for s in home.sections}
    added: list[str] = []
    for kind in op.sections:
        if kind not in have:
            insert_section(ctx, "/", kind, section_for(ctx, kind))
            have.add(kind)
            added.append(kind.replace("_", " "))
    # One line for the whole op: what the home page now says and which sections it gained.
    done = [f"home heading “{op.name}”"] if home.title is not None else []
    if op.tagline and home.subtitle is not None:
        done.append(f"subtitle “{op.tagline}”")
    if added:
        done.append(f"sections: {', '.join(added)}")
    ctx.out.summary[first:] = [f"Set up the home page for {op.name}" + (f" ({'; '.join(done)})" if done else "") + "."]
    ctx.out.routes.append("/")


def repair(ctx: Ctx, op: P.Repair) -> None:
    """A source file that no longer parses goes back to the newest version a turn left that does.
    Whatever was typed into it since goes with it, so the summary says so (undo brings it back)."""
    rel = op.path
    check_relative(rel)
    if Path(rel).suffix not in SOURCE_EXTS:
        raise PlanError(f"I only repair source files (.tsx, .jsx, .ts, .js); {rel} is not one.")
    where = tsx.problem(tsx.parse(ctx.source(rel), rel))
    if where is None:
        raise PlanError(f"{rel} parses, so there is nothing to repair in it.",
                        hint="say what looks wrong in the preview, or undo the last change")
    spot = f"{rel}:{where[0]}:{where[1]}"
    found = history.last_version(ctx.root, rel, lambda body: tsx.problem(tsx.parse(body, rel)) is None)
    if found is None:
        raise PlanError(f"{spot} does not parse, and no earlier turn left a version of {rel} that does.",
                        hint="fix that spot by hand, or undo the last change")
    when, body = found
    ctx.write(rel, body)
    ctx.out.summary.append(f"Put {rel} back as it was {'after ' if when.startswith('turn') else ''}{when} "
                           f"({spot} did not parse); the edits made to it since went with it (undo brings them back).")
    page = next((p for p in ctx.project.pages if p.file == rel), None)
    ctx.out.routes.append(page.route if page is not None else "/")


def write_file(ctx: Ctx, op: P.WriteFile) -> None:
    """A whole file from a model flagged capable (the grammar offers this op to no other). The path
    is checked like every write; a source file that would not parse is refused."""
    rel = op.path
    check_relative(rel)
    body = op.content.encode("utf-8")
    if Path(rel).suffix in SOURCE_EXTS and tsx.problem(tsx.parse(body, rel)) is not None:
        raise PlanError(f"The {rel} this model wrote does not parse, so nothing was written.")
    existed = ctx.exists(rel)
    if existed:
        ctx.source(rel)  # what it held: a file the user saves meanwhile is not overwritten
    ctx.write(rel, body)
    ctx.out.summary.append(f"{'Replaced' if existed else 'Wrote'} {rel} ({len(op.content.splitlines())} lines).")
    page = next((p for p in ctx.project.pages if p.file == rel), None)
    if page is not None:
        ctx.out.routes.append(page.route)


def decline(ctx: Ctx, op: P.Decline) -> None:
    ctx.out.declined = True


# Each op's function takes its own plan model (P.SetText, …): the table is keyed by the op's name.
CODE_OPS: dict[str, Callable[[Ctx, Any], None]] = {
    "set_text": set_text, "set_theme": set_theme, "add_nav_link": add_nav_link, "add_page": add_page,
    "add_section": add_section, "add_items": add_items, "edit_item": edit_item, "remove_item": remove_item,
    "remove_section": remove_section, "remove_page": remove_page, "rename_page": rename_page,
    "add_api_route": add_api_route, "describe_site": describe_site, "repair": repair, "write_file": write_file,
    "decline": decline,
}


def apply_code_plan(project: CodeProject, plan: P.Plan) -> CodeEdit:
    """The edits ``plan`` makes to the project's files; nothing is written here."""
    ctx = Ctx(project)
    for op in plan.ops:
        CODE_OPS[op.op](ctx, op)
        if ctx.out.declined:
            return CodeEdit(declined=True, summary=["Declined: nothing was changed."])
    return ctx.finish()
