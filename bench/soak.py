"""Soak: many consecutive turns on the real model and real `next dev`, with undo/redo mixed in.

Reports the app process's memory over the run (RSS per turn and its linear slope),
child processes and open file descriptors at the start and the end (leaks), and
checks that the session log has one line per turn. Writes JSON to bench/results/.

    .venv/bin/python bench/soak.py [--turns 200]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REQUESTS = [
    "change the main heading to Welcome",
    "I need a services page",
    "switch to a purple color scheme",
    "make the subtitle say Open every day",
    "create a blog page titled Latest News",
    "use a green theme",
]


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def slope(values: list[float]) -> float:
    n = len(values)
    mx, my = (n - 1) / 2, sum(values) / n
    den = sum((i - mx) ** 2 for i in range(n)) or 1.0
    return sum((i - mx) * (v - my) for i, v in enumerate(values)) / den


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--turns", type=int, default=200)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from app.engine.loader import load_engine
    from app.errors import HistoryError
    from app.preview.devserver import DevServer
    from app.preview.node import find_node
    from app.scaffold import history
    from app.scaffold.project import create_project
    from app.session.log import SessionLog
    from app.session.turn import TurnRunner

    project = create_project(Path(tempfile.mkdtemp(prefix="nxr-soak-")) / "site", "Soak")
    engine = load_engine()
    server = DevServer(project.root, find_node())
    server.start()
    server.fetch("/")
    runner = TurnRunner(project.root, engine, server)
    runner.warm()
    fds_start = len(os.listdir("/proc/self/fd"))
    kids_start = len(descendants(os.getpid()))
    rss, outcomes, undo_redo = [], {}, 0
    started = time.perf_counter()
    for i in range(args.turns):
        result = runner.run(REQUESTS[i % len(REQUESTS)])
        outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
        if i % 5 == 4:
            try:
                history.undo(project.root)
                if i % 10 == 9:
                    history.redo(project.root)
                    undo_redo += 1
                undo_redo += 1
            except HistoryError:
                pass
        rss.append(rss_kib() / 1024)
        if i % 20 == 19:
            print(f"{i + 1:4} turns  rss {rss[-1]:7.1f} MiB  fds {len(os.listdir('/proc/self/fd'))}  "
                  f"children {len(descendants(os.getpid()))}  {outcomes}", flush=True)
    elapsed = time.perf_counter() - started
    fds_end = len(os.listdir("/proc/self/fd"))
    kids_end = len(descendants(os.getpid()))
    server.stop()
    kids_after_stop = len(descendants(os.getpid()))
    log_lines = len(SessionLog(project.root).entries())
    half = len(rss) // 2
    report = {
        "bench": "soak", "date": time.strftime("%Y-%m-%dT%H:%M:%S"), "turns": args.turns, "seconds": round(elapsed, 1),
        "outcomes": outcomes, "undo_redo_actions": undo_redo,
        "rss_mib": {"first": round(rss[0], 1), "last": round(rss[-1], 1), "max": round(max(rss), 1),
                    "slope_kib_per_turn": round(slope(rss) * 1024, 2),
                    "slope_second_half_kib_per_turn": round(slope(rss[half:]) * 1024, 2)},
        "fds": {"start": fds_start, "end": fds_end},
        "child_processes": {"start": kids_start, "end": kids_end, "after_stop": kids_after_stop},
        "session_log_lines": log_lines, "session_log_complete": log_lines == args.turns,
        "dev_server_restarts": server.outcome.restarts,
    }
    print(json.dumps(report, indent=2))
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({**report, "rss_series_mib": [round(v, 1) for v in rss]}, indent=2))
    print(f"written: {out}")
    return 0 if log_lines == args.turns and kids_after_stop == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
