"""What the code-edit tests check on a real project: it type-checks, it builds offline, the
edit touched only its bytes, hand-written markers survived, the dev server shows the change.

Every check that runs a tool returns a :class:`ToolResult`, true when it passed, with the
tool's last lines for the assertion message (``assert (r := tsc_ok(root)), r.output``).

``next build`` of a create-next-app project fails offline: its root layout loads Geist and
Geist Mono through ``next/font/google``, which fetches CSS from fonts.googleapis.com. Next.js
reads ``NEXT_FONT_GOOGLE_MOCKED_RESPONSES`` instead when it is set (its own tests use it):
the path of a JS module whose exports map each Google Fonts CSS URL to the CSS text.
Turbopack evaluates that module and reads its exports as JSON, so it must be a plain object
with the exact URLs as keys (no Proxy, no require). The mocked ``@font-face`` rules have no
``src``: Turbopack still *fetches* every font file URL in the CSS (an absolute path makes it
panic, "request should be cloneable"; the webpack loader would read it from disk), so the
build gets the font's family and fallback metrics but no font file, which is all a test needs.
The project is not touched: the mock lives in a temporary folder and reaches Next only
through the environment.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.preview.devserver import DevServer
from app.preview.node import NodeRuntime, find_node
from app.session.bench.workspace import run_tool

TSC_TIMEOUT_S = 180.0
BUILD_TIMEOUT_S = 600.0
DEV_START_TIMEOUT_S = 90.0
DEV_ROUTE_TIMEOUT_S = 120.0  # the first GET compiles the page: tens of seconds on 2 busy cores
MOCK_ENV = "NEXT_FONT_GOOGLE_MOCKED_RESPONSES"

# Google Fonts' CSS for the fonts create-next-app's layout asks for, by the URL Next.js builds
# (next/dist/compiled/@next/font/dist/google/get-google-fonts-url.js: a variable font with no
# weight given asks for its whole wght range, display defaults to swap).
_FONTS = ("Geist", "Geist Mono")
_LATIN = ("U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, "
          "U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD")


@dataclass(frozen=True)
class ToolResult:
    ok: bool
    output: str  # the tool's last lines (or why it could not run)
    seconds: float

    def __bool__(self) -> bool:
        return self.ok


def font_urls(family: str) -> list[str]:
    """The Google Fonts CSS URLs Next.js may ask for ``family`` (variable, display swap)."""
    name = family.replace(" ", "+")
    return [f"https://fonts.googleapis.com/css2?family={name}:wght@100..900&display=swap"]


def font_mock_text() -> str:
    """The mock module: for each font's URL, Google's CSS for its latin subset, without ``src``."""
    responses: dict[str, str] = {}
    for family in _FONTS:
        css = (f"/* latin */\n@font-face {{\n  font-family: '{family}';\n  font-style: normal;\n"
               f"  font-weight: 100 900;\n  font-display: swap;\n  unicode-range: {_LATIN};\n}}\n")
        for url in font_urls(family):
            responses[url] = css
    return "module.exports = " + json.dumps(responses, indent=2) + ";\n"


def write_font_mock() -> Path:
    """Writes the mock module in a fresh temporary folder (Turbopack reads that folder as a file
    system of its own) and returns its path. One small file, left to the OS's tmp cleanup."""
    folder = Path(tempfile.mkdtemp(prefix="nxr-fontmock-"))
    path = folder / "google-fonts.js"
    path.write_text(font_mock_text(), encoding="utf-8")
    return path


@dataclass(frozen=True)
class OfflineNode(NodeRuntime):
    """A NodeRuntime whose environment also carries ``extra`` (the font mock): DevServer and
    run_tool take the environment from ``node.env()``, so this is how it reaches them."""

    extra: tuple[tuple[str, str], ...] = ()

    def env(self) -> dict[str, str]:
        env = super().env()
        env.update(self.extra)
        return env


_mock_path: Path | None = None


def offline_node(node: NodeRuntime | None = None) -> OfflineNode:
    """``node`` (found when None) with the Google Fonts mock in its environment."""
    global _mock_path
    if _mock_path is None or not _mock_path.is_file():  # one mock per test process
        _mock_path = write_font_mock()
    base = node or find_node()
    return OfflineNode(base.node, base.version, base.source, base.npm_cli, extra=((MOCK_ENV, str(_mock_path)),))


def _run(argv: list[str], root: Path, node: NodeRuntime, timeout: float) -> ToolResult:
    started = time.monotonic()
    ok, output = run_tool(argv, root, node.env(), timeout)
    return ToolResult(ok, output, round(time.monotonic() - started, 2))


def tsc_ok(root: Path, node: NodeRuntime | None = None, timeout: float = TSC_TIMEOUT_S) -> ToolResult:
    """``next typegen`` then the project's own ``tsc --noEmit`` pass (TypeScript projects only).
    typegen first: a create-next-app layout uses ``LayoutProps<"/">``, a global type Next.js
    generates into ``.next/types`` (next dev and next build do too); without it tsc fails
    with TS2304 on an untouched starter. It also rewrites Next's own ``next-env.d.ts``."""
    runtime = node or find_node()
    tsc = root / "node_modules" / "typescript" / "bin" / "tsc"
    if not (root / "tsconfig.json").is_file() or not tsc.is_file():
        return ToolResult(False, f"{root} is not a TypeScript project (no tsconfig.json or no typescript)", 0.0)
    started = time.monotonic()
    typegen = _run([str(runtime.node), str(_next_bin(root)), "typegen"], root, runtime, timeout)
    if not typegen:
        return ToolResult(False, f"next typegen failed: {typegen.output}", typegen.seconds)
    result = _run([str(runtime.node), str(tsc), "--noEmit", "-p", "."], root, runtime, timeout)
    return ToolResult(result.ok, result.output, round(time.monotonic() - started, 2))


