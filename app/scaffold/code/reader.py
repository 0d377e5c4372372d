"""Read a Next.js App Router project from its code: pages, nav, theme, conventions.

Nothing here writes. Every place an edit may go is a ``Spot`` (a byte range in
one file plus the visible text there now), so ``codeops`` edits exactly those
bytes and leaves the rest of the file as the user wrote it.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from tree_sitter import Node

from app.scaffold.code import css, tsx
from app.scaffold.site import ROUTE_RE, SECTION_KINDS, NavLink, Page, Section, Site, Theme


@dataclass(frozen=True)
class Spot:
    """A replaceable byte range in one file."""

    file: str  # path relative to the project root, posix
    start: int  # byte offsets into the file as read
    end: int
    text: str  # the visible text there now, whitespace collapsed
    # How new text is written here: "text" JSX text (escaped), "attr" a JSX attribute value with its
    # quotes or braces, "js" a JS string literal with its quotes, "css" a CSS value as it is, "jsx" a
    # whole element (replaced or removed as a unit).
    form: str = "text"


@dataclass(frozen=True)
class SectionCode:
    kind: str  # a site.SectionKind
    heading: Spot | None
    element: Spot  # the whole <section …>…</section> or <Features …/> element
    component: str | None  # the component's name when the section is a component (<Features/>)
    ours: bool = False  # the component is one Avery NXR wrote (imported from components/nxr/)
    props: Mapping[str, Spot] = field(default_factory=dict)  # a component's literal props: name -> value (form "attr")
    content: Section | None = None  # what the section holds, as far as it is literal


@dataclass(frozen=True)
class PageCode:
    route: str  # "/", "/about", "/blog/[slug]"
    file: str
    editable: bool  # False for dynamic [x] segments and files that do not parse
    problem: str | None  # why not editable ("app/x/page.tsx:3:7 does not parse")
    title: Spot | None
    subtitle: Spot | None
    button: Spot | None
    sections: tuple[SectionCode, ...]
    insert_at: int | None  # where a new section element goes: end of <main>'s children, else the root element's
    indent: str = "      "  # indentation of a new child at insert_at


@dataclass(frozen=True)
class NavCode:
    file: str
    links: tuple[tuple[str, str, Spot], ...]  # (label, href, spot of the whole <Link>/<a> or array entry)
    insert_at: int
    indent: str
    form: str = "jsx"  # "jsx": <Link> elements in the nav; "data": {href, label} objects in an array the nav maps over
    brand: Spot | None = None  # the site name shown in the nav, when it is literal text
    link_tag: str = "Link"  # "Link" or "a": what the nav's links are written with
    link_class: str | None = None  # the className of the last link, copied onto a new one
    wrap: str | None = None  # "li" when each link sits in a list item
    wrap_class: str | None = None
    keys: tuple[str, str] = ("href", "label")  # data form: the objects' keys for the target and the label


@dataclass(frozen=True)
class ThemeCode:
    file: str  # the stylesheet new variables go into
    vars: Mapping[str, Spot]  # css custom property name -> its value's range (a Spot names its own file)
    where: str  # "root" (:root block), "theme" (Tailwind @theme block) or "none" (neither: insert_at is end of file)
    insert_at: int  # where a new variable goes: end of the :root (or @theme) block's declarations
    body_font: Spot | None = None  # the value of body { font-family: … } when there is one
    body_insert: tuple[str, int] | None = None  # (file, offset) to add a declaration to a top-level body rule
    indent: str = "  "  # indentation of a declaration in the block at insert_at


@dataclass(frozen=True)
class Conventions:
    typescript: bool
    tailwind: bool
    src: bool
    alias: str | None  # import prefix for the project root ("@/"), None -> relative imports
    app_dir: str  # "app" or "src/app"
    alias_dir: str = ""  # the folder the alias points at: "" (project root) or "src"


@dataclass(frozen=True)
class CodeProject:
    root: Path
    conventions: Conventions
    name: str  # metadata title in the root layout, else the package name
    name_spot: Spot | None
    layout: str | None  # the root layout file
    pages: tuple[PageCode, ...]
    nav: NavCode | None
    theme: ThemeCode | None
    problems: tuple[str, ...] = field(default=())  # "file:line:col" of every read file that does not parse

    def page(self, route: str) -> PageCode | None:
        return next((p for p in self.pages if p.route == route), None)


PAGE_EXTS = (".tsx", ".jsx", ".js", ".ts")
# Site theme fields -> the custom properties that hold them, first match wins: create-next-app's
# --background/--foreground, our renderer's --color-*, and the common short names.
THEME_VARS: dict[str, tuple[str, ...]] = {
    "primary": ("--primary", "--color-primary", "--brand"),
    "accent": ("--accent", "--color-accent"),
    "background": ("--background", "--color-bg", "--color-background", "--bg"),
    "foreground": ("--foreground", "--color-fg", "--color-foreground", "--fg"),
}
# Words in a <section>'s id, className, aria-label or heading that say what kind it is, in order.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hero", ("hero", "jumbotron", "banner")),
    ("pricing", ("pricing", "prices", "price", "plans", "tiers")),
    ("faq", ("faq", "faqs", "questions")),
    ("contact", ("contact", "contacts")),
    ("testimonials", ("testimonials", "testimonial", "reviews", "quotes")),
    ("team", ("team", "people", "staff")),
    ("features", ("features", "feature", "services", "benefits", "offer")),
    ("cta", ("cta", "signup", "call-to-action")),
    ("list", ("list", "hours", "menu", "schedule", "timetable")),
    ("image_text", ("image-text", "about", "story", "split")),
)
COMPONENT_KINDS = {kind.replace("_", ""): kind for kind in SECTION_KINDS}  # "imagetext" -> "image_text"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def component_kind(name: str) -> str | None:
    """The section kind a component name stands for ("Features", "ImageText", "FAQ")."""
    return COMPONENT_KINDS.get(name.lower())


def _strip_jsonc(text: str) -> str:
    """tsconfig.json may hold comments and trailing commas (JSONC)."""
    text = re.sub(r'("(?:[^"\\]|\\.)*")|//[^\n]*|/\*.*?\*/', lambda m: m.group(1) or "", text, flags=re.S)
    return re.sub(r",(\s*[}\]])", r"\1", text)


def _json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(_strip_jsonc(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def conventions(root: Path) -> Conventions:
    app_dir = "app" if (root / "app").is_dir() or not (root / "src" / "app").is_dir() else "src/app"
    config = _json(root / "tsconfig.json") or _json(root / "jsconfig.json")
    alias: str | None = None
    alias_dir = ""
    options = config.get("compilerOptions")
    paths = options.get("paths") if isinstance(options, dict) else None
    if isinstance(paths, dict):
        for key, targets in paths.items():
            if isinstance(key, str) and key.endswith("/*") and isinstance(targets, list) and targets:
                target = str(targets[0])
                if target.endswith("/*"):
                    folder = posixpath.normpath(target[:-2])
                    alias, alias_dir = key[:-1], "" if folder in (".", "") else folder.removeprefix("./")
                    break
    package = _json(root / "package.json")
    deps: set[str] = set()
    for key in ("dependencies", "devDependencies"):
        section = package.get(key)
        if isinstance(section, dict):
            deps.update(section)
    tailwind = "tailwindcss" in deps or any(d.startswith("@tailwindcss/") for d in deps)
    if not tailwind:
        for css_file in (root / app_dir).glob("*.css"):
            head = css_file.read_bytes()[:4000]
            if b'@import "tailwindcss"' in head or b"@tailwind " in head or b"@import 'tailwindcss'" in head:
                tailwind = True
    typescript = (root / "tsconfig.json").is_file() or any((root / app_dir).glob("**/*.tsx"))
    return Conventions(typescript, tailwind, app_dir == "src/app", alias, app_dir, alias_dir)


def route_of(rel_dir: str) -> str | None:
    """The URL route of a folder under the app dir; None when it is not routable (_private, @slot, (.)x)."""
    segments: list[str] = []
    for seg in rel_dir.split("/") if rel_dir else []:
        if seg.startswith(("_", "@", "(.", "(..")):
            return None
        if seg.startswith("(") and seg.endswith(")"):
            continue  # a route group adds no segment
        segments.append(seg)
    return "/" + "/".join(segments)


def is_dynamic(route: str) -> bool:
    return "[" in route


# Parsed files and read pages, by their bytes' hash (not by mtime: an edit can land within one
# timestamp tick and keep the size). A turn reads the whole project, but between two turns only
# the files it edited change, so the next read parses and reads only those again.
_CACHE_SIZE = 512
_DOCS: OrderedDict[tuple[str, bytes], tuple[tsx.Doc, str | None]] = OrderedDict()
_PAGES: OrderedDict[tuple[str, str, bytes], PageCode] = OrderedDict()


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any) -> None:
    cache[key] = value
    if len(cache) > _CACHE_SIZE:
        cache.popitem(last=False)


def clear_cache() -> None:
    _DOCS.clear()
    _PAGES.clear()


class _Reader:
    """One read of a project: parsed files are kept for the length of the read."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.conv = conventions(root)
        self.docs: dict[str, tsx.Doc | None] = {}
        self.keys: dict[str, tuple[str, bytes]] = {}
        self.problems: list[str] = []

    def doc(self, rel: str) -> tsx.Doc | None:
        """The parsed file, or None when it is missing or does not parse (noted in ``problems``)."""
        if rel not in self.docs:
            try:
                source = (self.root / rel).read_bytes()
            except OSError:
                self.docs[rel] = None
                return None
            key = (rel, hashlib.blake2b(source, digest_size=16).digest())
            self.keys[rel] = key
            cached = _DOCS.get(key)
            if cached is None:
                doc = tsx.parse(source, rel)
                where = tsx.problem(doc)
                cached = (doc, f"{rel}:{where[0]}:{where[1]}" if where is not None else None)
                _remember(_DOCS, key, cached)
            if cached[1] is not None:
                self.problems.append(cached[1])
            self.docs[rel] = cached[0] if cached[1] is None else None
        return self.docs[rel]

    def resolve(self, from_rel: str, spec: str) -> str | None:
        """The project file an import names ("@/components/Nav", "./globals.css"), if it is local."""
        if self.conv.alias and spec.startswith(self.conv.alias):
            base = posixpath.join(self.conv.alias_dir, spec[len(self.conv.alias):])
        elif spec.startswith("."):
            base = posixpath.join(posixpath.dirname(from_rel), spec)
        else:
            return None
        base = posixpath.normpath(base)
        if base.startswith(".."):
            return None
        for ext in ("", ".tsx", ".ts", ".jsx", ".js", "/index.tsx", "/index.ts", "/index.jsx", "/index.js"):
            if (self.root / (base + ext)).is_file():
                return base + ext
        return None

    # --- pages -------------------------------------------------------------------------------

    def page_files(self) -> list[tuple[str, str]]:
        app = self.root / self.conv.app_dir
        found: list[tuple[str, str]] = []
        for path in app.rglob("page.*"):
            if path.suffix not in PAGE_EXTS or "node_modules" in path.parts or not path.is_file():
                continue
            rel_dir = path.parent.relative_to(app).as_posix()
            route = route_of("" if rel_dir == "." else rel_dir)
            if route is not None:
                found.append((route, path.relative_to(self.root).as_posix()))
        found.sort(key=lambda pair: (pair[0] != "/", pair[0], PAGE_EXTS.index(Path(pair[1]).suffix)))
        seen: set[str] = set()
        return [pair for pair in found if not (pair[0] in seen or seen.add(pair[0]))]  # type: ignore[func-returns-value]

    def page(self, route: str, rel: str) -> PageCode:
        """What a page holds; a page whose bytes were read before is not read again."""
        doc = self.doc(rel)
        key = (route, *self.keys[rel]) if rel in self.keys else None
        cached = _PAGES.get(key) if key is not None else None
        if cached is None:
            cached = self._page(route, rel, doc)
            if key is not None:
                _remember(_PAGES, key, cached)
        return cached

    def _page(self, route: str, rel: str, doc: tsx.Doc | None) -> PageCode:
        if doc is None:
            where = next((p for p in self.problems if p.startswith(rel + ":")), rel)
            return PageCode(route, rel, False, f"{where}: the file does not parse", None, None, None, (), None)
        dynamic = "the route is dynamic (its text comes from data)" if is_dynamic(route) else None
        scope = _page_root(doc)
        h1 = next(tsx.elements(doc, scope, ("h1",)), None) if scope is not None else None
        title = _text_spot(doc, h1) if h1 is not None else None
        subtitle_el = _subtitle(h1) if h1 is not None else None
        subtitle = _text_spot(doc, subtitle_el) if subtitle_el is not None else None
        button = _button(doc, h1, subtitle_el) if h1 is not None else None
        sections = tuple(self.sections(doc, scope, h1)) if scope is not None else ()
        insert_at, indent = _insert_point(doc, scope)
        return PageCode(route, rel, dynamic is None, dynamic, title, subtitle, button, sections, insert_at, indent)

    def sections(self, doc: tsx.Doc, scope: Node, h1: Node | None) -> Iterator[SectionCode]:
        local = {imp.default: imp.source for imp in tsx.imports(doc) if imp.default}
        taken_until = -1
        for el in tsx.elements(doc, scope):
            if el.start_byte < taken_until:
                continue
            name = tsx.tag(el)
            if name == "section":
                heading_el = next(tsx.elements(doc, el, ("h1", "h2", "h3")), None)
                heading = _text_spot(doc, heading_el) if heading_el is not None else None
                has_title = h1 is not None and el.start_byte <= h1.start_byte < el.end_byte
                # The page title's words say what the page is about, not what kind this block is.
                kind = _guess_kind(doc, el, heading.text if heading and not has_title else "")
                taken_until = el.end_byte
                if has_title and kind == "text":
                    continue  # the page's own header (its h1), not a section
                content = Section.model_validate({"kind": kind, "heading": heading.text[:120] if heading else ""})
                yield SectionCode(kind, heading, _spot(doc, el, "jsx"), None, content=content)
            elif (of_name := component_kind(name)) is not None:
                taken_until = el.end_byte
                yield _component_section(doc, el, name, of_name, "/nxr/" in local.get(name, ""))


