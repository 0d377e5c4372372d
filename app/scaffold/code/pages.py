"""Reading one page: its title, subtitle and button, its sections, where a new section goes."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator, Mapping

from pydantic import ValidationError
from tree_sitter import Node

from app.scaffold.code import modules, tsx
from app.scaffold.code.files import ProjectFiles, is_dynamic, remember
from app.scaffold.code.model import PageCode, SectionCode, Spot
from app.scaffold.site import SECTION_KINDS, Section

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


# Pages read before, by route and the hash of the file's bytes (see files.py).
PAGES: OrderedDict[tuple[str, str, bytes], PageCode] = OrderedDict()


def read_page(files: ProjectFiles, route: str, rel: str) -> PageCode:
    """What a page holds; a page whose bytes were read before is not read again."""
    doc = files.doc(rel)
    key = (route, *files.keys[rel]) if rel in files.keys else None
    cached = PAGES.get(key) if key is not None else None
    if cached is None:
        cached = _read(files, route, rel, doc)
        if key is not None:
            remember(PAGES, key, cached)
    return cached


def _read(files: ProjectFiles, route: str, rel: str, doc: tsx.Doc | None) -> PageCode:
    if doc is None:
        where = next((p for p in files.problems if p.startswith(rel + ":")), rel)
        return PageCode(route, rel, False, f"{where}: the file does not parse", None, None, None, (), None)
    dynamic = "the route is dynamic (its text comes from data)" if is_dynamic(route) else None
    scope = _page_root(doc)
    h1 = (next(tsx.elements(doc, scope, ("h1",)), None) or _title_like(doc, scope)) if scope is not None else None
    title = text_spot(doc, h1) if h1 is not None else None
    subtitle_el = _subtitle(h1) if h1 is not None else None
    subtitle = text_spot(doc, subtitle_el) if subtitle_el is not None else None
    button = _button(doc, h1, subtitle_el) if h1 is not None else None
    sections = tuple(_sections(doc, scope, h1)) if scope is not None else ()
    insert_at, indent = _insert_point(doc, scope)
    return PageCode(route, rel, dynamic is None, dynamic, title, subtitle, button, sections, insert_at, indent)


def _sections(doc: tsx.Doc, scope: Node, h1: Node | None) -> Iterator[SectionCode]:
    local = {imp.default: imp.source for imp in tsx.imports(doc) if imp.default}
    taken_until = -1
    for el in tsx.elements(doc, scope):
        if el.start_byte < taken_until:
            continue
        name = tsx.tag(el)
        if name == "section":
            heading_el = next(tsx.elements(doc, el, ("h1", "h2", "h3")), None)
            heading = text_spot(doc, heading_el) if heading_el is not None else None
            has_title = h1 is not None and el.start_byte <= h1.start_byte < el.end_byte
            # The page title's words say what the page is about, not what kind this block is.
            kind = _guess_kind(doc, el, heading.text if heading and not has_title else "")
            if has_title and kind == "text":
                continue  # the page's own header (its h1), not a section: what it wraps may be (a root <section>)
            taken_until = el.end_byte
            content = Section.model_validate({"kind": kind, "heading": heading.text[:120] if heading else ""})
            yield SectionCode(kind, heading, spot_of(doc, el, "jsx"), None, content=content)
        elif (of_name := component_kind(name)) is not None:
            taken_until = el.end_byte
            yield _component_section(doc, el, name, of_name, "/nxr/" in local.get(name, ""))


def spot_of(doc: tsx.Doc, node: Node, form: str = "text") -> Spot:
    text = tsx.visible_text(doc, node) if form in ("text", "jsx") else doc.text(node)
    return Spot(doc.path, node.start_byte, node.end_byte, text or "", form)


def text_spot(doc: tsx.Doc, el: Node, plain: bool = False) -> Spot | None:
    found = tsx.text_range(doc, el, plain)
    return Spot(doc.path, found[0], found[1], found[2]) if found else None


def _page_root(doc: tsx.Doc) -> Node | None:
    """The JSX the page's default export returns; else the largest JSX element in the default
    export (a return that is not literal JSX: `return cond ? <A/> : <main>…</main>`), else in the file."""
    returned = modules.returned_jsx(doc)
    if returned is not None:
        return returned
    scope = tsx.default_export(doc) or doc.root
    return max(tsx.elements(doc, scope), key=lambda n: n.end_byte - n.start_byte, default=None)


def _title_like(doc: tsx.Doc, scope: Node) -> Node | None:
    """A page without an <h1> whose heading is an element classed as one: ``className="title"``
    or ``{styles.title}`` ("heading", "headline" too), holding its words as written."""
    for el in tsx.elements(doc, scope):
        value = tsx.attribute_value_node(el, "className")
        text = doc.text(value) if value is not None else ""
        if re.search(r"(?<![\w-])(?:title|heading|headline)(?![\w-])", text) and text_spot(doc, el) is not None:
            return el
    return None


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
        spot = text_spot(doc, el, plain=True)
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
    return SectionCode(kind, heading, spot_of(doc, el, "jsx"), name, ours, props, _content(kind, values))


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
