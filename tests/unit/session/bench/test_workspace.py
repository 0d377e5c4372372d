"""copy_project: a session's own project folder copied afresh (no dev server here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import WriteFailedError
from app.preview.node import NodeRuntime
from app.session.bench import workspace
from app.session.bench.workspace import copy_project

NODE = NodeRuntime(Path("/nonexistent/node"), (20, 20, 2), "system")


def _site(root: Path, *, modules: bool) -> Path:
    for rel, text in {
        "package.json": json.dumps({"name": "mine", "dependencies": {"next": "16.4.3"}}),
        "app/layout.tsx": "export default function L() { return null; }\n",
        "app/page.tsx": "// my own comment\nexport default function P() { return <h1>Mine</h1>; }\n",
        ".next/BUILD_ID": "old build",
        ".git/HEAD": "ref: refs/heads/main\n",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    if modules:
        (root / "node_modules" / "next").mkdir(parents=True)
        (root / "node_modules" / "next" / "package.json").write_text("{}")
        (root / "node_modules" / ".bin").mkdir()
        (root / "node_modules" / ".bin" / "next").symlink_to("../next/package.json")
    return root


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_copy_links_the_folders_own_node_modules_and_leaves_it_untouched(tmp_path: Path) -> None:
    source = _site(tmp_path / "site", modules=True)
    before = _tree(source)
    project = copy_project(source, tmp_path / "copy", NODE)
    root = tmp_path / "copy"
    assert project.root == root.resolve() and project.app_dir == root.resolve() / "app"
    assert (root / "app" / "page.tsx").read_bytes() == (source / "app" / "page.tsx").read_bytes()
    assert not (root / ".next").exists() and not (root / ".git").exists()
    linked = root / "node_modules" / "next" / "package.json"
    assert linked.stat().st_ino == (source / "node_modules" / "next" / "package.json").stat().st_ino
    assert (root / "node_modules" / ".bin" / "next").is_symlink()
    assert _tree(source) == before
    (root / "app" / "page.tsx").write_text("changed")  # the copy is the session's own
    assert _tree(source) == before


def test_without_node_modules_the_copy_gets_them_like_nxr_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []

    def install(project: object, node: NodeRuntime | None = None) -> str:
        calls.append(project.root)  # type: ignore[attr-defined]
        return "linked"

    monkeypatch.setattr(workspace, "install_dependencies", install)
    source = _site(tmp_path / "site", modules=False)
    copy_project(source, tmp_path / "copy", NODE)
    assert calls == [(tmp_path / "copy").resolve()]
    assert not (source / "node_modules").exists()


def test_a_copy_that_cannot_be_written_is_a_sentence(tmp_path: Path) -> None:
    source = _site(tmp_path / "site", modules=True)
    (tmp_path / "copy").write_text("in the way")
    with pytest.raises(WriteFailedError, match="Could not copy the project"):
        copy_project(source, tmp_path / "copy", NODE)
