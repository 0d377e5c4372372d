"""The rows of a session's turn list: every turn in the history plus the attempts that wrote nothing.

The window's Turns list and its latency chart number turns the same way, from these rows.
An attempt that wrote nothing (cancelled, rejected, declined, ...) is not in the project's
history; it is shown after the applied turn it was tried on top of (its *anchor*).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Shown:
    """How the window marks a turn's outcome: a turn that changed nothing, or was cancelled, is
    not a failure, and an honest "I can't" is not an error."""

    mark: str
    level: str  # the message bar's level: "info", "warning" or "error"; "" for a turn that wrote


SHOWN = {
    "applied": Shown("✓", ""),
    "undone": Shown("↶", ""),
    "unchanged": Shown("○", "info"),
    "cancelled": Shown("○", "info"),
    "declined": Shown("⊘", "warning"),
}
FAILED_SHOWN = Shown("✗", "error")
UNSURE_MARK = "✓? unsure:"  # a turn made though the doubt gate flagged it: the Turns list and the output


def shown(outcome: str) -> Shown:
    """The mark and level of ``outcome`` (an error of any kind: ✗)."""
    return SHOWN.get(outcome, FAILED_SHOWN)


@dataclass(frozen=True)
class Attempt:
    """One prompt of this session that wrote nothing, and where it happened."""

    result_index: int  # index into the session's results
    anchor: str | None  # id of the last applied history turn when it was sent (None: before any)
    prompt: str
    outcome: str
    message: str


@dataclass(frozen=True)
class TurnRow:
    number: int
    prompt: str
    state: str  # "applied", "undone", or the outcome of an attempt that wrote nothing
    detail: str  # what the turn did, or why it did nothing
    turn_id: str | None = None
    at: str = ""
    files: list[str] = field(default_factory=list)
    result_index: int | None = None
    unsure: bool = False  # made, but the doubt gate flagged it: marked UNSURE_MARK, not "✓"

    @property
    def wrote(self) -> bool:
        return self.state in ("applied", "undone")


def anchor_of(history: Any) -> str | None:
    """The id of the last applied turn of a ``history.History`` (what a new attempt sits on)."""
    applied = history.turns[: history.position]
    return str(applied[-1].id) if applied else None


def turn_rows(history: Any, attempts: Sequence[Attempt], results: Sequence[Any] = ()) -> list[TurnRow]:
    """History turns in order, each followed by the attempts anchored on it, numbered from 1.

    ``results`` (the session's ``TurnResult`` list) links an applied turn to its timings.
    """
    by_turn = {r.turn_id: i for i, r in enumerate(results) if getattr(r, "turn_id", None)}
    ids = {t.id for t in history.turns}
    rows: list[TurnRow] = []

    def add_attempts(anchor: str | None) -> None:
        for a in attempts:
            if a.anchor == anchor:
                rows.append(TurnRow(len(rows) + 1, a.prompt, a.outcome, a.message, result_index=a.result_index))

    add_attempts(None)
    for n, turn in enumerate(history.turns):
        index = by_turn.get(turn.id)
        unsure = bool(getattr(turn, "unsure", False)) or index is not None and bool(getattr(results[index], "flagged", False))  # recorded, or this session's
        rows.append(TurnRow(len(rows) + 1, turn.prompt, "applied" if n < history.position else "undone",
                            "; ".join(turn.summary), turn.id, turn.at, list(turn.files), index, unsure))
        add_attempts(turn.id)
    for a in attempts:  # anchored on a turn the history no longer has (dropped from the redo tail)
        if a.anchor is not None and a.anchor not in ids:
            rows.append(TurnRow(len(rows) + 1, a.prompt, a.outcome, a.message, result_index=a.result_index))
    return rows


def chart_labels(rows: Sequence[TurnRow], result_count: int) -> list[str]:
    """One unique axis label per session result: its row number, with its outcome's mark when it
    wrote nothing (``shown``)."""
    labels: list[str | None] = [None] * result_count
    for row in rows:
        if row.result_index is not None and 0 <= row.result_index < result_count:
            labels[row.result_index] = f"{row.number}" if row.wrote else f"{row.number} {shown(row.state).mark}"
    dropped = 0
    out = []
    for label in labels:
        if label is None:  # applied, undone, then dropped from the history by a newer turn
            dropped += 1
            label = "undone" if dropped == 1 else f"undone {dropped}"
        out.append(label)
    return out


def human_time(at: str, now: dt.datetime | None = None) -> str:
    """``2026-03-04T14:03:09`` -> "today 14:03", "yesterday 14:03", "Tue 14:03", "4 Mar 2026 14:03"."""
    try:
        when = dt.datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return at or "–"
    now = now or dt.datetime.now()
    days = (now.date() - when.date()).days
    clock = when.strftime("%H:%M")
    if days == 0:
        return f"today {clock}"
    if days == 1:
        return f"yesterday {clock}"
    if 1 < days < 7:
        return f"{when.strftime('%a')} {clock}"
    return f"{when.day} {when.strftime('%b %Y')} {clock}"
