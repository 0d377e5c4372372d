"""The project writer lock: a second writer waits, then is told who holds the project."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import ProjectBusyError
from app.projectlock import LOCK_FILE, is_locked, project_lock

ROOT = Path(__file__).resolve().parents[2]


def _hold(project: Path, seconds: float) -> subprocess.Popen[bytes]:
    code = ("import sys, time, pathlib; sys.path.insert(0, sys.argv[1]); from app.projectlock import project_lock\n"
            "with project_lock(pathlib.Path(sys.argv[2]), 'a turn is being applied'):\n"
            "    print('held', flush=True); time.sleep(float(sys.argv[3]))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(ROOT), str(project), str(seconds)], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"held"
    return proc


def test_second_writer_is_told_who_holds_the_project(tmp_path: Path) -> None:
    proc = _hold(tmp_path, 5)
    try:
        assert is_locked(tmp_path)
        start = time.monotonic()
        with pytest.raises(ProjectBusyError) as err:
            with project_lock(tmp_path, "undo", timeout=0.3):
                pass
        assert time.monotonic() - start >= 0.3
        assert f"a turn is being applied by nxr pid {proc.pid}" in err.value.message
    finally:
        proc.kill()
        proc.wait()


def test_a_killed_holder_releases_the_lock(tmp_path: Path) -> None:
    proc = _hold(tmp_path, 60)
    proc.kill()
    proc.wait()
    assert not is_locked(tmp_path)
    with project_lock(tmp_path, "undo", timeout=1):
        assert (tmp_path / LOCK_FILE).is_file()


def test_waiter_gets_the_lock_when_the_holder_finishes(tmp_path: Path) -> None:
    proc = _hold(tmp_path, 0.5)
    with project_lock(tmp_path, "undo", timeout=5):
        pass
    proc.wait()


def test_nxr_folder_as_symlink_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    project = tmp_path / "p"
    project.mkdir()
    (project / ".nxr").symlink_to(outside)
    with pytest.raises(ProjectBusyError, match="symbolic link"):
        with project_lock(project, "undo"):
            pass
    assert not (outside / LOCK_FILE.name).exists()
