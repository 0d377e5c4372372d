"""Recovery after a killed ``next dev``, without Next.js: the request log feeds the pages to
warm up, a restart requests them, a restart that dies before serving anything clears the
Turbopack cache, and the Turbopack snapshot settings reach the child's environment.

The "next dev" here is a small Python script in ``node_modules/next/dist/bin/next`` run by
this interpreter (as :class:`NodeRuntime`): it prints Next's ready line, serves every GET
with a page and logs it the way Next does."""

from __future__ import annotations

import os
import signal
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.errors import DevServerError
from app.preview.devlog import PREWARM_MARK, served_page
from app.preview.devserver import DevServer
from app.preview.node import NodeRuntime
from app.preview.process import TURBOPACK_CACHE, TURBOPACK_SNAPSHOT_ENV, clear_turbopack_cache, with_turbopack_snapshots
from app.preview.routecheck import RecentRoutes, prewarm, prewarm_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals a process group")

FAKE_NEXT = textwrap.dedent('''\
    """A stand-in for next dev: ready line, one page per GET, Next-style request log lines."""
    import http.server, json, os, pathlib, sys
    port = int(sys.argv[sys.argv.index("--port") + 1])
    root = pathlib.Path.cwd()
    crashes = root / "crash-count"  # > 0: say ready, then die at once (a restart that cannot serve)
    env = {k: v for k, v in os.environ.items() if k.startswith("TURBO_ENGINE_")}
    (root / "env.json").write_text(json.dumps(env))
    if crashes.exists() and int(crashes.read_text() or 0) > 0:
        crashes.write_text(str(int(crashes.read_text()) - 1))
        print("✓ Ready in 1ms", flush=True)
        sys.exit(3)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            with open(root / "requests.log", "a") as log:
                log.write(f"{os.getpid()} {self.path}\\n")
            data = f"<html><body><h1>Page {self.path.split('?')[0]}</h1></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            print(f" GET {self.path} 200 in 1ms", flush=True)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"- Local:         http://127.0.0.1:{port}", flush=True)
    print("✓ Ready in 1ms", flush=True)
    server.serve_forever()
''')


@pytest.fixture()
def fake_project(tmp_path: Path) -> Path:
    bin_file = tmp_path / "node_modules" / "next" / "dist" / "bin" / "next"
    bin_file.parent.mkdir(parents=True)
    bin_file.write_text(FAKE_NEXT, encoding="utf-8")
    return tmp_path


@pytest.fixture()
def python_node() -> NodeRuntime:
    return NodeRuntime(Path(sys.executable), (20, 20, 0), "system")


@pytest.fixture()
def server(fake_project: Path, python_node: NodeRuntime, monkeypatch: pytest.MonkeyPatch) -> Iterator[DevServer]:
    for name in TURBOPACK_SNAPSHOT_ENV:
        monkeypatch.delenv(name, raising=False)
    dev = DevServer(fake_project, python_node)
    yield dev
    dev.stop()


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def requests_of(root: Path, pid: int | None) -> list[str]:
    log = root / "requests.log"
    if not log.exists():
        return []
    return [line.split(" ", 1)[1] for line in log.read_text().splitlines() if line.startswith(f"{pid} ")]


# --- the pieces ------------------------------------------------------------------------------


def test_served_page_reads_request_lines() -> None:
    assert served_page(" GET /about 200 in 40ms (next.js: 8ms, application-code: 32ms)") == "/about"
    assert served_page(" GET /about?_rsc=1x2y 200 in 4ms") == "/about"
    assert served_page(" GET / 200 in 4ms") == "/"
    assert served_page(" GET /missing 404 in 4ms") is None
    assert served_page(" GET /broken 500 in 4ms") is None
    assert served_page(" POST /form 200 in 4ms") is None
    assert served_page(" GET /favicon.ico 200 in 4ms") is None
    assert served_page(" GET /_next/static/chunks/x.js 200 in 4ms") is None
    assert served_page(f" GET /about?{PREWARM_MARK}=1 200 in 4ms") is None
    assert served_page("✓ Ready in 400ms") is None


def test_recent_routes_keep_the_newest_first_without_repeats() -> None:
    routes = RecentRoutes(keep=3)
    for path in ["/", "/about", "/", "/menu", "/menu", "/contact"]:
        routes.add(path)
    assert routes.newest_first() == ("/contact", "/menu", "/")


