"""Hand edits survive a turn: a three-way merge of each generated file.

A turn renders the site model before (base: what we wrote last time) and after
(ours) the plan. The file on disk (theirs) may have been edited by hand since.
Writing ours whole would revert those edits, so each file is merged:

- theirs == base: nobody touched it, ours is written as it is;
- otherwise the base->ours change is applied to theirs, hunk by hunk (lines,
  ``difflib.SequenceMatcher``). A hunk applies when the base lines it replaces
  are still in theirs, unchanged and together (wherever the user's insertions
  and deletions above moved them); a pure insertion needs its gap intact, since
  a user line in the same gap leaves the order of the two undecided;
- one hunk that does not apply is a conflict, and then the turn writes nothing
  at all (a half-merged project is worse than none): the error names the file
  and the lines of the user's edit.

Lines are compared without their endings and theirs keeps its own (an editor
that saved the file with CRLF, or with a BOM, is not a conflict); our new lines
take the file's dominant ending. Work is on bytes, so a file saved in another
encoding is merged as well as compared, never decoded.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import HandEditConflictError, NxrError, describe_os_error
from app.scaffold.pathsafety import safe_target

BOM = b"\xef\xbb\xbf"
ADVICE = "Undo your edit or make the change by hand."


@dataclass(frozen=True)
class Clash:
    """Where the user's edit stands in the way: 1-based lines of the file on disk (last < first: a deletion)."""

    first: int
    last: int

    def lines(self) -> str:
        return f"line {self.first}" if self.last <= self.first else f"lines {self.first}-{self.last}"


class MergeConflict(Exception):
    """``merge_text`` could not place a hunk; ``clash`` says where the user's edit is."""

    def __init__(self, clash: Clash) -> None:
        super().__init__(clash.lines())
        self.clash = clash


@dataclass
class Merged:
    """What a turn writes once hand edits are merged, and which files kept edits."""

    writes: dict[str, bytes | None] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # written whole over a hand edit (a repair): undo has it


def _split(data: bytes) -> tuple[list[bytes], list[bytes]]:
    """Line contents (no ending) and their endings (b"\\n", b"\\r\\n", or b"" for a last line without one)."""
    parts = data.split(b"\n")
    tail = parts.pop()  # the text after the last newline: empty when the file ends with one
    lines, ends = [], []
    for part in parts:
        crlf = part.endswith(b"\r")
        lines.append(part[:-1] if crlf else part)
        ends.append(b"\r\n" if crlf else b"\n")
    if tail:
        lines.append(tail)
        ends.append(b"")
    return lines, ends


def _dominant(ends: list[bytes]) -> bytes:
    return b"\r\n" if ends.count(b"\r\n") > ends.count(b"\n") else b"\n"


def _clash(m: dict[int, int], prev: int) -> Clash:
    """The user's lines between base line ``prev`` (mapped) and the next mapped base line."""
    nxt = min(i for i in m if i > prev)
    first, last = m[prev] + 2, m[nxt]  # theirs lines m[prev]+1 .. m[nxt]-1, 1-based
    if last < first:  # the user deleted lines there: point at where they were
        return Clash(max(1, min(first, m[max(m)])), 0)  # m[max(m)]: the number of lines on disk
    return Clash(first, last)


def _place(m: dict[int, int], i1: int, i2: int) -> tuple[int, int]:
    """The span of theirs that base lines i1..i2 became; raises MergeConflict when they did not stay."""
    if i1 == i2:  # an insertion: the gap between base lines i1-1 and i1 must hold no user line
        if i1 - 1 in m and i1 in m and m[i1] == m[i1 - 1] + 1:
            return m[i1], m[i1]
        raise MergeConflict(_clash(m, max(i for i in m if i < i1)))
    for i in range(i1, i2):
        if i not in m:
            raise MergeConflict(_clash(m, max(k for k in m if k < i)))
        if i > i1 and m[i] != m[i - 1] + 1:
            raise MergeConflict(_clash(m, i - 1))
    return m[i1], m[i2 - 1] + 1


