"""Does the model know when its plan is wrong? Its own likelihood of each recorded plan, against whether the turn's checks passed.

Issue 16 asks whether a likelihood threshold could decline a request the model reads badly. This scores, for each turn of a
replay dump (``replay.py --dump``), the log-probability the built model gives each token of the plan it wrote (teacher-forced,
the prompt exactly as the engine renders it, no grammar), then, over the turns the app applied, how well each summary of
those log-probs separates the wrong edits (checks failed, or a request its writer marked impossible) from the right ones:
the AUC, and what declining the least likely 5, 10 and 20 % of applied turns would catch and lose.

    .venv/bin/python bench/usersets/likelihood.py DUMP.jsonl --model-dir ~/.cache/avery-nxr/models/gemma3-270m-nxr \
        --out bench/results/likelihood-stop64.json [--limit N]

One turn costs one forward pass per plan token (about a second on this 2-core CPU).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.engine.base import Message  # noqa: E402
from app.engine.manifest import active_manifest  # noqa: E402
from app.engine.prompting import render  # noqa: E402
from app.errors import PlanError  # noqa: E402
from app.scaffold.plan import parse_plan, plan_to_json  # noqa: E402
from app.session.examples import request_content  # noqa: E402
from app.session.turn import plan_system_prompt  # noqa: E402

MODEL_ID = "gemma3-270m-nxr"
BOS, EOS = 2, 1
SHARES = (0.05, 0.1, 0.2)


def token_logprobs(og: Any, model: Any, prompt: list[int], plan: list[int]) -> list[float]:
    """log p(token | everything before it) for each plan token, one forward pass per token."""
    import numpy as np

    params = og.GeneratorParams(model)
    params.set_search_options(max_length=max(1024, len(prompt) + len(plan) + 8))  # the sliding window needs 512 at least
    gen = og.Generator(model, params)
    gen.append_tokens(prompt)
    out = []
    for t in plan:
        logits = gen.get_logits()[0, -1].astype(np.float64)
        top = logits.max()
        out.append(float(logits[t] - top - math.log(np.exp(logits - top).sum())))
        gen.append_tokens([t])
    return out


def op_name_logprob(tok: Any, plan: list[int], lps: list[float]) -> float:
    """The least likely op name of the plan (the sum over its tokens): which edit the model chose."""
    text, names, current = "", [], None
    for t, lp in zip(plan, lps):
        piece = tok.decode([t])
        if current is None and text.endswith('"op":"'):
            current = 0.0  # the name's first token
        if current is not None:
            current += lp
            if '"' in piece:  # the name's last token
                names.append(current)
                current = None
        text += piece
    return min(names) if names else 0.0


def score(dump: Path, model_dir: Path, limit: int | None) -> list[dict[str, Any]]:
    import onnxruntime_genai as og

    config = og.Config(str(model_dir))
    config.clear_providers()
    model = og.Model(config)
    tok = og.Tokenizer(model)
    spec = active_manifest(MODEL_ID).prompt
    system = plan_system_prompt(MODEL_ID)  # the text the turn loop gives this model
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()][:limit]
    scored = []
    for row in rows:
        if row["out"] != "applied":
            continue
        try:
            written = plan_to_json(parse_plan(row.get("model") or row["plan"]))
        except PlanError:
            continue
        text = render([Message("system", system), Message("user", request_content(row["prompt"], row["routes"], None))], spec)
        prompt = [BOS, *(int(t) for t in tok.encode(text.prefix)), *(int(t) for t in tok.encode(text.turn))]
        plan = [*(int(t) for t in tok.encode(written)), EOS]
        lps = token_logprobs(og, model, prompt, plan)
        scored.append({"k": row["k"], "wrong": not row["ok"] or row["decl"], "op": op_name_logprob(tok, plan, lps),
                       "mean": sum(lps) / len(lps), "min": min(lps), "sum": sum(lps)})
    return scored


def separation(scored: list[dict[str, Any]], feature: str) -> dict[str, Any]:
    """AUC (the chance a wrong edit is less likely than a right one) and what declining the least likely shares would do."""
    wrong = [r[feature] for r in scored if r["wrong"]]
    right = [r[feature] for r in scored if not r["wrong"]]
    auc = sum((w < r) + 0.5 * (w == r) for w in wrong for r in right) / max(1, len(wrong) * len(right))
    ordered = sorted(r[feature] for r in scored)
    cuts = {}
    for share in SHARES:
        cut = ordered[int(len(ordered) * share)]
        cuts[str(share)] = {"wrong_caught": sum(w < cut for w in wrong), "right_lost": sum(r < cut for r in right)}
    return {"auc": round(auc, 3), "declining_the_least_likely": cuts}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--model-dir", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=None, help="the first N rows of the dump")
    args = ap.parse_args()
    scored = score(args.dump, args.model_dir, args.limit)
    result = {"dump": args.dump.name, "applied": len(scored), "wrong": sum(r["wrong"] for r in scored),
              "features": {f: separation(scored, f) for f in ("op", "mean", "min", "sum")}, "turns": scored}
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "turns"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