def _spot(doc: tsx.Doc, node: Node, form: str = "text") -> Spot:
    text = tsx.visible_text(doc, node) if form in ("text", "jsx") else doc.text(node)
    return Spot(doc.path, node.start_byte, node.end_byte, text or "", form)


def _text_spot(doc: tsx.Doc, el: Node, plain: bool = False) -> Spot | None:
    found = tsx.text_range(doc, el, plain)
    return Spot(doc.path, found[0], found[1], found[2]) if found else None


def _page_root(doc: tsx.Doc) -> Node | None:
    """The JSX the page's default export returns; else the file's largest JSX element."""
    func = tsx.default_export(doc)
    first = next(tsx.elements(doc, func), None) if func is not None else None
    if first is not None:
        return first
    return max(tsx.elements(doc, doc.root), key=lambda n: n.end_byte - n.start_byte, default=None)


def _subtitle(h1: Node) -> Node | None:
    """The first <p> after the title among its siblings."""
    sibling = h1.next_named_sibling
    while sibling is not None:
        if sibling.type in tsx.ELEMENTS and tsx.tag(sibling) == "p":
            return sibling
        sibling = sibling.next_named_sibling
    return None


def _button(doc: tsx.Doc, h1: Node, subtitle: Node | None) -> Spot | None:
    """The first link or button after the title, in the title's own block, with plain text."""
    scope = next((a for a in tsx.ancestors(h1) if tsx.is_element(a) and tsx.tag(a) in ("section", "header")), None)
    if scope is None:
        parents = [a for a in tsx.ancestors(h1) if tsx.is_element(a)]
        scope = parents[1] if len(parents) > 1 else (parents[0] if parents else doc.root)
    for el in tsx.elements(doc, scope, ("a", "Link", "button")):
        if el.start_byte < h1.end_byte or (subtitle is not None and subtitle.start_byte <= el.start_byte < subtitle.end_byte):
            continue
        if any(tsx.tag(a) == "section" for a in tsx.ancestors(el) if tsx.is_element(a) and a.start_byte > scope.start_byte):
            continue
        spot = _text_spot(doc, el, plain=True)
        if spot is not None:
            return spot
    return None


