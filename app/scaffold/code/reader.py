"""Read a Next.js App Router project from its code: pages, nav, theme, conventions.

Nothing here writes. Every place an edit may go is a ``Spot`` (a byte range in
one file plus the visible text there now), so ``codeops`` edits exactly those
bytes and leaves the rest of the file as the user wrote it. The reading itself
is in ``files`` (conventions, parsed files), ``pages`` and ``chrome`` (name,
nav, theme); the data types are in ``model`` and exported from here.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.scaffold.code import files as _files
from app.scaffold.code import pages as _pages
from app.scaffold.code.chrome import Chrome
from app.scaffold.code.files import PAGE_EXTS, conventions, is_dynamic, route_of
from app.scaffold.code.model import (CodeProject, Conventions, NavCode, PageCode, SectionCode, Spot,
                                     ThemeCode)
from app.scaffold.code.pages import component_kind, read_page
from app.scaffold.site import FOOTER_LINE_MAX, FOOTER_LINES_MAX, ROUTE_RE, NavLink, Page, Section, Site, Theme

__all__ = ["CodeProject", "Conventions", "NavCode", "PageCode", "SectionCode", "Spot", "ThemeCode", "THEME_VARS",
           "clear_cache", "component_kind", "conventions", "is_dynamic", "read_project", "route_of", "route_title",
           "site_view"]

# --background/--foreground, our renderer's --color-*, and the common short names.
THEME_VARS: dict[str, tuple[str, ...]] = {
    "primary": ("--primary", "--color-primary", "--brand"),
    "accent": ("--accent", "--color-accent"),
    "background": ("--background", "--color-bg", "--color-background", "--bg"),
    "foreground": ("--foreground", "--color-fg", "--color-foreground", "--fg"),
}


def clear_cache() -> None:
    """Forget every parsed file and read page (a benchmark's cold start)."""
    _files.DOCS.clear()
    _pages.PAGES.clear()


def read_project(root: Path) -> CodeProject:
    """Read the project at ``root`` from its code. Files that do not parse are listed in
    ``problems`` (and their pages marked not editable); nothing is guessed about them."""
    reader = Chrome(root)
    app_dir = reader.conv.app_dir
    layout_rel = next((f"{app_dir}/layout{ext}" for ext in PAGE_EXTS if (root / f"{app_dir}/layout{ext}").is_file()), None)
    layout = reader.doc(layout_rel) if layout_rel else None
    name, name_spot = reader.name(layout)
    pages = tuple(read_page(reader, route, rel) for route, rel in reader.page_files())
    nav = reader.nav(layout_rel, name)
    theme = reader.theme(layout_rel)
    return CodeProject(root, reader.conv, name, name_spot, layout_rel, pages, nav, theme, tuple(reader.problems),
                       footer=reader.footer_notes(layout))


# --- the site as the model sees it ---------------------------------------------------------------

_HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def _color(theme: ThemeCode, field_name: str, depth: int = 0) -> str | None:
    for var in THEME_VARS[field_name]:
        spot = theme.vars.get(var)
        if spot is None:
            continue
        value = spot.text.strip()
        ref = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", value)
        if ref and depth < 3 and ref.group(1) in theme.vars:
            value = theme.vars[ref.group(1)].text.strip()
        if _HEX.fullmatch(value):
            hexes = value[1:]
            return "#" + (hexes if len(hexes) == 6 else "".join(c * 2 for c in hexes)).lower()
    return None


def _font(theme: ThemeCode) -> str:
    spot = theme.body_font or theme.vars.get("--font-body")
    value = spot.text.lower() if spot is not None else ""
    ref = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", value.strip())
    if ref and ref.group(1) in theme.vars:  # body { font-family: var(--font-body) }
        value = theme.vars[ref.group(1)].text.lower()
    if "mono" in value:
        return "mono"
    if "rounded" in value:
        return "rounded"
    if "serif" in value.replace("sans-serif", ""):
        return "serif"
    return "sans"


def route_title(route: str) -> str:
    last = route.rstrip("/").rsplit("/", 1)[-1]
    return last.replace("-", " ").capitalize() if last else "Home"


def _section_view(section: SectionCode, page: PageCode) -> Section:
    """A section as the site view holds it; the page header with its button's label (what "the button"
    says now, which a request to point it elsewhere keeps) and the line under its heading (where a
    request's correction of "Via del Pratello 41" finds it)."""
    view = section.content or Section.model_validate({"kind": section.kind})
    if section.kind != "hero":
        return view
    update = {}
    if not view.button_label and page.button is not None:
        update["button_label"] = page.button.text[:120]
    if not view.text and page.subtitle is not None and not _said_below(page.subtitle.text, page):
        update["text"] = page.subtitle.text[:2000]
    return view.model_copy(update=update) if update else view


def _said_below(line: str, page: PageCode) -> bool:
    """Whether a section of the page holds the header's line in its own text ("fix lawn mowers, ..., go karts" of
    "We fix lawn mowers, ..., go karts"): the view holds it there once, so that a removal of its words finds one
    place (``replace_text`` replaces it in the header too)."""
    said = line.casefold().strip(" .")
    return any(said in (s.content.text if s.content else "").casefold() for s in page.sections if s.kind != "hero")


def site_view(project: CodeProject) -> Site:
    """The project as a ``Site``: what the model is told about (routes, titles, sections, nav, theme).
    Pages whose route the site model cannot hold (dynamic ones) are left out."""
    theme = Theme()
    if project.theme is not None:
        colors = {f: c for f in THEME_VARS if (c := _color(project.theme, f)) is not None}
        theme = Theme.model_validate({**theme.model_dump(), **colors, "font": _font(project.theme)})
    pages: list[Page] = []
    for page in project.pages:
        if not re.fullmatch(ROUTE_RE, page.route) or len(pages) >= 50:
            continue
        sections = [_section_view(s, page) for s in page.sections][:20]
        title = (page.title.text if page.title else route_title(page.route))[:120]
        pages.append(Page(route=page.route, title=title, sections=sections))
    nav = [NavLink(label=label[:120], href=href[:120]) for label, href, _ in (project.nav.links if project.nav else ())][:12]
    footer = [spot.text[:FOOTER_LINE_MAX] for spot in project.footer][:FOOTER_LINES_MAX]
    return Site(name=project.name[:120] or "Site", theme=theme, nav=nav, pages=pages, footer=footer)
