"""Project commands: new, open, prompt, session, undo, redo, diff, history, serve, stop."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from app.errors import HistoryError, NxrError, UsageError
from app.scaffold.site import SITE_FILE
from app.textsafe import visible


def _project(path: str, writes: bool = True) -> Any:
    """The project at ``path``. A command that ``writes`` first settles an action a crashed
    process left half done (under the writer lock); one that only reads never writes."""
    from app.scaffold import history
    from app.scaffold.project import open_project

    project = open_project(Path(path))
    if writes:
        _say_recovered(history.recover(project.root))
    elif history.interrupted(project.root):
        print("note: an earlier action here was interrupted; the next command that changes the project "
              "(prompt, undo, redo) finishes it or rolls it back", file=sys.stderr)
    if writes:  # a damaged history is said before the model loads, and before anything is written
        history.load(project.root)
    return project


def _say_recovered(*notes: str | None) -> None:
    for note in notes:
        if note:
            print(f"recovered: {visible(note)}", file=sys.stderr)


def cmd_new(args: argparse.Namespace) -> int:
    from app.scaffold.project import create_project

    start = time.perf_counter()
    project = create_project(Path(args.dir), args.name)
    took = time.perf_counter() - start
    print(f"created {visible(project.name)} in {visible(str(project.root))} ({took:.2f} s)")
    print(f"  next: nxr prompt {visible(args.dir)} \"add a pricing page with three tiers\"")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    project = _project(args.dir, writes=False)
    legacy = (project.root / SITE_FILE).is_file()
    info = {"root": str(project.root), "name": project.name, "made_here": project.managed,
            "legacy_site_model": legacy, "dependencies": project.has_dependencies, "routes": project.routes()}
    if args.json:
        print(json.dumps(info, indent=2))  # ensure_ascii: control characters arrive as \u escapes
    else:
        print(visible(f"{project.name}: Next.js App Router project in {project.root}"))
        print(visible(f"  made by Avery NXR: {'yes' if project.managed else 'no'}; dependencies installed: "
                      f"{'yes' if project.has_dependencies else 'no'}"))
        if legacy:
            print(f"  note: {SITE_FILE} (from an earlier Avery NXR) is no longer read: the code is the truth; "
                  "the next turn that changes the project removes it")
        print(visible(f"  routes: {', '.join(info['routes']) or 'none'}"))
    return 0


OUTCOME_WORDS = {
    "applied": "\u2713 applied", "declined": "declined: nothing was changed", "unchanged": "nothing changed",
    "refused": "not sent", "cancelled": "cancelled: nothing was written", "conflict": "stopped: nothing was written",
}


def _print_turn(result: Any) -> None:
    print(f"result:  {OUTCOME_WORDS.get(result.outcome, result.outcome.replace('_', ' ') + ': nothing was written')}")
    print(f"plan:    {visible(result.plan or '-')}")
    if result.summary:
        print(f"change:  {visible('; '.join(result.summary))}")
    if result.files:
        print(f"files:   {visible(', '.join(result.files))}")
    if result.preview_url:
        state = "ready" if result.preview_ok else f"NOT ready (HTTP {result.preview_status})"
        print(f"preview: {visible(result.preview_url)} {state}")
    if result.message:
        print(f"note:    {visible(result.message, multiline=True)}")
    t = result.timings

    def fmt(key: str) -> str:
        v = t.get(key)
        return "-" if v is None else f"{v:.0f} ms"

    tps = f"{result.tokens_per_s:.0f} tok/s" if result.tokens_per_s else "-"
    print(f"latency: queued {fmt('queued_ms')} | first token {fmt('ttft_ms')} | generation {fmt('generation_ms')} | "
          f"apply {fmt('apply_ms')} | preview {fmt('preview_ms')} | total wait {fmt('total_ms')}")
    print(f"tokens:  {result.tokens} ({tps}) on {result.provider}, model {result.model}")


def _runner(args: argparse.Namespace, project: Any) -> Any:
    from app.engine.catalog import open_engine
    from app.session.turn import TurnRunner

    preview = None
    if not args.no_preview:
        preview = _preview_for(project)
    start = time.perf_counter()
    engine = open_engine(args.model, provider=args.provider, threads=args.threads)
    runner = TurnRunner(project.root, engine, preview)
    runner.warm()
    print(f"model {engine.info.model_id} ready on {engine.info.provider} in {time.perf_counter() - start:.1f} s "
          "(load, grammar set-up, system prompt prefill: once per process)", file=sys.stderr)
    return runner


def _preview_for(project: Any) -> Any:
    from app.preview import registry
    from app.preview.routecheck import RemotePreview
    from app.scaffold.project import install_dependencies

    if not project.has_dependencies:
        print("installing dependencies...", file=sys.stderr)
        install_dependencies(project)
    info = registry.start_background(project.root)
    print(f"preview: {info.url} (nxr serve pid {info.pid}; stop it with `nxr stop {project.root}`)", file=sys.stderr)
    return RemotePreview(info.url, info.port)


def cmd_prompt(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise UsageError("The prompt is empty; nothing was done.", hint='say what to change, e.g. "add a FAQ page"')
    project = _project(args.dir)
    runner = _runner(args, project)
    if args.yes:  # the user has seen what the plan does (a held turn's message) and wants it made
        runner.gate = None
    runner.confirm_how = "Run the same command with --yes to make that change"
    result = runner.run(args.text, on_text=None if args.json else _echo)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
    else:
        print()
        _print_turn(result)
        _offer_escalation(args, result)
    return 0 if result.applied else 1


def _offer_escalation(args: argparse.Namespace, result: Any) -> None:
    """After a decline: the command that tries the same request with the configured larger model."""
    import shlex

    from app.engine.catalog import escalation_model_id

    larger = escalation_model_id() if result.outcome == "declined" else None
    if larger and larger != result.model:
        print(f"try:     nxr prompt {shlex.quote(args.dir)} {shlex.quote(args.text)} --model {larger}")


def _echo(chunk: str) -> None:
    sys.stdout.write(visible(chunk))
    sys.stdout.flush()


def cmd_session(args: argparse.Namespace) -> int:
    """A prompt loop on stdin that keeps the model and the preview warm."""
    from app.scaffold import history

    project = _project(args.dir)
    runner = _runner(args, project)
    print("type a request; :undo, :redo, :diff, :quit", file=sys.stderr)
    for number, line in enumerate(_stdin_lines(), start=1):
        if line is None:
            print(f"error: line {number} is not valid UTF-8 text; it was ignored", file=sys.stderr)
            continue
        text = line.strip()
        if not text:
            continue
        if text in (":quit", ":q"):
            break
        notes: list[str] = []
        try:
            if text == ":undo":
                print(f"undone: {visible(', '.join(history.undo(project.root, notes=notes).files))}")
            elif text == ":redo":
                print(f"redone: {visible(', '.join(history.redo(project.root, notes=notes).files))}")
            elif text == ":diff":
                print(_last_diff(project.root))
            else:
                _print_turn(runner.run(text, on_text=_echo))
        except NxrError as exc:
            print(f"error: {visible(str(exc), multiline=True)}", file=sys.stderr)
        _say_recovered(*notes)
    return 0


def _stdin_lines() -> Any:
    """Lines of stdin as text; None for a line that is not UTF-8 (the loop says so and goes on)."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream put in place of stdin (tests, embedding)
        yield from sys.stdin
        return
    for line in raw:
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            yield None


