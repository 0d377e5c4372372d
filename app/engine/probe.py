"""Hardware probe: what this machine offers the model.

Reports the OS, CPU (cores, SIMD features), RAM, NVIDIA GPU and driver,
DirectML availability (Windows), and which onnxruntime-genai flavours are
installed. Everything here is read-only and cheap (< 0.2 s); nothing loads a model.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ORT_FLAVOURS = ("onnxruntime-genai", "onnxruntime-genai-cuda", "onnxruntime-genai-directml")


@dataclass(frozen=True)
class GpuInfo:
    name: str
    driver: str
    memory_mib: int | None


@dataclass(frozen=True)
class Probe:
    os: str
    os_release: str
    machine: str
    python: str
    cpu_model: str
    logical_cores: int
    physical_cores: int | None
    cpu_features: list[str]
    ram_total_mib: int | None
    nvidia_gpus: list[GpuInfo] = field(default_factory=list)
    nvidia_smi: str | None = None
    cuda_runtime_found: bool = False
    directml_available: bool = False
    ort_flavours: dict[str, str] = field(default_factory=dict)
    ort_genai_cuda_built: bool = False
    ort_genai_dml_built: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _cpu_linux() -> tuple[str, int | None, list[str]]:
    text = _read("/proc/cpuinfo")
    model = ""
    flags: set[str] = set()
    cores: set[tuple[str, str]] = set()
    phys = core = ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key in ("model name", "Model", "Hardware") and not model:
            model = value
        elif key in ("flags", "Features"):
            flags.update(value.split())
        elif key == "physical id":
            phys = value
        elif key == "core id":
            core = value
            cores.add((phys, core))
    wanted: list[str] = [f for f in ("avx", "avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni", "amx_tile") if f in flags]
    if "asimd" in flags or platform.machine().lower() in ("aarch64", "arm64"):
        wanted.append("neon")
    if "asimddp" in flags:
        wanted.append("dotprod")
    return model, (len(cores) or None), wanted


def _ram_mib() -> int | None:
    if hasattr(os, "sysconf"):
        try:
            return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024))
        except (ValueError, OSError):
            pass
    if sys.platform == "win32":

        class MemStatus(ctypes.Structure):
            _fields_ = [
                ("dwLength", ctypes.c_ulong),
                ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong),
                ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong),
                ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong),
                ("ullAvailVirtual", ctypes.c_ulonglong),
                ("sullAvailExtendedVirtual", ctypes.c_ulonglong),
            ]

        status = MemStatus()
        status.dwLength = ctypes.sizeof(MemStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.ullTotalPhys // (1024 * 1024))
    return None


def _nvidia() -> tuple[list[GpuInfo], str | None]:
    smi = shutil.which("nvidia-smi")
    if not smi:
        return [], None
    try:
        out = subprocess.run(
            [smi, "--query-gpu=name,driver_version,memory.total", "--format=csv,noheader,nounits"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [], f"{smi} failed: {exc}"
    if out.returncode != 0:
        return [], f"{smi} exited {out.returncode}: {out.stderr.strip()[:200]}"
    gpus = []
    for line in out.stdout.strip().splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 2:
            mem = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
            gpus.append(GpuInfo(parts[0], parts[1], mem))
    return gpus, smi


def _cuda_runtime_found() -> bool:
    names = ["cudart", "cudart64_12", "cudart64_13"] if sys.platform == "win32" else ["cudart", "cuda"]
    if any(ctypes.util.find_library(n) for n in names):
        return True
    if sys.platform.startswith("linux"):
        for lib in ("libcuda.so.1", "libcudart.so.12", "libcudart.so.13"):
            try:
                ctypes.CDLL(lib)
                return True
            except OSError:
                continue
    return False


def _directml() -> bool:
    if sys.platform != "win32":
        return False
    system32 = Path(os.environ.get("SystemRoot", r"C:\Windows")) / "System32" / "DirectML.dll"
    return system32.exists() or ctypes.util.find_library("DirectML") is not None


def _ort_flavours() -> dict[str, str]:
    found = {}
    for dist in ORT_FLAVOURS:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return found


def _og_built_with() -> tuple[bool, bool]:
    try:
        import onnxruntime_genai as og
    except ImportError:
        return False, False
    cuda = bool(getattr(og, "is_cuda_available", lambda: False)())
    dml = bool(getattr(og, "is_dml_available", lambda: False)())
    return cuda, dml


def probe() -> Probe:
    if sys.platform.startswith("linux"):
        model, physical, features = _cpu_linux()
    else:
        model, physical, features = platform.processor(), None, []
    gpus, smi = _nvidia()
    cuda_built, dml_built = _og_built_with()
    return Probe(
        os=platform.system(),
        os_release=platform.release(),
        machine=platform.machine(),
        python=platform.python_version(),
        cpu_model=model or platform.processor() or "unknown",
        logical_cores=os.cpu_count() or 1,
        physical_cores=physical,
        cpu_features=features,
        ram_total_mib=_ram_mib(),
        nvidia_gpus=gpus,
        nvidia_smi=smi,
        cuda_runtime_found=_cuda_runtime_found() if gpus else False,
        directml_available=_directml(),
        ort_flavours=_ort_flavours(),
        ort_genai_cuda_built=cuda_built,
        ort_genai_dml_built=dml_built,
    )
