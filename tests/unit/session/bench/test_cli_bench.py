"""`nxr bench` refuses bad input before loading anything (exit 2, a clear message)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def test_missing_session_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", str(tmp_path / "nope.json")]) == 2
    assert "Cannot read the session file" in capsys.readouterr().err


def test_unknown_check_kind_names_the_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"name": "x", "turns": [{"prompt": "p", "checks": [{"kind": "screenshot"}]}]}))
    assert main(["bench", str(path)]) == 2
    err = capsys.readouterr().err
    assert "turns.0.checks.0" in err and "unknown check kind 'screenshot'" in err


def test_openai_needs_a_url_and_its_flags_need_openai(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).resolve().parents[4] / "bench" / "sessions" / "bakery.json"
    assert main(["bench", str(path), "--backend", "openai"]) == 2
    assert "needs --base-url" in capsys.readouterr().err
    assert main(["bench", str(path), "--api-key", "k"]) == 2
    assert "are for --backend openai" in capsys.readouterr().err
    assert main(["bench", str(path), "--think-s", "-1"]) == 2
    assert "--think-s" in capsys.readouterr().err
    assert main(["bench", str(path), "--report", str(tmp_path / "no" / "dir" / "r.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_bad_backend_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["bench", "x.json", "--backend", "vllm"])
    assert info.value.code == 2
