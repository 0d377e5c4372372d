"""Next.js projects: create one from the template, open an existing one, list its routes.

:func:`create_project` copies ``resources/templates/next-app``, writes the generated
files of :func:`app.scaffold.render.initial_files` and hard-links ``node_modules`` from
the shared dependency store (:mod:`app.scaffold.store`), so a new project is ready in
well under a second once the store exists. :func:`open_project` only reads: a folder that
is not a Next.js App Router project is refused and left exactly as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from app.errors import (
    DependencyInstallError,
    NotANextProjectError,
    ProjectExistsError,
    ProjectLocationError,
    UsageError,
    WriteFailedError,
    describe_os_error,
)
from app.preview.node import NodeRuntime, find_node
from app.scaffold.render import initial_files
from app.scaffold.site import SHORT_MAX
from app.scaffold.statefile import DAMAGE, damage, read_json
from app.scaffold.store import (
    dependency_spec,
    ensure_store,
    link_tree,
    run_npm_install,
    store_key,
    store_root,
    template_dir,
    template_package,
)
from app.textsafe import control_character, shorten, undecodable_byte, visible

NXR_DIR = ".nxr"
PROJECT_FILE = f"{NXR_DIR}/project.json"
PAGE_FILES = ("page.tsx", "page.jsx", "page.js", "page.ts", "page.mdx")
LAYOUT_FILES = ("layout.tsx", "layout.jsx", "layout.js", "layout.ts")
_RENAMES = {"gitignore": ".gitignore"}  # npm strips .gitignore from packages; so do we


@dataclass(frozen=True)
class Project:
    """A Next.js App Router project on disk."""

    root: Path
    name: str
    app_dir: Path
    managed: bool  # True when Avery NXR created it (.nxr/project.json)

    @property
    def package_json(self) -> Path:
        return self.root / "package.json"

    @property
    def has_dependencies(self) -> bool:
        """True when ``node_modules`` holds Next.js (checked live, not cached)."""
        return (self.root / "node_modules" / "next" / "package.json").is_file()

    def routes(self) -> list[str]:
        """URL paths of the app's pages, sorted ("/" for the root page)."""
        found: set[str] = set()
        _scan_routes(self.app_dir, (), found)
        return sorted(found)


def _scan_routes(folder: Path, segments: tuple[str, ...], found: set[str]) -> None:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_file() and entry.name in PAGE_FILES:
            found.add("/" + "/".join(segments))
        elif entry.is_dir() and not entry.is_symlink():
            name = entry.name
            if name.startswith(("_", ".")) or name == "node_modules":
                continue  # private folders are not routes
            if name.startswith("(."):
                continue  # intercepting routes: (.)x, (..)x, (...)x render elsewhere
            if (name.startswith("(") and name.endswith(")")) or name.startswith("@"):
                _scan_routes(entry, segments, found)  # route groups and parallel slots add no segment
            else:
                _scan_routes(entry, (*segments, name), found)


