"""Crash-safe multi-file writes: blobs first, a journal, atomic renames, then commit.

1. Every before/after content is stored in ``.nxr/objects/<sha256>`` (content-addressed).
2. A journal naming every change and the history state it leads to is written and fsynced.
3. Each file is written to a temp file in its folder and renamed over the target
   (deletions unlink); empty folders left by deletions are removed.
4. The caller records the history; then the journal is deleted (the commit point).

Every step runs under the project's writer lock (:mod:`app.projectlock`). If the
process dies anywhere in between, the next writer to take the lock finds the
journal and puts every file back to its *before* state, unless the history
already records the action, in which case it finishes it. Either way the project
is never left between two states; a journal nobody holds the lock for is a dead
process's, never a live writer's.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.atomicfile import atomic_write as atomic_write  # re-exported: history writes its metadata with it
from app.atomicfile import fsync_dir as _fsync_dir
from app.errors import ConcurrentEditError, HistoryError, PathSafetyError, WriteFailedError
from app.scaffold.pathsafety import check_size, safe_target

NXR_DIR = ".nxr"
OBJECTS = f"{NXR_DIR}/objects"
JOURNAL = f"{NXR_DIR}/journal"
PENDING = f"{JOURNAL}/pending.json"


@dataclass(frozen=True)
class Change:
    path: str
    before: str | None  # sha256 of the old content, None if the file did not exist
    after: str | None  # sha256 of the new content, None if the file is deleted


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


def write_failure(exc: OSError, outcome: str) -> WriteFailedError:
    """The file system's refusal in words, saying what became of the project (``outcome``)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        cause = "the disk is full"
    else:
        cause = f"the file system refused a write ({exc.strerror or exc})"
    where = f" writing {exc.filename}" if exc.filename else ""
    return WriteFailedError(f"Could not change the project:{where} {cause}; {outcome}.",
                            hint="free some space, then try again" if cause == "the disk is full" else None)


def _targets(changes: list[Change], forward: bool) -> list[tuple[str, str | None]]:
    return [(c.path, c.after if forward else c.before) for c in changes]


def check_blobs(root: Path, changes: list[Change], forward: bool) -> None:
    """Every stored content the step will write is there and intact: checked before the first write."""
    for rel, digest in _targets(changes, forward):
        if digest is not None:
            try:
                read_blob(root, digest)
            except HistoryError as exc:
                raise HistoryError(f"{exc.message} It holds {rel} for this step, so nothing was changed.",
                                   hint="the files stay as they are; keep working from here") from exc


def commit(
    root: Path,
    changes: list[Change],
    action: dict[str, Any],
    record: Callable[[], None],
    direction: str = "forward",
) -> None:
    """Apply ``changes`` (or their reverse) crash-safely; ``record()`` updates the history.

    The caller holds the project's writer lock (:mod:`app.projectlock`)."""
    journal = root / PENDING
    if journal.exists():
        raise HistoryError("An earlier action did not finish and could not be settled; nothing was changed.")
    forward = direction == "forward"
    check_blobs(root, changes, forward)
    try:
        atomic_write(journal, json.dumps({"action": action, "direction": direction,
                                          "changes": [asdict(c) for c in changes]}, indent=1).encode())
    except OSError as exc:
        raise write_failure(exc, "the project is unchanged") from None
    try:
        for rel, digest in _targets(changes, forward):
            _put(root, rel, digest)
        record()
    except OSError as exc:
        raise _put_back(root, changes, forward, exc) from None
    journal.unlink()
    _fsync_dir(journal.parent)


def _put_back(root: Path, changes: list[Change], forward: bool, exc: OSError) -> WriteFailedError:
    """After a failed write: every file back as it was, and the journal gone; or, when that fails
    too (a full disk), the journal kept so that the next writer finishes the roll-back."""
    try:
        # Deletions first: on a full disk they free the space the rewrites need.
        for rel, digest in sorted(_targets(changes, not forward), key=lambda t: t[1] is not None):
            _remove_temp_files(root, rel)
            _put(root, rel, digest)
        (root / PENDING).unlink()
    except OSError:
        return write_failure(exc, "putting the files back failed as well, so the next command that writes "
                                  "to the project finishes putting them back")
    return write_failure(exc, "the project is unchanged (every file was put back as it was)")


