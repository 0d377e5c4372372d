""""Preview ready": poll a route until it shows the change, for a server we run or one we found.

A new route answers 404 first and an edited page keeps serving the old text for
~100 ms after the write, so "200" alone is not enough: the check waits for the
expected visible text. It polls every 25 ms and adds nothing else to the wait.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.errors import DevServerError
from app.preview.devlog import PREWARM_MARK, DevError
from app.preview.net import fetch_local
from app.preview.text import visible_text

POLL_INTERVAL_S = 0.025
PREWARM_TIMEOUT_S = 60.0  # one cold compile on a busy 2-core machine stays well below this
Fetch = Callable[[str, float], tuple[int, str]]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RouteCheck:
    """The answer of :func:`poll_route`."""

    ok: bool
    status: int | None
    elapsed_s: float
    text: str
    error: DevError | None


_ECHO_WAIT = 6  # times the grace a request's "Could not parse module" waits for the compile report


def poll_route(
    fetch: Fetch,
    path: str,
    contains: Sequence[str] = (),
    not_contains: Sequence[str] = (),
    timeout: float = 10.0,
    *,
    error_grace_s: float | None = 0.5,
    current_error: Callable[[], DevError | None] = lambda: None,
) -> RouteCheck:
    """Polls ``path`` until it answers 200 and its visible text (case-insensitive) holds every
    ``contains`` and no ``not_contains``. Gives up at ``timeout``, or early when it has answered
    5xx for ``error_grace_s`` while ``current_error()`` names an error (a broken edit; the grace
    lets a half-written file recompile)."""
    started = time.monotonic()
    deadline = started + timeout
    wanted = [item.casefold() for item in contains]
    unwanted = [item.casefold() for item in not_contains]
    status: int | None = None
    text = ""
    failing_since: float | None = None
    while True:
        remaining = deadline - time.monotonic()
        try:
            status, body = fetch(path, max(0.5, remaining))
        except DevServerError:
            status, body = None, ""
        now = time.monotonic()
        if status is not None:
            text = visible_text(body)
        if status == 200:
            failing_since = None
            folded = text.casefold()
            if all(w in folded for w in wanted) and not any(u in folded for u in unwanted):
                return RouteCheck(True, status, now - started, text, None)
        elif status == 405 and not wanted and not unwanted:
            # A route handler without GET (a POST-only API route) answers 405 once it is compiled
            # (404 before): it is there, which is all a turn that added it can ask of a GET.
            return RouteCheck(True, status, now - started, text, None)
        elif status is not None and status >= 500:
            failing_since = now if failing_since is None else failing_since
            error = current_error()
            if error_grace_s is not None and error is not None \
                    and now - failing_since >= error_grace_s * (_ECHO_WAIT if error.echoes_a_compile else 1):
                return RouteCheck(False, status, now - started, text, error)
        else:
            failing_since = None
        if now >= deadline:
            return RouteCheck(False, status, now - started, text, current_error())
        time.sleep(min(POLL_INTERVAL_S, max(0.0, deadline - now)))


class RecentRoutes:
    """The last few pages the preview showed (from ``next dev``'s request log), newest first.
    Thread-safe: the reader thread adds, the restart path reads."""

    def __init__(self, keep: int = 3) -> None:
        self._paths: deque[str] = deque(maxlen=keep)
        self._lock = threading.Lock()

    def add(self, path: str) -> None:
        with self._lock:
            if self._paths and self._paths[0] == path:
                return
            if path in self._paths:
                self._paths.remove(path)
            self._paths.appendleft(path)

    def newest_first(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._paths)


def prewarm_path(path: str) -> str:
    """``path`` with the marker that keeps a warm-up request out of :class:`RecentRoutes`."""
    return f"{path}{'&' if '?' in path else '?'}{PREWARM_MARK}=1"


def prewarm(fetch: Fetch, paths: Sequence[str], keep_going: Callable[[], bool],
            timeout: float = PREWARM_TIMEOUT_S) -> list[tuple[str, int | None, float]]:
    """GETs ``paths`` one after the other (so the first, the page on screen, gets the CPU), which
    makes a freshly started ``next dev`` compile them before a browser asks. Stops when
    ``keep_going()`` turns false. Returns (path, status or None when unreachable, seconds)."""
    done: list[tuple[str, int | None, float]] = []
    for path in paths:
        if not keep_going():
            break
        started = time.monotonic()
        try:
            status: int | None = fetch(prewarm_path(path), timeout)[0]
        except DevServerError as exc:  # the server went away meanwhile: its restart warms again
            log.debug("warm-up of %s failed: %s", path, exc)
            status = None
        done.append((path, status, time.monotonic() - started))
    return done


class RemotePreview:
    """The preview of a dev server another process runs (``nxr serve``), reached by its port."""

    def __init__(self, url: str, port: int) -> None:
        self.url = url
        self.port = port

    def fetch(self, path: str, timeout: float = 30.0) -> tuple[int, str]:
        return fetch_local(self.port, path, timeout)

    def wait_route(self, path: str, contains: Sequence[str] = (), not_contains: Sequence[str] = (),
                   timeout: float = 10.0) -> RouteCheck:
        return poll_route(self.fetch, path, contains, not_contains, timeout, error_grace_s=None)
