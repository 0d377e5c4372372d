"""The code reader: the parser wrapper, byte splicing, and what read_project finds in real projects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.scaffold.code import css, tsx
from app.scaffold.code.reader import CodeProject, Spot, read_project, route_of, site_view
from tests.unit.scaffold.code.projects import FIXTURES, STARTERS, copy_fixture


def parse(text: str, path: str = "x.tsx") -> tsx.Doc:
    return tsx.parse(text.encode(), path)


# --- tsx -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("starter", STARTERS)
def test_every_starter_file_parses_despite_ampersands_in_hrefs(starter: str) -> None:
    files = [p for p in (FIXTURES / starter).rglob("*") if p.suffix in (".tsx", ".ts", ".js", ".jsx")]
    assert files
    for path in files:
        assert tsx.problem(tsx.parse(path.read_bytes(), path.name)) is None, path


@pytest.mark.parametrize("source", [
    'const a = <p>Tom & Jerry and R&D</p>;',
    'const a = <a title="x & y" href="&">x &amp; y</a>;',
    'type X = A & B; let y = a & b; y &= 2; y &&= 3; const z = <p>{a && b}</p>;',
])
def test_a_lone_ampersand_is_not_a_syntax_error(source: str) -> None:
    assert tsx.problem(parse(source)) is None


@pytest.mark.parametrize("source, where", [
    ("const a = 1;\nfunction f( { return 1 }\n", (2, 1)),
    ("const a = <a>x</b>;\n", (1, 15)),
    ("export default function P() {\n  return <main><p>{oops</p></main>;\n}\n", None),
])
def test_syntax_errors_have_a_line_and_column(source: str, where: tuple[int, int] | None) -> None:
    found = tsx.problem(parse(source))
    assert found is not None
    if where is not None:
        assert found[0] == where[0]


def test_text_is_read_from_the_real_source_not_the_masked_copy() -> None:
    doc = parse('const a = <p title="a&b">Tom & Jerry</p>;')
    el = next(tsx.elements(doc, doc.root, ("p",)))
    assert tsx.visible_text(doc, el) == "Tom & Jerry"
    assert tsx.attribute_value(doc, el, "title") == "a&b"


def test_text_range_skips_surrounding_whitespace_comments_and_icons() -> None:
    src = '<a href="/x">\n  <Icon />\n  {/* c */}\n  Go   now\n</a>'
    doc = parse(f"const a = {src};")
    found = tsx.text_range(doc, next(tsx.elements(doc, doc.root, ("a",))), plain=True)
    assert found is not None
    start, end, text = found
    assert doc.source[start:end] == b"Go   now" and text == "Go now"


def test_visible_text_of_computed_content_is_unknown() -> None:
    doc = parse("const a = <h1>Hi {name}</h1>;")
    assert tsx.visible_text(doc, next(tsx.elements(doc, doc.root))) is None


def test_literals() -> None:
    doc = parse("""const a = ["a\\"b", 'c\\u0041', `t`, 1, true, null, {x: "y", "k": [2.5]}, `${x}`];""")
    array = doc.find("(array) @a")[0]
    assert tsx.literal(doc, array) == ['a"b', "cA", "t", 1, True, None, {"x": "y", "k": [2.5]}, ...]


def test_splice_replaces_ranges_and_refuses_overlaps() -> None:
    src = b"0123456789"
    assert tsx.splice(src, [tsx.edit(8, 9, "X"), tsx.edit(0, 1, "ab"), tsx.edit(5, 5, "+"), tsx.edit(5, 5, "-")]) \
        == b"ab1234+-567X9"
    with pytest.raises(ValueError):
        tsx.splice(src, [tsx.edit(1, 4, ""), tsx.edit(3, 5, "")])
    with pytest.raises(ValueError):
        tsx.splice(src, [tsx.edit(9, 11, "")])


def test_escaping_for_jsx_text_and_attributes() -> None:
    assert tsx.jsx_text('<b>{x}</b> & "q"') == '&lt;b&gt;&#123;x&#125;&lt;/b&gt; &amp; "q"'
    assert tsx.jsx_attr("/about") == '"/about"'
    assert tsx.jsx_attr('say "hi" & {go}') == '{"say \\"hi\\" & {go}"}'


def test_js_strings_escape_what_json_leaves_raw() -> None:
    assert tsx.js_string('a"b\u2028c') == '"a\\"b\\u2028c"'


