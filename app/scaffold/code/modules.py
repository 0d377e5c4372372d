"""A file as one module among the project's: what its default export renders, which files it
names (import, export … from, import(), require(), a stylesheet's @import and url()), how its
imports are written, and how a specifier is resolved and written again from another place.

Nothing here edits: ``routefiles`` turns these into edits when files move or go.
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from tree_sitter import Node

from app.scaffold.code import css, tsx
from app.scaffold.code.files import read_json

CODE_EXTS = (".tsx", ".jsx", ".ts", ".js", ".mjs", ".cjs", ".mts", ".cts")
SKIP_DIRS = {"node_modules", ".next", ".git", ".nxr", "out", "dist", "build", ".vercel", ".turbo"}
RESOLVE_EXTS = ("", ".tsx", ".ts", ".jsx", ".js", ".mjs", ".json",
                "/index.tsx", "/index.ts", "/index.jsx", "/index.js")


# --- what a component renders ----------------------------------------------------------------

_FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "generator_function_declaration",
              "generator_function", "method_definition", "class_declaration", "class")
_WRAPPERS = ("parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression")


def _unwrap(node: Node | None) -> Node | None:
    while node is not None and node.type in _WRAPPERS:
        node = node.named_children[0] if node.named_child_count else None
    return node


def _function(node: Node | None) -> Node | None:
    """The function a default export names: itself, a `const X = () => …`'s value, or the function
    handed to a wrapper (`memo(function X() {…})`, `forwardRef((props, ref) => …)`)."""
    node = _unwrap(node)
    if node is not None and node.type == "variable_declarator":
        node = _unwrap(node.child_by_field_name("value"))
    if node is not None and node.type == "call_expression":
        args = node.child_by_field_name("arguments")
        node = next((_unwrap(a) for a in (args.named_children if args is not None else [])
                     if (_unwrap(a) or a).type in _FUNCTIONS), None)
    return node if node is not None and node.type in _FUNCTIONS else None


def _own_returns(body: Node) -> list[Node]:
    """The return statements of the function whose body this is, not of functions defined in it."""
    out: list[Node] = []
    stack = list(reversed(body.named_children))
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            out.append(node)
        elif node.type not in _FUNCTIONS:
            stack.extend(reversed(node.named_children))
    return out


def returned_jsx(doc: tsx.Doc) -> Node | None:
    """The JSX element (or fragment) the default-exported component returns: the expression body of
    an arrow function, or the `return (…)` of a function body, parentheses and casts unwrapped.
    Among several returns the largest wins: early returns (`if (!data) return <Spinner />`) are
    small, the page is the big one. JSX in helpers defined inside the component is not the page.
    None when the default export is not a function or returns no literal JSX."""
    func = _function(tsx.default_export(doc))
    body = func.child_by_field_name("body") if func is not None else None
    if body is None:
        return None
    if body.type != "statement_block":
        found = _unwrap(body)
        return found if found is not None and tsx.is_element(found) else None
    returned = [_unwrap(r.named_children[0]) if r.named_child_count else None for r in _own_returns(body)]
    elements = [r for r in returned if r is not None and tsx.is_element(r)]
    return max(elements, key=lambda n: n.end_byte - n.start_byte, default=None)


# --- import style ----------------------------------------------------------------------------

def import_style(doc: tsx.Doc) -> tuple[str, bool]:
    """(quote, semicolons) the file's imports are written with: from its last import, else from a
    leading directive ("use client"), else double quotes and semicolons."""
    found = tsx.imports(doc)
    stmt: Node | None = found[-1].node if found else None
    literal = stmt.child_by_field_name("source") if stmt is not None else None
    if stmt is None:
        first = doc.root.named_children[0] if doc.root.named_child_count else None
        if first is not None and first.type == "expression_statement" and first.named_child_count == 1 \
                and first.named_children[0].type == "string":
            stmt, literal = first, first.named_children[0]
    if stmt is None or literal is None:
        return '"', True
    return doc.text(literal)[:1] or '"', doc.text(stmt).rstrip().endswith(";")


_IMPORT_SOURCE = re.compile(r"""(\bfrom\s+|^import\s+)"([^"\\]*)\"""")


def restyle_import(line: str, quote: str, semicolon: bool) -> str:
    """An import line we wrote (`import X from "…";`) in the file's quote and semicolon style."""
    if quote == "'":
        line = _IMPORT_SOURCE.sub(lambda m: f"{m.group(1)}'{m.group(2)}'", line)
    line = line.rstrip().rstrip(";")
    return line + ";" if semicolon else line


# --- specifiers --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Specifier:
    start: int  # the bytes of the path inside the quotes
    end: int
    value: str


SPEC_QUERIES = (
    "(import_statement source: (string) @s)",
    "(export_statement source: (string) @s)",
    "(call_expression function: (import) arguments: (arguments . (string) @s))",
)
REQUIRE_QUERY = "(call_expression function: (identifier) @f arguments: (arguments . (string)))"


def specifiers(doc: tsx.Doc) -> list[Specifier]:
    """Every module specifier the file writes as a plain string: imports, re-exports, import(), require()."""
    nodes = [n for q in SPEC_QUERIES for n in doc.find(q)]
    for fn in doc.find(REQUIRE_QUERY):
        args = fn.next_named_sibling
        if doc.text(fn) == "require" and args is not None and args.named_child_count:
            nodes.append(args.named_children[0])
    out = []
    for node in sorted(nodes, key=lambda n: n.start_byte):
        value = tsx.literal(doc, node)
        if isinstance(value, str) and "\\" not in doc.text(node):  # an escaped path is not rewritten
            out.append(Specifier(node.start_byte + 1, node.end_byte - 1, value))
    return out