def _last_diff(root: Path, number: int | None = None) -> str:
    """The diff of turn ``number`` as `nxr history` counts them (1 = the first), or of the last applied one."""
    from app.scaffold import history

    h = history.load(root)
    if number is None:
        if not h.turns[: h.position]:
            raise HistoryError("No turn to show." + (" (every turn is undone; `nxr redo` brings the last back)"
                                                     if h.turns else ""))
        number = h.position
    elif not 1 <= number <= len(h.turns):
        known = f"turns are numbered 1 to {len(h.turns)}" if h.turns else "this project has no turns yet"
        raise UsageError(f"There is no turn {number}: {known}.", hint="see `nxr history`")
    turn = h.turns[number - 1]
    state = "" if number <= h.position else " (undone)"
    return visible(f"turn {number} [{turn.id}]{state}: {turn.prompt}", multiline=False) + "\n" + \
        visible(history.diff(root, turn), multiline=True)


def cmd_undo(args: argparse.Namespace) -> int:
    from app.scaffold import history

    project = _project(args.dir)
    notes: list[str] = []
    turn = history.undo(project.root, notes=notes)
    _say_recovered(*notes)
    print(visible(f"undid \"{turn.prompt}\": restored {', '.join(turn.files)}"))
    return 0


def cmd_redo(args: argparse.Namespace) -> int:
    from app.scaffold import history

    project = _project(args.dir)
    notes: list[str] = []
    turn = history.redo(project.root, notes=notes)
    _say_recovered(*notes)
    print(visible(f"redid \"{turn.prompt}\": {', '.join(turn.files)}"))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    project = _project(args.dir, writes=False)
    print(_last_diff(project.root, args.turn), end="")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from app.scaffold import history

    project = _project(args.dir, writes=False)
    h = history.load(project.root)
    for i, turn in enumerate(h.turns, start=1):
        mark = " " if i <= h.position else "u"  # u: undone (redo brings it back)
        print(visible(f"{mark} {i:3} {turn.at} {turn.prompt[:60]!r} -> {', '.join(turn.files)}"))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from contextlib import nullcontext

    from app.preview import registry
    from app.preview.devserver import DevServer
    from app.preview.node import find_node
    from app.projectlock import project_lock

    project = _project(args.dir)
    root = project.root
    server = DevServer(root, find_node(), port=args.port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def publish(url: str) -> None:  # also after an automatic restart: a new next dev pid
        if not stop.is_set() and server.port is not None and server.pid is not None:
            registry.write_state(root, registry.describe(url, server.port, server.pid))

    # Single flight: the start and the record happen under the project's lock (with
    # --background, `nxr prompt` started us and holds it for us until our record is there).
    lock = nullcontext() if args.background else project_lock(root, registry.START_PURPOSE, registry.START_TIMEOUT_S)
    try:
        with lock:
            registry.claim(root)
            url = server.start()
            publish(url)
        server.on_started.append(publish)
        print(f"serving {root} at {url} (Ctrl+C to stop)", flush=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        registry.withdraw(root)  # only our own record: a failed start leaves another server's alone
        server.stop()
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    from app.preview import registry

    project = _project(args.dir, writes=False)
    result = registry.stop_background(project.root)
    if result.stopped is not None:
        print(f"stopped the dev server at {result.stopped.url} (nxr serve pid {result.stopped.pid})")
    elif result.leftover_pid is not None:
        print(f"stopped a leftover next dev (pid {result.leftover_pid}) whose nxr serve had died")
    else:
        print("no dev server was running")
    if result.stale_pid is not None:
        print(f"removed a stale record of pid {result.stale_pid} (that process is not our dev server; "
              "it was left alone)", file=sys.stderr)
    return 0


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a TCP port (1-65535)")
    return port


def register(sub: Any, engine_flags: Any) -> None:
    p = sub.add_parser("new", help="create a Next.js project from the template")
    p.add_argument("dir")
    p.add_argument("--name", help="site name (default: the folder's name)")
    p.set_defaults(func=cmd_new)
    p = sub.add_parser("open", help="check a folder is a Next.js App Router project and describe it")
    p.add_argument("dir")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_open)
    for name, func, help_ in (("prompt", cmd_prompt, "run one turn: request -> plan -> files -> preview"),
                              ("session", cmd_session, "a prompt loop on stdin with the model kept warm")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("dir")
        if name == "prompt":
            p.add_argument("text")
            p.add_argument("--json", action="store_true")
            p.add_argument("--yes", action="store_true",
                           help="make the change even where the app is unsure it read the request right")
        p.add_argument("--no-preview", action="store_true", help="do not start or check the dev server")
        p.add_argument("--model", help="run on this model (see `nxr model info`; default: the default model)")
        engine_flags(p)
        p.set_defaults(func=func)
    for name, func, help_ in (("undo", cmd_undo, "undo the last turn"), ("redo", cmd_redo, "redo the last undone turn"),
                              ("history", cmd_history, "list the turns"), ("stop", cmd_stop, "stop the background dev server")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("dir")
        p.set_defaults(func=func)
    p = sub.add_parser("diff", help="show what a turn changed (default: the last one)")
    p.add_argument("dir")
    p.add_argument("--turn", type=int, default=None, help="turn number (see `nxr history`)")
    p.set_defaults(func=cmd_diff)
    p = sub.add_parser("serve", help="run the project's next dev in the foreground")
    p.add_argument("dir")
    p.add_argument("--port", type=_port, default=None, help="port on 127.0.0.1 (default: a free one)")
    p.add_argument("--background", action="store_true", help=argparse.SUPPRESS)  # started by `nxr prompt`
    p.set_defaults(func=cmd_serve)
