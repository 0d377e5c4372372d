"""Process helpers (the one home for them): spawning a child that dies with us, process
groups, exit codes, liveness; and for ``next dev``: its lock file and Turbopack's on-disk
compile cache. Who a process *is* (beyond its pid) is :mod:`app.preview.identity`."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LOCK_FILE = Path(".next") / "dev" / "lock"  # Next's own: one next dev per project folder
TURBOPACK_CACHE = Path(".next") / "dev" / "cache" / "turbopack"

# Turbopack (Next 16) keeps its compile results in TURBOPACK_CACHE (the
# ``experimental.turbopackFileSystemCacheForDev`` option, on by default since 16.x) but only
# writes them after the server has been busy for a while and then idle for 2 s: a next dev
# killed a few seconds after a compile left nothing, and its restart compiled every route
# from cold (4-6 s here instead of ~2.7 s). These (Turbopack's own, undocumented) variables
# make it write as soon as the compile work is 0.5 s idle. Measured: no change in the
# latency of an edit becoming visible. A value already in the environment wins.
TURBOPACK_SNAPSHOT_ENV = {
    "TURBO_ENGINE_SNAPSHOT_IDLE_TIMEOUT_MILLIS": "500",
    "TURBO_ENGINE_SNAPSHOT_MIN_ACTIVE_TIME_MILLIS": "0",
}


def with_turbopack_snapshots(env: dict[str, str]) -> dict[str, str]:
    """``env`` (changed in place and returned) with :data:`TURBOPACK_SNAPSHOT_ENV` where unset."""
    for name, value in TURBOPACK_SNAPSHOT_ENV.items():
        env.setdefault(name, value)
    return env


def clear_turbopack_cache(project_root: Path) -> bool:
    """Deletes the project's Turbopack cache (the next start compiles from cold). True when there
    was one. Used when a restarted server dies again before serving anything: a damaged cache
    must not keep it in a crash loop."""
    folder = project_root / TURBOPACK_CACHE
    if not folder.exists():
        return False
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        log.warning("could not delete the Turbopack cache %s: %s", folder, exc)
        return False
    return True


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


def signal_group(proc: subprocess.Popen[Any], *, force: bool) -> None:
    """SIGTERM (or SIGKILL when ``force``) to the process group led by ``proc`` (one we
    created with ``start_new_session``); on Windows taskkill ends the whole tree."""
    if sys.platform == "win32":
        if proc.poll() is None:
            subprocess.run(["taskkill", "/T", "/F", "/PID", str(proc.pid)], capture_output=True, check=False)
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL if force else signal.SIGTERM)


# --- children that die with us ----------------------------------------------------------------
#
# A child we start must not outlive us, even when we are killed by SIGKILL (then no handler of
# ours runs). On Linux the child asks the kernel for a signal when its parent dies
# (prctl PR_SET_PDEATHSIG). The kernel means the parent *thread*: a child spawned from a
# short-lived thread (DevServer restarts next dev from the thread that saw it exit) would be
# signalled when that thread returns. So those children are all spawned from one thread that
# lives as long as the process. Elsewhere there is no such call: the child is stopped by our
# exit handlers, and a leftover of a killed parent is found and stopped on the next start
# (app.preview.registry). A Windows job object would be the equivalent there; not done yet.

_PR_SET_PDEATHSIG = 1
_spawn_requests: queue.Queue[tuple[Callable[[], Any], Future[Any]]] | None = None
_spawner_lock = threading.Lock()


def _spawner_loop(requests: queue.Queue[tuple[Callable[[], Any], Future[Any]]]) -> None:
    while True:
        work, result = requests.get()
        try:
            result.set_result(work())
        except BaseException as exc:  # handed to the caller, raised in its own thread
            result.set_exception(exc)


def _on_spawner_thread(work: Callable[[], Any]) -> Any:
    global _spawn_requests
    with _spawner_lock:
        if _spawn_requests is None:
            _spawn_requests = queue.Queue()
            threading.Thread(target=_spawner_loop, args=(_spawn_requests,), name="nxr-spawner", daemon=True).start()
        requests = _spawn_requests
    result: Future[Any] = Future()
    requests.put((work, result))
    return result.result()


def _die_with_parent_hook() -> Callable[[], None] | None:
    """A ``preexec_fn`` that makes the child get SIGTERM when this process dies (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # resolved here, not in the forked child
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def hook() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        if os.getppid() != parent:  # we died between fork and prctl: nobody will signal it
            os._exit(1)

    return hook


def spawn_tied(argv: Sequence[str], **popen: Any) -> subprocess.Popen[Any]:
    """``subprocess.Popen(argv, **popen)`` for a child that must die with this process
    (see above); in its own process group (session) so that it and its children can be
    stopped together."""
    if sys.platform == "win32":
        popen.setdefault("creationflags", subprocess.CREATE_NEW_PROCESS_GROUP)
        return subprocess.Popen(list(argv), **popen)  # noqa: S603
    popen["start_new_session"] = True
    hook = _die_with_parent_hook()
    if hook is None:
        return subprocess.Popen(list(argv), **popen)  # noqa: S603
    proc: subprocess.Popen[Any] = _on_spawner_thread(
        lambda: subprocess.Popen(list(argv), preexec_fn=hook, **popen))  # noqa: S603, PLW1509
    return proc
