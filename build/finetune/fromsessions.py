"""Training pairs from the recorded user sessions: what the app applied, for the model to write whole.

The rules after the model (``app.scaffold`` fitting) turn its plan into the one applied; on the
sessions people wrote they reach phrasings one by one and do not carry over to words nobody has
typed yet. Taught the applied plan of every turn that passed, the model may. The offline replay
(``bench/usersets/replay.py --dump``) plays each recorded turn against the site as it stood and
says, per turn, the plan the current code applies, whether the step's checks pass, the site's
routes and whether that plan is a fixed point of the fitting (the model can write it as it is).

A turn becomes a pair (request, routes) -> plan when:
- its checks pass: an applied plan, or ``decline`` for a request the writer marked impossible;
- the plan is a fixed point and the turn's own grammar (the request's spans, the site's routes)
  lets the model write it;
- its request is none of the held-apart evals' (plan sets, benchmark and picker sessions);
- its plan reads the request (``pairchecks.problem``: no item cut mid-clause, no navigation request
  written as a list, no font request written as a title).

Pairs whose plan the model did not write itself teach something; a few it wrote already (not
declines) keep what it does right. Both are drawn with a seed. The output is a data file: a header record, then one sample a line.

    .venv/bin/python bench/usersets/replay.py $(cat build/finetune/data/sessions-run13.reports.txt) --dump /tmp/d.jsonl
    .venv/bin/python build/finetune/fromsessions.py /tmp/d.jsonl --out build/finetune/data/sessions-run13.jsonl

(the reports are each user set's latest recorded run; the replay takes 5-10 minutes on 2 cores). The
pairs depend on the fitting code they were replayed with; the data file keeps them as trained on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import llguidance

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.errors import PlanError  # noqa: E402
from app.scaffold.plan import Decline, Plan, parse_plan, plan_json_schema, plan_to_json  # noqa: E402
from app.scaffold.spans import request_spans  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pairfile  # noqa: E402
from pairchecks import problem  # noqa: E402

DECLINE = plan_to_json(Plan(ops=[Decline(op="decline")]))


class _ByteTokenizer:
    """One token per byte: enough for llguidance to say whether a text fits a grammar."""

    eos_token_id = 256
    bos_token_id = None
    tokens = [bytes([i]) for i in range(256)] + [b"<eos>"]
    special_token_ids = [256]

    def __call__(self, text: Any) -> list[int]:
        return list(text if isinstance(text, bytes) else text.encode("utf-8"))


_TOKENIZER = llguidance.LLTokenizer(llguidance.TokenizerWrapper(_ByteTokenizer()))


def grammar_accepts(schema: dict[str, Any], text: str) -> bool:
    """Whether llguidance, the library ORT GenAI constrains the decoder with, lets ``schema`` produce ``text``."""
    matcher = llguidance.LLMatcher(_TOKENIZER, llguidance.LLMatcher.grammar_from_json_schema(json.dumps(schema)), log_level=0)
    assert not matcher.is_error(), matcher.get_error()
    matcher.consume_tokens(_ByteTokenizer()(text))
    return not matcher.is_error() and matcher.is_accepting()


def writable(plan_json: str, request: str, routes: list[str]) -> bool:
    """Whether the turn's grammar (its request's spans, the site's routes) lets the model write the plan."""
    return grammar_accepts(plan_json_schema(routes=routes, files=[], spans=request_spans(request)), plan_json)


def _held_apart() -> set[str]:
    """Requests of the evals that training must never see."""
    from app.session.bench.sessionfile import load_session_file
    from bench.plans.sets import BLIND_SETS, all_cases

    seen = {c.request for name in ("all", *BLIND_SETS) for c in all_cases(name)}
    files = [*sorted((ROOT / "bench" / "sessions").glob("*.json")), ROOT / "resources" / "picker" / "sessions.jsonl"]
    seen |= {p for path in files for s in load_session_file(path) for t in s.turns for p in t.phrasings}
    return {key(r) for r in seen}


def key(request: str) -> str:
    return request.lower().strip().rstrip(".!?")


def _canonical(plan_json: str) -> str:
    try:
        return plan_to_json(parse_plan(plan_json))
    except PlanError:
        return ""


def target(row: dict[str, Any]) -> str | None:
    """The plan the model should have written for a replayed turn, or None when the turn teaches nothing."""
    if not row["ok"]:
        return None
    if row["decl"]:
        return DECLINE if row["out"] == "declined" else None
    if row["out"] != "applied" or not row.get("fixed"):
        return None
    return str(row["plan"])


def pairs(rows: list[dict[str, Any]], held: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(taught, kept): pairs whose plan differs from the model's recorded one, and pairs it already wrote."""
    taught: list[dict[str, Any]] = []
    kept: list[dict[str, Any]] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for row in rows:
        plan = target(row)
        ident = (key(row["prompt"]), tuple(row["routes"]))
        if plan is None or ident in seen or ident[0] in held or not writable(plan, row["prompt"], row["routes"]):
            continue
        sample = {"request": row["prompt"], "routes": row["routes"], "error": None, "plan": json.loads(plan)}
        if problem(sample["request"], sample["plan"]):  # its checks passed, but the plan misreads the request
            continue
        seen.add(ident)
        if _canonical(row.get("model") or "") != plan:
            taught.append(sample)
        elif plan != DECLINE:  # a decline it makes already needs no more weight: run 12, given them, declined plain page requests
            kept.append(sample)
    return taught, kept


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dumps", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--taught", type=int, default=1000, help="pairs whose plan the model did not write itself")
    ap.add_argument("--kept", type=int, default=200, help="pairs it wrote already (so that it keeps them)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first-set", default=None,
                    help="only the sets from this one on (u144: those written to the brief today's blind sets are written to)")
    args = ap.parse_args()
    rows = [json.loads(line) for path in args.dumps for line in path.read_text(encoding="utf-8").splitlines()]
    if args.first_set:
        rows = [r for r in rows if int(r["k"].split()[0][1:]) >= int(args.first_set[1:])]
    taught, kept = pairs(rows, _held_apart())
    rng = random.Random(args.seed)
    rng.shuffle(taught)
    rng.shuffle(kept)
    chosen = taught[:args.taught] + kept[:args.kept]
    pairfile.write(args.out, "replayed turns of the recorded user sessions that passed, with the plan the app applied "
                             "(build/finetune/fromsessions.py)", [json.dumps(s, ensure_ascii=False) for s in chosen],
                   # the user sets the pairs come from: a set written later is unseen by a model trained on them
                   sets=sorted({r["k"].split()[0] for r in rows}, key=lambda name: int(name[1:])),
                   turns=len(rows), taught=len(taught), kept=len(kept))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
