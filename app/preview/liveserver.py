"""Reusing a project's dev server that another process already runs (``nxr serve``).

``nxr prompt`` starts ``nxr serve DIR`` in the background and records it (pid, start time,
command line, its next dev, URL) in ``.nxr/devserver.json`` (:mod:`app.preview.registry`). When the window opens such a
project it previews that server instead of starting a second ``next dev``: Next.js
allows one per folder, and the CLI's server must outlive the window. The window never
stops a server it did not start. No Qt here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.errors import DevServerError
from app.preview import registry
from app.preview.net import fetch_local
from app.preview.routecheck import RemotePreview, RouteCheck

log = logging.getLogger(__name__)

ANSWER_TIMEOUT_S = 30.0  # the first GET of a page compiles it: seconds on a slow machine


def live_server(root: Path, timeout: float = ANSWER_TIMEOUT_S) -> registry.ServerInfo | None:
    """The project's registered server when its process is alive and its URL answers over HTTP
    (any status: a page with a compile error still proves the server is there)."""
    info = registry.running(root)  # the very process recorded, its next dev on the port; else stale
    if info is None:
        return None
    try:
        status, _body = fetch_local(info.port, "/", timeout)
    except DevServerError as exc:
        log.warning("the registered dev server of %s (pid %s) does not answer: %s", root, info.pid, exc)
        return None
    log.info("reusing the dev server of %s: pid %s at %s (GET / %s)", root, info.pid, info.url, status)
    return info


class ExternalServer:
    """DevServer's surface (callbacks, url, port, wait_route, errors, start, stop) over a server
    another process runs. ``start`` only reports it; ``stop`` only stops watching it. A
    watcher thread reports through ``on_finished``/``on_error`` when that process ends."""

    external = True

    def __init__(self, project_root: Path, info: registry.ServerInfo, poll_s: float = 1.0) -> None:
        self.project_root = Path(project_root)
        self.info = info
        self.pid = info.pid
        self.port: int | None = info.port
        self.url: str | None = info.url.rstrip("/")
        self.poll_s = poll_s
        self.on_started: list[Callable[[str], None]] = []
        self.on_finished: list[Callable[[int, bool], None]] = []
        self.on_error: list[Callable[[str], None]] = []
        self.on_output: list[Callable[[str], None]] = []
        self._remote = RemotePreview(info.url.rstrip("/"), info.port)
        self._stopping = threading.Event()
        self._gone = False
        self._watcher: threading.Thread | None = None

    @property
    def is_running(self) -> bool:
        return not self._gone and registry.server_is_ours(self.info)

    def start(self, timeout: float = 0.0) -> str:
        assert self.url is not None
        if self._watcher is None:
            self._watcher = threading.Thread(target=self._watch, name=f"nxr-serve-watch-{self.pid}", daemon=True)
            self._watcher.start()
        self._emit(self.on_started, self.url)
        return self.url

    def stop(self, timeout: float = 5.0) -> None:
        """Stops watching; the server itself keeps running (``nxr stop DIR`` ends it)."""
        self._stopping.set()
        watcher = self._watcher
        if watcher is not None and watcher is not threading.current_thread():
            watcher.join(timeout)

    def errors(self) -> list[Any]:
        return []  # its output goes to the process that runs it, not to this window

    def fetch(self, path: str, timeout: float = 30.0) -> tuple[int, str]:
        return self._remote.fetch(path, timeout)

    def wait_route(self, path: str, contains: Sequence[str] = (), not_contains: Sequence[str] = (),
                   timeout: float = 10.0, **_options: Any) -> RouteCheck:
        return self._remote.wait_route(path, contains, not_contains, timeout)

    def _watch(self) -> None:
        while not self._stopping.wait(self.poll_s):
            if not registry.server_is_ours(self.info):  # gone, or its pid now names another process
                self._gone = True
                self._emit(self.on_finished, -1, False)
                self._emit(self.on_error, f"the dev server started by `nxr serve` (pid {self.pid}) stopped")
                return

    def _emit(self, callbacks: Sequence[Callable[..., None]], *args: Any) -> None:
        for callback in list(callbacks):
            try:
                callback(*args)
            except Exception:  # a broken listener must not kill the watcher: logged with its traceback
                log.exception("external dev server callback %r failed", callback)
