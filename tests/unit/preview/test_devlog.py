"""The next dev output reader, fed with output captured from Next.js 16.4 (Turbopack)."""

from __future__ import annotations

from app.preview.devlog import READY_RE, ErrorTracker, clean_line

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


def test_compile_errors_clear_on_successful_compile() -> None:
    tracker = ErrorTracker()
    feed(tracker, COMPILE_ERROR)
    tracker.feed("✓ Compiled in 4ms")
    assert tracker.errors() == []
    assert tracker.last_error is None


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
