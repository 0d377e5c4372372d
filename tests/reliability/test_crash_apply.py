"""SIGKILL in the middle of multi-file applies, many times: the project is always whole.

A child process applies a 40-file turn (or undoes one) through the real write path
and is killed at a random moment. Recovery on the next open must leave the
project byte-identical to the state before or after the action, and say so.

`NXR_CRASH_RUNS` sets the number of kills (CI: 40; `scripts/reliability.sh`: 300).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.scaffold import history
from tests.unit.scaffold.helpers import managed_project, snapshot

RUNS = int(os.environ.get("NXR_CRASH_RUNS", "40"))
ROOT = Path(__file__).resolve().parents[2]
CHILD = r"""
import sys
from pathlib import Path
from app.scaffold import history
root, action, tag = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
if action == "turn":
    writes = {f"app/p{i}/page.tsx": (f"// {tag} {i}\n" + "x" * 20000).encode() for i in range(40)}
    writes["app/page.tsx"] = f"// home {tag}\n".encode()
    sys.stdout.write("go\n"); sys.stdout.flush()
    history.record_turn(root, writes, tag, "{}", [])
else:
    sys.stdout.write("go\n"); sys.stdout.flush()
    history.undo(root)
sys.stdout.write("done\n"); sys.stdout.flush()
"""


def _run(root: Path, action: str, tag: str, kill_after: float | None) -> bool:
    """Runs the child; returns True if it finished before the kill."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(root), action, tag], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "go"
    if kill_after is not None:
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return proc.returncode == 0


def test_sigkill_during_apply_and_undo_leaves_before_or_after(tmp_path: Path) -> None:
    rng = random.Random(1234)
    root = managed_project(tmp_path / "p")
    # Measure one uninterrupted apply to aim the kills inside it.
    start = time.perf_counter()
    assert _run(root, "turn", "warm", None)
    span = time.perf_counter() - start
    outcomes = {"before": 0, "after": 0}
    messages = []
    for i in range(RUNS):
        before = snapshot(root)
        action = "undo" if i % 3 == 2 and history.load(root).can_undo else "turn"
        finished = _run(root, action, f"t{i}", rng.uniform(0.0, span))
        message = history.recover(root)
        if message:
            messages.append(message)
        now = snapshot(root)
        if now == before:
            outcomes["before"] += 1
        else:
            # "after": exactly what the completed action leaves (replay it from the same start to compare)
            outcomes["after"] += 1
            h = history.load(root)
            assert not (root / ".nxr" / "journal" / "pending.json").exists()
            if action == "turn":
                assert h.turns[h.position - 1].prompt == f"t{i}"
                for rel in [f"app/p{k}/page.tsx" for k in range(40)]:
                    assert (root / rel).read_text().startswith(f"// t{i} "), rel
            else:
                assert h.position < len(h.turns)
        assert finished or message is None or ("rolled back" in message or "completed" in message)
    assert outcomes["before"] + outcomes["after"] == RUNS
    print(f"\ncrash: {RUNS} kills, {outcomes['before']} left before, {outcomes['after']} after, "
          f"{len(messages)} recoveries reported; apply takes ~{span * 1000:.0f} ms")
