"""Cold start of the desktop window: process start -> a usable (exposed, responsive) window.

Each run is a fresh `python -m app gui` with ``NXR_GUI_STARTUP_PROBE=1``: the app prints
``NXR_WINDOW_READY <s>`` once its window is exposed and the event loop runs, then quits.
The figure reported is the wall time from spawning the process to that line (it includes
the interpreter and imports). The model loads afterwards in the background; with
``--load`` one extra run waits for it (load + grammar set-up + system prefill) and reports
the longest UI-thread stall seen meanwhile (a 10 ms heartbeat timer).

Uses Xvfb's $DISPLAY when set (real xcb), otherwise the offscreen platform.

    .venv/bin/python bench/startup.py [--runs 7] [--load]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def one_run(mode: str, data_dir: Path, timeout: float = 180.0) -> dict[str, Any]:
    env = {**os.environ, "NXR_GUI_STARTUP_PROBE": mode, "NXR_DATA_DIR": str(data_dir)}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "app", "gui"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    out: dict[str, Any] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        parts = line.split()
        if parts and parts[0] == "NXR_WINDOW_READY":
            out["window_s"] = round(time.perf_counter() - start, 3)
            out["window_internal_s"] = float(parts[1])
        elif parts and parts[0] == "NXR_MODEL_READY":
            out["model_ready_s"] = round(time.perf_counter() - start, 3)
            out["max_ui_stall_ms"] = float(parts[3])
        elif parts and parts[0] == "NXR_MODEL_FAILED":
            out["model_error"] = line.strip()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if "window_s" not in out:
        raise RuntimeError(f"no NXR_WINDOW_READY line; stderr:\n{proc.stderr.read() if proc.stderr else ''}")
    return out


def pct(values: list[float], p: float) -> float:
    from app.session.bench.report import percentile

    return percentile(values, p) or 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--load", action="store_true", help="one more run that waits for the model in the background")
    ap.add_argument("--budget", type=float, default=2.0, help="target seconds to a usable window")
    args = ap.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        one_run("1", Path(tmp) / "warmup")  # page cache warm-up, not counted
        for i in range(args.runs):
            r = one_run("1", Path(tmp) / f"d{i}")
            runs.append(r)
            print(f"run {i + 1}: window {r['window_s']:.3f} s (in-process {r['window_internal_s']:.3f} s)", flush=True)
        load = one_run("load", Path(tmp) / "load") if args.load else None
    windows = [r["window_s"] for r in runs]
    summary = {
        "benchmark": "startup",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version(),
                    "qpa": "xcb" if os.environ.get("DISPLAY") else "offscreen"},
        "runs": runs,
        "window_s": {"median": round(statistics.median(windows), 3), "p90": round(pct(windows, 90), 3),
                     "min": min(windows), "max": max(windows)},
        "budget_s": args.budget,
        "within_budget": pct(windows, 90) <= args.budget,
        "model_in_background": load,
    }
    print(f"cold start to a usable window: median {summary['window_s']['median']:.3f} s, "
          f"p90 {summary['window_s']['p90']:.3f} s over {len(runs)} runs ({summary['machine']['qpa']}); "
          f"budget {args.budget} s: {'OK' if summary['within_budget'] else 'OVER'}")
    if load:
        print(f"model ready in the background after {load.get('model_ready_s')} s; "
              f"longest UI stall meanwhile {load.get('max_ui_stall_ms')} ms")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    path = results / f"startup-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
