"""Apply an edit plan to the site model (pure: no disk access).

Returns the new ``Site`` plus the files that live outside the model
(API routes, free-form files) and the routes the preview should show.
A plan that does not fit the project (a page that does not exist, a route
already taken) is a ``PlanError`` and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from app.errors import PlanError
from app.scaffold import plan as p
from app.scaffold.content import add_items, describe_site, edit_item, remove_item
from app.scaffold.editbase import EditResult, page_at as _page, section_of as _section
from app.scaffold.site import NavLink, Page, Section, Site, Theme, default_section, slug


def _color(value: str | None) -> str | None:
    if value is None:
        return None
    return p.NAMED_COLORS.get(value, value)


def _api_file(op: p.AddApiRoute) -> str:
    body = json.dumps(op.json_body, indent=2, ensure_ascii=False).replace("\n", "\n  ")
    return (
        'import { NextResponse } from "next/server";\n\n'
        f"export async function {op.method}() {{\n  return NextResponse.json({body});\n}}\n"
    )


def _problems(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])


def apply_plan(site: Site, plan: p.Plan) -> EditResult:
    new = site.model_copy(deep=True)
    result = EditResult(new)
    for op in plan.ops:
        try:
            OPS[op.op](result, op)
        except ValidationError as exc:  # a value the op allows but the site model does not
            raise PlanError(f"The {op.op} step does not fit the site: {_problems(exc)}.",
                            hint="nothing was written") from exc
    try:
        result.site = Site.model_validate(new.model_dump())  # re-check the limits of the whole model
    except ValidationError as exc:
        raise PlanError(f"The plan would make the site invalid: {_problems(exc)}.", hint="nothing was written") from exc
    return result


def _add_page(r: EditResult, op: p.AddPage) -> None:
    site = r.site
    route = op.route or "/" + slug(op.title)
    if site.page(route):
        raise PlanError(f"A page already exists at {route}.", hint="edit it, or choose another route")
    # A new page's hero is headed with the page's title (a page that opens with a hero has no h1 of its own).
    sections = [default_section(k, site.name, op.title if k == "hero" else "") for k in op.sections]
    site.pages.append(Page(route=route, title=op.title, sections=sections))
    if not any(n.href == route for n in site.nav):
        site.nav.append(NavLink(label=op.title, href=route))
    r.routes.append(route)
    r.expect.append((route, op.title))
    r.summary.append(f"added page {route} ({op.title})")


def _add_section(r: EditResult, op: p.AddSection) -> None:
    page = _page(r.site, op.route)
    section = default_section(op.kind, r.site.name, op.heading)
    if op.text:
        section.text = op.text
    page.sections.append(section)
    r.routes.append(op.route)
    if section.heading:
        r.expect.append((op.route, section.heading))
    r.summary.append(f"added a {op.kind.replace('_', ' ')} section to {op.route}")


def _remove_section(r: EditResult, op: p.RemoveSection) -> None:
    page = _page(r.site, op.route)
    page.sections.remove(_section(page, op.kind))
    r.routes.append(op.route)
    r.summary.append(f"removed the {op.kind.replace('_', ' ')} section from {op.route}")


def _set_theme(r: EditResult, op: p.SetTheme) -> None:
    changes = {k: _color(getattr(op, k)) for k in ("primary", "accent", "background", "foreground")}
    data = r.site.theme.model_dump()
    data.update({k: v for k, v in changes.items() if v is not None})
    if op.font:
        data["font"] = op.font
    r.site.theme = Theme.model_validate(data)
    r.routes.append("/")
    r.summary.append("changed the theme")


def _add_nav_link(r: EditResult, op: p.AddNavLink) -> None:
    r.routes.append("/")
    if any(n.href == op.href for n in r.site.nav):
        r.summary.append(f"the navigation already links to {op.href}")
        return
    r.site.nav.append(NavLink(label=op.label, href=op.href))
    r.summary.append(f"added a nav link to {op.href}")


def _remove_page(r: EditResult, op: p.RemovePage) -> None:
    site = r.site
    if op.route == "/":
        raise PlanError("The home page cannot be removed.")
    site.pages.remove(_page(site, op.route))
    site.nav = [n for n in site.nav if n.href != op.route]
    r.routes.append("/")
    r.summary.append(f"removed page {op.route}")


def _rename_page(r: EditResult, op: p.RenamePage) -> None:
    site = r.site
    page = _page(site, op.route)
    if op.route == "/" and op.new_route != "/":
        raise PlanError("The home page cannot move.")
    if op.new_route != op.route and site.page(op.new_route):
        raise PlanError(f"A page already exists at {op.new_route}.")
    page.route = op.new_route
    if op.title:
        page.title = op.title
    for i, n in enumerate(site.nav):
        if n.href == op.route:
            site.nav[i] = NavLink(label=op.title or n.label, href=op.new_route)
    r.routes.append(op.new_route)
    r.expect.append((op.new_route, page.title))
    r.summary.append(f"renamed {op.route} to {op.new_route}")


def _add_api_route(r: EditResult, op: p.AddApiRoute) -> None:
    r.files[f"app{op.route}/route.ts"] = _api_file(op)
    r.routes.append(op.route)
    r.summary.append(f"added API route {op.method} {op.route}")


def _repair(r: EditResult, op: p.Repair) -> None:
    from app.scaffold.render import page_file, render_site

    site = r.site
    if op.path not in render_site(site) or op.path.startswith(".nxr/"):
        raise PlanError(f"{op.path} is not a file Avery NXR generated, so it cannot be repaired from the site model.")
    # The turn writes a repaired file whole from the site model (others are merged with hand edits).
    r.routes.append(next((pg.route for pg in site.pages if page_file(pg.route) == op.path), "/"))
    r.summary.append(f"repaired {op.path}")


def _write_file(r: EditResult, op: p.WriteFile) -> None:
    r.files[op.path] = op.content
    r.summary.append(f"wrote {op.path}")


def _decline(r: EditResult, op: p.Decline) -> None:
    r.declined = True


def _set_text(r: EditResult, op: p.SetText) -> None:
    site = r.site
    r.routes.append(op.route)
    r.expect.append((op.route, op.text))
    if op.target == "site_name":
        site.name = op.text
        r.summary.append(f"renamed the site to {op.text}")
        return
    page = _page(site, op.route)
    hero = page.sections[0] if page.sections and page.sections[0].kind == "hero" else None
    if op.target == "title":
        if hero is not None:
            hero.heading = op.text
        else:
            page.title = op.text
            for i, n in enumerate(site.nav):
                if n.href == page.route and page.route != "/":
                    site.nav[i] = NavLink(label=op.text, href=n.href)
    elif op.target == "subtitle":
        target = hero or next((s for s in page.sections if s.text), None)
        if target is None:
            page.sections.insert(0, Section(kind="text", text=op.text))
        else:
            target.text = op.text
    elif op.target == "button":
        target = next((s for s in page.sections if s.kind in ("hero", "cta", "contact")), None)
        if target is None:
            raise PlanError(f"The page {page.route} has no button to relabel.")
        target.button_label = op.text
        if not target.button_href and target.kind != "contact":
            target.button_href = "/"
    else:  # heading of a section
        if op.section is None:
            target = next((s for s in page.sections if s.kind != "hero"), None)
            if target is None:
                raise PlanError(f"The page {page.route} has no section heading to change.")
        else:
            target = _section(page, op.section)
        target.heading = op.text
    r.summary.append(f"set the {op.target} of {op.route}")


Step = Callable[[EditResult, Any], None]
# One row per op: adding an op adds a row here (and its fitter in requestfit.FITTERS).
OPS: dict[str, Step] = {
    "add_page": _add_page, "add_section": _add_section, "remove_section": _remove_section, "set_text": _set_text,
    "set_theme": _set_theme, "add_nav_link": _add_nav_link, "remove_page": _remove_page,
    "rename_page": _rename_page, "add_api_route": _add_api_route, "repair": _repair, "write_file": _write_file,
    "add_items": add_items, "edit_item": edit_item, "remove_item": remove_item, "describe_site": describe_site,
    "decline": _decline,
}
