"""``nxr pick``: compare the models on this machine by whole sessions, recommend one, accept it.

    nxr pick [--models A,B] [--sessions FILE] [--think-s 5] [--report OUT.json] [--json]
    nxr pick --show          the saved comparison (while the set of models is unchanged)
    nxr pick --accept        make the saved recommendation the default model

The session set is the built-in one (``resources/picker/sessions.jsonl``) unless
``--sessions`` names another. Each model plays every session through the real turn loop
and a real ``next dev`` (see ``app.session.bench.picker``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.errors import NxrError, UsageError


def _print_comparison(result: dict[str, Any], stale: bool = False) -> None:
    from app.session.bench.pick import markdown_table

    probe = result.get("probe") or {}
    s = result.get("session_set") or {}
    print(f"Compared on {result['date']} ({probe.get('cpu_model', 'unknown CPU')}, {probe.get('logical_cores', '?')} "
          f"logical cores, {probe.get('ram_total_mib', '?')} MiB) on {s.get('sessions', '?')} sessions, "
          f"{s.get('turns', '?')} steps ({s.get('file', '?')}), {result['think_s']:g} s of reading per prompt:")
    print(markdown_table(result["rows"]))
    rec = result["recommendation"]
    print(f"Recommendation: {rec['model'] or 'none'}. {rec['reason']}")
    if stale:
        print("note: the set of models changed since; run `nxr pick` again for a comparison of the current set")
    elif result.get("accepted"):
        print(f"Accepted on {result['accepted']}: {rec['model']} is the default model.")
    elif rec["model"]:
        print("Accept it as the default with: nxr pick --accept")


def _accept(result: dict[str, Any]) -> None:
    from datetime import datetime, timezone

    from app.engine import catalog
    from app.session.bench import pick

    rec = result["recommendation"]
    if not rec["model"]:
        raise NxrError("No model cleared the floor, so there is nothing to accept.",
                       hint="choose one yourself: nxr model use ID")
    catalog.write_choice(default=rec["model"])
    result["accepted"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    pick.save(result)
    print(f"{rec['model']} is now the default model.")


def cmd_pick(args: argparse.Namespace) -> int:
    from app.engine import catalog
    from app.session.bench import pick

    key = catalog.models_key()
    if args.show and args.accept:
        raise UsageError("Give either --show or --accept.")
    if args.show or args.accept:
        saved = pick.load_saved()
        if saved is None:
            raise NxrError("No comparison has been made on this machine yet.", hint="run: nxr pick")
        fresh = saved.get("models_key") == key
        if args.accept:
            if not fresh:
                raise NxrError(f"The saved comparison ({saved['date']}) measured a different set of models; "
                               "nothing was changed.", hint="run `nxr pick` again, then accept")
            _accept(saved)
        elif args.json:
            print(json.dumps({**saved, "current": fresh}, indent=2, ensure_ascii=False))
        else:
            _print_comparison(saved, stale=not fresh)
        return 0
    return _run(args, key)


def _models(args: argparse.Namespace) -> list[str]:
    from app.engine import catalog

    if args.models:
        wanted = [m.strip() for m in args.models.split(",") if m.strip()]
        return [catalog.find_model(m).id for m in wanted]
    models, problems = catalog.all_models()
    for p in problems:
        print(f"note: {p}", file=sys.stderr)
    out = []
    for m in models:
        e = catalog.entry(m)
        if e.ready:
            out.append(m.id)
        else:
            print(f"note: {m.id} is skipped: {'not built (nxr model build --model ' + m.id + ')' if e.kind == 'shipped' else 'its folder is missing'}",
                  file=sys.stderr)
    return out


def _run(args: argparse.Namespace, key: str) -> int:
    from app.engine import catalog
    from app.engine.probe import probe
    from app.preview.node import find_node
    from app.session.bench import pick
    from app.session.bench.picker import Picker, Progress, comparison, session_set_info
    from app.session.bench.sessionfile import load_sessions
    from app.session.bench.workspace import ProjectWorkspace

    if args.think_s < 0:
        raise UsageError("--think-s cannot be negative.")
    set_file = Path(args.sessions) if args.sessions else pick.builtin_sessions()
    if not set_file.is_file():
        raise UsageError(f"The session set {set_file} does not exist.")
    if args.report and not Path(args.report).parent.exists():
        raise UsageError(f"The folder of {args.report} does not exist.")
    sessions = load_sessions([set_file])
    models = _models(args)
    if not models:
        raise NxrError("There is no model to compare.", hint="nxr model info lists them")
    node = find_node()
    print(f"comparing {', '.join(models)} on {len(sessions)} sessions ({set_file.name})", file=sys.stderr)

    def progress(p: Progress) -> None:
        width = 30
        filled = int(width * p.turns_done / max(1, p.turns_total))
        print(f"[{'#' * filled}{'.' * (width - filled)}] {p.turns_done}/{p.turns_total} {p.text}", file=sys.stderr)

    picker = Picker(lambda m: catalog.open_engine(m, args.provider, args.threads),
                    lambda s: ProjectWorkspace(s, node), think_s=args.think_s, on_progress=progress)
    rows = picker.run(models, sessions)
    result = comparison(rows, models_key=key, probe=probe().to_dict(),
                        session_set=session_set_info(set_file, sessions), think_s=args.think_s)
    pick.save(result)
    if args.report:
        Path(args.report).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_comparison(result)
    return 0


def register(sub: Any, engine_flags: Any) -> None:
    p = sub.add_parser("pick", help="compare the models on this machine by whole sessions and recommend one",
                       description="Plays the built-in session set on each model through the real turn loop and "
                                   "recommends, among the models that complete at least 80 % of the sessions, the "
                                   "one with the least time in the loop.")
    p.add_argument("--models", help="comma-separated model ids (default: every model that is ready)")
    p.add_argument("--sessions", metavar="FILE", help="another session set (.json or .jsonl)")
    p.add_argument("--think-s", type=float, default=5.0, help="reading time per prompt in time in the loop (default 5)")
    p.add_argument("--report", metavar="OUT.json", help="also write the comparison here")
    p.add_argument("--json", action="store_true")
    p.add_argument("--show", action="store_true", help="show the saved comparison, run nothing")
    p.add_argument("--accept", action="store_true", help="make the saved recommendation the default model")
    engine_flags(p)
    p.set_defaults(func=cmd_pick)
