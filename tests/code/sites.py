"""Three real open-source App Router sites (tests/fixtures/sites, each with a SOURCE.md) and the checks
their edits must pass: what the reader should find in each, and which ops each should take or decline.

Imported by the tests that use it. Nothing here imports the code ops, so the fixtures and checks can be
read (and the reader tested) on their own."""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.preview.node import NodeRuntime
from app.scaffold.code import tsx
from app.scaffold.store import file_lock, link_tree
from app.session.bench.workspace import run_tool
from tests.code.starters import probe_registry

SITES_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "sites"
SITES_CACHE_LOCK = "sites.lock"
INSTALL_TIMEOUT_S = 900.0
SOURCE_EXTS = (".tsx", ".jsx", ".ts", ".js", ".mjs")
RESOLVE_EXTS = ("", ".tsx", ".ts", ".jsx", ".js", ".mjs", ".json", "/index.tsx", "/index.ts", "/index.jsx", "/index.js")
SKIP_DIRS = {"node_modules", ".next", ".git"}
JSX_MARK, JS_MARK = "{/* mine: hand-written */}", "// mine: hand-written"


@dataclass(frozen=True)
class Site:
    """What a careful reader finds in one fixture, and how each op should end on it."""

    name: str
    commit: str
    typescript: bool
    tailwind: bool
    alias: str | None
    routes: tuple[str, ...]  # every page route, sorted
    dynamic: tuple[str, ...]  # routes that are not editable (their text comes from data)
    name_text: str  # the site name the reader reports
    title: str | None  # the home page's title as the reader sees it (None: it has no literal <h1>)
    button: str | None
    theme_file: str  # the stylesheet a theme change goes into
    nav_file: str | None  # where the navigation is (None: the site has none)
    nav_links: tuple[tuple[str, str], ...]  # (label, href) as a person sees them in the nav
    titles: dict[str, str]  # the other literal page titles (<h1>) by route
    linked: str  # a page the site links to from another page: the target of rename_page / remove_page
    declines: dict[str, str] = field(default_factory=dict)  # op label -> a word the refusal must hold
    lockfile: bool = False  # package-lock.json is vendored: the npm integration test can install it


SITES: dict[str, Site] = {
    "roomgpt": Site(
        name="roomgpt", commit="611398c78da6", typescript=True, tailwind=True, alias=None,
        routes=("/", "/dream"), dynamic=(),
        # the layout's metadata says `title,` (a shorthand for a `let`), and package.json has no name:
        # the reader falls back to the folder name
        name_text="roomgpt",
        title="Generating dream rooms using AI for everyone.", button="Generate your dream room",
        theme_file="styles/globals.css", nav_file=None, nav_links=(),
        titles={"/dream": "Generate your dream room"}, linked="/dream",
        declines={
            "subtitle": "subtitle",  # the line under the <h1> is an <h2>, not a <p>
            "site_name": "computed",  # metadata.title is a variable
        },
        lockfile=True,
    ),
    "assistants-quickstart": Site(
        name="assistants-quickstart", commit="06fc2d444a5d", typescript=True, tailwind=False, alias="@/",
        routes=("/", "/examples/all", "/examples/basic-chat", "/examples/file-search", "/examples/function-calling"),
        dynamic=(), name_text="Assistants API Quickstart", title="Explore sample apps built with Assistants API",
        button=None,
        theme_file="app/globals.css", nav_file=None, nav_links=(), titles={},
        linked="/examples/basic-chat",
        declines={
            "subtitle": "subtitle",
            "button": "button",  # the links are mapped from an object
        },
        lockfile=True,
    ),
    "portfolio-blog": Site(
        name="portfolio-blog", commit="777047552e5f", typescript=True, tailwind=True, alias=None,
        routes=("/", "/blog", "/blog/[slug]"), dynamic=("/blog/[slug]",),
        name_text="Next.js Portfolio Starter", title="My Portfolio", button=None,
        theme_file="app/global.css", nav_file="app/components/nav.tsx",
        nav_links=(("home", "/"), ("blog", "/blog"),
                   ("deploy", "https://vercel.com/templates/next.js/portfolio-starter-kit")),
        titles={"/blog": "My Blog"}, linked="/blog",
        declines={"button": "button"},
    ),
}

NEW_TITLE = 'Fresh bread <&> {daily} "now"'