def test_prewarm_requests_in_order_and_stops_when_told() -> None:
    asked: list[str] = []

    def fetch(path: str, _timeout: float) -> tuple[int, str]:
        asked.append(path)
        if path.startswith("/gone"):
            raise DevServerError("connection refused")
        return 200, ""

    done = prewarm(fetch, ["/menu", "/gone", "/about"], keep_going=lambda: len(asked) < 2)
    assert asked == [prewarm_path("/menu"), prewarm_path("/gone")]
    assert [(p, s) for p, s, _t in done] == [("/menu", 200), ("/gone", None)]
    assert prewarm_path("/a?x=1") == f"/a?x=1&{PREWARM_MARK}=1"


def test_turbopack_snapshot_settings_do_not_override_the_user(tmp_path: Path) -> None:
    env = with_turbopack_snapshots({"TURBO_ENGINE_SNAPSHOT_IDLE_TIMEOUT_MILLIS": "9000"})
    assert env["TURBO_ENGINE_SNAPSHOT_IDLE_TIMEOUT_MILLIS"] == "9000"
    assert env["TURBO_ENGINE_SNAPSHOT_MIN_ACTIVE_TIME_MILLIS"] == "0"
    assert clear_turbopack_cache(tmp_path) is False
    (tmp_path / TURBOPACK_CACHE / "v1").mkdir(parents=True)
    assert clear_turbopack_cache(tmp_path) is True
    assert not (tmp_path / TURBOPACK_CACHE).exists()


# --- a DevServer running the stand-in --------------------------------------------------------


def test_a_killed_server_comes_back_and_warms_the_pages_last_shown(server: DevServer, fake_project: Path) -> None:
    server.start(timeout=20)
    env = (fake_project / "env.json").read_text()
    assert all(f'"{name}": "{value}"' in env for name, value in TURBOPACK_SNAPSHOT_ENV.items())
    for path in ["/", "/menu", "/about"]:
        assert server.wait_route(path, [f"page {path}"], timeout=10).ok
    assert wait_for(lambda: server.recent_routes == ("/about", "/menu", "/"))

    pid = server.pid
    assert pid is not None
    os.killpg(pid, signal.SIGKILL)
    assert wait_for(lambda: server.pid != pid and server.outcome.recovered_s is not None), server.recent_output(20)
    warmed = [prewarm_path(p) for p in ("/about", "/menu", "/")]
    assert wait_for(lambda: requests_of(fake_project, server.pid) == warmed), requests_of(fake_project, server.pid)
    outcome = server.outcome
    assert outcome.restarts == 1 and outcome.expected is False and outcome.cache_cleared == 0
    assert outcome.recovered_s is not None and outcome.recovered_s < 10
    assert server.recent_routes == ("/about", "/menu", "/")  # warm-ups do not reorder them


def test_a_restart_that_dies_before_serving_clears_the_turbopack_cache(server: DevServer, fake_project: Path) -> None:
    errors: list[str] = []
    server.on_error.append(errors.append)
    server.start(timeout=20)
    assert server.wait_route("/menu", ["page /menu"], timeout=10).ok
    cache = fake_project / TURBOPACK_CACHE / "v16"
    cache.mkdir(parents=True)
    (fake_project / "crash-count").write_text("1")  # the first restart dies right after "ready"
    pid = server.pid
    assert pid is not None
    os.killpg(pid, signal.SIGKILL)
    assert wait_for(lambda: server.outcome.restarts == 2 and server.is_running, timeout=20), server.recent_output(20)
    assert not cache.exists()
    assert server.outcome.cache_cleared == 1
    assert any("compile cache was cleared" in e for e in errors), errors
    assert server.wait_route("/menu", ["page /menu"], timeout=10).ok


def test_restart_warms_the_pages_last_shown(server: DevServer, fake_project: Path) -> None:
    url = server.start(timeout=20)
    assert server.wait_route("/about", ["page /about"], timeout=10).ok
    assert wait_for(lambda: server.recent_routes == ("/about",))
    assert server.restart(timeout=20) == url  # same port
    assert wait_for(lambda: requests_of(fake_project, server.pid) == [prewarm_path("/about")])
    assert server.outcome.recovered_s is None  # only automatic restarts are timed
