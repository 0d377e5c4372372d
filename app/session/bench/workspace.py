"""The real workspace of a benchmark session: a fresh project and its ``next dev``.

The project is created from the template in a temp folder (the shared dependency
store makes that well under a second), or, when the session names a ``project``
folder, copied from it (:func:`copy_project`), and the dev server is started and the home page
fetched once (its first compile happens before the first prompt, as when a user
opens a project). ``typecheck`` runs the project's own ``tsc --noEmit`` while the
server runs (it regenerates ``.next/dev/types``); ``build`` stops the server first,
since ``next build`` and ``next dev`` share ``.next``. ``close`` stops the server
(whole process group) and removes the folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from app.errors import WriteFailedError, describe_os_error
from app.preview.devserver import DevServer
from app.preview.node import NodeRuntime, find_node
from app.preview.process import signal_group
from app.scaffold.project import Project, create_project, install_dependencies, open_project, slugify
from app.scaffold.store import link_tree
from app.session.bench.sessionfile import Session

FIRST_COMPILE_TIMEOUT_S = 60.0
# Not copied: dependencies (linked instead), build output and caches, version control.
_NOT_COPIED = ("node_modules", ".next", ".git")


def copy_project(source: Path, target: Path, node: NodeRuntime) -> Project:
    """A fresh copy of the project ``source`` at ``target`` (must not exist), ready to run: its
    files copied, ``node_modules`` hard-linked from ``source``'s own when it has one, else
    given like ``nxr open`` does (the dependency store when the project's dependencies are
    the template's, ``npm install`` otherwise). ``source`` is only read."""
    try:
        shutil.copytree(source, target, symlinks=True, ignore=shutil.ignore_patterns(*_NOT_COPIED))
        modules = source / "node_modules"
        if (modules / "next" / "package.json").is_file():
            link_tree(modules, target / "node_modules")
    except OSError as exc:
        raise WriteFailedError(f"Could not copy the project {source} to {target}: {describe_os_error(exc)}.",
                               hint="free some space in the temporary folder and try again") from exc
    project = open_project(target)
    if not project.has_dependencies:
        install_dependencies(project, node)
    return project


def run_tool(argv: list[str], cwd: Path, env: dict[str, str], timeout: float) -> tuple[bool, str]:
    """Runs a node tool in its own process group; (exit 0, last lines of output). A timeout kills the group."""
    extra: dict[str, Any] = {}
    if sys.platform != "win32":
        extra["start_new_session"] = True
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace", **extra)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        signal_group(proc, force=True)
        proc.communicate()
        return False, f"timed out after {timeout:.0f} s"
    finally:
        signal_group(proc, force=True)  # workers that outlived the leader
    lines = out.strip().splitlines()
    if proc.returncode == 0:
        return True, lines[-1] if lines else "ok"
    return False, "\n".join(lines[-12:]) or f"exit code {proc.returncode}"


class ProjectWorkspace:
    """One session's project folder and dev server (see the module docstring)."""

    def __init__(self, session: Session, node: NodeRuntime | None = None, keep: bool = False) -> None:
        self.node = node or find_node()
        self.keep = keep
        start = time.perf_counter()
        self.folder = Path(tempfile.mkdtemp(prefix=f"nxr-bench-{slugify(session.name)[:30]}-"))
        try:
            source = session.project_dir
            if source is not None:
                self.project = copy_project(source, self.folder / "site", self.node)
            else:
                self.project = create_project(self.folder / "site", session.site_name, self.node)
            self.server = DevServer(self.project.root, self.node)
            self.server.start()
            self.server.fetch("/", FIRST_COMPILE_TIMEOUT_S)
        except BaseException:
            self.close()
            raise
        self._setup_s = time.perf_counter() - start

    @property
    def root(self) -> Path:
        return self.project.root

    @property
    def preview(self) -> DevServer:
        return self.server

    @property
    def setup_s(self) -> float:
        return self._setup_s

    def fetch(self, path: str, timeout: float) -> tuple[int, str]:
        return self.server.fetch(path, timeout)

    def typecheck(self, timeout: float) -> tuple[bool, str]:
        tsc = self.root / "node_modules" / "typescript" / "bin" / "tsc"
        return run_tool([str(self.node.node), str(tsc), "--noEmit", "-p", "."], self.root, self.node.env(), timeout)

    def build(self, timeout: float) -> tuple[bool, str]:
        self.server.stop()
        argv = [str(self.node.node), str(self.server.next_bin), "build"]
        return run_tool(argv, self.root, self.node.env(), timeout)

    def close(self) -> None:
        server = getattr(self, "server", None)
        if server is not None:
            server.stop()
        if not self.keep:
            shutil.rmtree(self.folder, ignore_errors=True)
