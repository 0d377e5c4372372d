"""Builds the app's engine from the active manifest (the one place that picks a backend)."""

from __future__ import annotations

from pathlib import Path

from app.engine.manifest import Manifest, active_manifest
from app.engine.ort_engine import OrtEngine


def load_engine(
    manifest: Manifest | None = None,
    provider: str | None = None,
    threads: int | None = None,
    model_dir: Path | None = None,
) -> OrtEngine:
    return OrtEngine(manifest or active_manifest(), model_dir=model_dir, provider=provider, threads=threads)
