"""Plan ops as surgical edits of a project's source bytes.

Every op is a small function in ``CODE_OPS`` that adds byte-range edits to a
``Ctx``: all of them index the files as they were read, and each file is spliced
once at the end, so bytes outside the edits stay exactly as the user wrote them.
An op that cannot be placed raises ``PlanError`` with a sentence saying what can
be done instead; a file that does not parse is never edited.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tree_sitter import Node

from app.errors import PlanError
from app.scaffold import plan as P
from app.scaffold.code import components, tsx
from app.scaffold.code.reader import THEME_VARS, CodeProject, PageCode, SectionCode, Spot
from app.scaffold.render import FONTS
from app.scaffold.site import Item, Section, Tier, default_section, is_placeholder, slug

SOURCE_EXTS = (".tsx", ".jsx", ".ts", ".js", ".mjs")
LINK_DIRS = ("app", "components", "src", "lib")  # where links to a renamed page are rewritten


@dataclass
class CodeEdit:
    files: dict[str, bytes | None] = field(default_factory=dict)  # new full contents; None = delete
    summary: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)  # pages to look at after the edit
    expect: list[tuple[str, str]] = field(default_factory=list)  # (route, text the page should show)
    declined: bool = False
    ranges: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # old bytes each file's edits touched
    old: dict[str, bytes | None] = field(default_factory=dict)  # each file in ``files`` as it was read (None: new)


@dataclass
class NewPage:
    """A page this plan adds: written whole when the plan is done, so later ops can add to it."""

    rel: str
    title: str
    sections: list[tuple[str, Section]] = field(default_factory=list)


class Ctx:
    def __init__(self, project: CodeProject) -> None:
        self.project = project
        self.root = project.root
        conv = project.conventions
        alias = conv.alias if conv.alias_dir == ("src" if conv.src else "") else None
        self.style = components.Style(conv.typescript, conv.tailwind, alias, conv.src)
        self.edits: dict[str, list[tsx.Edit]] = {}
        self.originals: dict[str, bytes] = {}
        self.docs: dict[str, tsx.Doc] = {}
        self.whole: dict[str, bytes | None] = {}  # files written whole (new) or deleted
        self.moves: dict[str, str] = {}  # old rel -> new rel (rename_page)
        self.new_pages: dict[str, NewPage] = {}
        self.out = CodeEdit()

    # --- reading -----------------------------------------------------------------------------

    def source(self, rel: str) -> bytes:
        if rel not in self.originals:
            try:
                self.originals[rel] = (self.root / rel).read_bytes()
            except OSError as exc:
                raise PlanError(f"I can't read {rel}: {exc.strerror or exc}.") from exc
        return self.originals[rel]

    def doc(self, rel: str) -> tsx.Doc:
        """The parsed file; a file that does not parse is refused, never edited."""
        doc = self.docs.get(rel)
        if doc is None:
            doc = self.docs[rel] = tsx.parse(self.source(rel), rel)
        where = tsx.problem(doc)
        if where is not None:
            raise PlanError(f"{rel}:{where[0]}:{where[1]} does not parse, so I left it alone.",
                            hint="fix that spot (or undo the last change) and ask again")
        return doc

    def exists(self, rel: str) -> bool:
        if rel in self.whole:
            return self.whole[rel] is not None
        return (self.root / rel).is_file()

    def page(self, route: str) -> PageCode:
        page = self.project.page(route)
        if page is None:
            raise PlanError(f"There is no page at {route}.", hint="add the page first, or pick one of: "
                            + ", ".join(p.route for p in self.project.pages))
        if not page.editable:
            raise PlanError(f"I can't edit the page at {route}: {page.problem}.")
        return page

    # --- writing -----------------------------------------------------------------------------

    def edit(self, rel: str, start: int, end: int, text: str) -> None:
        if rel not in self.edits and Path(rel).suffix in SOURCE_EXTS:
            self.doc(rel)  # refuses a file that does not parse
        self.source(rel)
        self.edits.setdefault(rel, []).append(tsx.edit(start, end, text))

    def replace(self, spot: Spot, text: str) -> None:
        """Write ``text`` over a spot, escaped for what the spot holds."""
        if spot.form == "text":
            new = tsx.jsx_text(text)
        elif spot.form == "attr":
            new = tsx.jsx_attr(text)
        elif spot.form == "js":
            quote = self.source(spot.file)[spot.start:spot.start + 1]
            new = tsx.js_string(text)
            if quote == b"'":
                new = "'" + new[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"
        else:
            new = text
        self.edit(spot.file, spot.start, spot.end, new)

    def remove(self, rel: str, start: int, end: int) -> None:
        """Delete a range, with its lines when nothing else is on them."""
        source = self.source(rel)
        if tsx.only_space_before(source, start) and not source[end:tsx.line_end(source, end)].strip():
            start, end = tsx.line_start(source, start), tsx.line_end(source, end)
        self.edit(rel, start, end, "")

    def write(self, rel: str, content: str | bytes | None) -> None:
        self.whole[rel] = content.encode() if isinstance(content, str) else content

    def add_import(self, rel: str, line: str, name: str) -> None:
        """``line`` into the file's imports, unless ``name`` is imported there already (or by this plan)."""
        doc = self.doc(rel)
        present = tsx.imports(doc)
        if any(i.default == name or name in i.names for i in present):
            return
        at = tsx.import_block_end(doc)
        if present and not doc.text(present[-1].node).rstrip().endswith(";"):
            line = line.rstrip(";")  # the file writes its imports without semicolons
        text = line + "\n"
        if any(e.start == at and e.text.startswith(text.encode()) for e in self.edits.get(rel, [])):
            return  # this plan imports it already
        if at == len(doc.source) and not doc.source.endswith(b"\n"):
            text = "\n" + text  # the last import has no line end
        if not present:
            text += "\n"  # the file's first import: a blank line before the code
        self.edit(rel, at, at, text)

    def component_files(self, kind: str) -> None:
        """Our component for ``kind``, written once per project (a user's edited copy is kept)."""
        for rel, content in components.component_files(kind, self.style).items():
            if not self.exists(rel):
                self.write(rel, content)

    def finish(self) -> CodeEdit:
        for route, page in self.new_pages.items():
            self.write(page.rel, _page_source(self, route, page))
        out = self.out
        for rel, edits in self.edits.items():
            try:
                data = tsx.splice(self.originals[rel], edits)
            except ValueError as exc:
                raise PlanError(f"Two changes in this plan touch the same place in {rel}.",
                                hint="ask for one of them at a time") from exc
            if Path(rel).suffix in SOURCE_EXTS and tsx.problem(tsx.parse(data, rel)) is not None:
                raise PlanError(f"Editing {rel} would leave it unparsable, so nothing was written.")
            out.files[self.moves.get(rel, rel)] = data
            out.ranges[rel] = sorted((e.start, e.end) for e in edits)
        for old, moved in self.moves.items():
            if old not in self.edits:
                out.files[moved] = self.source(old)
            out.files[old] = None
            out.ranges.setdefault(old, [(0, len(self.source(old)))])
        for rel, content in self.whole.items():
            out.files[rel] = content
            if content is None:
                out.ranges[rel] = [(0, len(self.source(rel)))]
        # What each written file held when the edit was computed, so a writer can refuse to
        # overwrite a file the user saved meanwhile.
        out.old = {rel: self.originals.get(rel) if rel in self.originals or not (self.root / rel).is_file()
                   else (self.root / rel).read_bytes() for rel in out.files}
        return out


