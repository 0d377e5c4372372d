"""Two sessions and a `history`/`diff`/`open` loop on one project at once: nothing is lost.

Two processes run turns through the real turn loop (``TurnRunner``, the code `nxr session`
runs, on the fake engine) while a third calls the real CLI's read-only commands in a loop.
Each project write is slowed (a slow disk), so the readers often run while a journal is
pending. Afterwards: every turn a session reported applied is in the history, each turn's
"before" is the previous turn's "after", the files on disk are the last turn's, and undo
walks back to the first byte of the start.

`NXR_STRESS_TURNS` sets the turns per session (CI: 16, so 32 in all).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from app.scaffold import history, journal
from tests.unit.scaffold.helpers import next_project, snapshot

TURNS = int(os.environ.get("NXR_STRESS_TURNS", "16"))
ROOT = Path(__file__).resolve().parents[2]

SESSION = r"""
import json, sys, time
from pathlib import Path
from app.engine.fake import FakeEngine
from app.scaffold import journal
from app.session.turn import TurnRunner
root, tag, turns = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
real_put = journal._put
def slow_put(r, rel, digest):  # a slow disk: other commands run while the journal is pending
    time.sleep(0.02)
    real_put(r, rel, digest)
journal._put = slow_put
def request(i):
    if tag == "a":
        text = f"Session a, turn {i}"
        return f'set the home subtitle to "{text}"', {"op": "set_text", "route": "/", "target": "subtitle", "text": text}
    if i % 2 == 0:
        return f"make the primary colour #1020{i:02x}", {"op": "set_theme", "primary": f"#1020{i:02x}"}
    if i % 4 == 1:  # pages come and go: files are created, and deleted with their folders
        return f"add a page called Page b{i} at /b{i}", {"op": "add_page", "route": f"/b{i}", "title": f"Page b{i}"}
    return f"remove the page /b{i - 2}", {"op": "remove_page", "route": f"/b{i - 2}"}
state = {"plan": ""}
runner = TurnRunner(root, FakeEngine(lambda messages, options: state["plan"]))
applied = conflicts = 0
while applied < turns:
    prompt, op = request(applied)
    state["plan"] = json.dumps({"ops": [op]})
    result = runner.run(prompt)
    if result.applied:
        print(json.dumps({"turn": result.turn_id, "files": result.files}), flush=True)
        applied += 1
    elif result.outcome == "conflict":  # the other session wrote between our read and our write
        conflicts += 1
    else:
        print(json.dumps({"error": result.outcome, "message": result.message}), flush=True)
        sys.exit(1)
print(json.dumps({"conflicts": conflicts}), flush=True)
"""

READERS = r"""
import contextlib, io, json, sys
from pathlib import Path
from app import cli
root, stop = sys.argv[1], Path(sys.argv[2])
pending = Path(root) / ".nxr" / "journal" / "pending.json"
runs, during, problems = 0, 0, []
while not stop.exists():
    for command in (["history", root], ["diff", root], ["open", root]):
        during += pending.exists()
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                rc = cli.main(command)
        except BaseException as exc:
            rc, err = -1, io.StringIO(repr(exc))
        runs += 1
        # `diff` before the first turn has nothing to show (exit 1, a sentence)
        if (rc != 0 and not (command[0] == "diff" and "No turn to show" in err.getvalue())) \
                or "recovered" in err.getvalue():
            problems.append(f"{command[0]}: rc {rc}: {err.getvalue()[:300]}")
print(json.dumps({"runs": runs, "during": during, "problems": problems}), flush=True)
"""


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEXT_TELEMETRY_DISABLED": "1"}
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_sessions_and_readers_lose_no_turn(tmp_path: Path) -> None:
    root = next_project(tmp_path / "p")
    start = snapshot(root)
    stop = tmp_path / "stop"
    began = time.monotonic()
    readers = _spawn(READERS, str(root), str(stop))
    sessions = {tag: _spawn(SESSION, str(root), tag, str(TURNS)) for tag in ("a", "b")}
    outputs = {}
    try:
        for tag, proc in sessions.items():
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, f"session {tag}: {out[-2000:]}\n{err[-2000:]}"
            outputs[tag] = [json.loads(line) for line in out.splitlines()]
    finally:
        stop.touch()
        read_out, read_err = readers.communicate(timeout=120)
        for proc in sessions.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert readers.returncode == 0, read_err
    reads = json.loads(read_out.splitlines()[-1])
    assert reads["problems"] == [], reads["problems"][:5]
    assert reads["during"] > 0, "the readers never ran while a turn was being applied: the test proves nothing"

    reported = {line["turn"]: line["files"] for tag in outputs for line in outputs[tag] if "turn" in line}
    conflicts = sum(line.get("conflicts", 0) for tag in outputs for line in outputs[tag])
    h = history.load(root)
    on_record = {t.id: t for t in h.turns[: h.position]}
    lost = sorted(set(reported) - set(on_record))
    print(f"\nturns applied under concurrent commands: {len(reported)}, lost: {len(lost)}, "
          f"conflicts retried: {conflicts}, read-only commands run meanwhile: {reads['runs']} "
          f"({reads['during']} while a journal was pending), "
          f"{time.monotonic() - began:.1f} s")
    assert len(reported) == 2 * TURNS and not lost
    assert len(h.turns) == h.position == 2 * TURNS, "a turn on record that no session reported"
    assert all(on_record[t].files == files for t, files in reported.items())
    assert not (root / ".nxr" / "journal" / "pending.json").exists()

    # Each turn starts from the state the previous one left, and the disk holds the last one's.
    known = {rel: journal.sha(data) for rel, data in start.items()}
    for turn in h.turns:
        for c in turn.changes:
            assert known.get(c.path) == c.before, f"turn {turn.prompt!r}: {c.path} did not start where the last ended"
            if c.after is None:
                known.pop(c.path, None)
            else:
                known[c.path] = c.after
    assert {rel: journal.sha(data) for rel, data in snapshot(root).items()} == known

    for _ in range(h.position):
        history.undo(root)
    assert snapshot(root) == start, "undo walks back to the start byte for byte"
