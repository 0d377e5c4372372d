from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.errors import PathSafetyError
from app.scaffold.pathsafety import MAX_FILE_BYTES, check_size, safe_target


@pytest.mark.parametrize("rel", [
    "../evil.txt", "app/../../evil", "/etc/passwd", "C:/Windows/x", "c:evil", "\\\\server\\share\\x",
    "app\\page.tsx", "a\x00b", "", "app//page.tsx", "./app/page.tsx", "node_modules/x.js", "NODE_MODULES/x.js",
    ".git/config", ".next/x", ".nxr/site.json", "app/CON", "app/nul.txt", "app/com1.tsx", "x" * 300,
    "a/" * 600 + "b", "app/page.tsx ", "app/what?.tsx", "app/a<b.tsx",
])
def test_hostile_paths_are_refused_with_a_message(tmp_path: Path, rel: str) -> None:
    with pytest.raises(PathSafetyError) as info:
        safe_target(tmp_path, rel)
    assert str(info.value)


def test_normal_paths_resolve_inside_the_project(tmp_path: Path) -> None:
    target = safe_target(tmp_path, "app/about/page.tsx")
    assert target == Path(os.path.realpath(tmp_path)) / "app" / "about" / "page.tsx"
    assert safe_target(tmp_path, ".nxr/site.json", internal=True).name == "site.json"


def test_symlinked_folder_pointing_out_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    project = tmp_path / "project"
    project.mkdir()
    (project / "app").symlink_to(outside, target_is_directory=True)
    with pytest.raises(PathSafetyError, match="outside the project"):
        safe_target(project, "app/page.tsx")


def test_symlink_file_is_not_written_through(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("x")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    with pytest.raises(PathSafetyError, match="symbolic link"):
        safe_target(tmp_path, "link.txt")


def test_size_limit() -> None:
    check_size("a.txt", b"x" * 10)
    with pytest.raises(PathSafetyError, match="limit"):
        check_size("a.txt", b"x" * (MAX_FILE_BYTES + 1))


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("x")
    (tmp_path / "d").mkdir()
    with pytest.raises(PathSafetyError, match="is a file"):
        safe_target(tmp_path, "a/b/c.txt")
    with pytest.raises(PathSafetyError, match="is a folder"):
        safe_target(tmp_path, "d")
