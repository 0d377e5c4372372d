"""A child started with ``spawn_tied`` dies with its parent, even when the parent is killed by
SIGKILL, and not when the (short-lived) thread that started it returns."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.preview.identity import identify

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")

ROOT = Path(__file__).resolve().parents[3]

PARENT = """
import sys, threading, time
from app.preview.process import spawn_tied
box = []
t = threading.Thread(target=lambda: box.append(spawn_tied(["sleep", "600"])))
t.start(); t.join()  # the thread that asked for it is gone before the child is checked
print(box[0].pid, flush=True)
time.sleep(600)
"""


def test_a_tied_child_outlives_its_thread_and_dies_with_a_killed_parent() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        child_identity = identify(child)
        assert child_identity is not None and child_identity.argv == ("sleep", "600")
        time.sleep(0.5)
        assert identify(child) == child_identity, "the child died with the thread that started it"
        assert os.getpgid(child) == child  # its own group
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 5
        while identify(child) == child_identity and time.monotonic() < deadline:
            time.sleep(0.05)
        assert identify(child) != child_identity, "the child outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