def _insert_point(doc: tsx.Doc, scope: Node | None) -> tuple[int | None, str]:
    """Where a new section goes: after the last child of <main>, else of the page's root element."""
    if scope is None:
        return None, ""
    target = next(tsx.elements(doc, scope, ("main",)), None) or scope
    inner = tsx.inner_range(target)
    if inner is None:
        return None, ""
    kids = [c for c in tsx.children(target) if not (c.type == "jsx_text" and not doc.text(c).strip())]
    if kids:
        last = kids[-1]
        if tsx.only_space_before(doc.source, last.start_byte):
            return last.end_byte, tsx.indent_at(doc.source, last.start_byte)
        return last.end_byte, tsx.indent_at(doc.source, target.start_byte) + "  "
    return inner[0], tsx.indent_at(doc.source, target.start_byte) + "  "


def _guess_kind(doc: tsx.Doc, el: Node, heading: str) -> str:
    words: list[str] = []
    for attr in ("id", "className", "aria-label"):
        value = tsx.attribute_value(doc, el, attr)
        if value:
            words += _WORD.findall(value.lower())
    words += _WORD.findall(heading.lower())
    joined = set(words)
    for kind, keys in KIND_WORDS:
        if joined.intersection(keys) or any(k in w.split("-") for w in words for k in keys if "-" not in k):
            return kind
    return "text"


