"""The benchmark's JSON report: per-session results and a summary of how a session feels.

Summary numbers:

- ``completed_rate``: sessions that passed every step and final check / sessions;
- ``prompts_per_step``: prompts submitted / steps reached (1.0 = every step right first time);
- ``median_wait_ms`` / ``p90_wait_ms`` / ``median_ttft_ms``: over every prompt of every session
  (percentiles interpolate linearly between ranks, like numpy's default);
- ``wrong_applied``: turns that changed files but failed their checks (a wrong edit shown as
  done, the worst outcome), and ``wrong_applied_per_100_turns``;
- ``declined``: turns the app declined; ``declined_right`` of them were asked for something
  out of scope (their step expects ``declined``), ``declined_wrong`` were not;
  ``out_of_scope_turns`` / ``in_scope_turns`` count the turns of each kind of step; ``held``: the
  declined turns the doubt gate held back with what it read (a "yes" would have made the change);
  ``flagged``: applied turns it said it was unsure of, with what it read, and ``wrong_applied_flagged``
  the wrong edits among them (shown as unsure, not as done);
- ``total_wait_s``: the time spent waiting on the app, all sessions together;
- ``time_in_loop_s``: that plus ``think_s`` of reading and thinking per prompt.
"""

from __future__ import annotations

import math
import os
import platform
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from app.engine.base import EngineInfo
from app.session.bench.runner import SessionResult

FORMAT = 1


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100), linear between closest ranks; None for no values."""
    if not values:
        return None
    data = sorted(values)
    pos = (len(data) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def summarize(results: Sequence[SessionResult], think_s: float) -> dict[str, Any]:
    waits = [t.wait_ms for r in results for t in r.turns]
    ttfts = [t.ttft_ms for r in results for t in r.turns if t.ttft_ms is not None]
    prompts = sum(r.prompts for r in results)
    steps = sum(r.steps for r in results)
    n = len(results)
    turns = [t for r in results for t in r.turns]
    wrong = sum(t.changed_files and not t.passed for t in turns)
    declined = [t for t in turns if t.outcome == "declined"]
    return {
        "sessions": n,
        "completed": sum(r.completed for r in results),
        "abandoned": sum(r.abandoned for r in results),
        "completed_rate": _r(sum(r.completed for r in results) / n, 3) if n else None,
        "steps_passed": sum(r.steps_passed for r in results),
        "steps_total": sum(r.steps_total for r in results),
        "prompts": prompts,
        "prompts_per_step": _r(prompts / steps, 2) if steps else None,
        "turns": len(turns),
        "wrong_applied": wrong,
        "wrong_applied_per_100_turns": _r(100 * wrong / len(turns), 2) if turns else None,
        "declined": len(declined),
        "declined_right": sum(t.expects_decline for t in declined),
        "declined_wrong": sum(not t.expects_decline for t in declined),
        "held": sum(t.held for t in declined),
        "flagged": sum(t.flagged for t in turns),
        "wrong_applied_flagged": sum(t.changed_files and not t.passed and t.flagged for t in turns),
        "out_of_scope_turns": sum(t.expects_decline for t in turns),
        "in_scope_turns": sum(not t.expects_decline for t in turns),
        "median_wait_ms": _r(percentile(waits, 50)),
        "p90_wait_ms": _r(percentile(waits, 90)),
        "max_wait_ms": _r(max(waits)) if waits else None,
        "median_ttft_ms": _r(percentile(ttfts, 50)),
        "waits_under_1s": sum(w < 1000 for w in waits),
        "waits_over_10s": sum(w > 10000 for w in waits),
        "total_wait_s": round(sum(waits) / 1000, 3),
        "think_s": think_s,
        "time_in_loop_s": round(sum(r.time_in_loop_s for r in results), 3),
    }


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages (None where the OS has none): other work on the machine
    slows both engines (llama.cpp's spinning threads most of all), so reports keep it."""
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def machine() -> dict[str, Any]:
    return {"cpu_count": os.cpu_count(), "platform": platform.platform(), "machine": platform.machine(),
            "processor": platform.processor() or None, "python": platform.python_version(),
            "load_average_end": load_average()}


def build_report(results: Sequence[SessionResult], info: EngineInfo, *, think_s: float,
                 session_files: Sequence[str] = (), run_s: float | None = None,
                 warm_s: float | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "backend": info.backend,
        "model": info.model_id,
        "provider": info.provider,
        "threads": info.threads,
        "engine": {"load_s": info.load_s, "warm_s": warm_s, "model_dir": info.model_dir, **info.extra},
        "machine": machine(),
        "session_files": list(session_files),
        "run_s": _r(run_s, 2),
        **(extra or {}),
        "summary": summarize(results, think_s),
        "sessions": [r.to_dict() for r in results],
    }
