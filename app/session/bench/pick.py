"""The picker's rule and its saved result.

The thesis: use the smallest model that clears the quality floor for the job, then
minimise latency. Measured on whole sessions, that is: among the models that completed at
least ``FLOOR`` of the sessions, the one with the least time in the loop (the user's
waits plus reading time). When none clears the floor, none is recommended; the best of
them is named, labelled as below the floor.

The comparison is saved in the user data folder with its date, the machine's hardware
probe and a key of the set of models (``catalog.models_key``): it is shown again until
that set changes. It becomes the default model only when the user accepts it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app import paths

FLOOR = 0.80
FORMAT = 1


@dataclass(frozen=True)
class Recommendation:
    model: str | None  # None: no model clears the floor
    best: str | None  # the best measured model, even below the floor (None: nothing measured)
    below_floor: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pct(rate: float) -> str:
    return f"{100 * rate:.0f} %"


def _measured(row: Mapping[str, Any]) -> bool:
    s = row.get("summary") or {}
    return not row.get("error") and s.get("completed_rate") is not None and s.get("time_in_loop_s") is not None


def _steps_rate(summary: Mapping[str, Any]) -> float:
    total = summary.get("steps_total") or 0
    return float(summary.get("steps_passed") or 0) / total if total else 0.0


def recommend(rows: Sequence[Mapping[str, Any]], floor: float = FLOOR) -> Recommendation:
    """The rule, on the table's rows (``model`` and the bench ``summary`` of each)."""
    measured = [r for r in rows if _measured(r)]
    if not measured:
        return Recommendation(None, None, True, "No model was measured, so none is recommended.")

    def speed(r: Mapping[str, Any]) -> tuple[float, float, str]:
        s = r["summary"]
        return (float(s["time_in_loop_s"]), float(s.get("wrong_applied_per_100_turns") or 0.0), str(r["model"]))

    cleared = [r for r in measured if float(r["summary"]["completed_rate"]) >= floor]
    if cleared:
        pick = min(cleared, key=speed)
        s = pick["summary"]
        others = len(cleared) - 1
        rest = (f"; {others} other model(s) cleared it but kept you in the loop longer" if others
                else "; it is the only one that cleared it")
        return Recommendation(str(pick["model"]), str(pick["model"]), False,
                              f"{pick['model']} completed {_pct(s['completed_rate'])} of the sessions (floor "
                              f"{_pct(floor)}) with the least time in the loop, {s['time_in_loop_s']:.0f} s{rest}.")
    # Below the floor the best is the one that got furthest (sessions, then steps passed), then the fastest.
    best = min(measured, key=lambda r: (-float(r["summary"]["completed_rate"]), -_steps_rate(r["summary"]), *speed(r)))
    s = best["summary"]
    steps = f", {s['steps_passed']}/{s['steps_total']} steps" if s.get("steps_total") else ""
    return Recommendation(None, str(best["model"]), True,
                          f"No model completed {_pct(floor)} of the sessions, so none is recommended; the best, "
                          f"{best['model']}, completed {_pct(s['completed_rate'])}{steps} (below the floor).")


def builtin_sessions() -> Path:
    """The picker's built-in session set (shipped in resources/, so an installed app has it)."""
    return paths.resources_dir() / "picker" / "sessions.jsonl"


# -- the saved comparison -------------------------------------------------------------
def saved_path() -> Path:
    return paths.data_dir() / "picker" / "last.json"


def save(result: Mapping[str, Any]) -> Path:
    from app.atomicfile import atomic_write

    path = saved_path()
    atomic_write(path, (json.dumps(result, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    return path


def load_saved() -> dict[str, Any] | None:
    try:
        data = json.loads(saved_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def current(models_key: str) -> dict[str, Any] | None:
    """The saved comparison, while the set of models it measured is still the set there is."""
    saved = load_saved()
    return saved if saved is not None and saved.get("models_key") == models_key else None


TABLE_COLUMNS = ("model", "sessions completed", "steps passed", "prompts/step", "wrong applied /100 turns", "median wait",
                 "p90 wait", "total wait", "time in the loop")


def table_cells(row: Mapping[str, Any]) -> list[str]:
    """One row of the result table, in words (the CLI and the window show the same)."""
    if row.get("error"):
        return [str(row["model"]), f"not measured: {row['error']}", *[""] * (len(TABLE_COLUMNS) - 2)]
    s = row["summary"]

    def sec(ms: float | None) -> str:
        return "-" if ms is None else f"{ms / 1000:.2f} s"

    rate = s.get("completed_rate")
    return [str(row["model"]),
            f"{s['completed']}/{s['sessions']} ({'-' if rate is None else _pct(rate)})",
            f"{s.get('steps_passed', '-')}/{s.get('steps_total', '-')}",
            "-" if s.get("prompts_per_step") is None else f"{s['prompts_per_step']:.2f}",
            "-" if s.get("wrong_applied_per_100_turns") is None else f"{s['wrong_applied_per_100_turns']:.1f}",
            sec(s.get("median_wait_ms")), sec(s.get("p90_wait_ms")),
            f"{s['total_wait_s']:.1f} s", f"{s['time_in_loop_s']:.0f} s"]


def markdown_table(rows: Sequence[Mapping[str, Any]]) -> str:
    lines = ["| " + " | ".join(TABLE_COLUMNS) + " |", "|" + "---|" * len(TABLE_COLUMNS)]
    lines += ["| " + " | ".join(table_cells(r)) + " |" for r in rows]
    return "\n".join(lines)
