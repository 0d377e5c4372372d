"""Official create-next-app projects as a test bed, made from the npm registry once and cached.

The code edits of issue 17 must work on projects the app did not make. The most common
such project is the one ``create-next-app`` writes, so the tests run on real ones, in the
four shapes that matter to an edit (TypeScript or JavaScript, Tailwind or plain CSS,
``app/`` or ``src/app/``), at a pinned version so a new release cannot change a test's input.

Each combination is created with ``--skip-install`` and then ``npm install``-ed once into
``<cache>/starters/<create-next-app version>/<combo>/`` (``<cache>`` is the app's cache
folder, ``~/.cache/avery-nxr`` on Linux), under a file lock so parallel test processes do
not race, in a temporary folder renamed into place at the end (a crash never leaves a half
starter). A test gets a copy whose ``node_modules`` is hard-linked (:func:`link_tree`):
well under a second, against 30–60 s for an install. A test must therefore never *modify*
a file inside a copy's ``node_modules`` (new files there are fine): the inode is shared
with the cache. ``next dev``/``next build`` only write ``.next`` and project files.

Test-only code: nothing under ``app/`` imports it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.paths import cache_dir
from app.preview.node import NodeRuntime
from app.preview.process import signal_group
from app.scaffold.store import file_lock, link_tree, run_npm_install

CREATE_NEXT_APP = "16.4.3"
COMMON_FLAGS = (
    "--app", "--eslint", "--import-alias", "@/*", "--use-npm", "--yes", "--disable-git", "--no-react-compiler",
)
COMBOS: dict[str, tuple[str, ...]] = {
    "ts-tw": ("--ts", "--tailwind", "--no-src-dir"),
    "js-css": ("--js", "--no-tailwind", "--no-src-dir"),
    "ts-css-src": ("--ts", "--no-tailwind", "--src-dir"),
    "js-tw-src": ("--js", "--tailwind", "--src-dir"),
}
TYPESCRIPT = frozenset({"ts-tw", "ts-css-src"})
INFO_SUFFIX = ".json"  # <version>/<combo>.json beside the project: the project folder holds only what npx wrote
CREATE_TIMEOUT_S = 300.0
PROBE_TIMEOUT_S = 45.0


class StarterUnavailable(Exception):
    """The npm registry cannot be reached: the fixture turns this into a skip (one line)."""


@dataclass(frozen=True)
class StarterInfo:
    """What was recorded when a starter was made (figures for the report)."""

    combo: str
    create_next_app: str
    created_at: str
    create_s: float
    install_s: float
    node_version: str


def starters_root() -> Path:
    """``<cache>/starters/<create-next-app version>``: a new pinned version starts a new cache."""
    return cache_dir() / "starters" / CREATE_NEXT_APP


def read_info(root: Path, combo: str) -> StarterInfo | None:
    """The starter's record, or None when it is absent or incomplete (then it is made again)."""
    if not (root / combo / "node_modules" / "next" / "package.json").is_file():
        return None
    try:
        data = json.loads((root / f"{combo}{INFO_SUFFIX}").read_text(encoding="utf-8"))
        return StarterInfo(**{k: data[k] for k in StarterInfo.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def ensure_starter(combo: str, node: NodeRuntime, root: Path | None = None) -> Path:
    """The cached, installed starter ``combo`` (made on first use); StarterUnavailable when
    it must be made and the npm registry does not answer. Other failures raise: a broken
    create or install is a failing test, not a skip."""
    if combo not in COMBOS:
        raise ValueError(f"unknown starter {combo!r} (known: {', '.join(COMBOS)})")
    root = root or starters_root()
    if read_info(root, combo) is not None:
        return root / combo
    root.mkdir(parents=True, exist_ok=True)
    with file_lock(root / f"{combo}.lock"):
        if read_info(root, combo) is not None:  # another worker made it while we waited
            return root / combo
        probe_registry(node)
        for leftover in root.glob(f".{combo}.tmp-*"):  # a crashed maker's folder (we hold the lock)
            shutil.rmtree(leftover, ignore_errors=True)
        tmp = root / f".{combo}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            # The folder's name becomes the package name, so it is created as <tmp>/<combo>.
            started = time.monotonic()
            create(combo, tmp, node)
            create_s = time.monotonic() - started
            made = tmp / combo
            started = time.monotonic()
            run_npm_install(node, made)
            install_s = time.monotonic() - started
            if not (made / "node_modules" / "next" / "package.json").is_file():
                raise RuntimeError(f"npm install in {made} finished but node_modules/next is missing")
            target = root / combo
            if target.exists():  # an incomplete one (no record): replace it whole
                shutil.rmtree(target)
            os.replace(made, target)
            info = StarterInfo(combo, CREATE_NEXT_APP, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                               round(create_s, 2), round(install_s, 2), node.version_text)
            (root / f"{combo}{INFO_SUFFIX}").write_text(json.dumps(info.__dict__, indent=2) + "\n", encoding="utf-8")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return root / combo


def probe_registry(node: NodeRuntime) -> None:
    """Asks the registry for the pinned create-next-app (one retry-free request); raises
    StarterUnavailable with one line when it does not answer."""
    argv = [*node.npm_argv(), "view", f"create-next-app@{CREATE_NEXT_APP}", "version",
            "--fetch-retries=0", "--fetch-timeout=20000"]
    try:
        result = subprocess.run(argv, env=node.env(), stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                timeout=PROBE_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise StarterUnavailable(f"the npm registry did not answer in {PROBE_TIMEOUT_S:.0f} s") from None
    except OSError as exc:
        raise StarterUnavailable(f"npm could not be run: {exc}") from None
    if result.returncode != 0 or CREATE_NEXT_APP not in result.stdout:
        lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
        detail = next((line for line in lines if "ERR" in line), lines[-1] if lines else "no output")
        raise StarterUnavailable(f"the npm registry is unreachable (npm view create-next-app: {detail.strip()})")


def create(combo: str, parent: Path, node: NodeRuntime) -> None:
    """``npx create-next-app@<pinned> <combo> <flags> --skip-install`` in ``parent``."""
    argv = [*node.npm_argv(), "exec", "--yes", "--", f"create-next-app@{CREATE_NEXT_APP}", combo,
            *COMBOS[combo], *COMMON_FLAGS, "--skip-install"]
    proc = subprocess.Popen(argv, cwd=parent, env=node.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
                            start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=CREATE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        signal_group(proc, force=True)
        proc.communicate()
        raise RuntimeError(f"create-next-app {combo} took over {CREATE_TIMEOUT_S:.0f} s") from None
    if proc.returncode != 0 or not (parent / combo / "package.json").is_file():
        tail = "\n".join(out.strip().splitlines()[-15:])
        raise RuntimeError(f"create-next-app {combo} failed (exit {proc.returncode}):\n{tail}")


@dataclass(frozen=True)
class CopyStats:
    seconds: float
    linked: int  # files of node_modules hard-linked
    copied: int  # project files copied (and node_modules files copied where linking failed)


def copy_starter(source: Path, dest: Path) -> CopyStats:
    """A fresh copy of a cached starter at ``dest`` (must not exist): project files copied,
    ``node_modules`` hard-linked."""
    started = time.monotonic()
    dest.mkdir(parents=True)
    linked = copied = 0
    for entry in sorted(source.iterdir()):
        target = dest / entry.name
        if entry.name == "node_modules":
            stats = link_tree(entry, target)
            linked, copied = linked + stats.links, copied + stats.copied
        elif entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True)
            copied += sum(1 for p in target.rglob("*") if p.is_file())
        else:
            shutil.copy2(entry, target, follow_symlinks=False)
            copied += 1
    return CopyStats(round(time.monotonic() - started, 3), linked, copied)
