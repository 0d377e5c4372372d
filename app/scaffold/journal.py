"""Crash-safe multi-file writes: blobs first, a journal, atomic renames, then commit.

1. Every before/after content is stored in ``.nxr/objects/<sha256>`` (content-addressed).
2. A journal naming every change and the history state it leads to is written and fsynced.
3. Each file is written to a temp file in its folder and renamed over the target
   (deletions unlink); empty folders left by deletions are removed.
4. The caller records the history; then the journal is deleted (the commit point).

If the process dies anywhere in between, ``recover()`` on the next open finds
the journal and puts every file back to its *before* state, unless the
history already records the action, in which case it finishes it. Either way
the project is never left between two states.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.errors import ConcurrentEditError, HistoryError, WriteFailedError
from app.scaffold.pathsafety import check_size, safe_target

NXR_DIR = ".nxr"
OBJECTS = f"{NXR_DIR}/objects"
JOURNAL = f"{NXR_DIR}/journal"


@dataclass(frozen=True)
class Change:
    path: str
    before: str | None  # sha256 of the old content, None if the file did not exist
    after: str | None  # sha256 of the new content, None if the file is deleted


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".nxr-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def file_hash(root: Path, rel: str, internal: bool = True) -> str | None:
    target = safe_target(root, rel, internal)
    try:
        return sha(target.read_bytes())
    except FileNotFoundError:
        return None


def store_blob(root: Path, data: bytes) -> str:
    digest = sha(data)
    path = root / OBJECTS / digest[:2] / digest
    if not path.exists():
        atomic_write(path, data)
    return digest


def read_blob(root: Path, digest: str) -> bytes:
    path = root / OBJECTS / digest[:2] / digest
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise HistoryError(f"The undo store is missing {digest[:12]} ({path}).") from exc
    if sha(data) != digest:
        raise HistoryError(f"The undo store's copy {digest[:12]} is damaged.")
    return data


def _remove_empty_parents(root: Path, target: Path) -> None:
    real_root = Path(os.path.realpath(root))
    folder = target.parent
    while folder != real_root and real_root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def _put(root: Path, rel: str, digest: str | None) -> None:
    target = safe_target(root, rel, internal=True)
    if digest is None:
        if target.exists():
            target.unlink()
        _remove_empty_parents(root, target)
        return
    atomic_write(target, read_blob(root, digest))


def _remove_temp_files(root: Path, rel: str) -> None:
    """A write killed between mkstemp and rename leaves `.NAME.*.nxr-tmp` beside the target."""
    target = safe_target(root, rel, internal=True)
    if target.parent.is_dir():
        for stray in target.parent.glob(f".{target.name}.*.nxr-tmp"):
            stray.unlink(missing_ok=True)


def plan_changes(root: Path, writes: Mapping[str, bytes | None], internal: set[str] | None = None) -> list[Change]:
    """Check every path and size, store blobs, and return the changes that differ from disk."""
    changes = []
    for rel, data in writes.items():
        target = safe_target(root, rel, internal=rel in (internal or set()))
        if data is not None:
            check_size(rel, data)
        before = None
        if target.exists():
            before = store_blob(root, target.read_bytes())
        after = None if data is None else store_blob(root, data)
        if before != after:
            changes.append(Change(rel, before, after))
    return changes


def verify_unchanged(root: Path, expected: Mapping[str, str | None], why: str) -> None:
    """Refuse if a file's content differs from what the caller saw (the user's editor got there first)."""
    for rel, digest in expected.items():
        if file_hash(root, rel) != digest:
            raise ConcurrentEditError(f"{rel} changed on disk {why}; nothing was overwritten.",
                                      hint="review the file, then send the prompt again")


def commit(
    root: Path,
    changes: list[Change],
    action: dict[str, Any],
    record: Callable[[], None],
    direction: str = "forward",
) -> None:
    """Apply ``changes`` (or their reverse) crash-safely; ``record()`` updates the history."""
    journal = root / JOURNAL / "pending.json"
    if journal.exists():
        raise HistoryError("An earlier action did not finish; reopen the project to recover it first.")
    atomic_write(journal, json.dumps({"action": action, "direction": direction,
                                      "changes": [asdict(c) for c in changes]}, indent=1).encode())
    try:
        for c in changes:
            _put(root, c.path, c.after if direction == "forward" else c.before)
    except OSError as exc:
        resolve_pending(root, lambda _action: False)  # put back every file we already wrote
        raise WriteFailedError(f"Writing the project failed ({exc}); every file was put back as it was.") from exc
    record()
    journal.unlink()
    _fsync_dir(journal.parent)


def pending(root: Path) -> dict[str, Any] | None:
    journal = root / JOURNAL / "pending.json"
    if not journal.exists():
        return None
    try:
        data: dict[str, Any] = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        # The crash hit while the journal itself was written: no file was touched yet.
        journal.unlink()
        return None
    return data


def resolve_pending(root: Path, finished: Callable[[dict[str, Any]], bool]) -> str | None:
    """Finish or roll back an interrupted action. Returns what was done, for the user."""
    data = pending(root)
    if data is None:
        return None
    changes = [Change(**c) for c in data["changes"]]
    forward = data.get("direction", "forward") == "forward"
    done = finished(data["action"])
    for c in changes:
        new, old = (c.after, c.before) if forward else (c.before, c.after)
        _remove_temp_files(root, c.path)
        _put(root, c.path, new if done else old)
    (root / JOURNAL / "pending.json").unlink()
    verb = "completed" if done else "rolled back"
    files = ", ".join(c.path for c in changes) or "no files"
    return f"An interrupted {data['action'].get('kind', 'action')} was {verb} ({files})."
