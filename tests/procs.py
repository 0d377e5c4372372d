"""Which processes a test left behind: those working in, or naming, a folder it owns."""

from __future__ import annotations

import os
from pathlib import Path


def processes_in(folder: Path) -> list[str]:
    """Live processes (Linux /proc) whose working directory is inside ``folder`` or whose
    command line names it, as "pid: command line" (the test process itself excluded)."""
    folder = folder.resolve()
    found: list[str] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
            argv = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except OSError:
            continue
        if stat.rsplit(")", 1)[-1].split()[:1] == ["Z"]:
            continue
        try:
            cwd = Path(os.readlink(entry / "cwd"))
        except OSError:
            cwd = None
        if (cwd is not None and cwd.is_relative_to(folder)) or str(folder) in argv:
            found.append(f"{entry.name}: {argv}")
    return found


def left_after(folder: Path, timeout: float = 10.0) -> list[str]:
    """:func:`processes_in` once they had ``timeout`` seconds to end: Next starts a detached
    telemetry flush (``detached-flush.js``) as it exits, which ends on its own within a second."""
    import time

    deadline = time.monotonic() + timeout
    while (found := processes_in(folder)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return found