_CSS_REFS = re.compile(rb"""@import\s+(?:url\(\s*)?(["'])([^"'\n]+)\1"""
                       rb"""|\bfrom\s+(["'])([^"'\n]+)\3"""
                       rb"""|\burl\(\s*(["']?)([^"')\s]+)\5\s*\)""")


def css_specifiers(source: bytes) -> list[Specifier]:
    """The relative paths a stylesheet names: @import, CSS modules' `composes: … from`, url()."""
    text = css.blank(source)  # comments blanked: a path in a comment is not a reference
    out = []
    for m in _CSS_REFS.finditer(source):
        group = next(g for g in (2, 4, 6) if m.group(g) is not None)
        start, end = m.start(group), m.end(group)
        if text[m.start():m.start() + 1].isspace():
            continue  # inside a comment
        value = m.group(group).decode("utf-8", "replace")
        if value.startswith(("./", "../")):
            out.append(Specifier(start, end, value))
    return out


def file_specifiers(rel: str, source: bytes) -> list[Specifier]:
    if rel.endswith(".css"):
        return css_specifiers(source)
    if rel.endswith(CODE_EXTS):
        return specifiers(tsx.parse(source, rel))
    return []


def project_files(root: Path) -> list[str]:
    """The project's code and stylesheets (not node_modules, build output or hidden folders)."""
    out: list[str] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        base = Path(folder).relative_to(root).as_posix()
        out += [posixpath.join(base, n) if base != "." else n for n in sorted(names) if n.endswith((*CODE_EXTS, ".css"))]
    return out


# --- resolving and writing a specifier -------------------------------------------------------

@dataclass(frozen=True)
class Target:
    kind: str  # "relative", "alias" or "base" (tsconfig baseUrl)
    prefix: str  # the alias as written ("@/"); "" otherwise
    path: str  # what the specifier names, from the project root, as written (no extension added)
    file: str | None  # the file it resolves to, when it is one of the project's


class Resolver:
    """Specifiers as TypeScript and Next resolve them: relative, tsconfig/jsconfig `paths` aliases
    (`@/*`), and `baseUrl` (`import x from 'app/blog/utils'` with baseUrl ".")."""

    def __init__(self, root: Path) -> None:
        self.root = root
        config = read_json(root / "tsconfig.json") or read_json(root / "jsconfig.json")
        options = config.get("compilerOptions")
        options = options if isinstance(options, dict) else {}
        base = options.get("baseUrl")
        self.base = posixpath.normpath(base).removeprefix("./") if isinstance(base, str) else None
        if self.base == ".":
            self.base = ""
        self.aliases: list[tuple[str, str]] = []
        paths = options.get("paths")
        for key, targets in (paths.items() if isinstance(paths, dict) else []):
            if isinstance(key, str) and key.endswith("/*") and isinstance(targets, list) and targets \
                    and str(targets[0]).endswith("/*"):
                folder = posixpath.normpath(posixpath.join(self.base or "", str(targets[0])[:-2]))
                self.aliases.append((key[:-1], "" if folder == "." else folder))
        self.aliases.sort(key=lambda pair: -len(pair[0]))

    def file(self, path: str) -> str | None:
        for ext in RESOLVE_EXTS:
            if (self.root / (path + ext)).is_file():
                return path + ext
        if path.endswith(".js"):  # ESM-style "./x.js" naming x.ts
            for ext in (".ts", ".tsx"):
                if (self.root / (path[:-3] + ext)).is_file():
                    return path[:-3] + ext
        return None

    def target(self, from_rel: str, spec: str) -> Target | None:
        """What ``spec`` in ``from_rel`` names; None for a package or anything outside the project."""
        if spec.startswith(("./", "../")) or spec in (".", ".."):
            kind, prefix, path = "relative", "", posixpath.join(posixpath.dirname(from_rel), spec)
        else:
            alias = next(((a, d) for a, d in self.aliases if spec.startswith(a)), None)
            if alias is not None:
                kind, prefix, path = "alias", alias[0], posixpath.join(alias[1], spec[len(alias[0]):])
            elif self.base is not None and not spec.startswith("/"):
                kind, prefix, path = "base", "", posixpath.join(self.base, spec)
            else:
                return None
        path = posixpath.normpath(path)
        if path.startswith("../") or path == "..":
            return None
        found = self.file(path)
        if kind == "base" and found is None:
            return None  # a package, as baseUrl falls back to node_modules
        return Target(kind, prefix, path, found)

    def write(self, target: Target, path: str, from_rel: str) -> str:
        """A specifier in ``from_rel`` for ``path`` (from the root), in the form ``target`` was written."""
        if target.kind == "alias":
            folder = next(d for a, d in self.aliases if a == target.prefix)
            if folder == "" or path.startswith(folder + "/"):
                return target.prefix + (path[len(folder) + 1:] if folder else path)
        if target.kind == "base" and self.base is not None and (self.base == "" or path.startswith(self.base + "/")):
            return path[len(self.base) + 1:] if self.base else path
        spec = posixpath.relpath(path, posixpath.dirname(from_rel) or ".")
        return spec if spec.startswith("../") else "./" + spec
