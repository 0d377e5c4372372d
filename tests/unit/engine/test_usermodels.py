"""Bring your own model: `nxr model add|remove|use|escalate|info` and the endpoint's key (no model runs)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.engine import catalog
from app.engine.base import Message
from app.engine.usermodels import EndpointModel, endpoint_key, load_user_models, user_models_dir
from app.errors import UsageError
from tests.unit.session.bench.fakeopenai import Server, serving

KEY = "sk-test-7f3a9c1e5b2d4f60a8e1c3b5d7f9a2c4"


@pytest.fixture()
def endpoint() -> Iterator[Server]:
    with serving(Server(key=KEY)) as s:
        yield s


def _no_models_written() -> None:
    assert not user_models_dir().exists() or not list(user_models_dir().glob("*.json"))


def _files(folder: Path) -> Iterator[Path]:
    return (p for p in folder.rglob("*") if p.is_file()) if folder.exists() else iter(())


@pytest.mark.parametrize("setup, expected, code", [
    (lambda d: None, "does not exist", 2),
    (lambda d: d.write_text("x"), "is not a folder", 2),
    (lambda d: d.mkdir(), "has no genai_config.json, so it is not an ONNX Runtime GenAI model folder", 2),
    (lambda d: (d.mkdir(), (d / "config.json").write_text("{}"), (d / "model.safetensors").write_text("")),
     "is a Hugging Face checkpoint", 2),
    (lambda d: (d.mkdir(), (d / "genai_config.json").write_text("{nope")), "is not readable JSON", 3),
    (lambda d: (d.mkdir(), (d / "genai_config.json").write_text('{"model": {}}')), "has no model.decoder", 3),
    (lambda d: (d.mkdir(), (d / "genai_config.json").write_text('{"model": {"decoder": {"filename": "m.onnx"}}}')),
     "names the model file 'm.onnx', which is not in", 3),
    (lambda d: (d.mkdir(), (d / "genai_config.json").write_text('{"model": {"decoder": {"filename": "m.onnx"}}}'),
                (d / "m.onnx").write_text("")), "has no tokenizer", 3),
])
def test_adding_a_folder_says_what_is_wrong_with_it(isolated_dirs: Path, capsys: pytest.CaptureFixture[str],
                                                    setup: Any, expected: str, code: int) -> None:
    folder = isolated_dirs / "mymodel"
    setup(folder)
    assert main(["model", "add", str(folder)]) == code
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    _no_models_written()


def test_a_folder_that_does_not_load_is_not_added(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = isolated_dirs / "broken"
    folder.mkdir()
    (folder / "genai_config.json").write_text(json.dumps({"model": {"decoder": {"filename": "m.onnx"},
                                                                    "eos_token_id": 1}, "search": {"max_length": 1024}}))
    (folder / "m.onnx").write_bytes(b"not an onnx file")
    (folder / "tokenizer.json").write_text("{}")
    assert main(["model", "add", str(folder), "--provider", "cpu"]) != 0
    err = capsys.readouterr().err
    assert f"The model in {folder.resolve()} does not load" in err and "Traceback" not in err
    _no_models_written()


def test_an_endpoint_key_given_by_environment_variable_is_in_no_file_and_no_log(
        isolated_dirs: Path, endpoint: Server, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("MY_LLM_KEY", KEY)
    assert main(["model", "add", "--openai", endpoint.url, "--model", "big-one", "--key-env", "MY_LLM_KEY",
                 "--id", "big"]) == 0
    out = capsys.readouterr()
    assert "added big" in out.out and "key from $MY_LLM_KEY" in out.out
    assert endpoint.requests[-1][2]["Authorization"] == f"Bearer {KEY}", "the test generation sent the key"
    (model,), problems = load_user_models()
    assert isinstance(model, EndpointModel) and model.key_env == "MY_LLM_KEY" and not problems
    assert main(["model", "info"]) == 0 and main(["model", "info", "--json"]) == 0
    listed = capsys.readouterr()
    assert "big [openai]" in listed.out and "a server on this machine" in listed.out
    endpoint.requests.clear()
    assert catalog.open_engine("big").generate([Message("user", "hi")]).text()
    assert endpoint.requests[-1][2]["Authorization"] == f"Bearer {KEY}", "read from the variable at run time"
    seen = [p for p in _files(isolated_dirs) if KEY.encode() in p.read_bytes()]
    assert not seen, seen
    everything = listed.out + listed.err + out.out + out.err + caplog.text
    assert KEY not in everything


def test_an_unset_key_variable_is_a_sentence_at_run_time(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOT_SET_KEY", raising=False)
    model = EndpointModel(kind="openai", id="x", display_name="x", base_url="http://127.0.0.1:9/v1", model="m",
                          key_env="NOT_SET_KEY")
    with pytest.raises(UsageError, match="reads its API key from the environment variable NOT_SET_KEY, which is not set"):
        endpoint_key(model)


def test_a_key_in_place_of_a_variable_name_is_refused_and_not_echoed(isolated_dirs: Path, endpoint: Server,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["model", "add", "--openai", endpoint.url, "--model", "m", "--key-env", KEY]) == 2
    err = capsys.readouterr().err
    assert "takes the name of an environment variable" in err and KEY not in err
    _no_models_written()


def test_keyring_without_the_package_is_a_sentence(isolated_dirs: Path, endpoint: Server,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    try:
        import keyring  # noqa: F401
        pytest.skip("keyring is installed here")
    except ImportError:
        pass
    model = EndpointModel(kind="openai", id="k", display_name="k", base_url=endpoint.url, model="m", keyring=True)
    with pytest.raises(UsageError, match="needs the Python package 'keyring'"):
        endpoint_key(model)


def test_an_unreachable_endpoint_is_not_added(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.preview.net import free_port

    assert main(["model", "add", "--openai", f"http://127.0.0.1:{free_port()}/v1", "--model", "m"]) == 1
    err = capsys.readouterr().err
    assert "did not answer a test generation" in err and "nothing was added" in err
    _no_models_written()


def test_use_escalate_remove_and_the_model_set_key(isolated_dirs: Path, endpoint: Server,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("NXR_MODEL", raising=False)
    monkeypatch.setenv("K", KEY)
    before = catalog.models_key()
    assert catalog.default_model_id() == "gemma3-270m-nxr" and catalog.escalation_model_id() is None
    assert main(["model", "add", "--openai", endpoint.url, "--model", "m", "--key-env", "K", "--id", "big"]) == 0
    assert catalog.models_key() != before, "adding a model changes the set"
    assert main(["model", "add", "--openai", endpoint.url, "--model", "m", "--key-env", "K", "--id", "big"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["model", "escalate", "big"]) == 0 and catalog.escalation_model_id() == "big"
    assert main(["model", "use", "gemma3-270m-base"]) == 0 and catalog.default_model_id() == "gemma3-270m-base"
    assert main(["model", "remove", "gemma3-270m-nxr"]) == 2
    assert "shipped model" in capsys.readouterr().err
    assert main(["model", "remove", "big"]) == 0
    assert catalog.escalation_model_id() is None and catalog.models_key() == before
    assert main(["model", "use", "nope"]) == 1
    assert "No model named 'nope'" in capsys.readouterr().err


def test_a_damaged_user_manifest_is_skipped_with_a_sentence(isolated_dirs: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    user_models_dir().mkdir(parents=True)
    (user_models_dir() / "bad.json").write_text("{")
    assert main(["model", "info"]) == 0
    captured = capsys.readouterr()
    assert "bad.json is unreadable and was skipped" in captured.err and "gemma3-270m-nxr" in captured.out
