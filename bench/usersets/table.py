"""The quality table for the user-written session sets, from recorded bench reports.

    .venv/bin/python bench/usersets/table.py LABEL=REPORT.json[+REPORT.json ...] [LABEL=...]

One row per report: sessions completed, steps passed, prompts per step, wrong edits shown as
done per 100 turns (and how many of those wrong edits the doubt gate flagged as unsure), out-of-scope requests declined, in-scope requests declined (and how many of those the
doubt gate held, saying what it read), and the waits
and model time per plan (first token + generation) a user feels.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "–"


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} ms"


def row(label: str, report: dict[str, Any]) -> str:
    s = report["summary"]
    turns = [t for sess in report["sessions"] for t in sess["turns"]]
    model = [(t["ttft_ms"] or 0) + (t["gen_ms"] or 0) for t in turns if t["gen_ms"] is not None]
    out_scope = [t for t in turns if t.get("expects_decline")]
    in_scope = [t for t in turns if not t.get("expects_decline")]
    declined_right = sum(t["outcome"] == "declined" for t in out_scope)
    declined_wrong = sum(t["outcome"] == "declined" for t in in_scope)
    held = sum(bool(t.get("held")) for t in in_scope)  # of those, held by the doubt gate with what it read
    # wrong edits the doubt gate said it was unsure of (shown as unsure, not as done)
    flagged = sum(1 for t in turns if t.get("flagged") and t.get("changed_files") and not t["passed"])
    return (f"| {label} | {_pct(s['completed'], s['sessions'])} | {s['steps_passed']}/{s['steps_total']} | "
            f"{s['prompts_per_step']} | {s['wrong_applied_per_100_turns']}{f', {flagged} flagged' if flagged else ''} | "
            f"{_pct(declined_right, len(out_scope))} | "
            f"{_pct(declined_wrong, len(in_scope))}{f', {held} held' if held else ''} | "
            f"{_ms(s['median_wait_ms'])} | {_ms(s['p90_wait_ms'])} | "
            f"{_ms(statistics.median(model) if model else None)} |")


def combined(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Several reports as one (``LABEL=A.json+B.json``): their sessions together, the summary
    recomputed from the turns as the bench computes it."""
    sessions = [sess for r in reports for sess in r["sessions"]]
    turns = [t for sess in sessions for t in sess["turns"]]
    waits = sorted(t["wait_ms"] for t in turns)
    steps = sum(sess["steps_total"] for sess in sessions)
    wrong = sum(1 for t in turns if t.get("changed_files") and not t["passed"])
    summary = {"sessions": len(sessions), "completed": sum(1 for sess in sessions if sess["completed"]),
               "steps_passed": sum(sess["steps_passed"] for sess in sessions), "steps_total": steps,
               "prompts_per_step": round(sum(sess["prompts"] for sess in sessions) / steps, 2) if steps else None,
               "wrong_applied_per_100_turns": round(100 * wrong / len(turns), 2) if turns else None,
               "median_wait_ms": statistics.median(waits) if waits else None,
               "p90_wait_ms": waits[min(len(waits) - 1, int(0.9 * len(waits)))] if waits else None}
    return {"summary": summary, "sessions": sessions}


def main(argv: list[str]) -> int:
    print("| change, set | sessions completed | steps passed | prompts/step | wrong applied /100 turns | "
          "out-of-scope declined | in-scope declined | median wait | p90 wait | model time per plan (median) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for arg in argv:
        label, _, paths = arg.partition("=")
        reports = [json.loads(Path(path).read_text(encoding="utf-8")) for path in paths.split("+")]
        print(row(label, reports[0] if len(reports) == 1 else combined(reports)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
