"""One writer per project: an OS file lock on ``.nxr/lock``.

Every command that writes to a project (a turn's apply, undo, redo, crash
recovery, ``nxr new`` over an existing folder, the background server's state
file) holds it; a second writer waits a bounded time and is then told who holds
the project ("a turn is being applied by nxr pid 1234"). The OS releases the
lock when its holder dies, even by SIGKILL, so a crashed holder never blocks the
project and "is anybody applying right now?" is answered by the lock itself,
never by a pid file that a reused pid could fake.

The lock file is never deleted (deleting it would let two processes lock two
different inodes); its text is only a description of the current holder.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from app.errors import ProjectBusyError

LOCK_FILE = Path(".nxr") / "lock"
DEFAULT_TIMEOUT_S = 10.0
POLL_S = 0.05

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(f: IO[str]) -> bool:
        f.seek(0)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(f: IO[str]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(f: IO[str]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(f: IO[str]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _holder_text(f: IO[str]) -> str:
    """Who holds the lock, in words, from what the holder wrote (best effort: it may be mid-write)."""
    try:
        f.seek(0)
        data: Any = json.loads(f.read() or "{}")
    except (OSError, ValueError):
        return "another process"
    if not isinstance(data, dict):
        return "another process"
    purpose, pid = data.get("purpose"), data.get("pid")
    who = f"nxr pid {pid}" if isinstance(pid, int) else "another nxr process"
    return f"{purpose} by {who}" if isinstance(purpose, str) and purpose else who


def _open(root: Path) -> IO[str]:
    path = root / LOCK_FILE
    if path.parent.is_symlink():
        raise ProjectBusyError(f"{root / '.nxr'} is a symbolic link; Avery NXR does not write through it.",
                               hint="replace it with a real folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_NOFOLLOW: a lock file planted as a symlink must not make us open (or create) a file elsewhere.
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o644)
    return os.fdopen(fd, "r+", encoding="utf-8")


@contextmanager
def project_lock(root: Path, purpose: str, timeout: float = DEFAULT_TIMEOUT_S) -> Iterator[None]:
    """Hold the project's writer lock for the ``with`` block.

    ``purpose`` says what the holder does ("a turn is being applied"); a writer that
    cannot get the lock within ``timeout`` seconds gets a :class:`ProjectBusyError`
    naming the holder. Re-entrant within one process is *not* supported: take it once,
    at the outermost writing step.
    """
    try:
        f = _open(root)
    except OSError as exc:
        raise ProjectBusyError(f"Cannot lock {root / LOCK_FILE}: {exc.strerror or exc}") from exc
    try:
        deadline = time.monotonic() + max(0.0, timeout)
        while not _try_lock(f):
            if time.monotonic() >= deadline:
                raise ProjectBusyError(
                    f"{root} is busy: {_holder_text(f)}.",
                    hint="wait for it to finish, then try again")
            time.sleep(POLL_S)
        try:
            f.seek(0)
            f.truncate()
            f.write(json.dumps({"pid": os.getpid(), "purpose": purpose, "since": round(time.time(), 3)}))
            f.flush()
        except OSError:
            pass  # the description is a courtesy; the lock itself is what counts
        try:
            yield
        finally:
            try:  # a waiter that reads the description must not be told about a holder that has left
                f.seek(0)
                f.truncate()
            except OSError:
                pass
            _unlock(f)
    finally:
        f.close()


def is_locked(root: Path) -> bool:
    """True while another process holds the project's lock (a turn is being applied there)."""
    path = root / LOCK_FILE
    if not path.is_file() or path.is_symlink():
        return False
    with open(path, encoding="utf-8") as f:
        if _try_lock(f):
            _unlock(f)
            return False
        return True
