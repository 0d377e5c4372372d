"""Turns on projects Avery NXR did not generate: the code is the truth (app/scaffold/source.py CodeSource).

Each turn goes through TurnRunner exactly as a prompt does (only the model is a FakeEngine
that answers with a fixed plan), on the official create-next-app starters vendored in
tests/fixtures/code and on a hand-written project with its own header and nav components.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import history
from app.scaffold.code import tsx
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import snapshot

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "code"
STARTERS = ("ts-tw", "js-css", "ts-css-src", "js-tw-src")


def _copy(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name
    shutil.copytree(FIXTURES / name, root)
    return root


def _page(root: Path) -> Path:
    app = root / "src" / "app" if (root / "src" / "app").is_dir() else root / "app"
    return next(app / f"page{ext}" for ext in (".tsx", ".jsx", ".js") if (app / f"page{ext}").exists())


def _turn(root: Path, plan: str, prompt: str = "a request") -> object:
    result = TurnRunner(root, FakeEngine(plan)).run(prompt)
    return result


@pytest.mark.parametrize("name", STARTERS)
def test_a_title_change_edits_only_the_h1_text_and_undo_restores_every_byte(tmp_path: Path, name: str) -> None:
    root = _copy(tmp_path, name)
    page = _page(root)
    page.write_bytes(page.read_bytes() + b"// mine\n")  # a hand edit beside the app
    before = snapshot(root)
    old = page.read_bytes()
    result = TurnRunner(root, FakeEngine(
        '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Harbor Cafe"}]}')).run(
        "make the main heading Harbor Cafe")
    assert result.outcome == "applied", result.message
    new = page.read_bytes()
    assert b">Harbor Cafe<" in new.replace(b"\n", b"").replace(b" ", b"") or b"Harbor Cafe" in new
    assert new.endswith(b"// mine\n")
    # Everything before the <h1> and after its closing tag is the user's, byte for byte.
    h1 = old.index(b"<h1")
    assert new[:h1] == old[:h1]
    tail = old[old.index(b"</h1>"):]
    assert new.endswith(tail)
    assert tsx.problem(tsx.parse(new, page.name)) is None
    history.undo(root)
    assert snapshot(root) == before


@pytest.mark.parametrize("name", STARTERS)
def test_a_section_with_content_becomes_a_component_with_literal_props(tmp_path: Path, name: str) -> None:
    root = _copy(tmp_path, name)
    result = TurnRunner(root, FakeEngine(
        '{"ops":[{"op":"add_items","route":"/","kind":"list","heading":"Opening hours",'
        '"items":[{"title":"Mon-Fri","text":"7am-5pm"},{"title":"Sat","text":"8am-2pm"}]}]}')).run(
        "opening hours: Mon-Fri 7am-5pm, Sat 8am-2pm")
    assert result.outcome == "applied", result.message
    page = _page(root).read_text()
    assert "<List" in page and "7am-5pm" in page and "Opening hours" in page
    src = "src/" if (root / "src" / "app").is_dir() else ""
    assert any((root / f"{src}components/nxr/List{ext}").exists() for ext in (".tsx", ".jsx"))


def test_the_project_is_not_given_a_site_model(tmp_path: Path) -> None:
    root = _copy(tmp_path, "ts-tw")
    result = _turn(root, '{"ops":[{"op":"set_theme","primary":"#1e3a8a"}]}', "make the main colour #1e3a8a")
    assert getattr(result, "outcome") == "applied", getattr(result, "message")
    assert not (root / ".nxr" / "site.json").exists()  # the code stays the only truth
    assert "#1e3a8a" in (root / "app" / "globals.css").read_text()


def test_a_nav_link_goes_into_the_projects_own_nav_component(tmp_path: Path) -> None:
    root = _copy(tmp_path, "hand")
    nav_files = [p for p in (root / "components").rglob("*.tsx") if "href" in p.read_text()]
    before = {p: p.read_bytes() for p in nav_files}
    result = _turn(root, '{"ops":[{"op":"add_nav_link","label":"Menu","href":"/menu"}]}', "put Menu in the nav")
    assert getattr(result, "outcome") == "applied", getattr(result, "message")
    changed = [p for p in nav_files if p.read_bytes() != before[p]]
    assert len(changed) == 1 and '"/menu"' in changed[0].read_text() and "Menu" in changed[0].read_text()


@pytest.mark.parametrize("name", ["ts-tw", "js-css"])
def test_a_starter_without_a_nav_gets_one_in_its_layout_and_undo_restores_every_byte(
        tmp_path: Path, name: str) -> None:
    root = _copy(tmp_path, name)
    before = snapshot(root)
    layout = root / "app" / ("layout.tsx" if name == "ts-tw" else "layout.js")
    old = layout.read_bytes()
    result = _turn(root, '{"ops":[{"op":"add_nav_link","label":"Menu","href":"/menu"}]}', "put Menu in the nav")
    assert getattr(result, "outcome") == "applied", getattr(result, "message")
    new = layout.read_bytes()
    assert tsx.problem(tsx.parse(new, layout.name)) is None
    assert b'import Nav from "@/components/nxr/Nav";' in new and b'{ href: "/menu", label: "Menu" }' in new
    # The starter's own bytes are all still there, in order: only the import and the element were added.
    body = old.index(b"<body")
    assert new[:old.index(b"\n\nconst")] == old[:old.index(b"\n\nconst")].replace(
        b'import "./globals.css";\n', b'import "./globals.css";\nimport Nav from "@/components/nxr/Nav";\n')
    assert new.endswith(old[old.index(b"{children}"):].replace(b"{children}</body>", b"{children}\n      </body>"))
    assert new[new.index(b"<body"):].startswith(old[body:old.index(b">", body) + 1] + b"\n        <Nav\n")
    added = {k for k in snapshot(root) if k not in before and not k.startswith(".nxr/")}
    assert added == ({"components/nxr/Nav.tsx"} if name == "ts-tw" else
                     {"components/nxr/Nav.jsx", "components/nxr/Nav.module.css"})
    # The next turn sees the nav and appends to it in place.
    result = _turn(root, '{"ops":[{"op":"add_nav_link","label":"Blog","href":"/blog"}]}', "and Blog")
    assert getattr(result, "outcome") == "applied", getattr(result, "message")
    text = layout.read_text()
    assert text.count("<Nav") == 1 and text.index('"/menu"') < text.index('"/blog"')
    history.undo(root)
    history.undo(root)
    after = {k: v for k, v in snapshot(root).items() if not k.startswith(".nxr/")}
    assert after == {k: v for k, v in before.items() if not k.startswith(".nxr/")}


def test_a_layout_without_a_body_is_told_so_and_nothing_is_written(tmp_path: Path) -> None:
    root = _copy(tmp_path, "ts-tw")
    layout = root / "app" / "layout.tsx"
    layout.write_text('import "./globals.css";\n\nexport default function RootLayout({ children }: '
                      "{ children: React.ReactNode }) {\n  return <>{children}</>;\n}\n")
    before = snapshot(root)
    result = _turn(root, '{"ops":[{"op":"add_nav_link","label":"Menu","href":"/menu"}]}', "put Menu in the nav")
    assert getattr(result, "outcome") in ("rejected", "invalid_plan")
    assert "navigation" in getattr(result, "message") and "<body>" in getattr(result, "message")
    after = {k: v for k, v in snapshot(root).items() if not k.startswith(".nxr/")}
    assert after == {k: v for k, v in before.items() if not k.startswith(".nxr/")}


def test_a_page_that_does_not_parse_is_left_alone_and_named(tmp_path: Path) -> None:
    root = _copy(tmp_path, "ts-tw")
    page = root / "app" / "page.tsx"
    broken = page.read_bytes().replace(b"</h1>", b"</h2>", 1)
    page.write_bytes(broken)
    result = _turn(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Hi"}]}', "title Hi")
    assert getattr(result, "outcome") != "applied"
    assert "app/page.tsx" in getattr(result, "message")
    assert page.read_bytes() == broken