def _component_section(doc: tsx.Doc, el: Node, name: str, kind: str, ours: bool) -> SectionCode:
    props: dict[str, Spot] = {}
    values: dict[str, object] = {}
    for attr in tsx.opening(el).named_children:
        if attr.type != "jsx_attribute" or attr.named_child_count < 2:
            continue
        key, node = doc.text(attr.named_children[0]), attr.named_children[-1]
        value: object = tsx.attribute_value(doc, el, key)
        if value is None and node.type == "jsx_expression" and node.named_child_count == 1:
            value = tsx.literal(doc, node.named_children[0])
        props[key] = Spot(doc.path, node.start_byte, node.end_byte, value if isinstance(value, str) else doc.text(node), "attr")
        values[key] = value
    heading = props.get("heading")
    return SectionCode(kind, heading, _spot(doc, el, "jsx"), name, ours, props, _content(kind, values))


def _content(kind: str, values: Mapping[str, object]) -> Section | None:
    """The literal props as a site Section (what a later edit_item or site_view needs)."""
    data: dict[str, object] = {"kind": kind}
    for key in ("heading", "text"):
        if isinstance(values.get(key), str):
            data[key] = str(values[key])[:120 if key == "heading" else 2000]
    items = values.get("items")
    if isinstance(items, list):
        data["items"] = [{"title": str(i.get("title", ""))[:120], "text": str(i.get("text", ""))[:2000]}
                         for i in items[:12] if isinstance(i, dict)]
    tiers = values.get("tiers")
    if isinstance(tiers, list):
        data["tiers"] = [{"name": str(t.get("name", ""))[:120], "price": str(t.get("price", ""))[:120],
                          "features": [str(f)[:120] for f in t.get("features", []) if isinstance(f, str)][:8]
                          if isinstance(t.get("features"), list) else [],
                          "highlighted": t.get("highlighted") is True} for t in tiers[:4] if isinstance(t, dict)]
    button = values.get("button")
    if isinstance(button, dict):
        data["button_label"] = str(button.get("label", ""))[:120]
        data["button_href"] = str(button.get("href", ""))[:120]
    try:
        return Section.model_validate(data)
    except ValidationError:
        return None


