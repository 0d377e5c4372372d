"""Replay recorded plan evals through the app's current request-fitting rules, without the model.

    .venv/bin/python bench/plans/refit.py bench/results/plans-….json [...] [--show]

Each row's model plan (``model_plan`` where the rules changed it, else the recorded first
op) is fitted again with ``app/scaffold/requestfit.py`` and scored as ``run.py`` scores it.
It takes seconds, so a rule can be tried on recorded runs; but a set whose rows were read
to write a rule is no longer blind for that rule (say so when reporting).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.scaffold.plan import Plan, parse_plan, plan_to_json, without_unasked_titles  # noqa: E402
from app.scaffold.requestfit import fit_plan  # noqa: E402
from app.scaffold.site import Site  # noqa: E402
from bench.plans.run import score, site_for  # noqa: E402


def model_plan(row: dict[str, object]) -> Plan | None:
    text = row.get("model_plan")
    if isinstance(text, str) and text:
        return parse_plan(text)
    got = row.get("got")
    if not isinstance(got, dict) or not got:
        return None
    return parse_plan(json.dumps({"ops": [got]}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--show", action="store_true", help="print the rows whose score the rules change")
    args = ap.parse_args()
    for name in args.files:
        rows = json.loads(Path(name).read_text(encoding="utf-8"))["rows"]
        model_ok = fitted_ok = 0
        for row in rows:
            plan = model_plan(row)
            expected = row["expected"]
            if plan is None:
                continue
            site = site_for(row["routes"])
            assert isinstance(site, Site)
            request = str(row["request"])
            fitted = fit_plan(without_unasked_titles(plan, request), request, site)
            before = score(plan_to_json(plan), expected)[1]
            _, after, got = score(plan_to_json(fitted), expected)
            model_ok += before
            fitted_ok += after
            if args.show and before != after:
                print(f"{'fixed' if after else 'BROKE'} {request[:90]!r} -> {json.dumps(got)[:120]}")
        n = len(rows)
        print(f"{name}: {n} cases, model {model_ok / n:.1%}, fitted {fitted_ok / n:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
