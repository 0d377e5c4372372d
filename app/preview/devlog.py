"""Reads ``next dev`` output: readiness, the URL, and compile/runtime errors with their place.

What Next.js 16 (Turbopack) prints, measured: a compile error is a ``⨯ ./app/page.tsx:2:50``
header, the message (``Error: Expected '>', got ';'``), a coloured code frame and two blank
lines; it breaks every route until fixed, and the fix prints ``✓ Compiled in 4ms``. A
runtime error is ``⨯ TypeError: …`` followed by ``at Home (app/page.tsx:3:32)``, a code
frame and ``{ digest: … }``; the request log line that follows (`` GET / 500 in 63ms``)
names the route. A later successful request (or compile, for compile errors) clears them.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field, replace

ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
READY_RE = re.compile(r"\bReady in\b")
LOCAL_RE = re.compile(r"-\s*Local:\s*(https?://\S+)")
REQUEST_RE = re.compile(r"^\s*(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (\S+) (\d{3}) in\b")
COMPILED_RE = re.compile(r"^\s*✓ Compiled\b")
_MARKER_RE = re.compile(r"^\s*[✓○⚠▲⨯]")
_ERROR_START = "⨯"
_LOCATION_RE = re.compile(r"^(\.{0,2}/?[^\s:()]+\.[A-Za-z0-9]+):(\d+):(\d+)\s*$")
_EXTRA_LOCATION_RE = re.compile(r"^\./[^\s:()]+\.[A-Za-z0-9]+:\d+:\d+$")
_PROJECT_FILE_RE = re.compile(r"\[project\]/([^\s'\"\]]+)")
_NOT_SOURCE = ("node_modules", ".next/", "./.next/", "node:", "internal/")
_AT_FRAME_RE = re.compile(r"\bat .*?\(?((?:\./)?[^\s():]+\.[A-Za-z0-9]+):(\d+):(\d+)\)?\s*$")
_MAX_FRAME_LINES = 40


def clean_line(raw: str) -> str:
    """A line without ANSI escapes, trailing newline or carriage-return overwrites."""
    line = ANSI_RE.sub("", raw.rstrip("\r\n"))
    if "\r" in line:
        line = line.rsplit("\r", 1)[-1]
    return line


@dataclass(frozen=True)
class DevError:
    """A compile or runtime error that ``next dev`` reported."""

    kind: str  # "compile" | "runtime" | "server"
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    route: str | None = None  # the request that failed, when the log said so
    frame: str = ""  # the code frame and detail lines, ANSI removed
    at: float = 0.0  # time.monotonic() when it was (last) seen

    def where(self) -> str:
        if self.file is None:
            return ""
        return f"{self.file}:{self.line}" + (f":{self.column}" if self.column else "")

    def __str__(self) -> str:
        place = self.where()
        return f"{place}: {self.message}" if place else self.message


@dataclass
class _Block:
    error: DevError
    lines: list[str] = field(default_factory=list)
    blanks: int = 0


def _strip_error_prefix(text: str) -> str:
    return text[len("Error: ") :] if text.startswith("Error: ") else text


def _normalise_file(path: str) -> str:
    return path[2:] if path.startswith("./") else path


class ErrorTracker:
    """Feeds on output lines (in order); keeps the errors that still stand. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._errors: list[DevError] = []
        self._block: _Block | None = None

    def errors(self) -> list[DevError]:
        with self._lock:
            return list(self._errors)

    @property
    def last_error(self) -> DevError | None:
        with self._lock:
            return self._errors[-1] if self._errors else None

    def clear(self) -> None:
        with self._lock:
            self._errors.clear()
            self._block = None

    def feed(self, line: str) -> None:
        """One cleaned line of output (see :func:`clean_line`)."""
        with self._lock:
            self._feed(line)

    def _feed(self, line: str) -> None:
        stripped = line.strip()
        request = REQUEST_RE.match(line)
        if stripped.startswith(_ERROR_START):
            self._block = None
            self._start_block(stripped[len(_ERROR_START) :].strip())
            return
        if request is not None or _MARKER_RE.match(line):
            self._block = None
            if request is not None:
                self._on_request(request.group(2), int(request.group(3)), observed=True)
            elif COMPILED_RE.match(line):
                self._errors = [e for e in self._errors if e.kind != "compile"]
            return
        if self._block is not None and self._block.blanks < 2:
            self._continue_block(line)
        elif _EXTRA_LOCATION_RE.match(stripped):  # a second error of the same report, no ⨯
            self._start_block(stripped)

    def _start_block(self, head: str) -> None:
        location = _LOCATION_RE.match(head)
        if location is not None:
            error = DevError(
                kind="compile",
                message="",
                file=_normalise_file(location.group(1)),
                line=int(location.group(2)),
                column=int(location.group(3)),
                at=time.monotonic(),
            )
        else:
            message = _strip_error_prefix(head)
            kind = "server" if message.startswith("Failed to start server") else "runtime"
            project_file = _PROJECT_FILE_RE.search(message)  # "Could not parse module '[project]/app/x.tsx'"
            error = DevError(
                kind=kind,
                message=message,
                file=project_file.group(1) if project_file else None,
                at=time.monotonic(),
            )
        self._block = _Block(error)
        if error.message:
            self._commit(error)

    def _continue_block(self, line: str) -> None:
        block = self._block
        assert block is not None
        if not line.strip():
            block.blanks += 1  # two blank lines end the report's body; a bare location may follow
            return
        block.blanks = 0
        if len(block.lines) >= _MAX_FRAME_LINES:
            return
        error = block.error
        previous = error
        if not error.message:
            error = replace(error, message=_strip_error_prefix(line.strip()))
        else:
            block.lines.append(line.rstrip())
            at = _AT_FRAME_RE.search(line)
            if error.file is None and at is not None and not at.group(1).startswith(_NOT_SOURCE):
                error = replace(
                    error, file=_normalise_file(at.group(1)), line=int(at.group(2)), column=int(at.group(3))
                )
            error = replace(error, frame="\n".join(block.lines))
        block.error = error
        self._commit(error, previous)

    def _commit(self, error: DevError, previous: DevError | None = None) -> None:
        """Adds or updates ``error``; the same error seen again replaces the older entry."""
        key = (error.kind, error.message, error.file, error.line)
        kept = [
            e
            for e in self._errors
            if e is not previous and (e.kind, e.message, e.file, e.line) != key
        ]
        if previous is not None and previous.route is not None and error.route is None:
            error = replace(error, route=previous.route)
        kept.append(error)
        self._errors = kept
        if self._block is not None:
            self._block.error = error

    def resolved(self, route: str) -> None:
        """``route`` just answered below 400: compile errors and its runtime errors are gone."""
        with self._lock:
            self._on_request(route, 200)

    def _on_request(self, target: str, status: int, observed: bool = False) -> None:
        """``observed``: a request seen in the log (the browser's). A 200 there may come from a
        cache built before the error, so it clears runtime errors of its route but not compile
        errors; our own fetch of the page (``resolved``) or a "✓ Compiled" line does."""
        route = target.split("?", 1)[0]
        if status >= 500:
            updated = [
                replace(e, route=route) if e.kind == "runtime" and e.route is None else e for e in self._errors
            ]
            self._errors = updated
        elif status < 400:
            self._errors = [e for e in self._errors
                            if not (_cleared_by(e, route) and not (observed and e.kind == "compile"))]


