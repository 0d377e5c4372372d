"""Apply an edit plan to the site model (pure: no disk access).

Returns the new ``Site`` plus the files that live outside the model
(API routes, free-form files) and the routes the preview should show.
A plan that does not fit the project (a page that does not exist, a route
already taken) is a ``PlanError`` and changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pydantic import ValidationError

from app.errors import PlanError
from app.scaffold import plan as p
from app.scaffold.site import NavLink, Page, Section, Site, Theme, default_section, slug


@dataclass
class EditResult:
    site: Site
    files: dict[str, str | None] = field(default_factory=dict)  # path -> content, None = delete
    routes: list[str] = field(default_factory=list)  # routes to show after the turn, most relevant first
    summary: list[str] = field(default_factory=list)  # one line per op, for people
    expect: list[tuple[str, str]] = field(default_factory=list)  # (route, visible text it must show afterwards)

    def expected_on(self, route: str) -> list[str]:
        return [text for r, text in self.expect if r == route]


def _color(value: str | None) -> str | None:
    if value is None:
        return None
    return p.NAMED_COLORS.get(value, value)


def _page(site: Site, route: str) -> Page:
    page = site.page(route)
    if page is None:
        known = ", ".join(pg.route for pg in site.pages) or "none"
        raise PlanError(f"There is no page at {route} (pages: {known}).", hint="name an existing page, or add it first")
    return page


def _section(page: Page, kind: str) -> Section:
    for s in page.sections:
        if s.kind == kind:
            return s
    raise PlanError(f"The page {page.route} has no {kind.replace('_', ' ')} section.")


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
            _apply(result, op)
        except ValidationError as exc:  # a value the op allows but the site model does not
            raise PlanError(f"The {op.op} step does not fit the site: {_problems(exc)}.",
                            hint="nothing was written") from exc
    try:
        result.site = Site.model_validate(new.model_dump())  # re-check the limits of the whole model
    except ValidationError as exc:
        raise PlanError(f"The plan would make the site invalid: {_problems(exc)}.", hint="nothing was written") from exc
    return result


def _apply(r: EditResult, op: p._Op) -> None:  # noqa: C901 - one branch per op is the clearest form
    site = r.site
    if isinstance(op, p.AddPage):
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
    elif isinstance(op, p.AddSection):
        page = _page(site, op.route)
        section = default_section(op.kind, site.name, op.heading)
        page.sections.append(section)
        r.routes.append(op.route)
        if section.heading:
            r.expect.append((op.route, section.heading))
        r.summary.append(f"added a {op.kind} section to {op.route}")
    elif isinstance(op, p.RemoveSection):
        page = _page(site, op.route)
        page.sections.remove(_section(page, op.kind))
        r.routes.append(op.route)
        r.summary.append(f"removed the {op.kind} section from {op.route}")
    elif isinstance(op, p.SetText):
        _set_text(r, op)
    elif isinstance(op, p.SetTheme):
        changes = {k: _color(getattr(op, k)) for k in ("primary", "accent", "background", "foreground")}
        data = site.theme.model_dump()
        data.update({k: v for k, v in changes.items() if v is not None})
        if op.font:
            data["font"] = op.font
        site.theme = Theme.model_validate(data)
        r.routes.append("/")
        r.summary.append("changed the theme")
    elif isinstance(op, p.AddNavLink):
        if not any(n.href == op.href for n in site.nav):
            site.nav.append(NavLink(label=op.label, href=op.href))
        r.routes.append("/")
        r.summary.append(f"added a nav link to {op.href}")
    elif isinstance(op, p.RemovePage):
        if op.route == "/":
            raise PlanError("The home page cannot be removed.")
        removed = _page(site, op.route)
        site.pages.remove(removed)
        site.nav = [n for n in site.nav if n.href != op.route]
        r.routes.append("/")
        r.summary.append(f"removed page {op.route}")
    elif isinstance(op, p.RenamePage):
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
    elif isinstance(op, p.AddApiRoute):
        r.files[f"app{op.route}/route.ts"] = _api_file(op)
        r.routes.append(op.route)
        r.summary.append(f"added API route {op.method} {op.route}")
    elif isinstance(op, p.Repair):
        from app.scaffold.render import render_site

        generated = render_site(site)
        if op.path not in generated or op.path.startswith(".nxr/"):
            raise PlanError(f"{op.path} is not a file Avery NXR generated, so it cannot be repaired from the site model.")
        # Every turn writes the generated files that differ from their rendering: naming the file is enough.
        from app.scaffold.render import page_file

        r.routes.append(next((pg.route for pg in site.pages if page_file(pg.route) == op.path), "/"))
        r.summary.append(f"repaired {op.path}")
    elif isinstance(op, p.WriteFile):
        r.files[op.path] = op.content
        r.summary.append(f"wrote {op.path}")


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
