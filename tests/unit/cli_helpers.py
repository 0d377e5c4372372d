"""Running the real CLI on real project folders, and checking that it answered with a sentence.

``run_cli`` calls ``app.cli.main`` in this process (fast enough for property tests); the CLI's
last-resort guard turns an unexpected exception into a crash report, so a run only counts as
a sentence when no crash report was written. ``run_nxr`` starts ``python -m app`` for what
must be seen from outside (argv bytes, resource limits, a traceback on stderr).
"""

from __future__ import annotations

import contextlib
import io
import os
import json
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.cli import main
from app.engine.fake import FakeEngine
from app.paths import data_dir
from app.scaffold.store import template_dir
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import next_project

REPO = Path(__file__).resolve().parents[2]
FAKE_NPM = """#!/bin/sh
mkdir -p node_modules/next/dist/bin node_modules/.bin
echo '{"name":"next","version":"16.4.6"}' > node_modules/next/package.json
echo 'console.log("next")' > node_modules/next/dist/bin/next
ln -s ../next/dist/bin/next node_modules/.bin/next
echo '{"name":"nxr-site","lockfileVersion":3,"packages":{"":{"name":"nxr-site"}}}' > package-lock.json
"""
PAGE_PLAN = '{"ops":[{"op":"add_page","route":"/about","title":"About Us"}]}'
TEXT_PLAN = '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Fresh bread"}]}'


@dataclass
class Run:
    code: int
    out: str
    err: str


def crash_reports() -> list[Path]:
    folder = data_dir() / "logs"
    return sorted(folder.glob("crash-*.txt")) if folder.is_dir() else []


def run_cli(argv: Sequence[str], stdin: bytes | None = None) -> Run:
    """``nxr ARGV`` in this process; fails the test if the answer was a crash instead of a sentence."""
    before = crash_reports()
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse refusing an argument: its usage line and exit 2
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = old_stdin
    new = [p for p in crash_reports() if p not in before]
    assert not new, f"nxr {list(argv)!r} crashed:\n{new[0].read_text()}"
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return Run(code, out.getvalue(), err.getvalue())


def run_nxr(argv: Sequence[str | bytes], env: dict[str, str], preexec: Callable[[], None] | None = None,
            timeout: float = 60) -> Run:
    """``python -m app ARGV`` as a separate process (argv items may be bytes, as a shell passes them)."""
    full = {**os.environ, **env, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "app", *argv], capture_output=True, env=full, cwd=REPO,
                          preexec_fn=preexec, timeout=timeout, check=False)
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def make_project(root: Path, name: str = "Corner Bakery") -> Path:
    """A managed project as `nxr new` lays it out (template plus generated files), without node_modules."""
    next_project(root, name)
    shutil.copy2(template_dir() / "gitignore", root / ".gitignore")
    (root / ".nxr").mkdir(exist_ok=True)
    (root / ".nxr/project.json").write_text(json.dumps({"format": 1, "name": name}), encoding="utf-8")
    return root


def add_turns(root: Path, *plans: str) -> None:
    """Real turns (journal, history, undo store, session log) with a scripted engine."""
    for n, plan in enumerate(plans, start=1):
        # The request names what the plans change: a theme change nobody asked for is declined.
        result = TurnRunner(root, FakeEngine(plan)).run(f"turn {n}: new texts, colours or pages")
        assert result.applied, result.message


def fake_node(folder: Path) -> Path:
    """A node that reports v20.20.2 and an npm that lays out a tiny node_modules (no network)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("node", "#!/bin/sh\necho v20.20.2\n"), ("npm", FAKE_NPM)):
        path = folder / name
        path.write_text(text)
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder / "node"


def files_of(root: Path) -> dict[str, bytes | str]:
    """Every entry under ``root``: bytes for files, the target for links, "dir" for folders."""
    out: dict[str, bytes | str] = {}
    if not root.exists() and not root.is_symlink():
        return out
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.is_symlink():
            out[rel] = "-> " + os.readlink(path)
        elif path.is_dir():
            out[rel] = "dir"
        else:
            out[rel] = path.read_bytes()
    return out
