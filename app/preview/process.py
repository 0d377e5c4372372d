"""Process-level helpers for ``next dev``: its lock file, process groups, exit codes."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

LOCK_FILE = Path(".next") / "dev" / "lock"  # Next's own: one next dev per project folder


def describe_exit(code: int | None) -> str:
    """``-9`` → "killed by SIGKILL", ``1`` → "exit code 1"."""
    if code is None:
        return "still running"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def running_server_info(project_root: Path) -> tuple[int, str] | None:
    """(pid, url) of a live ``next dev`` holding the project's lock file, if any."""
    try:
        data = json.loads((project_root / LOCK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("pid"), int):
        return None
    pid: int = data["pid"]
    if pid == os.getpid() or not pid_alive(pid):
        return None
    return pid, str(data.get("appUrl", "unknown URL"))


def pid_alive(pid: int) -> bool:
    """True when ``pid`` runs (and is not a zombie)."""
    if sys.platform == "win32":
        return False  # no cheap check: let next dev try (it refuses, and says so, if the lock is held)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (killed, not yet reaped) holds no lock
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[:1] != ["Z"]


def signal_group(proc: subprocess.Popen[str], *, force: bool) -> None:
    """SIGTERM (or SIGKILL when ``force``) to the process group led by ``proc``; on Windows
    taskkill ends the whole tree."""
    if sys.platform == "win32":
        if proc.poll() is None:
            subprocess.run(["taskkill", "/T", "/F", "/PID", str(proc.pid)], capture_output=True, check=False)
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL if force else signal.SIGTERM)
