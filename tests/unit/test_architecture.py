"""The Qt-free core rule and strict typing, checked on every test run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)


def test_import_linter_contracts_hold() -> None:
    result = _run(str(Path(sys.executable).parent / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_import_linter_catches_qt_in_the_core(tmp_path: Path) -> None:
    # The contract must be able to fail: a core module importing PySide6 breaks it.
    probe = ROOT / "app" / "engine" / "_qt_leak_probe.py"
    probe.write_text("import PySide6.QtCore  # deliberate violation\n")
    try:
        result = _run(str(Path(sys.executable).parent / "lint-imports"), "--no-cache")
    finally:
        probe.unlink()
    assert result.returncode != 0
    assert "app.engine._qt_leak_probe -> PySide6" in result.stdout


@pytest.mark.parametrize(("module", "imports"), [
    ("app/preview/_layer_probe.py", "app.session"),  # upward
    ("app/engine/_layer_probe.py", "app.preview"),  # sideways: the model does not know the preview
])
def test_import_linter_catches_an_import_against_the_layers(module: str, imports: str) -> None:
    probe = ROOT / module
    probe.write_text(f"import {imports}.turn  # deliberate violation\n" if imports == "app.session"
                     else f"import {imports}.net  # deliberate violation\n")
    try:
        result = _run(str(Path(sys.executable).parent / "lint-imports"), "--no-cache")
    finally:
        probe.unlink()
    assert result.returncode != 0
    assert "The core is layered" in result.stdout and "BROKEN" in result.stdout
    assert f"{module[:-3].replace('/', '.')} -> {imports}" in result.stdout


def test_core_is_mypy_strict_clean() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