# --- name, nav, theme ----------------------------------------------------------------------------

def _unwrap(node: Node | None) -> Node | None:
    """`{…} satisfies Metadata`, `{…} as Metadata`, `({…})` -> the object."""
    while node is not None and node.type in ("satisfies_expression", "as_expression", "parenthesized_expression"):
        node = node.named_children[0] if node.named_child_count else None
    return node


def _declared(doc: tsx.Doc, name: str) -> Node | None:
    """The value of a top-level `const name = …` (exported or not)."""
    for stmt in doc.root.named_children:
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        if decl is None or decl.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for var in decl.named_children:
            var_name = var.child_by_field_name("name")
            if var.type == "variable_declarator" and var_name is not None and doc.text(var_name) == name:
                return _unwrap(var.child_by_field_name("value"))
    return None


def _pair(doc: tsx.Doc, obj: Node | None, key: str) -> Node | None:
    """The value of ``key`` in an object literal."""
    if obj is None or obj.type != "object":
        return None
    for pair in obj.named_children:
        k = pair.child_by_field_name("key") if pair.type == "pair" else None
        if k is not None and (doc.text(k).strip("\"'") == key):
            return _unwrap(pair.child_by_field_name("value"))
    return None


MAP_QUERY = "(call_expression function: (member_expression) @fn)"


