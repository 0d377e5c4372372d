"""A project's background dev server, shared by separate `nxr` invocations.

`nxr prompt` runs once per prompt, but the preview must stay up between prompts: the first
invocation starts `nxr serve DIR` as a detached process, which records itself in
`.nxr/devserver.json`; later invocations (and the window) find it there, `nxr stop DIR`
ends it.

A record is trusted only when all of it still holds (:func:`verify`): the `nxr serve`
process is the very one that wrote it (pid, start time and command line, see
:mod:`app.preview.identity`), its `next dev` is the one it started (same identity, leading
its own process group) and a process of that group listens on the recorded port. A pid that
the system has since given to another process, or a port that another program now listens
on, is "not running": nothing is signalled or reused, and the stale record is removed.

Starting and stopping hold the project's writer lock (:mod:`app.projectlock`), so two
`nxr prompt` runs at once start one server: the second waits, then reuses it. A record is
removed only by the process it names, or as stale under the lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import bundle
from app.errors import DevServerError, ProjectBusyError
from app.preview.identity import ProcessIdentity, group_members, identify, is_same, owns_listener, process_group
from app.preview.process import signal_group
from app.projectlock import project_lock

STATE_FILE = ".nxr/devserver.json"
LOG_FILE = ".nxr/devserver.log"
START_PURPOSE = "the preview server is being started"
STOP_PURPOSE = "the preview server is being stopped"
START_TIMEOUT_S = 90.0


@dataclass(frozen=True)
class ServerInfo:
    pid: int  # the `nxr serve` process
    url: str
    port: int
    server: ProcessIdentity | None = None  # who `pid` was when recorded
    next_dev: ProcessIdentity | None = None  # its `next dev`, leader of a process group it created

    def to_json(self) -> dict[str, Any]:
        return {"pid": self.pid, "url": self.url, "port": self.port,
                "server": self.server.to_json() if self.server else None,
                "next_dev": self.next_dev.to_json() if self.next_dev else None}

    @classmethod
    def from_json(cls, data: Any) -> ServerInfo | None:
        if not isinstance(data, dict):
            return None
        pid, url, port = data.get("pid"), data.get("url"), data.get("port")
        if not (isinstance(pid, int) and _whole(pid) and pid > 0 and isinstance(port, int) and _whole(port)
                and isinstance(url, str)):
            return None  # a damaged record: no server of ours is known (and no pid is signalled)
        return cls(pid, url, port, ProcessIdentity.from_json(data.get("server")),
                   ProcessIdentity.from_json(data.get("next_dev")))


@dataclass(frozen=True)
class StopResult:
    """What ``stop_background`` did: the server it stopped, a leftover ``next dev`` of a dead
    server it stopped, and a stale record it removed (the pid it named is not ours)."""

    stopped: ServerInfo | None = None
    leftover_pid: int | None = None
    stale_pid: int | None = None


def describe(url: str, port: int, next_dev_pid: int, serve_pid: int | None = None) -> ServerInfo:
    """The record of a server: ``serve_pid`` (default: this process) and its next dev, as they are now."""
    pid = os.getpid() if serve_pid is None else serve_pid
    return ServerInfo(pid, url, port, identify(pid), identify(next_dev_pid))


def _read(root: Path) -> tuple[ServerInfo | None, str | None]:
    """The record (None when absent or unreadable) and the file's text (None when absent)."""
    try:
        text = (root / STATE_FILE).read_text(encoding="utf-8")
    except OSError:
        return None, None
    try:
        return ServerInfo.from_json(json.loads(text)), text
    except (ValueError, TypeError, RecursionError):  # damaged: no server of ours is known, no pid is signalled
        return None, text


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def write_state(root: Path, info: ServerInfo) -> None:
    """Writes the record atomically (a reader never sees half of it)."""
    path = root / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(info.to_json()), encoding="utf-8")
    os.replace(tmp, path)


def server_is_ours(info: ServerInfo) -> bool:
    """The recorded `nxr serve` is alive and is the very process that wrote the record."""
    return info.server is not None and info.server.pid == info.pid and is_same(info.server)


def next_dev_is_ours(info: ServerInfo) -> bool:
    """The recorded `next dev` is alive, the very process recorded, and leads its own group."""
    nd = info.next_dev
    return nd is not None and is_same(nd) and process_group(nd.pid) == nd.pid


def verify(info: ServerInfo) -> bool:
    """All of the record holds: our `nxr serve`, our `next dev`, and its group owns the port."""
    if not (server_is_ours(info) and next_dev_is_ours(info)):
        return False
    assert info.next_dev is not None
    return owns_listener(info.port, group_members(info.next_dev.pid)) is True


def running(root: Path) -> ServerInfo | None:
    """The project's background server when its record fully holds (:func:`verify`). A record
    whose `nxr serve` is gone or not ours is removed, unless someone holds the project (they
    will)."""
    info, text = _read(root)
    if text is None:
        return None
    if info is not None and verify(info):
        return info
    if info is None or not server_is_ours(info):
        with contextlib.suppress(ProjectBusyError), project_lock(root, "a stale preview record is removed", 0):
            _remove_stale(root, info, text)
    return None


