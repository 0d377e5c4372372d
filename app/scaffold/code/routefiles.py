"""A route's own files, and what moving or removing them does to the rest of the project.

The rule for both ops: only a route's own files move or go, the ones Next.js gives a meaning by
name (page.*, layout.*, loading.*, …; ``page.*`` includes the page's ``page.module.css``).
Every other file in the folder stays where it is: a module other code imports (the portfolio
starter's ``app/blog/utils.ts``), data read from disk at run time (``app/blog/posts/*.mdx``,
whose path is written in code), a component. That is simpler than moving the folder whole and
rewriting everything that reaches into it, and it stays correct where no import says what a file
is for. Then every import is rewritten to name the same file as before: in a moved file, each
relative specifier (import, export … from, import(), require(), a stylesheet's @import/url());
in every other file, each specifier (relative, alias or baseUrl) naming a moved file.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from app.errors import PlanError
from app.scaffold.code import modules, tsx
from app.scaffold.code.edits import Ctx
from app.scaffold.code.modules import Resolver, Specifier, Target

# Files Next.js reads by name in a route folder.
SEGMENT_FILES = ("page", "layout", "loading", "error", "not-found", "template", "default", "route", "forbidden",
                 "unauthorized", "opengraph-image", "twitter-image", "icon", "apple-icon")
# What remove_page may delete besides page.*: these wrap the routes nested below too, so they go
# only when none is left.
SEGMENT_WRAPPERS = ("layout", "loading", "error", "not-found", "template")


def _stem(rel: str) -> str:
    return posixpath.basename(rel).split(".", 1)[0]


def route_files(ctx: Ctx, folder: str, nested: bool) -> list[str]:
    """The route's own files in ``folder``; with ``nested``, those of the routes below it too (not
    in private `_x` folders, which are no routes)."""
    base = ctx.root / folder
    if not base.is_dir():
        return []
    out: list[str] = []
    for path in (base.rglob("*") if nested else base.iterdir()):
        parts = path.relative_to(base).parts
        if not path.is_file() or any(p in modules.SKIP_DIRS or p.startswith(("_", ".")) for p in parts[:-1]):
            continue
        if _stem(path.name) in SEGMENT_FILES:
            out.append(path.relative_to(ctx.root).as_posix())
    return sorted(out)


class Graph:
    """Which project files name which, read on demand for one op."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.resolver = Resolver(ctx.root)
        self.files = modules.project_files(ctx.root)
        self._specs: dict[str, list[tuple[Specifier, Target]]] = {}

    def specs(self, rel: str) -> list[tuple[Specifier, Target]]:
        """The file's specifiers that name something in the project."""
        if rel not in self._specs:
            found = modules.file_specifiers(rel, self.ctx.source(rel))
            self._specs[rel] = [(s, t) for s in found if (t := self.resolver.target(rel, s.value)) is not None]
        return self._specs[rel]

    def importers(self, targets: set[str], skip: set[str]) -> dict[str, list[str]]:
        """target -> the files (not in ``skip``) that import it."""
        # A file that imports x/page.tsx writes "page" (or "x" for x/index.tsx): others need no parse.
        needles = {(_stem(t) if _stem(t) != "index" else posixpath.basename(posixpath.dirname(t))).encode()
                   for t in targets}
        out: dict[str, list[str]] = {}
        for rel in self.files:
            if rel in skip or not any(n in self.ctx.source(rel) for n in needles):
                continue
            for _, target in self.specs(rel):
                if target.file in targets and rel not in out.setdefault(target.file, []):
                    out[target.file].append(rel)
        return out


def _dest(target: Target, moves: dict[str, str]) -> str:
    """Where the path a specifier names is after ``moves``, written the same way (no extension
    when it had none, a folder for a folder's index)."""
    if target.file is None or target.file not in moves:
        return target.path
    new = moves[target.file]
    if target.file.startswith(target.path):
        suffix = target.file[len(target.path):]
        return new[:len(new) - len(suffix)] if suffix else new
    return posixpath.splitext(new)[0] + posixpath.splitext(target.path)[1]  # "./x.js" naming x.ts


