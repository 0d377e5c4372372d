"""Recovery benchmark: how long the preview is gone after ``next dev`` is killed.

Creates a project the way ``nxr new`` does (real template, real dependency store), adds two
pages, starts its dev server (:class:`app.preview.devserver.DevServer`, auto-restart on),
loads the three routes, then repeats ``--runs`` times: view one route (rotating), stay on
it ``--settle`` seconds, SIGKILL the whole process group of ``next dev``, and time until
that route answers 200 with its expected text again, polling every 25 ms like a browser
that retries. Prints median and p90 and writes JSON to ``bench/results/recovery-<ts>.json``.

The machine may be shared: the JSON records ``os.getloadavg()`` before every kill and the
core count, so compare runs made under a similar load only.

    .venv/bin/python bench/recovery.py [--runs 10] [--settle 2] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SITE = "Orbit Bakery"
PAGES = {  # route -> (page source or None for the template's home page, text it must show)
    "/": (None, SITE),
    "/about": ("export default function About() {\n  return <section><h1>About us</h1>"
               "<p>Baked since 1999.</p></section>;\n}\n", "Baked since 1999"),
    "/menu": ("export default function Menu() {\n  return <section><h1>Our menu</h1>"
              "<p>Sourdough and rye.</p></section>;\n}\n", "Sourdough and rye"),
}


def percentile(values: list[float], q: float) -> float:
    """Linear between closest ranks (as ``app.session.bench.report.percentile``)."""
    data = sorted(values)
    pos = (len(data) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def dir_size(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        try:
            if path.is_file():
                total += path.stat().st_size
        except OSError:
            continue  # written or deleted by next dev while we look
    return total


def git_head() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10, check=False)
    except OSError:
        return None
    return done.stdout.strip() or None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10, help="kills (default 10)")
    ap.add_argument("--settle", type=float, default=2.0,
                    help="seconds on the viewed page before the kill (default 2)")
    ap.add_argument("--timeout", type=float, default=60.0, help="give up on one recovery after this long")
    ap.add_argument("--label", default="", help="free text stored in the JSON (e.g. 'before')")
    ap.add_argument("--out", default=None)
    ap.add_argument("--keep", action="store_true", help="keep the generated project")
    args = ap.parse_args()

    from app.preview.devserver import DevServer
    from app.preview.node import find_node
    from app.scaffold.project import create_project

    work = Path(tempfile.mkdtemp(prefix="nxr-bench-recovery-"))
    node = find_node()
    project = create_project(work / "bakery", SITE, node)
    for route, (source, _text) in PAGES.items():
        if source is not None:
            folder = project.root / "app" / route.strip("/")
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "page.tsx").write_text(source, encoding="utf-8")

    server = DevServer(project.root, node, max_restarts=args.runs + 5)
    started_at: list[float] = []
    started_event = threading.Event()

    def on_started(_url: str) -> None:
        started_at.append(time.monotonic())
        started_event.set()

    server.on_started.append(on_started)
    t = time.monotonic()
    url = server.start()
    setup: dict[str, Any] = {"project": str(project.root), "url": url, "ready_s": round(time.monotonic() - t, 3)}
    first: dict[str, float] = {}
    for route, (_source, text) in PAGES.items():
        t = time.monotonic()
        check = server.wait_route(route, [text], timeout=args.timeout)
        if not check.ok:
            print(f"{route} never showed {text!r}: {check}", file=sys.stderr)
            server.stop()
            return 1
        first[route] = round(time.monotonic() - t, 3)
    setup["first_load_s"] = first
    print(f"project {project.root}, ready {setup['ready_s']} s, first loads {first}", flush=True)

    routes = list(PAGES)
    runs: list[dict[str, Any]] = []
    try:
        for i in range(args.runs):
            route = routes[(i + 2) % len(routes)]  # /menu first: the page last loaded above
            text = PAGES[route][1]
            if not server.wait_route(route, [text], timeout=args.timeout).ok:  # the user looks at it
                raise RuntimeError(f"{route} is not served before run {i + 1}")
            time.sleep(args.settle)
            pid = server.pid
            assert pid is not None
            cache_bytes = dir_size(project.root / ".next" / "dev" / "cache")
            load = os.getloadavg()
            started_event.clear()
            killed = time.monotonic()
            os.killpg(pid, signal.SIGKILL)  # next dev and its next-server child, as a crash would
            while server.pid == pid and time.monotonic() - killed < args.timeout:
                time.sleep(0.005)  # only the new server's answer counts
            check = server.wait_route(route, [text], timeout=args.timeout)
            back_s = time.monotonic() - killed
            ready_s = started_at[-1] - killed if started_event.is_set() else None
            outcome = server.outcome
            row = {"run": i + 1, "route": route, "ok": check.ok, "recover_s": round(back_s, 3),
                   "ready_s": None if ready_s is None else round(ready_s, 3),
                   "server_recovered_s": getattr(outcome, "recovered_s", None),
                   "cache_bytes_before_kill": cache_bytes, "loadavg_before": [round(x, 2) for x in load]}
            runs.append(row)
            print(f"{i + 1:2} {route:7} {'ok' if check.ok else 'FAILED':6} back in {back_s:6.2f} s "
                  f"(ready {row['ready_s']} s)  cache {cache_bytes / 1e6:5.1f} MB  load {load[0]:.2f}", flush=True)
            if not check.ok:
                print("\n".join(server.recent_output(30)), file=sys.stderr)
    finally:
        tail = server.recent_output(40)
        server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    times = [r["recover_s"] for r in runs if r["ok"]]
    summary = {"n": len(runs), "ok": len(times),
               "median_s": round(statistics.median(times), 3) if times else None,
               "p90_s": round(percentile(times, 90), 3) if times else None,
               "max_s": round(max(times), 3) if times else None,
               "under_5s": sum(1 for x in times if x <= 5.0)}
    report = {"bench": "recovery", "label": args.label, "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
              "git_head": git_head(), "cpu_count": os.cpu_count(), "loadavg_end": list(os.getloadavg()),
              "settle_s": args.settle, "node": node.version_text,
              "env": {k: v for k, v in os.environ.items() if k.startswith("TURBO_ENGINE_")},
              "setup": setup, "summary": summary, "runs": runs, "output_tail": tail}
    print(f"\nrecovery after SIGKILL: median {summary['median_s']} s, p90 {summary['p90_s']} s, "
          f"max {summary['max_s']} s, {summary['ok']}/{summary['n']} ok, {summary['under_5s']} within 5 s "
          f"({os.cpu_count()} cores, load {os.getloadavg()[0]:.2f})")
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / f"recovery-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"written: {out}")
    return 0 if summary["ok"] == summary["n"] else 1


if __name__ == "__main__":
    sys.exit(main())