# --- pages and sections -----------------------------------------------------------------------

def _component_name(kind: str) -> str:
    return components.component_name(kind)


def _page_rel(ctx: Ctx, route: str) -> str:
    """Where a new page goes, with the extension the project's pages use (create-next-app's
    JavaScript pages are .js)."""
    ext = ".tsx" if ctx.project.conventions.typescript else ".jsx"
    home = ctx.project.page("/")
    if home is not None and not home.file.endswith(".ts"):
        ext = posixpath.splitext(home.file)[1]
    return f"{ctx.project.conventions.app_dir}{'' if route == '/' else route}/page{ext}"


def _page_source(ctx: Ctx, route: str, new: NewPage) -> str:
    """A new page in the project's style: a heading, a paragraph, its sections as components.

    Tailwind projects get utility classes; a project made by Avery NXR's renderer gets its
    page-header block; any other project a CSS module next to the page (as create-next-app does).
    The page's root is a <div> when the layout already wraps pages in a <main>."""
    conv = ctx.project.conventions
    ts, tw = conv.typescript, conv.tailwind
    head = ['import type { Metadata } from "next";'] if ts else []
    wrapper = "div" if _layout_has_main(ctx) else "main"
    globals_css = ctx.root / conv.app_dir / "globals.css"
    rendered = not tw and globals_css.is_file() and b".page-header" in globals_css.read_bytes()
    title, text = tsx.jsx_text(new.title), tsx.jsx_text("Write something here.")
    if tw:
        body = [f'    <{wrapper} className="mx-auto w-full max-w-3xl px-6 py-16">',
                f'      <h1 className="text-4xl font-semibold tracking-tight">{title}</h1>',
                f'      <p className="mt-4 text-lg text-zinc-600 dark:text-zinc-400">{text}</p>']
    elif rendered:
        body = [f"    <{wrapper}>", '      <section className="page-header container">', f"        <h1>{title}</h1>",
                f"        <p>{text}</p>", "      </section>"]
    else:
        head.append('import styles from "./page.module.css";')
        ctx.write(posixpath.join(posixpath.dirname(new.rel), "page.module.css"), _PAGE_CSS)
        body = [f"    <{wrapper} className={{styles.page}}>", f"      <h1 className={{styles.title}}>{title}</h1>",
                f"      <p className={{styles.text}}>{text}</p>"]
    kinds = list(dict.fromkeys(kind for kind, _ in new.sections))
    head += [components.import_line(kind, ctx.style, new.rel) for kind in kinds]
    for kind in kinds:
        ctx.component_files(kind)
    body += ["      " + components.element(kind, section, "      ") for kind, section in new.sections]
    meta = f"export const metadata{': Metadata' if ts else ''} = {{ title: {tsx.js_string(new.title)} }};"
    words = [w.capitalize() for w in re.split(r"[^A-Za-z0-9]+", route) if w]
    fn = "".join(words) + "Page" if words and words[0][0].isalpha() else "NewPage"
    lines = head + ["", meta, "", f"export default function {fn}() {{", "  return (", *body,
                    f"    </{wrapper}>", "  );", "}", ""]
    return "\n".join(lines)