class _Project(_Reader):
    def member(self, doc: tsx.Doc, node: Node) -> tuple[tsx.Doc, Node] | None:
        """Follow `site.name` / `site.nav` to the literal it names, in this file or an imported one."""
        if node.type == "identifier":
            obj_name, path = doc.text(node), []
        elif node.type == "member_expression":
            parts = doc.text(node).split(".")
            if not all(p.isidentifier() for p in parts):
                return None
            obj_name, path = parts[0], parts[1:]
        else:
            return None
        target_doc: tsx.Doc | None = doc
        value = _declared(doc, obj_name)
        if value is None:
            imp = next((i for i in tsx.imports(doc) if obj_name in i.names or i.default == obj_name), None)
            rel = self.resolve(doc.path, imp.source) if imp is not None else None
            target_doc = self.doc(rel) if rel is not None else None
            value = _declared(target_doc, obj_name) if target_doc is not None else None
        for key in path:
            value = _pair(target_doc, value, key) if target_doc is not None else None
        return (target_doc, value) if target_doc is not None and value is not None else None

    def name(self, layout: tsx.Doc | None) -> tuple[str, Spot | None]:
        value = _pair(layout, _declared(layout, "metadata"), "title") if layout is not None else None
        if layout is not None and value is not None and value.type == "object":
            value = _pair(layout, value, "default")
        if layout is not None and value is not None:
            doc: tsx.Doc = layout
            if value.type in ("identifier", "member_expression"):
                found = self.member(layout, value)
                doc, value = found if found is not None else (layout, value)
            literal = tsx.literal(doc, value)
            if isinstance(literal, str) and value.type in ("string", "template_string"):
                return literal, Spot(doc.path, value.start_byte, value.end_byte, literal, "js")
        package = _json(self.root / "package.json").get("name")
        return (str(package) if isinstance(package, str) and package else self.root.name), None

    def nav(self, layout_rel: str | None, site_name: str) -> NavCode | None:
        """The nav (or header) in the root layout or in a component it renders, two levels deep."""
        queue: list[tuple[str, int]] = [(layout_rel, 0)] if layout_rel else []
        seen: list[tsx.Doc] = []  # the files on the way: a brand (logo link) may sit beside the nav
        while queue:
            rel, depth = queue.pop(0)
            doc = self.doc(rel)
            if doc is None or any(d.path == rel for d in seen):
                continue
            seen.append(doc)
            for wanted in ("nav", "header"):
                box = next(tsx.elements(doc, doc.root, (wanted,)), None)
                if box is not None:
                    nav = self.nav_in(doc, box, site_name)
                    for other in reversed(seen[:-1]):
                        if nav.brand is not None:
                            break
                        nav = replace(nav, brand=self.brand(other, other.root, site_name))
                    return nav
            if depth < 2:
                sources = {n: i.source for i in tsx.imports(doc) for n in (i.default, *i.names) if n}
                for el in tsx.elements(doc, doc.root):
                    name = tsx.tag(el)
                    target = self.resolve(rel, sources[name]) if name[:1].isupper() and name in sources else None
                    if target is not None and target.endswith(PAGE_EXTS):
                        queue.append((target, depth + 1))
        return None

    def nav_in(self, doc: tsx.Doc, box: Node, site_name: str) -> NavCode:
        for fn in doc.find(MAP_QUERY, box):  # {site.nav.map((item) => <Link …/>)}: the links are data
            if doc.text(fn).endswith(".map"):
                obj = fn.child_by_field_name("object")
                found = self.member(doc, obj) if obj is not None else None
                if found is not None and found[1].type == "array":
                    return _data_nav(found[0], found[1], self.brand(doc, box, site_name))
        brand = self.brand(doc, box, site_name)
        links: list[tuple[str, str, Spot]] = []
        last: Node | None = None
        for el in tsx.elements(doc, box, ("a", "Link")):
            href = tsx.attribute_value(doc, el, "href")
            label = tsx.visible_text(doc, el)
            if href is None or not label or (brand is not None and el.start_byte <= brand.start < el.end_byte):
                continue
            links.append((label, href, _spot(doc, el, "jsx")))
            last = el
        if last is None:
            kids = [c for c in tsx.children(box) if not (c.type == "jsx_text" and not doc.text(c).strip())]
            inner = tsx.inner_range(box)
            at = kids[-1].end_byte if kids else (inner[0] if inner else box.end_byte)
            return NavCode(doc.path, (), at, tsx.indent_at(doc.source, box.start_byte) + "  ", brand=brand)
        parent = last.parent
        wrap = parent if parent is not None and tsx.is_element(parent) and tsx.tag(parent) == "li" else None
        item = wrap or last
        indent = tsx.indent_at(doc.source, item.start_byte) if tsx.only_space_before(doc.source, item.start_byte) else ""
        return NavCode(doc.path, tuple(links), item.end_byte, indent, "jsx", brand, tsx.tag(last),
                       tsx.attribute_value(doc, last, "className"), "li" if wrap is not None else None,
                       tsx.attribute_value(doc, wrap, "className") if wrap is not None else None)

    def brand(self, doc: tsx.Doc, box: Node, site_name: str) -> Spot | None:
        """The site name in the nav: a link styled as the brand or logo, or one that shows the name."""
        for el in tsx.elements(doc, box, ("a", "Link")):
            cls = (tsx.attribute_value(doc, el, "className") or "").lower()
            spot = _text_spot(doc, el, plain=True)
            if spot is not None and ("brand" in cls or "logo" in cls or spot.text.lower() == site_name.lower()):
                return spot
        return None

    def theme(self, layout_rel: str | None) -> ThemeCode | None:
        layout = self.doc(layout_rel) if layout_rel else None
        if layout is None or layout_rel is None:
            return None
        files = [rel for imp in tsx.imports(layout) if imp.source.endswith(".css") and ".module." not in imp.source
                 if (rel := self.resolve(layout_rel, imp.source)) is not None]
        variables: dict[str, Spot] = {}
        home: tuple[str, str, int, str] | None = None  # (file, where, insert_at, indent)
        body_font: Spot | None = None
        body_insert: tuple[str, int] | None = None
        for rel in files:
            source = (self.root / rel).read_bytes()
            sheet = css.read(source)
            for block in sheet.blocks:
                if block.depth != 0:
                    continue  # inside @media (dark mode) or another rule: left alone
                chosen = css.selectors(block.prelude)
                where = "root" if ":root" in chosen else "theme" if block.prelude.startswith("@theme") else None
                if where is None and "body" not in chosen:
                    continue
                decls = css.declarations(sheet, block)
                if where is not None:
                    for d in decls:
                        if d.prop.startswith("--"):
                            value = source[d.value_start:d.value_end].decode("utf-8", "replace")
                            variables.setdefault(d.prop, Spot(rel, d.value_start, d.value_end, value, "css"))
                    if home is None or (home[1] != "root" and where == "root"):
                        at = decls[-1].end if decls else block.open
                        indent = tsx.indent_at(source, decls[-1].value_start) if decls else "  "
                        home = (rel, where, at, indent)
                if "body" in chosen and body_insert is None:
                    body_insert = (rel, decls[-1].end if decls else block.open)
                    font = next((d for d in decls if d.prop == "font-family"), None)
                    if font is not None:
                        value = source[font.value_start:font.value_end].decode("utf-8", "replace")
                        body_font = Spot(rel, font.value_start, font.value_end, value, "css")
        if not files:
            return None
        if home is None:
            home = (files[0], "none", len((self.root / files[0]).read_bytes()), "  ")
        return ThemeCode(home[0], variables, home[1], home[2], body_font, body_insert, home[3])


