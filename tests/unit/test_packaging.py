"""Cheap checks of the packaging files (no PyInstaller build): what CI can run.

The full proof (build, install the .deb, offline turn, GUI screenshot, uninstall) is
scripts/smoke_installed.sh; see docs/packaging.md.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from email.parser import Parser
from pathlib import Path
from types import ModuleType

import pytest

from app import bundle

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build" / "avery-nxr.spec"
LINUX = ROOT / "installer" / "linux"
NSI = ROOT / "installer" / "windows" / "avery-nxr.nsi"


# --- PyInstaller spec ------------------------------------------------------------------

def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _assigned(tree: ast.Module, name: str) -> ast.expr:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
    raise AssertionError(f"{name} is not assigned at the top level of {SPEC.name}")


def test_spec_ships_resources_and_the_model_where_the_manifest_looks() -> None:
    datas = _assigned(_spec_tree(), "DATAS")
    assert isinstance(datas, ast.List)
    dests = [ast.unparse(elt.elts[1]) for elt in datas.elts if isinstance(elt, ast.Tuple)]
    assert "'resources'" in dests
    # Manifest.model_dir() looks in resources/models/<id>/ inside the bundle.
    assert any(d.startswith("f'resources/models/{MANIFEST.id}") for d in dests), dests


def test_spec_excludes_unused_qt_and_the_build_toolchain() -> None:
    excludes = _assigned(_spec_tree(), "EXCLUDES")
    assert isinstance(excludes, ast.List)
    names = {elt.value for elt in excludes.elts if isinstance(elt, ast.Constant)}
    for required in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "torch", "transformers", "pytest"):
        assert required in names, required
    assert not any(n.startswith("PySide6.QtWebEngine") for n in names), "QtWebEngine is needed by the preview"


def test_spec_entry_points_and_runtime_imports() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert (ROOT / "build" / "nxr_entry.py").is_file() and '"nxr_entry.py"' in text
    assert (ROOT / "build" / "gui_entry.py").is_file() and '"gui_entry.py"' in text
    assert '"numpy"' in text, "onnxruntime_genai needs numpy at run time"
    assert 'find_spec("onnxruntime")' in text, "genai finds libonnxruntime through the onnxruntime package"
    assert 'name="nxr"' in text


# --- the frozen entry point ------------------------------------------------------------

def _entry() -> ModuleType:
    spec = importlib.util.spec_from_file_location("nxr_entry_under_test", ROOT / "build" / "nxr_entry.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["-P", "-m", "app", "serve", "/x"], ["serve", "/x"]),
        (["-m", "app", "doctor"], ["doctor"]),
        (["doctor", "--json"], ["doctor", "--json"]),
        (["new", "-m"], ["new", "-m"]),
        ([], []),
    ],
)
def test_entry_accepts_the_apps_self_invocation(argv: list[str], expected: list[str]) -> None:
    assert _entry()._strip_interpreter_flags(argv) == expected


def test_entry_opens_the_window_only_with_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = _entry()
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert entry._has_display() is False
    monkeypatch.setenv("DISPLAY", ":0")
    assert entry._has_display() is True


# --- app.bundle ------------------------------------------------------------------------

def _fake_bundle(root: Path, key: str = "abc123") -> Path:
    res = root / "resources"
    node = res / "node" / "bin" / "node"
    node.parent.mkdir(parents=True)
    node.write_text("#!/bin/sh\necho v20.20.2\n")
    node.chmod(0o755)
    store = res / "store" / key
    (store / "node_modules" / "next").mkdir(parents=True)
    (store / "node_modules" / "next" / "package.json").write_text("{}")
    (store / "node_modules" / ".bin").mkdir()
    os.symlink("../next/package.json", store / "node_modules" / ".bin" / "next")
    (store / ".nxr-store.json").write_text(json.dumps({"key": key}))
    (res / "bundle.json").write_text(json.dumps({"node": "node/bin/node", "store_key": key, "version": "0.1.0"}))
    return res


def test_bundle_functions_answer_none_in_a_source_checkout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(bundle, "resources_dir", lambda: tmp_path)
    assert bundle.bundle_info() is None
    assert bundle.bundled_node() is None
    assert bundle.bundled_store("abc123") is None
    assert bundle.seed_store(tmp_path / "cache" / "abc123") is False
    assert not (tmp_path / "cache").exists()


def test_bundle_exposes_node_and_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    res = _fake_bundle(tmp_path)
    monkeypatch.setattr(bundle, "resources_dir", lambda: res)
    assert bundle.bundled_node() == res / "node" / "bin" / "node"
    assert bundle.bundled_store("abc123") == res / "store" / "abc123"
    assert bundle.bundled_store("otherkey") is None  # another template / node major
    monkeypatch.delenv("NXR_NODE", raising=False)
    bundle.apply_environment()
    assert os.environ["NXR_NODE"] == str(res / "node" / "bin" / "node")
    monkeypatch.setenv("NXR_NODE", "/custom/node")
    bundle.apply_environment()
    assert os.environ["NXR_NODE"] == "/custom/node"  # the user's choice wins


def test_seed_store_copies_the_bundled_store_with_its_symlinks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    res = _fake_bundle(tmp_path / "bundle")
    for path in (res / "store").rglob("*"):  # the installed bundle is read-only
        if path.is_file() and not path.is_symlink():
            path.chmod(0o444)
    monkeypatch.setattr(bundle, "resources_dir", lambda: res)
    target = tmp_path / "cache" / "store" / "abc123"
    assert bundle.seed_store(target) is True
    link = target / "node_modules" / ".bin" / "next"
    assert link.is_symlink() and os.readlink(link) == "../next/package.json"
    copied = target / "node_modules" / "next" / "package.json"
    assert copied.read_text() == "{}" and os.access(copied, os.W_OK)
    assert [p.name for p in target.parent.iterdir()] == ["abc123"]  # no temporary folder left


def test_self_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert bundle.self_command()[1:] == ["-P", "-m", "app"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert bundle.self_command() == [sys.executable]


# --- Linux installers ------------------------------------------------------------------

def test_desktop_entry_fields() -> None:
    entry = (LINUX / "avery-nxr.desktop").read_text(encoding="utf-8")
    lines = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert lines["Type"] == "Application"
    assert lines["Exec"].startswith("/opt/avery-nxr/nxr gui")
    assert lines["Icon"] == "avery-nxr"
    assert (ROOT / "resources" / "icons" / "avery-nxr.svg").is_file()
    assert (ROOT / "resources" / "icons" / "avery-nxr.png").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / "avery-nxr.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_control_file_has_the_required_fields() -> None:
    text = (LINUX / "control.in").read_text(encoding="utf-8")
    rendered = text.replace("@VERSION@", "0.1.0").replace("@ARCH@", "amd64").replace("@SIZE@", "1000")
    assert "@" not in rendered.replace("nxr@avery.invalid", ""), "an unfilled placeholder"
    fields = Parser().parsestr(rendered)
    for name in ("Package", "Version", "Architecture", "Maintainer", "Installed-Size", "Depends", "Description"):
        assert fields[name], name
    assert fields["Package"] == "avery-nxr"
    assert "libc6" in fields["Depends"]
    assert "\n " in rendered.split("Description:", 1)[1], "the long description is missing"


@pytest.mark.parametrize("script", ["postinst", "postrm", "build_deb.sh", "build_run.sh", "run-install.sh"])
def test_installer_scripts_parse(script: str) -> None:
    path = LINUX / script
    assert os.access(path, os.X_OK), f"{script} is not executable"
    shell = "bash" if script.startswith("build_") else "sh"
    result = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_build_outputs_are_ignored() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    for pattern in ("/dist/", "/build/out/", "*.deb", "*.run"):
        assert pattern in ignored, pattern


# --- Windows installer -----------------------------------------------------------------

def test_nsis_script_is_per_user() -> None:
    text = NSI.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert "$LOCALAPPDATA\\Programs" in text
    assert "WriteUninstaller" in text and 'Section "Uninstall"' in text
    assert "$SMPROGRAMS" in text and "HKLM" not in text


@pytest.mark.skipif(shutil.which("makensis") is None, reason="nsis (makensis) not installed")
def test_nsis_script_compiles_against_a_placeholder_build(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    (dist / "_internal" / "resources").mkdir(parents=True)
    for name in ("nxr.exe", "Avery NXR.exe", "_internal/resources/bundle.json"):
        (dist / name).write_text("placeholder")
    out = tmp_path / "setup.exe"
    result = subprocess.run(
        ["makensis", "-V2", f"-DDIST={dist}", f"-DOUTFILE={out}", str(NSI)],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.is_file() and out.read_bytes()[:2] == b"MZ"