def withdraw(root: Path) -> bool:
    """Removes the record if it names this very process (never another server's record)."""
    info, _text = _read(root)
    me = identify(os.getpid())
    if info is None or info.pid != os.getpid() or (me is not None and info.server != me):
        return False
    (root / STATE_FILE).unlink(missing_ok=True)
    return True


def _stop_group(leader: ProcessIdentity, timeout: float) -> bool:
    """SIGTERM, then SIGKILL, to the process group ``leader`` leads, checked to be the very
    process recorded (a group we created). False when it is not that process."""
    if not is_same(leader) or process_group(leader.pid) != leader.pid:
        return False
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(leader.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and group_members(leader.pid):
        time.sleep(0.05)
    if group_members(leader.pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(leader.pid, signal.SIGKILL)
    return True


def _remove_stale(root: Path, info: ServerInfo | None, text: str) -> int | None:
    """Under the lock: stops a leftover next dev of a dead server (when it is provably ours),
    removes the record if it is still the one read. The leftover's pid, if one was stopped."""
    leftover = None
    if info is not None and info.next_dev is not None and not server_is_ours(info):
        if _stop_group(info.next_dev, 5.0):
            leftover = info.next_dev.pid
    _info, now = _read(root)
    if now == text:
        (root / STATE_FILE).unlink(missing_ok=True)
    return leftover


def claim(root: Path) -> None:
    """Before a server starts, under the lock: refuses when a server of ours runs (or is
    restarting its next dev); removes a stale record, stopping its leftover next dev."""
    info, text = _read(root)
    if text is None:
        return
    if info is not None and server_is_ours(info):
        raise DevServerError(
            f"a dev server is already running for {root} (nxr serve pid {info.pid}, {info.url})",
            hint=f"use it, or stop it with `nxr stop {root}`")
    _remove_stale(root, info, text)


def _wait_ready(root: Path, deadline: float, proc: subprocess.Popen[bytes] | None = None) -> ServerInfo | None:
    """Polls until the record fully holds; None when its `nxr serve` (or ``proc``) is gone."""
    while time.monotonic() < deadline:
        info, _text = _read(root)
        if info is not None and verify(info):
            return info
        if proc is not None and proc.poll() is not None:
            return None
        if proc is None and (info is None or not server_is_ours(info)):
            return None
        time.sleep(0.1)
    return None


def start_background(root: Path, timeout: float = START_TIMEOUT_S) -> ServerInfo:
    """Start `nxr serve ROOT` detached and wait until it records a ready server; single-flight:
    a second caller waits for the first, then reuses its server."""
    with project_lock(root, START_PURPOSE, timeout):
        deadline = time.monotonic() + timeout
        info, _text = _read(root)
        if info is not None and server_is_ours(info):  # running, or restarting its next dev
            ready = _wait_ready(root, deadline)
            if ready is not None:
                return ready
        claim(root)
        log = open(root / LOG_FILE, "ab")  # noqa: SIM115 - handed to the child, closed below
        try:
            proc = subprocess.Popen(  # noqa: S603
                # Frozen: the app's own executable; else `python -P -m app` (-P: the project's own
                # app/ folder must not shadow our package). --background: we hold the lock for it.
                [*bundle.self_command(), "serve", str(root), "--background"], stdin=subprocess.DEVNULL,
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=root,
            )
        finally:
            log.close()
        ready = _wait_ready(root, deadline, proc)
        if ready is not None:
            return ready
        if proc.poll() is not None:
            tail = (root / LOG_FILE).read_text(encoding="utf-8", errors="replace")[-1500:]
            raise DevServerError(f"The dev server exited with code {proc.returncode}:\n{tail}")
        signal_group(proc, force=False)  # the group our Popen just created
        try:
            proc.wait(5.0)
        except subprocess.TimeoutExpired:
            signal_group(proc, force=True)
        raise DevServerError(f"The dev server did not become ready within {timeout:.0f} s (log: {root / LOG_FILE}).")


def stop_background(root: Path, timeout: float = 5.0) -> StopResult:
    """Stops the project's background server if the record proves it is ours: SIGTERM to that
    `nxr serve` process alone (it stops its next dev), SIGKILL after ``timeout``, then its next
    dev's group if that outlived it. A record that does not hold is removed, nothing signalled
    but a provably ours leftover next dev."""
    with project_lock(root, STOP_PURPOSE):
        info, text = _read(root)
        if text is None:
            return StopResult()
        if info is None or not server_is_ours(info):
            leftover = _remove_stale(root, info, text)
            return StopResult(leftover_pid=leftover, stale_pid=info.pid if info is not None else None)
        assert info.server is not None
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(info.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and is_same(info.server):
            time.sleep(0.05)
        if is_same(info.server):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(info.pid, signal.SIGKILL)
        if info.next_dev is not None:
            _stop_group(info.next_dev, timeout)  # only if it outlived its server
        _info, now = _read(root)
        if now == text:
            (root / STATE_FILE).unlink(missing_ok=True)
        return StopResult(stopped=info)
