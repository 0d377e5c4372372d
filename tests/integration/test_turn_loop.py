"""The whole turn loop on real parts: `nxr new`, the real model, real `next dev`, undo.

Uses requests the bundled base model maps to the right plan (bench/plans
measures how often that happens in general; that is issue 8's business).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.engine.loader import load_engine
from app.engine.ort_engine import OrtEngine
from app.preview.devserver import DevServer
from app.preview.node import find_node
from app.scaffold import history
from app.scaffold.project import Project, create_project
from app.session.log import SessionLog
from app.session.turn import TurnRunner

pytestmark = pytest.mark.integration

PROMPTS = [
    "I need a services page",
    "add a pricing page with plans",
    "create a blog page titled Latest News",
    "switch to a purple color scheme",
    "make the site red",
]


def tree(root: Path) -> dict[str, bytes]:
    # next-env.d.ts is Next's own file: `next dev` rewrites it at start (and it is git-ignored).
    skip = ("node_modules", ".next", ".nxr", "next-env.d.ts")
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not str(p.relative_to(root)).startswith(skip)}


@pytest.fixture(scope="module")
def engine() -> Iterator[OrtEngine]:
    eng = load_engine(provider="cpu")
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return create_project(tmp_path_factory.mktemp("loop") / "site", "Loop Test")


def test_five_prompts_each_visible_then_undo_restores_bytes(project: Project, engine: OrtEngine) -> None:
    states = [tree(project.root)]
    with DevServer(project.root, find_node()) as server:
        server.start()
        assert server.fetch("/")[0] == 200
        runner = TurnRunner(project.root, engine, server)
        runner.warm()
        routes = []
        for prompt in PROMPTS:
            result = runner.run(prompt)
            assert result.outcome == "applied", (prompt, result.plan, result.message)
            # preview_ok: the route answered 200 showing the text the plan set (wait_route's check)
            assert result.preview_ok, (prompt, result.message)
            assert result.route and server.fetch(result.route)[0] == 200
            routes.append(result.route)
            for phase in ("ttft_ms", "generation_ms", "apply_ms", "preview_ms", "total_ms"):
                assert result.timings[phase] is not None
            states.append(tree(project.root))
        history.undo(project.root)
        history.undo(project.root)
        assert tree(project.root) == states[3]
        history.redo(project.root)
        assert tree(project.root) == states[4]
        while history.load(project.root).can_undo:
            history.undo(project.root)
        assert tree(project.root) == states[0]
    log = SessionLog(project.root).entries()
    assert [e["prompt"] for e in log] == PROMPTS
    assert all(e["provider"] == "cpu" and e["plan"] for e in log)


def test_cli_prompt_with_background_preview_then_undo(tmp_path: Path) -> None:
    site = tmp_path / "cli-site"
    env = {**os.environ, "NXR_PROVIDER": "cpu"}

    def nxr(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                              timeout=300, check=False)

    created = nxr("new", str(site), "--name", "Cli Cafe")
    assert created.returncode == 0, created.stderr
    try:
        before = tree(site)
        turn = nxr("prompt", str(site), "I need a services page", "--json")
        assert turn.returncode == 0, turn.stdout + turn.stderr
        result = json.loads(turn.stdout)
        assert result["outcome"] == "applied" and result["preview_ok"]
        assert result["preview_url"].startswith("http://127.0.0.1:")
        undo = nxr("undo", str(site))
        assert undo.returncode == 0 and "app/services/page.tsx" in undo.stdout
        assert tree(site) == before
        assert "Nothing to undo" in nxr("undo", str(site)).stderr
    finally:
        stopped = nxr("stop", str(site))
        assert stopped.returncode == 0
