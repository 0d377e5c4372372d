from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.engine import manifest as mf
from app.errors import ManifestError, ModelNotBuiltError


def test_exactly_one_default_manifest_ships() -> None:
    m = mf.active_manifest()
    assert m.default
    assert m.runtime.max_length >= 512
    assert "{content}" in m.prompt.user


def test_unknown_model_id_is_a_clear_error() -> None:
    with pytest.raises(ManifestError, match="No model manifest named 'nope'"):
        mf.active_manifest("nope")


def test_invalid_manifest_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"id": "Bad Id!"}))
    with pytest.raises(ManifestError, match="bad.json"):
        mf.load_manifest(bad)


def test_model_dir_prefers_env_override_then_cache(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    m = mf.active_manifest()
    assert m.model_dir() == isolated_dirs / "cache" / "models" / m.id
    monkeypatch.setenv("NXR_MODEL_DIR", str(isolated_dirs / "elsewhere"))
    assert m.model_dir() == isolated_dirs / "elsewhere"


def test_unbuilt_model_says_how_to_build(isolated_dirs: Path) -> None:
    with pytest.raises(ModelNotBuiltError) as info:
        mf.active_manifest().require_built()
    assert "nxr model build" in str(info.value)


def test_tuned_manifest_uses_its_own_system_text_and_no_few_shot() -> None:
    from app import paths
    from app.session.turn import FEW_SHOT, prompt_setup

    tuned = mf.active_manifest("gemma3-270m-nxr")
    assert tuned.prompt.few_shot == 0 and tuned.build.adapter
    assert (paths.resources_dir() / "prompts" / tuned.prompt.plan_system).is_file()
    assert prompt_setup("gemma3-270m-nxr") == (tuned.prompt.plan_system, 0)
    assert prompt_setup("no-such-model") == ("plan-system.txt", FEW_SHOT)