def op_for(label: str, site: Site) -> dict[str, Any]:
    """The plan op each label stands for, aimed at ``site``."""
    ops: dict[str, dict[str, Any]] = {
        "title": {"op": "set_text", "route": "/", "target": "title", "text": NEW_TITLE},
        "subtitle": {"op": "set_text", "route": "/", "target": "subtitle", "text": "Baked every morning."},
        "button": {"op": "set_text", "route": "/", "target": "button", "text": "Order now"},
        "site_name": {"op": "set_text", "route": "/", "target": "site_name", "text": "Crumb & Co"},
        "add_section": {"op": "add_section", "route": "/", "kind": "features", "heading": "Why us",
                        "text": "Flour, water, time."},
        "add_items": {"op": "add_items", "route": "/", "kind": "list",
                      "items": [{"title": "Mon", "text": "9-5"}, {"title": "Sat", "text": "10-2"}]},
        "theme": {"op": "set_theme", "primary": "blue"},
        "font": {"op": "set_theme", "font": "serif"},
        "nav_link": {"op": "add_nav_link", "label": "Contact", "href": "/contact"},
        "add_page": {"op": "add_page", "title": "Contact"},
        "rename_page": {"op": "rename_page", "route": site.linked, "new_route": "/studio"},
        "remove_page": {"op": "remove_page", "route": site.linked},
    }
    return ops[label]


OP_LABELS = ("title", "subtitle", "button", "site_name", "add_section", "add_items", "theme", "font",
             "nav_link", "add_page", "rename_page", "remove_page")


# --- copies with the user's marks -----------------------------------------------------------------

def source_files(root: Path) -> list[str]:
    out: list[str] = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if path.is_file() and path.suffix in SOURCE_EXTS and not SKIP_DIRS.intersection(rel.parts):
            out.append(rel.as_posix())
    return sorted(out)


def page_files(root: Path) -> list[str]:
    return [rel for rel in source_files(root)
            if rel.startswith(("app/", "src/app/")) and posixpath.basename(rel).startswith(("page.", "layout."))]


def mark(source: bytes, rel: str) -> bytes:
    """The file with the user's marks: a line comment on top, a JSX comment as the first child of
    the first outermost JSX element (a page's root element, or the first one it returns)."""
    doc = tsx.parse(source, rel)
    first = next((el for el in tsx.elements(doc, doc.root)
                  if el.type == "jsx_element" and not any(tsx.is_element(a) for a in tsx.ancestors(el))), None)
    inner = tsx.inner_range(first) if first is not None else None
    if inner is not None:
        source = source[:inner[0]] + JSX_MARK.encode() + source[inner[0]:]
    return f"{JS_MARK}\n".encode() + source


def marked_copy(name: str, dest: Path) -> Path:
    """The fixture in ``dest`` with the user's marks in every page and layout (each still parses)."""
    shutil.copytree(SITES_DIR / name, dest)
    for rel in page_files(dest):
        path = dest / rel
        data = mark(path.read_bytes(), rel)
        assert tsx.problem(tsx.parse(data, rel)) is None, f"marking {rel} broke it"
        path.write_bytes(data)
    return dest


# --- installed copies (the real toolchain) ----------------------------------------------------------

def install_site(site: Site, node: NodeRuntime, cache: Path) -> Path:
    """``node_modules`` for the site, installed once into ``<cache>/<name>-<commit>/`` under a file lock,
    in a temporary folder renamed into place (a crash never leaves a half install): ``npm ci`` from the
    vendored lockfile, or ``npm install --legacy-peer-deps`` from ``package.json`` for a site vendored
    without one (its lockfile is then kept in the cache folder). Only the first call needs the npm
    registry; when it does not answer, StarterUnavailable with one line; an install that fails once it
    answers is an AssertionError with npm's last lines."""
    folder = cache / f"{site.name}-{site.commit}"
    done = folder / "node_modules" / ".package-lock.json"
    if done.is_file():
        return folder / "node_modules"
    with file_lock(cache / SITES_CACHE_LOCK):
        if done.is_file():
            return folder / "node_modules"
        probe_registry(node)
        temp = cache / f".{folder.name}.tmp-{os.getpid()}"
        shutil.rmtree(temp, ignore_errors=True)
        temp.mkdir(parents=True)
        try:
            names = ("package.json", "package-lock.json") if site.lockfile else ("package.json",)
            for name in names:
                shutil.copy2(SITES_DIR / site.name / name, temp / name)
            command = "ci" if site.lockfile else "install"
            # without a lockfile the site came from pnpm, which does not enforce peer ranges
            # (portfolio-blog: geist 1.2.2 asks for next < 15, the site runs next 16)
            extra = () if site.lockfile else ("--legacy-peer-deps",)
            ok, output = run_tool([*node.npm_argv(), command, "--ignore-scripts", "--no-audit", "--no-fund", *extra],
                                  temp, node.env(), INSTALL_TIMEOUT_S)
            assert ok, f"npm {command} for {site.name} failed:\n{output}"
            shutil.rmtree(folder, ignore_errors=True)
            os.replace(temp, folder)
        finally:
            shutil.rmtree(temp, ignore_errors=True)
    return folder / "node_modules"


