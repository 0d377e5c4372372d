"""Cold start of the desktop window, measured from spawning ``python -m app gui`` (so it includes
the interpreter and the imports), with the app's ``NXR_GUI_STARTUP_PROBE`` (app/ui/startprobe.py).

Window runs (``--runs``): launch -> the window is exposed and its event loop runs.

Session runs (``--sessions``), each on a fresh real project (``nxr new``) with the real model in
its engine process and the window's own ``next dev``; the probe acts as a user who types
``--prompt`` and presses Send as soon as the window lets them:
  - window_s: launch -> window shown;
  - ready_s: launch -> the prompt is accepted (queued while the model warms, or run at once);
  - model_warm_s: launch -> the model is loaded, its grammar set up and the system prefix prefilled;
  - turn_shown_s: launch -> the first turn's result is on screen (applied and the preview checked);
  - max_ui_stall_ms: the longest gap of a 10 ms UI-thread heartbeat from window to turn.
The machine's load average is recorded before each run: the figures move with it.

``--baseline DIR`` alternates each session run with one of an older checkout at DIR (e.g. ``git
worktree add /tmp/base <commit>``) on its own fresh project, in its ``load`` probe mode with the
project opened: there Send was disabled until the model was warm, so its ready_s is its
model_warm_s.

Uses Xvfb's $DISPLAY when set (real xcb), otherwise the offscreen platform.

    .venv/bin/python bench/startup.py [--runs 7] [--sessions 5] [--load]
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
sys.path.insert(0, str(ROOT))

LINES = {"NXR_WINDOW_READY": "window_s", "NXR_PROMPT_ACCEPTED": "ready_s", "NXR_MODEL_READY": "model_warm_s",
         "NXR_TURN_SHOWN": "turn_shown_s"}


def one_run(mode: str, data_dir: Path, project: Path | None = None, prompt: str = "",
            timeout: float = 300.0, tree: Path = ROOT) -> dict[str, Any]:
    env = {**os.environ, "NXR_GUI_STARTUP_PROBE": mode, "NXR_DATA_DIR": str(data_dir),
           "NXR_GUI_STARTUP_PROMPT": prompt, "NEXT_TELEMETRY_DISABLED": "1"}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    out: dict[str, Any] = {"load_avg_1m": round(os.getloadavg()[0], 2)}
    cmd = [sys.executable, "-m", "app", "gui"] + ([str(project)] if project else [])
    start = time.perf_counter()
    if tree != ROOT:
        env["PYTHONPATH"] = str(tree)
    proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        parts = line.split()
        if not parts:
            continue
        if parts[0] in LINES:
            key = LINES[parts[0]]
            out[key] = round(time.perf_counter() - start, 3)
            out[key[:-2] + "_internal_s"] = float(parts[1])
        if parts[0] == "NXR_PROMPT_ACCEPTED":
            out["accepted"] = parts[2]  # queued (the model was still warming) or direct
        elif parts[0] == "NXR_MODEL_READY":
            out["max_ui_stall_ms"] = float(parts[3])
        elif parts[0] == "NXR_TURN_SHOWN":
            out["outcome"], out["preview_ok"] = parts[2], parts[3]
        elif parts[0] == "NXR_PROBE_ERROR":
            out["error"] = line.strip()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if "window_s" not in out:
        raise RuntimeError(f"no NXR_WINDOW_READY line (exit code {proc.returncode})")
    return out


def pct(values: list[float], p: float) -> float:
    from app.session.bench.report import percentile

    return percentile(values, p) or 0.0


def stats(runs: list[dict[str, Any]], key: str) -> dict[str, Any] | None:
    values = [r[key] for r in runs if key in r]
    if not values:
        return None
    return {"median": round(statistics.median(values), 3), "p90": round(pct(values, 90), 3),
            "min": min(values), "max": max(values), "n": len(values)}


def session_runs(n: int, prompt: str, tmp: Path, baseline: Path | None,
                 before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from app.scaffold.project import create_project

    runs = []
    for i in range(n):
        if baseline is not None:
            old = create_project(tmp / f"base{i}", "Startup Bench")
            b = one_run("load", tmp / f"b{i}", old.root, tree=baseline)
            if "model_warm_s" in b:
                b["ready_s"] = b["model_warm_s"]  # Send was disabled until then
            before.append(b)
            print(f"baseline {i + 1}: window {b.get('window_s')} s, model warm = ready {b.get('model_warm_s')} s, "
                  f"load avg {b['load_avg_1m']}", flush=True)
        project = create_project(tmp / f"site{i}", "Startup Bench")  # fresh: no compile cache, no turns
        r = one_run("session", tmp / f"s{i}", project.root, prompt)
        runs.append(r)
        print(f"session {i + 1}: window {r.get('window_s')} s, prompt accepted {r.get('ready_s')} s "
              f"({r.get('accepted')}), model warm {r.get('model_warm_s')} s, first turn shown "
              f"{r.get('turn_shown_s')} s ({r.get('outcome')}), load avg {r['load_avg_1m']}"
              + (f"  {r['error']}" if "error" in r else ""), flush=True)
    return runs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7, help="window-only runs")
    ap.add_argument("--sessions", type=int, default=5, help="runs to a first turn on a real project")
    ap.add_argument("--prompt", default="I need a services page")
    ap.add_argument("--load", action="store_true", help="one more run that waits for the model, no project")
    ap.add_argument("--budget", type=float, default=2.0, help="target seconds to a usable window")
    ap.add_argument("--ready-budget", type=float, default=3.0, help="target median seconds to a prompt accepted")
    ap.add_argument("--baseline", type=Path, help="an older checkout to alternate the session runs with")
    args = ap.parse_args()
    runs: list[dict[str, Any]] = []
    sessions: list[dict[str, Any]] = []
    before: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        one_run("1", tmp / "warmup")  # page cache warm-up, not counted
        for i in range(args.runs):
            r = one_run("1", tmp / f"d{i}")
            runs.append(r)
            print(f"run {i + 1}: window {r['window_s']:.3f} s (in-process {r['window_internal_s']:.3f} s), "
                  f"load avg {r['load_avg_1m']}", flush=True)
        load = one_run("load", tmp / "load") if args.load else None
        if args.sessions:
            sessions = session_runs(args.sessions, args.prompt, tmp, args.baseline, before)
    windows = [r["window_s"] for r in runs]
    ready = stats(sessions, "ready_s")
    summary = {
        "benchmark": "startup",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version(),
                    "qpa": "xcb" if os.environ.get("DISPLAY") else "offscreen"},
        "runs": runs,
        "window_s": stats(runs, "window_s"),
        "budget_s": args.budget,
        "within_budget": bool(windows) and pct(windows, 90) <= args.budget,
        "model_in_background": load,
        "sessions": sessions,
        "prompt": args.prompt,
        "session_window_s": stats(sessions, "window_s"),
        "ready_s": ready,
        "model_warm_s": stats(sessions, "model_warm_s"),
        "turn_shown_s": stats(sessions, "turn_shown_s"),
        "max_ui_stall_ms": stats(sessions, "max_ui_stall_ms"),
        "load_avg_1m": stats(runs + sessions, "load_avg_1m"),
        "ready_budget_s": args.ready_budget,
        "ready_within_budget": ready is not None and ready["median"] <= args.ready_budget,
    }
    if args.baseline is not None:
        summary["baseline"] = {"tree": str(args.baseline), "runs": before, "window_s": stats(before, "window_s"),
                               "ready_s": stats(before, "ready_s"), "model_warm_s": stats(before, "model_warm_s"),
                               "load_avg_1m": stats(before, "load_avg_1m")}
    if runs:
        print(f"cold start to a usable window: median {summary['window_s']['median']:.3f} s, "
              f"p90 {summary['window_s']['p90']:.3f} s over {len(runs)} runs ({summary['machine']['qpa']}); "
              f"budget {args.budget} s: {'OK' if summary['within_budget'] else 'OVER'}")
    if load:
        print(f"model ready in the background after {load.get('model_warm_s')} s; "
              f"longest UI stall meanwhile {load.get('max_ui_stall_ms')} ms")
    for key, label in (("ready_s", "launch -> prompt accepted"), ("model_warm_s", "launch -> model warm"),
                       ("turn_shown_s", "launch -> first turn shown")):
        s = summary[key]
        if s:
            print(f"{label}: median {s['median']:.2f} s, p90 {s['p90']:.2f} s over {s['n']} sessions")
    base = summary.get("baseline")
    if base and base["ready_s"]:
        print(f"baseline ({args.baseline}): launch -> ready (= model warm) median {base['ready_s']['median']:.2f} s, "
              f"p90 {base['ready_s']['p90']:.2f} s")
    if sessions:
        la = summary["load_avg_1m"]
        print(f"ready budget {args.ready_budget} s (median): {'OK' if summary['ready_within_budget'] else 'OVER'}; "
              f"load average (1 min) median {la['median'] if la else '?'} on {os.cpu_count()} CPUs")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    path = results / f"startup-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
