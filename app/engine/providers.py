"""Provider choice: CUDA, then DirectML, then CPU, filtered by the probe and proven by loading.

A candidate the probe rules out is skipped with its reason. The first one
that actually loads the model wins; a load failure is recorded and the next
candidate tried. A user override (``--provider`` or ``NXR_PROVIDER``) picks
one provider and fails with a clear message if it cannot run here.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Generic, TypeVar

from app.engine.probe import Probe
from app.errors import EngineOutOfMemoryError, ModelCorruptError, ProviderError

PROVIDERS = ("cuda", "dml", "cpu")
T = TypeVar("T")


@dataclass(frozen=True)
class Attempt:
    provider: str
    eligible: bool
    reason: str
    loaded: bool = False
    load_s: float | None = None


@dataclass(frozen=True)
class ProviderChoice:
    provider: str
    override: str | None
    attempts: list[Attempt] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def eligibility(provider: str, probe: Probe) -> tuple[bool, str]:
    """Whether the probe allows ``provider``, and why (or why not)."""
    if provider == "cpu":
        return True, "always available"
    if provider == "cuda":
        if not probe.nvidia_gpus:
            return False, "no NVIDIA GPU found" + ("" if probe.nvidia_smi else " (nvidia-smi not on PATH)")
        if not probe.ort_genai_cuda_built:
            installed = ", ".join(probe.ort_flavours) or "no onnxruntime-genai"
            return False, f"GPU {probe.nvidia_gpus[0].name} found, but the installed runtime ({installed}) has no CUDA support: install onnxruntime-genai-cuda"
        return True, f"{probe.nvidia_gpus[0].name}, driver {probe.nvidia_gpus[0].driver}"
    if provider == "dml":
        if probe.os != "Windows":
            return False, "DirectML exists on Windows only"
        if not probe.ort_genai_dml_built:
            return False, "the installed runtime has no DirectML support: install onnxruntime-genai-directml"
        if not probe.directml_available:
            return False, "DirectML.dll not found"
        return True, "DirectML available"
    return False, f"unknown provider '{provider}'"


def requested_override(flag: str | None = None) -> str | None:
    value = (flag or os.environ.get("NXR_PROVIDER") or "").strip().lower()
    if value in ("", "auto"):
        return None
    if value not in PROVIDERS:
        raise ProviderError(
            f"Unknown provider '{value}'.", hint=f"choose one of: auto, {', '.join(PROVIDERS)}"
        )
    return value


class Chosen(Generic[T]):
    def __init__(self, choice: ProviderChoice, loaded: T) -> None:
        self.choice = choice
        self.loaded = loaded


def choose(
    probe: Probe,
    load: Callable[[str], T],
    preference: Sequence[str] = PROVIDERS,
    override: str | None = None,
) -> Chosen[T]:
    """Try providers in order; ``load(provider)`` must raise on failure."""
    order = [override] if override else [p for p in preference if p in PROVIDERS]
    attempts: list[Attempt] = []
    for provider in order:
        ok, reason = eligibility(provider, probe)
        if not ok:
            attempts.append(Attempt(provider, False, reason))
            if override:
                raise ProviderError(f"The provider '{provider}' was requested but cannot run here: {reason}.",
                                    hint="set NXR_PROVIDER=auto (or drop --provider) to let the probe choose")
            continue
        start = time.perf_counter()
        try:
            loaded = load(provider)
        except (ModelCorruptError, EngineOutOfMemoryError):
            raise
        except RuntimeError as exc:
            attempts.append(Attempt(provider, True, f"{reason}; load failed: {exc}", False, time.perf_counter() - start))
            if override:
                raise ProviderError(f"The provider '{provider}' was requested but the model failed to load on it: {exc}") from exc
            continue
        attempts.append(Attempt(provider, True, reason, True, round(time.perf_counter() - start, 3)))
        return Chosen(ProviderChoice(provider, override, attempts), loaded)
    detail = "; ".join(f"{a.provider}: {a.reason}" for a in attempts)
    raise ProviderError(f"No execution provider could load the model ({detail}).")
