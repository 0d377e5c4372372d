"""Models the user brought: one manifest each in the user data folder (``<data>/models/ID.json``).

Two kinds, beside the shipped manifests of ``resources/models``:

- ``ort-folder``: an ONNX Runtime GenAI folder already on disk (``nxr model add DIR``, or
  the output of ``nxr model import DIR``); it runs here with the app's ORT engine;
- ``openai``: an OpenAI-compatible endpoint (a local Ollama, LM Studio or llama.cpp
  server, or a cloud API: ``nxr model add --openai URL --model NAME``).

An endpoint's key is never stored: its manifest names the environment variable to read
it from (``key_env``) or says that it is in the system keyring (``keyring``), and the key
is read only when an engine is made (:func:`endpoint_key`).
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from app import paths
from app.engine.manifest import PromptSpec, RuntimeSpec
from app.errors import ManifestError, ModelCorruptError, ModelNotBuiltError, UsageError

KEYRING_SERVICE = "avery-nxr"
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
ModelId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FolderModel(_Strict):
    """An ONNX Runtime GenAI folder on this machine."""

    kind: Literal["ort-folder"]
    id: ModelId
    display_name: str
    path: str
    runtime: RuntimeSpec
    prompt: PromptSpec
    # May write free-form files (``write_file``); only for models the user says can.
    capable: bool = False
    origin: str = ""  # how it came: "added" or "imported from DIR"
    added: str = ""

    def model_dir(self) -> Path:
        return Path(self.path)

    def require_built(self) -> Path:
        folder = self.model_dir()
        if not (folder / "genai_config.json").is_file():
            raise ModelNotBuiltError(f"The model '{self.id}' is no longer in {folder} (no genai_config.json there).",
                                     hint=f"add the folder again, or remove it: nxr model remove {self.id}")
        return folder


class EndpointModel(_Strict):
    """A model behind an OpenAI-compatible API."""

    kind: Literal["openai"]
    id: ModelId
    display_name: str
    base_url: str
    model: str
    api: Literal["chat", "completions"] = "chat"
    key_env: str | None = Field(default=None, pattern=ENV_NAME.pattern)
    keyring: bool = False
    # The completions API needs the model's own prompt templates; chat sends messages as they are.
    prompt: PromptSpec | None = None
    capable: bool = False
    added: str = ""

    @property
    def local(self) -> bool:
        from urllib.parse import urlsplit

        return (urlsplit(self.base_url).hostname or "") in ("127.0.0.1", "localhost", "::1")


UserModel = Annotated[Union[FolderModel, EndpointModel], Field(discriminator="kind")]
_ADAPTER: TypeAdapter[FolderModel | EndpointModel] = TypeAdapter(UserModel)


def user_models_dir() -> Path:
    return paths.data_dir() / "models"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def load_user_models() -> tuple[list[FolderModel | EndpointModel], list[str]]:
    """(the user's models, one sentence per manifest file that could not be read)."""
    models: list[FolderModel | EndpointModel] = []
    problems: list[str] = []
    folder = user_models_dir()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            models.append(_ADAPTER.validate_python(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, ValidationError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            problems.append(f"The model manifest {path} is unreadable and was skipped ({first}).")
    return models, problems


def save_user_model(model: FolderModel | EndpointModel) -> Path:
    from app.atomicfile import atomic_write

    folder = user_models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{model.id}.json"
    atomic_write(path, (model.model_dump_json(indent=2) + "\n").encode("utf-8"))
    return path


def remove_user_model(model_id: str) -> bool:
    path = user_models_dir() / f"{model_id}.json"
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def slug(text: str) -> str:
    out = re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._")
    return out[:60] or "model"


# -- keys ------------------------------------------------------------------------
def check_env_name(name: str) -> str:
    if not ENV_NAME.match(name):
        raise UsageError(f"--key-env takes the name of an environment variable (letters, digits, _), "
                         f"not {'a key' if len(name) > 20 else repr(name)}.",
                         hint="export MY_API_KEY=...; then --key-env MY_API_KEY")
    return name


def _keyring() -> Any:
    try:
        import keyring  # optional: the system keyring when the package is installed
    except ImportError as exc:
        raise UsageError("The system keyring needs the Python package 'keyring', which is not installed.",
                         hint="pip install keyring, or give the key by environment variable (--key-env VAR)") from exc
    return keyring


def store_keyring_key(model_id: str, key: str) -> None:
    _keyring().set_password(KEYRING_SERVICE, model_id, key)


def endpoint_key(model: EndpointModel) -> str | None:
    """The endpoint's key, read now from its environment variable or the keyring (None: no key)."""
    if model.key_env:
        value = os.environ.get(model.key_env)
        if not value:
            raise UsageError(f"The model '{model.id}' reads its API key from the environment variable "
                             f"{model.key_env}, which is not set.", hint=f"export {model.key_env}=...")
        return value
    if model.keyring:
        value = _keyring().get_password(KEYRING_SERVICE, model.id)
        if not value:
            raise UsageError(f"The system keyring has no key for the model '{model.id}'.",
                             hint=f"add it again: nxr model add --openai ... --keyring --id {model.id}")
        return str(value)
    return None


# -- ORT GenAI folders -------------------------------------------------------------
TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model")


def read_folder(folder: Path) -> dict[str, Any]:
    """The folder's genai_config.json, after checking it is a loadable ORT GenAI folder.

    One sentence per way it can be wrong (the test generation is the caller's)."""
    if not folder.exists():
        raise UsageError(f"{folder} does not exist.")
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder; give the folder that holds genai_config.json.")
    config_path = folder / "genai_config.json"
    if not config_path.is_file():
        if (folder / "config.json").is_file() and any(folder.glob("*.safetensors")):
            raise UsageError(f"{folder} is a Hugging Face checkpoint, not an ONNX Runtime GenAI folder "
                             "(no genai_config.json).", hint=f"convert it: nxr model import {folder}")
        raise UsageError(f"{folder} has no genai_config.json, so it is not an ONNX Runtime GenAI model folder.")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelCorruptError(f"{config_path} is not readable JSON: {exc}") from exc
    decoder = config.get("model", {}).get("decoder") if isinstance(config, dict) else None
    if not isinstance(decoder, dict):
        raise ModelCorruptError(f"{config_path} has no model.decoder section, so ONNX Runtime GenAI cannot load it.")
    onnx = decoder.get("filename")
    if not isinstance(onnx, str) or not (folder / onnx).is_file():
        raise ModelCorruptError(f"{config_path} names the model file {onnx!r}, which is not in {folder}.")
    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        raise ModelCorruptError(f"{folder} has no tokenizer (neither {' nor '.join(TOKENIZER_FILES)}).")
    return dict(config)


def runtime_from_config(config: dict[str, Any]) -> RuntimeSpec:
    model = config.get("model", {})
    eos = model.get("eos_token_id")
    eos_ids = [int(x) for x in eos] if isinstance(eos, list) else ([int(eos)] if isinstance(eos, int) else [])
    length = int(config.get("search", {}).get("max_length") or model.get("context_length") or 2048)
    return RuntimeSpec(max_length=max(512, min(length, 8192)), eos_token_ids=eos_ids,
                       providers=["cuda", "dml", "cpu"])


def folder_model(folder: Path, model_id: str, name: str, prompt: PromptSpec, *, capable: bool = False,
                 origin: str = "added") -> FolderModel:
    config = read_folder(folder)
    try:
        return FolderModel(kind="ort-folder", id=model_id, display_name=name, path=str(folder.resolve()),
                           runtime=runtime_from_config(config), prompt=prompt, capable=capable, origin=origin,
                           added=now())
    except ValidationError as exc:
        raise ManifestError(f"Cannot describe {folder} as a model: {exc}") from exc
