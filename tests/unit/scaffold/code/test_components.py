"""Section components: every source parses in every style, elements carry any text intact,
imports resolve, and (integration) the real TypeScript compiler and React accept them."""

from __future__ import annotations

import html
import json
import posixpath
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import tree_sitter
import tree_sitter_typescript
from hypothesis import given, settings
from hypothesis import strategies as st

from app.paths import cache_dir
from app.scaffold.code import components as c
from app.scaffold.code.components import Style
from app.scaffold.site import SECTION_KINDS, Item, Section, Tier

PARSER = tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_tsx()))
STYLES = [
    Style(typescript=ts, tailwind=tw, alias=alias, src=src)
    for ts in (True, False)
    for tw in (True, False)
    for (alias, src) in ((None, False), ("@/", True))
]
TS_ONLY = {"type_annotation", "interface_declaration", "type_alias_declaration", "type_identifier",
           "predefined_type", "as_expression", "non_null_expression", "type_arguments"}
NASTY = [
    'He said "hi" & left',
    "back\\slash \\n not a newline",
    "{braces} and {{double}} }{",
    "</script><script>alert(1)</script>",
    "<b>bold</b> a < b > c",
    "emoji 😀👩‍👩‍👧 and ünïcödé 中文",
    "line one\nline two\r\nthree\ttab",
    "separators \u2028 and \u2029 end",
    "nul \x00 and del \x7f",
    "'single' `backtick` ${template}",
    "   spaced   ",
    "&amp; &lt; entity-like",
]


def walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    yield node
    for child in node.children:
        yield from walk(child)


def parse(code: str) -> tree_sitter.Node:
    root = PARSER.parse(code.encode("utf-8")).root_node
    bad = [n for n in walk(root) if n.is_error or n.is_missing]
    assert not bad, f"parse problem at {bad[0].start_point}: {code!r}"
    return root


def js_value(node: tree_sitter.Node) -> object:
    """A JS literal (as written by prop_value) back into Python."""
    text = node.text.decode("utf-8") if node.text is not None else ""
    if node.type == "string":
        return json.loads(text)
    if node.type in ("true", "false"):
        return node.type == "true"
    if node.type == "null":
        return None
    if node.type == "number":
        return json.loads(text)
    if node.type == "array":
        return [js_value(child) for child in node.named_children]
    if node.type == "object":
        out: dict[str, object] = {}
        for pair in node.named_children:
            assert pair.type == "pair", pair.type
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            assert key is not None and value is not None and key.text is not None
            name = key.text.decode("utf-8")
            out[json.loads(name) if key.type == "string" else name] = js_value(value)
        return out
    raise AssertionError(f"not a literal: {node.type} {text!r}")


def element_props(code: str) -> tuple[str, dict[str, object]]:
    """Parse ``<X a="…" b={…} />`` inside a page and read its props back."""
    root = parse("const page = (\n  <main>\n    " + code + "\n  </main>\n);\n")
    tag = next(n for n in walk(root) if n.type == "jsx_self_closing_element")
    name = tag.child_by_field_name("name")
    assert name is not None and name.text is not None
    props: dict[str, object] = {}
    for attribute in (n for n in tag.named_children if n.type == "jsx_attribute"):
        key, value = attribute.named_children
        assert key.text is not None and value.text is not None
        if value.type == "string":  # a plain attribute: no backslash escapes, but JSX decodes entities
            props[key.text.decode()] = html.unescape(value.text.decode("utf-8")[1:-1])
        else:
            assert value.type == "jsx_expression", value.type
            props[key.text.decode()] = js_value(value.named_children[0])
    return name.text.decode(), props


def expected_props(kind: str, section: Section) -> dict[str, object]:
    want: dict[str, object] = {}
    if section.heading:
        want["heading"] = section.heading
    if section.text:
        want["text"] = section.text
    if "items" in c.PROPS[kind] and section.items:
        want["items"] = [{"title": i.title, "text": i.text} for i in section.items]
    if "tiers" in c.PROPS[kind] and section.tiers:
        want["tiers"] = [{"name": t.name, "price": t.price, "features": t.features}
                         | ({"highlighted": True} if t.highlighted else {}) for t in section.tiers]
    if section.button_label:
        want["button"] = {"label": section.button_label, "href": section.button_href or "/"}
    return want


