"""Who a process is, in a way a reused pid cannot fake: pid, start time, command line, and
which process owns a listening socket.

A pid alone names a process only while it lives: after it ends the kernel hands the number to
the next process started. So a record of "our" process keeps the pid together with the
process's start time (which a later process with the same pid cannot share) and its command
line, and a record of "our" server also says which process group listens on its port.

Sources, in order:

- Linux: ``/proc`` (start time is field 22 of ``/proc/PID/stat``, in clock ticks since
  boot; the command line is ``/proc/PID/cmdline``; a listening socket's inode is in
  ``/proc/net/tcp{,6}`` and its owner is the process with ``socket:[inode]`` among its fds);
- elsewhere, ``psutil`` when it is importable (``create_time``, ``cmdline``,
  ``net_connections``; it is not a dependency of the app);
- otherwise nothing can be verified and every answer is "unknown" (None): callers treat an
  unverifiable process as not ours, so on such a platform a recorded server is never reused
  nor signalled (the cost is a second ``next dev`` attempt, never a foreign process killed).
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_PROC = Path("/proc")
_USE_PROC = sys.platform.startswith("linux") and (_PROC / "self" / "stat").exists()


def _psutil() -> Any:
    try:  # by name: psutil is optional (no stubs, not a dependency)
        return importlib.import_module("psutil")
    except ImportError:
        return None


@dataclass(frozen=True)
class ProcessIdentity:
    """A process as it was when recorded: equal identities mean the very same process."""

    pid: int
    started: str  # an opaque start-time token (clock ticks since boot on Linux)
    argv: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"pid": self.pid, "started": self.started, "argv": list(self.argv)}

    @classmethod
    def from_json(cls, data: Any) -> ProcessIdentity | None:
        """The identity in ``data`` (as :meth:`to_json` wrote it), None when it is not one."""
        if not isinstance(data, dict):
            return None
        pid, started, argv = data.get("pid"), data.get("started"), data.get("argv")
        if not isinstance(pid, int) or pid <= 0 or not isinstance(started, str) or not started:
            return None
        if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
            return None
        return cls(pid, started, tuple(argv))


def _proc_stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (field 3 is index 0), or None."""
    try:
        stat = (_PROC / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return stat.rsplit(")", 1)[-1].split()


def identify(pid: int) -> ProcessIdentity | None:
    """The identity of the live process ``pid``; None when it is gone, a zombie, or cannot be
    read on this platform."""
    if pid <= 0:
        return None
    if _USE_PROC:
        fields = _proc_stat_fields(pid)
        if fields is None or len(fields) < 20 or fields[0] == "Z":
            return None
        try:
            raw = (_PROC / str(pid) / "cmdline").read_bytes()
        except OSError:
            return None
        argv = tuple(part.decode("utf-8", "surrogateescape") for part in raw.split(b"\0")[:-1])
        return ProcessIdentity(pid, fields[19], argv)  # field 22: starttime
    psutil = _psutil()
    if psutil is None:
        return None
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return None
        return ProcessIdentity(pid, repr(proc.create_time()), tuple(proc.cmdline()))
    except (psutil.Error, OSError):
        return None


def is_same(recorded: ProcessIdentity) -> bool:
    """True only when the process recorded is provably the one running under its pid now."""
    return identify(recorded.pid) == recorded


def process_group(pid: int) -> int | None:
    """The process group of ``pid`` (None where there are none, or when it is gone)."""
    if sys.platform == "win32":
        return None
    try:
        return os.getpgid(pid)
    except OSError:
        return None


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes in process group ``pgid`` (empty where it cannot be read)."""
    members: list[int] = []
    if _USE_PROC:
        for entry in _PROC.iterdir():
            if entry.name.isdigit():
                fields = _proc_stat_fields(int(entry.name))
                if fields is not None and len(fields) > 2 and fields[0] != "Z" and fields[2] == str(pgid):
                    members.append(int(entry.name))
        return members
    psutil = _psutil()
    if psutil is None or sys.platform == "win32":
        return members
    for proc in psutil.process_iter():
        try:
            if os.getpgid(proc.pid) == pgid and proc.status() != psutil.STATUS_ZOMBIE:
                members.append(proc.pid)
        except (psutil.Error, OSError):
            continue
    return members


def _listening_inodes(port: int) -> set[str]:
    inodes: set[str] = set()
    for table in ("tcp", "tcp6"):
        try:
            lines = (_PROC / "net" / table).read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[3] == "0A" and int(fields[1].rsplit(":", 1)[-1], 16) == port:
                inodes.add(fields[9])  # 0A: LISTEN
    return inodes


def owns_listener(port: int, pids: list[int]) -> bool | None:
    """True when one of ``pids`` holds a socket listening on TCP ``port``, False when none does
    (or nothing listens), None when this platform cannot tell."""
    if _USE_PROC:
        inodes = _listening_inodes(port)
        if not inodes:
            return False
        wanted = {f"socket:[{inode}]" for inode in inodes}
        for pid in pids:
            try:
                fds = list((_PROC / str(pid) / "fd").iterdir())
            except OSError:
                continue
            for fd in fds:
                try:
                    if os.readlink(fd) in wanted:
                        return True
                except OSError:
                    continue
        return False
    psutil = _psutil()
    if psutil is None:
        return None
    for pid in pids:
        try:
            connections = psutil.Process(pid).net_connections(kind="tcp")
        except (psutil.Error, OSError):
            continue
        if any(c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port for c in connections):
            return True
    return False
