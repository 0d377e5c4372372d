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


def test_merge_adapter_adds_b_times_a_to_the_named_weights(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    from safetensors.torch import save_file

    from app.engine.modelbuild import merge_adapter

    model = torch.nn.Module()
    model.proj = torch.nn.Linear(4, 3, bias=False)
    before = model.proj.weight.detach().clone()
    a, b = torch.randn(2, 4), torch.randn(3, 2)
    save_file({"proj.lora_A": a, "proj.lora_B": b}, str(tmp_path / "ad.safetensors"))
    assert merge_adapter(model, tmp_path / "ad.safetensors") == 1
    assert torch.allclose(model.proj.weight, before + b @ a, atol=1e-6)


def test_merge_adapter_refuses_a_mismatch_instead_of_skipping(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    from safetensors.torch import save_file

    from app.engine.modelbuild import merge_adapter
    from app.errors import ModelBuildError

    model = torch.nn.Module()
    model.proj = torch.nn.Linear(4, 3, bias=False)
    save_file({"proj.lora_A": torch.randn(2, 5), "proj.lora_B": torch.randn(3, 2)}, str(tmp_path / "bad.safetensors"))
    with pytest.raises(ModelBuildError, match="proj"):
        merge_adapter(model, tmp_path / "bad.safetensors")
    save_file({"other.lora_A": torch.randn(2, 4), "other.lora_B": torch.randn(3, 2)}, str(tmp_path / "gone.safetensors"))
    with pytest.raises(ModelBuildError, match="lacks"):
        merge_adapter(model, tmp_path / "gone.safetensors")
    with pytest.raises(ModelBuildError, match="does not exist"):
        merge_adapter(model, tmp_path / "missing.safetensors")


def test_every_manifest_adapter_ships_and_is_in_the_build_key() -> None:
    from app.engine.manifest import available_manifests
    from app.engine.modelbuild import build_key

    tuned = [m for m in available_manifests() if m.build.adapter]
    assert tuned, "the tuned model's manifest names its adapter"
    for m in tuned:
        path = m.build.adapter_path()
        assert path is not None and path.is_file(), path
        assert path.with_suffix(".json").is_file(), "the adapter's training record ships beside it"
        assert build_key(m)["adapter_sha256"] not in (None, "missing")
