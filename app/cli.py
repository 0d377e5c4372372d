"""Command line: ``nxr doctor``, ``nxr model build``, ``nxr generate``, ``nxr demo``.

The only place (with the UI's message bar) where domain errors become words
and exit codes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
import traceback
import uuid
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import NxrError, UsageError
from app.textsafe import undecodable_byte, visible


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
        p.add_argument("--threads", type=_positive_int, default=None, help="CPU threads for the model (default: ORT's choice)")

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
    p.add_argument("--max-tokens", type=_positive_int, default=128)
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


def _positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1 (threads, tokens)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return value


_ARGUMENT_NAMES = {"dir": "folder", "text": "prompt", "name": "site name", "prompt": "prompt"}


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Refuses arguments that were not valid UTF-8: prompts, names and paths end up in UTF-8 files."""
    for key, value in vars(args).items():
        if not isinstance(value, str):
            continue
        what = _ARGUMENT_NAMES.get(key, key.replace("_", " "))
        if "\x00" in value:  # no shell can pass one; a caller of main() can
            raise UsageError(f"The {what} contains a NUL character; nothing was done.")
        at = undecodable_byte(value)
        if at is not None:
            raise UsageError(
                f"The {what} is not valid UTF-8 text: '{visible(value)}' "
                f"has an undecodable byte at character {at + 1}; nothing was done.",
                hint="type it again as UTF-8 (check the terminal's encoding)",
            )


def _crash_report(exc: BaseException, argv: list[str]) -> Path | None:
    """Writes the traceback of an unexpected exception to the user's log folder; None if that fails too."""
    from app.paths import data_dir

    text = (f"nxr {__version__}, {time.strftime('%Y-%m-%dT%H:%M:%S')}, pid {os.getpid()}\n"
            f"argv: {[visible(a) for a in argv]!r}\n\n" + "".join(traceback.format_exception(exc)))
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:6]}.txt"
        path.write_text(text, encoding="utf-8", errors="backslashreplace")
    except OSError:
        return None
    return path


def _say(text: str) -> None:
    """One message on stderr, control characters made visible (messages quote user input and paths)."""
    try:
        print(visible(text, multiline=True), file=sys.stderr)
    except OSError:
        pass  # stderr is gone (closed pipe); the exit code still tells


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    os.environ.setdefault("NEXT_TELEMETRY_DISABLED", "1")
    try:
        _check_text_arguments(args)
        return int(args.func(args))
    except NxrError as exc:
        _say(f"nxr: error: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        _say("nxr: interrupted")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`nxr history | head -1`): nothing left to tell it.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: a bug, told as one sentence
        report = _crash_report(exc, sys.argv[1:] if argv is None else argv)
        where = f"the details are in {report}" if report else "no crash report could be written"
        _say(f"nxr: internal error ({type(exc).__name__}: {exc}); this is a bug in Avery NXR, {where}.")
        return 1