def _layout_has_main(ctx: Ctx) -> bool:
    layout = ctx.project.layout
    if layout is None:
        return False
    try:
        doc = ctx.doc(layout)
    except PlanError:
        return False
    return next(tsx.elements(doc, doc.root, ("main",)), None) is not None


_PAGE_CSS = """.page {
  width: min(48rem, 100% - 3rem);
  margin: 0 auto;
  padding: 4rem 0;
}

.title {
  font-size: 2.25rem;
  line-height: 1.2;
}

.text {
  margin-top: 1rem;
  font-size: 1.125rem;
  opacity: 0.8;
}
"""


def _section(ctx: Ctx, kind: str, heading: str = "", text: str = "") -> Section:
    section = default_section(kind, ctx.project.name, heading)
    return section.model_copy(update={"text": text}) if text else section


def _insert_section(ctx: Ctx, route: str, kind: str, section: Section) -> None:
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
    if op.route in ctx.new_pages and op.target == "title":
        ctx.new_pages[op.route].title = op.text
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


def _set_name(ctx: Ctx, name: str) -> None:
    project = ctx.project
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
        ctx.out.summary.append(f"Set the {field_name} colour to {color}.")
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


def add_nav_link(ctx: Ctx, op: P.AddNavLink) -> None:
    _nav_link(ctx, op.label, op.href, required=True)


def _nav_link(ctx: Ctx, label: str, href: str, required: bool) -> None:
    nav = ctx.project.nav
    if nav is None:
        if required:
            raise PlanError("I can't find a navigation in this project (a <nav> or <header> with links in the root "
                            "layout or a component it renders), so there is nowhere to add a link.",
                            hint="add a <nav> to the root layout, then ask for the link again")
        return
    if any(h == href for _, h, _ in nav.links):
        ctx.out.summary.append(f"The navigation already links to {href}.")
        return
    if nav.form == "data":
        entry = f"{{ {nav.keys[0]}: {tsx.js_string(href)}, {nav.keys[1]}: {tsx.js_string(label)} }}"
        ctx.edit(nav.file, nav.insert_at, nav.insert_at, f",\n{nav.indent}{entry}" if nav.links else f"\n{nav.indent}{entry},")
    else:
        internal = href.startswith("/") and not href.startswith("//")
        tag = "Link" if nav.link_tag == "Link" or (internal and nav.link_tag != "a") else "a"
        cls = f" className={tsx.jsx_attr(nav.link_class)}" if nav.link_class else ""
        item = f"<{tag} href={tsx.jsx_attr(href)}{cls}>{tsx.jsx_text(label)}</{tag}>"
        if nav.wrap:
            wrap_cls = f" className={tsx.jsx_attr(nav.wrap_class)}" if nav.wrap_class else ""
            item = f"<{nav.wrap}{wrap_cls}>{item}</{nav.wrap}>"
        ctx.edit(nav.file, nav.insert_at, nav.insert_at, f"\n{nav.indent}{item}")
        if tag == "Link":
            ctx.add_import(nav.file, 'import Link from "next/link";', "Link")
    ctx.out.summary.append(f"Added \u201c{label}\u201d ({href}) to the navigation.")
    ctx.out.expect.append(("/", label))