def _data_nav(doc: tsx.Doc, array: Node, brand: Spot | None) -> NavCode:
    links: list[tuple[str, str, Spot]] = []
    keys = ("href", "label")
    for obj in array.named_children:
        value = tsx.literal(doc, obj)
        if not isinstance(value, dict):
            continue
        href_key = next((k for k in ("href", "url", "path", "link", "to") if isinstance(value.get(k), str)), None)
        label_key = next((k for k in ("label", "name", "title", "text") if isinstance(value.get(k), str)), None)
        if href_key and label_key:
            keys = (href_key, label_key)
            links.append((str(value[label_key]), str(value[href_key]), _spot(doc, obj, "js")))
    items = [c for c in array.named_children if c.type != "comment"]
    if items:
        at, indent = items[-1].end_byte, tsx.indent_at(doc.source, items[-1].start_byte)
    else:
        at, indent = array.start_byte + 1, tsx.indent_at(doc.source, array.start_byte) + "  "
    return NavCode(doc.path, tuple(links), at, indent, "data", brand, keys=keys)


def read_project(root: Path) -> CodeProject:
    """Read the project at ``root`` from its code. Files that do not parse are listed in
    ``problems`` (and their pages marked not editable); nothing is guessed about them."""
    reader = _Project(root)
    app_dir = reader.conv.app_dir
    layout_rel = next((f"{app_dir}/layout{ext}" for ext in PAGE_EXTS if (root / f"{app_dir}/layout{ext}").is_file()), None)
    layout = reader.doc(layout_rel) if layout_rel else None
    name, name_spot = reader.name(layout)
    pages = tuple(reader.page(route, rel) for route, rel in reader.page_files())
    nav = reader.nav(layout_rel, name)
    theme = reader.theme(layout_rel)
    return CodeProject(root, reader.conv, name, name_spot, layout_rel, pages, nav, theme, tuple(reader.problems))


