"""The window reuses a project's live ``nxr serve`` server (.nxr/devserver.json) and never stops it.

The "server" is a real process answering HTTP on 127.0.0.1 (``python -m http.server``, in its
own process group, recorded as both the `nxr serve` and its `next dev`), so the checks are the
real ones: the very process recorded, its group listening on the port, GET / answers.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.preview import registry
from app.session.enginehost import LocalHost
from app.preview.net import free_port
from tests.unit.ui.conftest import make_project


def _with_dependencies(root: Path) -> Path:
    (root / "node_modules/next").mkdir(parents=True)
    (root / "node_modules/next/package.json").write_text("{}")
    return root


@pytest.fixture()
def http_server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = free_port()
    (tmp_path / "www").mkdir()
    (tmp_path / "www/index.html").write_text("<h1>served by nxr serve</h1>")
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
                            cwd=tmp_path / "www", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            assert time.monotonic() < deadline, "http.server did not start"
            time.sleep(0.05)
    yield proc, port
    proc.kill()
    proc.wait()


class NoDevServer:
    """Stands in for DevServer: records that the window started its own."""

    created: list[Path] = []

    def __init__(self, root: Path, _node: Any) -> None:
        NoDevServer.created.append(root)
        self.on_started: list[Any] = []
        self.on_error: list[Any] = []
        self.on_finished: list[Any] = []
        self.on_output: list[Any] = []
        self.url: str | None = None
        self.port: int | None = None
        self.is_running = False
        self.stopped = False

    def start(self) -> str:
        self.url, self.port, self.is_running = "http://127.0.0.1:9", 9, True
        for cb in self.on_started:
            cb(self.url)
        return self.url

    def errors(self) -> list[str]:
        return []

    def stop(self) -> None:
        self.stopped = True


@pytest.fixture()
def own_server(monkeypatch: pytest.MonkeyPatch) -> type[NoDevServer]:
    NoDevServer.created = []
    monkeypatch.setattr("app.preview.devserver.DevServer", NoDevServer)
    monkeypatch.setattr("app.preview.node.find_node", lambda: None)
    return NoDevServer


def test_window_reuses_the_live_server_and_leaves_it_running(qtbot: Any, ui_dirs: Path, fake_engine: Any,
                                                             http_server: Any, own_server: Any) -> None:
    from app.ui.controller import SessionController
    from app.preview.liveserver import ExternalServer

    proc, port = http_server
    root = _with_dependencies(make_project(ui_dirs / "site"))
    url = f"http://127.0.0.1:{port}"
    registry.write_state(root, registry.describe(url, port, proc.pid, serve_pid=proc.pid))
    controller = SessionController(lambda _p: LocalHost(lambda: fake_engine))  # the app's default server factory
    ready: list[str] = []
    controller.preview_ready.connect(ready.append)
    controller.load_engine()
    controller.open_project(root)
    qtbot.waitUntil(lambda: bool(ready), timeout=15000)
    assert ready == [url]
    assert isinstance(controller.server, ExternalServer)
    assert own_server.created == []  # no second next dev
    qtbot.waitUntil(lambda: controller.runner is not None, timeout=10000)
    check = controller.server.wait_route("/", contains=["served by nxr serve"], timeout=5)
    assert check.ok
    controller.shutdown()  # what quitting does
    time.sleep(0.3)
    assert proc.poll() is None, "the window stopped a server it did not start"
    assert registry.running(root) is not None


def test_stale_or_silent_record_starts_the_windows_own(ui_dirs: Path, own_server: Any) -> None:
    from app.scaffold.project import open_project
    from app.ui.controller import default_server_factory

    root = _with_dependencies(make_project(ui_dirs / "site"))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    registry.write_state(root, registry.ServerInfo(pid=dead.pid, url="http://127.0.0.1:9", port=9))
    server = default_server_factory(open_project(root))
    assert isinstance(server, NoDevServer) and own_server.created == [root]
    assert not (root / registry.STATE_FILE).exists()  # the stale record is cleared
    assert isinstance(default_server_factory(open_project(root)), NoDevServer)  # no record at all


def test_when_the_live_server_stops_the_window_starts_its_own(qtbot: Any, ui_dirs: Path, fake_engine: Any,
                                                              http_server: Any, own_server: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from app.preview import liveserver
    from app.ui.controller import SessionController

    real_init = liveserver.ExternalServer.__init__
    monkeypatch.setattr(liveserver.ExternalServer, "__init__",
                        lambda self, root, info, poll_s=0.05: real_init(self, root, info, poll_s))
    proc, port = http_server
    root = _with_dependencies(make_project(ui_dirs / "site"))
    registry.write_state(root, registry.describe(f"http://127.0.0.1:{port}", port, proc.pid, serve_pid=proc.pid))
    controller = SessionController(lambda _p: LocalHost(lambda: fake_engine))
    ready: list[str] = []
    failed: list[str] = []
    controller.preview_ready.connect(ready.append)
    controller.preview_failed.connect(failed.append)
    controller.open_project(root)
    qtbot.waitUntil(lambda: len(ready) == 1, timeout=15000)
    proc.kill()
    proc.wait()
    qtbot.waitUntil(lambda: len(ready) == 2, timeout=10000)
    assert ready[1] == "http://127.0.0.1:9"  # the window's own server
    assert own_server.created == [root]
    assert any("nxr serve" in text for text in failed)
    server = controller.server
    controller.shutdown()
    assert server.stopped  # its own one it does stop