def full_section(kind: str) -> Section:
    return Section(
        kind=kind,  # type: ignore[arg-type]  # one of SECTION_KINDS
        heading="Why people pick us", text="Fast, friendly and close to home.",
        button_label="Get in touch", button_href="/contact",
        items=[Item(title="Email", text="hello@example.com"), Item(title="Phone", text="+1 555 0100")],
        tiers=[Tier(name="Free", price="$0", features=["1 site"]),
               Tier(name="Pro", price="$9/mo", features=["10 sites", "Support"], highlighted=True)],
    )


# --- names and the props table -----------------------------------------------------------


def test_every_section_kind_has_a_component() -> None:
    assert set(c.PROPS) == set(SECTION_KINDS)
    assert c.component_name("features") == "Features"
    assert c.component_name("image_text") == "ImageText"
    assert c.component_name("cta") == "Cta"
    for kind in SECTION_KINDS:
        assert c.kind_of_component(c.component_name(kind)) == kind
    assert c.kind_of_component("Header") is None
    # The nav is a component like them, but not a section: pages never read it as one.
    assert c.component_name("nav") == "Nav" and c.kind_of_component("Nav") is None
    assert "nav" not in SECTION_KINDS and "nav" not in c.PROPS
    with pytest.raises(ValueError, match="unknown section kind"):
        c.component_name("carousel")


# --- the component files -----------------------------------------------------------------


def default_function(root: tree_sitter.Node) -> tree_sitter.Node:
    for statement in root.children:
        if statement.type == "export_statement" and any(ch.type == "default" for ch in statement.children):
            declaration = statement.child_by_field_name("declaration")
            assert declaration is not None and declaration.type == "function_declaration"
            return declaration
    raise AssertionError("no export default function")


