"""One writer per project: a command run while another process applies a turn never touches it.

A child process applies a turn through the real write path and is held, by a gate
file, after its journal is written and before its first file is renamed into place
(the window ``strace -e inject=rename:delay_enter`` opens). Meanwhile the real CLI runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.errors import ProjectBusyError
from app.scaffold import history
from tests.unit.scaffold.helpers import next_project, snapshot

ROOT = Path(__file__).resolve().parents[2]
PENDING = Path(".nxr") / "journal" / "pending.json"
CHILD = r"""
import sys, time
from pathlib import Path
from app.scaffold import history, journal
root, gate = Path(sys.argv[1]), Path(sys.argv[2])
real_put = journal._put
def held_put(r, rel, digest):
    if not gate.exists():
        print("applying", flush=True)
        while not gate.exists():
            time.sleep(0.02)
    real_put(r, rel, digest)
journal._put = held_put
turn = history.record_turn(root, {"app/pricing/page.tsx": b"pricing", "app/page.tsx": b"home v2"},
                           "add a pricing page", "{}", ["added /pricing"])
print("applied", turn.id, flush=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "NEXT_TELEMETRY_DISABLED": "1"}


def _start_held_turn(root: Path, gate: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(root), str(gate)], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "applying"
    assert (root / PENDING).is_file()
    return proc


def _nxr(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=60)


def _finish(proc: subprocess.Popen[str], gate: Path) -> str:
    gate.touch()
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    return out


def test_read_only_commands_leave_a_turn_being_applied_alone(tmp_path: Path) -> None:
    root = next_project(tmp_path / "p")
    gate = tmp_path / "gate"
    proc = _start_held_turn(root, gate)
    try:
        during = snapshot(root)
        for args in (("history", str(root)), ("open", str(root)), ("diff", str(root))):
            done = _nxr(*args)
            assert "Traceback" not in done.stderr, done.stderr
            assert "recovered" not in done.stderr, f"{args[0]} rolled back a live turn: {done.stderr}"
            assert (root / PENDING).is_file(), f"{args[0]} removed the journal of a turn being applied"
            assert snapshot(root) == during, f"{args[0]} wrote to the project"
    finally:
        out = _finish(proc, gate)
    assert out.startswith("applied")
    assert (root / "app" / "pricing" / "page.tsx").read_bytes() == b"pricing"
    assert not (root / PENDING).exists()
    listed = _nxr("history", str(root))
    assert listed.returncode == 0 and "add a pricing page" in listed.stdout


def test_a_second_writer_waits_for_the_turn_then_undoes_it(tmp_path: Path) -> None:
    root = next_project(tmp_path / "p")
    before = snapshot(root)
    gate = tmp_path / "gate"
    proc = _start_held_turn(root, gate)
    opener = threading.Timer(1.0, gate.touch)
    opener.start()
    try:
        undone = _nxr("undo", str(root))  # waits for the lock, then undoes the finished turn
    finally:
        opener.join()
        _finish(proc, gate)
    assert undone.returncode == 0, undone.stderr
    assert "add a pricing page" in undone.stdout
    assert snapshot(root) == before


def test_a_writer_that_cannot_wait_is_told_who_applies(tmp_path: Path) -> None:
    root = next_project(tmp_path / "p")
    gate = tmp_path / "gate"
    proc = _start_held_turn(root, gate)
    try:
        during = snapshot(root)
        with pytest.raises(ProjectBusyError, match=f"a turn is being applied by nxr pid {proc.pid}"):
            history.undo(root, lock_timeout=0.3)
        assert snapshot(root) == during and (root / PENDING).is_file()
    finally:
        _finish(proc, gate)
    assert history.load(root).position == 1
