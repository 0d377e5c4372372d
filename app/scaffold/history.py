"""Per-turn undo and redo, on Avery NXR's own snapshot store.

Why not a git commit per turn (as Dyad does)? The user's project may already
be a git repository with their own staging area, branches and hooks; commits
we did not ask for would pollute it, and a project may not use git at all.
Our store (`.nxr/objects`, content-addressed, plus `.nxr/history.json`) only
keeps the files a turn touched, costs a few KB per turn, and undo/redo are a
journaled write of those files.

Undo refuses to overwrite a file that changed since the turn (the user's
edits are never lost silently); it says which file.
"""

from __future__ import annotations

import difflib
import json
import re
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.errors import HistoryError, PathSafetyError, ProjectBusyError
from app.projectlock import DEFAULT_TIMEOUT_S, is_locked, project_lock
from app.scaffold import journal
from app.scaffold.journal import Change
from app.scaffold.pathsafety import check_relative
from app.scaffold.statefile import DAMAGE, damage, read_json
from app.textsafe import undecodable_byte

HISTORY = ".nxr/history.json"


@dataclass
class TurnRecord:
    id: str
    prompt: str
    plan: str
    summary: list[str]
    changes: list[Change]
    at: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%S"))
    # made though the app doubted it read the request right (``doubt``): the Turns list marks it after a restart too
    unsure: bool = False

    @property
    def files(self) -> list[str]:
        return [c.path for c in self.changes]


@dataclass
class History:
    turns: list[TurnRecord] = field(default_factory=list)
    position: int = 0  # turns[:position] are applied

    @property
    def can_undo(self) -> bool:
        return self.position > 0

    @property
    def can_redo(self) -> bool:
        return self.position < len(self.turns)


def load(root: Path) -> History:
    path = root / HISTORY
    if not path.exists():
        return History()
    try:
        return _parse(read_json(path))
    except DAMAGE as exc:
        raise HistoryError(f"The turn history {path} is damaged: {damage(exc)}",
                           hint="nothing was changed; restore .nxr/history.json from a backup, or move it "
                                "away to start a new history (the files stay as they are)") from exc


class _Damaged(ValueError):
    """A value of history.json has the wrong type or shape; the message says which."""


_DIGEST = re.compile(r"[0-9a-f]{64}")