def add_page(ctx: Ctx, op: P.AddPage) -> None:
    route = op.route or "/" + slug(op.title)
    if ctx.project.page(route) is not None or route in ctx.new_pages:
        raise PlanError(f"There is already a page at {route}.", hint="add sections to it, or pick another route")
    rel = _page_rel(ctx, route)
    if ctx.exists(rel):
        raise PlanError(f"{rel} already exists.")
    ctx.new_pages[route] = NewPage(rel, op.title, [(k, _section(ctx, k)) for k in op.sections])
    ctx.out.summary.append(f"Added the page {route} (\u201c{op.title}\u201d).")
    ctx.out.routes.append(route)
    ctx.out.expect.append((route, op.title))
    _nav_link(ctx, op.title, route, required=False)


def add_section(ctx: Ctx, op: P.AddSection) -> None:
    section = _section(ctx, op.kind, op.heading, op.text)
    _insert_section(ctx, op.route, op.kind, section)
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
        section = _section(ctx, op.kind, op.heading).model_copy(update={prop: new})
        if route not in ctx.new_pages and ctx.project.page(route) is None:
            raise PlanError(f"There is no page at {route}.", hint="add the page first")
        _insert_section(ctx, route, op.kind, section)
    ctx.out.summary.append(f"Added {len(op.items)} item(s) to the {op.kind.replace('_', ' ')} section on {route}.")
    ctx.out.routes.append(route)
    ctx.out.expect += [(route, e.title) for e in op.items]


def _find_item(ctx: Ctx, title: str) -> tuple[str, SectionCode, str, list[Item | Tier], int]:
    """The component section holding an item (or pricing tier) called ``title``, on any page."""
    for page in ctx.project.pages:
        for section in page.sections:
            content = section.content
            if not page.editable or not section.ours or content is None:
                continue
            collections: tuple[tuple[str, list[Item | Tier]], ...] = (
                ("items", list(content.items)), ("tiers", list(content.tiers)))
            for prop, values in collections:
                for i, value in enumerate(values):
                    name = value.title if isinstance(value, Item) else value.name
                    if name.strip().lower() == title.strip().lower():
                        return page.route, section, prop, list(values), i
    raise PlanError(f"I can't find an item called \u201c{title}\u201d on the site.",
                    hint="only items in sections Avery NXR added can be edited; name one of those")


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


def _page_folder_files(ctx: Ctx, page: PageCode) -> list[str]:
    folder = posixpath.dirname(page.file)
    if page.route == "/":
        return [page.file]
    return sorted(p.relative_to(ctx.root).as_posix() for p in (ctx.root / folder).iterdir() if p.is_file())


def remove_page(ctx: Ctx, op: P.RemovePage) -> None:
    if op.route == "/":
        raise PlanError("The home page can't be removed.", hint="change its content instead")
    page = ctx.page(op.route)
    for rel in _page_folder_files(ctx, page):
        ctx.source(rel)
        ctx.write(rel, None)
    nav = ctx.project.nav
    for _, href, spot in (nav.links if nav else ()):
        if href == op.route:
            _remove_nav_entry(ctx, spot)
    ctx.out.summary.append(f"Removed the page {op.route}.")
    ctx.out.routes.append("/")


def _remove_nav_entry(ctx: Ctx, spot: Spot) -> None:
    doc = ctx.doc(spot.file)
    if spot.form == "js":  # an {href, label} object in an array: its comma goes with it
        source = doc.source
        end = spot.end
        rest = source[end:]
        if rest.lstrip()[:1] == b",":
            end += len(rest) - len(rest.lstrip()) + 1
        ctx.remove(spot.file, spot.start, end)
        return
    el = next(e for e in tsx.elements(doc, doc.root) if e.start_byte == spot.start)
    parent = el.parent
    if parent is not None and tsx.is_element(parent) and tsx.tag(parent) == "li":
        el = parent
    ctx.remove(spot.file, el.start_byte, el.end_byte)


