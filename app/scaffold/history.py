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
import time
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.errors import HistoryError
from app.scaffold import journal
from app.scaffold.journal import Change

HISTORY = ".nxr/history.json"


@dataclass
class TurnRecord:
    id: str
    prompt: str
    plan: str
    summary: list[str]
    changes: list[Change]
    at: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%S"))

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
        data = json.loads(path.read_text(encoding="utf-8"))
        turns = [TurnRecord(**{**t, "changes": [Change(**c) for c in t["changes"]]}) for t in data["turns"]]
        return History(turns, int(data["position"]))
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise HistoryError(f"The turn history {path} is damaged: {exc}") from exc


def save(root: Path, history: History) -> None:
    data = {"position": history.position, "turns": [asdict(t) for t in history.turns]}
    journal.atomic_write(root / HISTORY, json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8"))


def _finished(root: Path, action: dict[str, Any]) -> bool:
    h = load(root)
    if action["kind"] == "turn":
        return any(t.id == action["turn"] for t in h.turns[: h.position])
    return bool(h.position == action["position"])


def recover(root: Path) -> str | None:
    """Run on every open: completes or rolls back an action a crash interrupted."""
    # A crash inside atomic_write of our own metadata leaves a temp file beside it.
    for folder in (root / journal.NXR_DIR, root / journal.JOURNAL):
        if folder.is_dir():
            for stray in folder.glob(".*.nxr-tmp"):
                stray.unlink(missing_ok=True)
    return journal.resolve_pending(root, lambda action: _finished(root, action))


def record_turn(
    root: Path,
    writes: Mapping[str, bytes | None],
    prompt: str,
    plan: str,
    summary: list[str],
    expected: Mapping[str, str | None] | None = None,
    internal: set[str] | None = None,
) -> TurnRecord:
    """Apply a turn's writes crash-safely and push it on the history (dropping the redo tail)."""
    if expected:
        journal.verify_unchanged(root, expected, "while the turn was generated")
    changes = journal.plan_changes(root, writes, internal)
    turn = TurnRecord(uuid.uuid4().hex[:12], prompt, plan, summary, changes)
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


def undo(root: Path) -> TurnRecord:
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


def redo(root: Path) -> TurnRecord:
    history = load(root)
    if not history.can_redo:
        raise HistoryError("Nothing to redo.")
    turn = history.turns[history.position]
    _check_state(root, turn, "before", "redo")

    def record() -> None:
        history.position += 1
        save(root, history)

    journal.commit(root, turn.changes, {"kind": "redo", "turn": turn.id, "position": history.position + 1}, record)
    return turn


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
