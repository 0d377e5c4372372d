"""Fit the doubt gate (``app/session/doubt.py``) on replayed user-set turns.

    .venv/bin/python bench/usersets/replay.py $(cat build/doubt/reports.txt) --dump /tmp/turns.jsonl
    .venv/bin/python build/finetune/datagen.py --n 3000 --seed 65 --out /tmp/taught.jsonl
    .venv/bin/python build/doubt/train.py /tmp/turns.jsonl --first-set 144 --taught /tmp/taught.jsonl \
        --out resources/doubt/gate.json [--heldout DUMP ...] [--threshold-from DUMP]

Each applied turn is a row: the request's words and the plan's ops (``doubt.features``), labelled
wrong when its checks failed. Sets from ``u144`` on were written to the brief today's blind sets are
written to, so only they are read. The model is a logistic regression over hashed features, class
weighted (a wrong edit is one turn in twelve), fitted by full-batch Adam with numpy: no other library,
and the same features the app computes. ``--threshold-from`` sets the gate's threshold (a hold) to the
score above which, on that dump's applied turns, at least ``--precision`` of the held would have been
wrong, and its flag threshold by the same rule at ``--flag-precision``; ``--heldout`` only reports.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.session.doubt import features, indices  # noqa: E402


def applied_rows(path: Path, first_set: int = 0) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r.get("out") == "applied" and int(r["k"].split()[0][1:]) >= first_set:
            rows.append(r)
    return rows


def taught_rows(path: Path) -> list[dict[str, Any]]:
    """Requests of the fine-tuning generator (``build/finetune/datagen.py``) with the plans run 10 was
    taught for them, labelled right: the explicit phrasing the model reads well (the public sessions'
    kind), which the user sets alone make the gate doubt (22 of the public sessions' 97 applied turns)."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        pair = json.loads(line)
        if any(op.get("op") == "decline" for op in pair["plan"]["ops"]):
            continue
        plan = json.dumps(pair["plan"], separators=(",", ":"), ensure_ascii=False)
        rows.append({"k": f"g0 taught-{n} 0.0", "prompt": pair["request"], "plan": plan, "model": plan,
                     "out": "applied", "ok": True})
    return rows


def design(rows: list[dict[str, Any]], buckets: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sparse rows as (row index, bucket, value), each row scaled to unit length."""
    ri, ci, vs = [], [], []
    for n, r in enumerate(rows):
        row = indices(features(r["prompt"], r["plan"], r.get("model", "")), buckets)
        norm = float(np.sqrt(sum(c * c for c in row.values()))) or 1.0
        for i, c in row.items():
            ri.append(n)
            ci.append(i)
            vs.append(c / norm)
    return np.array(ri), np.array(ci), np.array(vs, dtype=np.float64)


def scores(x: tuple[np.ndarray, np.ndarray, np.ndarray], n: int, w: np.ndarray, b: float) -> np.ndarray:
    ri, ci, vs = x
    z = np.bincount(ri, weights=vs * w[ci], minlength=n) + b
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def fit(x: tuple[np.ndarray, np.ndarray, np.ndarray], y: np.ndarray, buckets: int, l2: float,
        steps: int, lr: float) -> tuple[np.ndarray, float]:
    ri, ci, vs = x
    n = len(y)
    pos = y.sum()
    cw = np.where(y, n / (2 * pos), n / (2 * (n - pos))) / n  # balanced, summing to one
    w = np.zeros(buckets)
    b = 0.0
    m, v = np.zeros(buckets + 1), np.zeros(buckets + 1)
    for t in range(1, steps + 1):
        p = scores(x, n, w, b)
        g_row = cw * (p - y)
        g = np.append(np.bincount(ci, weights=vs * g_row[ri], minlength=buckets) + l2 * w, g_row.sum())
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        step = lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        w -= step[:-1]
        b -= float(step[-1])
    return w, b


def auc(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(p)
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    pos = y.sum()
    return float((ranks[y].sum() - pos * (pos + 1) / 2) / (pos * (len(y) - pos)))


def report(name: str, y: np.ndarray, p: np.ndarray, threshold: float | None,
           flag_threshold: float | None = None) -> dict[str, Any]:
    order = np.argsort(-p)
    out: dict[str, Any] = {"dump": name, "applied": int(len(y)), "wrong": int(y.sum()), "auc": round(auc(y, p), 3)}
    for frac in (0.03, 0.05, 0.1):
        top = order[: int(frac * len(y))]
        out[f"top_{int(frac * 100)}pct"] = {"caught": int(y[top].sum()), "right_declined": int(len(top) - y[top].sum())}
    if threshold is not None:
        sel = p >= threshold
        out["at_threshold"] = {"caught": int(y[sel].sum()), "right_declined": int(sel.sum() - y[sel].sum())}
    if flag_threshold is not None:
        sel = p >= flag_threshold
        out["at_flag_threshold"] = {"caught": int(y[sel].sum()), "right_flagged": int(sel.sum() - y[sel].sum())}
    return out


def threshold_for(y: np.ndarray, p: np.ndarray, precision: float) -> float:
    """The lowest score above which at least ``precision`` of the turns are wrong."""
    order = np.argsort(-p)
    hits = np.cumsum(y[order])
    ok = [k for k in range(10, len(y)) if hits[k - 1] / k >= precision]
    k = max(ok) if ok else 10
    return float(p[order][k - 1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", nargs="+", type=Path)
    ap.add_argument("--first-set", type=int, default=144)
    ap.add_argument("--buckets", type=int, default=1 << 18)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--steps", type=int, default=400)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--taught", type=Path, help="datagen.py's output: requests labelled right with their taught plans")
    ap.add_argument("--heldout", nargs="*", type=Path, default=[])
    ap.add_argument("--threshold-from", type=Path)
    ap.add_argument("--precision", type=float, default=0.5)
    ap.add_argument("--flag-precision", type=float,
                    help="the flag's threshold: the same rule at this precision (a flag costs less than a hold)")
    ap.add_argument("--threshold", type=float, help="the gate's threshold as given (one found by --threshold-from on a narrower fit)")
    ap.add_argument("--model", default="gemma3-270m-nxr", help="the model whose plans the dumps hold")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    rows = [r for d in args.dumps for r in applied_rows(d, args.first_set)]
    rows += taught_rows(args.taught) if args.taught else []
    y = np.array([not r["ok"] for r in rows])
    x = design(rows, args.buckets)
    w, b = fit(x, y, args.buckets, args.l2, args.steps, args.lr)
    print(f"trained on {len(rows)} applied turns ({int(y.sum())} wrong); train AUC {auc(y, scores(x, len(rows), w, b)):.3f}")
    threshold = args.threshold
    flag_threshold = None
    if args.threshold_from:
        vr = applied_rows(args.threshold_from)
        vy = np.array([not r["ok"] for r in vr])
        vp = scores(design(vr, args.buckets), len(vr), w, b)
        threshold = threshold_for(vy, vp, args.precision)
        print(f"threshold {threshold:.4f} from {args.threshold_from}")
        if args.flag_precision:
            flag_threshold = threshold_for(vy, vp, args.flag_precision)
            print(f"flag threshold {flag_threshold:.4f}")
    held = []
    for d in [*([args.threshold_from] if args.threshold_from else []), *args.heldout]:
        hr = applied_rows(d)
        hy = np.array([not r["ok"] for r in hr])
        held.append(report(d.name, hy, scores(design(hr, args.buckets), len(hr), w, b), threshold, flag_threshold))
        print(json.dumps(held[-1]))
    if args.out:
        record = {"how": "build/doubt/train.py " + " ".join(sys.argv[1:]),
                  "written": dt.date.today().isoformat(),
                  "trained_on": {"dumps": [d.name for d in args.dumps], "first_set": args.first_set,
                                 "applied": len(rows), "wrong": int(y.sum()),
                                 "sha256": hashlib.sha256("\n".join(r["k"] + r["plan"] for r in rows).encode()).hexdigest()},
                  "heldout": held, "model": args.model, "bias": b, "threshold": threshold if threshold is not None else 0.5, "norm": True,
                  "flag_threshold": flag_threshold if flag_threshold is not None else threshold if threshold is not None else 0.5,
                  "buckets": args.buckets,
                  "weights": base64.b64encode(w.astype(np.float32).tobytes()).decode("ascii")}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