def test_import_block_end_after_directives_and_imports() -> None:
    doc = parse('"use client";\nimport a from "a";\nimport { b } from "./b";\n\nexport default 1;\n')
    assert doc.source[tsx.import_block_end(doc):].startswith(b"\nexport")
    assert [(i.source, i.default, i.names) for i in tsx.imports(doc)] == [("a", "a", ()), ("./b", None, ("b",))]
    assert tsx.import_block_end(parse("export default 1;\n")) == 0


def test_css_blocks_skip_comments_strings_and_nested_rules() -> None:
    src = b'/* :root { --x: 1 } */\n:root { --a: "{;}"; --b: red }\n@media (x) { :root { --a: blue; } }\n'
    sheet = css.read(src)
    root = [b for b in sheet.blocks if b.prelude == ":root" and b.depth == 0]
    assert len(root) == 1
    decls = css.declarations(sheet, root[0])
    assert [(d.prop, src[d.value_start:d.value_end]) for d in decls] == [("--a", b'"{;}"'), ("--b", b"red")]


# --- routes and conventions -------------------------------------------------------------------------

@pytest.mark.parametrize("folder, route", [
    ("", "/"), ("about", "/about"), ("(marketing)/pricing", "/pricing"), ("blog/[slug]", "/blog/[slug]"),
    ("_lib", None), ("@modal/login", None), ("(.)photo", None),
])
def test_routes_of_folders(folder: str, route: str | None) -> None:
    assert route_of(folder) == route


@pytest.mark.parametrize("starter, ts, tw, src, ext", [
    ("ts-tw", True, True, False, ".tsx"), ("js-css", False, False, False, ".js"),
    ("ts-css-src", True, False, True, ".tsx"), ("js-tw-src", False, True, True, ".js"),
])
def test_starters_are_read(starter: str, ts: bool, tw: bool, src: bool, ext: str) -> None:
    project = read_project(FIXTURES / starter)
    conv = project.conventions
    assert (conv.typescript, conv.tailwind, conv.src, conv.alias) == (ts, tw, src, "@/")
    assert conv.app_dir == ("src/app" if src else "app") and conv.alias_dir == ("src" if src else "")
    assert project.problems == ()
    assert project.name == "Create Next App"
    assert_spot(project, project.name_spot, '"Create Next App"')
    (home,) = project.pages
    assert home.route == "/" and home.file.endswith("page" + ext) and home.editable
    assert home.title is not None and home.title.text == f"To get started, edit the page{ext} file."
    assert home.subtitle is not None and home.subtitle.text.startswith("Looking for a starting point")
    assert_spot(project, home.button, "Deploy Now")  # the label only: the <Image> icon beside it stays
    assert home.sections == () and home.insert_at is not None
    assert project.nav is None
    assert project.theme is not None and project.theme.where == "root"
    assert_spot(project, project.theme.vars["--background"], "#ffffff")
    assert project.theme.file.endswith("globals.css")


def assert_spot(project: CodeProject, spot: Spot | None, raw: str) -> None:
    assert spot is not None
    data = (project.root / spot.file).read_bytes()
    assert data[spot.start:spot.end].decode() == raw


def test_hand_written_site(tmp_path: Path) -> None:
    project = read_project(copy_fixture("hand", tmp_path / "hand"))
    assert project.name == "Crumb & Co"
    assert [(p.route, p.editable) for p in project.pages] == [
        ("/", True), ("/about", True), ("/blog/[slug]", False), ("/pricing", True)]
    home = project.page("/")
    assert home is not None and home.title is not None
    assert home.title.text == "Fresh bread, every morning"
    assert home.subtitle is None  # its text is partly computed ({year}): not replaceable as a whole
    assert home.button is not None and home.button.text == "Our story"
    assert [(s.kind, s.component, s.ours) for s in home.sections] == [
        ("hero", None, False), ("features", "Features", True), ("faq", None, False), ("list", None, False)]
    features = home.sections[1]
    assert features.content is not None and [i.title for i in features.content.items] == ["Slow", "Local"]
    assert features.heading is not None and features.heading.text == "Why us"
    assert_spot(project, features.heading, '"Why us"')
    pricing = project.page("/pricing")
    assert pricing is not None and pricing.file == "app/(marketing)/pricing/page.tsx"
    assert pricing.subtitle is not None and pricing.subtitle.text == "Everything is baked today."
    assert project.nav is not None and project.nav.file == "components/Nav.tsx"  # Header -> Nav
    assert [(label, href) for label, href, _ in project.nav.links] == [
        ("Home", "/"), ("About", "/about"), ("Pricing", "/pricing")]
    assert project.nav.wrap == "li" and project.nav.link_class == "hover:underline"
    assert project.nav.brand is not None and project.nav.brand.file == "components/Header.tsx"
    theme = project.theme
    assert theme is not None and set(theme.vars) >= {"--background", "--foreground", "--primary", "--color-primary"}
    assert theme.vars["--background"].text == "#fffdf8"  # not the dark-mode value in @media
    site = site_view(project)
    assert [p.route for p in site.pages] == ["/", "/about", "/pricing"]  # the dynamic route is left out
    assert site.theme.primary == "#b45309" and site.theme.background == "#fffdf8"
    assert [n.href for n in site.nav] == ["/", "/about", "/pricing"]


