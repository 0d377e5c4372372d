"""The text ops: a page's heading, subtitle and button, a section's heading, the site's name,
and words replaced wherever a page shows them.

Each replaces a text node or a literal prop in place; a button or subtitle a page lacks is
inserted after its heading, styled as the project's own new pages are.
"""

from __future__ import annotations

import functools
import re

from tree_sitter import Node

from app.errors import PlanError
from app.scaffold import plan as P
from app.scaffold.code import tsx
from app.scaffold.code.edits import TW_SUBTITLE, Ctx, sections_of, set_prop
from app.scaffold.code.model import PageCode, SectionCode, Spot
from app.scaffold.site import Item, Tier


def set_text(ctx: Ctx, op: P.SetText) -> None:
    if op.target == "site_name":
        set_name(ctx, op.text)
        return
    if op.route in ctx.new_pages and op.target in ("title", "subtitle"):
        setattr(ctx.new_pages[op.route], op.target, op.text)
        ctx.out.expect.append((op.route, op.text))
        return
    page = ctx.page(op.route)
    note = ""
    if op.target == "heading":
        found = sections_of(ctx, op.route, op.section) if op.section else list(page.sections)
        if not found:
            raise PlanError(f"The page {op.route} has no {op.section or ''} section whose heading I could change.".replace("  ", " "))
        target = found[0]
        if target.heading is not None:
            note = _replace_text(ctx, target.heading, op.text)
        elif target.component is not None:
            set_prop(ctx, target, "heading", op.text)
        else:
            raise PlanError(f"The {target.kind} section on {op.route} has no heading I can change.")
    elif op.target == "button" and (op.section is not None or page.button is None):
        ctx.out.summary.append(_set_button(ctx, page, op))
        ctx.out.routes.append(op.route)
        ctx.out.expect.append((op.route, op.text))
        return
    elif op.target == "subtitle" and page.subtitle is None and page.title is not None and _room_after(ctx, page):
        _add_subtitle(ctx, page, op.text)
    else:
        spot = {"title": page.title, "subtitle": page.subtitle, "button": page.button}[op.target]
        if spot is None:
            raise PlanError(f"I can't find the {op.target} on {op.route} ({page.file} has no "
                            + {"title": "<h1> whose text is written out", "subtitle": "<p> after its <h1> whose text is written out",
                               "button": "link or button after its <h1> whose label is written out"}[op.target]
                            + ")", hint="text that comes from code or data has to be changed there")
        note = _replace_text(ctx, spot, op.text)
        if op.href and spot is page.button:
            note += _set_href(ctx, spot, op.href)
    ctx.out.summary.append(f"Changed the {op.target} on {op.route} to \u201c{op.text}\u201d{note}.")
    ctx.out.routes.append(op.route)
    ctx.out.expect.append((op.route, op.text))


def _replace_text(ctx: Ctx, spot: Spot, text: str) -> str:
    """Write ``text`` over a spot. Text that runs through elements ("Generating dream rooms
    <span><SquigglyLines /><span>using AI</span></span> for everyone.") is edited run by run: an
    element that only held old words goes with them (the inner <span>, a <code>), one that also
    holds something without words (the <SquigglyLines /> decoration) stays, emptied of words. The
    first remaining run takes the new text. Returns what the summary says ("" for plain text)."""
    doc = ctx.doc(spot.file)
    # Text runs may begin before the spot (its indentation is outside it); elements lie within it.
    inside = [n for n in tsx.walk(doc.root) if n.start_byte < spot.end and n.end_byte > spot.start
              and (n.type == "jsx_text" or spot.start <= n.start_byte and n.end_byte <= spot.end)]
    elements = [n for n in inside if tsx.is_element(n)]
    runs = [n for n in inside if _is_words(doc, n)]
    if not elements or not runs:
        ctx.replace(spot, text)
        return ""
    gone: list[Node] = []
    for el in elements:
        if any(g.start_byte <= el.start_byte and el.end_byte <= g.end_byte for g in gone):
            continue
        wordless = [n for n in tsx.walk(el) if n is not el and tsx.is_element(n) and not _has_words(doc, n)]
        if not wordless and _has_words(doc, el):
            gone.append(el)
    left = [r for r in runs if not any(g.start_byte <= r.start_byte and r.end_byte <= g.end_byte for g in gone)]
    for i, run in enumerate(left):
        raw = doc.source[run.start_byte:run.end_byte]
        start = run.start_byte + len(raw) - len(raw.lstrip())
        end = run.end_byte - (len(raw) - len(raw.rstrip()))
        ctx.edit(spot.file, start, end, tsx.jsx_text(text) if i == 0 else "")
    for i, el in enumerate(gone):
        ctx.edit(spot.file, el.start_byte, el.end_byte, tsx.jsx_text(text) if i == 0 and not left else "")
    kept = [el for el in elements if not any(g.start_byte <= el.start_byte and el.end_byte <= g.end_byte for g in gone)]
    said = [f"removed the {_tags(gone)} that held its old words"] if gone else []
    said += [f"kept the {_tags(kept)} in it"] if kept else []
    return f" ({'; '.join(said)})"