PREWARM_MARK = "_nxr_prewarm"  # query parameter of our own warm-up requests (not a user's view)


def served_page(line: str) -> str | None:
    """The page of a successful request log line (`` GET /about 200 in 40ms`` -> ``/about``;
    ``/about?_rsc=x`` -> ``/about``); None for other lines, failures, non-GETs, assets
    (``/_next/...``, names with an extension) and our own warm-up requests."""
    request = REQUEST_RE.match(line)
    if request is None or request.group(1) != "GET" or int(request.group(3)) >= 400:
        return None
    target = request.group(2)
    path, _, query = target.partition("?")
    if PREWARM_MARK in query or not path.startswith("/") or path.startswith(("/_next/", "/__")):
        return None
    if "." in path.rsplit("/", 1)[-1]:
        return None
    return path


_PAGE_FILE_RE = re.compile(r"^(?:src/)?app((?:/[^/]+)*)/page\.(?:tsx|jsx|ts|js|mdx)$")


def _page_route(file: str | None) -> str | None:
    """``app/about/page.tsx`` -> ``/about`` (route groups dropped); None for files that are not pages."""
    match = _PAGE_FILE_RE.match(file or "")
    if match is None:
        return None
    parts = [p for p in match.group(1).split("/") if p and not (p.startswith("(") and p.endswith(")"))]
    return "/" + "/".join(parts)


def _cleared_by(error: DevError, route: str) -> bool:
    """Does a successful GET of ``route`` show that ``error`` is gone?

    Assets (``/_next/...``, ``/favicon.ico``) prove nothing. A compile error in a page file
    clears when that page renders; one in a shared file (layout, component) when any page does.
    """
    if route.startswith("/_next/") or "." in route.rsplit("/", 1)[-1]:
        return False
    if error.kind == "runtime":
        return error.route is None or error.route == route
    if error.kind == "compile":
        page = _page_route(error.file)
        return page is None or page == route
    return False