def _kind(value: Any) -> str:
    if value is None:
        return "missing"
    names = {str: "text", bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise _Damaged(f"{where}.{key} is {_kind(value)}, not text")
    if undecodable_byte(value) is not None:  # a \udcxx escape: it could not be written back as UTF-8
        raise _Damaged(f"{where}.{key} is not valid Unicode text")
    return value


def _digest(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or (isinstance(value, str) and _DIGEST.fullmatch(value)):
        return value
    raise _Damaged(f"{where}.{key} is not a sha256 content hash")


def _change(data: Any, where: str) -> Change:
    if not isinstance(data, dict):
        raise _Damaged(f"{where} is {_kind(data)}, not an object")
    rel = _text(data, "path", where)
    try:
        check_relative(rel, internal=True)
    except PathSafetyError as exc:
        raise _Damaged(f"{where}.path: {exc.message}") from exc
    return Change(rel, _digest(data, "before", where), _digest(data, "after", where))


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key)
    if not isinstance(value, list):
        raise _Damaged(f"{where}.{key} is {_kind(value)}, not a list")
    return value


def _turn(data: Any, where: str) -> TurnRecord:
    if not isinstance(data, dict):
        raise _Damaged(f"{where} is {_kind(data)}, not an object")
    summary = _list(data, "summary", where)
    if not all(isinstance(line, str) and undecodable_byte(line) is None for line in summary):
        raise _Damaged(f"{where}.summary is not a list of texts")
    changes = [_change(c, f"{where}.changes[{i}]") for i, c in enumerate(_list(data, "changes", where))]
    unsure = data.get("unsure", False)  # absent in a history written before stop 66
    if not isinstance(unsure, bool):
        raise _Damaged(f"{where}.unsure is {_kind(unsure)}, not true or false")
    return TurnRecord(_text(data, "id", where), _text(data, "prompt", where), _text(data, "plan", where),
                      list(summary), changes, _text(data, "at", where), unsure)


def _parse(data: Any) -> History:
    """A History from history.json's JSON value, every field checked (_Damaged says what is wrong)."""
    if not isinstance(data, dict):
        raise _Damaged(f"the top level is {_kind(data)}, not an object")
    turns = [_turn(t, f"turns[{i}]") for i, t in enumerate(_list(data, "turns", "history"))]
    position = data.get("position")
    if not isinstance(position, int) or isinstance(position, bool):
        raise _Damaged(f"position is {_kind(position)}, not a whole number")
    if not 0 <= position <= len(turns):
        raise _Damaged(f"position {position} is outside 0..{len(turns)} (there are {len(turns)} turns)")
    return History(turns, position)


def save(root: Path, history: History) -> None:
    data = {"position": history.position, "turns": [asdict(t) for t in history.turns]}
    journal.atomic_write(root / HISTORY, json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8"))


def _finished(root: Path, action: dict[str, Any]) -> bool:
    h = load(root)
    if action["kind"] == "turn":
        return any(t.id == action["turn"] for t in h.turns[: h.position])
    return bool(h.position == action["position"])


def _recover_locked(root: Path) -> str | None:
    # A crash inside atomic_write of our own metadata leaves a temp file beside it.
    for folder in (root / journal.NXR_DIR, root / journal.JOURNAL):
        if folder.is_dir():
            for stray in folder.glob(".*.nxr-tmp"):
                stray.unlink(missing_ok=True)
    return journal.resolve_pending(root, lambda action: _finished(root, action))


def interrupted(root: Path) -> bool:
    """True when a dead process left an action half done (a journal nobody holds the lock for)."""
    return journal.has_pending(root) and not is_locked(root)


def recover(root: Path) -> str | None:
    """Completes or rolls back an action a crash interrupted; None when there was none.

    Only under the writer lock: while another process holds it, the journal is that live
    writer's, and it finishes its own action (nothing is waited for, nothing written)."""
    if not journal.has_pending(root):
        return None
    try:
        with project_lock(root, "an interrupted action is being recovered", timeout=0):
            return _recover_locked(root)
    except ProjectBusyError:
        return None


@contextmanager
def _writing(root: Path, purpose: str, timeout: float, notes: list[str] | None) -> Iterator[None]:
    """The writer lock for one action; an action a dead writer left half done is settled first."""
    with project_lock(root, purpose, timeout):
        note = _recover_locked(root)
        if note and notes is not None:
            notes.append(note)
        yield


def record_turn(
    root: Path,
    writes: Mapping[str, bytes | None],
    prompt: str,
    plan: str,
    summary: list[str],
    expected: Mapping[str, str | None] | None = None,
    internal: set[str] | None = None,
    lock_timeout: float = DEFAULT_TIMEOUT_S,
    notes: list[str] | None = None,
    unsure: bool = False,
) -> TurnRecord:
    """Apply a turn's writes crash-safely and push it on the history (dropping the redo tail).

    Holds the writer lock only for the write: ``expected`` (what the turn read before the
    model generated) is checked again under it. ``notes`` receives what recovery did."""
    with _writing(root, "a turn is being applied", lock_timeout, notes):
        if expected:
            journal.verify_unchanged(root, expected, "while the turn was generated")
        try:
            changes = journal.plan_changes(root, writes, internal)
        except OSError as exc:
            raise journal.write_failure(exc, "the project is unchanged") from None
        turn = TurnRecord(uuid.uuid4().hex[:12], prompt, plan, summary, changes, unsure=unsure)
        history = load(root)

        def record() -> None:
            history.turns = history.turns[: history.position] + [turn]
            history.position = len(history.turns)
            save(root, history)

        journal.commit(root, changes, {"kind": "turn", "turn": turn.id}, record)
        return turn


def _check_state(root: Path, turn: TurnRecord, side: str, verb: str) -> None:
    for c in turn.changes:
        want = c.after if side == "after" else c.before
        if journal.file_hash(root, c.path) != want:
            raise HistoryError(
                f"Cannot {verb}: {c.path} changed since that turn (edited outside Avery NXR?).",
                hint=f"nothing was changed; revert your edit to {c.path} first, or keep working from here",
            )


def undo(root: Path, lock_timeout: float = DEFAULT_TIMEOUT_S, notes: list[str] | None = None) -> TurnRecord:
    with _writing(root, "an undo is being applied", lock_timeout, notes):
        history = load(root)
        if not history.can_undo:
            raise HistoryError("Nothing to undo.")
        turn = history.turns[history.position - 1]
        _check_state(root, turn, "after", "undo")

        def record() -> None:
            history.position -= 1
            save(root, history)

        journal.commit(root, turn.changes, {"kind": "undo", "turn": turn.id, "position": history.position - 1},
                       record, direction="backward")
        return turn


def redo(root: Path, lock_timeout: float = DEFAULT_TIMEOUT_S, notes: list[str] | None = None) -> TurnRecord:
    with _writing(root, "a redo is being applied", lock_timeout, notes):
        history = load(root)
        if not history.can_redo:
            raise HistoryError("Nothing to redo.")
        turn = history.turns[history.position]
        _check_state(root, turn, "before", "redo")

        def record() -> None:
            history.position += 1
            save(root, history)

        journal.commit(root, turn.changes, {"kind": "redo", "turn": turn.id, "position": history.position + 1},
                       record)
        return turn


def last_version(root: Path, rel: str, accept: Callable[[bytes], bool]) -> tuple[str, bytes] | None:
    """The newest version of ``rel`` a turn left (or the one before the first turn that touched
    it) that ``accept`` takes, with when it was: "turn 3" or "before turn 1". Only applied turns."""
    try:
        history = load(root)
    except HistoryError:
        return None  # a damaged history is said by the command that loads it
    for number in range(history.position, 0, -1):
        for change in history.turns[number - 1].changes:
            if change.path != rel:
                continue
            for digest, when in ((change.after, f"turn {number}"), (change.before, f"before turn {number}")):
                if digest is None:
                    continue
                try:
                    body = journal.read_blob(root, digest)
                except HistoryError:
                    continue
                if accept(body):
                    return when, body
    return None


def diff(root: Path, turn: TurnRecord) -> str:
    """A unified diff of everything the turn changed."""
    out: list[str] = []
    for c in turn.changes:
        old = journal.read_blob(root, c.before).decode("utf-8", "replace") if c.before else ""
        new = journal.read_blob(root, c.after).decode("utf-8", "replace") if c.after else ""
        out.extend(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=f"a/{c.path}" if c.before else "/dev/null",
                                        tofile=f"b/{c.path}" if c.after else "/dev/null"))
    return "".join(out)
