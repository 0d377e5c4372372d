"""The before/after table of the quality levers, built from recorded results (never typed in).

    .venv/bin/python bench/plans/table.py LABEL=PLANS.json[,SESSIONS.json] ... [--out bench/results/quality.md]

Each row: plan accuracy (op, all slots) from ``bench/plans/run.py`` (``PLANS.json#model``: the
model's own plans, before the app fits them to the request's words) and, where given,
the session benchmark's completed rate, prompts per step, median wait and first token
from ``nxr bench --report``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _load(path: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def row(label: str, plans: str, sessions: str | None) -> str:
    path, _, view = plans.partition("#")
    p = _load(path)["summary"]
    acc = "model_" if view == "model" else ""
    cells = [label, f"{p['cases']}", f"{p[acc + 'op_accuracy']:.1%}", f"{p[acc + 'slot_accuracy']:.1%}",
             f"{p['median_turn_s'] * 1000:.0f} ms"]
    if sessions:
        s = _load(sessions)["summary"]
        cells += [f"{s['completed']}/{s['sessions']} ({s['completed_rate']:.0%})", f"{s['steps_passed']}/{s['steps_total']}",
                  f"{s['prompts_per_step']:.2f}", f"{s['median_wait_ms']:.0f} ms", f"{s['median_ttft_ms']:.0f} ms"]
    else:
        cells += ["–"] * 5
    return "| " + " | ".join(cells) + " |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rows", nargs="+", help="LABEL=PLANS.json[,SESSIONS.json]")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    lines = ["| lever | plan cases | right op | all slots right | median turn (plans) | sessions completed | "
             "steps passed | prompts/step | median wait | median first token |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for spec in args.rows:
        label, _, files = spec.partition("=")
        plans, _, sessions = files.partition(",")
        lines.append(row(label, plans, sessions or None))
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
