"""What the doubt gate's flag would say on recorded sessions played without it.

    .venv/bin/python bench/usersets/flagged.py REPORT.json [...] [--out RESULT.json]

A flag writes the same files as no flag, so a session played without the gate is the session the
default (``NXR_DOUBT`` unset) plays, turn for turn; only the flagged turns' messages differ. Each
applied turn of each report is scored with the shipped gate (``resources/doubt/gate.json``, at its flag threshold); the
result counts, per report and together, the applied turns, the wrong edits among them (changed files,
failed checks), the turns flagged and the wrong edits flagged (shown as unsure, not as done).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.session.doubt import load_gate  # noqa: E402


def counts(report: dict[str, Any]) -> dict[str, int]:
    gate = load_gate()
    assert gate is not None, "resources/doubt/gate.json is missing"
    out = {"applied": 0, "wrong": 0, "flagged": 0, "wrong_flagged": 0}
    for session in report["sessions"]:
        for t in session["turns"]:
            if t["outcome"] != "applied" or not t.get("changed_files"):
                continue
            wrong = not t["passed"]
            flagged = gate.doubts(t["prompt"], t["plan"], t.get("model_plan", ""), hold=False)
            out["applied"] += 1
            out["wrong"] += wrong
            out["flagged"] += flagged
            out["wrong_flagged"] += wrong and flagged
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    rows = {p.name: counts(json.loads(p.read_text(encoding="utf-8"))) for p in args.reports}
    total = {k: sum(r[k] for r in rows.values()) for k in ("applied", "wrong", "flagged", "wrong_flagged")}
    for name, r in [*rows.items(), ("together", total)]:
        print(f"{name}: {r['flagged']} of {r['applied']} applied turns flagged; {r['wrong_flagged']} of {r['wrong']} wrong edits")
    if args.out:
        args.out.write_text(json.dumps({"reports": rows, "together": total}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
