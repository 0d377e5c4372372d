"""Read a Next.js App Router project from its code: pages, nav, theme, conventions.

Nothing here writes. Every place an edit may go is a ``Spot`` (a byte range in
one file plus the visible text there now), so ``codeops`` edits exactly those
bytes and leaves the rest of the file as the user wrote it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.scaffold.site import Site


@dataclass(frozen=True)
class Spot:
    """A replaceable byte range in one file."""

    file: str  # path relative to the project root, posix
    start: int  # byte offsets into the file as read
    end: int
    text: str  # the visible text there now, whitespace collapsed


@dataclass(frozen=True)
class SectionCode:
    kind: str  # a site.SectionKind
    heading: Spot | None
    element: Spot  # the whole <section …>…</section> or <Features …/> element
    component: str | None  # the component's name when the section is a component (<Features/>)


@dataclass(frozen=True)
class PageCode:
    route: str  # "/", "/about", "/blog/[slug]"
    file: str
    editable: bool  # False for dynamic [x] segments and files that do not parse
    problem: str | None  # why not editable ("app/x/page.tsx:3:7 does not parse")
    title: Spot | None
    subtitle: Spot | None
    button: Spot | None
    sections: tuple[SectionCode, ...]
    insert_at: int | None  # where a new section element goes: end of <main>'s children, else the root element's
    indent: str = "      "  # indentation of a new child at insert_at


@dataclass(frozen=True)
class NavCode:
    file: str
    links: tuple[tuple[str, str, Spot], ...]  # (label, href, spot of the whole <Link>/<a> or array entry)
    insert_at: int
    indent: str
    form: str = "jsx"  # "jsx": <Link> elements in the nav; "data": {href, label} objects in an array the nav maps over


@dataclass(frozen=True)
class ThemeCode:
    file: str  # the stylesheet new variables go into
    vars: Mapping[str, Spot]  # css custom property name -> its value's range (a Spot names its own file)
    where: str  # "root" (:root block), "theme" (Tailwind @theme block) or "none" (neither: insert_at is end of file)
    insert_at: int  # where a new variable goes: end of the :root (or @theme) block's declarations
    body_font: Spot | None = None  # the value of body { font-family: … } when there is one


@dataclass(frozen=True)
class Conventions:
    typescript: bool
    tailwind: bool
    src: bool
    alias: str | None  # import prefix for the project root ("@/"), None -> relative imports
    app_dir: str  # "app" or "src/app"


@dataclass(frozen=True)
class CodeProject:
    root: Path
    conventions: Conventions
    name: str  # metadata title in the root layout, else the package name
    name_spot: Spot | None
    layout: str | None  # the root layout file
    pages: tuple[PageCode, ...]
    nav: NavCode | None
    theme: ThemeCode | None
    problems: tuple[str, ...] = field(default=())  # "file:line:col" of every read file that does not parse

    def page(self, route: str) -> PageCode | None:
        return next((p for p in self.pages if p.route == route), None)


def read_project(root: Path) -> CodeProject:
    raise NotImplementedError


def site_view(project: CodeProject) -> Site:
    raise NotImplementedError