def test_generated_project(tmp_path: Path) -> None:
    project = read_project(copy_fixture("generated", tmp_path / "gen"))
    assert project.name == "Demo Bakery"
    assert project.name_spot is not None and project.name_spot.file == "lib/site.ts"
    assert project.nav is not None and project.nav.form == "data" and project.nav.file == "lib/site.ts"
    assert [(label, href) for label, href, _ in project.nav.links] == [("Home", "/")]
    home = project.page("/")
    assert home is not None and home.title is not None and home.title.text == "Demo Bakery"
    assert [s.kind for s in home.sections] == ["hero"]
    assert project.theme is not None and project.theme.file == "app/theme.css"
    site = site_view(project)
    assert site.theme.primary == "#b4532a" and site.theme.foreground == "#1f1d1a"


def test_a_file_that_does_not_parse_is_named_and_not_editable(tmp_path: Path) -> None:
    project = read_project(copy_fixture("broken", tmp_path / "broken"))
    assert project.problems == ("app/page.tsx:5:10",)
    home, ok = project.pages
    assert not home.editable and home.problem is not None and "app/page.tsx:5:10" in home.problem
    assert home.title is None and home.sections == ()
    assert ok.editable and ok.title is not None and ok.title.text == "Fine"


def test_every_spot_indexes_its_text(tmp_path: Path) -> None:
    for name in (*STARTERS, "hand", "generated"):
        project = read_project(copy_fixture(name, tmp_path / name))
        spots = [project.name_spot] + [s for p in project.pages for s in (p.title, p.subtitle, p.button)]
        spots += [s.heading for p in project.pages for s in p.sections]
        for spot in spots:
            if spot is None:
                continue
            raw = (project.root / spot.file).read_bytes()[spot.start:spot.end].decode()
            if spot.form == "text":
                assert raw.split()[0].replace("&amp;", "&") in spot.text, (name, spot)
            else:
                assert spot.text in raw, (name, spot)


def test_a_changed_file_is_read_again_even_with_the_same_size_and_time(tmp_path: Path) -> None:
    root = copy_fixture("hand", tmp_path / "hand")
    page = root / "app/about/page.tsx"
    stat = page.stat()
    assert read_project(root).page("/about").title.text == "About us"  # type: ignore[union-attr]
    page.write_bytes(page.read_bytes().replace(b"About {", b"Abut! {"))
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert page.stat().st_size == stat.st_size
    assert read_project(root).page("/about").title.text == "Abut! us"  # type: ignore[union-attr]


def test_the_line_under_the_heading_is_the_header_s_text_in_the_view(tmp_path: Path) -> None:
    """The header Avery NXR writes holds its line in the page file, not in a section's props: the view holds it, so
    that "The street number is Via del Pratello 14, not 41" finds the words to correct."""
    from app.engine.fake import FakeEngine
    from app.scaffold.source import open_source
    from app.session.turn import TurnRunner
    from tests.unit.scaffold.helpers import managed_project
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine('{"ops":[{"op":"describe_site","name":"Forno Ferri",'
                                '"tagline":"Bread and sweets since 1987, Via del Pratello 41"}]}')).run("a site for Forno Ferri")
    hero = open_source(root).read().site.pages[0].sections[0]
    assert (hero.kind, hero.heading, hero.text) == ("hero", "Forno Ferri", "Bread and sweets since 1987, Via del Pratello 41")
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"set_text","route":"/","target":"title","text":"41"}]}')).run(
        "I wrote wrong!! The street number is Via del Pratello 14, not 41")
    assert result.outcome == "applied", result.message
    assert "Via del Pratello 14</p>" in (root / "app" / "page.tsx").read_text()
