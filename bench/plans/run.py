"""Offline plan accuracy: op exact match and slot match on held-apart cases, per op.

    .venv/bin/python bench/plans/run.py [--cases SET] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.plans.sets import SETS, EvalSetError, all_cases  # noqa: E402


def site_for(routes: list[str]) -> object:
    from app.scaffold.site import Page, default_section, initial_site

    site = initial_site("Acme")
    for r in routes:
        if r != "/":
            title = r.strip("/").capitalize()
            site.pages.append(Page(route=r, title=title, sections=[default_section("pricing" if "pricing" in r else "text", "Acme")]))
    return site


def project_for(routes: list[str]) -> Path:
    """A new project (``nxr new``'s files, no node_modules) with a page at each of ``routes``, made
    the way a session makes them: through the code ops."""
    import shutil

    from app.scaffold.plan import parse_plan
    from app.scaffold.render import initial_files
    from app.scaffold.source import open_source
    from app.scaffold.store import template_dir

    root = Path(tempfile.mkdtemp(prefix="nxr-plans-"))
    shutil.copytree(template_dir(), root, dirs_exist_ok=True)
    for rel, text in initial_files("Acme").items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    ops = [{"op": "add_page", "route": r, "title": r.strip("/").capitalize()} for r in routes if r != "/"]
    ops += [{"op": "add_section", "route": r, "kind": "pricing" if "pricing" in r else "text"} for r in routes if r != "/"]
    for i in range(0, len(ops), 4):  # a plan holds at most four ops
        source = open_source(root)
        for rel, body in source.apply(parse_plan(json.dumps({"ops": ops[i:i + 4]})), source.read()).writes.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            if body is not None:
                (root / rel).write_bytes(body)
    return root


def _built_precision(engine: object) -> str:
    """The precision of the folder actually loaded (NXR_MODEL_DIR may point at another build)."""
    from app.engine.manifest import read_build_info

    info = read_build_info(Path(engine.model_dir)) or {}  # type: ignore[attr-defined]
    key = info.get("key")
    if isinstance(key, dict) and isinstance(key.get("build"), dict):
        return str(key["build"].get("precision"))
    return str(engine.manifest.build.precision)  # type: ignore[attr-defined]


def slot_ok(key: str, expected: object, got: object) -> bool:
    """Strings case-insensitively; an API body by its keys and values as strings (42 == "42");
    a new page's sections by containment (the expected kinds are among those written)."""
    if key == "json" and isinstance(expected, dict):
        return isinstance(got, dict) and {k: str(v).lower() for k, v in got.items()} == {
            k: str(v).lower() for k, v in expected.items()}
    if key == "sections" and isinstance(expected, list):
        return isinstance(got, list) and all(kind in got for kind in expected)
    return str("" if got is None else got).lower() == str(expected).lower()


def score(plan: str, expected: dict[str, object]) -> tuple[bool, bool, dict[str, object]]:
    """(op right, op and every expected slot right, the first op as written) for a plan's text."""
    from app.errors import PlanError
    from app.scaffold.plan import parse_plan
    from app.scaffold.site import slug

    got: dict[str, object] = {}
    try:
        got = parse_plan(plan).ops[0].model_dump(mode="json", by_alias=True) if plan else {}
    except PlanError:
        pass
    if got.get("op") == "add_page" and not got.get("route"):
        got["route"] = "/" + slug(str(got.get("title", "")))  # what edit.apply_plan will use
    op_ok = got.get("op") == expected["op"]
    return op_ok, op_ok and all(slot_ok(k, v, got.get(k)) for k, v in expected.items()), got


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--cases", choices=SETS, default="all")
    args = ap.parse_args()
    try:
        cases = all_cases(args.cases)[: args.limit]
    except EvalSetError as exc:
        print(exc, file=sys.stderr)
        return 1
    from app.engine.loader import load_engine
    from app.session.turn import TurnRunner

    engine = load_engine()
    per_op: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    rows = []
    latencies = []
    for case in cases:
        request, routes, expected = case.request, case.routes, case.expected
        root = project_for(routes)
        runner = TurnRunner(root, engine)
        runner.last_error = case.error
        t = time.perf_counter()
        result = runner.run(request)
        latencies.append(time.perf_counter() - t)
        op_ok, slots_ok, got = score(result.plan, expected)
        raw_ok = score(result.model_plan, expected)[:2] if result.model_plan else (op_ok, slots_ok)
        per_op[str(expected["op"])].append((op_ok, slots_ok))
        rows.append({"request": request, "routes": routes, "error": case.error, "set": case.tags[0], "expected": expected, "got": got, "op_ok": op_ok, "slots_ok": slots_ok,
                     "model_plan": result.model_plan, "model_op_ok": raw_ok[0], "model_slots_ok": raw_ok[1],
                     "outcome": result.outcome})
        print(f"{'OK ' if slots_ok else ('op ' if op_ok else 'BAD')} {request!r:70} -> {json.dumps(got)[:110]}", flush=True)
    n = len(rows)
    summary = {
        "cases": n,
        "model": engine.info.model_id,
        "precision": _built_precision(engine),
        "per_set": {t: round(sum(r["slots_ok"] for r in rows if r["set"] == t) / max(1, sum(r["set"] == t for r in rows)), 3)
                    for t in sorted({r["set"] for r in rows})},
        "op_accuracy": round(sum(r["op_ok"] for r in rows) / n, 3),
        "slot_accuracy": round(sum(r["slots_ok"] for r in rows) / n, 3),
        # The model's own plans, before the app fits copy to the request's words (app/scaffold/requestfit.py).
        "model_op_accuracy": round(sum(r["model_op_ok"] for r in rows) / n, 3),
        "model_slot_accuracy": round(sum(r["model_slots_ok"] for r in rows) / n, 3),
        "median_turn_s": round(statistics.median(latencies), 3),
        "per_op": {op: {"n": len(v), "op": round(sum(a for a, _ in v) / len(v), 2), "slots": round(sum(b for _, b in v) / len(v), 2)}
                   for op, v in sorted(per_op.items())},
    }
    print(json.dumps(summary, indent=2))
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / f"plans-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"summary": summary, "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
