"""DevServer without Next.js: missing dependencies, taken ports, fetch and wait_route against a
tiny local HTTP server (the real next dev is in tests/integration/test_devserver.py)."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import DevServerError, PortInUseError
from app.preview.devserver import DevServer
from app.preview.net import fetch_local, free_port, port_is_free
from app.preview.process import describe_exit, running_server_info
from app.preview.node import NodeRuntime

NODE = NodeRuntime(Path("/nonexistent/node"), (20, 20, 2), "system")


class Pages:
    """What the fake server answers, changeable while it runs."""

    def __init__(self) -> None:
        self.status = 200
        self.body = "<html><body><h1>Old</h1></body></html>"
        self.hits = 0


@pytest.fixture()
def site() -> Iterator[tuple[int, Pages]]:
    pages = Pages()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            pages.hits += 1
            if self.path == "/redirect":
                self.send_response(307)
                self.send_header("Location", "http://example.invalid/")
                self.end_headers()
                return
            data = pages.body.encode()
            self.send_response(404 if self.path == "/missing" else pages.status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield server.server_address[1], pages
    server.shutdown()
    server.server_close()


def server_on(port: int, root: Path) -> DevServer:
    server = DevServer(root, NODE, port=port, auto_restart=False)
    server._port = port  # as after start(): these tests only use its HTTP side
    return server


def test_missing_dependencies_are_reported(tmp_path: Path) -> None:
    with pytest.raises(DevServerError) as info:
        DevServer(tmp_path, NODE).start()
    assert "dependencies not installed" in info.value.message
    assert info.value.hint


def test_a_taken_port_is_refused_before_spawning(tmp_path: Path) -> None:
    bin_file = tmp_path / "node_modules" / "next" / "dist" / "bin" / "next"
    bin_file.parent.mkdir(parents=True)
    bin_file.write_text("")
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        assert not port_is_free(port)
        server = DevServer(tmp_path, NODE, port=port)
        with pytest.raises(PortInUseError) as info:
            server.start()
        assert str(port) in info.value.message and "another program" in info.value.message
        assert not server.is_running and server.pid is None
    assert port_is_free(port)


def test_free_port_is_free() -> None:
    assert port_is_free(free_port())


def test_fetch_returns_errors_instead_of_raising(site: tuple[int, Pages]) -> None:
    port, pages = site
    assert fetch_local(port, "/")[0] == 200
    assert fetch_local(port, "/missing")[0] == 404
    pages.status = 500
    status, body = fetch_local(port, "/")
    assert status == 500 and "Old" in body


def test_fetch_does_not_follow_redirects_off_the_machine(site: tuple[int, Pages]) -> None:
    port, _ = site
    assert fetch_local(port, "/redirect")[0] == 307


def test_fetch_of_a_closed_port_is_a_dev_server_error() -> None:
    with pytest.raises(DevServerError, match="failed"):
        fetch_local(free_port(), "/", timeout=1.0)
    with pytest.raises(ValueError):
        fetch_local(free_port(), "no-slash")


def test_wait_route_waits_for_visible_text(site: tuple[int, Pages], tmp_path: Path) -> None:
    port, pages = site
    server = server_on(port, tmp_path)
    timer = threading.Timer(0.2, lambda: setattr(pages, "body", "<main><h1>New &amp; shiny</h1></main>"))
    timer.start()
    check = server.wait_route("/", contains=["NEW & SHINY"], not_contains=["old"], timeout=5)
    timer.join()
    assert check.ok and check.status == 200
    assert 0.15 < check.elapsed_s < 1.0
    assert check.text == "New & shiny"
    assert pages.hits >= 5  # it polled (every ~25 ms), it did not sleep the time away


def test_wait_route_text_in_scripts_does_not_count(site: tuple[int, Pages], tmp_path: Path) -> None:
    port, pages = site
    pages.body = "<body><p>Visible</p><script>push('Hidden words')</script></body>"
    check = server_on(port, tmp_path).wait_route("/", contains=["hidden words"], timeout=0.3)
    assert not check.ok
    assert check.status == 200 and check.text == "Visible"
    assert check.elapsed_s >= 0.3


def test_wait_route_gives_up_early_on_a_captured_error(site: tuple[int, Pages], tmp_path: Path) -> None:
    port, pages = site
    pages.status = 500
    server = server_on(port, tmp_path)
    server._tracker.feed("⨯ ./app/page.tsx:2:50")
    server._tracker.feed("Error: Expected '>', got ';'")
    check = server.wait_route("/", contains=["x"], timeout=10, error_grace_s=0.3)
    assert not check.ok and check.status == 500
    assert 0.3 <= check.elapsed_s < 2.0
    assert check.error is not None and check.error.file == "app/page.tsx"


def test_a_successful_fetch_clears_errors(site: tuple[int, Pages], tmp_path: Path) -> None:
    port, _ = site
    server = server_on(port, tmp_path)
    server._tracker.feed("⨯ ./app/page.tsx:2:50")
    server._tracker.feed("Error: Expected '>', got ';'")
    assert server.last_error is not None
    assert server.fetch("/")[0] == 200
    assert server.errors() == [] and server.last_error is None


def test_another_servers_lock_is_recognised(tmp_path: Path) -> None:
    lock = tmp_path / ".next" / "dev" / "lock"
    lock.parent.mkdir(parents=True)
    lock.write_text('{"pid": 1, "appUrl": "http://127.0.0.1:3000"}')  # pid 1 always runs
    assert running_server_info(tmp_path) == (1, "http://127.0.0.1:3000")
    lock.write_text('{"pid": 999999999, "appUrl": "http://127.0.0.1:3000"}')
    assert running_server_info(tmp_path) is None
    lock.write_text("garbage")
    assert running_server_info(tmp_path) is None


def test_stop_before_start_is_harmless(tmp_path: Path) -> None:
    server = DevServer(tmp_path, NODE)
    server.stop()
    server.stop()
    assert not server.is_running and server.url is None


def test_describe_exit() -> None:
    assert describe_exit(-9) == "killed by SIGKILL"
    assert describe_exit(1) == "exit code 1"
    assert describe_exit(None) == "still running"
