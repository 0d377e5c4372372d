"""Code ops on whole pages and the navigation: add, remove and move pages (rewriting the links
to them), add a nav link (and the nav itself to a project without one), add an API route."""

from __future__ import annotations

import json

import posixpath

from tree_sitter import Node

from app.errors import PlanError
from app.scaffold import plan as P
from app.scaffold.code import components, routefiles, tsx
from app.scaffold.code.edits import SOURCE_EXTS, Ctx, NewNav, NewPage, page_rel, section_for
from app.scaffold.code.reader import NavCode, PageCode, Spot
from app.scaffold.site import slug


def add_nav_link(ctx: Ctx, op: P.AddNavLink) -> None:
    nav_link(ctx, op.label, op.href, required=True, before=op.before)


def nav_link(ctx: Ctx, label: str, href: str, required: bool, before: str = "") -> None:
    """A link in the project's nav. Without a nav, ``required`` adds one to the root layout
    (``add_nav``); a page added (not required) is linked only from a nav there is."""
    nav = ctx.project.nav
    if nav is None and ctx.new_nav is None:
        if not required:
            return
        add_nav(ctx)
    new = ctx.new_nav
    if nav is None and new is not None:
        if any(h == href for _, h in new.links):
            ctx.out.summary.append(f"The navigation already links to {href}.")
            return
        at = next((i for i, (_, h) in enumerate(new.links) if before and h == before), len(new.links))
        new.links.insert(at, (label, href))
    elif nav is not None:
        if any(h == href for _, h, _ in nav.links):
            ctx.out.summary.append(f"The navigation already links to {href}.")
            return
        _add_to_nav(ctx, nav, label, href, next((spot for _, h, spot in nav.links if before and h == before), None))
    ctx.out.summary.append(f"Added \u201c{label}\u201d ({href}) to the navigation.")
    ctx.out.expect.append(("/", label))


def _add_to_nav(ctx: Ctx, nav: NavCode, label: str, href: str, before: Spot | None = None) -> None:
    """One more link at the nav's end, or just before the link at ``before``."""
    if nav.form in ("keyed", "data"):  # one more entry in the object or array the nav maps over
        if nav.form == "keyed":
            entry = f"{tsx.js_string(href, nav.quote)}: {{ {nav.keys[1]}: {tsx.js_string(label, nav.quote)} }}"
        else:
            entry = f"{{ {nav.keys[0]}: {tsx.js_string(href)}, {nav.keys[1]}: {tsx.js_string(label)} }}"
        if before is not None:
            ctx.edit(before.file, before.start, before.start, f"{entry},\n{nav.indent}")
            return
        ctx.edit(nav.file, nav.insert_at, nav.insert_at, f",\n{nav.indent}{entry}" if nav.links else f"\n{nav.indent}{entry},")
        return
    internal = href.startswith("/") and not href.startswith("//")
    tag = "Link" if nav.link_tag == "Link" or (internal and nav.link_tag != "a") else "a"
    cls = f" className={tsx.jsx_attr(nav.link_class)}" if nav.link_class else ""
    item = f"<{tag} href={tsx.jsx_attr(href)}{cls}>{tsx.jsx_text(label)}</{tag}>"
    if nav.wrap:
        wrap_cls = f" className={tsx.jsx_attr(nav.wrap_class)}" if nav.wrap_class else ""
        item = f"<{nav.wrap}{wrap_cls}>{item}</{nav.wrap}>"
    if before is not None:
        start = _wrapped(ctx, before).start_byte
        ctx.edit(before.file, start, start, f"{item}\n{nav.indent}")
    else:
        ctx.edit(nav.file, nav.insert_at, nav.insert_at, f"\n{nav.indent}{item}")
    if tag == "Link":
        ctx.add_import(nav.file, 'import Link from "next/link";', "Link")


# --- a nav for a project without one -----------------------------------------------------------

