"""What the root layout holds around the pages: the site's name, the navigation, the theme."""

from __future__ import annotations

import posixpath
from dataclasses import replace

from tree_sitter import Node

from app.scaffold.code import css, tsx
from app.scaffold.code.files import PAGE_EXTS, ProjectFiles, read_json
from app.scaffold.code.model import NavCode, Spot, ThemeCode
from app.scaffold.code.pages import spot_of, text_spot

FOOTER_NOTE = "footer-note"  # the class of a footer line of the user's words (``footerops``)


def footer_notes(doc: tsx.Doc, footer: Node) -> list[Node]:
    """The footer's lines of the user's words: its ``<p className="footer-note">`` elements."""
    return [el for el in tsx.elements(doc, footer, ("p",)) if tsx.attribute_value(doc, el, "className") == FOOTER_NOTE]

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


# The nav component Avery NXR adds (components.components_dir), without its extension.
OUR_NAV = ("components/nxr/Nav", "src/components/nxr/Nav")
MAP_QUERY = "(call_expression function: (member_expression) @fn)"


class Chrome(ProjectFiles):
    """The root layout's surroundings: the site's name, its navigation, its theme."""

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
        package = read_json(self.root / "package.json").get("name")
        return (str(package) if isinstance(package, str) and package else self.root.name), None

    def footer_notes(self, layout: tsx.Doc | None) -> tuple[Spot, ...]:
        """The lines of the user's own words the root layout's footer shows (``footerops``), each as its text's spot."""
        footer = next(tsx.elements(layout, layout.root, ("footer",)), None) if layout is not None else None
        if layout is None or footer is None:
            return ()
        return tuple(spot for el in footer_notes(layout, footer) if (spot := text_spot(layout, el, plain=True)) is not None)

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
            ours, skip = self.our_nav(doc)
            if ours is not None:
                return ours
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
                    if target is not None and target.endswith(PAGE_EXTS) and target != skip:
                        queue.append((target, depth + 1))
        return None

    def our_nav(self, doc: tsx.Doc) -> tuple[NavCode | None, str | None]:
        """The nav Avery NXR added to a layout without one: ``<Nav brand="…" links={[…]} />``
        (imported from components/nxr/Nav). Its links are the ``links`` prop's array (or the
        array a ``site.nav`` there names), read and edited like any {href, label} data; the
        brand is the ``brand`` prop. Returns (the nav, None), or (None, the component's file)
        when its links are computed: that file's markup is no place for literal links.
        """
        for imp in tsx.imports(doc):
            target = self.resolve(doc.path, imp.source) if imp.default else None
            if imp.default is None or target is None or posixpath.splitext(target)[0] not in OUR_NAV:
                continue
            el = next(tsx.elements(doc, doc.root, (imp.default,)), None)
            if el is None:
                continue
            value = tsx.attribute_value_node(el, "links")
            found: tuple[tsx.Doc, Node] | None = None
            if value is not None and value.type == "jsx_expression" and value.named_child_count == 1:
                array = _unwrap(value.named_children[0])
                found = (doc, array) if array is not None and array.type == "array" else (
                    self.member(doc, array) if array is not None else None)
            if found is None or found[1].type != "array":
                return None, target
            brand_node, brand = tsx.attribute_value_node(el, "brand"), tsx.attribute_value(doc, el, "brand")
            spot = (Spot(doc.path, brand_node.start_byte, brand_node.end_byte, brand, "attr")
                    if brand_node is not None and brand is not None else None)
            return data_nav(found[0], found[1], spot), None
        return None, None

    def nav_in(self, doc: tsx.Doc, box: Node, site_name: str) -> NavCode:
        for fn in doc.find(MAP_QUERY, box):  # {site.nav.map((item) => <Link …/>)}: the links are data
            if doc.text(fn).endswith(".map"):
                obj = fn.child_by_field_name("object")
                entries = _entries_of(doc, obj) if obj is not None else None
                found = self.member(doc, entries if entries is not None else obj) if obj is not None else None
                if found is not None and found[1].type == "array" and entries is None:
                    return data_nav(found[0], found[1], self.brand(doc, box, site_name))
                if found is not None and found[1].type == "object" and entries is not None:
                    return keyed_nav(found[0], found[1], self.brand(doc, box, site_name))
        brand = self.brand(doc, box, site_name)
        links: list[tuple[str, str, Spot]] = []
        last: Node | None = None
        for el in tsx.elements(doc, box, ("a", "Link")):
            href = tsx.attribute_value(doc, el, "href")
            label = tsx.visible_text(doc, el)
            if href is None or not label or (brand is not None and el.start_byte <= brand.start < el.end_byte):
                continue
            links.append((label, href, spot_of(doc, el, "jsx")))
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
            spot = text_spot(doc, el, plain=True)
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


def data_nav(doc: tsx.Doc, array: Node, brand: Spot | None) -> NavCode:
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
            links.append((str(value[label_key]), str(value[href_key]), spot_of(doc, obj, "js")))
    items = [c for c in array.named_children if c.type != "comment"]
    at, indent = _after_last(doc, array, items)
    return NavCode(doc.path, tuple(links), at, indent, "data", brand, keys=keys)


def _entries_of(doc: tsx.Doc, node: Node) -> Node | None:
    """``Object.entries(navItems)``: the ``navItems`` it reads (None for anything else)."""
    if node.type != "call_expression":
        return None
    fn, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if fn is None or args is None or doc.text(fn) != "Object.entries" or args.named_child_count != 1:
        return None
    return args.named_children[0]


def keyed_nav(doc: tsx.Doc, obj: Node, brand: Spot | None) -> NavCode:
    """Links kept as an object keyed by href (``{'/blog': {name: 'blog'}}``, mapped with
    ``Object.entries``): each pair is a link, its key the target and a name/label/title its label."""
    links: list[tuple[str, str, Spot]] = []
    label_key = "name"
    pairs = [c for c in obj.named_children if c.type == "pair"]
    for pair in pairs:
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        href = tsx.literal(doc, key) if key is not None else None
        fields = tsx.literal(doc, value) if value is not None else None
        if not isinstance(href, str) or not isinstance(fields, dict):
            continue
        found = next((k for k in ("name", "label", "title", "text") if isinstance(fields.get(k), str)), None)
        if found is not None:
            label_key = found
            links.append((str(fields[found]), href, spot_of(doc, pair, "js")))
    at, indent = _after_last(doc, obj, pairs)
    quote = "'" if pairs and doc.source[pairs[0].start_byte:pairs[0].start_byte + 1] == b"'" else '"'
    return NavCode(doc.path, tuple(links), at, indent, "keyed", brand, keys=("", label_key), quote=quote)


def _after_last(doc: tsx.Doc, container: Node, entries: list[Node]) -> tuple[int, str]:
    """Where a new entry of an array or object literal goes, and its indentation."""
    if entries:
        return entries[-1].end_byte, tsx.indent_at(doc.source, entries[-1].start_byte)
    return container.start_byte + 1, tsx.indent_at(doc.source, container.start_byte) + "  "
