"""Replay the recorded turns of user-set reports through the current fitting rules, without the model.

    .venv/bin/python bench/usersets/refit.py bench/results/usersets-….json [...] [--show]

Each turn's model plan (``model_plan`` where the rules changed it, else ``plan``) is fitted again
with ``app/scaffold/requestfit.py`` (and read from the request where the turn would: ``read_instead``) against the pages the session had at that turn (the routes its
earlier applied, not undone turns added, as recorded). Prints, per report, how many fitted plans
now differ from the recorded ones, split by the turn's recorded outcome (passed / wrong applied /
other); ``--show`` prints each changed turn. It measures what a rule touches, not what the checks
would then say: a changed plan still has to be played (``nxr bench``) to count as fixed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.scaffold.plan import AddPage, RemovePage, RenamePage, parse_plan, plan_to_json, without_unasked_titles  # noqa: E402
from app.scaffold.requestfit import fit_plan  # noqa: E402
from app.session.turn import read_instead  # noqa: E402
from app.scaffold.site import slug  # noqa: E402
from bench.plans.run import site_for  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    for path in args.files:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
        counts = {"passed": 0, "wrong_applied": 0, "other": 0}
        total = 0
        for session in report["sessions"]:
            routes = ["/"]
            for turn in session["turns"]:
                text = turn.get("model_plan") or turn.get("plan")
                if text:
                    total += 1
                    model = parse_plan(text)
                    site = site_for(routes)
                    plan = fit_plan(without_unasked_titles(model, turn["prompt"]), turn["prompt"], site)  # type: ignore[arg-type]
                    fitted = plan_to_json(read_instead(plan, turn["prompt"], site) or plan)  # type: ignore[arg-type]
                    if fitted != turn["plan"]:
                        kind = ("passed" if turn["passed"] else
                                "wrong_applied" if turn["outcome"] == "applied" else "other")
                        counts[kind] += 1
                        if args.show:
                            print(f"[{kind}] {session['name']} step {turn['step']}.{turn['attempt']}: {turn['prompt']}\n"
                                  f"    was: {turn['plan']}\n    now: {fitted}")
                if turn["outcome"] == "applied" and not turn.get("undone") and turn.get("plan"):
                    for op in parse_plan(turn["plan"]).ops:
                        if isinstance(op, AddPage):
                            routes.append(op.route or "/" + slug(op.title))  # as the app derives it
                        elif isinstance(op, RemovePage) and op.route in routes:
                            routes.remove(op.route)
                        elif isinstance(op, RenamePage) and op.route in routes:
                            routes[routes.index(op.route)] = op.new_route or op.route
        print(f"{path}: {total} plans, changed: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
