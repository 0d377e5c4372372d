"""Buttons: a page header's, a section's, and one added where a generated page has none."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import PlanError
from app.scaffold.code import tsx
from tests.unit.scaffold.code.projects import copy_fixture
from tests.unit.scaffold.code.test_codeops import apply
from tests.unit.scaffold.helpers import managed_project


def test_a_generated_home_page_gets_a_styled_button_after_its_subtitle(tmp_path: Path) -> None:
    root = managed_project(tmp_path / "site", "Acme")
    _, edit = apply(root, {"op": "set_text", "route": "/", "target": "button", "text": "Start free trial"})
    page = edit.files["app/page.tsx"].decode()
    assert '<p>Welcome to Acme.</p>\n          <Link className="button" href="/">Start free trial</Link>' in page
    assert page.startswith('import Link from "next/link";\n\nexport default function Home()')
    assert edit.summary == ["Added a button \u201cStart free trial\u201d to the top of / (it links to /)."]
    assert tsx.problem(tsx.parse(edit.files["app/page.tsx"], "app/page.tsx")) is None
    _, again = apply(root, {"op": "set_text", "route": "/", "target": "button", "text": "Start now"})
    assert again.summary == ["Changed the button on / to \u201cStart now\u201d."], "the second time it is that button"


def test_a_sections_button_changes_its_label_and_keeps_its_link(tmp_path: Path) -> None:
    root = managed_project(tmp_path / "site", "Acme")
    apply(root, {"op": "add_section", "route": "/", "kind": "cta"})
    _, edit = apply(root, {"op": "set_text", "route": "/", "target": "button", "section": "cta", "text": "Join a shift"})
    page = edit.files["app/page.tsx"].decode()
    assert 'button={{ label: "Join a shift", href: "/" }}' in page
    assert edit.summary == ["Changed the cta section's button on / to \u201cJoin a shift\u201d (it links to /)."]


def test_a_project_without_a_button_style_is_told_not_given_an_unstyled_link(tmp_path: Path) -> None:
    root = copy_fixture("js-css", tmp_path / "js-css")
    for css in (root / "app").glob("*.css"):
        assert b".button" not in css.read_bytes()
    page = next(p for p in root.glob("app/page.*"))
    page.write_text('export default function Home() {\n  return (\n    <main>\n      <h1>Hi</h1>\n    </main>\n  );\n}\n')
    with pytest.raises(PlanError, match="I can't find a button on /"):
        apply(root, {"op": "set_text", "route": "/", "target": "button", "text": "Go"})
    with pytest.raises(PlanError, match="has no cta section of mine with a button"):
        apply(root, {"op": "set_text", "route": "/", "target": "button", "section": "cta", "text": "Go"})


def test_two_first_imports_in_one_plan_share_one_blank_line(tmp_path: Path) -> None:
    root = managed_project(tmp_path / "site", "Acme")
    _, edit = apply(root, {"op": "add_section", "route": "/", "kind": "contact"},
                    {"op": "add_section", "route": "/", "kind": "cta"})
    assert edit.files["app/page.tsx"].decode().startswith(
        'import Contact from "@/components/nxr/Contact";\nimport Cta from "@/components/nxr/Cta";\n\nexport default')


@pytest.mark.parametrize("name", ["generated", "ts-tw", "js-css"])
def test_a_new_page_has_no_placeholder_text_and_its_subtitle_arrives_when_asked(name: str, tmp_path: Path) -> None:
    root = managed_project(tmp_path / name, "Acme") if name == "generated" else copy_fixture(name, tmp_path / name)
    _, added = apply(root, {"op": "add_page", "title": "About"})
    rel = next(r for r in added.files if "/about/page." in r and not r.endswith(".css"))
    assert b"Write something here" not in added.files[rel] and b"<p" not in added.files[rel]
    _, edit = apply(root, {"op": "set_text", "route": "/about", "target": "subtitle", "text": "Family run since 1982"})
    page = edit.files[rel].decode()
    paragraph = {"generated": "<p>", "ts-tw": '<p className="mt-4', "js-css": "<p className={styles.text}>"}[name]
    assert f"{paragraph}" in page and "Family run since 1982</p>" in page
    _, same_plan = apply(root, {"op": "add_page", "title": "Team"},
                         {"op": "set_text", "route": "/team", "target": "subtitle", "text": "Who we are"})
    assert any(b"Who we are</p>" in (body or b"") for body in same_plan.files.values())


def test_a_new_phone_number_replaces_the_old_one_on_a_buttons_label_and_in_its_link(tmp_path: Path) -> None:
    # u397: "New mobile number 085 702 1188 ... change everywhere" left "Call Marek 087 331 9042" ringing the old number
    root = managed_project(tmp_path / "site", "Acme")
    apply(root, {"op": "add_section", "route": "/", "kind": "cta"})
    apply(root, {"op": "set_text", "route": "/", "target": "button", "section": "cta",
                 "text": "Call Marek 087 331 9042", "href": "tel:0873319042"})
    _, edit = apply(root, {"op": "replace_text", "old": "087 331 9042", "new": "+353 85 702 1188"})
    page = edit.files["app/page.tsx"].decode()
    assert 'button={{ label: "Call Marek +353 85 702 1188", href: "tel:+353857021188" }}' in page
    assert "0873319042" not in page


def test_a_page_header_button_that_rings_the_old_number_rings_the_new_one(tmp_path: Path) -> None:
    root = managed_project(tmp_path / "site", "Acme")
    apply(root, {"op": "set_text", "route": "/", "target": "button", "text": "Call us", "href": "tel:0873319042"})
    apply(root, {"op": "set_text", "route": "/", "target": "subtitle", "text": "Phone 087 331 9042"})
    _, edit = apply(root, {"op": "replace_text", "old": "087 331 9042", "new": "085 702 1188"})
    page = edit.files["app/page.tsx"].decode()
    assert 'href="tel:0857021188">Call us</Link>' in page and "Phone 085 702 1188" in page


def test_a_replaced_word_that_is_also_a_route_leaves_the_link_alone(tmp_path: Path) -> None:
    root = managed_project(tmp_path / "site", "Acme")
    apply(root, {"op": "add_section", "route": "/", "kind": "cta"})
    apply(root, {"op": "set_text", "route": "/", "target": "button", "section": "cta", "text": "Contact", "href": "/contact"})
    _, edit = apply(root, {"op": "replace_text", "old": "Contact", "new": "Write to us"})
    assert 'button={{ label: "Write to us", href: "/contact" }}' in edit.files["app/page.tsx"].decode()
