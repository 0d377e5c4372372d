from __future__ import annotations

import json
import re

import pytest

from app.errors import PlanError
from app.scaffold.edit import apply_plan
from app.scaffold.plan import parse_plan
from app.scaffold.render import initial_files, render_site
from app.scaffold.site import SECTION_KINDS, Page, default_section, initial_site


def plan(ops: str) -> object:
    return parse_plan('{"ops":[' + ops + "]}")


def test_add_page_renders_a_route_with_nav_and_title() -> None:
    site = initial_site("Rosie's Bakes")
    edit = apply_plan(site, plan('{"op":"add_page","route":"/pricing","title":"Pricing","sections":["pricing"]}'))  # type: ignore[arg-type]
    files = render_site(edit.site)
    page = files["app/pricing/page.tsx"]
    assert 'export const metadata: Metadata = { title: "Pricing" };' in page
    assert "<h1>Pricing</h1>" in page and page.count('className="card') == 3
    assert '{ href: "/pricing", label: "Pricing" }' in files["lib/site.ts"]
    assert edit.routes == ["/pricing"] and edit.expected_on("/pricing") == ["Pricing"]
    assert site.page("/pricing") is None, "the input model is never mutated"


def test_text_is_escaped_for_jsx() -> None:
    site = initial_site("A")
    edit = apply_plan(site, plan('{"op":"set_text","route":"/","target":"title","text":"<b>{x}</b> & co"}'))  # type: ignore[arg-type]
    page = render_site(edit.site)["app/page.tsx"]
    assert "<h1>&lt;b&gt;&#123;x&#125;&lt;/b&gt; &amp; co</h1>" in page


def test_every_section_kind_renders() -> None:
    site = initial_site("S")
    site.pages.append(Page(route="/all", title="All", sections=[default_section(k, "S") for k in SECTION_KINDS]))
    page = render_site(site)["app/all/page.tsx"]
    for k in SECTION_KINDS:
        assert k.replace("_", "-") in page
    assert page.count("<section") == page.count("</section>")


@pytest.mark.parametrize("ops,needle", [
    ('{"op":"add_section","route":"/nope","kind":"faq"}', "no page at /nope"),
    ('{"op":"add_page","route":"/","title":"Again"}', "already exists"),
    ('{"op":"remove_page","route":"/"}', "home page cannot be removed"),
    ('{"op":"remove_section","route":"/","kind":"pricing"}', "no pricing section"),
])
def test_plans_that_do_not_fit_the_project_are_refused(ops: str, needle: str) -> None:
    with pytest.raises(PlanError, match=needle):
        apply_plan(initial_site("S"), plan(ops))  # type: ignore[arg-type]


def test_theme_rename_remove_and_api() -> None:
    site = initial_site("S")
    site = apply_plan(site, plan('{"op":"add_page","route":"/team","title":"Team"}')).site  # type: ignore[arg-type]
    edit = apply_plan(site, plan(  # type: ignore[arg-type]
        '{"op":"set_theme","primary":"navy","font":"serif"},'
        '{"op":"rename_page","route":"/team","new_route":"/people","title":"People"},'
        '{"op":"add_api_route","route":"/api/hours","json":{"open":"8:00"}}'))
    files = render_site(edit.site)
    assert "--color-primary: #1e3a5f;" in files["app/theme.css"] and "Georgia" in files["app/theme.css"]
    assert "app/people/page.tsx" in files and "app/team/page.tsx" not in files
    assert '"open": "8:00"' in (edit.files["app/api/hours/route.ts"] or "")
    gone = apply_plan(edit.site, plan('{"op":"remove_page","route":"/people"}')).site  # type: ignore[arg-type]
    assert "app/people/page.tsx" not in render_site(gone) and "/people" not in render_site(gone)["lib/site.ts"]


def test_initial_files_are_a_complete_site() -> None:
    files = initial_files("My Shop")
    assert set(files) == {".nxr/site.json", "lib/site.ts", "app/theme.css", "app/page.tsx"}
    assert "<h1>My Shop</h1>" in files["app/page.tsx"]


def test_a_plan_that_breaks_site_limits_is_a_plan_error() -> None:
    site = initial_site("S")
    for i in range(12):
        site.nav.append(__import__("app.scaffold.site", fromlist=["NavLink"]).NavLink(label=f"L{i}", href=f"/l{i}")) if len(site.nav) < 12 else None
    with pytest.raises(PlanError, match="site invalid"):
        apply_plan(site, plan('{"op":"add_page","title":"One more"}'))  # type: ignore[arg-type]


def test_a_long_title_without_route_gets_a_valid_route_not_a_crash() -> None:
    from app.scaffold.site import ROUTE_RE, slug

    title = "Alumni " + "en " * 15  # the cut at 40 characters used to end on "-"
    assert re.match(ROUTE_RE, "/" + slug(title))
    edit = apply_plan(initial_site("Acme"), parse_plan(json.dumps({"ops": [{"op": "add_page", "title": title.strip()}]})))
    assert re.match(ROUTE_RE, edit.routes[0])
