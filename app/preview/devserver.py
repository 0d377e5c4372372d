"""Runs a project's ``next dev`` like qutebrowser's GUIProcess, without Qt.

One :class:`DevServer` owns one ``next dev`` (Turbopack) bound to 127.0.0.1 only, in its
own process group (Next starts a ``next-server`` child, so the whole group is signalled);
on Linux it gets SIGTERM when our process dies, even by SIGKILL (:func:`spawn_tied`).
A reader thread drains its output into a ring buffer and an :class:`ErrorTracker`; a
waiter thread notices exits and, when the exit was not asked for, restarts it (at most
``max_restarts`` times per ``restart_window_s``). Callbacks are plain callables run on
those background threads: a UI must hand them over to its own thread.

Recovery after a crash or a kill (measured with ``bench/recovery.py``): the waiter sees the
exit at once and spawns the new server (~0.05 s); Turbopack's cache on disk, written soon
after every compile (:data:`app.preview.process.TURBOPACK_SNAPSHOT_ENV`), spares the restart
a cold compile; and the pages the preview showed last (from the request log) are requested
as soon as the new server is ready, so their compile starts before the browser reloads.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from app.errors import DevServerError, NxrError, PortInUseError
from app.preview.devlog import LOCAL_RE, READY_RE, REQUEST_RE, DevError, ErrorTracker, clean_line, served_page
from app.preview.net import HOST, fetch_local, free_port, port_is_free
from app.preview.node import NodeRuntime
from app.preview.process import (
    clear_turbopack_cache,
    describe_exit,
    running_server_info,
    signal_group,
    spawn_tied,
    with_turbopack_snapshots,
)
from app.preview.routecheck import POLL_INTERVAL_S, RecentRoutes, RouteCheck, poll_route, prewarm

log = logging.getLogger(__name__)

_ADDR_IN_USE = "EADDRINUSE"
_OTHER_SERVER = "server is already running"  # Next's own lock on .next/dev/lock


@dataclass
class Outcome:
    """What happened to the server so far (qutebrowser's ProcessOutcome)."""

    exit_code: int | None = None
    expected: bool | None = None
    restarts: int = 0
    ready_s: float | None = None  # seconds from spawn to ready, last start
    started_at: float | None = None  # time.time() of the last ready
    recovered_s: float | None = None  # last automatic restart: exit seen -> first warmed page answered
    cache_cleared: int = 0  # Turbopack caches deleted to end a crash loop


@dataclass
class _Run:
    """One spawned ``next dev`` process and what its threads learned."""

    proc: subprocess.Popen[str]
    port: int
    spawned: float
    ready: threading.Event = field(default_factory=threading.Event)
    exited: threading.Event = field(default_factory=threading.Event)
    expected: bool = False
    addr_in_use: bool = False
    other_server: bool = False
    served: bool = False  # answered a request with < 400 at least once
    restart_of: float | None = None  # an automatic restart: time.monotonic() the old exit was seen
    prewarm: tuple[str, ...] = ()  # pages to request as soon as it is ready, first one on screen
    reader: threading.Thread | None = None
    waiter: threading.Thread | None = None


class DevServer:
    """``next dev`` for one project, on 127.0.0.1, restarted when it dies unexpectedly."""

    def __init__(
        self,
        project_root: Path,
        node: NodeRuntime,
        port: int | None = None,
        auto_restart: bool = True,
        *,
        max_restarts: int = 3,
        restart_window_s: float = 60.0,
        output_lines: int = 2000,
    ) -> None:
        self.project_root = Path(project_root)
        self.node = node
        self.auto_restart = auto_restart
        self.max_restarts = max_restarts
        self.restart_window_s = restart_window_s
        self.on_started: list[Callable[[str], None]] = []
        self.on_finished: list[Callable[[int, bool], None]] = []
        self.on_error: list[Callable[[str], None]] = []
        self.on_output: list[Callable[[str], None]] = []
        self._requested_port = port
        self._port: int | None = port
        self._lock = threading.Lock()
        self._run: _Run | None = None
        self._closed = True
        self._output: deque[str] = deque(maxlen=output_lines)
        self._tracker = ErrorTracker(self.project_root)
        self._outcome = Outcome()
        self._restart_times: deque[float] = deque()
        self._atexit_registered = False
        self._routes = RecentRoutes()

    # --- state -----------------------------------------------------------------------------

    @property
    def next_bin(self) -> Path:
        return self.project_root / "node_modules" / "next" / "dist" / "bin" / "next"

    @property
    def port(self) -> int | None:
        return self._port

    @property
    def url(self) -> str | None:
        return f"http://{HOST}:{self._port}" if self._port is not None else None

    @property
    def is_running(self) -> bool:
        run = self._run
        return run is not None and run.proc.poll() is None

    @property
    def pid(self) -> int | None:
        run = self._run
        return run.proc.pid if run is not None else None

    @property
    def outcome(self) -> Outcome:
        with self._lock:
            return replace(self._outcome)

    def recent_output(self, n: int = 50) -> list[str]:
        lines = list(self._output)
        return lines[-n:] if n > 0 else []

    def errors(self) -> list[DevError]:
        return self._tracker.errors()

    @property
    def last_error(self) -> DevError | None:
        return self._tracker.last_error

    @property
    def error_seq(self) -> int:
        """The number of the newest error report (see :meth:`errors_since`)."""
        return self._tracker.seq

    def errors_since(self, seq: int) -> list[DevError]:
        """Errors reported after report number ``seq``, also those already cleared: a reader
        that polls keeps the last ``DevError.seq`` it saw and cannot miss one."""
        return self._tracker.reported_since(seq)

    @property
    def recent_routes(self) -> tuple[str, ...]:
        """The pages the preview showed last (newest first): what a restart warms up."""
        return self._routes.newest_first()

    def _first_error(self) -> DevError | None:
        return self._tracker.cause()

    # --- lifecycle -------------------------------------------------------------------------

    def start(self, timeout: float = 60.0) -> str:
        """Starts ``next dev`` and returns its base URL once it is ready."""
        run = self._run
        if run is not None and run.proc.poll() is None and run.ready.is_set() and not run.expected:
            return f"http://{HOST}:{run.port}"
        return self._start(self._requested_port, timeout)

    def _start(self, port: int | None, timeout: float, warm: Sequence[str] = ()) -> str:
        """Checks, then launches on ``port`` (None: any free one) and warms ``warm`` once ready."""
        if not self.next_bin.is_file():
            raise DevServerError(
                f"cannot start the preview of {self.project_root}: dependencies not installed "
                f"({self.next_bin.relative_to(self.project_root)} is missing)",
                hint="install the project's dependencies first (npm install)",
            )
        self._check_no_other_server()
        with self._lock:
            self._closed = False
        if not self._atexit_registered:
            atexit.register(self._stop_at_exit)
            self._atexit_registered = True
        return self._launch(port, timeout, warm=warm)

    def _check_no_other_server(self) -> None:
        """Next allows one ``next dev`` per project (it locks .next/dev/lock and exits ~1 s after
        printing Ready otherwise): say so up front, with the other server's pid and URL."""
        other = running_server_info(self.project_root)
        if other is None:
            return
        pid, url = other
        kill = f"taskkill /PID {pid} /F" if sys.platform == "win32" else f"kill {pid}"
        raise DevServerError(
            f"another next dev is already running for {self.project_root} (pid {pid}, {url})",
            hint=f"close the other window or stop it with `{kill}`, then try again",
        )

    def _launch(self, port: int | None, timeout: float, *, restart_of: float | None = None,
                warm: Sequence[str] = ()) -> str:
        """Spawns and waits for ready; a taken auto-chosen port is replaced by another (3 tries).
        ``warm``: pages to request once it is ready (see :meth:`_prewarm`)."""
        deadline = time.monotonic() + timeout
        explicit = port is not None
        for _attempt in range(1 if explicit else 3):
            chosen = port if port is not None else free_port()
            if explicit and not port_is_free(chosen):
                raise self._port_in_use(chosen)
            run = self._spawn(chosen)
            run.restart_of, run.prewarm = restart_of, tuple(warm)
            try:
                return self._wait_ready(run, deadline)
            except _AddressInUse:
                if explicit:
                    raise self._port_in_use(chosen) from None
                port = None
        raise DevServerError(f"next dev could not find a free port on {HOST}", hint="close other dev servers")

    def _port_in_use(self, port: int) -> PortInUseError:
        return PortInUseError(
            f"port {port} on {HOST} is already in use by another program",
            hint="stop the other program or let Avery NXR pick a free port",
        )

    def _spawn(self, port: int) -> _Run:
        argv = [str(self.node.node), str(self.next_bin), "dev", "--hostname", HOST, "--port", str(port)]
        env = with_turbopack_snapshots(self.node.env())
        env.pop("FORCE_COLOR", None)
        env["NO_COLOR"] = "1"
        env.pop("PORT", None)
        with self._lock:
            if self._closed:
                raise DevServerError("the preview server was stopped while it was starting")
            try:
                proc = spawn_tied(  # its own group, and it dies with us even if we are killed
                    argv,
                    cwd=self.project_root,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,  # one pipe: errors and request lines stay in order
                    text=True,
                    encoding="utf-8",
                    errors="replace",
                )
            except OSError as exc:
                raise DevServerError(f"could not run {argv[0]}: {exc}", hint="check Node.js (`nxr doctor`)") from exc
            run = _Run(proc=proc, port=port, spawned=time.monotonic())
            self._run = run
            self._port = port
        self._tracker.clear()
        assert proc.stdout is not None
        run.reader = threading.Thread(target=self._read, args=(run, proc.stdout), name=f"next-dev-out-{proc.pid}", daemon=True)
        run.waiter = threading.Thread(target=self._wait, args=(run,), name=f"next-dev-wait-{proc.pid}", daemon=True)
        run.reader.start()
        run.waiter.start()
        return run

    def _wait_ready(self, run: _Run, deadline: float) -> str:
        probe_after = run.spawned + 1.0
        while True:
            if run.ready.wait(POLL_INTERVAL_S * 4):
                break
            if run.exited.is_set() or run.proc.poll() is not None:
                run.exited.wait(2.0)
                if run.addr_in_use:
                    raise _AddressInUse()
                if run.other_server:
                    self._check_no_other_server()
                    raise DevServerError(
                        f"another next dev is already running for {self.project_root}",
                        hint="close the other window or stop that server, then try again",
                    )
                if run.expected:
                    raise DevServerError("the preview server was stopped while it was starting")
                tail = "\n".join(self.recent_output(15))
                raise DevServerError(
                    f"next dev exited before it was ready ({describe_exit(run.proc.returncode)}):\n{tail}",
                    hint="look at the output above; `npm run dev` in the project shows the same",
                )
            now = time.monotonic()
            if now >= probe_after and self._listening(run.port):
                run.ready.set()
                break
            if now >= deadline:
                self._terminate(run, 5.0)
                tail = "\n".join(self.recent_output(15))
                raise DevServerError(
                    f"next dev did not become ready in {deadline - run.spawned:.0f} s:\n{tail}",
                    hint="the machine may be busy; try again, or run `npm run dev` in the project",
                )
        url = f"http://{HOST}:{run.port}"
        with self._lock:
            self._outcome.ready_s = round(time.monotonic() - run.spawned, 3)
            self._outcome.started_at = time.time()
        if run.prewarm:  # before on_started: the browser's reload then finds the compile under way
            threading.Thread(target=self._prewarm, args=(run,), name=f"next-dev-warm-{run.proc.pid}", daemon=True).start()
        self._emit(self.on_started, url)
        return url

    def _prewarm(self, run: _Run) -> None:
        """Requests ``run.prewarm`` (the page on screen first) from the just-started server."""
        def keep_going() -> bool:
            return run is self._run and not run.exited.is_set() and not self._closed

        began = time.monotonic()
        results = prewarm(lambda path, timeout: fetch_local(run.port, path, timeout), run.prewarm, keep_going)
        log.info("warmed up after start: %s", ", ".join(f"{p} {s} in {t:.2f} s" for p, s, t in results))
        first_status = results[0][1] if results else None
        if run.restart_of is not None and first_status is not None and first_status < 400:
            with self._lock:
                self._outcome.recovered_s = round(began + results[0][2] - run.restart_of, 3)

    @staticmethod
    def _listening(port: int) -> bool:
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.2):
            return True
        return False

    def stop(self, timeout: float = 5.0) -> None:
        """Stops the server and its children (SIGTERM to the group, then SIGKILL). Idempotent."""
        with self._lock:
            self._closed = True
            run = self._run
            if run is not None:
                run.expected = True
        if self._atexit_registered:
            atexit.unregister(self._stop_at_exit)
            self._atexit_registered = False
        if run is not None:
            self._terminate(run, timeout)

    def _stop_at_exit(self) -> None:
        self.stop(timeout=2.0)

    def restart(self, timeout: float = 60.0) -> str:
        """Stops and starts again (same port when one was given or it is still free), then
        requests the pages the preview showed last."""
        port = self._port
        self.stop()
        with self._lock:
            self._outcome.restarts += 1
        if self._requested_port is not None or port is None or not port_is_free(port):
            port = self._requested_port
        return self._start(port, timeout, warm=self.recent_routes)

    def __enter__(self) -> DevServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _terminate(self, run: _Run, timeout: float) -> None:
        run.expected = True
        if run.proc.poll() is None:
            signal_group(run.proc, force=False)
            try:
                run.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                signal_group(run.proc, force=True)
                run.proc.wait()
        signal_group(run.proc, force=True)  # children that outlived the leader
        for thread in (run.reader, run.waiter):
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout=2.0)

    # --- background threads ----------------------------------------------------------------

    def _read(self, run: _Run, stream: IO[str]) -> None:
        for raw in stream:
            line = clean_line(raw)
            self._output.append(line)
            request = REQUEST_RE.match(line)
            if request is not None and int(request.group(3)) < 400:
                run.served = True
                page = served_page(line)
                if page is not None:
                    self._routes.add(page)
            if _OTHER_SERVER in line:
                run.other_server = True  # the "Local:" lines that follow are the other server's
            elif not run.ready.is_set() and not run.other_server:
                if READY_RE.search(line):
                    run.ready.set()
                elif _ADDR_IN_USE in line:
                    run.addr_in_use = True
                local = LOCAL_RE.search(line)
                announced = _port_of(local.group(1)) if local is not None else None
                if announced is not None and announced != run.port:
                    log.warning("next dev announced port %s instead of %s", announced, run.port)
                    run.port = announced
                    self._port = announced
            self._tracker.feed(line)
            self._emit(self.on_output, line)
        stream.close()

    def _wait(self, run: _Run) -> None:
        code = run.proc.wait()
        signal_group(run.proc, force=True)  # the next-server child must not keep the port
        if run.reader is not None:
            run.reader.join(timeout=2.0)
        with self._lock:
            current = run is self._run
            expected = run.expected or self._closed
            if current:
                self._outcome.exit_code = code
                self._outcome.expected = expected
        run.exited.set()
        if not current or not run.ready.is_set():
            return  # a failed start is reported by start() itself
        self._emit(self.on_finished, code, expected)
        if expected:
            return
        if run.other_server:  # restarting cannot help: the other server holds the lock
            self._emit(self.on_error, f"next dev stopped: another next dev is already running for {self.project_root}")
            return
        reason = f"next dev exited unexpectedly ({describe_exit(code)})"
        if not self.auto_restart:
            self._emit(self.on_error, reason)
            return
        now = time.monotonic()
        while self._restart_times and now - self._restart_times[0] > self.restart_window_s:
            self._restart_times.popleft()
        if len(self._restart_times) >= self.max_restarts:
            self._emit(
                self.on_error,
                f"{reason}; it was restarted {self.max_restarts} times in {self.restart_window_s:.0f} s, giving up",
            )
            return
        self._restart_times.append(now)
        if run.restart_of is not None and not run.served and clear_turbopack_cache(self.project_root):
            with self._lock:  # died again before serving anything: do not trust the cache it read
                self._outcome.cache_cleared += 1
            reason += "; it had died again before serving a page, so its compile cache was cleared"
        self._emit(self.on_error, f"{reason}; restarting it")
        port = run.port if port_is_free(run.port) or self._requested_port is not None else None
        try:
            self._launch(port, 60.0, restart_of=now, warm=self.recent_routes)
        except NxrError as exc:
            if not self._closed:  # stopped meanwhile: nothing to report
                self._emit(self.on_error, f"restarting next dev failed: {exc.message}")
            return
        with self._lock:
            self._outcome.restarts += 1

    def _emit(self, callbacks: Sequence[Callable[..., None]], *args: Any) -> None:
        for callback in list(callbacks):
            try:
                callback(*args)
            except Exception:  # a broken listener must not kill the reader thread
                log.exception("dev server callback %r failed", callback)

    # --- HTTP --------------------------------------------------------------------------------

    def fetch(self, path: str, timeout: float = 30.0) -> tuple[int, str]:
        """GET ``path`` from the server (127.0.0.1 only): (status, body); 4xx/5xx are returned.
        The default timeout covers a first compile on a slow machine (measured up to ~9 s)."""
        port = self._port
        if port is None:
            raise DevServerError("the preview server is not started")
        status, body = fetch_local(port, path, timeout)
        if status < 400:  # seen first-hand, before the log line says so
            self._tracker.resolved(path)
        return status, body

    def wait_route(
        self,
        path: str,
        contains: Sequence[str] = (),
        not_contains: Sequence[str] = (),
        timeout: float = 10.0,
        *,
        error_grace_s: float | None = 0.5,
    ) -> RouteCheck:
        """The "preview ready" check on this server (see :func:`app.preview.routecheck.poll_route`);
        a captured compile error ends it early."""
        return poll_route(self.fetch, path, contains, not_contains, timeout,
                          error_grace_s=error_grace_s, current_error=self._first_error)


class _AddressInUse(Exception):
    """next dev said EADDRINUSE (internal: becomes PortInUseError or a retry)."""


def _port_of(url: str) -> int | None:
    tail = url.rstrip("/").rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None
