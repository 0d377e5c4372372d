"""No network at run time: a whole session in a network namespace that has only loopback.

`unshare -n` gives the processes an empty network namespace (we bring up `lo`, as
the dev server needs 127.0.0.1). Creating a project (from the dependency store),
loading the model, a turn with the real `next dev` preview, and undo must all work.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def _netns_works() -> bool:
    if not shutil.which("unshare") or not shutil.which("ip"):
        return False
    probe = subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _netns_works(), reason="needs unshare -n (root or user namespaces) and iproute2")
def test_a_session_needs_no_network(tmp_path: Path) -> None:
    from app.preview.node import find_node
    from app.scaffold.store import ensure_store

    ensure_store(find_node())  # the one-time npm install happens before, with network
    site = tmp_path / "offline-site"
    nxr = f"{sys.executable} -P -m app"
    script = (
        "set -e; ip link set lo up; "
        f"{nxr} new {site} --name Offline >/dev/null; "
        f"{nxr} prompt {site} 'I need a services page' --json > {tmp_path}/turn.json; "
        f"{nxr} undo {site}; "
        # any route to the outside must fail in here: prove the namespace is really offline
        f"{sys.executable} -c \"import socket,sys; s=socket.socket(); s.settimeout(2); "
        "sys.exit(0 if s.connect_ex(('1.1.1.1', 443)) != 0 else 1)\"; "
        f"{nxr} stop {site}"
    )
    done = subprocess.run(["unshare", "-n", "sh", "-c", script], capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    turn = json.loads((tmp_path / "turn.json").read_text())
    assert turn["outcome"] == "applied" and turn["preview_ok"], turn
    assert turn["preview_url"].startswith("http://127.0.0.1:")
    assert "undid" in done.stdout