def slugify(name: str) -> str:
    """A valid npm package name from a human name: "My Café!" → "my-caf"."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:214] or "site"


def _read_package(root: Path) -> dict[str, Any]:
    path = root / "package.json"
    if not path.is_file():
        raise NotANextProjectError(
            f"{root} is not a Next.js project: it has no package.json",
            hint="open the folder that contains package.json, or create a new project",
        )
    try:
        data = read_json(path)
    except DAMAGE as exc:
        raise NotANextProjectError(
            f"{path} cannot be read as JSON: {damage(exc)}", hint="fix package.json and open the folder again"
        ) from exc
    if not isinstance(data, dict):
        raise NotANextProjectError(f"{path} is not a JSON object", hint="fix package.json and open the folder again")
    for key in ("dependencies", "devDependencies"):
        value = data.get(key)
        if value is not None and not isinstance(value, dict):
            raise NotANextProjectError(
                f"{path}: \"{key}\" is {_json_kind(value)}, not an object of package names and versions",
                hint=f'write it as "{key}": {{"next": "16.0.0"}} and open the folder again',
            )
    return data


def _json_kind(value: Any) -> str:
    kinds = {str: "a string", bool: "a boolean", int: "a number", float: "a number", list: "a list"}
    return kinds.get(type(value), type(value).__name__)


def _find_app_dir(root: Path) -> Path | None:
    for candidate in (root / "app", root / "src" / "app"):
        if any((candidate / layout).is_file() for layout in LAYOUT_FILES):
            return candidate
    return None


def display_name(project: Project) -> str:
    """What the window calls a project: the name it was created with here, else its folder's name
    (a package name like "my-app" is not what the user knows the folder by)."""
    return _recorded_name(project.root) or project.root.name


def _recorded_name(root: Path) -> str | None:
    """The human name create_project recorded in .nxr/project.json (None when absent or unreadable)."""
    try:
        data = read_json(root / PROJECT_FILE)
    except DAMAGE:
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name.strip() else None


def open_project(path: Path) -> Project:
    """The Next.js App Router project at ``path``; NotANextProjectError (nothing touched) otherwise."""
    try:
        root = Path(path).expanduser().resolve()
        is_dir = root.is_dir()
    except OSError as exc:
        raise NotANextProjectError(f"{shorten(str(path))} cannot be opened: {describe_os_error(exc)}.",
                                   hint="choose a project folder") from exc
    except RuntimeError as exc:  # pathlib's word for a symbolic link loop
        raise NotANextProjectError(f"{path} cannot be opened: it is a loop of symbolic links.",
                                   hint="choose a project folder") from exc
    if not is_dir:
        raise NotANextProjectError(f"{root} is not a folder", hint="choose a project folder")
    package = _read_package(root)
    spec = dependency_spec(package)
    if "next" not in spec["dependencies"] and "next" not in spec["devDependencies"]:
        raise NotANextProjectError(
            f"{root} is not a Next.js project: package.json does not list `next` in dependencies or devDependencies",
            hint="open a Next.js project, or create a new one",
        )
    app_dir = _find_app_dir(root)
    if app_dir is None:
        pages = any((root / p).is_dir() for p in ("pages", "src/pages"))
        raise NotANextProjectError(
            f"{root} has no App Router layout: neither app/layout.tsx nor src/app/layout.tsx exists"
            + (" (it uses the Pages Router, which is not supported)" if pages else ""),
            hint="Avery NXR works with Next.js App Router projects (app/ with a root layout)",
        )
    name = _recorded_name(root) or package.get("name")
    return Project(
        root=root,
        name=name if isinstance(name, str) and name else root.name,
        app_dir=app_dir,
        managed=(root / PROJECT_FILE).is_file(),
    )


def _check_target(target: Path) -> None:
    try:
        if target.is_symlink() and not target.exists():
            raise ProjectLocationError(
                f"{target} is a symbolic link to {os.readlink(target)}, which does not exist (nothing was changed)",
                hint="choose a new or empty folder, or create the link's target first",
            )
        if target.exists() and not target.is_dir():
            raise ProjectExistsError(f"{target} exists and is not a folder", hint="choose a new or empty folder")
        if target.is_dir() and any(target.iterdir()):
            raise ProjectExistsError(
                f"{target} is not empty; a new project needs a new or empty folder (nothing was changed)",
                hint="choose another folder, or open it as an existing project",
            )
        existing = next((a for a in target.parents if a.exists() or a.is_symlink()), None)
        if existing is not None and not existing.is_dir():
            raise ProjectLocationError(
                f"{target} cannot be created: {existing} is a file, not a folder (nothing was changed)",
                hint="choose a path whose folders are folders",
            )
    except OSError as exc:
        raise ProjectLocationError(
            f"{shorten(str(target))} cannot hold a new project: {describe_os_error(exc)} (nothing was changed)",
            hint="choose another folder",
        ) from exc


def _check_name(name: str, from_folder: bool) -> None:
    """A site name is one line of UTF-8 text of at most SHORT_MAX characters (it is a heading and a title)."""
    what = "the folder's name, used as the site name," if from_folder else "the site name"
    hint = "give the site a shorter name (nxr new DIR --name NAME)" if from_folder else "choose a shorter name"
    problem = None
    if undecodable_byte(name) is not None:
        problem = "is not valid UTF-8 text"
    elif control_character(name) is not None:
        problem = "has a control character in it (a site name is one line of plain text)"
        hint = "give the site a name without control characters"
    elif len(name) > SHORT_MAX:
        problem = f"is {len(name)} characters long; at most {SHORT_MAX} fit"
    if problem:
        raise UsageError(f"{what[0].upper()}{what[1:]} '{visible(name)}' {problem} (nothing was changed).", hint=hint)


def _safe_relative(rel: str) -> PurePosixPath:
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"generated file path {rel!r} is not a plain relative path")
    return path


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _copy_template(target: Path) -> None:
    source = template_dir()
    for item in sorted(source.rglob("*")):
        rel = item.relative_to(source)
        dest = target / rel
        if rel.parent == Path(".") and rel.name in _RENAMES:
            dest = target / _RENAMES[rel.name]
        if item.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(item, dest)


def _lock_with_name(lock: dict[str, Any], slug: str) -> dict[str, Any]:
    lock["name"] = slug
    packages = lock.get("packages")
    if isinstance(packages, dict) and isinstance(packages.get(""), dict):
        packages[""]["name"] = slug
    return lock


def _link_dependencies(store: Path, root: Path, slug: str) -> str:
    """Hard-links the store's node_modules into ``root`` (copies where links fail); returns the method."""
    stats = link_tree(store / "node_modules", root / "node_modules")
    lock_path = store / "package-lock.json"
    if lock_path.is_file():
        _write_json(root / "package-lock.json", _lock_with_name(json.loads(lock_path.read_text("utf-8")), slug))
    return "copied" if stats.copied else "linked"


