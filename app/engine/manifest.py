"""Model manifests: what model the app runs, where its weights come from, how to prompt it.

A manifest is a JSON file in ``resources/models/``. Swapping in a better model
means adding a manifest (and building it), not changing code. The manifest
marked ``"default": true`` is used unless ``NXR_MODEL`` names another one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app import paths
from app.errors import ManifestError, ModelNotBuiltError

BUILD_INFO = "build-info.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    kind: Literal["pypi-gguf"]
    package: str
    module: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    architecture: str


class BuildSpec(_Strict):
    precision: Literal["int4", "int8", "fp16", "bf16", "fp32"]
    execution_provider: Literal["cpu", "cuda", "dml"] = "cpu"
    extra_options: dict[str, str] = Field(default_factory=dict)
    # A LoRA adapter (``resources/models/<adapter>.safetensors``, trained by
    # build/finetune/train.py) merged into the weights before the export.
    adapter: str | None = Field(default=None, pattern=r"^[a-z0-9/._-]+$")

    def adapter_path(self) -> Path | None:
        return None if self.adapter is None else manifests_dir() / f"{self.adapter}.safetensors"


class RuntimeSpec(_Strict):
    # The sliding window of Gemma 3 is 512: ORT GenAI rejects smaller max_length.
    max_length: int = Field(ge=512)
    eos_token_ids: list[int]
    providers: list[Literal["cuda", "dml", "cpu"]]


class PromptSpec(_Strict):
    """How messages become the model's input text.

    ``completion`` suits base models (few-shot continuation); ``chat`` suits
    instruction models (their turn markers go in the templates). Each template
    has one ``{content}`` placeholder; ``user`` ends where the model continues.
    """

    style: Literal["completion", "chat"]
    system: str
    user: str
    assistant: str
    # What the turn loop puts around a request for this model: its system text
    # (a file in resources/prompts) and how many nearest few-shot examples.
    plan_system: str = "plan-system.txt"
    few_shot: int = Field(default=2, ge=0, le=8)


class Manifest(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    default: bool = False
    display_name: str
    license_note: str = ""
    source: Source
    build: BuildSpec
    runtime: RuntimeSpec
    prompt: PromptSpec

    @property
    def default_model_dir(self) -> Path:
        """Where ``nxr model build`` puts this model."""
        return paths.models_cache_dir() / self.id

    def model_dir(self) -> Path:
        """The built model folder to load: env override, then bundle, then cache."""
        override = os.environ.get("NXR_MODEL_DIR")
        if override:
            return Path(override)
        bundled = paths.resources_dir() / "models" / self.id
        if (bundled / "genai_config.json").is_file():
            return bundled
        return self.default_model_dir

    def require_built(self) -> Path:
        folder = self.model_dir()
        if not (folder / "genai_config.json").is_file():
            raise ModelNotBuiltError(
                f"The model '{self.id}' is not built yet (no genai_config.json in {folder}).",
                hint="run `nxr model build` (needs the build extra: pip install '.[build]')",
            )
        return folder


class RunnableModel(Protocol):
    """What the ORT engine needs of a model: a shipped manifest or a folder the user added."""

    @property
    def id(self) -> str: ...

    @property
    def runtime(self) -> RuntimeSpec: ...

    @property
    def prompt(self) -> PromptSpec: ...

    def require_built(self) -> Path: ...


def manifests_dir() -> Path:
    return paths.resources_dir() / "models"


def load_manifest(path: Path) -> Manifest:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ManifestError(f"Cannot read model manifest {path}: {exc}") from exc
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        raise ManifestError(f"Model manifest {path} is invalid:\n{exc}") from exc


def available_manifests() -> list[Manifest]:
    return [load_manifest(p) for p in sorted(manifests_dir().glob("*.json"))]


def active_manifest(model_id: str | None = None) -> Manifest:
    """The manifest named by ``model_id`` or ``NXR_MODEL``, else the default one."""
    wanted = model_id or os.environ.get("NXR_MODEL")
    manifests = available_manifests()
    if wanted:
        for m in manifests:
            if m.id == wanted:
                return m
        names = ", ".join(m.id for m in manifests) or "none"
        raise ManifestError(f"No model manifest named '{wanted}' (available: {names}).")
    defaults = [m for m in manifests if m.default]
    if len(defaults) != 1:
        raise ManifestError(
            f"Expected exactly one default model manifest in {manifests_dir()}, found {len(defaults)}."
        )
    return defaults[0]


def read_build_info(model_dir: Path) -> dict[str, object] | None:
    info = model_dir / BUILD_INFO
    if not info.is_file():
        return None
    try:
        data = json.loads(info.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None
