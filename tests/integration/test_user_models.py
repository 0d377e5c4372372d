"""A real ORT GenAI folder added as the user's own model (the built tuned model, few-shot prompt of the
base one): validated, test-generated, then run through a real turn like any shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.engine import catalog
from app.engine.manifest import active_manifest
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

pytestmark = pytest.mark.integration


def test_a_real_folder_is_added_and_runs_a_turn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    built = active_manifest("gemma3-270m-nxr").model_dir()
    if not (built / "genai_config.json").is_file():
        pytest.skip("the model is not built (nxr model build)")
    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    assert main(["model", "add", str(built), "--id", "mine", "--prompt-like", "gemma3-270m-nxr",
                 "--provider", "cpu"]) == 0
    out = capsys.readouterr().out
    assert "added mine" in out and "loaded on cpu; test generation" in out
    engine = catalog.open_engine("mine", provider="cpu")
    try:
        root = managed_project(tmp_path / "site")
        result = TurnRunner(root, engine).run("add an about page titled Our Story")
    finally:
        engine.close()
    assert result.model == "mine" and result.outcome == "applied", result
    assert (root / "app" / "about" / "page.tsx").is_file()
