"""`.nxr/devserver.json` is trusted only when all of it holds: real processes (a ``setsid sleep``,
``python -m http.server`` on loopback) stand in for `nxr serve` and `next dev`, and `nxr stop`
runs as a real command. After every test no process started here is left."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.preview import registry
from app.preview.identity import ProcessIdentity, group_members, identify
from app.preview.net import free_port
from tests.procs import processes_in

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="identities are read from /proc")

ROOT = Path(__file__).resolve().parents[3]


def make_site(root: Path) -> Path:
    """The least a folder needs for `nxr stop` to accept it as a Next.js App Router project."""
    (root / "app").mkdir(parents=True)
    (root / "app" / "layout.tsx").write_text("export default function L({children}: any) { return children; }\n")
    (root / "package.json").write_text(json.dumps({"name": "site", "dependencies": {"next": "16.0.0"}}))
    return root


class Spawned:
    """Processes a test starts (each in its own session, as `setsid` does); all must be gone after it."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, *argv: str, cwd: Path | None = None) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        self.procs.append(proc)
        return proc

    def http_server(self, port: int, cwd: Path) -> subprocess.Popen[bytes]:
        proc = self.start(sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", cwd=cwd)
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return proc
            except OSError:
                assert time.monotonic() < deadline, "http.server did not start"
                time.sleep(0.05)


@pytest.fixture()
def spawned(tmp_path: Path) -> Iterator[Spawned]:
    tracker = Spawned()
    yield tracker
    for proc in tracker.procs:  # the stand-ins the test kept alive on purpose
        proc.kill()
        proc.wait()
    assert all(not group_members(p.pid) for p in tracker.procs)
    assert processes_in(tmp_path) == []  # nothing of ours (an `nxr serve`, a next dev) is left


def nxr(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60, check=False)


def test_stop_leaves_a_foreign_process_alone_and_removes_the_record(tmp_path: Path, spawned: Spawned) -> None:
    """Issue 14 item 2, as reported: a live unrelated pid and an unrelated server on the port."""
    root = make_site(tmp_path / "site")
    sleeper = spawned.start("sleep", "600")
    port = free_port()
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "index.html").write_text("<h1>not ours</h1>")
    foreign = spawned.http_server(port, tmp_path / "www")
    state = root / registry.STATE_FILE
    state.parent.mkdir()
    state.write_text(json.dumps({"pid": sleeper.pid, "port": port, "url": f"http://127.0.0.1:{port}"}))

    assert registry.running(root) is None  # `nxr prompt` would not preview the foreign server
    assert not state.exists()  # ... and the stale record is gone
    state.write_text(json.dumps({"pid": sleeper.pid, "port": port, "url": f"http://127.0.0.1:{port}"}))
    result = nxr("stop", str(root))
    assert result.returncode == 0, result.stderr
    assert "no dev server was running" in result.stdout
    assert "stopped" not in result.stdout
    assert f"stale record of pid {sleeper.pid}" in result.stderr
    time.sleep(0.2)
    assert sleeper.poll() is None, "nxr stop signalled a process that was not ours"
    assert foreign.poll() is None
    assert not state.exists()


def test_a_reused_pid_is_not_our_server(tmp_path: Path, spawned: Spawned) -> None:
    """Same pid and command line, another start time: what the next process given that pid looks like."""
    port = free_port()
    (tmp_path / "www").mkdir()
    server = spawned.http_server(port, tmp_path / "www")
    me = identify(server.pid)
    assert me is not None
    info = registry.ServerInfo(server.pid, f"http://127.0.0.1:{port}", port, me, me)
    assert registry.verify(info)  # the record as written: all of it holds
    reused = ProcessIdentity(me.pid, str(int(me.started) + 1), me.argv)
    assert not registry.verify(info.__class__(info.pid, info.url, info.port, reused, me))
    assert not registry.verify(info.__class__(info.pid, info.url, info.port, me, reused))
    other = ProcessIdentity(me.pid, me.started, ("sleep", "600"))
    assert not registry.verify(info.__class__(info.pid, info.url, info.port, other, me))


def test_a_foreign_listener_on_the_port_is_not_our_server(tmp_path: Path, spawned: Spawned) -> None:
    """Our processes alive, but another program listens on the recorded port."""
    (tmp_path / "www").mkdir()
    ours = spawned.http_server(free_port(), tmp_path / "www")
    foreign_port = free_port()
    spawned.http_server(foreign_port, tmp_path / "www")
    me = identify(ours.pid)
    assert me is not None
    info = registry.ServerInfo(ours.pid, f"http://127.0.0.1:{foreign_port}", foreign_port, me, me)
    assert not registry.verify(info)


def test_a_leftover_next_dev_of_a_dead_server_is_stopped(tmp_path: Path, spawned: Spawned) -> None:
    """Its `nxr serve` died (kill -9 where nothing ties the child to it): the recorded next dev,
    provably the process recorded and leader of its own group, is stopped; nothing else is."""
    root = make_site(tmp_path / "site")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    dead_identity = ProcessIdentity(dead.pid, "1", (sys.executable, "-c", "pass"))
    leftover = spawned.start("sleep", "600")
    bystander = spawned.start("sleep", "601")
    leftover_identity = identify(leftover.pid)
    assert leftover_identity is not None
    registry.write_state(root, registry.ServerInfo(dead.pid, "http://127.0.0.1:9", 9, dead_identity, leftover_identity))
    result = nxr("stop", str(root))
    assert result.returncode == 0, result.stderr
    assert f"stopped a leftover next dev (pid {leftover.pid})" in result.stdout
    assert leftover.wait(5) is not None
    assert bystander.poll() is None
    assert not (root / registry.STATE_FILE).exists()


def test_withdraw_removes_only_our_own_record(tmp_path: Path, spawned: Spawned) -> None:
    """A failed `nxr serve` must not delete the record of the server that is running."""
    root = make_site(tmp_path / "site")
    other = spawned.start("sleep", "600")
    other_identity = identify(other.pid)
    registry.write_state(root, registry.ServerInfo(other.pid, "http://127.0.0.1:9", 9, other_identity, other_identity))
    assert registry.withdraw(root) is False
    assert (root / registry.STATE_FILE).exists()
    mine = registry.describe("http://127.0.0.1:9", 9, other.pid)
    registry.write_state(root, mine)
    assert registry.withdraw(root) is True
    assert not (root / registry.STATE_FILE).exists()


@pytest.mark.parametrize("port", ["70000", "-1", "0", "eighty"])
def test_serve_refuses_an_impossible_port_in_a_sentence(tmp_path: Path, port: str) -> None:
    root = make_site(tmp_path / "site")
    result = nxr("serve", str(root), "--port", port)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--port" in result.stderr and ("not a TCP port" in result.stderr or "not a port number" in result.stderr)
