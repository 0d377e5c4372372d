"""The next dev output reader, fed with output captured from Next.js 16.4 (Turbopack)."""

from __future__ import annotations

from pathlib import Path

from app.preview.devlog import READY_RE, ErrorTracker, FileState, clean_line

E = "\x1b"
# A syntax error, as next dev prints it (colours included, two errors in one report).
COMPILE_ERROR = f"""⨯ ./app/page.tsx:2:50
Error: Expected '>', got ';'
  {E}[90m1 |{E}[0m {E}[36mexport{E}[0m {E}[36mdefault{E}[0m {E}[36mfunction{E}[0m {E}[33mHome{E}[0m() {{
{E}[31m{E}[1m>{E}[0m {E}[90m2 |{E}[0m   {E}[36mreturn{E}[0m <section><h1>Hello</h1></section;
  {E}[90m  |{E}[0m                                                  {E}[31m{E}[1m^{E}[0m
  {E}[90m3 |{E}[0m }}

Parsing ecmascript source code failed



./app/page.tsx:10:6
Error: Unterminated regexp literal
> 10 |     </>
     |      ^^

Parsing ecmascript source code failed


React encountered an empty buffer when writing in an environment that does not support ArrayBuffer.prototype.detached.
 GET / 500 in 1002ms (next.js: 903ms, application-code: 99ms)
"""

RUNTIME_ERROR = """⨯ TypeError: Cannot read properties of undefined (reading 'foo')
    at Home (app/page.tsx:3:32)
  1 | export default function Home() {
  2 |   const x: any = undefined;
> 3 |   return <section><h1>Hello {x.foo}</h1></section>;
    |                                ^
  4 | }
  5 | {
  digest: '1207942107'
}
 GET / 500 in 63ms (next.js: 2.0ms, application-code: 61ms)
"""

STALE_MODULE = """⨯ Error: Could not parse module '[project]/app/page.tsx'
Expression expected
    at Object.eval (.next/dev/server/chunks/ssr/[root-of-the-server]__0p4ofhac-wfvy._.js:3:9)
    at module evaluation (.next/dev/server/chunks/ssr/[root-of-the-server]__0p4ofhac-wfvy._.js:58:47) {
  code: 'MODULE_UNPARSABLE',
  page: '/'
}
 GET /about 500 in 18ms (next.js: 12ms, application-code: 6ms)
"""


def feed(tracker: ErrorTracker, text: str) -> None:
    for raw in text.splitlines():
        tracker.feed(clean_line(raw))


def test_clean_line_strips_colours_and_carriage_returns() -> None:
    assert clean_line(f"{E}[32m✓{E}[39m Ready in 418ms\n") == "✓ Ready in 418ms"
    assert clean_line("spinner 1\rspinner 2\rdone\n") == "done"
    assert clean_line(f"{E}[?25h") == ""
    assert READY_RE.search(clean_line("✓ Ready in 418ms"))


def test_compile_error_is_captured_with_place_and_frame() -> None:
    tracker = ErrorTracker()
    feed(tracker, COMPILE_ERROR)
    errors = tracker.errors()
    assert [(e.kind, e.file, e.line, e.column) for e in errors] == [
        ("compile", "app/page.tsx", 2, 50),
        ("compile", "app/page.tsx", 10, 6),
    ]
    first = errors[0]
    assert first.message == "Expected '>', got ';'"
    assert "return <section><h1>Hello</h1></section;" in first.frame
    assert "\x1b" not in first.frame
    assert "React encountered" not in first.frame and "React encountered" not in errors[1].frame
    assert str(first) == "app/page.tsx:2:50: Expected '>', got ';'"
    assert tracker.last_error == errors[1]


class Files:
    """A stand-in for the project's files: a version number per file that an edit bumps."""

    def __init__(self) -> None:
        self.versions: dict[str, int] = {}

    def edit(self, rel: str) -> None:
        self.versions[rel] = self.versions.get(rel, 0) + 1

    def state(self, rel: str) -> FileState:
        return (self.versions.get(rel, 0), 0, 0)


# Recorded (Next.js 16.4.6, Turbopack, QtWebEngine on "/" subscribed to HMR): app/page.tsx
# broken and app/theme.css edited in the same moment (a palette change in the same turn),
# "/" polled. The CSS update's "✓ Compiled" can come before the error or after it.
BROKEN_PAGE_REPORT = """⨯ ./app/page.tsx:9:16
Error: Expected '</', got ';'
   7 |           <p>Welcome to Orbit Bakery.</p>
   8 |         </div>
>  9 |       </section;
     |                ^
  10 |     </>
  11 |   );
  12 | }

Parsing ecmascript source code failed


React encountered an empty buffer when writing in an environment that does not support ArrayBuffer.prototype.detached. This could be a security issue if the buffer was not actually empty. Please use a modern Edge runtime that supports ArrayBuffer.prototype.detached.
 GET / 500 in 478ms (next.js: 273ms, application-code: 206ms)
"""
CSS_UPDATE_WHILE_BROKEN = "✓ Compiled in 6ms"  # a second theme.css edit, app/page.tsx still broken
FIX_COMPILED = "✓ Compiled in 9ms"  # app/page.tsx fixed
BROWSER_RELOAD = " GET / 200 in 100ms (next.js: 4ms, application-code: 96ms)"