def add_nav(ctx: Ctx) -> None:
    """Our Nav component (written once, in the project's style) as the first child of the root
    layout's <body>, with its import; the element itself is written when the plan is done
    (``_write_nav``), holding every link the plan adds. The reader then takes the element's
    literal ``links`` array for the project's nav (``Chrome.our_nav``)."""
    layout = ctx.project.layout
    hint = "add a <nav> with links to the root layout, then ask for the link again"
    if layout is None:
        raise PlanError("This project has no navigation and no root layout (app/layout) to put one in.", hint=hint)
    doc = ctx.doc(layout)
    body = next(tsx.elements(doc, doc.root, ("body",)), None)
    if body is None or tsx.inner_range(body) is None:
        raise PlanError(f"This project has no navigation, and {layout} has no <body> element I could put one in.",
                        hint=hint)
    name = components.component_name("nav")
    theirs = next((i for i in tsx.imports(doc) if name in (i.default, *i.names)), None)
    if theirs is not None or _declares(doc, name):
        where = f" (from \u201c{theirs.source}\u201d)" if theirs is not None else ""
        raise PlanError(f"{layout} already has a {name}{where} whose links I can't read, so I can't add a "
                        "navigation there without a clash.", hint=hint)
    ctx.new_nav = NewNav(layout)
    ctx.at_finish.append(lambda: _write_nav(ctx))
    ctx.add_import(layout, components.import_line("nav", ctx.style, layout), name)
    ctx.component_files("nav")
    ctx.out.summary.append(f"Added a navigation to the site (in {layout}).")


def _declares(doc: tsx.Doc, name: str) -> bool:
    """The file declares ``name`` at its top level (a function, class or variable)."""
    for stmt in doc.root.named_children:
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        if decl is None:
            continue
        found = decl.child_by_field_name("name")
        if found is not None and doc.text(found) == name:
            return True
        if decl.type in ("lexical_declaration", "variable_declaration"):
            for var in decl.named_children:
                var_name = var.child_by_field_name("name")
                if var.type == "variable_declarator" and var_name is not None and doc.text(var_name) == name:
                    return True
    return False


def _write_nav(ctx: Ctx) -> None:
    """``<Nav …/>`` before everything in <body>, on its own lines. A body written on one line
    (``<body className="…">{children}</body>``, as create-next-app does) is opened up: its
    content moves to a line of its own and the closing tag to the next one; only line breaks
    and indentation are added, which JSX does not render."""
    new = ctx.new_nav
    if new is None:
        return
    doc = ctx.doc(new.layout)
    source = doc.source
    body = next(tsx.elements(doc, doc.root, ("body",)))
    inner = tsx.inner_range(body)
    assert inner is not None  # add_nav checked
    indent = tsx.indent_at(source, body.start_byte)
    kids = [c for c in tsx.children(body) if not (c.type == "jsx_text" and not doc.text(c).strip())]
    own_line = bool(kids) and tsx.only_space_before(source, kids[0].start_byte)
    child = tsx.indent_at(source, kids[0].start_byte) if own_line else indent + "  "
    element = components.nav_element(ctx.site_name, new.links, child)
    if own_line:
        ctx.edit(new.layout, inner[0], inner[0], f"\n{child}{element}")
        return
    ctx.edit(new.layout, inner[0], inner[0], f"\n{child}{element}" + (f"\n{child}" if kids else ""))
    if not tsx.only_space_before(source, inner[1]):
        ctx.edit(new.layout, inner[1], inner[1], f"\n{indent}")


def add_page(ctx: Ctx, op: P.AddPage) -> None:
    route = op.route or "/" + slug(op.title)
    if ctx.project.page(route) is not None or route in ctx.new_pages:
        raise PlanError(f"There is already a page at {route}.", hint="add sections to it, or pick another route")
    rel = page_rel(ctx, route)
    if ctx.exists(rel):
        raise PlanError(f"{rel} already exists.")
    ctx.new_pages[route] = NewPage(rel, op.title, [(k, section_for(ctx, k)) for k in op.sections])
    ctx.out.summary.append(f"Added the page {route} (\u201c{op.title}\u201d).")
    ctx.out.routes.append(route)
    ctx.out.expect.append((route, op.title))
    nav_link(ctx, op.title, route, required=False)


