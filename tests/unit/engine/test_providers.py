from __future__ import annotations

from dataclasses import replace

import pytest

from app.engine import providers
from app.engine.probe import GpuInfo, Probe, probe
from app.errors import ProviderError

CPU_ONLY = Probe(
    os="Linux", os_release="6", machine="x86_64", python="3.11", cpu_model="cpu", logical_cores=2,
    physical_cores=2, cpu_features=["avx2"], ram_total_mib=1024, ort_flavours={"onnxruntime-genai": "0.18.0"},
)
WITH_GPU = replace(CPU_ONLY, nvidia_gpus=[GpuInfo("H100", "580.1", 81559)], nvidia_smi="/usr/bin/nvidia-smi",
                   ort_flavours={"onnxruntime-genai-cuda": "0.18.0"}, ort_genai_cuda_built=True)


def test_cpu_only_machine_picks_cpu_and_says_why_others_were_skipped() -> None:
    chosen = providers.choose(CPU_ONLY, lambda p: f"model@{p}")
    assert chosen.choice.provider == "cpu"
    assert chosen.loaded == "model@cpu"
    reasons = {a.provider: a for a in chosen.choice.attempts}
    assert not reasons["cuda"].eligible and "no NVIDIA GPU" in reasons["cuda"].reason
    assert not reasons["dml"].eligible and "Windows" in reasons["dml"].reason
    assert reasons["cpu"].loaded


def test_gpu_without_cuda_runtime_build_is_explained() -> None:
    gpu_cpu_wheel = replace(WITH_GPU, ort_genai_cuda_built=False, ort_flavours={"onnxruntime-genai": "0.18.0"})
    ok, reason = providers.eligibility("cuda", gpu_cpu_wheel)
    assert not ok and "onnxruntime-genai-cuda" in reason


def test_cuda_load_failure_falls_back_to_cpu_with_the_reason() -> None:
    def load(p: str) -> str:
        if p == "cuda":
            raise RuntimeError("CUDA driver too old")
        return p

    chosen = providers.choose(WITH_GPU, load)
    assert chosen.choice.provider == "cpu"
    cuda = chosen.choice.attempts[0]
    assert cuda.provider == "cuda" and cuda.eligible and not cuda.loaded
    assert "CUDA driver too old" in cuda.reason


def test_cuda_preferred_when_it_loads() -> None:
    assert providers.choose(WITH_GPU, lambda p: p).choice.provider == "cuda"


def test_impossible_override_is_a_clear_error() -> None:
    with pytest.raises(ProviderError, match="'cuda' was requested but cannot run here"):
        providers.choose(CPU_ONLY, lambda p: p, override="cuda")


def test_override_honoured_and_env_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NXR_PROVIDER", "cpu")
    override = providers.requested_override()
    assert override == "cpu"
    chosen = providers.choose(WITH_GPU, lambda p: p, override=override)
    assert chosen.choice.provider == "cpu" and chosen.choice.override == "cpu"
    monkeypatch.setenv("NXR_PROVIDER", "tpu")
    with pytest.raises(ProviderError, match="Unknown provider 'tpu'"):
        providers.requested_override()


def test_nothing_loads_is_an_error_listing_every_attempt() -> None:
    def load(p: str) -> str:
        raise RuntimeError(f"{p} broke")

    with pytest.raises(ProviderError, match="cpu: always available; load failed: cpu broke"):
        providers.choose(CPU_ONLY, load)


def test_real_probe_describes_this_machine() -> None:
    hw = probe()
    assert hw.logical_cores >= 1
    assert hw.ram_total_mib is None or hw.ram_total_mib > 0
    assert "onnxruntime-genai" in " ".join(hw.ort_flavours)
    assert hw.to_dict()["os"] == hw.os