@dataclass(frozen=True)
class Pending:
    """An action a journal says was under way: its history entry, direction and files."""

    action: dict[str, Any]
    forward: bool
    changes: list[Change]


def has_pending(root: Path) -> bool:
    return (root / PENDING).exists()


def _digest(value: Any) -> bool:
    return value is None or (isinstance(value, str) and len(value) == 64
                             and all(ch in "0123456789abcdef" for ch in value))


def _parse(root: Path, raw: bytes) -> Pending:
    """The journal's action, or ValueError saying in words what is wrong with it."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"it is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"it holds a JSON {type(data).__name__}, not an object")
    action, direction, changes = data.get("action"), data.get("direction", "forward"), data.get("changes")
    if not isinstance(action, dict) or action.get("kind") not in ("turn", "undo", "redo"):
        raise ValueError("it names no turn, undo or redo")
    if action["kind"] == "turn" and not isinstance(action.get("turn"), str):
        raise ValueError("its turn has no id")
    if action["kind"] != "turn" and (not isinstance(action.get("position"), int)
                                     or isinstance(action.get("position"), bool)):
        raise ValueError(f"its {action['kind']} has no history position")
    if direction not in ("forward", "backward"):
        raise ValueError(f"its direction {direction!r} is neither forward nor backward")
    if not isinstance(changes, list):
        raise ValueError("its list of changes is not a list")
    out = []
    for c in changes:
        if not isinstance(c, dict) or set(c) != {"path", "before", "after"} or not isinstance(c["path"], str) \
                or not _digest(c["before"]) or not _digest(c["after"]):
            raise ValueError(f"a change in it is not a path with two contents: {str(c)[:80]}")
        try:
            safe_target(root, c["path"], internal=True)
        except PathSafetyError as exc:
            raise ValueError(exc.message) from None
        out.append(Change(c["path"], c["before"], c["after"]))
    return Pending(action, direction == "forward", out)


def _set_aside(root: Path, why: str, files: str = "") -> str:
    """Move a journal that cannot be acted on out of the way, so it never blocks the project."""
    journal = root / PENDING
    stamp = time.strftime("%Y%m%d-%H%M%S")
    dest = journal.with_name(f"set-aside-{stamp}-{os.getpid()}.json")
    os.replace(journal, dest)
    _fsync_dir(journal.parent)
    where = dest.relative_to(root).as_posix()
    text = f"The journal of an interrupted action ({PENDING}) {why}; it was moved to {where} and no file was changed."
    if files:
        text += f" Check {files}: they may hold a mix of the two states."
    return text


def resolve_pending(root: Path, finished: Callable[[dict[str, Any]], bool]) -> str | None:
    """Finish or roll back an interrupted action. Returns what was done, for the user.

    The caller holds the project's writer lock, so the journal is a dead process's, never a
    live writer's. A journal that cannot be understood is moved aside, and nothing is written."""
    journal = root / PENDING
    try:
        raw = journal.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _set_aside(root, f"cannot be read ({exc.strerror or exc})")
    try:
        data = _parse(root, raw)
    except ValueError as exc:
        return _set_aside(root, f"could not be understood: {exc}")
    done = finished(data.action)
    forward = data.forward == done  # completing a forward action, or rolling back a backward one
    files = ", ".join(c.path for c in data.changes) or "no files"
    try:
        check_blobs(root, data.changes, forward)
    except HistoryError as exc:
        return _set_aside(root, f"could not be {'completed' if done else 'rolled back'}: {exc.message}", files)
    for rel, digest in _targets(data.changes, forward):
        _remove_temp_files(root, rel)
        _put(root, rel, digest)
    journal.unlink()
    _fsync_dir(journal.parent)
    verb = "completed" if done else "rolled back"
    return f"An interrupted {data.action['kind']} was {verb} ({files})."