def _is_words(doc: tsx.Doc, node: Node) -> bool:
    """A run of written words: JSX text, or a string in braces ({"using AI"}), not just spaces."""
    if node.type == "jsx_text":
        return bool(doc.text(node).strip())
    if node.type == "jsx_expression" and len(node.named_children) == 1:
        value = tsx.literal(doc, node.named_children[0])
        return isinstance(value, str) and bool(value.strip())
    return False


def _has_words(doc: tsx.Doc, el: Node) -> bool:
    return any(_is_words(doc, n) for n in tsx.walk(el))


def _tags(nodes: list[Node]) -> str:
    return ", ".join(dict.fromkeys(f"<{tsx.tag(n)}>" for n in nodes))


def _set_button(ctx: Ctx, page: PageCode, op: P.SetText) -> str:
    """A button named by its section (``section``: the cta's), else the page header's, else the
    first of our sections that has one: its label changes, its link stays. A page header with no
    button gets one after its subtitle when the stylesheet styles ``.button`` (Avery NXR's does)."""
    holders = [s for s in page.sections if s.ours and (s.kind == op.section if op.section else "button" in s.props)]
    if holders:
        old = holders[0].content
        href = op.href or (old.button_href if old is not None and old.button_href else _default_href(ctx))
        set_prop(ctx, holders[0], "button", {"label": op.text, "href": href})
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
    href = op.href or _default_href(ctx)
    ctx.edit(page.file, at, at,
             f'\n{indent}<Link className="button" href={tsx.jsx_attr(href)}>{tsx.jsx_text(op.text)}</Link>')
    ctx.add_import(page.file, 'import Link from "next/link";', "Link")
    return f"Added a button \u201c{op.text}\u201d to the top of {op.route} (it links to {href})."


def _set_href(ctx: Ctx, spot: Spot, href: str) -> str:
    """Point the link that holds ``spot`` at ``href``; what the summary adds."""
    doc = ctx.doc(spot.file)
    el = _element_of(doc, spot)
    value = tsx.attribute_value_node(el, "href") if el is not None else None
    if el is None or value is None:
        raise PlanError("That button is no link I can point somewhere (it has no href of its own).",
                        hint="its target comes from code: change it there")
    ctx.edit(spot.file, value.start_byte, value.end_byte, tsx.jsx_attr(href))
    return f", linking to {href}"


def _element_of(doc: tsx.Doc, spot: Spot) -> Node | None:
    """The innermost element holding ``spot``."""
    node = doc.root.descendant_for_byte_range(spot.start, spot.end)
    return next((a for a in (node, *tsx.ancestors(node)) if tsx.is_element(a)), None) if node is not None else None


def _after_element(ctx: Ctx, page: PageCode, spot: Spot) -> tuple[int, str]:
    """The offset just after the element holding ``spot`` and that element's indentation."""
    doc = ctx.doc(page.file)
    el = _element_of(doc, spot)
    if el is None:
        raise PlanError(f"I can't find where that goes on {page.route}.")
    return el.end_byte, tsx.indent_at(doc.source, el.start_byte)


def _room_after(ctx: Ctx, page: PageCode) -> bool:
    """Whether a subtitle may go right after the heading: nothing, a component or a <section>
    follows it there (a page's own <h2> or <p> under it is not ours to push down)."""
    assert page.title is not None
    heading = _element_of(ctx.doc(page.file), page.title)
    sibling = heading.next_named_sibling if heading is not None else None
    while sibling is not None and not tsx.is_element(sibling):
        sibling = sibling.next_named_sibling
    return sibling is None or tsx.tag(sibling)[:1].isupper() or tsx.tag(sibling) == "section"


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


def set_name(ctx: Ctx, name: str) -> None:
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


