"""Code ops: every op edits only the bytes it names, keeps the user's marks, and leaves files that parse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import PathSafetyError, PlanError
from app.scaffold.code import tsx
from app.scaffold.code.codeops import CODE_OPS, CodeEdit, apply_code_plan
from app.scaffold.code.reader import CodeProject, read_project
from app.scaffold.plan import ALL_OPS, parse_plan
from tests.unit.scaffold.code.projects import STARTERS, copy_fixture, write_edit

PROJECTS = (*STARTERS, "hand", "generated")
JSX_MARK, JS_MARK = "{/* mine */}", "// mine"


def marked(name: str, dest: Path) -> Path:
    """A fixture with the user's marks in every page: a line comment on top, a JSX comment as the
    first child of the page's root element."""
    root = copy_fixture(name, dest)
    for page in read_project(root).pages:
        path = root / page.file
        source = path.read_bytes()
        doc = tsx.parse(source, page.file)
        func = tsx.default_export(doc)
        el = next(tsx.elements(doc, func), None) if func is not None else None
        inner = tsx.inner_range(el) if el is not None else None
        if inner is not None:
            source = source[:inner[0]] + JSX_MARK.encode() + source[inner[0]:]
        path.write_bytes(f"{JS_MARK}\n".encode() + source)
    return root


def plan(*ops: dict[str, Any]) -> Any:
    return parse_plan(json.dumps({"ops": list(ops)}))


def apply(root: Path, *ops: dict[str, Any]) -> tuple[CodeProject, CodeEdit]:
    """Apply ops, check the edit, write it; returns the project as read before and the edit."""
    project = read_project(root)
    edit = apply_code_plan(project, plan(*ops))
    check(root, edit)
    write_edit(root, edit.files)
    return project, edit


def check(root: Path, edit: CodeEdit) -> None:
    for rel, data in edit.files.items():
        old_path = root / rel
        if data is None:
            assert rel in edit.ranges
            continue
        if rel.endswith((".tsx", ".jsx", ".ts", ".js")):
            assert tsx.problem(tsx.parse(data, rel)) is None, (rel, data.decode())
        if not old_path.is_file():
            continue
        old = old_path.read_bytes()
        # (a) every byte outside the edited ranges is still there, in order
        ranges = edit.ranges[rel]
        gaps, pos = [], 0
        for start, end in ranges:
            assert pos <= start <= end
            gaps.append(old[pos:start])
            pos = end
        gaps.append(old[pos:])
        assert data.startswith(gaps[0]) and data.endswith(gaps[-1]), rel
        at = len(gaps[0])
        for gap in gaps[1:-1]:
            found = data.find(gap, at)
            assert found >= 0, (rel, gap)
            at = found + len(gap)
        # (b) the user's marks survive
        for mark in (JSX_MARK, JS_MARK):
            assert old.count(mark.encode()) <= data.count(mark.encode()), (rel, mark)


# --- every op on every project -------------------------------------------------------------------

