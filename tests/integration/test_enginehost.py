"""The window's engine process on the real model: started early, warm, prefilled, closed at once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.scaffold.project import create_project
from app.session.enginehost import EngineProcess

pytestmark = pytest.mark.integration


def test_closing_while_the_model_still_loads_ends_the_process_at_once(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    host = EngineProcess(yield_cpu=True)  # as the app starts it: loading and warming at once
    time.sleep(0.5)
    started = time.perf_counter()
    host.close()
    assert time.perf_counter() - started < 2.0, "quitting does not wait for the warm-up"
    assert host.proc.poll() == 0, "it exited by itself, not killed"


def test_early_process_warms_then_runs_a_prefilled_turn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    project = create_project(tmp_path / "site", "Engine Host")
    host = EngineProcess(yield_cpu=True)
    try:
        host.foreground()
        steps: list[str] = []
        host.wait_ready(steps.append)
        assert steps == ["Loading the model…", "Preparing the grammar and the system prompt…"]
        assert host.info.backend == "ort" and host.provider_choice is not None
        runner = host.make_runner(project.root, None)
        runner.prefill("I need a serv")
        runner.prefill("I need a services page")
        result = runner.run("I need a services page")
        assert result.applied, (result.plan, result.message)
        assert (project.root / "app/services/page.tsx").is_file()
    finally:
        host.close()
    assert host.proc.poll() is not None