def test_a_compile_of_other_files_does_not_clear_a_compile_error() -> None:
    files = Files()
    tracker = ErrorTracker(file_state=files.state)
    feed(tracker, BROKEN_PAGE_REPORT)
    files.edit("app/theme.css")
    tracker.feed(CSS_UPDATE_WHILE_BROKEN)  # the old tracker dropped the error here, "/" still 500
    assert [(e.kind, e.file, e.line) for e in tracker.errors()] == [("compile", "app/page.tsx", 9)]
    files.edit("app/page.tsx")
    tracker.feed(FIX_COMPILED)
    assert tracker.errors() == [] and tracker.last_error is None
    tracker.feed(BROWSER_RELOAD)
    assert tracker.errors() == []


def test_a_compile_line_printed_before_the_error_does_not_hide_it() -> None:
    """The race: the CSS update's "✓ Compiled" and the request's error can come in either
    order; the window reads 250 ms after the last line, so the error must survive both."""
    for order in ((CSS_UPDATE_WHILE_BROKEN, BROKEN_PAGE_REPORT), (BROKEN_PAGE_REPORT, CSS_UPDATE_WHILE_BROKEN)):
        files = Files()
        files.edit("app/page.tsx")  # the turn writes the broken page and the CSS together
        files.edit("app/theme.css")
        tracker = ErrorTracker(file_state=files.state)
        for text in order:
            feed(tracker, text)
        assert [e.file for e in tracker.errors()] == ["app/page.tsx"], order


def test_a_repeated_report_keeps_the_state_of_the_first() -> None:
    """A request in flight may print the old error once more after the fix was written: the
    fix's compile must still clear it (the fingerprint is the first report's)."""
    files = Files()
    tracker = ErrorTracker(file_state=files.state)
    feed(tracker, BROKEN_PAGE_REPORT)
    files.edit("app/page.tsx")
    feed(tracker, BROKEN_PAGE_REPORT)
    tracker.feed(FIX_COMPILED)
    assert tracker.errors() == []


def test_compile_errors_clear_when_their_file_changed_and_compiled(tmp_path: Path) -> None:
    page = tmp_path / "app" / "page.tsx"
    page.parent.mkdir()
    page.write_text("export default function Home() { return <section</section>; }\n")
    tracker = ErrorTracker(tmp_path)
    feed(tracker, COMPILE_ERROR)
    tracker.feed("✓ Compiled in 4ms")
    assert len(tracker.errors()) == 2  # the file is as it was: that compile was for something else
    page.write_text("export default function Home() { return <section>Fixed</section>; }\n")
    tracker.feed("✓ Compiled in 4ms")
    assert tracker.errors() == []
    assert tracker.last_error is None


def test_a_deleted_file_counts_as_changed(tmp_path: Path) -> None:
    page = tmp_path / "app" / "page.tsx"
    page.parent.mkdir()
    page.write_text("broken")
    tracker = ErrorTracker(tmp_path)
    feed(tracker, COMPILE_ERROR)
    page.unlink()
    tracker.feed("✓ Compiled in 4ms")
    assert tracker.errors() == []


def test_without_a_project_root_only_a_fetch_clears_compile_errors() -> None:
    tracker = ErrorTracker()
    feed(tracker, COMPILE_ERROR)
    tracker.feed("✓ Compiled in 4ms")
    assert len(tracker.errors()) == 2
    tracker.resolved("/")
    assert tracker.errors() == []


def test_reports_are_numbered_and_kept_after_they_clear() -> None:
    files = Files()
    tracker = ErrorTracker(file_state=files.state)
    assert tracker.seq == 0 and tracker.reported_since(0) == []
    feed(tracker, BROKEN_PAGE_REPORT)
    seen = tracker.seq
    assert seen == 1 and [e.seq for e in tracker.errors()] == [1]
    feed(tracker, BROKEN_PAGE_REPORT)  # printed again on every request: still report 1
    assert tracker.seq == 1
    files.edit("app/page.tsx")
    tracker.feed(FIX_COMPILED)
    assert tracker.errors() == []
    (missed,) = tracker.reported_since(0)  # a reader that polled before the error still gets it
    assert (missed.seq, missed.file, missed.message) == (1, "app/page.tsx", "Expected '</', got ';'")
    assert "</section;" in missed.frame
    assert tracker.reported_since(seen) == []
    feed(tracker, RUNTIME_ERROR)
    tracker.clear()  # a restart forgets standing errors, not the numbering
    (runtime,) = tracker.reported_since(seen)
    assert runtime.seq == 2 and runtime.kind == "runtime" and runtime.route == "/"
    assert tracker.seq == 2


