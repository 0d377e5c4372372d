"""A project's background dev server, shared by separate `nxr` invocations.

`nxr prompt` runs once per prompt, but the preview must stay up between
prompts: the first invocation starts `nxr serve DIR` as a detached process,
which records its pid and URL in `.nxr/devserver.json`; later invocations
find it there (and check it still answers), `nxr stop DIR` ends it.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from app import bundle
from app.errors import DevServerError
from app.preview.process import pid_alive

STATE_FILE = ".nxr/devserver.json"
LOG_FILE = ".nxr/devserver.log"


@dataclass(frozen=True)
class ServerInfo:
    pid: int
    url: str
    port: int


def _listening(port: int) -> bool:
    # A TCP connect, not a GET: the first GET compiles the page and can take seconds.
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def write_state(root: Path, info: ServerInfo) -> None:
    path = root / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(info)), encoding="utf-8")


def clear_state(root: Path) -> None:
    (root / STATE_FILE).unlink(missing_ok=True)


def running(root: Path) -> ServerInfo | None:
    """The project's background server, if one is up and answering."""
    path = root / STATE_FILE
    try:
        info = ServerInfo(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, RecursionError):
        return None
    if not (_whole(info.pid) and info.pid > 0 and _whole(info.port) and isinstance(info.url, str)):
        return None  # a damaged state file: no server of ours is known (and no pid is signalled)
    if pid_alive(info.pid) and _listening(info.port):
        return info
    clear_state(root)
    return None


def start_background(root: Path, timeout: float = 90.0) -> ServerInfo:
    """Start `nxr serve ROOT` detached and wait until it records a ready server."""
    existing = running(root)
    if existing:
        return existing
    log = open(root / LOG_FILE, "ab")  # noqa: SIM115 - handed to the child, closed below
    try:
        proc = subprocess.Popen(  # noqa: S603
            # Frozen: the app's own executable; else `python -P -m app` (-P: the project's
            # own app/ folder must not shadow our package).
            [*bundle.self_command(), "serve", str(root)], stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True, cwd=root,
        )
    finally:
        log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        info = running(root)
        if info is not None:
            return info
        if proc.poll() is not None:
            tail = (root / LOG_FILE).read_text(encoding="utf-8", errors="replace")[-1500:]
            raise DevServerError(f"The dev server exited with code {proc.returncode}:\n{tail}")
        time.sleep(0.1)
    stop_pid(proc.pid)
    raise DevServerError(f"The dev server did not become ready within {timeout:.0f} s (log: {root / LOG_FILE}).")


def stop_pid(pid: int, timeout: float = 5.0) -> None:
    try:
        os.killpg(pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and pid_alive(pid):
        time.sleep(0.05)
    if pid_alive(pid):
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def stop_background(root: Path) -> bool:
    info = running(root)
    clear_state(root)
    if info is None:
        return False
    stop_pid(info.pid)
    return True
