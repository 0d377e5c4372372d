"""The machinery of code ops: edits against the bytes as read, spliced once per file.

A ``Ctx`` collects byte-range edits for each file (all indexing the file as it was read), whole
new files, deletions and moves; ``finish`` splices each file once, checks that what it made
still parses, and returns the ``CodeEdit``. Pages a plan adds are written whole at the end
(``page_source``), so later ops of the same plan can add sections to them.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import PlanError
from app.scaffold.code import components, modules, tsx
from app.scaffold.code.reader import CodeProject, PageCode, SectionCode, Spot
from app.scaffold.site import Section, default_section

SOURCE_EXTS = (".tsx", ".jsx", ".ts", ".js", ".mjs")


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
class NewNav:
    """The navigation this plan adds to a root layout that has none (``pageops.add_nav``): written
    when the plan is done, so every link the plan adds goes into one element (with the site's name as
    the plan leaves it, ``Ctx.site_name``)."""

    layout: str
    links: list[tuple[str, str]] = field(default_factory=list)  # (label, href)


@dataclass
class NewPage:
    """A page this plan adds: written whole when the plan is done, so later ops can add to it."""

    rel: str
    title: str
    sections: list[tuple[str, Section]] = field(default_factory=list)
    subtitle: str = ""  # a paragraph under the heading only when the plan gives one: no placeholder text


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
        self.new_nav: NewNav | None = None
        self.site_name = project.name  # as this plan leaves it (set_text site_name)
        self.at_finish: list[Callable[[], None]] = []  # edits made once the plan is done (new_nav)
        # A section's items or tiers as this plan leaves them: two edits of one list ("adults £7, family
        # £21") each start from the other's result and write the list once.
        self.lists: dict[tuple[str, int, str], list[Any]] = {}
        # A section's text as this plan leaves it: two replacements in one paragraph ("6-8m is $920 now,
        # also take out outboard service") each start from the other's result.
        self.texts: dict[tuple[str, int], str] = {}
        self.spot_texts: dict[tuple[str, int, int], str] = {}
        # The menu's links as this plan leaves them, (label, href, text) in each link's place: two moves in one plan ("Menu
        # order: Home, Events, About, Contact") each start from the other's order and write each place once.
        self.nav_order: list[tuple[str, str, str]] | None = None
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

    def edit(self, rel: str, start: int, end: int, text: str, again: bool = False) -> None:
        """One replacement of a range; ``again``: it replaces this plan's earlier edit of the same range."""
        if rel not in self.edits and Path(rel).suffix in SOURCE_EXTS:
            self.doc(rel)  # refuses a file that does not parse
        self.source(rel)
        edits = self.edits.setdefault(rel, [])
        if again:
            edits[:] = [e for e in edits if (e.start, e.end) != (start, end) or start == end]
        edits.append(tsx.edit(start, end, text))

    def taken(self, rel: str, start: int, end: int) -> str:
        """A range's text as this plan's earlier edits inside it leave it, those edits dropped: the range is about to be
        written whole elsewhere (a link renamed, then moved in the menu)."""
        source = self.source(rel)
        inside = [e for e in self.edits.get(rel, []) if start <= e.start and e.end <= end and (e.start, e.end) != (start, end)]
        if inside:
            self.edits[rel] = [e for e in self.edits[rel] if e not in inside]
        try:
            return tsx.splice(source[start:end], [tsx.edit(e.start - start, e.end - start, e.text) for e in inside]).decode()
        except ValueError as exc:  # two of this plan's changes inside it overlap: as ``finish`` says of them
            raise PlanError(f"Two changes in this plan touch the same place in {rel}.", hint="ask for one of them at a time") from exc

    def section_list(self, section: SectionCode, prop: str, values: list[Any]) -> list[Any]:
        """The list a section's ``prop`` holds as this plan leaves it (``values`` at first)."""
        return self.lists.setdefault((section.element.file, section.element.start, prop), values)

    def section_text(self, section: SectionCode, text: str) -> str:
        """The section's text as this plan leaves it (``text`` at first)."""
        return self.texts.setdefault((section.element.file, section.element.start), text)

    def set_section_text(self, section: SectionCode, text: str) -> None:
        self.texts[(section.element.file, section.element.start)] = text

    def spot_text(self, spot: Spot) -> str:
        """The spot's text as this plan's earlier ``replace_spot_text`` left it (its own at first)."""
        return self.spot_texts.get((spot.file, spot.start, spot.end), spot.text)

    def replace_spot_text(self, spot: Spot, text: str) -> None:
        """Write ``text`` over a spot that an earlier op of this plan may have written too ("Sanne de Vries" and her
        number replaced in one footer line): the later text, which holds the earlier edit, stands."""
        key = (spot.file, spot.start, spot.end)
        again = key in self.spot_texts
        self.spot_texts[key] = text
        self.replace(spot, text, again)

    def replace(self, spot: Spot, text: str, again: bool = False) -> None:
        """Write ``text`` over a spot, escaped for what the spot holds."""
        if spot.form == "text":
            new = tsx.jsx_text(text)
        elif spot.form == "attr":
            new = tsx.jsx_attr(text)
        elif spot.form == "js":
            new = tsx.js_string(text, "'" if self.source(spot.file)[spot.start:spot.start + 1] == b"'" else '"')
        else:
            new = text
        self.edit(spot.file, spot.start, spot.end, new, again)

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
        line = modules.restyle_import(line, *modules.import_style(doc))  # 'single' quotes, no semicolons: as the file
        text = line + "\n"
        if any(e.start == at and e.text.startswith(text.encode()) for e in self.edits.get(rel, [])):
            return  # this plan imports it already
        if at == len(doc.source) and not doc.source.endswith(b"\n"):
            text = "\n" + text  # the last import has no line end
        if not present:  # the file's first imports: one blank line after the last of them, before the code
            mine = self.edits.get(rel, [])
            for i, e in enumerate(mine):
                if e.start == e.end == at and e.text.endswith(b"\n\n"):
                    mine[i] = tsx.edit(at, at, e.text[:-1])
            text += "\n"
        self.edit(rel, at, at, text)

    def component_files(self, kind: str) -> None:
        """Our component for ``kind``, written once per project (a user's edited copy is kept)."""
        for rel, content in components.component_files(kind, self.style).items():
            if not self.exists(rel):
                self.write(rel, content)

    def finish(self) -> CodeEdit:
        for deferred in self.at_finish:
            deferred()
        for route, page in self.new_pages.items():
            self.write(page.rel, page_source(self, route, page))
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