def remove_page(ctx: Ctx, op: P.RemovePage) -> None:
    """Deletes the page's own files (``routefiles.removal``), removes its nav entry, and says which
    files still link to it: links elsewhere are the user's to change, not guessed at here."""
    if op.route == "/":
        raise PlanError("The home page can't be removed.", hint="change its content instead")
    page = ctx.page(op.route)
    gone = routefiles.removal(ctx, op.route, page.file)
    for rel in gone.delete:
        ctx.source(rel)
        ctx.write(rel, None)
    nav = ctx.project.nav
    removed: list[Spot] = []
    for _, href, spot in (nav.links if nav else ()):
        if href == op.route:
            _remove_nav_entry(ctx, spot)
            removed.append(spot)
    ctx.out.summary.append(f"Removed the page {op.route}.")
    if gone.nested:
        wraps = f", with {routefiles.names(gone.wrappers)} that wrap{'s' if len(gone.wrappers) == 1 else ''} them" \
            if gone.wrappers else ""
        ctx.out.summary.append(f"The pages under it stay ({', '.join(gone.nested)}){wraps}.")
    for rel, users in gone.kept.items():
        ctx.out.summary.append(f"I kept {rel}: {routefiles.names(users)} import{'s' if len(users) == 1 else ''} it.")
    left = [m.file for m in routefiles.mentions(ctx, op.route)
            if m.file not in gone.delete and not (gone.nested and m.kind == "under")
            and not any(s.file == m.file and s.start <= m.start and m.end <= s.end for s in removed)]
    if left:
        ctx.out.summary.append(routefiles.still_links(left, op.route, "I left those links as they are."))
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
    el = _wrapped(ctx, spot)
    ctx.remove(spot.file, el.start_byte, el.end_byte)


def _wrapped(ctx: Ctx, spot: Spot) -> Node:
    """The nav link's element at ``spot``, or the list item it sits in."""
    doc = ctx.doc(spot.file)
    el = next(e for e in tsx.elements(doc, doc.root) if e.start_byte == spot.start)
    parent = el.parent
    return parent if parent is not None and tsx.is_element(parent) and tsx.tag(parent) == "li" else el


def move_nav_link(ctx: Ctx, op: P.MoveNavLink) -> None:
    """Moves the navigation's link to ``op.href`` just before the link to ``op.before`` (to the end
    when empty): each link's text takes another's place, so separators and list items stay; a second move
    of the same plan starts from the order the first left (``Ctx.nav_order``)."""
    links = list(ctx.project.nav.links) if ctx.project.nav else []
    if ctx.nav_order is None:  # each link's text as this plan left it (renamed just before: "rename it 'Our Family' and ...")
        ctx.nav_order = [(label, href, ctx.taken(spot.file, spot.start, spot.end)) for label, href, spot in links]
    now = ctx.nav_order
    hrefs = [href for _, href, _ in now]
    if op.href not in hrefs:
        raise PlanError(f"The navigation has no link to {op.href}.", hint="add it to the menu first")
    if op.before and op.before not in hrefs:
        raise PlanError(f"The navigation has no link to {op.before}.", hint="name a link the menu shows")
    moved = now[hrefs.index(op.href)]
    order = [link for link in now if link is not moved]
    order.insert(next((i for i, (_, href, _) in enumerate(order) if href == op.before), len(order)), moved)
    for (_, _, spot), was, there in zip(links, now, order):
        # (a link this plan renamed keeps its new text where it stays: ``taken`` dropped the edit inside it)
        if there is not was or there[2].encode() != ctx.source(spot.file)[spot.start:spot.end]:
            ctx.edit(spot.file, spot.start, spot.end, there[2], again=True)
    ctx.nav_order = order
    labels = [label for label, _, _ in order]
    where = next((f"before \u201c{label}\u201d in" for label, href, _ in now if href == op.before), "")
    ctx.out.summary.append(f"Moved \u201c{moved[0]}\u201d ({op.href}) {where or 'to the end of'} the navigation, which now reads "
                           f"{', '.join(labels)}."
                           # the whole order, so a menu typed in full ("Menu order: Home, Topics, ...") is seen to be as asked
                           if order != now else f"\u201c{moved[0]}\u201d is already {where or 'at the end of'} the navigation, "
                                                f"which reads {', '.join(labels)}.")
    ctx.out.routes.append("/")