def installed_copy(name: str, dest: Path, node: NodeRuntime, cache: Path) -> Path:
    """The fixture, byte for byte, at ``dest`` (must not exist) with its cached ``node_modules``
    hard-linked in (a real folder, not a symlink: Turbopack refuses a ``node_modules`` that points out
    of the project). Never modify a file inside the copy's ``node_modules``: it is shared with the cache."""
    modules = install_site(SITES[name], node, cache)
    shutil.copytree(SITES_DIR / name, dest)
    link_tree(modules, dest / "node_modules")
    return dest


# --- imports that resolve -------------------------------------------------------------------------

_IMPORT = re.compile(rb"""(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"\n]+)['"]|(?:^|\n)\s*import\s*['"]([^'"\n]+)['"]""")


def _config(root: Path) -> tuple[dict[str, str], str | None]:
    """The project's path aliases ("@/" -> "") and baseUrl, from tsconfig.json / jsconfig.json."""
    aliases: dict[str, str] = {}
    base: str | None = None
    for name in ("tsconfig.json", "jsconfig.json"):
        try:
            text = (root / name).read_text(encoding="utf-8")
        except OSError:
            continue
        text = re.sub(r'("(?:[^"\\]|\\.)*")|//[^\n]*|/\*.*?\*/', lambda m: m.group(1) or "", text, flags=re.S)
        options = json.loads(re.sub(r",(\s*[}\]])", r"\1", text)).get("compilerOptions", {})
        base = base or options.get("baseUrl")
        for key, targets in (options.get("paths") or {}).items():
            if key.endswith("/*") and targets and str(targets[0]).endswith("/*"):
                aliases.setdefault(key[:-1], posixpath.normpath(str(targets[0])[:-2]).removeprefix("./").strip("."))
    return aliases, base


def broken_imports(root: Path) -> set[tuple[str, str]]:
    """(file, import) for every local import (relative, alias, baseUrl) that names no file."""
    aliases, base = _config(root)
    broken: set[tuple[str, str]] = set()
    for rel in source_files(root):
        source = (root / rel).read_bytes()
        for match in _IMPORT.finditer(source):
            spec = (match.group(1) or match.group(2)).decode()
            if spec.startswith("."):
                target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), spec))
            elif alias := next((a for a in aliases if spec.startswith(a)), None):
                target = posixpath.normpath(posixpath.join(aliases[alias], spec[len(alias):]))
            elif base is not None and (root / base / spec.split("/")[0]).exists():
                target = posixpath.normpath(posixpath.join(base, spec))
            else:
                continue  # a package
            if not any((root / (target + ext)).is_file() for ext in RESOLVE_EXTS):
                broken.add((rel, spec))
    return broken


def link_strings(root: Path, route: str) -> list[str]:
    """Where a source file still names ``route``: as a whole string ("/dream", '/dream', `/dream/…`), or
    as a template under its parent (`/examples/${url}`) in a file that also holds its last segment as a
    string ("basic-chat")."""
    parent, last = route.rsplit("/", 1)
    needle = re.compile(r"""(["'`])""" + re.escape(route) + r"""(?:[/?#][^"'`]*)?\1|`""" + re.escape(route) + r"/\$\{")
    template = re.compile(r"`" + re.escape(parent) + r"/\$\{") if parent else None
    segment = re.compile(r"""(["'])""" + re.escape(last) + r"\1")
    found: list[str] = []
    for rel in source_files(root):
        text = (root / rel).read_text(encoding="utf-8")
        matches = list(needle.finditer(text))
        if template is not None and template.search(text):
            matches += list(segment.finditer(text))
        for match in matches:
            found.append(f"{rel}:{text.count(chr(10), 0, match.start()) + 1}: {match.group(0)}")
    return found
