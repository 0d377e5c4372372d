"""Turn benchmark: per-phase latency of real turns (real model, real `next dev`).

Creates a fresh project, starts its dev server, warms the engine, then runs a
scripted list of requests (edits to existing pages and new pages) and reports
median and p90 per phase: queued, first token, generation, validate+apply,
preview ready, total wait. Writes JSON to bench/results/.

    .venv/bin/python bench/turn.py [--turns 24] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REQUESTS = [
    ("edit", "change the main heading to Fresh coffee every day"),
    ("new", "add a menu page titled Our Menu"),
    ("edit", "make the subtitle say Open seven days a week"),
    ("edit", "add a features section to the home page"),
    ("new", "add a contact page with a form"),
    ("edit", "change the home page title to The Corner Cafe"),
    ("edit", "use a navy theme with a serif font"),
    ("edit", "add an faq section to the home page"),
    ("new", "create a pricing page with three tiers"),
    ("edit", "change the main heading to Good coffee, good people"),
    ("edit", "add testimonials to the home page"),
    ("edit", "make the subtitle say Since 1999"),
    ("new", "add a team page titled Meet the Team"),
    ("edit", "change the main heading to Welcome in"),
    ("edit", "add a call to action to the home page"),
    ("edit", "make the subtitle say Freshly roasted beans"),
    ("new", "add a page called Events"),
    ("edit", "change the main heading to Coffee and cake"),
    ("edit", "use a green theme"),
    ("edit", "make the subtitle say Come as you are"),
    ("new", "add a page called Gallery"),
    ("edit", "change the main heading to See you soon"),
    ("edit", "make the subtitle say Near the station"),
    ("edit", "change the main heading to Best cafe in town"),
]
from app.session.bench.report import percentile  # noqa: E402

PHASES = ("queued_ms", "ttft_ms", "generation_ms", "apply_ms", "preview_ms", "total_ms")


def stats(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {"median": round(statistics.median(values), 1), "p90": round(percentile(values, 90) or 0.0, 1), "n": len(values)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--turns", type=int, default=len(REQUESTS))
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    from app.engine.loader import load_engine
    from app.preview.devserver import DevServer
    from app.preview.node import find_node
    from app.scaffold.project import create_project
    from app.session.turn import TurnRunner

    work = Path(tempfile.mkdtemp(prefix="nxr-bench-turn-"))
    t = time.perf_counter()
    project = create_project(work / "cafe", "The Cafe")
    create_s = time.perf_counter() - t
    server = DevServer(project.root, find_node())
    t = time.perf_counter()
    url = server.start()
    ready_s = time.perf_counter() - t
    server.fetch("/")  # first compile of the home page is not a turn
    engine = load_engine(threads=args.threads)
    runner = TurnRunner(project.root, engine, server)
    t = time.perf_counter()
    runner.warm()
    warm_s = time.perf_counter() - t
    turns: list[dict[str, Any]] = []
    try:
        for i in range(args.turns):
            kind, request = REQUESTS[i % len(REQUESTS)]
            result = runner.run(request)
            row = {"kind": kind, "request": request, "outcome": result.outcome, "plan": result.plan,
                   "route": result.route, "preview_ok": result.preview_ok, "tokens": result.tokens,
                   "message": result.message, **result.timings}
            turns.append(row)
            print(f"{i + 1:2} {kind:4} {result.outcome:12} total {row.get('total_ms')} ms  ttft {row.get('ttft_ms')}  "
                  f"gen {row.get('generation_ms')}  apply {row.get('apply_ms')}  preview {row.get('preview_ms')}  "
                  f"{request!r} -> {result.plan[:90]}", flush=True)
    finally:
        server.stop()
    summary: dict[str, Any] = {}
    for group in ("all", "edit", "new"):
        rows = [r for r in turns if r["outcome"] == "applied" and (group == "all" or r["kind"] == group)]
        summary[group] = {p: stats([r[p] for r in rows if r.get(p) is not None]) for p in PHASES}
        summary[group]["applied"] = len(rows)
    ttft_all = [r["ttft_ms"] for r in turns if r.get("ttft_ms") is not None]
    summary["ttft_all_turns"] = stats(ttft_all)
    summary["outcomes"] = {o: sum(1 for r in turns if r["outcome"] == o) for o in {r["outcome"] for r in turns}}
    report = {"bench": "turn", "date": time.strftime("%Y-%m-%dT%H:%M:%S"), "cpu_count": os.cpu_count(),
              "provider": engine.info.provider, "model": engine.info.model_id, "threads": args.threads,
              "setup": {"create_project_s": round(create_s, 3), "dev_server_ready_s": round(ready_s, 3),
                        "engine_warm_s": round(warm_s, 3), "url": url},
              "summary": summary, "turns": turns}
    print("\nphase (ms)        edit median/p90      new-route median/p90     all median/p90")
    for p in PHASES:
        cells = []
        for group in ("edit", "new", "all"):
            s = summary[group][p]
            cells.append(f"{s['median']:8.1f} / {s['p90']:8.1f}" if s else f"{'-':>19}")
        print(f"{p:16}" + "".join(f"{c:>24}" for c in cells))
    print(f"outcomes: {summary['outcomes']}")
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / f"turn-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
