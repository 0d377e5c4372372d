"""Where a turn reads the project from and how its plan becomes file writes.

The project's source files are the only truth, for every project: one Avery NXR generated and
any other Next.js App Router project alike. A turn reads the project from its code
(:mod:`app.scaffold.code.reader`) and every op is a surgical edit of source bytes
(:mod:`app.scaffold.code.codeops`), so a line the user wrote is never rewritten.

A project made by an earlier Avery NXR may still hold ``.nxr/site.json``, the site model those
versions rendered the files from. Nothing reads it now; the first turn that changes the project
removes it (journaled: undo brings it back), so no second truth is left to disagree with the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.scaffold import journal
from app.scaffold.plan import Plan
from app.scaffold.site import SITE_FILE, Site

LEGACY_NOTE = (f"{SITE_FILE} (from an earlier Avery NXR) is no longer read: the code is the truth, "
               "so it was removed with this turn (undo brings it back).")


@dataclass(frozen=True)
class Reading:
    """What a turn knows of the project before the model runs."""

    site: Site  # the view plan fitting and summaries use, derived from the code
    routes: list[str]  # the pages a plan may name
    files: list[str]  # the files a ``repair`` may name: those that do not parse


@dataclass
class Applied:
    """A plan made into writes; nothing is on disk yet."""

    writes: dict[str, bytes | None]  # path -> new bytes (None: delete)
    expected: dict[str, str | None]  # path -> hash the file had when the edit was computed (None: absent)
    summary: list[str]
    routes: list[str]
    expect: list[tuple[str, str]]  # (route, text the preview must show)
    declined: bool = False
    internal: set[str] = field(default_factory=set)  # our own state files among the writes
    notes: list[str] = field(default_factory=list)  # said with the turn, after what it did

    def expected_on(self, route: str) -> list[str]:
        return [text for r, text in self.expect if r == route]


class CodeSource:
    """A Next.js App Router project: read from its code, each op a surgical edit of source bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self) -> Reading:
        from app.scaffold.code.reader import read_project, site_view

        project = read_project(self.root)
        site = site_view(project)
        # A ``repair`` may name only a file that does not parse (it goes back to a version that does).
        broken = sorted({where.split(":", 1)[0] for where in project.problems})
        return Reading(site, [p.route for p in project.pages if p.editable], broken)

    def apply(self, plan: Plan, reading: Reading) -> Applied:
        from app.scaffold.code.codeops import apply_code_plan
        from app.scaffold.code.reader import read_project

        # Read again: what the user saved while the model generated is what the edit starts from.
        project = read_project(self.root)
        edit = apply_code_plan(project, plan)
        expected = {rel: _hash(old) for rel, old in edit.old.items()}
        # Summary lines are clauses the CLI and window join with "; ": no full stop of their own.
        summary = [line.rstrip(".") for line in edit.summary]
        out = Applied(dict(edit.files), expected, summary, edit.routes, edit.expect, edit.declined)
        if out.writes and (self.root / SITE_FILE).is_file():
            out.writes[SITE_FILE] = None
            out.expected[SITE_FILE] = journal.file_hash(self.root, SITE_FILE)
            out.internal.add(SITE_FILE)
            out.notes.append(LEGACY_NOTE)
        return out


def _hash(body: bytes | None) -> str | None:
    return None if body is None else journal.sha(body)


def open_source(root: Path) -> CodeSource:
    """The project's source of truth: its code."""
    return CodeSource(root)
