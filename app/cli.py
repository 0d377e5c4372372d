"""Command line: ``nxr doctor``, ``nxr model build``, ``nxr generate``, ``nxr demo``.

The only place (with the UI's message bar) where domain errors become words
and exit codes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import NxrError, UsageError


def _engine(args: argparse.Namespace) -> Any:
    from app.engine.loader import load_engine

    return load_engine(provider=args.provider, threads=args.threads)


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.engine.manifest import active_manifest, read_build_info
    from app.engine.probe import probe

    hw = probe()
    manifest = active_manifest()
    model_dir = manifest.model_dir()
    report: dict[str, Any] = {
        "app_version": __version__,
        "probe": hw.to_dict(),
        "model": {
            "id": manifest.id,
            "name": manifest.display_name,
            "dir": str(model_dir),
            "built": (model_dir / "genai_config.json").is_file(),
            "build_info": read_build_info(model_dir),
        },
    }
    error: NxrError | None = None
    if not args.no_load:
        try:
            start = time.perf_counter()
            engine = _engine(args)
            report["provider"] = engine.provider_choice.to_dict()
            report["provider"]["model_load_s"] = round(time.perf_counter() - start, 3)
        except NxrError as exc:
            error = exc
            report["provider"] = {"error": str(exc)}
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        _print_doctor(report)
    if error is not None:
        raise error
    return 0


def _print_doctor(report: dict[str, Any]) -> None:
    hw = report["probe"]
    print(f"Avery NXR {report['app_version']}")
    print(f"  OS        {hw['os']} {hw['os_release']} ({hw['machine']}), Python {hw['python']}")
    cores = f"{hw['logical_cores']} logical" + (f", {hw['physical_cores']} physical" if hw["physical_cores"] else "")
    print(f"  CPU       {hw['cpu_model']} ({cores}); features: {', '.join(hw['cpu_features']) or 'none detected'}")
    print(f"  RAM       {hw['ram_total_mib']} MiB")
    gpus = ", ".join(f"{g['name']} (driver {g['driver']})" for g in hw["nvidia_gpus"]) or "none"
    print(f"  GPU       NVIDIA: {gpus}; DirectML: {'yes' if hw['directml_available'] else 'no'}")
    flavours = ", ".join(f"{k} {v}" for k, v in hw["ort_flavours"].items()) or "none"
    print(f"  Runtime   {flavours} (CUDA built in: {hw['ort_genai_cuda_built']}, DirectML: {hw['ort_genai_dml_built']})")
    m = report["model"]
    print(f"  Model     {m['name']} [{m['id']}] in {m['dir']} ({'built' if m['built'] else 'NOT BUILT'})")
    prov = report.get("provider")
    if prov is None:
        return
    if "error" in prov:
        print(f"  Provider  none: {prov['error']}")
        return
    print(f"  Provider  {prov['provider']}" + (f" (override: {prov['override']})" if prov["override"] else " (chosen by the probe)")
          + f", model loaded in {prov['model_load_s']} s")
    for a in prov["attempts"]:
        mark = "loaded" if a["loaded"] else ("skipped" if not a["eligible"] else "failed")
        print(f"    - {a['provider']:<5} {mark}: {a['reason']}")


def cmd_model_build(args: argparse.Namespace) -> int:
    from app.engine.manifest import active_manifest
    from app.engine.modelbuild import build_model, load_check_failure

    manifest = active_manifest(args.model)
    out = Path(args.out) if args.out else None
    result = build_model(manifest, out, force=args.force)
    failure = load_check_failure(result.model_dir)
    if failure:
        from app.errors import ModelCorruptError

        raise ModelCorruptError(f"The built model does not load: {failure}")
    verb = "already built" if result.skipped else f"built in {result.seconds:.1f} s"
    print(f"{manifest.id}: {verb}: {result.model_dir} ({result.size_bytes / 1e6:.0f} MB)")
    return 0


def _load_guidance(args: argparse.Namespace) -> Any:
    from app.engine.base import Guidance

    if args.schema and args.regex:
        raise UsageError("Give either --schema or --regex, not both.")
    if args.regex:
        return Guidance.regex(args.regex)
    if not args.schema:
        return None
    text = args.schema
    if not text.lstrip().startswith("{"):
        try:
            text = Path(text).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"Cannot read the schema file {args.schema}: {exc}") from exc
    try:
        return Guidance.json_schema(json.loads(text))
    except json.JSONDecodeError as exc:
        raise UsageError(f"The schema is not valid JSON: {exc}") from exc


def cmd_generate(args: argparse.Namespace) -> int:
    from app.engine.base import GenerateOptions, Message

    guidance = _load_guidance(args)
    engine = _engine(args)
    messages = ([Message("system", args.system)] if args.system else []) + [Message("user", args.prompt)]
    resp = engine.generate(messages, GenerateOptions(max_tokens=args.max_tokens, guidance=guidance))
    text = []
    for chunk in resp:
        text.append(chunk)
        if not args.json:
            sys.stdout.write(chunk)
            sys.stdout.flush()
    if args.json:
        print(json.dumps({"text": "".join(text), "provider": engine.info.provider, **resp.timings()}))
    else:
        t = resp.timings()
        print()
        print(f"[{engine.info.provider}] first token {t['ttft_ms']} ms, {t['completion_tokens']} tokens, "
              f"{t['tokens_per_s']} tok/s, finish: {t['finish_reason']}", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import run_demo

    cmd_doctor(argparse.Namespace(json=False, no_load=True, provider=args.provider, threads=args.threads))
    start = time.perf_counter()
    engine = _engine(args)
    print(f"\nModel loaded on {engine.info.provider} in {time.perf_counter() - start:.2f} s")
    for a in engine.provider_choice.attempts:
        print(f"  {a.provider:<5} {'loaded' if a.loaded else 'skipped'}: {a.reason}")
    return run_demo(engine, keep_serving=args.serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nxr", description="Avery NXR: Next.js apps with a local model.")
    parser.add_argument("--version", action="version", version=f"nxr {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def engine_flags(p: argparse.ArgumentParser) -> None:
        p.add_argument("--provider", choices=["auto", "cuda", "dml", "cpu"], default=None,
                       help="execution provider (default: probe; env NXR_PROVIDER)")
        p.add_argument("--threads", type=int, default=None, help="CPU threads for the model (default: ORT's choice)")

    p = sub.add_parser("doctor", help="probe the hardware, choose a provider, load the model")
    p.add_argument("--json", action="store_true")
    p.add_argument("--no-load", action="store_true", help="do not load the model")
    engine_flags(p)
    p.set_defaults(func=cmd_doctor)

    model = sub.add_parser("model", help="build or inspect the local model")
    msub = model.add_subparsers(dest="model_command", metavar="ACTION", required=True)
    p = msub.add_parser("build", help="convert the manifest's weights to an ONNX Runtime GenAI folder")
    p.add_argument("--model", help="manifest id (default: the default manifest; env NXR_MODEL)")
    p.add_argument("--force", action="store_true", help="rebuild even if up to date")
    p.add_argument("--out", help="output folder (default: the user cache)")
    p.set_defaults(func=cmd_model_build)
    from app import cli_models

    cli_models.register(msub, engine_flags)

    p = sub.add_parser("generate", help="stream one generation from the local model")
    p.add_argument("prompt")
    p.add_argument("--system", help="system text (prefilled once and reused)")
    p.add_argument("--schema", help="JSON schema (inline or a file) to constrain the output")
    p.add_argument("--regex", help="regular expression to constrain the output")
    p.add_argument("--max-tokens", type=int, default=128)
    p.add_argument("--json", action="store_true")
    engine_flags(p)
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("demo", help="headless demo: a new site, a few prompts on the real model and next dev, undo")
    p.add_argument("--serve", action="store_true", help="keep the preview running at the end (Ctrl+C stops)")
    engine_flags(p)
    p.set_defaults(func=cmd_demo)

    from app import cli_bench, cli_gui, cli_pick, cli_project

    cli_project.register(sub, engine_flags)
    cli_bench.register(sub, engine_flags)
    cli_pick.register(sub, engine_flags)
    cli_gui.register(sub, engine_flags)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    os.environ.setdefault("NEXT_TELEMETRY_DISABLED", "1")
    try:
        return int(args.func(args))
    except NxrError as exc:
        print(f"nxr: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("nxr: interrupted", file=sys.stderr)
        return 130
