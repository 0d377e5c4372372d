"""The code reader's data: where in a project's files each thing a plan can change lies.

Every place an edit may go is a ``Spot`` (a byte range in one file plus the visible text there
now), so ``codeops`` edits exactly those bytes and leaves the rest as the user wrote it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.scaffold.site import Section

@dataclass(frozen=True)
class Spot:
    """A replaceable byte range in one file."""

    file: str  # path relative to the project root, posix
    start: int  # byte offsets into the file as read
    end: int
    text: str  # the visible text there now, whitespace collapsed
    # How new text is written here: "text" JSX text (escaped), "attr" a JSX attribute value with its
    # quotes or braces, "js" a JS string literal with its quotes, "css" a CSS value as it is, "jsx" a
    # whole element (replaced or removed as a unit).
    form: str = "text"


@dataclass(frozen=True)
class SectionCode:
    kind: str  # a site.SectionKind
    heading: Spot | None
    element: Spot  # the whole <section …>…</section> or <Features …/> element
    component: str | None  # the component's name when the section is a component (<Features/>)
    ours: bool = False  # the component is one Avery NXR wrote (imported from components/nxr/)
    props: Mapping[str, Spot] = field(default_factory=dict)  # a component's literal props: name -> value (form "attr")
    content: Section | None = None  # what the section holds, as far as it is literal


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
    form: str = "jsx"  # "jsx": <Link> elements in the nav; "data": {href, label} objects in an array the nav maps
    # over; "keyed": an object keyed by href the nav maps with Object.entries
    brand: Spot | None = None  # the site name shown in the nav, when it is literal text
    link_tag: str = "Link"  # "Link" or "a": what the nav's links are written with
    link_class: str | None = None  # the className of the last link, copied onto a new one
    wrap: str | None = None  # "li" when each link sits in a list item
    wrap_class: str | None = None
    keys: tuple[str, str] = ("href", "label")  # data form: the objects' keys for the target and the label
    quote: str = '"'  # keyed form: the quote the object's keys are written with


@dataclass(frozen=True)
class ThemeCode:
    file: str  # the stylesheet new variables go into
    vars: Mapping[str, Spot]  # css custom property name -> its value's range (a Spot names its own file)
    where: str  # "root" (:root block), "theme" (Tailwind @theme block) or "none" (neither: insert_at is end of file)
    insert_at: int  # where a new variable goes: end of the :root (or @theme) block's declarations
    body_font: Spot | None = None  # the value of body { font-family: … } when there is one
    body_insert: tuple[str, int] | None = None  # (file, offset) to add a declaration to a top-level body rule
    indent: str = "  "  # indentation of a declaration in the block at insert_at


@dataclass(frozen=True)
class Conventions:
    typescript: bool
    tailwind: bool
    src: bool
    alias: str | None  # import prefix for the project root ("@/"), None -> relative imports
    app_dir: str  # "app" or "src/app"
    alias_dir: str = ""  # the folder the alias points at: "" (project root) or "src"


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
    footer: tuple[Spot, ...] = field(default=())  # the footer's lines of the user's words, in the root layout

    def page(self, route: str) -> PageCode | None:
        return next((p for p in self.pages if p.route == route), None)