@pytest.mark.parametrize("name", PROJECTS)
def test_set_text_title_button_and_site_name(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    title = 'Bread <&> {butter} "fresh"'
    ops: list[dict[str, Any]] = [{"op": "set_text", "route": "/", "target": "title", "text": title},
                                 {"op": "set_text", "route": "/", "target": "site_name", "text": "Crumb & Co"}]
    if read_project(root).pages[0].button is not None:
        ops.append({"op": "set_text", "route": "/", "target": "button", "text": "Order now"})
    _, edit = apply(root, *ops)
    after = read_project(root)
    home = after.page("/")
    assert home is not None and home.title is not None and home.title.text == title
    assert after.name == "Crumb & Co"
    if len(ops) == 3:
        assert home.button is not None and home.button.text == "Order now"
    assert ("/", title) in edit.expect


@pytest.mark.parametrize("name", STARTERS)
def test_set_text_subtitle(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    apply(root, {"op": "set_text", "route": "/", "target": "subtitle", "text": "Baked daily."})
    home = read_project(root).page("/")
    assert home is not None and home.subtitle is not None and home.subtitle.text == "Baked daily."


@pytest.mark.parametrize("name", PROJECTS)
def test_set_theme(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    before = read_project(root)
    _, edit = apply(root, {"op": "set_theme", "primary": "blue", "background": "#fafafa", "font": "serif"})
    after = read_project(root)
    assert after.theme is not None and before.theme is not None
    css = (root / after.theme.file).read_text()
    assert "#2563eb" in css and "#fafafa" in css
    from app.scaffold.code.reader import site_view
    site = site_view(after)
    assert site.theme.primary == "#2563eb" and site.theme.background == "#fafafa" and site.theme.font == "serif"
    dark = [b for b in (root / before.theme.file).read_text().split("@media")[1:]]
    for block in dark:  # the dark-mode block is left alone
        assert "#fafafa" not in block


@pytest.mark.parametrize("name", PROJECTS)
def test_add_section_and_add_items_in_place(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    apply(root, {"op": "add_section", "route": "/", "kind": "features", "heading": "Why us"})
    home = read_project(root).page("/")
    assert home is not None
    features = [s for s in home.sections if s.kind == "features" and s.ours]
    assert features and features[-1].heading is not None
    conv = read_project(root).conventions
    folder = ("src/" if conv.src else "") + "components/nxr/"
    assert (root / (folder + ("Features.tsx" if conv.typescript else "Features.jsx"))).is_file()
    apply(root, {"op": "add_items", "route": "/", "kind": "features",
                 "items": [{"title": "Rye", "text": "Dark & dense"}, {"title": "Spelt"}]})
    home = read_project(root).page("/")
    assert home is not None
    after = [s for s in home.sections if s.kind == "features" and s.ours]
    assert len(after) == len(features)  # the items went into the section there, not a new one
    first = after[0].content
    assert first is not None
    if name == "hand":  # items the user gave stay; the new ones follow
        assert [i.title for i in first.items] == ["Slow", "Local", "Rye", "Spelt"]
    else:  # placeholder items are replaced
        assert [(i.title, i.text) for i in first.items] == [("Rye", "Dark & dense"), ("Spelt", "")]


@pytest.mark.parametrize("name", PROJECTS)
def test_add_page_follows_the_project(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    before = read_project(root)
    _, edit = apply(root, {"op": "add_page", "title": "Our Menu", "sections": ["list", "faq"]})
    after = read_project(root)
    page = after.page("/our-menu")
    assert page is not None and page.editable and page.title is not None and page.title.text == "Our Menu"
    assert [s.kind for s in page.sections] == ["list", "faq"]
    home_ext = Path(before.pages[0].file).suffix
    assert page.file == f"{before.conventions.app_dir}/our-menu/page{home_ext}"
    source = (root / page.file).read_text()
    assert ("className=\"" in source) == before.conventions.tailwind or "page-header" in source
    if before.nav is not None:
        assert after.nav is not None and ("Our Menu", "/our-menu") in [(a, b) for a, b, _ in after.nav.links]
    assert "/our-menu" in edit.routes


@pytest.mark.parametrize("name", PROJECTS)
def test_add_nav_link(name: str, tmp_path: Path) -> None:
    """Into the project's own nav; a starter, which has none, gets one (see the tests below)."""
    root = marked(name, tmp_path / name)
    apply(root, {"op": "add_nav_link", "label": "Blog & news", "href": "/blog"})
    nav = read_project(root).nav
    assert nav is not None and nav.links[-1][:2] == ("Blog & news", "/blog")


# --- a nav for a project without one -----------------------------------------------------------

def layout_of(root: Path) -> str:
    project = read_project(root)
    assert project.layout is not None
    return project.layout


def nav_links(root: Path) -> list[tuple[str, str]]:
    nav = read_project(root).nav
    assert nav is not None
    return [(label, href) for label, href, _ in nav.links]


@pytest.mark.parametrize("name", STARTERS)
def test_a_starter_gets_a_nav_in_its_layout_that_later_ops_edit_in_place(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    layout = layout_of(root)
    (root / layout).write_bytes((root / layout).read_bytes() + f"{JS_MARK}\n".encode())
    before = read_project(root)
    assert before.nav is None
    old = (root / layout).read_bytes()

    _, edit = apply(root, {"op": "add_nav_link", "label": "Menu", "href": "/menu"})
    conv = before.conventions
    folder = "src/components/nxr" if conv.src else "components/nxr"
    code = f"{folder}/Nav.{'tsx' if conv.typescript else 'jsx'}"
    added = {code} if conv.tailwind else {code, f"{folder}/Nav.module.css"}
    assert set(edit.files) == {layout, *added}
    assert all(start == end for start, end in edit.ranges[layout])  # only insertions into the layout
    new = (root / layout).read_text()
    doc = tsx.parse(new.encode(), layout)
    last_import = tsx.imports(doc)[-2].node  # the import goes after the layout's last one
    assert new[last_import.end_byte:].startswith('\nimport Nav from "@/components/nxr/Nav";\n')
    body = next(tsx.elements(doc, doc.root, ("body",)))
    first = next(c for c in tsx.children(body) if doc.text(c).strip())
    assert doc.text(first).startswith("<Nav\n") and tsx.only_space_before(doc.source, first.start_byte)
    assert new.count("{children}") == 1 and "        {children}\n      </body>" in new
    project = read_project(root)
    assert project.nav is not None and project.nav.file == layout and project.nav.form == "data"
    assert nav_links(root) == [("Menu", "/menu")]
    assert project.nav.brand is not None and project.nav.brand.text == before.name
    assert [p.route for p in project.pages] == ["/"] and project.page("/") == before.page("/")

    # A second link is appended to the element's array, in place; the component is not rewritten.
    _, edit = apply(root, {"op": "add_nav_link", "label": "Blog", "href": "https://blog.example.com"})
    assert set(edit.files) == {layout} and len(edit.ranges[layout]) == 1
    assert nav_links(root) == [("Menu", "/menu"), ("Blog", "https://blog.example.com")]
    assert (root / layout).read_text().count("<Nav") == 1

    # A page the nav already links to is not linked twice; moving it updates its entry.
    _, edit = apply(root, {"op": "add_page", "title": "Our menu", "route": "/menu"})
    assert "The navigation already links to /menu." in edit.summary
    apply(root, {"op": "rename_page", "route": "/menu", "new_route": "/food"})
    assert nav_links(root) == [("Menu", "/food"), ("Blog", "https://blog.example.com")]
    assert '{ href: "/food", label: "Menu" }' in (root / layout).read_text()

    # The site's name is the nav's brand too.
    apply(root, {"op": "set_text", "route": "/", "target": "site_name", "text": "Crumb & Co"})
    project = read_project(root)
    assert project.name == "Crumb & Co" and project.nav is not None
    assert project.nav.brand is not None and project.nav.brand.text == "Crumb & Co"
    assert 'brand={"Crumb & Co"}' in (root / layout).read_text()

    # Removing the page removes its entry.
    apply(root, {"op": "remove_page", "route": "/food"})
    assert nav_links(root) == [("Blog", "https://blog.example.com")]
    final = (root / layout).read_bytes()
    assert final.endswith(f"{JS_MARK}\n".encode()) and final.startswith(old[:old.index(b"import")])


def test_one_plan_adds_one_nav_with_every_link_and_the_new_name(tmp_path: Path) -> None:
    root = marked("ts-tw", tmp_path / "ts-tw")
    _, edit = apply(root, {"op": "set_text", "route": "/", "target": "site_name", "text": "Crumb"},
                    {"op": "add_nav_link", "label": "Menu", "href": "/menu"},
                    {"op": "add_page", "title": "About us", "route": "/about"},
                    {"op": "add_nav_link", "label": "Menu again", "href": "/menu"})
    layout = (root / "app/layout.tsx").read_text()
    assert layout.count("<Nav") == 1 and layout.count('import Nav from "@/components/nxr/Nav";') == 1
    assert nav_links(root) == [("Menu", "/menu"), ("About us", "/about")]
    nav = read_project(root).nav
    assert nav is not None and nav.brand is not None and nav.brand.text == "Crumb"
    assert "The navigation already links to /menu." in edit.summary
    assert ("/", "Menu") in edit.expect and ("/", "About us") in edit.expect


LAYOUT = """import "./globals.css";

export default function RootLayout({ children }) {
  return (
    <html lang="en">
%s
    </html>
  );
}
"""


@pytest.mark.parametrize(("body", "want"), [
    ("      <body>\n        {children}\n      </body>",
     "      <body>\n        <Nav\n%s        />\n        {children}\n      </body>"),
    ("      <body className=\"x\"><Banner />{children}</body>",
     "      <body className=\"x\">\n        <Nav\n%s        />\n        <Banner />{children}\n      </body>"),
    ("      <body></body>",
     "      <body>\n        <Nav\n%s        />\n      </body>"),
    ("      <body>{children}\n      </body>",
     "      <body>\n        <Nav\n%s        />\n        {children}\n      </body>"),
])
def test_the_nav_goes_first_in_the_body_on_lines_of_its_own(body: str, want: str, tmp_path: Path) -> None:
    root = copy_fixture("js-css", tmp_path / "js-css")
    (root / "app/layout.js").write_text(LAYOUT % body)
    apply(root, {"op": "add_nav_link", "label": "Menu", "href": "/menu"})
    props = ('          brand="js-css"\n          links={[\n            { href: "/menu", label: "Menu" },\n'
             "          ]}\n")
    assert (root / "app/layout.js").read_text() == (
        LAYOUT.replace('"./globals.css";\n', '"./globals.css";\nimport Nav from "@/components/nxr/Nav";\n', 1)
        % (want % props))


def test_a_layout_without_a_body_is_declined_with_a_sentence(tmp_path: Path) -> None:
    root = copy_fixture("ts-tw", tmp_path / "ts-tw")
    layout = root / "app/layout.tsx"
    layout.write_text("export default function RootLayout({ children }: { children: React.ReactNode }) {\n"
                      "  return <>{children}</>;\n}\n")
    with pytest.raises(PlanError, match=r"no navigation, and app/layout\.tsx has no <body>"):
        apply(root, {"op": "add_nav_link", "label": "Menu", "href": "/menu"})
    assert not (root / "components").exists()


def test_a_layout_with_its_own_nav_name_is_declined(tmp_path: Path) -> None:
    root = copy_fixture("ts-tw", tmp_path / "ts-tw")
    (root / "app/Nav.tsx").write_text("export default function Nav() {\n  return <div>Hello</div>;\n}\n")
    layout = root / "app/layout.tsx"
    layout.write_text(layout.read_text().replace('import "./globals.css";\n', 'import "./globals.css";\nimport Nav from "./Nav";\n')
                      .replace("<body className=\"min-h-full flex flex-col\">", "<body className=\"min-h-full flex flex-col\"><Nav />"))
    assert read_project(root).nav is None
    with pytest.raises(PlanError, match="already has a Nav"):
        apply(root, {"op": "add_nav_link", "label": "Menu", "href": "/menu"})


def test_our_nav_with_links_from_a_constant_or_computed(tmp_path: Path) -> None:
    root = copy_fixture("ts-tw", tmp_path / "ts-tw")
    apply(root, {"op": "add_nav_link", "label": "Menu", "href": "/menu"})
    layout = root / "app/layout.tsx"
    text = layout.read_text()
    start, end = text.index("links={[") + len("links={"), text.index("]}") + 1
    array = text[start:end]
    # The links from a constant in the layout: read and edited there.
    layout.write_text(text[:start] + "links" + text[end:] + f"\nconst links = {array};\n")
    apply(root, {"op": "add_nav_link", "label": "Blog", "href": "/blog"})
    assert nav_links(root) == [("Menu", "/menu"), ("Blog", "/blog")]
    assert layout.read_text().count("label:") == 2
    # Computed links: not read, and not a second nav either.
    text = layout.read_text()
    layout.write_text(text.replace("links={links}", "links={links.slice(1)}"))
    assert read_project(root).nav is None
    with pytest.raises(PlanError, match="already has a Nav"):
        apply(root, {"op": "add_nav_link", "label": "Shop", "href": "/shop"})


def test_add_nav_link_imports_link_when_missing(tmp_path: Path) -> None:
    root = marked("hand", tmp_path / "hand")
    nav_file = root / "components/Nav.tsx"
    nav_file.write_text(nav_file.read_text().replace('import Link from "next/link";\n', "")
                        .replace("<Link ", "<a ").replace("</Link>", "</a>"))
    apply(root, {"op": "add_nav_link", "label": "Blog", "href": "/blog"})
    text = nav_file.read_text()
    assert '<a href="/blog" className="hover:underline">Blog</a>' in text and "next/link" not in text
    apply(root, {"op": "add_nav_link", "label": "Shop", "href": "https://shop.example.com/?a=1&b=2"})
    assert 'href={"https://shop.example.com/?a=1&b=2"}' in nav_file.read_text()


def test_edit_and_remove_items_and_sections(tmp_path: Path) -> None:
    root = marked("hand", tmp_path / "hand")
    apply(root, {"op": "edit_item", "item": "slow", "text": "72-hour fermentation"})
    home = read_project(root).page("/")
    assert home is not None
    features = next(s for s in home.sections if s.kind == "features")
    assert features.content is not None and features.content.items[0].text == "72-hour fermentation"
    apply(root, {"op": "remove_item", "item": "Local"})
    home = read_project(root).page("/")
    assert home is not None
    features = next(s for s in home.sections if s.kind == "features")
    assert features.content is not None and [i.title for i in features.content.items] == ["Slow"]
    with pytest.raises(PlanError, match="Nope"):
        apply(root, {"op": "edit_item", "item": "Nope", "text": "x"})
    with pytest.raises(PlanError, match="not what it should say"):  # nothing new: no change shown as done
        apply(root, {"op": "edit_item", "item": "Slow"})
    apply(root, {"op": "remove_section", "route": "/", "kind": "features"},
          {"op": "remove_section", "route": "/", "kind": "faq"})
    text = (root / "app/page.tsx").read_text()
    assert "Features" not in text and "Questions?" not in text and "Come by" in text
    with pytest.raises(PlanError, match="no pricing section"):
        apply(root, {"op": "remove_section", "route": "/", "kind": "pricing"})


def test_rename_page_moves_it_and_rewrites_links(tmp_path: Path) -> None:
    root = marked("hand", tmp_path / "hand")
    apply(root, {"op": "rename_page", "route": "/pricing", "new_route": "/prices", "title": "Our prices"})
    project = read_project(root)
    assert project.page("/pricing") is None
    page = project.page("/prices")
    assert page is not None and page.file == "app/(marketing)/prices/page.tsx"  # the route group is kept
    assert page.title is not None and page.title.text == "Our prices"
    about = (root / "app/about/page.tsx").read_text()
    assert 'href="/prices"' in about and 'href={"/prices#bread"}' in about and 'router.push("/prices")' in about
    assert "/pricing" not in about
    # the nav link said the page's old name, so it says the new one; "Home" and "About" are untouched
    assert project.nav is not None and [(a, b) for a, b, _ in project.nav.links] == [
        ("Home", "/"), ("About", "/about"), ("Our prices", "/prices")]


def test_a_moved_page_takes_its_nested_routes_and_a_removed_one_leaves_them(tmp_path: Path) -> None:
    root = marked("hand", tmp_path / "hand")
    nested = root / "app/about/team/page.tsx"
    nested.parent.mkdir()
    nested.write_text('export default function Team() {\n  return <main><h1>Team</h1><a href="/about">Up</a></main>;\n}\n')
    apply(root, {"op": "rename_page", "route": "/about", "new_route": "/story"})
    project = read_project(root)
    assert [p.route for p in project.pages if p.route.startswith("/story")] == ["/story", "/story/team"]
    assert 'href="/story"' in (root / "app/story/team/page.tsx").read_text()
    apply(root, {"op": "remove_page", "route": "/story"})
    assert [p.route for p in read_project(root).pages if p.route.startswith("/story")] == ["/story/team"]


def test_a_page_is_not_moved_over_existing_files(tmp_path: Path) -> None:
    root = marked("hand", tmp_path / "hand")
    layout = "export default function L({ children }: { children: React.ReactNode }) {\n  return children;\n}\n"
    (root / "app/about/layout.tsx").write_text(layout)
    (root / "app/story").mkdir()
    (root / "app/story/layout.tsx").write_text(layout)  # a folder with a layout and no page yet
    with pytest.raises(PlanError, match=r"app/story/layout\.tsx already exists"):
        apply(root, {"op": "rename_page", "route": "/about", "new_route": "/story"})


def test_remove_page_removes_its_nav_link(tmp_path: Path) -> None:
    root = marked("hand", tmp_path / "hand")
    apply(root, {"op": "remove_page", "route": "/about"})
    project = read_project(root)
    assert project.page("/about") is None and not (root / "app/about").exists() or not any((root / "app/about").iterdir())
    assert project.nav is not None and [h for _, h, _ in project.nav.links] == ["/", "/pricing"]
    with pytest.raises(PlanError, match="home page"):
        apply(root, {"op": "remove_page", "route": "/"})


def test_generated_project_nav_data_and_pages(tmp_path: Path) -> None:
    root = marked("generated", tmp_path / "gen")
    apply(root, {"op": "add_page", "title": "Contact", "sections": ["contact"]})
    apply(root, {"op": "rename_page", "route": "/contact", "new_route": "/visit"})
    site_ts = (root / "lib/site.ts").read_text()
    assert '{ href: "/visit", label: "Contact" }' in site_ts
    apply(root, {"op": "remove_page", "route": "/visit"})
    project = read_project(root)
    assert [h for _, h, _ in project.nav.links] == ["/"] if project.nav else False
    assert project.page("/visit") is None


@pytest.mark.parametrize("name", ("ts-tw", "js-css"))
def test_add_api_route(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    apply(root, {"op": "add_api_route", "route": "/api/hours", "method": "GET", "json": {"open": True, "from": "7am"}})
    ext = "ts" if name == "ts-tw" else "js"
    assert (root / f"app/api/hours/route.{ext}").read_text() == (
        'export async function GET() {\n  return Response.json({\n    "open": true,\n    "from": "7am"\n  });\n}\n')
    with pytest.raises(PlanError, match="already exists"):
        apply(root, {"op": "add_api_route", "route": "/api/hours"})


@pytest.mark.parametrize("name", PROJECTS)
def test_describe_site(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    apply(root, {"op": "describe_site", "name": "Crumb", "tagline": "Bread, slowly.", "sections": ["features", "contact"]})
    project = read_project(root)
    home = project.page("/")
    assert project.name == "Crumb" and home is not None and home.title is not None and home.title.text == "Crumb"
    assert {"features", "contact"} <= {s.kind for s in home.sections}
    apply(root, {"op": "describe_site", "name": "Harrow Lane Pottery", "sections": ["image_text"]})
    # the placeholder about section speaks of the name just set, not the one before
    home = read_project(root).page("/")
    headings = [s.heading.text for s in home.sections if s.heading is not None] if home is not None else []
    assert "About Harrow Lane Pottery" in headings and "About Crumb" not in headings


# --- refusals ---------------------------------------------------------------------------------------

def test_a_file_that_does_not_parse_is_never_edited(tmp_path: Path) -> None:
    root = copy_fixture("broken", tmp_path / "broken")
    with pytest.raises(PlanError, match=r"app/page\.tsx:5:10"):
        apply(root, {"op": "set_text", "route": "/", "target": "title", "text": "Hi"})
    with pytest.raises(PlanError, match=r"app/page\.tsx:5:10"):
        apply(root, {"op": "add_section", "route": "/", "kind": "faq"})
    apply(root, {"op": "set_text", "route": "/ok", "target": "title", "text": "Still fine"})
    assert "Still fine" in (root / "app/ok/page.tsx").read_text()


def test_two_ops_on_one_file_are_spliced_together_and_overlaps_refused(tmp_path: Path) -> None:
    root = marked("ts-tw", tmp_path / "ts-tw")
    _, edit = apply(root, {"op": "set_text", "route": "/", "target": "title", "text": "One"},
                    {"op": "add_section", "route": "/", "kind": "cta"},
                    {"op": "set_text", "route": "/", "target": "button", "text": "Two"})
    # title (its first words; the <code> that held "page.tsx" and the words after it), button, section, import
    assert len(edit.ranges["app/page.tsx"]) == 6
    page = edit.files["app/page.tsx"].decode()
    heading = page[page.index("<h1"):page.index("</h1>")]
    assert "One" in heading and "<code" not in heading and "file." not in heading
    assert edit.summary[0] == "Changed the title on / to \u201cOne\u201d (removed the <code> that held its old words)."
    with pytest.raises(PlanError, match="same place"):
        apply(root, {"op": "set_text", "route": "/", "target": "title", "text": "A"},
              {"op": "set_text", "route": "/", "target": "title", "text": "B"})


def test_unknown_routes_and_dynamic_pages_are_refused(tmp_path: Path) -> None:
    root = marked("hand", tmp_path / "hand")
    with pytest.raises(PlanError, match="no page at /nope"):
        apply(root, {"op": "set_text", "route": "/nope", "target": "title", "text": "x"})
    project = read_project(root)
    with pytest.raises(PlanError, match="dynamic"):
        from app.scaffold.code.codeops import Ctx
        Ctx(project).page("/blog/[slug]")


def test_repair_of_a_file_that_parses_and_write_file_of_broken_code_are_refused(tmp_path: Path) -> None:
    root = copy_fixture("ts-tw", tmp_path / "ts-tw")
    with pytest.raises(PlanError, match="parses, so there is nothing to repair"):
        apply(root, {"op": "repair", "path": "app/page.tsx"})
    with pytest.raises(PlanError, match="does not parse, so nothing was written"):
        apply(root, {"op": "write_file", "path": "app/x.tsx", "content": "export default () => <div>"})
    with pytest.raises(PathSafetyError):
        apply(root, {"op": "write_file", "path": "../x.ts", "content": "export {}"})
    _, edit = apply(root, {"op": "write_file", "path": "public/robots.txt", "content": "User-agent: *\nDisallow: /admin\n"})
    assert edit.files == {"public/robots.txt": b"User-agent: *\nDisallow: /admin\n"}
    assert edit.summary == ["Wrote public/robots.txt (2 lines)."]


def test_decline_changes_nothing(tmp_path: Path) -> None:
    root = copy_fixture("ts-tw", tmp_path / "ts-tw")
    _, edit = apply(root, {"op": "decline"})
    assert edit.declined and edit.files == {}


def test_every_plan_op_has_a_code_op() -> None:
    assert set(CODE_OPS) == set(ALL_OPS)


@pytest.mark.parametrize(("used_by", "said"), [
    (None, "Added --primary: #2563eb in styles/globals.css; nothing in this project uses it yet "
           "(its colours are Tailwind classes in the markup)."),
    ("components/Button.tsx", "Set the primary colour to #2563eb."),
    ("tailwind.config.js", "Set the primary colour to #2563eb."),
])
def test_set_theme_says_when_nothing_uses_the_colour(used_by: str | None, said: str, tmp_path: Path) -> None:
    """A Tailwind v3 site (roomgpt): colours are classes, no CSS variable reads --primary."""
    root = tmp_path / "tw3"
    files = {
        "package.json": '{"name": "tw3", "dependencies": {"next": "14.0.0", "tailwindcss": "3.4.0"}}',
        "app/layout.tsx": 'import "../styles/globals.css";\nexport default function L({ children }: '
                          '{ children: React.ReactNode }) {\n  return <html><body>{children}</body></html>;\n}\n',
        "app/page.tsx": 'export default function P() {\n  return <main><h1 className="text-blue-600">Hi</h1></main>;\n}\n',
        "styles/globals.css": "@tailwind base;\n@tailwind components;\n@tailwind utilities;\n",
        "tailwind.config.js": "module.exports = { content: ['./app/**/*.tsx'], theme: { extend: {} } };\n",
    }
    if used_by == "components/Button.tsx":
        files[used_by] = 'export const B = () => <button className="bg-[var(--primary)]" />;\n'
    elif used_by == "tailwind.config.js":
        files[used_by] = "module.exports = { theme: { extend: { colors: { primary: 'var(--primary)' } } } };\n"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    _, edit = apply(root, {"op": "set_theme", "primary": "blue"})
    assert edit.summary == [said]
    assert "--primary: #2563eb;" in (root / "styles/globals.css").read_text()


@pytest.mark.parametrize("name", ["hand", "generated"])
def test_a_nav_link_is_relabelled_or_taken_out_and_its_page_stays(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    if name == "generated":
        apply(root, {"op": "add_page", "route": "/about", "title": "About"})
    _, edit = apply(root, {"op": "edit_nav_link", "href": "/about", "label": "Our Story"})
    project = read_project(root)
    assert project.nav is not None and ("Our Story", "/about") in [(a, b) for a, b, _ in project.nav.links]
    assert any("Our Story" in line for line in edit.summary)
    _, edit = apply(root, {"op": "edit_nav_link", "href": "/about"})
    project = read_project(root)
    assert project.nav is not None and all(b != "/about" for _, b, _ in project.nav.links)
    assert project.page("/about") is not None  # the page stays
    assert edit.summary == ["Took \u201cOur Story\u201d (/about) out of the navigation; the page stays."]
    with pytest.raises(PlanError, match="no link to /about"):
        apply(root, {"op": "edit_nav_link", "href": "/about"})


def test_a_new_list_of_the_user_s_items_gets_no_guessed_heading(tmp_path: Path) -> None:
    root = marked("generated", tmp_path / "generated")
    apply(root, {"op": "add_items", "route": "/", "kind": "list",
                 "items": [{"title": "Water reed rethatch", "text": "from £18,000"}]})
    page = (root / "app/page.tsx").read_text()
    assert "Water reed rethatch" in page and "Opening hours" not in page
    apply(root, {"op": "add_items", "route": "/", "kind": "team", "items": [{"title": "Tom Pett", "text": "Thatcher"}]})
    assert "Meet the team" in (root / "app/page.tsx").read_text()  # a heading that guesses nothing stays


@pytest.mark.parametrize("name", ["hand", "generated"])
def test_a_nav_link_is_moved_and_a_new_one_put_in_its_place(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    for route, title in (("/about", "About"), ("/events", "Events")):
        if read_project(root).page(route) is None:
            apply(root, {"op": "add_page", "route": route, "title": title})
        apply(root, {"op": "add_nav_link", "href": route, "label": title})

    def hrefs() -> list[str]:
        nav = read_project(root).nav
        assert nav is not None
        return [href for _, href, _ in nav.links]

    start = hrefs()
    assert start[-1] == "/events" and "/about" in start
    _, edit = apply(root, {"op": "move_nav_link", "href": "/events", "before": start[0]})
    assert hrefs() == ["/events", *[h for h in start if h != "/events"]]
    assert edit.summary[0].startswith("Moved \u201cEvents\u201d (/events) before")
    apply(root, {"op": "move_nav_link", "href": "/events"})  # to the end
    assert hrefs() == start
    apply(root, {"op": "add_nav_link", "href": "/faq", "label": "FAQ", "before": "/about"})
    at = start.index("/about")
    assert hrefs() == [*start[:at], "/faq", *start[at:]]
    with pytest.raises(PlanError, match="no link to /nowhere"):
        apply(root, {"op": "move_nav_link", "href": "/nowhere"})


def test_an_item_is_found_by_the_words_its_title_starts_with_or_holds(tmp_path: Path) -> None:
    root = marked("generated", tmp_path / "generated")
    apply(root, {"op": "add_items", "route": "/", "kind": "list", "items": [
        {"title": "Classic Nanaimo Bar: 2 hrs", "text": "$70"}, {"title": "Kids Bar Bash: ages 8-12, 90 min", "text": "$40"},
        {"title": "Commodes", "text": "free"}]})
    apply(root, {"op": "remove_item", "item": "Kids Bar Bash"})  # its details after a colon
    apply(root, {"op": "remove_item", "item": "commode"})  # one form for a plural
    page = (root / "app/page.tsx").read_text()
    assert "Kids Bar Bash" not in page and "Commodes" not in page and "Classic Nanaimo Bar" in page
    with pytest.raises(PlanError, match="can't find"):
        apply(root, {"op": "remove_item", "item": "Kids Party"})  # words it does not hold in a row
    # an apostrophe typed or not, and one said around a name the site lacks (a sentence, not a loop)
    apply(root, {"op": "add_items", "route": "/", "kind": "list", "items": [{"title": "Make Your Own Monkey's Fist"}]})
    apply(root, {"op": "remove_item", "item": "Monkeys Fist class"})
    assert "Monkey" not in (root / "app/page.tsx").read_text()
    with pytest.raises(PlanError, match="can't find"):
        apply(root, {"op": "remove_item", "item": "the Turk's Head class"})