# --- the site as the model sees it ---------------------------------------------------------------

_HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def _color(theme: ThemeCode, field_name: str, depth: int = 0) -> str | None:
    for var in THEME_VARS[field_name]:
        spot = theme.vars.get(var)
        if spot is None:
            continue
        value = spot.text.strip()
        ref = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", value)
        if ref and depth < 3 and ref.group(1) in theme.vars:
            value = theme.vars[ref.group(1)].text.strip()
        if _HEX.fullmatch(value):
            hexes = value[1:]
            return "#" + (hexes if len(hexes) == 6 else "".join(c * 2 for c in hexes)).lower()
    return None


def _font(theme: ThemeCode) -> str:
    spot = theme.body_font or theme.vars.get("--font-body")
    value = spot.text.lower() if spot is not None else ""
    ref = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", value.strip())
    if ref and ref.group(1) in theme.vars:  # body { font-family: var(--font-body) }
        value = theme.vars[ref.group(1)].text.lower()
    if "mono" in value:
        return "mono"
    if "rounded" in value:
        return "rounded"
    if "serif" in value.replace("sans-serif", ""):
        return "serif"
    return "sans"


def route_title(route: str) -> str:
    last = route.rstrip("/").rsplit("/", 1)[-1]
    return last.replace("-", " ").capitalize() if last else "Home"


def site_view(project: CodeProject) -> Site:
    """The project as a ``Site``: what the model is told about (routes, titles, sections, nav, theme).
    Pages whose route the site model cannot hold (dynamic ones) are left out."""
    theme = Theme()
    if project.theme is not None:
        colors = {f: c for f in THEME_VARS if (c := _color(project.theme, f)) is not None}
        theme = Theme.model_validate({**theme.model_dump(), **colors, "font": _font(project.theme)})
    pages: list[Page] = []
    for page in project.pages:
        if not re.fullmatch(ROUTE_RE, page.route) or len(pages) >= 50:
            continue
        sections = [s.content or Section.model_validate({"kind": s.kind}) for s in page.sections][:20]
        title = (page.title.text if page.title else route_title(page.route))[:120]
        pages.append(Page(route=page.route, title=title, sections=sections))
    nav = [NavLink(label=label[:120], href=href[:120]) for label, href, _ in (project.nav.links if project.nav else ())][:12]
    return Site(name=project.name[:120] or "Site", theme=theme, nav=nav, pages=pages)
