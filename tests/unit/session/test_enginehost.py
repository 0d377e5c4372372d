"""The engine process protocol (no Qt, no real model): commands, streaming, cancel, errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.engine.fake import FakeEngine
from app.errors import ModelNotBuiltError, NxrError
from app.session import enginehost
from tests.unit.ui.conftest import make_project

PLAN = '{"ops":[{"op":"add_page","route":"/services","title":"Services"}]}'


def test_child_runs_a_turn_and_streams_text(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    sent: list[dict[str, Any]] = []
    state: dict[str, Any] = {"engine": FakeEngine(PLAN, chunk_chars=7), "runner": None, "response": None,
                             "cancel": False}
    enginehost._child_command("project", {"root": str(root)}, state, lambda **m: sent.append(m))
    enginehost._child_command("run", {"prompt": "I need a services page"}, state, lambda **m: sent.append(m))
    texts = [m["text"] for m in sent if m["kind"] == "text"]
    assert "".join(texts) == PLAN and len(texts) > 1
    result = sent[-1]["result"]
    assert sent[-1]["kind"] == "result" and result["outcome"] == "applied"
    assert (root / "app/services/page.tsx").is_file()
    json.dumps(sent)  # everything crosses the pipe as JSON


def test_a_cancel_that_arrives_before_the_response_still_cancels(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    state: dict[str, Any] = {"runner": None, "response": None, "cancel": False}

    class CancelDuringPrompt(FakeEngine):
        def generate(self, messages: Any, options: Any = None) -> Any:
            state["cancel"] = True  # what the stdin reader does when "cancel" arrives now
            return super().generate(messages, options)

    state["engine"] = CancelDuringPrompt(PLAN, chunk_chars=2)
    sent: list[dict[str, Any]] = []
    enginehost._child_command("project", {"root": str(root)}, state, lambda **m: sent.append(m))
    enginehost._child_command("run", {"prompt": "I need a services page"}, state, lambda **m: sent.append(m))
    assert sent[-1]["result"]["outcome"] == "cancelled"
    assert not (root / "app/services").exists()
    assert state["response"] is None


def test_errors_are_rebuilt_with_their_class_and_hint() -> None:
    exc = enginehost._rebuild({"kind": "error", "type": "ModelNotBuiltError", "nxr": True,
                               "message": "not built", "hint": "run nxr model build"})
    assert isinstance(exc, ModelNotBuiltError) and exc.hint == "run nxr model build"
    other = enginehost._rebuild({"kind": "error", "type": "KeyError", "nxr": False, "message": "'x'",
                                 "traceback": "Traceback..."})
    assert isinstance(other, RuntimeError) and "model process" in str(other)
    assert isinstance(enginehost._rebuild({"nxr": True, "type": "os", "message": "m"}), NxrError)


class _DeadProc:
    def poll(self) -> int:
        return 9


def test_a_dead_engine_process_is_a_domain_error() -> None:
    host = object.__new__(enginehost.EngineProcess)
    host.proc = _DeadProc()  # type: ignore[assignment]
    host.log_path = Path("/tmp/nxr-engine.log")
    host._out = io.StringIO("")
    with pytest.raises(enginehost.EngineProcessDied, match="exit code 9"):
        host.receive()


def test_engine_host_command_imports_no_qt() -> None:
    code = ("import sys; from app.cli import build_parser; a = build_parser().parse_args(['gui-engine-host']); "
            "import app.session.enginehost; print('PySide6' in sys.modules, a.func.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "cmd_engine_host"]


def test_child_process_reports_a_load_failure_and_closes(tmp_path: Path) -> None:
    env = {"NXR_MODEL_DIR": str(tmp_path / "missing"), "NXR_CACHE_DIR": str(tmp_path / "cache"),
           "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(enginehost.host_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write('{"cmd": "load"}\n')
    proc.stdin.flush()
    msg = json.loads(proc.stdout.readline())
    assert msg["kind"] == "error" and msg["cmd"] == "load" and msg["nxr"], msg
    proc.stdin.write('{"cmd": "close"}\n')
    proc.stdin.close()
    assert proc.wait(60) == 0
    proc.stdout.close()
    proc.stderr.close()  # type: ignore[union-attr]


def test_the_project_command_warms_that_project_s_grammar_while_the_user_types(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    warmed: list[tuple[Any, Any]] = []

    class Recording(FakeEngine):
        def warm(self, guidance: Any = None, system: Any = None) -> None:
            warmed.append((guidance, system))

    state: dict[str, Any] = {"engine": Recording(PLAN), "runner": None, "response": None, "cancel": False}
    enginehost._child_command("project", {"root": str(root)}, state, lambda **m: None)
    assert len(warmed) == 1
    guidance, system = warmed[0]
    assert guidance.kind == "json_schema" and '"/"' in guidance.data, "the site's routes are in the grammar"
    assert system


def test_the_engine_process_starts_loading_at_once_and_wait_ready_says_why_it_failed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NXR_MODEL_DIR", str(tmp_path / "missing"))
    monkeypatch.setenv("NXR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    started = time.perf_counter()
    host = enginehost.EngineProcess()
    try:
        assert time.perf_counter() - started < 1.0, "the caller builds its window meanwhile"
        assert host.proc.poll() is None
        steps: list[str] = []
        with pytest.raises(NxrError) as failed:
            host.wait_ready(steps.append)
        assert steps == ["Loading the model…"]
        assert "missing" in str(failed.value)
        with pytest.raises(NxrError, match="not loaded yet"):
            _ = host.info
    finally:
        host.close()
    assert host.proc.poll() is not None


def test_a_draft_is_prefilled_in_the_child_and_its_failure_never_reaches_the_next_turn(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    drafts: list[str] = []

    class Drafting(FakeEngine):
        def prefill(self, messages: Any, options: Any = None) -> None:
            drafts.append(messages[-1].content)
            if len(drafts) == 2:
                raise RuntimeError("boom")

    sent: list[dict[str, Any]] = []
    state: dict[str, Any] = {"engine": Drafting(PLAN), "runner": None, "response": None, "cancel": False}
    enginehost._child_command("project", {"root": str(root)}, state, lambda **m: sent.append(m))
    enginehost._child_command("draft", {"text": "I need a serv"}, state, lambda **m: sent.append(m))
    enginehost._child_command("draft", {"text": "I need a services"}, state, lambda **m: sent.append(m))
    assert [d.split("\n")[0] for d in drafts] == ["I need a serv", "I need a services"]
    assert "/" in drafts[0].split("\n")[1], "the draft is the turn's own text, pages included"
    assert sent == [], "a draft answers nothing, not even its failure"


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="SCHED_IDLE is Linux only")
def test_an_early_engine_process_yields_the_cpu_until_foreground(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NXR_MODEL_DIR", str(tmp_path / "missing"))
    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))

    def policies(pid: int) -> set[int]:
        out = set()
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                out.add(os.sched_getscheduler(int(tid)))
            except OSError:
                continue
        return out

    host = enginehost.EngineProcess(yield_cpu=True)
    try:
        assert os.sched_getscheduler(host.proc.pid) == os.SCHED_IDLE, "from its first instruction"
        time.sleep(0.5)
        host.foreground()
        deadline = time.monotonic() + 20
        while policies(host.proc.pid) != {os.SCHED_OTHER} and time.monotonic() < deadline:
            time.sleep(0.05)
        assert policies(host.proc.pid) == {os.SCHED_OTHER}, "every thread back to normal"
    finally:
        host.close()
    plain = enginehost.EngineProcess()
    try:
        assert os.sched_getscheduler(plain.proc.pid) == os.SCHED_OTHER
    finally:
        plain.close()


def test_a_cancel_sent_right_after_run_is_not_wiped_out_when_the_run_starts(tmp_path: Path) -> None:
    """The stdin reader sees "run" then "cancel" before the main loop starts the run (Esc 0.4 s after Send)."""
    root = make_project(tmp_path / "site")
    state: dict[str, Any] = {"engine": FakeEngine(PLAN, chunk_chars=2), "runner": None, "response": None,
                             "cancel": False}
    sent: list[dict[str, Any]] = []
    enginehost._child_command("project", {"root": str(root)}, state, lambda **m: sent.append(m))
    queued = [m for m in ({"cmd": "run", "prompt": "I need a services page"}, {"cmd": "cancel"})
              if enginehost._receive(m, state)]
    assert [m["cmd"] for m in queued] == ["run"]
    enginehost._child_command("run", queued[0], state, lambda **m: sent.append(m))
    assert sent[-1]["result"]["outcome"] == "cancelled"
    assert not (root / "app/services").exists()
    assert [m["phase"] for m in sent if m["kind"] == "phase"] == ["generating"]


def test_phases_cross_the_pipe(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    state: dict[str, Any] = {"engine": FakeEngine(PLAN), "runner": None, "response": None, "cancel": False}
    sent: list[dict[str, Any]] = []
    enginehost._child_command("project", {"root": str(root)}, state, lambda **m: sent.append(m))
    assert enginehost._receive({"cmd": "run"}, state)
    enginehost._child_command("run", {"prompt": "I need a services page"}, state, lambda **m: sent.append(m))
    assert [m["phase"] for m in sent if m["kind"] == "phase"] == ["generating", "applying"]
    host = object.__new__(enginehost.EngineProcess)
    host._out = io.StringIO("".join(json.dumps(m) + "\n" for m in sent))
    host.send = lambda **_m: None  # type: ignore[method-assign]
    phases: list[str] = []
    result = enginehost.RemoteRunner(host, root).run("I need a services page", on_phase=phases.append)
    assert result.outcome == "applied" and phases == ["generating", "applying"]