def edit_nav_link(ctx: Ctx, op: P.EditNavLink) -> None:
    """Relabels the navigation's link to ``op.href``, or removes it (no label); the page stays."""
    nav = ctx.project.nav
    links = [(label, spot) for label, href, spot in (nav.links if nav else ()) if href == op.href]
    if not links:
        raise PlanError(f"The navigation has no link to {op.href}.", hint="name a link the menu shows")
    for label, spot in links:
        if not op.label:
            _remove_nav_entry(ctx, spot)
            ctx.out.summary.append(f"Took \u201c{label}\u201d ({op.href}) out of the navigation; the page stays.")
        else:
            _relabel(ctx, op.href, (label,), op.label)
    ctx.out.routes.append("/")


def rename_page(ctx: Ctx, op: P.RenamePage) -> None:
    """Moves the page's own files and those of the routes nested below it (``routefiles``: the
    rest of the folder, shared modules and data, stays where it is), rewrites the imports on both
    sides of the move and the links to it, and says which links it could not rewrite."""
    if op.route == "/":
        raise PlanError("The home page can't be moved.")
    page = ctx.page(op.route)
    if op.new_route == op.route and op.title:
        _retitle(ctx, page, op)
        return
    if ctx.project.page(op.new_route) is not None:
        raise PlanError(f"There is already a page at {op.new_route}.")
    old_dir = posixpath.dirname(page.file)
    if posixpath.dirname(op.route) == posixpath.dirname(op.new_route):  # keep route groups: rename the folder only
        new_dir = posixpath.join(posixpath.dirname(old_dir), op.new_route.rsplit("/", 1)[-1])
    else:
        new_dir = ctx.project.conventions.app_dir + op.new_route
    moves = {rel: new_dir + rel[len(old_dir):] for rel in routefiles.route_files(ctx, old_dir, nested=True)}
    for target in moves.values():
        if ctx.exists(target):
            raise PlanError(f"{target} already exists, so I can't move {op.route} to {op.new_route}.",
                            hint="pick another route, or remove that file first")
    routefiles.move(ctx, moves)
    left = _rewrite_links(ctx, op.route, op.new_route)
    old_title = page.title.text if page.title is not None else op.route.rsplit("/", 1)[-1]
    if op.title and page.title is not None:
        ctx.replace(page.title, op.title)
        ctx.out.expect.append((op.new_route, op.title))
    ctx.out.summary.append(f"Moved the page {op.route} to {op.new_route}.")
    if op.title:
        _relabel(ctx, op.route, (old_title, op.route.rsplit("/", 1)[-1]), op.title)
    if left:
        ctx.out.summary.append(routefiles.still_links(
            left, op.route, f"I can't rewrite those links safely, so change them to {op.new_route}."))
    ctx.out.routes.append(op.new_route)


