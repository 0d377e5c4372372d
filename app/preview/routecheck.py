""""Preview ready": poll a route until it shows the change, for a server we run or one we found.

A new route answers 404 first and an edited page keeps serving the old text for
~100 ms after the write, so "200" alone is not enough: the check waits for the
expected visible text. It polls every 25 ms and adds nothing else to the wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.errors import DevServerError
from app.preview.devlog import DevError
from app.preview.net import fetch_local
from app.preview.text import visible_text

POLL_INTERVAL_S = 0.025
Fetch = Callable[[str, float], tuple[int, str]]


@dataclass(frozen=True)
class RouteCheck:
    """The answer of :func:`poll_route`."""

    ok: bool
    status: int | None
    elapsed_s: float
    text: str
    error: DevError | None


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
        elif status is not None and status >= 500:
            failing_since = now if failing_since is None else failing_since
            error = current_error()
            if error_grace_s is not None and error is not None and now - failing_since >= error_grace_s:
                return RouteCheck(False, status, now - started, text, error)
        else:
            failing_since = None
        if now >= deadline:
            return RouteCheck(False, status, now - started, text, current_error())
        time.sleep(min(POLL_INTERVAL_S, max(0.0, deadline - now)))


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
