"""Prefill while the user types: first token of a turn sent cold vs. after its draft was prefilled.

Each prompt runs on a fresh real project (``nxr new``) with the real model, once plainly and once
after ``TurnRunner.prefill`` saw it being typed (a third, two thirds, all of it), alternating which
goes first. Both must give the same plan (greedy decoding); the figure is the first-token time.

    .venv/bin/python bench/prefill.py [--rounds 2]
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

PROMPTS = ["I need a services page", "change the title on the home page to Fresh Bread Daily", "add a contact page",
           "switch to a purple color scheme", "add an FAQ section to the home page",
           "rename the about page to /our-story"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    from app.engine.loader import load_engine
    from app.scaffold.project import create_project
    from app.session.bench.report import percentile
    from app.session.turn import TurnRunner

    engine = load_engine()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for rnd in range(args.rounds):
            for i, prompt in enumerate(PROMPTS):
                row: dict[str, Any] = {"prompt": prompt, "load_avg_1m": round(os.getloadavg()[0], 2)}
                order = ("plain", "drafted") if (rnd + i) % 2 == 0 else ("drafted", "plain")
                for mode in order:
                    runner = TurnRunner(create_project(tmp / f"{mode}-{rnd}-{i}", "Bakery").root, engine)
                    runner.warm()
                    if mode == "drafted":
                        for cut in (len(prompt) // 3, 2 * len(prompt) // 3, len(prompt)):
                            runner.prefill(prompt[:cut])
                    result = runner.run(prompt)
                    row[f"{mode}_ttft_ms"] = result.timings.get("ttft_ms")
                    row[f"{mode}_plan"] = result.plan
                row["same_plan"] = row["plain_plan"] == row["drafted_plan"]
                rows.append(row)
                print(f"{prompt[:40]:40}  plain {row['plain_ttft_ms']} ms  drafted {row['drafted_ttft_ms']} ms  "
                      f"same plan {row['same_plan']}  load {row['load_avg_1m']}", flush=True)
    engine.close()

    def summary(key: str) -> dict[str, float]:
        values = [float(r[key]) for r in rows if r.get(key) is not None]
        return {"median": round(statistics.median(values), 1), "p90": round(percentile(values, 90) or 0.0, 1)}

    out = {"benchmark": "prefill", "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "cpus": os.cpu_count(),
           "rows": rows, "plain_ttft_ms": summary("plain_ttft_ms"), "drafted_ttft_ms": summary("drafted_ttft_ms"),
           "same_plan": sum(r["same_plan"] for r in rows), "turns": len(rows),
           "load_avg_1m": summary("load_avg_1m")}
    print(f"first token: plain median {out['plain_ttft_ms']['median']} ms (p90 {out['plain_ttft_ms']['p90']}), "
          f"drafted {out['drafted_ttft_ms']['median']} ms (p90 {out['drafted_ttft_ms']['p90']}); "
          f"same plan {out['same_plan']}/{len(rows)}; load average median {out['load_avg_1m']['median']}")
    path = ROOT / "bench" / "results" / f"prefill-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