def css_classes(css: str) -> set[str]:
    """The class names a stylesheet's selectors use (comments and `composes: … from "…"` left out)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"composes:[^;]*;", "", css)
    return set(re.findall(r"\.([A-Za-z][\w-]*)", css))


@pytest.mark.parametrize("style", STYLES, ids=lambda s: f"{'ts' if s.typescript else 'js'}-"
                         f"{'tw' if s.tailwind else 'css'}{'-src' if s.src else ''}")
@pytest.mark.parametrize("kind", SECTION_KINDS)
def test_component_files_parse_and_follow_the_style(kind: str, style: Style) -> None:
    name = c.component_name(kind)
    files = c.component_files(kind, style)
    folder = "src/components/nxr" if style.src else "components/nxr"
    code_path = f"{folder}/{name}.{'tsx' if style.typescript else 'jsx'}"
    css_path = f"{folder}/{name}.module.css"
    shared_path = f"{folder}/Section.module.css"  # the rules every section composes
    assert set(files) == ({code_path} if style.tailwind else {code_path, css_path, shared_path})
    assert files == c.component_files(kind, style)  # idempotent
    code = files[code_path]
    root = parse(code)
    kinds = {n.type for n in walk(root)}
    if style.typescript:
        assert "interface_declaration" in kinds
    else:
        assert not kinds & TS_ONLY, kinds & TS_ONLY
    # A server component: no client directive, no hooks.
    assert '"use client"' not in code and not re.search(r"\buse[A-Z]\w*\(", code)
    function = default_function(root)
    assert function.child_by_field_name("name").text == name.encode()  # type: ignore[union-attr]
    # It destructures exactly the props the element may write.
    pattern = next(n for n in walk(function) if n.type == "object_pattern")
    destructured = [re.match(rb"\w+", n.text or b"").group().decode()  # type: ignore[union-attr]
                    for n in pattern.named_children]
    assert destructured == list(c.PROPS[kind])
    # Accessible structure: a labelled section with an h2 (the page keeps its own h1).
    assert "<section aria-labelledby={id}" in code and "<h2 id={id}" in code
    tags = {(n.child_by_field_name("name") or n).text for n in walk(root)
            if n.type in ("jsx_opening_element", "jsx_self_closing_element")}
    assert b"h1" not in tags
    assert "Link from \"next/link\"" in code and "isInternal(button.href)" in code
    if style.tailwind:
        assert "styles." not in code and "className=\"" in code
    else:
        assert f'import styles from "./{name}.module.css";' in code
        css, shared = files[css_path], files[shared_path]
        defined = css_classes(css)
        used = set(re.findall(r"styles\.(\w+)", code))
        assert used <= defined, used - defined
        assert defined <= used, f"unused classes in {name}.module.css: {defined - used}"
        # A class composed from the shared module is one it defines, under the same name.
        composed = re.findall(r"\.(\w+) \{ composes: (\w+) from \"\./Section\.module\.css\"; \}", css)
        assert composed and all(local == other for local, other in composed), composed
        assert {other for _, other in composed} <= css_classes(shared)
        assert css.count("composes:") == len(composed)
        for sheet in (css, shared):
            assert sheet.count("{") == sheet.count("}")
        assert "var(--foreground" in shared and "var(--background" in shared


def test_the_shared_section_module_is_written_once_and_all_used() -> None:
    style = Style(typescript=True, tailwind=False, alias=None, src=False)
    files = [c.component_files(kind, style) for kind in SECTION_KINDS]
    shared = {f["components/nxr/Section.module.css"] for f in files}
    assert len(shared) == 1  # the same file from every kind: written by the first, a no-op after
    composed = set().union(*(re.findall(r"composes: (\w+) from", css)
                             for f in files for rel, css in f.items() if not rel.endswith("/Section.module.css")))
    assert css_classes(shared.pop()) == composed  # no rule there that no section uses


def test_each_kind_uses_its_semantic_markup() -> None:
    style = Style(typescript=True, tailwind=True, alias=None, src=False)
    code = {kind: c.component_files(kind, style)[f"components/nxr/{c.component_name(kind)}.tsx"]
            for kind in SECTION_KINDS}
    assert "<details" in code["faq"] and "<summary" in code["faq"]
    for tag in ("<figure", "<blockquote", "<figcaption"):
        assert tag in code["testimonials"]
    assert "<dl" in code["contact"] and "<dt" in code["contact"] and "<dd" in code["contact"]
    assert "<dl" in code["list"]
    assert "tier.highlighted" in code["pricing"] and "tier.features.map" in code["pricing"]
    for kind in ("features", "team", "testimonials", "pricing"):
        assert "<ul" in code[kind]
    assert "text.split(" in code["text"]


@pytest.mark.parametrize("style", STYLES, ids=lambda s: f"{'ts' if s.typescript else 'js'}-"
                         f"{'tw' if s.tailwind else 'css'}{'-src' if s.src else ''}")
def test_the_nav_component_parses_and_follows_the_style(style: Style) -> None:
    files = c.component_files("nav", style)
    folder = "src/components/nxr" if style.src else "components/nxr"
    code_path = f"{folder}/Nav.{'tsx' if style.typescript else 'jsx'}"
    css_path = f"{folder}/Nav.module.css"
    assert set(files) == ({code_path} if style.tailwind else {code_path, css_path})
    assert files == c.component_files("nav", style)  # idempotent
    code = files[code_path]
    root = parse(code)
    kinds = {n.type for n in walk(root)}
    if style.typescript:
        assert "interface_declaration" in kinds
        assert "brand?: string;" in code and "links: NavLink[];" in code
        assert "href: string;" in code and "label: string;" in code
    else:
        assert not kinds & TS_ONLY, kinds & TS_ONLY
    assert '"use client"' not in code and not re.search(r"\buse[A-Z]\w*\(", code)
    function = default_function(root)
    assert function.child_by_field_name("name").text == b"Nav"  # type: ignore[union-attr]
    pattern = next(n for n in walk(function) if n.type == "object_pattern")
    destructured = [re.match(rb"\w+", n.text or b"").group().decode()  # type: ignore[union-attr]
                    for n in pattern.named_children]
    assert destructured == list(c.CHROME_PROPS["nav"]) == ["brand", "links"]
    # An accessible header: a labelled nav landmark, the brand linking home, internal links
    # through next/link, others plain <a>; no heading and no section (it is not one).
    assert "<header" in code and '<nav aria-label="Main"' in code.replace("\n        ", " ")
    assert '<Link href="/"' in code and "{brand}" in code
    assert "isInternal(link.href)" in code and "<a href={link.href}" in code and "<Link href={link.href}" in code
    assert 'Link from "next/link"' in code
    tags = {(n.child_by_field_name("name") or n).text for n in walk(root)
            if n.type in ("jsx_opening_element", "jsx_self_closing_element")}
    assert not tags & {b"h1", b"h2", b"section"}
    if style.tailwind:
        assert "styles." not in code and "className=\"" in code
    else:
        assert 'import styles from "./Nav.module.css";' in code
        css = files[css_path]
        assert "composes:" not in css  # the header shares nothing with the sections
        defined = css_classes(css)
        used = set(re.findall(r"styles\.(\w+)", code))
        assert used == defined, (used, defined)
        assert css.count("{") == css.count("}")


def test_the_javascript_variant_is_the_typescript_minus_its_types() -> None:
    source = (
        'import Link from "next/link";\n\n'
        "interface Item {\n  title: string;\n}\n\n"
        "export interface Props {\n  items?: Item[];\n}\n\n"
        "type Pair = [string, number];\n\n"
        "function label(name: string, count: number): string {\n  return name + count;\n}\n\n"
        "export default function List({ items = [] }: Props) {\n"
        "  const first: string | undefined = items[0]?.title;\n"
        "  return <p>{first}</p>;\n}\n"
    )
    assert c.strip_types(source) == (
        'import Link from "next/link";\n\n'
        "function label(name, count) {\n  return name + count;\n}\n\n"
        "export default function List({ items = [] }) {\n"
        "  const first = items[0]?.title;\n"
        "  return <p>{first}</p>;\n}\n"
    )


@pytest.mark.parametrize("source", [
    "const x = y as string;\n",
    "const x = y!;\n",
    "function f<T>(x) { return x; }\n",
    "function f(x?) { return x; }\n",
    "enum Color { Red }\n",
])
def test_typescript_the_stripper_does_not_handle_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match="TypeScript left"):
        c.strip_types(source)


def test_a_source_that_does_not_parse_is_refused() -> None:
    with pytest.raises(ValueError, match="does not parse at 1:"):
        c.strip_types("const x = (;\n")


# --- the element -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", SECTION_KINDS)
def test_element_writes_the_props_with_content_and_parses(kind: str) -> None:
    section = full_section(kind)
    code = c.element(kind, section, "      ")
    name, props = element_props(code)
    assert name == c.component_name(kind)
    assert props == expected_props(kind, section)
    assert list(props) == [p for p in c.PROPS[kind] if p in props]  # the declared order
    for line in code.splitlines()[1:]:
        assert line.startswith("      "), line


def test_element_leaves_out_empty_props() -> None:
    assert c.element("features", Section(kind="features"), "    ") == "<Features />"
    assert c.element("hero", Section(kind="hero", heading="Hi", items=[Item(title="x")]), "") == '<Hero heading="Hi" />'
    # A button the model gave no target goes home (the prop's type needs an href).
    _, props = element_props(c.element("cta", Section(kind="cta", button_label="Start"), ""))
    assert props == {"button": {"label": "Start", "href": "/"}}


def test_short_elements_stay_on_one_line_long_ones_put_a_prop_per_line() -> None:
    assert c.element("text", Section(kind="text", heading="About", text="Hello"), "    ") == (
        '<Text heading="About" text="Hello" />')
    long = c.element("text", Section(kind="text", heading="About us", text="word " * 30), "    ")
    assert long.splitlines()[0] == "<Text" and long.splitlines()[-1] == "    />"
    assert long.splitlines()[1] == '      heading="About us"'


@pytest.mark.parametrize("nasty", NASTY)
def test_nasty_strings_survive_the_element(nasty: str) -> None:
    section = Section(kind="features", heading=nasty[:120], text=nasty,
                      items=[Item(title=nasty[:120], text=nasty)], button_label=nasty[:120], button_href="/x")
    code = c.element("features", section, "  ")
    _, props = element_props(code)
    assert props == expected_props("features", section)
    assert "\u2028" not in code and "\u2029" not in code


def test_plain_attributes_only_for_plain_strings() -> None:
    assert c.element("hero", Section(kind="hero", heading="Café 😀 it's open"), "") == (
        "<Hero heading=\"Café 😀 it's open\" />")
    assert c.element("hero", Section(kind="hero", heading="Fish & chips"), "") == (
        '<Hero heading={"Fish & chips"} />')


def test_the_nav_element_writes_brand_and_one_link_per_line() -> None:
    code = c.nav_element("Crumb", [("Menu", "/menu"), ("Shop", "https://shop.example.com/?a=1&b=2")], "        ")
    assert code == (
        "<Nav\n"
        '          brand="Crumb"\n'
        "          links={[\n"
        '            { href: "/menu", label: "Menu" },\n'
        '            { href: "https://shop.example.com/?a=1&b=2", label: "Shop" },\n'
        "          ]}\n"
        "        />")
    name, props = element_props(code)
    assert name == "Nav" and props == {"brand": "Crumb", "links": [
        {"href": "/menu", "label": "Menu"}, {"href": "https://shop.example.com/?a=1&b=2", "label": "Shop"}]}
    # No brand: the prop is left out; no links: an empty array (the prop is required).
    assert element_props(c.nav_element("", [], "")) == ("Nav", {"links": []})


@pytest.mark.parametrize("nasty", NASTY)
def test_nasty_strings_survive_the_nav_element(nasty: str) -> None:
    _, props = element_props(c.nav_element(nasty, [(nasty, "/x"), ("x", nasty)], "  "))
    assert props == {"brand": nasty, "links": [{"href": "/x", "label": nasty}, {"href": nasty, "label": "x"}]}


@settings(max_examples=150, deadline=None)
@given(
    heading=st.text(max_size=120),
    text=st.text(max_size=300),
    items=st.lists(st.tuples(st.text(max_size=40), st.text(max_size=80)), max_size=4),
    features=st.lists(st.text(max_size=30), max_size=3),
    highlighted=st.booleans(),
)
def test_any_text_round_trips_through_the_element(
    heading: str, text: str, items: list[tuple[str, str]], features: list[str], highlighted: bool
) -> None:
    for kind in ("features", "pricing"):
        section = Section(kind=kind, heading=heading, text=text,
                          items=[Item(title=t, text=x) for t, x in items],
                          tiers=[Tier(name=heading[:20] or "Plan", price="$1", features=features,
                                      highlighted=highlighted)])
        _, props = element_props(c.element(kind, section, "    "))
        assert props == expected_props(kind, section)


# --- literals ----------------------------------------------------------------------------


def test_prop_value_writes_readable_literals() -> None:
    assert c.prop_value("a\"b") == '"a\\"b"'
    assert c.prop_value("a\u2028b\ud800") == '"a\\u2028b\\ud800"'  # Section refuses lone surrogates; a dict may not
    assert json.loads(c.prop_value("a\u2028b\ud800")) == "a\u2028b\ud800"
    assert c.prop_value(None) == "null"
    assert c.prop_value(True) == "true"
    assert c.prop_value(3) == "3" and c.prop_value(1.5) == "1.5"
    assert c.prop_value([]) == "[]" and c.prop_value({}) == "{}"
    assert c.prop_value(["a", "b"]) == '["a", "b"]'
    assert c.prop_value({"title": "A", "data-x": 1, "$ok": 2}) == '{ title: "A", "data-x": 1, $ok: 2 }'
    assert c.prop_value([{"title": "A", "text": "B"}], "  ") == '[\n    { title: "A", text: "B" },\n  ]'
    assert c.prop_value([Item(title="A", text="B")]) == '[\n  { title: "A", text: "B" },\n]'
    assert c.prop_value(Tier(name="P", price="1", features=[])) == '{ name: "P", price: "1", features: [] }'
    long = c.prop_value({"text": "x" * 120}, "    ")
    assert long == '{\n      text: "' + "x" * 120 + '",\n    }'
    with pytest.raises(ValueError):
        c.prop_value(float("nan"))
    with pytest.raises(TypeError):
        c.prop_value({1, 2})
    with pytest.raises(TypeError):
        c.prop_value({1: "a"})


def test_prop_value_round_trips_nested_values() -> None:
    value = {"a": [1, 2.5, None, True, {"b c": ["x" * 60, "y" * 60]}], "d": {}, "e": []}
    root = parse(f"const v = {c.prop_value(value)};\n")
    literal = next(n for n in walk(root) if n.type == "object")
    assert js_value(literal) == value


# --- imports -----------------------------------------------------------------------------


@pytest.mark.parametrize(("src", "from_file", "spec"), [
    (False, "app/page.tsx", "../components/nxr/Features"),
    (False, "app/a/b/page.tsx", "../../../components/nxr/Features"),
    (False, "middleware.ts", "./components/nxr/Features"),
    (False, "components/Header.tsx", "./nxr/Features"),
    (False, "components/nxr/Other.tsx", "./Features"),
    (True, "src/app/page.tsx", "../components/nxr/Features"),
    (True, "src/app/a/b/page.tsx", "../../../components/nxr/Features"),
    (True, "src\\app\\page.tsx", "../components/nxr/Features"),
])
def test_relative_imports_resolve_to_the_component(src: bool, from_file: str, spec: str) -> None:
    style = Style(typescript=True, tailwind=True, alias=None, src=src)
    line = c.import_line("features", style, from_file)
    assert line == f'import Features from "{spec}";'
    parse(line)
    importer = from_file.replace("\\", "/")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec)) + ".tsx"
    assert target in c.component_files("features", style)


@pytest.mark.parametrize("src", [False, True])
def test_alias_imports(src: bool) -> None:
    for alias in ("@/", "@"):
        style = Style(typescript=False, tailwind=False, alias=alias, src=src)
        for from_file in ("app/page.jsx", "src/app/a/b/page.jsx"):
            assert c.import_line("image_text", style, from_file) == (
                'import ImageText from "@/components/nxr/ImageText";')
    assert c.import_line("faq", Style(typescript=True, tailwind=True, alias="~/", src=False), "app/page.tsx") == (
        'import Faq from "~/components/nxr/Faq";')


def test_an_importer_outside_the_project_is_refused() -> None:
    style = Style(typescript=True, tailwind=True, alias=None, src=False)
    for bad in ("../page.tsx", "/abs/page.tsx"):
        with pytest.raises(ValueError):
            c.import_line("faq", style, bad)


# --- the real compiler and React (integration) ---------------------------------------------

STARTERS = Path("/work/starters")


def store_modules() -> Path:
    candidates = sorted(cache_dir().glob("store/*/node_modules/typescript/bin/tsc"))
    if not candidates or shutil.which("node") is None:
        pytest.skip("no dependency store with typescript (or no node) in the user cache")
    return candidates[-1].parents[2]


def starter_copy(name: str, tmp_path: Path) -> Path:
    source = STARTERS / name
    if not source.is_dir():
        pytest.skip(f"no {source}")
    root = tmp_path / name
    shutil.copytree(source, root)
    (root / "node_modules").symlink_to(store_modules(), target_is_directory=True)
    return root


def write_demo(root: Path, style: Style) -> None:
    """All 11 components and the nav, a page using each with sample props (alias imports) and one
    with relative imports and a section with every nasty string."""
    for kind in (*SECTION_KINDS, "nav"):
        for rel, content in c.component_files(kind, style).items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(content, encoding="utf-8")
    ext = "tsx" if style.typescript else "jsx"
    app = "src/app" if style.src else "app"
    nasty = " | ".join(NASTY)
    for page, page_style, sections in (
        (f"{app}/demo/page.{ext}", style, [full_section(kind) for kind in SECTION_KINDS]),
        (f"{app}/a/b/page.{ext}", Style(style.typescript, style.tailwind, None, style.src),
         [Section(kind=kind, heading=nasty[:120], text=nasty,  # type: ignore[arg-type]
                  button_label="x", button_href="https://e.com",
                  items=[Item(title=nasty[:120], text=nasty)],
                  tiers=[Tier(name=nasty[:120], price=nasty[:120], features=[nasty[:120]])])
          for kind in SECTION_KINDS]),
    ):
        imports = "\n".join(c.import_line(kind, page_style, page) for kind in (*SECTION_KINDS, "nav"))
        body = "\n".join("      " + c.element(s.kind, s, "      ") for s in sections)
        body = "      " + c.nav_element(nasty, [("Menu", "/menu"), (nasty, "https://e.com")], "      ") + "\n" + body
        code = (f"{imports}\n\nexport default function Demo() {{\n  return (\n    <main>\n"
                f"      <h1>Demo</h1>\n{body}\n    </main>\n  );\n}}\n")
        (root / page).parent.mkdir(parents=True, exist_ok=True)
        (root / page).write_text(code, encoding="utf-8")


def run_tsc(root: Path) -> None:
    # The starters' layouts use LayoutProps, a global that `next typegen` writes into .next/types
    # (offline, ~2 s); it also type-checks every page's default export against Next's rules.
    typegen = subprocess.run(["node", "node_modules/next/dist/bin/next", "typegen"], cwd=root,
                             capture_output=True, text=True, timeout=120)
    assert typegen.returncode == 0, typegen.stdout[-2000:] + typegen.stderr[-2000:]
    tsc = root / "node_modules" / "typescript" / "bin" / "tsc"
    done = subprocess.run(["node", str(tsc), "--noEmit", "-p", "."], cwd=root, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


@pytest.mark.integration
@pytest.mark.parametrize(("starter", "tailwind", "src"), [("ts-css-src", False, True), ("ts-tw", True, False)])
def test_typescript_starters_type_check_with_every_component(
    starter: str, tailwind: bool, src: bool, tmp_path: Path
) -> None:
    root = starter_copy(starter, tmp_path)
    write_demo(root, Style(typescript=True, tailwind=tailwind, alias="@/", src=src))
    run_tsc(root)


@pytest.mark.integration
@pytest.mark.parametrize(("starter", "tailwind", "src"), [("js-css", False, False), ("js-tw-src", True, True)])
def test_javascript_starters_compile_with_every_component(
    starter: str, tailwind: bool, src: bool, tmp_path: Path
) -> None:
    """tsc reads .jsx as JavaScript: a type annotation left in would be a syntax error (TS8010)."""
    root = starter_copy(starter, tmp_path)
    write_demo(root, Style(typescript=False, tailwind=tailwind, alias="@/", src=src))
    paths = json.loads((root / "jsconfig.json").read_text())["compilerOptions"]["paths"]
    (root / "next-env.d.ts").write_text('/// <reference types="next" />\n')
    (root / "tsconfig.json").write_text(json.dumps({
        "compilerOptions": {"allowJs": True, "checkJs": True, "noEmit": True, "jsx": "react-jsx",
                            "module": "esnext", "moduleResolution": "bundler", "target": "ES2017",
                            "lib": ["dom", "dom.iterable", "esnext"], "skipLibCheck": True,
                            "esModuleInterop": True, "paths": paths},
        "include": ["next-env.d.ts", "**/*.js", "**/*.jsx"], "exclude": ["node_modules"],
    }))
    run_tsc(root)


RENDER = r"""
const fs = require("fs"), path = require("path"), Module = require("module");
const ts = require("typescript");
const React = require("react");
const { renderToStaticMarkup } = require("react-dom/server");
// CSS modules: a class name is its own key, as a bundler would give (hashed) names.
require.extensions[".css"] = (m) => {
  m.exports = new Proxy({}, { get: (_, key) => (key === "__esModule" ? undefined : String(key)) });
};
for (const ext of [".tsx", ".jsx"]) {
  require.extensions[ext] = (m, file) => {
    const out = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: { jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.CommonJS, esModuleInterop: true,
                         target: ts.ScriptTarget.ES2019, allowJs: true },
    });
    m._compile(out.outputText, file);
  };
}
const cases = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const out = cases.map(([file, props]) => {
  const Component = require(path.resolve(file)).default;
  return renderToStaticMarkup(React.createElement(Component, props));
});
process.stdout.write(JSON.stringify(out));
"""


@pytest.mark.integration
def test_react_renders_the_components_and_both_languages_agree(tmp_path: Path) -> None:
    modules = store_modules()
    (tmp_path / "node_modules").symlink_to(modules, target_is_directory=True)
    cases: list[tuple[str, dict[str, object]]] = []
    for tailwind in (True, False):
        for typescript in (True, False):
            style = Style(typescript=typescript, tailwind=tailwind, alias=None, src=False)
            base = tmp_path / f"{'tw' if tailwind else 'css'}-{'ts' if typescript else 'js'}"
            for kind in SECTION_KINDS:
                for rel, content in c.component_files(kind, style).items():
                    (base / rel).parent.mkdir(parents=True, exist_ok=True)
                    (base / rel).write_text(content, encoding="utf-8")
                code = base / "components/nxr" / f"{c.component_name(kind)}.{'tsx' if typescript else 'jsx'}"
                _, props = element_props(c.element(kind, full_section(kind), ""))
                cases += [(str(code), props), (str(code), {})]
            for rel, content in c.component_files("nav", style).items():
                (base / rel).parent.mkdir(parents=True, exist_ok=True)
                (base / rel).write_text(content, encoding="utf-8")
            code = base / "components/nxr" / f"Nav.{'tsx' if typescript else 'jsx'}"
            _, props = element_props(c.nav_element("Crumb & Co", [("Menu", "/menu"), ("Shop", "https://e.com")], ""))
            cases += [(str(code), props), (str(code), {})]  # no brand, no links: nothing
    (tmp_path / "cases.json").write_text(json.dumps(cases))
    (tmp_path / "render.js").write_text(RENDER)
    done = subprocess.run(["node", "render.js", "cases.json"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-4000:]
    html = dict(zip(((file, bool(props)) for file, props in cases), json.loads(done.stdout), strict=True))
    for (file, full), markup in html.items():
        if not full:
            assert markup == "", f"{file} renders {markup!r} with no props"
            continue
        if file.endswith(("/Nav.tsx", "/Nav.jsx")):
            assert markup.startswith("<header") and markup.endswith("</nav></header>"), markup
            assert re.search(r'<nav aria-label="Main"[^>]*><a [^>]*href="/"[^>]*>Crumb &amp; Co</a><ul', markup), markup
            assert re.search(r'<li><a [^>]*href="/menu"[^>]*>Menu</a></li><li><a [^>]*href="https://e.com"', markup)
            continue
        kind = next(k for k in SECTION_KINDS if file.endswith(f"/{c.component_name(k)}" + file[-4:]))
        assert markup.startswith('<section aria-labelledby="') and markup.endswith("</section>"), markup
        label = re.search(r'aria-labelledby="([^"]+)"', markup).group(1)  # type: ignore[union-attr]
        assert f'<h2 id="{label}"' in markup and "Why people pick us" in markup
        assert 'href="/contact"' in markup and "Get in touch" in markup
        if kind in ("features", "testimonials", "faq", "list", "team", "image_text", "contact"):
            assert "hello@example.com" in markup
        if kind == "contact":
            assert 'href="mailto:hello@example.com"' in markup and 'href="tel:+15550100"' in markup
        if kind == "pricing":
            assert "$9/mo" in markup and "10 sites" in markup
    # The JavaScript variant renders exactly what the TypeScript one does.
    for (file, full), markup in html.items():
        if file.endswith(".tsx"):
            assert html[(file[:-4].replace("-ts/", "-js/") + ".jsx", full)] == markup