def create_project(target: Path, name: str | None = None, node: NodeRuntime | None = None) -> Project:
    """A new site at ``target`` (a new or empty folder) from the template, ready to run."""
    target = Path(target).expanduser().absolute()
    _check_target(target)
    site_name = (name or target.name).strip() or "My site"
    _check_name(site_name, from_folder=not name)
    runtime = node or find_node()
    try:
        store = ensure_store(runtime)  # before touching the target: a failed install leaves nothing behind
    except OSError as exc:
        raise DependencyInstallError(
            f"Could not prepare the shared dependency store in {store_root()}: {describe_os_error(exc)} "
            f"({exc.filename or 'no file named'}); {target} was not touched.",
            hint="free some space (or fix the cache folder's permissions) and try again",
        ) from exc
    files = initial_files(site_name)
    # The topmost folder this call creates: removed whole when creation fails.
    made = next((p for p in reversed((target, *target.parents)) if not p.exists() and not p.is_symlink()), None)
    started = time.monotonic()
    try:
        target.mkdir(parents=True, exist_ok=True)
        _copy_template(target)
        for rel, text in files.items():
            dest = target.joinpath(*_safe_relative(rel).parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8")
        slug = slugify(site_name)
        package = json.loads((target / "package.json").read_text(encoding="utf-8"))
        package["name"] = slug
        _write_json(target / "package.json", package)
        method = _link_dependencies(store, target, slug)
        (target / NXR_DIR).mkdir(exist_ok=True)
        _write_json(
            target / PROJECT_FILE,
            {
                "format": 1,
                "name": site_name,
                "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "template": {"name": "next-app", "version": template_package().get("version"), "key": store_key(runtime)},
                "dependencies": method,
                "create_seconds": round(time.monotonic() - started, 3),
            },
        )
    except BaseException as exc:
        _undo_create(target, made)
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(target) else ""
            raise WriteFailedError(
                f"Could not create the project in {target}: {describe_os_error(exc)}{where}; "
                "nothing was left behind.",
                hint="choose another folder, or free space and try again",
            ) from exc
        raise
    return open_project(target)


def _undo_create(target: Path, made: Path | None) -> None:
    """Removes what a failed create_project wrote (the target was new or empty before)."""
    if made is not None:
        shutil.rmtree(made, ignore_errors=True)
        return
    for child in target.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def matches_template(project: Project) -> bool:
    """True when the project's dependencies are exactly the template's (so the store fits)."""
    return dependency_spec(_read_package(project.root)) == dependency_spec(template_package())


def install_dependencies(project: Project, node: NodeRuntime | None = None) -> str:
    """Gives the project a ``node_modules``: linked from the store when its dependencies are the
    template's ("linked"/"copied"), otherwise by ``npm install`` in the project ("installed")."""
    runtime = node or find_node()
    if not matches_template(project):
        run_npm_install(runtime, project.root)
        if not project.has_dependencies:
            raise DependencyInstallError(
                f"npm install in {project.root} finished but node_modules/next is missing",
                hint="check package.json's `next` entry and run `npm install` in the project",
            )
        return "installed"
    store = ensure_store(runtime)
    modules = project.root / "node_modules"
    staging = project.root / ".nxr-node_modules.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        stats = link_tree(store / "node_modules", staging)
        if modules.exists() or modules.is_symlink():
            if modules.is_symlink() or modules.is_file():
                modules.unlink()
            else:
                shutil.rmtree(modules)
        staging.rename(modules)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if not (project.root / "package-lock.json").exists() and (store / "package-lock.json").is_file():
        lock = json.loads((store / "package-lock.json").read_text("utf-8"))
        _write_json(project.root / "package-lock.json", _lock_with_name(lock, slugify(project.name)))
    return "copied" if stats.copied else "linked"