# --- new pages -------------------------------------------------------------------------------

def page_rel(ctx: Ctx, route: str) -> str:
    """Where a new page goes, with the extension the project's pages use (create-next-app's
    JavaScript pages are .js)."""
    ext = ".tsx" if ctx.project.conventions.typescript else ".jsx"
    home = ctx.project.page("/")
    if home is not None and not home.file.endswith(".ts"):
        ext = posixpath.splitext(home.file)[1]
    return f"{ctx.project.conventions.app_dir}{'' if route == '/' else route}/page{ext}"


def page_source(ctx: Ctx, route: str, new: NewPage) -> str:
    """A new page in the project's style: a heading, a paragraph when the plan gives one, its
    sections as components.

    Tailwind projects get utility classes; a project made by Avery NXR's renderer gets its
    page-header block; any other project a CSS module next to the page (as create-next-app does).
    The page's root is a <div> when the layout already wraps pages in a <main>."""
    conv = ctx.project.conventions
    ts, tw = conv.typescript, conv.tailwind
    head = ['import type { Metadata } from "next";'] if ts else []
    wrapper = "div" if layout_has_main(ctx) else "main"
    globals_css = ctx.root / conv.app_dir / "globals.css"
    rendered = not tw and globals_css.is_file() and b".page-header" in globals_css.read_bytes()
    title, text = tsx.jsx_text(new.title), tsx.jsx_text(new.subtitle)
    if tw:
        body = [f'    <{wrapper} className="mx-auto w-full max-w-3xl px-6 py-16">',
                f'      <h1 className="text-4xl font-semibold tracking-tight">{title}</h1>']
        body += [f'      <p className="{TW_SUBTITLE}">{text}</p>'] if new.subtitle else []
    elif rendered:
        body = [f"    <{wrapper}>", '      <section className="page-header container">', f"        <h1>{title}</h1>"]
        body += [f"        <p>{text}</p>"] if new.subtitle else []
        body += ["      </section>"]
    else:
        head.append('import styles from "./page.module.css";')
        ctx.write(posixpath.join(posixpath.dirname(new.rel), "page.module.css"), PAGE_CSS)
        body = [f"    <{wrapper} className={{styles.page}}>", f"      <h1 className={{styles.title}}>{title}</h1>"]
        body += [f"      <p className={{styles.text}}>{text}</p>"] if new.subtitle else []
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


def layout_has_main(ctx: Ctx) -> bool:
    layout = ctx.project.layout
    if layout is None:
        return False
    try:
        doc = ctx.doc(layout)
    except PlanError:
        return False
    return next(tsx.elements(doc, doc.root, ("main",)), None) is not None


TW_SUBTITLE = "mt-4 text-lg text-zinc-600 dark:text-zinc-400"

PAGE_CSS = """.page {
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


def section_for(ctx: Ctx, kind: str, heading: str = "", text: str = "", site_name: str | None = None) -> Section:
    section = default_section(kind, ctx.project.name if site_name is None else site_name, heading)
    return section.model_copy(update={"text": text}) if text else section


# --- sections -------------------------------------------------------------------------------

def sections_of(ctx: Ctx, route: str, kind: str) -> list[SectionCode]:
    return [s for s in ctx.page(route).sections if s.kind == kind]


def set_prop(ctx: Ctx, section: SectionCode, prop: str, value: object) -> None:
    """Replace a component's prop value in place, or add the prop after its other attributes."""
    doc = ctx.doc(section.element.file)
    indent = tsx.indent_at(doc.source, section.element.start)
    literal = value if isinstance(value, str) else None
    text = tsx.jsx_attr(literal) if literal is not None else "{" + components.prop_value(value, indent + "  ") + "}"
    spot = section.props.get(prop)
    if spot is not None:
        ctx.edit(spot.file, spot.start, spot.end, text, again=True)
        return
    el = next(e for e in tsx.elements(doc, doc.root) if e.start_byte == section.element.start)
    opening = tsx.opening(el)
    attrs = [a for a in opening.named_children if a.type in ("jsx_attribute", "jsx_expression")]
    at = attrs[-1].end_byte if attrs else (opening.child_by_field_name("name") or opening).end_byte
    ctx.edit(section.element.file, at, at, f" {prop}={text}")
