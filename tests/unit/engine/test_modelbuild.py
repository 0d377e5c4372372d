from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.engine import modelbuild
from app.engine.manifest import BUILD_INFO, active_manifest


def test_flatten_rope_parameters_gives_the_builder_flat_fields() -> None:
    config = SimpleNamespace(rope_parameters={
        "full_attention": {"rope_theta": 1_000_000.0, "rope_type": "default"},
        "sliding_attention": {"rope_theta": 10_000.0, "rope_type": "default"},
    })
    modelbuild.flatten_rope_parameters(config)
    assert config.rope_parameters["rope_type"] == "default"
    assert config.rope_theta == 1_000_000.0
    assert config.rope_local_base_freq == 10_000.0


def test_flatten_leaves_flat_configs_alone() -> None:
    config = SimpleNamespace(rope_parameters={"rope_type": "default", "rope_theta": 5.0})
    modelbuild.flatten_rope_parameters(config)
    assert config.rope_parameters == {"rope_type": "default", "rope_theta": 5.0}


def test_build_key_tracks_versions_and_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    m = active_manifest()
    key = modelbuild.build_key(m)
    assert key["source_sha256"] == m.source.sha256
    assert key["build"]["precision"] == m.build.precision
    monkeypatch.setattr(modelbuild, "_version", lambda dist: "9.9")
    assert modelbuild.build_key(m) != key


def test_up_to_date_only_with_matching_key(tmp_path: Path) -> None:
    m = active_manifest()
    assert not modelbuild.is_up_to_date(m, tmp_path)
    (tmp_path / "genai_config.json").write_text("{}")
    (tmp_path / BUILD_INFO).write_text(json.dumps({"key": {"stale": True}}))
    assert not modelbuild.is_up_to_date(m, tmp_path)
    (tmp_path / BUILD_INFO).write_text(json.dumps({"key": modelbuild.build_key(m)}))
    assert modelbuild.is_up_to_date(m, tmp_path)
    result = modelbuild.build_model(m, tmp_path, log=lambda s: None)
    assert result.skipped and result.model_dir == tmp_path
