"""Every model the app can run: the shipped manifests and the user's own (``usermodels``).

The one place that turns a model id into an engine (:func:`open_engine`), and that
knows which model is the default: ``NXR_MODEL``, else the one the user accepted
(``nxr pick --accept``, ``nxr model use``), else the shipped default. The user's
choice and the model to escalate declined requests to live in ``<data>/model-choice.json``.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app import paths
from app.engine.base import Engine
from app.engine.manifest import Manifest, PromptSpec, active_manifest, available_manifests
from app.engine.usermodels import EndpointModel, FolderModel, endpoint_key, load_user_models
from app.errors import ManifestError

AnyModel = Manifest | FolderModel | EndpointModel


@dataclass(frozen=True)
class ModelEntry:
    """One line of ``nxr model info`` and of the window's Model menu."""

    id: str
    name: str
    kind: str  # shipped | ort-folder | openai
    where: str  # where it runs, in words
    ready: bool  # built / folder present (an endpoint is assumed reachable)
    capable: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def all_models() -> tuple[list[AnyModel], list[str]]:
    """(shipped then user models, sentences about user manifests that were skipped)."""
    user, problems = load_user_models()
    shipped = available_manifests()
    taken = {m.id for m in shipped}
    clashes = [u for u in user if u.id in taken]
    problems += [f"The user model '{u.id}' has the id of a shipped model and was skipped." for u in clashes]
    return [*shipped, *(u for u in user if u.id not in taken)], problems


def find_model(model_id: str) -> AnyModel:
    models, _ = all_models()
    for m in models:
        if m.id == model_id:
            return m
    names = ", ".join(m.id for m in models) or "none"
    raise ManifestError(f"No model named '{model_id}' (available: {names}).", hint="list them: nxr model info")


def entry(model: AnyModel) -> ModelEntry:
    if isinstance(model, Manifest):
        folder = model.model_dir()
        return ModelEntry(model.id, model.display_name, "shipped", f"this machine (ONNX Runtime GenAI, {folder})",
                          (folder / "genai_config.json").is_file(), False)
    if isinstance(model, FolderModel):
        return ModelEntry(model.id, model.display_name, "ort-folder",
                          f"this machine (ONNX Runtime GenAI, {model.path})",
                          (model.model_dir() / "genai_config.json").is_file(), model.capable)
    place = "a server on this machine" if model.local else "a remote server (requests leave this machine)"
    return ModelEntry(model.id, model.display_name, "openai", f"{place}: {model.base_url}, model {model.model}",
                      True, model.capable)


def prompt_of(model_id: str) -> PromptSpec | None:
    """The model's prompt templates (None: a chat endpoint, or no such model)."""
    try:
        model = find_model(model_id)
    except ManifestError:
        return None
    return model.prompt


def is_capable(model_id: str) -> bool:
    try:
        model = find_model(model_id)
    except ManifestError:
        return False
    return not isinstance(model, Manifest) and model.capable


def open_engine(model_id: str | None = None, provider: str | None = None, threads: int | None = None) -> Engine:
    """An engine for ``model_id`` (default: :func:`default_model_id`)."""
    model = find_model(model_id or default_model_id())
    if isinstance(model, EndpointModel):
        from app.engine.openai_compat import OpenAICompatEngine

        return OpenAICompatEngine(model.base_url, api=model.api, api_key=endpoint_key(model), model=model.model,
                                  prompt=model.prompt, backend="openai", model_id=model.id,
                                  provider="local server" if model.local else "remote")
    from app.engine.ort_engine import OrtEngine

    return OrtEngine(model, provider=provider, threads=threads)


# -- the user's choice --------------------------------------------------------------
def choice_path() -> Path:
    return paths.data_dir() / "model-choice.json"


def read_choice() -> dict[str, str]:
    try:
        data = json.loads(choice_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def write_choice(**changes: str | None) -> None:
    from app.atomicfile import atomic_write

    data: dict[str, str] = read_choice()
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    atomic_write(choice_path(), (json.dumps(data, indent=1) + "\n").encode("utf-8"))


def default_model_id() -> str:
    env = os.environ.get("NXR_MODEL")
    if env:
        return env
    chosen = read_choice().get("default")
    if chosen:
        try:
            return find_model(chosen).id
        except ManifestError:
            pass  # removed since it was chosen: the shipped default again
    return active_manifest().id


def escalation_model_id() -> str | None:
    """The larger model a declined request may be tried with (None: none configured or it is gone)."""
    wanted = read_choice().get("escalate")
    if not wanted:
        return None
    try:
        return find_model(wanted).id
    except ManifestError:
        return None


def models_key(models: list[AnyModel] | None = None) -> str:
    """Changes whenever a model is added, removed or changed (a saved comparison is then stale)."""
    items = models if models is not None else all_models()[0]
    text = json.dumps(sorted((m.id, m.model_dump_json(exclude={"added"} if not isinstance(m, Manifest) else None))
                             for m in items))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
