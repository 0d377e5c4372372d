from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.preview.net import fetch_local
from app.session.bench.checks import run_check, run_checks
from app.session.bench.sessionfile import BuildCheck, FileCheck, HttpCheck, TypecheckCheck

PAGE = ("<html><head><title>Head only</title></head><body><h1>Rosie&#x27;s Bakes</h1><p>Fresh bread</p>"
        "<script>self.__next_f.push('Hidden Payload')</script></body></html>")


class _Handler(BaseHTTPRequestHandler):
    born = 0.0

    def do_GET(self) -> None:  # noqa: N802 - http.server's API
        if self.path == "/":
            self._send(200, PAGE)
        elif self.path == "/late":  # a new route: 404 for a moment, then the page
            ready = time.monotonic() - _Handler.born > 0.4
            self._send(200 if ready else 404, "<h1>Our Story</h1>" if ready else "<h1>404</h1>")
        elif self.path == "/api/hours":
            self._send(200, '{"open": "9am"}', "application/json")
        else:
            self._send(404, "<h1>This page could not be found</h1>")

    def _send(self, status: int, body: str, ctype: str = "text/html") -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        return None


class Env:
    def __init__(self, root: Path, port: int) -> None:
        self.root = root
        self.port = port
        self.tools: list[str] = []

    def fetch(self, path: str, timeout: float) -> tuple[int, str]:
        return fetch_local(self.port, path, timeout)

    def typecheck(self, timeout: float) -> tuple[bool, str]:
        self.tools.append("typecheck")
        return False, "app/page.tsx(3,1): error TS2304"

    def build(self, timeout: float) -> tuple[bool, str]:
        self.tools.append("build")
        return True, "Compiled"


@pytest.fixture()
def env(tmp_path: Path) -> Iterator[Env]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.born = time.monotonic()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Env(tmp_path, server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def test_http_contains_is_case_insensitive_on_visible_text_only(env: Env) -> None:
    assert run_check(HttpCheck(kind="http", path="/", contains=["rosie's bakes", "FRESH BREAD"]), env).passed
    hidden = run_check(HttpCheck(kind="http", path="/", contains=["Hidden Payload"]), env, poll_s=0.2)
    assert not hidden.passed and "missing 'Hidden Payload'" in hidden.detail
    head = run_check(HttpCheck(kind="http", path="/", contains=["Head only"]), env, poll_s=0)
    assert not head.passed
    assert run_check(HttpCheck(kind="http", path="/", not_contains=["Hidden Payload"]), env).passed
    shown = run_check(HttpCheck(kind="http", path="/", not_contains=["fresh"]), env, poll_s=0)
    assert not shown.passed and "still shows 'fresh'" in shown.detail


def test_http_status_must_match_and_a_new_route_is_polled(env: Env) -> None:
    missing = run_check(HttpCheck(kind="http", path="/nope"), env, poll_s=0.1)
    assert not missing.passed and "HTTP 404, expected 200" in missing.detail
    assert run_check(HttpCheck(kind="http", path="/nope", status=404), env).passed
    first_look = run_check(HttpCheck(kind="http", path="/late", contains=["Our Story"]), env, poll_s=0)
    assert not first_look.passed
    polled = run_check(HttpCheck(kind="http", path="/late", contains=["Our Story"]), env, poll_s=3.0)
    assert polled.passed and polled.ms >= 100
    assert run_check(HttpCheck(kind="http", path="/api/hours", contains=['"open"', "9am"]), env).passed


def test_http_on_a_dead_server_fails_with_the_reason(tmp_path: Path) -> None:
    from app.preview.net import free_port

    dead = Env(tmp_path, free_port())
    result = run_check(HttpCheck(kind="http", path="/"), dead, poll_s=0.2)
    assert not result.passed and "GET / failed" in result.detail


def test_file_checks(env: Env) -> None:
    page = env.root / "app" / "about" / "page.tsx"
    page.parent.mkdir(parents=True)
    page.write_text("<h1>Our Story</h1>\n:root { --color-primary: #2563EB; }")
    assert run_check(FileCheck(kind="file", path="app/about/page.tsx"), env).passed
    assert run_check(FileCheck(kind="file", path="app/about/page.tsx", contains=["our story", "#2563eb"]), env).passed
    wrong = run_check(FileCheck(kind="file", path="app/about/page.tsx", contains=["Team"]), env)
    assert not wrong.passed and "missing 'Team'" in wrong.detail
    assert not run_check(FileCheck(kind="file", path="app/about/page.tsx", not_contains=["story"]), env).passed
    assert not run_check(FileCheck(kind="file", path="app/faq/page.tsx"), env).passed
    assert run_check(FileCheck(kind="file", path="app/faq/page.tsx", exists=False), env).passed
    gone = run_check(FileCheck(kind="file", path="app/about/page.tsx", exists=False), env)
    assert not gone.passed and "still exists" in gone.detail
    outside = run_check(FileCheck(kind="file", path="../escape.txt"), env)
    assert not outside.passed and "outside the project" in outside.detail


def test_tool_checks_report_the_tool_result_and_all_checks_run(env: Env) -> None:
    results = run_checks([TypecheckCheck(kind="typecheck"), BuildCheck(kind="build"),
                          HttpCheck(kind="http", path="/")], env)
    assert [(r.kind, r.passed) for r in results] == [("typecheck", False), ("build", True), ("http", True)]
    assert "TS2304" in results[0].detail
    assert env.tools == ["typecheck", "build"]
