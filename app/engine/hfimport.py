"""``nxr model import DIR``: a Hugging Face checkpoint folder on disk -> an ONNX Runtime GenAI folder.

The conversion is onnxruntime-genai's own model builder, as for the shipped model
(``modelbuild.export_onnx``), for the execution provider the hardware probe would choose
first (CUDA, DirectML, else CPU). The result goes to the user cache
(``<cache>/models/imported/ID``); the caller then adds it like any ORT GenAI folder.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import paths
from app.engine import providers
from app.engine.modelbuild import flatten_rope_parameters, folder_size
from app.engine.probe import Probe
from app.errors import ModelBuildError, UsageError

WEIGHT_PATTERNS = ("*.safetensors", "pytorch_model*.bin")
PRECISIONS = ("int4", "int8", "fp16", "fp32")


def check_checkpoint(folder: Path) -> dict[str, Any]:
    """The checkpoint's config.json, after checking the folder holds weights and a tokenizer."""
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder.")
    if (folder / "genai_config.json").is_file():
        raise UsageError(f"{folder} is already an ONNX Runtime GenAI folder.", hint=f"add it: nxr model add {folder}")
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"{folder} has no config.json, so it is not a Hugging Face checkpoint folder.") from exc
    except (OSError, ValueError) as exc:
        raise UsageError(f"{folder / 'config.json'} is not readable JSON: {exc}") from exc
    if not isinstance(config, dict) or not config.get("architectures"):
        raise UsageError(f"{folder / 'config.json'} does not name the model's architecture (\"architectures\").")
    if not any(any(folder.glob(p)) for p in WEIGHT_PATTERNS):
        raise UsageError(f"{folder} has no weights (*.safetensors or pytorch_model*.bin).")
    if not any((folder / f).is_file() for f in ("tokenizer.json", "tokenizer.model")):
        raise UsageError(f"{folder} has no tokenizer (tokenizer.json or tokenizer.model).")
    return config


def probe_provider(hw: Probe) -> str:
    """The first provider the probe does not rule out (what loading would try first)."""
    for name in providers.PROVIDERS:
        if providers.eligibility(name, hw)[0]:
            return name
    return "cpu"


def imported_dir(model_id: str) -> Path:
    return paths.models_cache_dir() / "imported" / model_id


@contextlib.contextmanager
def _quiet_logging() -> Iterator[None]:
    previous = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        yield
    finally:
        logging.disable(previous)


def convert(folder: Path, model_id: str, precision: str, provider: str) -> tuple[Path, float, int]:
    """Runs the builder; (output folder, seconds, bytes). A failure leaves nothing behind."""
    config = check_checkpoint(folder)
    arch = ", ".join(config["architectures"])
    try:
        import onnxruntime_genai.models  # noqa: F401  (puts the builder's folder on sys.path)
        from onnxruntime_genai.models import builder
    except ImportError as exc:
        raise ModelBuildError(f"The ONNX Runtime GenAI model builder cannot be imported: {exc}",
                              hint="install the build extra: pip install -e '.[build]'") from exc
    out = imported_dir(model_id)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_log = out.parent / f"{model_id}.build.log"
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f".{model_id}.", dir=out.parent) as tmp:
        staged, cache = Path(tmp) / "onnx", Path(tmp) / "cache"
        # The builder prints and logs (INFO) per layer: into the build log, not the terminal.
        with build_log.open("a", encoding="utf-8") as fh, contextlib.redirect_stdout(fh), \
                contextlib.redirect_stderr(fh), _quiet_logging():
            try:
                extra = builder.parse_extra_options(model_id, str(folder), str(staged), precision, provider,
                                                    str(cache), [])
                hf_config = extra.get("hf_details", {}).get("hf_config")
                if hf_config is not None:
                    flatten_rope_parameters(hf_config)
                builder.create_model(model_id, str(folder), str(staged), precision, provider, str(cache), **extra)
            except NotImplementedError as exc:
                raise ModelBuildError(f"The ONNX Runtime GenAI builder does not support {arch}: {exc}",
                                      hint=f"details in {build_log}") from exc
            except (RuntimeError, ValueError, KeyError, OSError, TypeError, AttributeError, ImportError) as exc:
                raise ModelBuildError(f"Converting {folder} ({arch}) failed: {type(exc).__name__}: {exc}",
                                      hint=f"details in {build_log}") from exc
        if not (staged / "genai_config.json").is_file():
            raise ModelBuildError(f"The builder wrote no genai_config.json for {folder} ({arch}).",
                                  hint=f"details in {build_log}")
        if out.exists():
            shutil.rmtree(out)
        staged.rename(out)
    return out, time.perf_counter() - start, folder_size(out)