def test_the_same_error_printed_again_is_kept_once() -> None:
    tracker = ErrorTracker()
    feed(tracker, COMPILE_ERROR)
    feed(tracker, COMPILE_ERROR)
    assert len(tracker.errors()) == 2


def test_runtime_error_gets_its_route_and_source_place() -> None:
    tracker = ErrorTracker()
    feed(tracker, RUNTIME_ERROR)
    (error,) = tracker.errors()
    assert error.kind == "runtime"
    assert error.message == "TypeError: Cannot read properties of undefined (reading 'foo')"
    assert (error.file, error.line, error.column, error.route) == ("app/page.tsx", 3, 32, "/")
    assert "digest" in error.frame


def test_runtime_error_clears_only_when_its_route_succeeds() -> None:
    tracker = ErrorTracker()
    feed(tracker, RUNTIME_ERROR)
    tracker.feed(" GET /about 200 in 30ms")
    assert len(tracker.errors()) == 1  # another page working says nothing about /
    tracker.feed("✓ Compiled in 3ms")
    assert len(tracker.errors()) == 1  # compiling is not rendering
    tracker.feed(" GET / 200 in 30ms (next.js: 1ms, application-code: 29ms)")
    assert tracker.errors() == []


def test_resolved_route_clears_like_a_request_line() -> None:
    tracker = ErrorTracker()
    feed(tracker, RUNTIME_ERROR)
    tracker.resolved("/")
    assert tracker.errors() == []


def test_stale_module_error_names_the_project_file_not_the_chunk() -> None:
    tracker = ErrorTracker()
    feed(tracker, STALE_MODULE)
    (error,) = tracker.errors()
    assert error.file == "app/page.tsx"
    assert error.route == "/about"


def test_not_found_and_ordinary_lines_are_not_errors() -> None:
    tracker = ErrorTracker()
    feed(tracker, "▲ Next.js 16.4.6 (Turbopack)\n- Local: http://127.0.0.1:3000\n GET /nope 404 in 300ms\n")
    assert tracker.errors() == []


def test_start_failure_is_a_server_error() -> None:
    tracker = ErrorTracker()
    feed(tracker, "⨯ Failed to start server\nError: listen EADDRINUSE: address already in use 127.0.0.1:3555\n")
    (error,) = tracker.errors()
    assert error.kind == "server"
    tracker.feed(" GET / 200 in 3ms")
    assert tracker.errors() == [error]


def test_a_compile_error_in_a_page_survives_assets_and_other_pages() -> None:
    tracker = ErrorTracker()
    feed(tracker, COMPILE_ERROR)  # in app/page.tsx, i.e. the route "/"
    tracker.feed(" GET /favicon.ico 200 in 3ms")
    tracker.feed(" GET /_next/static/chunks/main.js 200 in 3ms")
    tracker.feed(" GET /about 200 in 30ms")
    tracker.feed(" GET / 200 in 30ms")  # the browser's request may be served from before the error
    assert len(tracker.errors()) >= 1
    tracker.resolved("/")  # our own fetch rendered the page
    assert tracker.errors() == []


def test_the_cause_of_a_broken_page_is_its_compile_error() -> None:
    """The request's own report of an unparsable module can come first (seen under CI load);
    the located compile report that follows is the one a reader is given."""
    tracker = ErrorTracker()
    assert tracker.cause() is None
    feed(tracker, STALE_MODULE)
    (echo,) = tracker.errors()
    assert echo.echoes_a_compile and tracker.cause() == echo
    feed(tracker, COMPILE_ERROR)
    cause = tracker.cause()
    assert cause is not None and cause.kind == "compile" and (cause.file, cause.line) == ("app/page.tsx", 2)
    assert tracker.errors()[0] == echo  # still standing: only what is shown first changed


def test_a_requests_parse_failure_clears_when_its_file_changed_and_compiled(tmp_path: Path) -> None:
    states: dict[str, FileState] = {"app/page.tsx": (1, 10, 7)}
    tracker = ErrorTracker(file_state=lambda rel: states.get(rel))
    feed(tracker, STALE_MODULE)
    tracker.feed("✓ Compiled in 5ms")
    assert len(tracker.errors()) == 1  # the file is as it was: still broken
    states["app/page.tsx"] = (2, 11, 7)
    tracker.feed("✓ Compiled in 5ms")
    assert tracker.errors() == []