def _next_bin(root: Path) -> Path:
    return root / "node_modules" / "next" / "dist" / "bin" / "next"


def next_build_ok(root: Path, node: NodeRuntime | None = None, timeout: float = BUILD_TIMEOUT_S) -> ToolResult:
    """``next build`` passes offline (Google Fonts mocked, see the module docstring)."""
    runtime = offline_node(node)
    return _run([str(runtime.node), str(_next_bin(root)), "build"], root, runtime, timeout)


def preview_shows(root: Path, route: str, text: str, node: NodeRuntime | None = None,
                  timeout: float = DEV_ROUTE_TIMEOUT_S) -> ToolResult:
    """The app's own DevServer (``next dev`` as the window runs it) serves ``route`` with
    ``text`` in its visible text (case-insensitive). The server is stopped before returning."""
    started = time.monotonic()
    server = DevServer(root, offline_node(node), auto_restart=False)
    try:
        server.start(DEV_START_TIMEOUT_S)
        check = server.wait_route(route, [text], timeout=timeout)
    finally:
        server.stop()
    seconds = round(time.monotonic() - started, 2)
    if check.ok:
        return ToolResult(True, f"GET {route} {check.status} in {check.elapsed_s:.1f} s", seconds)
    why = f"GET {route} answered {check.status}" + (f" ({check.error.message})" if check.error else "")
    tail = "\n".join(server.recent_output(12))
    return ToolResult(False, f"{why}; {text!r} not in its text: {check.text[:300]!r}\n{tail}", seconds)


def changed_only_in(old: bytes, new: bytes, ranges: Iterable[tuple[int, int]]) -> bool:
    """True when ``new`` is ``old`` with only the given byte ranges of ``old`` replaced (by
    anything, also nothing): every byte outside them is still there, in order, and nothing
    was added elsewhere. ``(i, i)`` allows an insertion at ``i``. Ranges may be unsorted or
    overlap; one outside ``old`` is a ValueError (a bug in the test, not a failed edit)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if not 0 <= start <= end <= len(old):
            raise ValueError(f"range ({start}, {end}) is not inside the old text (0..{len(old)})")
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    if not merged:
        return old == new
    # The kept pieces: before the first range, between ranges, after the last.
    kept = [old[: merged[0][0]]]
    kept += [old[merged[i][1]: merged[i + 1][0]] for i in range(len(merged) - 1)]
    last = old[merged[-1][1]:]
    if not new.startswith(kept[0]):
        return False
    at = len(kept[0])
    for piece in kept[1:]:  # leftmost placement leaves the most room for what follows
        found = new.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return new.endswith(last) and len(new) - len(last) >= at


def markers_survive(root: Path, markers: Mapping[str, Sequence[str]]) -> list[str]:
    """What is gone of ``markers`` (file relative to ``root`` -> strings it must still hold):
    an empty list when every marker survived, else "file: marker" for each lost one
    (a missing file loses all its markers)."""
    lost: list[str] = []
    for rel, wanted in markers.items():
        try:
            text = (root / rel).read_text(encoding="utf-8")
        except OSError:
            lost += [f"{rel}: {m} (file missing)" for m in wanted]
            continue
        lost += [f"{rel}: {m}" for m in wanted if m not in text]
    return lost


def plant_markers(root: Path, files: Iterable[str]) -> dict[str, list[str]]:
    """Simulates hand edits an op must keep: a line comment naming the file appended to each
    file (so for JS/TS files only: CSS has no line comments). Returns the markers, for
    :func:`markers_survive`."""
    planted: dict[str, list[str]] = {}
    for rel in files:
        path = root / rel
        marker = f"// nxr-marker: hand edit in {rel}"
        data = path.read_bytes()
        path.write_bytes(data + (b"" if data.endswith(b"\n") else b"\n") + marker.encode() + b"\n")
        planted[rel] = [marker]
    return planted


SOURCE_SKIP = frozenset({"node_modules", ".next", ".git"})


def snapshot(root: Path) -> dict[str, bytes]:
    """Every project file (not node_modules, .next, .git) by its path relative to ``root``."""
    files: dict[str, bytes] = {}

    def walk(folder: Path) -> None:
        for entry in sorted(folder.iterdir()):
            if entry.name in SOURCE_SKIP:
                continue
            if entry.is_dir() and not entry.is_symlink():
                walk(entry)
            elif entry.is_file():
                files[entry.relative_to(root).as_posix()] = entry.read_bytes()

    walk(root)
    return files


def changed_files(before: Mapping[str, bytes], after: Mapping[str, bytes]) -> dict[str, str]:
    """Which files differ between two snapshots: path -> "added", "removed" or "changed"."""
    out: dict[str, str] = {}
    for rel in sorted(set(before) | set(after)):
        if rel not in after:
            out[rel] = "removed"
        elif rel not in before:
            out[rel] = "added"
        elif before[rel] != after[rel]:
            out[rel] = "changed"
    return out
