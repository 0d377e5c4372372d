"""The package-install step of the set-up and packaging scripts, run for real with stub
``apt-get``/``dpkg-query``/``sudo``/``id`` on PATH: as root (no sudo) and as a user with sudo.
Before the fix, as root, it stopped at "DEBIAN_FRONTEND=noninteractive: command not found"."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _stubs(folder: Path, uid: int) -> Path:
    bin_ = folder / "bin"
    bin_.mkdir()
    log = folder / "calls.log"
    scripts = {
        "dpkg-query": "#!/bin/sh\necho 'unknown ok not-installed'\n",
        "apt-get": f'#!/bin/sh\necho "apt-get via=${{VIA:-direct}} frontend=${{DEBIAN_FRONTEND:-unset}} $*" >> {log}\n',
        "sudo": f'#!/bin/sh\necho "sudo $*" >> {log}\nVIA=sudo exec "$@"\n',
        "id": f'#!/bin/sh\n[ "$1" = "-u" ] && echo {uid} && exit 0\nexec /usr/bin/id "$@"\n',
    }
    for name, body in scripts.items():
        (bin_ / name).write_text(body)
        (bin_ / name).chmod(0o755)
    return bin_


def _fake_venv(folder: Path) -> Path:
    """A 'virtualenv' whose python imports PyInstaller and fails anything else: the scripts run
    their package step, then stop at their first Python step."""
    venv = folder / "venv"
    (venv / "bin").mkdir(parents=True)
    py = venv / "bin" / "python"
    py.write_text('#!/bin/sh\ncase "$*" in *"import PyInstaller"*|*"sys.version_info"*) exit 0;; esac\nexit 3\n')
    py.chmod(0o755)
    (venv / ".nxr-deps").write_text(hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:32] + "\n")
    return venv


@pytest.mark.parametrize("uid", [0, 1000], ids=["root", "user-with-sudo"])
@pytest.mark.parametrize("script", ["setup.sh", "package.sh"])
def test_missing_system_packages_are_installed(tmp_path: Path, uid: int, script: str) -> None:
    bin_ = _stubs(tmp_path, uid)
    venv = _fake_venv(tmp_path)
    env = {**os.environ, "PATH": f"{bin_}:{os.environ['PATH']}", "NXR_VENV": str(venv), "NXR_SKIP_MODEL": "1",
           "PYTHON": str(venv / "bin" / "python")}
    env.pop("DEBIAN_FRONTEND", None)
    proc = subprocess.run(["bash", str(ROOT / "scripts" / script)], env=env, capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert "command not found" not in proc.stderr, proc.stderr
    calls = (tmp_path / "calls.log").read_text().splitlines()
    via = "sudo" if uid else "direct"
    installs = [c for c in calls if c.startswith("apt-get") and " install " in c]
    assert len(installs) == 1, calls
    assert installs[0].startswith(f"apt-get via={via} frontend=noninteractive install -y -qq "), installs
    assert any(c.startswith(f"apt-get via={via}") and " update" in c for c in calls), calls
    assert (uid == 0) == (not any(c.startswith("sudo") for c in calls)), calls
    # setup.sh goes on to its (skipped) steps and succeeds; package.sh stops at its first Python step.
    assert proc.returncode == (0 if script == "setup.sh" else 3), proc.stderr