def move(ctx: Ctx, moves: dict[str, str]) -> None:
    """Move files (old rel -> new rel) and rewrite the imports on both sides of the move."""
    graph = Graph(ctx)
    for rel, new in moves.items():
        ctx.source(rel)
        ctx.moves[rel] = new
        for spec, target in graph.specs(rel):
            if target.kind == "relative" or target.file in moves:
                _respell(ctx, graph.resolver, rel, new, spec, target, moves)
    for moved, users in graph.importers(set(moves), set(moves)).items():
        for rel in users:
            for spec, found in graph.specs(rel):
                if found.file == moved:
                    _respell(ctx, graph.resolver, rel, rel, spec, found, moves)


def _respell(ctx: Ctx, resolver: Resolver, rel: str, at: str, spec: Specifier, target: Target,
             moves: dict[str, str]) -> None:
    text = resolver.write(target, _dest(target, moves), at)
    if text != spec.value:
        ctx.edit(rel, spec.start, spec.end, text)


@dataclass
class Removal:
    delete: list[str]
    kept: dict[str, list[str]] = field(default_factory=dict)  # segment file -> the files that import it
    nested: list[str] = field(default_factory=list)  # routes below the page, which stay
    wrappers: list[str] = field(default_factory=list)  # layout & co. kept because they wrap those routes


def removal(ctx: Ctx, route: str, page_file: str) -> Removal:
    """What remove_page deletes: page.* of the page's folder, and its layout, loading, error,
    not-found and template when no route is nested below it; never a file another one imports
    (the page itself imported elsewhere is refused)."""
    nested = [p.route for p in ctx.project.pages if p.route.startswith(route + "/")]
    own = route_files(ctx, posixpath.dirname(page_file), nested=False)
    wrappers = [f for f in own if _stem(f) in SEGMENT_WRAPPERS]
    delete = [f for f in own if _stem(f) == "page" or (f in wrappers and not nested)]
    graph = Graph(ctx)
    kept: dict[str, list[str]] = {}
    while True:  # a kept file keeps what it imports
        users = graph.importers(set(delete), set(delete))
        if not users:
            break
        for target, files in users.items():
            if target == page_file:
                raise PlanError(f"I can't remove {route}: {names(files)} import{'s' if len(files) == 1 else ''} "
                                f"{page_file}, and would break.", hint="change those imports first")
            kept[target] = files
        delete = [f for f in delete if f not in users]
    return Removal(delete, kept, nested, [f for f in wrappers if nested])


# --- links left behind ---------------------------------------------------------------------------

STRINGS = "[(string) (template_string)] @s"


@dataclass(frozen=True)
class Mention:
    file: str
    start: int  # the literal, quotes included
    end: int
    kind: str  # "exact" ("/r", "/r?x", "/r#x"), "under" ("/r/x", `/r/${id}`), "assembled" (see mentions)
    template: bool


def mentions(ctx: Ctx, route: str) -> list[Mention]:
    """Where the project's code names ``route``: a string or a template literal that starts with it;
    and a string equal to its last segment in a file that builds links under its parent in a
    template (`{"Basic chat": "basic-chat"}` … href={`/examples/${url}`})."""
    parent, last = route.rsplit("/", 1)
    head = re.compile(r"`" + re.escape(parent) + r"/\$\{") if parent else None
    out: list[Mention] = []
    for rel in modules.project_files(ctx.root):
        source = ctx.source(rel) if rel.endswith(modules.CODE_EXTS) else b""
        assembled = head is not None and bool(head.search(source.decode("utf-8", "replace")))
        if route.encode() not in source and not assembled:
            continue
        doc = tsx.parse(source, rel)
        for node in doc.find(STRINGS):
            raw = doc.text(node)[1:-1]
            template = node.type == "template_string"
            value = raw.split("${", 1)[0] if template else raw
            if value == route or value.startswith((route + "?", route + "#")):
                kind = "exact"
            elif value.startswith(route + "/"):
                kind = "under"
            elif assembled and not template and raw == last:
                kind = "assembled"
            else:
                continue
            out.append(Mention(rel, node.start_byte, node.end_byte, kind, template))
    return out


def names(files: list[str]) -> str:
    files = list(dict.fromkeys(files))
    return files[0] if len(files) == 1 else ", ".join(files[:-1]) + " and " + files[-1]


def still_links(files: list[str], route: str, tail: str) -> str:
    """ "app/page.tsx still links to /dream; …" """
    files = list(dict.fromkeys(files))
    verb = "links" if len(files) == 1 else "link"
    return f"{names(files)} still {verb} to {route}; {tail}"
