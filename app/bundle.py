"""What an installed (PyInstaller) bundle carries besides the code: Node.js and a ready
dependency store.

The packaging build (``build/build_bundle.py``) writes ``resources/bundle.json`` into
the bundle; a source checkout has none, so every function here answers ``None`` /
``False`` there and the app behaves as before. Layout inside the bundle::

    resources/bundle.json                 {"node": "node/bin/node", "store_key": ..., ...}
    resources/node/bin/node               the Node.js binary (node.exe on Windows)
    resources/store/<key>/node_modules    the template's installed dependencies

The bundled store is read-only (it lives under /opt or Program Files): the first
project created seeds the user's cache store from it with one copy
(:func:`seed_store`), and projects are then hard-linked from the user's store as usual.
No Qt here.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.paths import resources_dir

BUNDLE_INFO = "bundle.json"
STORE_INFO = ".nxr-store.json"  # same name as app.scaffold.store.STORE_INFO


@dataclass(frozen=True)
class BundleInfo:
    """``resources/bundle.json``: written by the packaging build, read at run time."""

    root: Path  # the bundle's resources/ folder
    node: Path | None  # absolute path of the bundled node binary
    store_key: str | None  # key of the bundled dependency store
    version: str


def bundle_info() -> BundleInfo | None:
    """The bundle's description, or None when running from a source checkout."""
    root = resources_dir()
    try:
        data = json.loads((root / BUNDLE_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    node = data.get("node")
    key = data.get("store_key")
    return BundleInfo(
        root=root,
        node=(root / str(node)) if node else None,
        store_key=str(key) if key else None,
        version=str(data.get("version", "")),
    )


def bundled_node() -> Path | None:
    """The Node.js binary shipped in the bundle, when there is one and it is a file."""
    info = bundle_info()
    if info is None or info.node is None or not info.node.is_file():
        return None
    return info.node


def bundled_store(key: str) -> Path | None:
    """The bundle's ready dependency store for ``key`` (``store_key(node)``), or None.

    None when there is no bundle, no store in it, or the store was installed for
    another template / node major (a different key)."""
    info = bundle_info()
    if info is None:
        return None
    store = info.root / "store" / key
    if not (store / "node_modules" / "next" / "package.json").is_file():
        return None
    if not (store / STORE_INFO).is_file():
        return None
    return store


def seed_store(store: Path) -> bool:
    """Fills the user's store folder ``store`` (named by its key) from the bundled store.

    Copies into a temporary sibling and renames it into place, so a crash never leaves
    a half store. Returns False (and does nothing) when the bundle has no store with
    that key; the caller then installs with npm. The caller holds the store lock.
    """
    source = bundled_store(store.name)
    if source is None:
        return False
    store.parent.mkdir(parents=True, exist_ok=True)
    tmp = store.parent / f"{store.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        shutil.copytree(source, tmp, symlinks=True)
        # The bundle is read-only (root-owned / Program Files): make the copy the user's.
        for folder, dirs, files in os.walk(tmp):
            for name in dirs + files:
                path = os.path.join(folder, name)
                if not os.path.islink(path):
                    mode = os.stat(path).st_mode
                    os.chmod(path, mode | 0o200)
        if store.exists():  # an incomplete store from an interrupted install
            shutil.rmtree(store)
        os.replace(tmp, store)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return True


def apply_environment() -> None:
    """Run-time defaults for a bundled app: use the bundled Node unless NXR_NODE is set."""
    node = bundled_node()
    if node is not None:
        os.environ.setdefault("NXR_NODE", str(node))


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def self_command() -> list[str]:
    """The argv prefix that runs this app's CLI again (``+ ["serve", DIR]`` etc.):
    the bundle's own executable when frozen, else ``python -P -m app``."""
    if is_frozen():
        return [sys.executable]
    return [sys.executable, "-P", "-m", "app"]
