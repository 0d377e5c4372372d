"""Copy slots free vs narrowed to the request's spans, case by case in one process (same load).

    NXR_MODEL_DIR=... .venv/bin/python bench/plans/span.py --cases blind5 [--limit N] [--out F]
    NXR_MODEL_DIR=... .venv/bin/python bench/plans/span.py --usersets u2,u3,u4 [--limit N]

Each case runs twice on fresh copies of the same project, the two modes in alternating order:
``free`` (the grammar of the project only, its session warmed first as on a later turn of a
session) and ``spans`` (``TurnRunner(copy_spans=True)``: a grammar per request, so a new session
every turn). Eval sets are scored as ``run.py`` scores them; user-set prompts (no expected plan)
give the copy measure only. For each mode: accuracy per op, model time per plan (first token +
generation), grammar build (Python) and session set-up (ORT: generator and grammar), decode
steps, how many copied values are not the request's words, and how often each copy-fitting rule
of ``requestfit`` changed a value.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.plans.run import project_for, score  # noqa: E402
from bench.plans.sets import SETS, all_cases  # noqa: E402

MODES = ("free", "spans")
COPY_KEYS = ("title", "text", "label", "heading", "name", "tagline", "item")
FIRED: Counter[str] = Counter()


def _instrument() -> None:
    """Count each copy-fitting rule of requestfit when it changes a value. The respelling rules
    ``_closest_span`` and ``_typed_detail`` were counted too until the runs showed them dead with
    the spans (bench/results/span-*.json) and they were deleted."""
    from app.scaffold import requestfit as rf

    def counting(name: str, label: str, changed: Any) -> None:
        original = getattr(rf, name, None)
        if original is None:
            return

        def wrapper(*args: Any) -> Any:
            out = original(*args)
            if changed(args, out):
                FIRED[label] += 1
            return out

        setattr(rf, name, wrapper)

    counting("_closest_span", "respelling (_closest_span)", lambda a, out: out is not None and out != a[0])
    counting("_typed_detail", "price respelt (_typed_detail)", lambda a, out: out != a[0])
    counting("_extended", "cut short (_extended)", lambda a, out: out != a[0])
    counting("_fit", "part of a quote", lambda a, out: out != a[0] and out in rf._quotes(a[1]))


def copied_values(plan: str) -> list[str]:
    try:
        ops = json.loads(plan)["ops"] if plan else []
    except (ValueError, KeyError, TypeError):
        return []
    out = []
    for op in ops:
        out += [v for k, v in op.items() if k in COPY_KEYS and isinstance(v, str) and v]
        for item in op.get("items") or []:
            out += [v for v in item.values() if isinstance(v, str) and v]
    return out


def not_typed(value: str, request: str) -> bool:
    """A copied value that is not the request's words (in any case), nor a path's words."""
    from app.scaffold.spans import request_spans

    folded = value.casefold()
    return folded not in request.casefold() and folded not in {s.casefold() for s in request_spans(request)}


def project(routes: list[str]) -> Path:
    return project_for(routes)


def userset_cases(names: list[str], retries: bool = True) -> list[dict[str, Any]]:
    from app.session.bench.sessionfile import split_set

    out = []
    for name in names:
        path = ROOT / "bench" / "usersets" / f"{name}.jsonl"
        _header, sessions = split_set(path.read_text(encoding="utf-8"), path)
        for session in sessions:
            for turn in session["turns"]:
                for prompt in [turn["prompt"], *(turn.get("retries", []) if retries else [])]:
                    out.append({"request": prompt, "routes": ["/"], "expected": None, "error": None, "set": name})
    return out


def run_mode(engine: Any, case: dict[str, Any], mode: str, prefill: bool = False) -> dict[str, Any]:
    from app.session.turn import TurnRunner

    runner = TurnRunner(project(case["routes"]), engine, copy_spans=mode == "spans")
    runner.last_error = case["error"]
    if mode == "free":
        runner.warm()  # a later turn of a session: the project's grammar is set up already
    if prefill:
        runner.prefill(case["request"])  # the window prefills the draft as it is typed
    fired_before = Counter(FIRED)
    result = runner.run(case["request"])
    fired = {k: v - fired_before.get(k, 0) for k, v in FIRED.items() if v - fired_before.get(k, 0)}
    t = result.timings
    model_plan = result.model_plan or result.plan
    row: dict[str, Any] = {
        "outcome": result.outcome, "plan": result.plan, "model_plan": result.model_plan, "fired": fired,
        "grammar_ms": t.get("grammar_ms"), "setup_ms": t.get("setup_ms"), "ttft_ms": t.get("ttft_ms"),
        "generation_ms": t.get("generation_ms"), "decode_steps": t.get("decode_steps"), "tokens": result.tokens,
        "model_ms": None if t.get("ttft_ms") is None else round((t["ttft_ms"] or 0) + (t.get("generation_ms") or 0), 1),
        "copied": len(copied_values(model_plan)),
        "not_typed": [v for v in copied_values(model_plan) if not_typed(v, case["request"])],
    }
    if case["expected"] is not None:
        row["op_ok"], row["slots_ok"], row["got"] = score(result.plan, case["expected"])
        row["model_op_ok"], row["model_slots_ok"] = (score(result.model_plan, case["expected"])[:2]
                                                     if result.model_plan else (row["op_ok"], row["slots_ok"]))
    return row


def _median(rows: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in rows if r.get(key) is not None]
    return round(statistics.median(values), 1) if values else None


def summary(cases: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for mode in MODES:
        rs = rows[mode]
        s: dict[str, Any] = {
            "turns": len(rs),
            "model_ms_median": _median(rs, "model_ms"), "ttft_ms_median": _median(rs, "ttft_ms"),
            "generation_ms_median": _median(rs, "generation_ms"), "grammar_ms_median": _median(rs, "grammar_ms"),
            "grammar_ms_max": max((r["grammar_ms"] or 0 for r in rs), default=None),
            "setup_ms_median": _median(rs, "setup_ms"), "decode_steps_median": _median(rs, "decode_steps"),
            "decode_steps_total": sum(r["decode_steps"] or 0 for r in rs), "tokens_total": sum(r["tokens"] for r in rs),
            "copied_values": sum(r["copied"] for r in rs),
            "copied_not_typed": sum(len(r["not_typed"]) for r in rs),
            "plans_with_a_value_not_typed": sum(bool(r["not_typed"]) for r in rs),
            "outcomes": dict(Counter(r["outcome"] for r in rs)),
            "rules_fired": dict(sum((Counter(r["fired"]) for r in rs), Counter())),
            "plans_changed_by_rules": sum(bool(r["model_plan"]) for r in rs),
        }
        scored = [(c, r) for c, r in zip(cases, rs) if "op_ok" in r]
        if scored:
            n = len(scored)
            per_op: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
            for c, r in scored:
                per_op[str(c["expected"]["op"])].append((r["op_ok"], r["slots_ok"]))
            s.update({
                "op_accuracy": round(sum(r["op_ok"] for _, r in scored) / n, 3),
                "slot_accuracy": round(sum(r["slots_ok"] for _, r in scored) / n, 3),
                "model_op_accuracy": round(sum(r["model_op_ok"] for _, r in scored) / n, 3),
                "model_slot_accuracy": round(sum(r["model_slots_ok"] for _, r in scored) / n, 3),
                "per_op": {op: {"n": len(v), "op": round(sum(a for a, _ in v) / len(v), 2),
                                "slots": round(sum(b for _, b in v) / len(v), 2)} for op, v in sorted(per_op.items())},
            })
        out[mode] = s
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--cases", choices=SETS)
    group.add_argument("--usersets", help="comma-separated user sets (bench/usersets), every prompt and retry")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--full-ops", default="", help="eval sets: every case of these ops (comma-separated) ...")
    ap.add_argument("--others", type=int, default=None, help="... and the first N cases of each other op")
    ap.add_argument("--prefill", action="store_true", help="prefill each request as a typed draft first (the window's path)")
    ap.add_argument("--no-retries", action="store_true", help="user sets: the prompts only, not their retries")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    if args.cases:
        cases = [{"request": c.request, "routes": c.routes, "expected": c.expected, "error": c.error, "set": c.tags[0]}
                 for c in all_cases(args.cases)]
        if args.others is not None:
            full, seen = set(args.full_ops.split(",")), Counter()
            kept = []
            for c in cases:
                op = str(c["expected"]["op"])
                seen[op] += 1
                if op in full or seen[op] <= args.others:
                    kept.append(c)
            cases = kept
    else:
        cases = userset_cases(args.usersets.split(","), retries=not args.no_retries)
    cases = cases[: args.limit]
    from app.engine.loader import load_engine

    _instrument()
    engine = load_engine()
    project(["/"])
    rows: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
    started = time.perf_counter()
    for i, case in enumerate(cases):
        order = MODES if i % 2 == 0 else MODES[::-1]
        got = {mode: run_mode(engine, case, mode, args.prefill) for mode in order}
        for mode in MODES:
            rows[mode].append(got[mode])
        f, s = got["free"], got["spans"]
        mark = "" if "op_ok" not in f else f" {'OK ' if f['slots_ok'] else 'bad'}->{'OK ' if s['slots_ok'] else 'bad'}"
        changed = "=" if f["model_plan"] == s["model_plan"] and f["plan"] == s["plan"] else "≠"
        print(f"{i + 1}/{len(cases)}{mark} {changed} {case['request'][:60]!r} free {f['model_ms']} ms {f['model_plan'] or f['plan']}"
              f" | spans {s['model_ms']} ms {s['model_plan'] or s['plan']}", flush=True)
    result = {"summary": summary(cases, rows), "model": engine.info.model_id, "model_dir": engine.info.model_dir,
              "set": args.cases or args.usersets, "cases": len(cases), "prefilled_drafts": args.prefill, "run_s": round(time.perf_counter() - started, 1),
              "rows": [{"request": c["request"], "routes": c["routes"], "expected": c["expected"], "set": c["set"],
                        **{m: rows[m][i] for m in MODES}} for i, c in enumerate(cases)]}
    print(json.dumps(result["summary"], indent=2))
    name = args.cases or args.usersets.replace(",", "-")
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / f"span-{name}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
