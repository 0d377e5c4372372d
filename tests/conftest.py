"""Shared fixtures: isolate user dirs so tests never touch the real cache or settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.manifest import Manifest, active_manifest


@pytest.fixture()
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NXR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NXR_MODEL_DIR", raising=False)
    monkeypatch.delenv("NXR_PROVIDER", raising=False)
    return tmp_path


@pytest.fixture(scope="session")
def real_manifest() -> Manifest:
    return active_manifest()
