"""The engine process protocol (no Qt, no real model): commands, streaming, cancel, errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.engine.fake import FakeEngine
from app.errors import ModelNotBuiltError, NxrError
from app.ui import enginehost
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
            "import app.ui.enginehost; print('PySide6' in sys.modules, a.func.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "cmd_engine_host"]


def test_child_process_reports_a_load_failure_and_closes(tmp_path: Path) -> None:
    env = {"NXR_MODEL_DIR": str(tmp_path / "missing"), "NXR_CACHE_DIR": str(tmp_path / "cache"),
           "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(enginehost.host_command(), input='{"cmd": "load"}\n{"cmd": "close"}\n',
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    msg = json.loads(proc.stdout.splitlines()[0])
    assert msg["kind"] == "error" and msg["cmd"] == "load" and msg["nxr"], msg


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
