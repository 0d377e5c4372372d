"""What a grammar per request costs, by the way its spans are written (app/scaffold/spans.py).

    NXR_MODEL_DIR=... .venv/bin/python bench/plans/spangrammar.py [--out F]

For user-set prompts of growing length: the Python build of the schema, llguidance's compile
(``LLMatcher`` on the model's tokenizer) and the masks along a plan, for the copy slots written
as the shipped enums, as one case-insensitive regex (a trie: the spans that start at different
words share their suffixes), and as one flat regex of the spans; and ORT GenAI's generator
creation (grammar included) for the free grammar and the shipped one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.scaffold import spans as S  # noqa: E402
from app.scaffold.plan import COPY_SLOTS, plan_json_schema  # noqa: E402

_META = frozenset("\\.+*?()|[]{}^$#&-~")


def _esc(text: str) -> str:
    return "".join("\\" + ch if ch in _META else ch for ch in text)


def trie_pattern(request: str) -> str:
    """The spans as one regex built from the word positions (no length bound: ``maxLength`` does it)."""
    words = S._words(request)
    if not words:
        return "^$"
    tail, starts = "", []
    for j in range(len(words) - 1, -1, -1):
        w = words[j]
        marks = request[w.core:w.end]
        options = [_esc(marks[0]) + (f"(?:{_esc(marks[1:])})?" if marks[1:] else "")] if marks else []
        if j + 1 < len(words):
            options.append(_esc(request[w.core:words[j + 1].core]) + tail)
        tail = f"(?:{'|'.join(options)})?" if options else ""
        starts.append(_esc(request[w.start:w.core]) + tail)
    return "^(?i:" + "|".join(starts[::-1]) + ")$"


def pattern_schema(pattern: str, max_length: bool) -> dict[str, Any]:
    schema = plan_json_schema(routes=["/", "/about"])
    schema["$defs"]["Span"] = {"type": "string", "pattern": pattern}
    for name, slots in COPY_SLOTS.items():
        for slot in slots:
            node = schema["$defs"][name]["properties"][slot]
            node.pop("type", None)
            if not max_length:
                node.pop("maxLength", None)
                node.pop("minLength", None)
            node["$ref"] = "#/$defs/Span"
    return schema


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    ap.add_argument("--per-bucket", type=int, default=3)
    args = ap.parse_args()
    import llguidance
    import onnxruntime_genai as og

    from app.engine.loader import load_engine

    engine = load_engine()
    tok = llguidance.LLTokenizer(str(Path(engine.model_dir) / "tokenizer.json"))
    prompts: list[str] = []
    for name in ("u2", "u3", "u4"):
        for line in (ROOT / "bench" / "usersets" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[1:]:
            prompts += [t["prompt"] for t in json.loads(line)["turns"]]
    buckets: dict[str, list[str]] = {"<=10": [], "11-20": [], "21-40": [], ">40": []}
    for p in sorted(set(prompts), key=len):
        n = len(p.split())
        key = "<=10" if n <= 10 else "11-20" if n <= 20 else "21-40" if n <= 40 else ">40"
        buckets[key].append(p)
    chosen = {k: v[:: max(1, len(v) // args.per_bucket)][: args.per_bucket] for k, v in buckets.items()}

    def compile_ms(schema: dict[str, Any]) -> float:
        grammar = llguidance.LLMatcher.grammar_from_json_schema(json.dumps(schema))
        t = time.perf_counter()
        matcher = llguidance.LLMatcher(tok, grammar)
        ms = (time.perf_counter() - t) * 1000
        assert not matcher.is_error(), matcher.get_error()
        return round(ms, 1)

    def masks_ms(schema: dict[str, Any], plan: str) -> float | None:
        """The masks along ``plan`` (one per token), as decoding computes them; None if it does not fit."""
        matcher = llguidance.LLMatcher(tok, llguidance.LLMatcher.grammar_from_json_schema(json.dumps(schema)))
        t = time.perf_counter()
        for token in tok.tokenize_str(plan):
            matcher.compute_bitmask()
            if not matcher.consume_token(token):
                return None
        return round((time.perf_counter() - t) * 1000, 1)

    def generator_ms(schema: dict[str, Any]) -> float:
        data = json.dumps(schema)
        t = time.perf_counter()
        params = og.GeneratorParams(engine._model)
        params.set_search_options(max_length=2048)
        params.set_guidance("json_schema", data, True)
        og.Generator(engine._model, params)
        return round((time.perf_counter() - t) * 1000, 1)

    free = plan_json_schema(routes=["/", "/about"])
    generator_ms(free)  # the one-off tokenizer set-up
    rows = []
    for bucket, ps in chosen.items():
        for prompt in ps:
            words = S._words(prompt)
            first = prompt[words[0].start:words[min(2, len(words) - 1)].core] if words else "x"
            plan = json.dumps({"ops": [{"op": "add_page", "title": first, "sections": ["text"]}]}, separators=(",", ":"),
                              ensure_ascii=False)
            t = time.perf_counter()
            spans = S.request_spans(prompt)
            enum = plan_json_schema(routes=["/", "/about"], spans=spans)
            build = round((time.perf_counter() - t) * 1000, 2)
            trie, flat = trie_pattern(prompt), "^(?i:" + "|".join(_esc(s) for s in spans if len(s) <= 60) + ")$"
            flat_note = "flat: only the spans up to 60 characters (the longer ones made it slower still)"
            row = {
                "bucket": bucket, "words": len(prompt.split()), "spans": len(spans), "schema_chars": len(json.dumps(enum)),
                "build_ms": build,
                "compile_ms": {"free": compile_ms(free), "enum (shipped)": compile_ms(enum),
                               "trie regex + maxLength": compile_ms(pattern_schema(trie, True)),
                               "trie regex, no maxLength": compile_ms(pattern_schema(trie, False)),
                               "flat regex, no maxLength": compile_ms(pattern_schema(flat, False))},
                "masks_ms_along_a_plan": {"free": masks_ms(free, plan), "enum (shipped)": masks_ms(enum, plan),
                                          "trie regex, no maxLength": masks_ms(pattern_schema(trie, False), plan)},
                "ort_generator_ms": {"free": statistics.median(generator_ms(free) for _ in range(3)),
                                     "enum (shipped)": statistics.median(generator_ms(enum) for _ in range(3))},
                "note": flat_note,
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    with open("/proc/loadavg", encoding="ascii") as f:
        load = f.read().split()[:3]
    out = {"model_dir": str(engine.model_dir), "llguidance": llguidance.get_version() if hasattr(llguidance, "get_version") else "",
           "load_average": load, "rows": rows}
    path = Path(args.out) if args.out else ROOT / "bench" / "results" / f"span-grammar-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(out, indent=2, ensure_ascii=False))
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
