"""The shared dependency store: one installed ``node_modules`` per template and node major.

``npm install`` of a Next.js app unpacks ~11,000 files (10–30 s); hard-linking a ready
tree takes a fraction of a second. So the template's dependencies are installed once
into ``<cache>/store/<key>/`` (key = hash of the template's package.json and the node
major version) and every new project hard-links them (:func:`link_tree`).

Installs are serialised by a lock file and done in a temporary folder renamed into
place at the end, so a crash or a concurrent process never sees a half store.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from app import bundle
from app.errors import DependencyInstallError
from app.paths import cache_dir, resources_dir
from app.preview.node import NodeRuntime
from app.preview.process import signal_group

STORE_INFO = ".nxr-store.json"
INSTALL_TIMEOUT_S = 900.0
_TAIL_LINES = 25


def template_dir() -> Path:
    """The Next.js project template shipped in ``resources/templates/next-app``."""
    return resources_dir() / "templates" / "next-app"


def template_package() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((template_dir() / "package.json").read_text(encoding="utf-8"))
    return data


def dependency_spec(package: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The parts of a package.json that decide what ``node_modules`` holds."""
    return {
        "dependencies": dict(package.get("dependencies") or {}),
        "devDependencies": dict(package.get("devDependencies") or {}),
    }


def store_key(node: NodeRuntime) -> str:
    """Hash of the template's package.json and the node major version."""
    digest = hashlib.sha256((template_dir() / "package.json").read_bytes())
    digest.update(f"\0node{node.version[0]}".encode())
    return digest.hexdigest()[:16]


def store_root() -> Path:
    return cache_dir() / "store"


def store_dir(node: NodeRuntime) -> Path:
    return store_root() / store_key(node)


@dataclass(frozen=True)
class StoreInfo:
    """What ``.nxr-store.json`` records about an installed store."""

    key: str
    installed_at: str
    install_seconds: float
    node_version: str


def read_store_info(store: Path) -> StoreInfo | None:
    """The store's record, or None when the store is absent or incomplete."""
    try:
        data = json.loads((store / STORE_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (store / "node_modules" / "next" / "package.json").is_file():
        return None
    try:
        return StoreInfo(
            key=str(data["key"]),
            installed_at=str(data["installed_at"]),
            install_seconds=float(data["install_seconds"]),
            node_version=str(data["node_version"]),
        )
    except (KeyError, TypeError, ValueError):
        return None


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive inter-process lock held while the block runs (blocks until free)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        _lock(handle)
        try:
            yield
        finally:
            _unlock(handle)


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:  # LK_LOCK gives up after ~10 s; keep waiting
                continue

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def run_npm_install(
    node: NodeRuntime,
    cwd: Path,
    *,
    timeout: float = INSTALL_TIMEOUT_S,
    on_output: Callable[[str], None] | None = None,
) -> None:
    """``npm install --no-audit --no-fund`` in ``cwd``; DependencyInstallError with npm's last lines."""
    argv = [*node.npm_argv(), "install", "--no-audit", "--no-fund"]
    tail: deque[str] = deque(maxlen=_TAIL_LINES)
    try:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=node.env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        )
    except OSError as exc:
        raise DependencyInstallError(
            f"could not run npm ({argv[0]}): {exc}", hint="check the Node.js install (`nxr doctor`)"
        ) from exc
    assert proc.stdout is not None
    stream = proc.stdout

    def drain() -> None:
        for raw in stream:
            line = raw.rstrip("\n")
            tail.append(line)
            if on_output is not None:
                on_output(line)

    reader = threading.Thread(target=drain, name="npm-install-output", daemon=True)
    reader.start()
    try:
        code = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        signal_group(proc, force=True)  # npm and whatever it started (install scripts)
        proc.kill()
        proc.wait()
        raise DependencyInstallError(
            f"npm install in {cwd} took longer than {timeout:.0f} s and was stopped",
            hint="check the network connection to the npm registry and try again",
        ) from None
    finally:
        reader.join(timeout=5)
        if not reader.is_alive():
            stream.close()
    if code != 0:
        last = "\n".join(line for line in tail if line.strip())
        raise DependencyInstallError(
            f"npm install in {cwd} failed (exit {code}):\n{last}",
            hint="check the network connection to the npm registry (or npm's proxy settings) and try again",
        )


def ensure_store(
    node: NodeRuntime,
    *,
    timeout: float = INSTALL_TIMEOUT_S,
    on_output: Callable[[str], None] | None = None,
) -> Path:
    """The store folder (holding ``package.json``, ``package-lock.json``, ``node_modules``), installed once."""
    store = store_dir(node)
    if read_store_info(store) is not None:
        return store
    root = store_root()
    root.mkdir(parents=True, exist_ok=True)
    with file_lock(root / f"{store.name}.lock"):
        if read_store_info(store) is not None:  # another process installed it meanwhile
            return store
        _remove_leftovers(root, store.name)
        if bundle.seed_store(store):  # an installed app carries a ready store: no network needed
            return store
        tmp = root / f"{store.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            shutil.copy2(template_dir() / "package.json", tmp / "package.json")
            started = time.monotonic()
            run_npm_install(node, tmp, timeout=timeout, on_output=on_output)
            seconds = time.monotonic() - started
            if not (tmp / "node_modules" / "next" / "package.json").is_file():
                raise DependencyInstallError(
                    f"npm install in {tmp} finished but node_modules/next is missing",
                    hint="clear the npm cache (`npm cache verify`) and try again",
                )
            info = {
                "key": store.name,
                "installed_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "install_seconds": round(seconds, 2),
                "node_version": node.version_text,
                "node": str(node.node),
            }
            (tmp / STORE_INFO).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
            if store.exists():  # an incomplete store from an older, interrupted layout
                shutil.rmtree(store)
            os.replace(tmp, store)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return store


def _remove_leftovers(root: Path, key: str) -> None:
    """Deletes temporary install folders of crashed processes (the caller holds the lock)."""
    for entry in root.glob(f"{key}.tmp-*"):
        shutil.rmtree(entry, ignore_errors=True)


@dataclass
class LinkStats:
    """What :func:`link_tree` did."""

    files: int = 0
    links: int = 0
    copied: int = 0
    symlinks: int = 0
    dirs: int = 0


def link_tree(src: Path, dst: Path) -> LinkStats:
    """Recreates ``src`` at ``dst`` like ``cp -al``: directories made, files hard-linked,
    symlinks recreated as symlinks. Falls back to copying files when hard links fail
    (another file system, no permission); ``dst`` must not exist."""
    stats = LinkStats()
    state = {"link": True}
    os.mkdir(dst)
    stats.dirs += 1
    _link_dir(str(src), str(dst), stats, state)
    return stats


def _link_dir(src: str, dst: str, stats: LinkStats, state: dict[str, bool]) -> None:
    with os.scandir(src) as entries:
        for entry in entries:
            target = os.path.join(dst, entry.name)
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), target, target_is_directory=entry.is_dir())
                stats.symlinks += 1
            elif entry.is_dir(follow_symlinks=False):
                os.mkdir(target)
                stats.dirs += 1
                _link_dir(entry.path, target, stats, state)
            else:
                stats.files += 1
                if state["link"]:
                    try:
                        os.link(entry.path, target, follow_symlinks=False)
                        stats.links += 1
                        continue
                    except OSError:
                        state["link"] = False  # e.g. EXDEV: copy this and every later file
                shutil.copy2(entry.path, target, follow_symlinks=False)
                stats.copied += 1
