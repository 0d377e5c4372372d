"""Reads ``next dev`` output: readiness, the URL, and compile/runtime errors with their place.

What Next.js 16 (Turbopack) prints, measured: a compile error is a ``⨯ ./app/page.tsx:2:50``
header, the message (``Error: Expected '>', got ';'``), a coloured code frame and two blank
lines; it breaks every route until fixed, and the fix prints ``✓ Compiled in 4ms``. A
runtime error is ``⨯ TypeError: …`` followed by ``at Home (app/page.tsx:3:32)``, a code
frame and ``{ digest: … }``; the request log line that follows (`` GET / 500 in 63ms``)
names the route. A later successful request clears a runtime error of its route.

A compile error is not cleared by any "✓ Compiled" line: Turbopack prints one at the end of
every HMR update that sent the browser something, errors or not (a CSS or client-component
change while a page is still broken prints it too, measured). It clears when our own fetch of
the broken route succeeds (:meth:`ErrorTracker.resolved`) or when a compile finishes after the
erroring file changed on disk since the error was first reported (its stat fingerprint).

Every report gets a sequence number (:attr:`DevError.seq`); :meth:`ErrorTracker.reported_since`
returns the reports after a number the reader saw last, cleared ones included, so a reader
that polls (the window, every ~250 ms) cannot miss an error that came and went in between.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

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
_KEEP_REPORTS = 32  # the reports :meth:`ErrorTracker.reported_since` can still return

FileState = tuple[int, int, int] | None  # (mtime_ns, size, inode) of a file; None: missing
FileStateOf = Callable[[str], FileState]


def file_state_in(root: Path) -> FileStateOf:
    """A function giving the stat fingerprint of a project-relative file under ``root``."""

    def state(rel: str) -> FileState:
        try:
            st = os.stat(root / rel)
        except OSError:  # deleted or unreadable: "not as it was" is all that matters
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    return state


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
    seq: int = 0  # report number (ErrorTracker.seq when first reported; kept while it is repeated)

    @property
    def echoes_a_compile(self) -> bool:
        """A request's view of a file that does not parse ("Could not parse module
        '[project]/app/page.tsx'"): the located compile report of that file usually follows it,
        and is the one worth showing (measured under load: the request's report came first)."""
        return self.kind == "runtime" and self.message.startswith("Could not parse module")

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
    """Feeds on output lines (in order); keeps the errors that still stand. Thread-safe.

    ``project_root`` (or ``file_state``, for tests) lets a "✓ Compiled" line clear a compile
    error whose file changed since it was reported; without either, only :meth:`resolved` does.
    """

    def __init__(self, project_root: Path | None = None, *, file_state: FileStateOf | None = None) -> None:
        self._lock = threading.Lock()
        self._errors: list[DevError] = []
        self._block: _Block | None = None
        if file_state is None and project_root is not None:
            file_state = file_state_in(Path(project_root))
        self._file_state = file_state
        self._seen_state: dict[int, FileState] = {}  # seq of a standing compile error -> its file then
        self._seq = 0
        self._reports: deque[DevError] = deque(maxlen=_KEEP_REPORTS)

    def errors(self) -> list[DevError]:
        with self._lock:
            return list(self._errors)

    @property
    def seq(self) -> int:
        """The number of the newest report (0: none yet); it only grows, even across :meth:`clear`."""
        with self._lock:
            return self._seq

    def reported_since(self, seq: int) -> list[DevError]:
        """The errors reported after report number ``seq`` (latest version of each, oldest first),
        whether they still stand or not; the last :data:`_KEEP_REPORTS` at most."""
        with self._lock:
            return [e for e in self._reports if e.seq > seq]

    @property
    def last_error(self) -> DevError | None:
        with self._lock:
            return self._errors[-1] if self._errors else None

    def cause(self) -> DevError | None:
        """The standing error that best explains a broken page: a compile error first (it
        breaks every route, and a runtime report of the same failure may precede it), else
        the oldest standing one."""
        with self._lock:
            compiles = [e for e in self._errors if e.kind == "compile"]
            standing = compiles or self._errors
            return standing[0] if standing else None

    def clear(self) -> None:
        """Forgets the standing errors (a new server process starts); report numbers go on."""
        with self._lock:
            self._errors.clear()
            self._seen_state.clear()
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
                self._on_compiled()
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
        """Adds or updates ``error``; the same error seen again replaces the older entry and
        keeps its report number and the file fingerprint of its first report."""
        key = _key(error)
        same = next((e for e in self._errors if e is previous or _key(e) == key), None)
        kept = [e for e in self._errors if e is not previous and _key(e) != key]
        if previous is not None and previous.route is not None and error.route is None:
            error = replace(error, route=previous.route)
        if same is not None and same.seq:
            error = replace(error, seq=same.seq)
        else:
            self._seq += 1
            error = replace(error, seq=self._seq)
            if _parse_failure(error) and error.file is not None and self._file_state is not None:
                self._seen_state[error.seq] = self._file_state(error.file)
        kept.append(error)
        self._errors = kept
        self._remember(error)
        if self._block is not None:
            self._block.error = error

    def _remember(self, error: DevError) -> None:
        """Keeps the latest version of report ``error.seq`` for :meth:`reported_since`."""
        for i in range(len(self._reports) - 1, -1, -1):
            if self._reports[i].seq == error.seq:
                self._reports[i] = error
                return
        self._reports.append(error)

    def _on_compiled(self) -> None:
        """A "✓ Compiled" line: an HMR update finished, which says nothing about which files it
        covered. A compile error goes only when its file is no longer as it was when reported
        (changed, replaced or deleted), i.e. this compile can have seen the fix."""
        if self._file_state is None:
            return
        kept: list[DevError] = []
        for error in self._errors:
            if _parse_failure(error) and error.file is not None and error.seq in self._seen_state \
                    and self._file_state(error.file) != self._seen_state[error.seq]:
                del self._seen_state[error.seq]
                continue
            kept.append(error)
        self._errors = kept

    def resolved(self, route: str) -> None:
        """``route`` just answered below 400: compile errors and its runtime errors are gone."""
        with self._lock:
            self._on_request(route, 200)

    def _on_request(self, target: str, status: int, observed: bool = False) -> None:
        """``observed``: a request seen in the log (the browser's). A 200 there may come from a
        cache built before the error, so it clears runtime errors of its route but not compile
        errors; our own fetch of the page (``resolved``) or a compile after the fix does."""
        route = target.split("?", 1)[0]
        if status >= 500:
            updated = [
                replace(e, route=route) if e.kind == "runtime" and e.route is None else e for e in self._errors
            ]
            self._errors = updated
            for error in updated:
                if error.kind == "runtime" and error.route == route:
                    self._remember(error)
        elif status < 400:
            kept = [e for e in self._errors if not (_cleared_by(e, route) and not (observed and e.kind == "compile"))]
            gone = {e.seq for e in self._errors} - {e.seq for e in kept}
            for seq in gone:
                self._seen_state.pop(seq, None)
            self._errors = kept


def _parse_failure(error: DevError) -> bool:
    """A file that did not compile, as the compiler or a request reported it: it is gone once
    the file changed and a compile finished."""
    return error.kind == "compile" or error.echoes_a_compile


def _key(error: DevError) -> tuple[str, str, str | None, int | None]:
    """What makes two reports the same error."""
    return (error.kind, error.message, error.file, error.line)


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