def replace_text(ctx: Ctx, op: P.ReplaceText) -> None:
    """``op.old`` replaced by ``op.new`` in every text a page shows that holds it: titles,
    headings, and the text, items and tiers of the sections Avery NXR added."""
    # Whole words only: "Pro" is not the start of "Professional".
    pattern = re.compile((r"(?<!\w)" if op.old[:1].isalnum() else "") + re.escape(op.old)
                         + (r"(?!\w)" if op.old[-1:].isalnum() else ""), re.IGNORECASE)
    routes: list[str] = []
    for page in (p for p in ctx.project.pages if p.editable):
        spots = [s for s in (page.title, page.subtitle, page.button, *(x.heading for x in page.sections)) if s]
        # the hero's heading is the page's title too: one place, replaced once
        spots = list({(s.file, s.start, s.end): s for s in spots}.values())
        for spot in spots:
            if pattern.search(shown := ctx.spot_text(spot)):
                ctx.replace_spot_text(spot, pattern.sub(lambda _m: op.new, shown))
                routes.append(page.route)
        if page.button is not None and _relinked(ctx, page.button, pattern, op):
            routes.append(page.route)
        for section in page.sections:
            if section.ours and section.content is not None and _replace_in(ctx, section, pattern, op):
                routes.append(page.route)
    for spot in ctx.project.footer:  # the footer's own lines ("07700 914 552" of "Mobile 07700 914 552")
        if pattern.search(shown := ctx.spot_text(spot)):
            ctx.replace_spot_text(spot, pattern.sub(lambda _m: op.new, shown))
            routes.append("/")
    if not routes:
        raise PlanError(f"I can't find \u201c{op.old}\u201d on the site; nothing was changed.",
                        hint="copy the words exactly as the page shows them")
    places = sorted(set(routes))
    ctx.out.summary.append(f"Replaced \u201c{op.old}\u201d with \u201c{op.new}\u201d on {', '.join(places)}." if op.new
                           else f"Took \u201c{op.old.strip(' ,;')}\u201d out of {', '.join(places)}.")
    ctx.out.routes += places
    ctx.out.expect += [(r, op.new) for r in places if op.new]


def _replace_in(ctx: Ctx, section: SectionCode, pattern: re.Pattern[str], op: P.ReplaceText) -> bool:
    """The section's text, items, button and tiers with ``pattern`` (``op.old``) replaced; whether any held it."""
    new = op.new
    content = section.content
    assert content is not None
    sub = functools.partial(pattern.sub, lambda _m: new)
    changed = False
    shown = ctx.section_text(section, content.text)  # as this plan's earlier ops left it
    if pattern.search(shown) and "text" in section.props:
        text = sub(shown)
        text = text if new else re.sub(r"[ \t]{2,}", " ", text).strip()  # a sentence taken out
        ctx.set_section_text(section, text)
        set_prop(ctx, section, "text", text)
        changed = True
    listed = ctx.section_list(section, "items", list[Item | Tier](content.items))
    items = [i.model_copy(update={"title": sub(i.title), "text": sub(i.text)}) for i in listed]
    if items != listed:
        listed[:] = items
        set_prop(ctx, section, "items", items)
        changed = True
    label, href = content.button_label, content.button_href
    linked = _swapped_href(href, pattern, op)
    if label and (pattern.search(label) or linked != href):
        # a button that shows or rings the old words ("Call Marek 087 331 9042", tel:0873319042)
        set_prop(ctx, section, "button", {"label": sub(label), "href": linked})
        changed = True
    tiered = ctx.section_list(section, "tiers", list[Item | Tier](content.tiers))
    tiers = [t.model_copy(update={"name": sub(t.name), "price": sub(t.price)}) for t in tiered]
    if tiers != tiered:
        tiered[:] = tiers
        set_prop(ctx, section, "tiers", tiers)
        changed = True
    return changed


def _relinked(ctx: Ctx, button: Spot, pattern: re.Pattern[str], op: P.ReplaceText) -> bool:
    """The page header's button pointed at the new number or address where it linked to the old."""
    el = _element_of(ctx.doc(button.file), button)
    href = tsx.attribute_value(ctx.doc(button.file), el, "href") if el is not None else None
    if href is None or (linked := _swapped_href(href, pattern, op)) == href:
        return False
    _set_href(ctx, button, linked)
    return True


_DIALLED = re.compile(r"^(tel:|sms:|https?://wa\.me/)(\+?)([\d\-. ()]+)$", re.IGNORECASE)


def _swapped_href(href: str, pattern: re.Pattern[str], op: P.ReplaceText) -> str:
    """A link to the old words made a link to the new ones: ``mailto:`` as written, and a number
    dialled without its spaces ("tel:0873319042" for "087 331 9042"), so a replaced phone number
    no longer rings behind a button that shows the new one."""
    dialled, new = _DIALLED.match(href), op.new
    digits = re.sub(r"\D", "", op.old)
    if dialled and len(digits) >= 6 and re.sub(r"\D", "", dialled.group(3)) == digits:
        fresh = re.sub(r"\D", "", new)
        if len(fresh) >= 6:
            plus = "+" if new.lstrip().startswith("+") else ""
            return f"{dialled.group(1)}{plus}{fresh}"
        return href
    # only an address is replaced in a link: a route ("/contact") is the page's, not a word shown
    return pattern.sub(lambda _m: new, href) if href.lower().startswith("mailto:") else href
