from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def test_doctor_without_loading_reports_probe_and_model(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--json", "--no-load"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["probe"]["logical_cores"] >= 1
    assert report["model"]["built"] is False


def test_doctor_with_unbuilt_model_exits_3_with_a_hint(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 3
    err = capsys.readouterr().err
    assert "not built yet" in err and "nxr model build" in err


def test_generate_rejects_a_broken_schema_before_loading(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "hi", "--schema", "{not json"]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_generate_rejects_a_missing_schema_file(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "hi", "--schema", str(isolated_dirs / "none.json")]) == 2
    assert "Cannot read the schema file" in capsys.readouterr().err


def test_unknown_provider_env_is_refused(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    for name in ("genai_config.json", "tokenizer.json", "model.onnx"):
        (folder / name).write_text("{}")
    monkeypatch.setenv("NXR_MODEL_DIR", str(folder))
    monkeypatch.setenv("NXR_PROVIDER", "tpu")
    assert main(["generate", "hi"]) == 5
    assert "Unknown provider 'tpu'" in capsys.readouterr().err


def test_model_info_lists_the_default(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["model", "info", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert any(r["active"] for r in rows)