def rename_page(ctx: Ctx, op: P.RenamePage) -> None:
    if op.route == "/":
        raise PlanError("The home page can't be moved.")
    page = ctx.page(op.route)
    if ctx.project.page(op.new_route) is not None:
        raise PlanError(f"There is already a page at {op.new_route}.")
    old_dir = posixpath.dirname(page.file)
    if posixpath.dirname(op.route) == posixpath.dirname(op.new_route):  # keep route groups: rename the folder only
        new_dir = posixpath.join(posixpath.dirname(old_dir), op.new_route.rsplit("/", 1)[-1])
    else:
        new_dir = ctx.project.conventions.app_dir + op.new_route
    for rel in _page_folder_files(ctx, page):
        ctx.source(rel)
        ctx.moves[rel] = new_dir + rel[len(old_dir):]
    _rewrite_links(ctx, op.route, op.new_route)
    if op.title and page.title is not None:
        ctx.replace(page.title, op.title)
        ctx.out.expect.append((op.new_route, op.title))
    ctx.out.summary.append(f"Moved the page {op.route} to {op.new_route}.")
    ctx.out.routes.append(op.new_route)


_LINK_CALLS = ("push", "replace", "prefetch", "redirect", "permanentRedirect")
_LINK_KEYS = ("href", "url", "path", "link", "to", "pathname")
STRING_QUERY = "(string) @s"


def _rewrite_links(ctx: Ctx, old: str, new: str) -> None:
    """href="/old", href={"/old"}, router.push("/old"), {href: "/old"} (and /old/…, /old#…, /old?…) -> new."""
    needle = old.encode()
    for top in LINK_DIRS:
        folder = ctx.root / top
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if path.suffix not in SOURCE_EXTS or "node_modules" in path.parts or not path.is_file():
                continue
            rel = path.relative_to(ctx.root).as_posix()
            if needle not in ctx.source(rel):
                continue
            doc = ctx.doc(rel)
            for node in doc.find(STRING_QUERY):
                value = doc.text(node)[1:-1]
                if not (value == old or value.startswith((old + "/", old + "#", old + "?"))) or not _is_link(doc, node):
                    continue
                ctx.edit(rel, node.start_byte + 1, node.end_byte - 1, new + value[len(old):])


def _is_link(doc: tsx.Doc, node: Node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "jsx_expression":
        parent = parent.parent
    if parent is not None and parent.type == "jsx_attribute":
        return doc.text(parent.named_children[0]) == "href"
    if parent is not None and parent.type == "pair":
        key = parent.child_by_field_name("key")
        return key is not None and doc.text(key).strip("\"'") in _LINK_KEYS
    if parent is not None and parent.type == "arguments":
        call = parent.parent
        fn = call.child_by_field_name("function") if call is not None else None
        return fn is not None and doc.text(fn).rsplit(".", 1)[-1] in _LINK_CALLS
    return False


def add_api_route(ctx: Ctx, op: P.AddApiRoute) -> None:
    ts = ctx.project.conventions.typescript
    rel = f"{ctx.project.conventions.app_dir}{op.route}/route.{'ts' if ts else 'js'}"
    if ctx.exists(rel):
        raise PlanError(f"{rel} already exists.", hint="pick another route")
    if op.method == "GET":
        body = components.prop_value(dict(op.json_body), "  ")
        source = f"export async function GET() {{\n  return Response.json({body});\n}}\n"
    else:  # echoes what it was sent next to the fixed fields
        body = components.prop_value({**op.json_body, "received": None}, "  ").replace("received: null", "received")
        arg = "request: Request" if ts else "request"
        source = (f"export async function POST({arg}) {{\n  const received = await request.json().catch(() => null);\n"
                  f"  return Response.json({body});\n}}\n")
    ctx.write(rel, source)
    ctx.out.summary.append(f"Added the API route {op.method} {op.route}.")


def describe_site(ctx: Ctx, op: P.DescribeSite) -> None:
    _set_name(ctx, op.name)
    home = ctx.page("/")
    if home.title is not None:
        ctx.replace(home.title, op.name)
        ctx.out.expect.append(("/", op.name))
    if op.tagline and home.subtitle is not None:
        ctx.replace(home.subtitle, op.tagline)
        ctx.out.expect.append(("/", op.tagline))
    have = {s.kind for s in home.sections}
    for kind in op.sections:
        if kind not in have:
            _insert_section(ctx, "/", kind, _section(ctx, kind))
            have.add(kind)
    ctx.out.routes.append("/")


def repair(ctx: Ctx, op: P.Repair) -> None:
    raise PlanError("Repairing a file is not something I do in a project's own code yet.",
                    hint="undo the last change, or fix the file by hand")


def write_file(ctx: Ctx, op: P.WriteFile) -> None:
    raise PlanError("Writing a whole file is not something I do in a project's own code yet.",
                    hint="ask for a page, a section or a text change instead")


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
