"""What applying a plan produces, and the look-ups every op step shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import PlanError
from app.scaffold.site import Page, Section, Site


@dataclass
class EditResult:
    site: Site
    files: dict[str, str | None] = field(default_factory=dict)  # path -> content, None = delete
    routes: list[str] = field(default_factory=list)  # routes to show after the turn, most relevant first
    summary: list[str] = field(default_factory=list)  # one line per op, for people
    expect: list[tuple[str, str]] = field(default_factory=list)  # (route, visible text it must show afterwards)
    declined: bool = False  # the plan says the request is beyond what plans can express

    def expected_on(self, route: str) -> list[str]:
        return [text for r, text in self.expect if r == route]


def page_at(site: Site, route: str) -> Page:
    page = site.page(route)
    if page is None:
        known = ", ".join(pg.route for pg in site.pages) or "none"
        raise PlanError(f"There is no page at {route} (pages: {known}).", hint="name an existing page, or add it first")
    return page


def section_of(page: Page, kind: str) -> Section:
    for s in page.sections:
        if s.kind == kind:
            return s
    raise PlanError(f"The page {page.route} has no {kind.replace('_', ' ')} section.")
