"""Signals must not eat references to True/False ("Fatal Python error: bool_dealloc").

PySide6 6.12's ``SignalInstance.emit``/``disconnect`` return a bool without a reference;
``app.ui.signalfix`` repairs that. These tests emit through the window's real paths
(dev server callbacks from a background thread, tasks, whole turns) many times and check
that the bools' reference counts do not go down; one emits more times than ``True``
has references, in a child process, which aborts without the repair.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

from app.ui.signalfix import bool_refs

ROOT = Path(__file__).resolve().parents[3]


def _baseline() -> int:
    """The bools' references once earlier tests' garbage is collected: collected during a test, it
    would drop references that no emit took (measured: ~500 after the whole unit suite)."""
    gc.collect()
    return bool_refs()


def _no_loss(before: int, slack: int = 64) -> bool:
    return bool_refs() >= before - slack  # the defect loses one per emit: thousands here


def test_dev_server_callbacks_from_a_thread_keep_bool_refs(qtbot: Any) -> None:
    from app.ui.workers import DevServerBridge

    class Server:
        def __init__(self) -> None:
            self.on_started: list[Any] = []
            self.on_error: list[Any] = []
            self.on_finished: list[Any] = []
            self.on_output: list[Any] = []

    bridge = DevServerBridge()
    server = Server()
    bridge.attach(server)
    seen: list[Any] = []
    bridge.finished.connect(lambda code, expected: seen.append((code, expected)))
    bridge.output.connect(seen.append)
    before = _baseline()

    def callbacks() -> None:  # what DevServer's reader and waiter threads do
        for i in range(2000):
            for cb in server.on_output:
                cb(f"line {i}")
            for cb in server.on_finished:
                cb(0, i % 2 == 0)

    worker = threading.Thread(target=callbacks)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 4000, timeout=10000)
    assert _no_loss(before)
    assert (0, True) in seen and (0, False) in seen


def test_tasks_and_disconnects_keep_bool_refs(qtbot: Any) -> None:
    from app.ui.workers import Task

    done: list[Any] = []
    before = _baseline()
    for i in range(300):
        task = Task(lambda report, i=i: (report(f"step {i}"), i)[1], "refcount")
        task.done.connect(done.append)
        task.start()
    qtbot.waitUntil(lambda: len(done) == 300, timeout=60000)
    qtbot.waitUntil(lambda: not Task._alive, timeout=20000)  # released on the UI thread, cycle broken
    for _ in range(300):
        task = Task(lambda _r: None)
        with qtbot.waitSignal(task.done, timeout=5000):  # a connect and a disconnect each
            task.start()
    assert _no_loss(before)
    assert sorted(done) == list(range(300))


def test_turns_undo_redo_keep_bool_refs(qtbot: Any, window: Any, project_dir: Path) -> None:
    c = window.controller
    c.load_engine()
    qtbot.waitUntil(lambda: c.engine is not None, timeout=10000)
    c.open_project(project_dir)
    qtbot.waitUntil(lambda: c.project is not None, timeout=10000)
    before = _baseline()
    for prompt in ("add a services page", "change the button to Book now") * 3:
        with qtbot.waitSignal(c.turn_finished, timeout=60000):
            window.prompt.input.setPlainText(prompt)
            window.prompt.send_button.click()
    for _ in range(3):
        window.act_undo.trigger()
        window.act_redo.trigger()
    qtbot.wait(100)
    assert _no_loss(before)
    assert len(window.meter.results) == 6


def test_emitting_more_times_than_true_has_references_does_not_abort() -> None:
    script = textwrap.dedent("""
        import sys, threading
        {fix}
        from PySide6.QtCore import QObject, Signal

        class Bridge(QObject):
            finished = Signal(int, bool)

        bridge = Bridge()
        n = sys.getrefcount(True) + 500
        worker = threading.Thread(target=lambda: [bridge.finished.emit(0, True) for _ in range(n)])
        worker.start()
        worker.join()
        print("survived", n, flush=True)
    """)
    env_cmd = [sys.executable, "-c"]
    started = time.monotonic()
    fixed = subprocess.run([*env_cmd, script.format(fix="import app.ui.signalfix")], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert fixed.returncode == 0, fixed.stderr[-2000:]
    assert "survived" in fixed.stdout
    # The control: plain PySide6. Where it has the defect it aborts exactly as the app did.
    plain = subprocess.run([*env_cmd, script.format(fix="")], cwd=ROOT, capture_output=True, text=True, timeout=60)
    if plain.returncode != 0:
        assert "bool_dealloc" in plain.stderr
    assert time.monotonic() - started < 60
