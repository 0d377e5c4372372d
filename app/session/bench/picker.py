"""``nxr pick`` and the window's "Compare on this machine": the session benchmark on each model.

Each model gets its own engine (opened, warmed once, closed) and plays the whole built-in
session set through :class:`SessionBench` with ``keep_going`` (every step is played, so
every model's time in the loop covers the same steps). A model that cannot be opened is a
row with its error, never a reason to stop the others. Cancel (a ``threading.Event``) is
looked at after every turn; a cancelled comparison is returned marked so and not saved.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from app.engine.base import Engine
from app.errors import NxrError
from app.session.bench import pick
from app.session.bench.report import build_report
from app.session.bench.runner import BenchConfig, SessionBench, TurnRecord, WorkspaceFactory
from app.session.bench.sessionfile import Session

EngineOpener = Callable[[str], Engine]


@dataclass(frozen=True)
class Progress:
    model: str
    model_index: int  # 0-based
    models: int
    turns_done: int  # over the whole comparison
    turns_total: int  # steps of every model (retries come on top)
    text: str


class PickCancelled(NxrError):
    """The user cancelled the comparison."""


def session_set_info(path: Path, sessions: Sequence[Session]) -> dict[str, Any]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    return {"file": path.name, "sha256": digest, "sessions": len(sessions),
            "turns": sum(len(s.turns) for s in sessions)}


class Picker:
    """Runs the comparison (see the module docstring)."""

    def __init__(self, open_engine: EngineOpener, workspaces: WorkspaceFactory, *, think_s: float = 5.0,
                 on_progress: Callable[[Progress], None] | None = None,
                 cancel: threading.Event | None = None) -> None:
        self.open_engine = open_engine
        self.workspaces = workspaces
        self.think_s = think_s
        self.on_progress = on_progress
        self.cancel = cancel or threading.Event()

    def run(self, models: Sequence[str], sessions: Sequence[Session]) -> list[dict[str, Any]]:
        steps = sum(len(s.turns) for s in sessions)
        total = steps * len(models)
        rows: list[dict[str, Any]] = []
        done = 0
        for index, model in enumerate(models):
            self._say(Progress(model, index, len(models), done, total, f"{model}: loading"))
            rows.append(self._one(model, index, len(models), sessions, done, total))
            done = (index + 1) * steps
            self._say(Progress(model, index, len(models), done, total, f"{model}: done"))
        return rows

    def _one(self, model: str, index: int, count: int, sessions: Sequence[Session], done: int,
             total: int) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            engine = self.open_engine(model)
        except NxrError as exc:
            return {"model": model, "error": exc.message}
        played = [0]

        def on_turn(session: Session, record: TurnRecord) -> None:
            played[0] += 1
            self._say(Progress(model, index, count, min(done + played[0], total), total,
                               f"{model}: {session.name}, step {record.step + 1}"
                               f" ({'pass' if record.passed else record.outcome}, {record.wait_ms / 1000:.2f} s)"))
            if self.cancel.is_set():
                raise PickCancelled("The comparison was cancelled; nothing was saved.")

        try:
            bench = SessionBench(engine, self.workspaces, BenchConfig(think_s=self.think_s, keep_going=True),
                                 on_turn=on_turn)
            results = []
            for session in sessions:
                if self.cancel.is_set():
                    raise PickCancelled("The comparison was cancelled; nothing was saved.")
                results.append(bench.run(session))
            report = build_report(results, engine.info, think_s=self.think_s, run_s=time.perf_counter() - started,
                                  warm_s=bench.warm_s)
        except PickCancelled:
            raise
        except NxrError as exc:
            return {"model": model, "error": exc.message}
        finally:
            engine.close()
        waits = [t["wait_ms"] for s in report["sessions"] for t in s["turns"]]
        return {"model": model, "backend": report["backend"], "provider": report["provider"],
                "engine": report["engine"], "load_average_end": report["machine"]["load_average_end"], "summary": report["summary"], "waits_ms": waits,
                "sessions": [{"name": s["name"], "completed": s["completed"], "steps_passed": s["steps_passed"],
                              "steps_total": s["steps_total"]} for s in report["sessions"]]}

    def _say(self, progress: Progress) -> None:
        if self.on_progress is not None:
            self.on_progress(progress)


def comparison(rows: Sequence[dict[str, Any]], *, models_key: str, probe: dict[str, Any],
               session_set: dict[str, Any], think_s: float) -> dict[str, Any]:
    """What is saved and shown: the table, the recommendation, where and when it was measured."""
    return {"format": pick.FORMAT, "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "probe": probe, "models_key": models_key, "session_set": session_set, "think_s": think_s,
            "floor": pick.FLOOR, "rows": list(rows), "recommendation": pick.recommend(rows).to_dict(),
            "accepted": None}
