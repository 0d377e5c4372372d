"""A project's files as the code reader sees them: conventions, routes, parsed files, imports."""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from app.scaffold.code import tsx
from app.scaffold.code.model import Conventions

PAGE_EXTS = (".tsx", ".jsx", ".js", ".ts")


def _strip_jsonc(text: str) -> str:
    """tsconfig.json may hold comments and trailing commas (JSONC)."""
    text = re.sub(r'("(?:[^"\\]|\\.)*")|//[^\n]*|/\*.*?\*/', lambda m: m.group(1) or "", text, flags=re.S)
    return re.sub(r",(\s*[}\]])", r"\1", text)


def read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(_strip_jsonc(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def conventions(root: Path) -> Conventions:
    app_dir = "app" if (root / "app").is_dir() or not (root / "src" / "app").is_dir() else "src/app"
    config = read_json(root / "tsconfig.json") or read_json(root / "jsconfig.json")
    alias: str | None = None
    alias_dir = ""
    options = config.get("compilerOptions")
    paths = options.get("paths") if isinstance(options, dict) else None
    if isinstance(paths, dict):
        for key, targets in paths.items():
            if isinstance(key, str) and key.endswith("/*") and isinstance(targets, list) and targets:
                target = str(targets[0])
                if target.endswith("/*"):
                    folder = posixpath.normpath(target[:-2])
                    alias, alias_dir = key[:-1], "" if folder in (".", "") else folder.removeprefix("./")
                    break
    package = read_json(root / "package.json")
    deps: set[str] = set()
    for key in ("dependencies", "devDependencies"):
        section = package.get(key)
        if isinstance(section, dict):
            deps.update(section)
    tailwind = "tailwindcss" in deps or any(d.startswith("@tailwindcss/") for d in deps)
    if not tailwind:
        for css_file in (root / app_dir).glob("*.css"):
            head = css_file.read_bytes()[:4000]
            if b'@import "tailwindcss"' in head or b"@tailwind " in head or b"@import 'tailwindcss'" in head:
                tailwind = True
    typescript = (root / "tsconfig.json").is_file() or any((root / app_dir).glob("**/*.tsx"))
    return Conventions(typescript, tailwind, app_dir == "src/app", alias, app_dir, alias_dir)


def route_of(rel_dir: str) -> str | None:
    """The URL route of a folder under the app dir; None when it is not routable (_private, @slot, (.)x)."""
    segments: list[str] = []
    for seg in rel_dir.split("/") if rel_dir else []:
        if seg.startswith(("_", "@", "(.", "(..")):
            return None
        if seg.startswith("(") and seg.endswith(")"):
            continue  # a route group adds no segment
        segments.append(seg)
    return "/" + "/".join(segments)


def is_dynamic(route: str) -> bool:
    return "[" in route


# Parsed files and read pages, by their bytes' hash (not by mtime: an edit can land within one
# timestamp tick and keep the size). A turn reads the whole project, but between two turns only
# the files it edited change, so the next read parses and reads only those again.
_CACHE_SIZE = 512
DOCS: OrderedDict[tuple[str, bytes], tuple[tsx.Doc, str | None]] = OrderedDict()


_LOCK = threading.Lock()  # the window reads on a worker thread while the CLI or tests may read too


def remember(cache: OrderedDict[Any, Any], key: Any, value: Any) -> None:
    with _LOCK:
        cache[key] = value
        while len(cache) > _CACHE_SIZE:
            cache.popitem(last=False)


class ProjectFiles:
    """A project's files for one read: each parsed once (and across reads while its bytes stay the same)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.conv = conventions(root)
        self.docs: dict[str, tsx.Doc | None] = {}
        self.keys: dict[str, tuple[str, bytes]] = {}
        self.problems: list[str] = []

    def doc(self, rel: str) -> tsx.Doc | None:
        """The parsed file, or None when it is missing or does not parse (noted in ``problems``)."""
        if rel not in self.docs:
            try:
                source = (self.root / rel).read_bytes()
            except OSError:
                self.docs[rel] = None
                return None
            key = (rel, hashlib.blake2b(source, digest_size=16).digest())
            self.keys[rel] = key
            cached = DOCS.get(key)
            if cached is None:
                doc = tsx.parse(source, rel)
                where = tsx.problem(doc)
                cached = (doc, f"{rel}:{where[0]}:{where[1]}" if where is not None else None)
                remember(DOCS, key, cached)
            if cached[1] is not None:
                self.problems.append(cached[1])
            self.docs[rel] = cached[0] if cached[1] is None else None
        return self.docs[rel]

    def resolve(self, from_rel: str, spec: str) -> str | None:
        """The project file an import names ("@/components/Nav", "./globals.css"), if it is local."""
        if self.conv.alias and spec.startswith(self.conv.alias):
            base = posixpath.join(self.conv.alias_dir, spec[len(self.conv.alias):])
        elif spec.startswith("."):
            base = posixpath.join(posixpath.dirname(from_rel), spec)
        else:
            return None
        base = posixpath.normpath(base)
        if base.startswith(".."):
            return None
        for ext in ("", ".tsx", ".ts", ".jsx", ".js", "/index.tsx", "/index.ts", "/index.jsx", "/index.js"):
            if (self.root / (base + ext)).is_file():
                return base + ext
        return None

    def page_files(self) -> list[tuple[str, str]]:
        app = self.root / self.conv.app_dir
        found: list[tuple[str, str]] = []
        for path in app.rglob("page.*"):
            if path.suffix not in PAGE_EXTS or "node_modules" in path.parts or not path.is_file():
                continue
            rel_dir = path.parent.relative_to(app).as_posix()
            route = route_of("" if rel_dir == "." else rel_dir)
            if route is not None:
                found.append((route, path.relative_to(self.root).as_posix()))
        found.sort(key=lambda pair: (pair[0] != "/", pair[0], PAGE_EXTS.index(Path(pair[1]).suffix)))
        seen: set[str] = set()
        return [pair for pair in found if not (pair[0] in seen or seen.add(pair[0]))]  # type: ignore[func-returns-value]