def merge_text(base: bytes, ours: bytes, theirs: bytes) -> bytes:
    """Apply the base->ours change to theirs; raises MergeConflict where a hunk meets the user's edit."""
    if theirs == base:
        return ours
    bom = BOM if theirs.startswith(BOM) and not base.startswith(BOM) else b""
    b_lines, _ = _split(base)
    o_lines, o_ends = _split(ours)
    t_lines, t_ends = _split(theirs[len(bom):])
    # base line -> theirs line, for lines the user left as they were; -1 and len(base) frame the file
    m = {-1: -1, len(b_lines): len(t_lines)}
    for blk in difflib.SequenceMatcher(None, b_lines, t_lines, autojunk=False).get_matching_blocks():
        m.update({blk.a + k: blk.b + k for k in range(blk.size)})
    eol = _dominant(t_ends) if t_ends else _dominant(o_ends)
    out: list[tuple[bytes, bytes]] = []
    cursor = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, b_lines, o_lines, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        start, end = _place(m, i1, i2)
        out += zip(t_lines[cursor:start], t_ends[cursor:start])
        out += [(o_lines[j], eol if o_ends[j] else b"") for j in range(j1, j2)]
        cursor = end
    out += zip(t_lines[cursor:], t_ends[cursor:])
    # A line without an ending (the old last line) that no longer ends the file needs one.
    body = b"".join(line + (end or (eol if n < len(out) - 1 else b"")) for n, (line, end) in enumerate(out))
    return bom + body


def _first_difference(base: bytes, theirs: bytes) -> int:
    """The 1-based line of theirs where it first differs from base."""
    b_lines, t_lines = _split(base)[0], _split(theirs.removeprefix(BOM))[0]
    n = next((k for k, (x, y) in enumerate(zip(b_lines, t_lines)) if x != y), min(len(b_lines), len(t_lines)))
    return max(1, min(n + 1, len(t_lines)))


def _read(root: Path, rel: str) -> bytes | None:
    try:
        return safe_target(root, rel, internal=True).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:  # a folder or an unreadable file where a generated file goes
        raise NxrError(f"Could not read {rel}: {describe_os_error(exc)}; nothing was written.") from exc


def merge_turn(root: Path, base_files: Mapping[str, str], writes: Mapping[str, bytes | None],
               whole: Set[str] = frozenset()) -> Merged:
    """The turn's writes with every hand edit on disk kept; raises HandEditConflictError, naming
    each file and line where a change meets an edit, when any file cannot be merged.

    ``base_files``: the render before the plan (what the disk holds when nobody edited it).
    ``whole``: paths written as they are (the site record, a repair, a file the plan writes itself).
    Files whose merge leaves them as they are on disk are left out of ``Merged.writes``."""
    merged = Merged()
    clauses: list[str] = []
    advice: list[str] = []
    for rel, ours in writes.items():
        base_text = base_files.get(rel)
        base = None if base_text is None else base_text.encode("utf-8")
        theirs = _read(root, rel)
        if rel in whole:
            merged.writes[rel] = ours
            if theirs not in (None, base, ours) and not rel.startswith(".nxr/"):
                merged.replaced.append(rel)
            continue
        if theirs == base or theirs == ours:
            if theirs != ours:
                merged.writes[rel] = ours
            continue
        if base is None:  # a file of the user's stands where the plan writes a new one
            clauses.append(f"{rel}: a file of yours is already there and this change writes it")
            advice.append("Move your file away or make the change by hand.")
        elif theirs is None:  # deleted by hand
            if ours != base:
                clauses.append(f"{rel}: you deleted this file and this change edits it")
                advice.append("Restore the file or make the change by hand.")
        elif ours is None:  # the plan removes a file the user edited
            line = _first_difference(base, theirs)
            clauses.append(f"{rel}: your edit at line {line} is in a file this change removes")
            advice.append(ADVICE)
        else:
            try:
                body = merge_text(base, ours, theirs)
            except MergeConflict as exc:
                clauses.append(f"{rel}: your edit at {exc.clash.lines()} is where this change goes")
                advice.append(ADVICE)
                continue
            if body != theirs:
                merged.writes[rel] = body
                merged.kept.append(rel)
    if clauses:
        raise HandEditConflictError("; ".join(clauses) + "; nothing was written. " + " ".join(dict.fromkeys(advice)))
    return merged