def _retitle(ctx: Ctx, page: PageCode, op: P.RenamePage) -> None:
    """A new name whose address is the page's own ("Our Members" called "Members" at /members): the
    heading and the navigation's link say it; nothing moves."""
    old_title = page.title.text if page.title is not None else op.route.rsplit("/", 1)[-1]
    if page.title is not None:
        ctx.replace(page.title, op.title)
        ctx.out.expect.append((op.route, op.title))
    # the browser tab's title where the page's metadata says the old name as it is
    said = f"title: {tsx.js_string(old_title)}".encode()
    source = ctx.source(page.file)
    at = source.find(said)
    if at >= 0 and source.find(said, at + 1) < 0:
        ctx.edit(page.file, at + len("title: "), at + len(said), tsx.js_string(op.title))
    ctx.out.summary.append(f"Renamed the page {op.route} \u201c{op.title}\u201d; its address stays.")
    _relabel(ctx, op.route, (old_title, op.route.rsplit("/", 1)[-1]), op.title)
    ctx.out.routes.append(op.route)


def _relabel(ctx: Ctx, route: str, old_names: tuple[str, ...], label: str) -> None:
    """The nav link to a renamed page says its new name when it said the old one ("Shows" ->
    "Productions"); a label the user chose for it otherwise stays."""
    nav = ctx.project.nav
    names = {slug(n) for n in old_names}
    for old, href, spot in (nav.links if nav is not None else ()):
        if href != route or slug(old) not in names or slug(old) == slug(label):
            continue
        source = ctx.source(spot.file)
        inside = source[spot.start:spot.end]
        quote = "'" if spot.form == "js" and tsx.js_string(old, "'").encode() in inside else '"'
        literal = tsx.js_string(old, quote).encode() if spot.form == "js" else f">{tsx.jsx_text(old)}<".encode()
        at = inside.find(literal)
        if at < 0 or inside.find(literal, at + 1) >= 0:
            ctx.out.summary.append(f"The navigation still says \u201c{old}\u201d: I can't rename that link safely.")
            continue
        start = spot.start + at + (0 if spot.form == "js" else 1)
        end = start + len(literal) - (0 if spot.form == "js" else 2)
        ctx.edit(spot.file, start, end, tsx.js_string(label, quote) if spot.form == "js" else tsx.jsx_text(label))
        ctx.out.summary.append(f"Renamed its navigation link to \u201c{label}\u201d.")
        ctx.out.expect.append(("/", label))


_LINK_CALLS = ("push", "replace", "prefetch", "redirect", "permanentRedirect")
_LINK_KEYS = ("href", "url", "path", "link", "to", "pathname")


def _rewrite_links(ctx: Ctx, old: str, new: str) -> list[str]:
    """href="/old", href={`/old/${id}`}, router.push("/old"), {href: "/old"} (and /old/…, /old#…,
    /old?…) -> new. Returns the files that name /old in a way that is not plainly a link (an object
    key, an array of routes, a link assembled from data): those are reported, not guessed at."""
    left: list[str] = []
    docs: dict[str, tsx.Doc] = {}
    for found in routefiles.mentions(ctx, old):
        doc = docs.get(found.file) or docs.setdefault(found.file, tsx.parse(ctx.source(found.file), found.file))
        node = next(n for n in doc.find(routefiles.STRINGS) if n.start_byte == found.start)
        if found.kind == "assembled" or not _is_link(doc, node):
            left.append(ctx.moves.get(found.file, found.file))
            continue
        ctx.edit(found.file, found.start + 1, found.start + 1 + len(old.encode()), new)
    return left


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
    # The body as the JSON it returns (quoted keys): what the user asked for reads as they typed it.
    if op.method == "GET":
        body = json.dumps(op.json_body, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        source = f"export async function GET() {{\n  return Response.json({body});\n}}\n"
    else:  # echoes what it was sent next to the fixed fields
        fields = {**op.json_body, "received": None}
        body = json.dumps(fields, indent=2, ensure_ascii=False).replace("\n", "\n  ").replace('"received": null', '"received": received')
        arg = "request: Request" if ts else "request"
        source = (f"export async function POST({arg}) {{\n  const received = await request.json().catch(() => null);\n"
                  f"  return Response.json({body});\n}}\n")
    ctx.write(rel, source)
    ctx.out.summary.append(f"Added the API route {op.method} {op.route}.")
