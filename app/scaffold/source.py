"""Where a turn reads the project from and how its plan becomes file writes.

Two kinds of project, one interface, so the turn loop has no branch on them:

- :class:`CodeSource`, any Next.js App Router project: the source files are the truth.
  The project is read from its code (:mod:`app.scaffold.code.reader`) and every op is a
  surgical edit of source bytes (:mod:`app.scaffold.code.codeops`).
- :class:`ModelSource`, a project Avery NXR generated (``.nxr/site.json``): the plan edits
  the site model, the renderer writes the files, and a three-way merge keeps every hand
  edit made since (:mod:`app.scaffold.merge`).

Both give the same two things: a :class:`Reading` before the model runs (the site view
that fitting and the grammar need, and the routes) and an :class:`Applied` after (the
writes, what to say, what the preview must show).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.scaffold import journal
from app.scaffold.edit import apply_plan
from app.scaffold.merge import merge_turn
from app.scaffold.plan import Plan, Repair
from app.scaffold.render import render_site
from app.scaffold.site import SITE_FILE, Site, load_site


@dataclass(frozen=True)
class Reading:
    """What a turn knows of the project before the model runs."""

    site: Site  # the view plan fitting and summaries use (derived from code for a CodeSource)
    routes: list[str]  # the pages a plan may name
    files: list[str]  # the files a ``repair`` may name


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
    kept: list[str] = field(default_factory=list)  # files whose hand edits were merged around
    replaced: list[str] = field(default_factory=list)  # files whose hand edits a whole write replaced

    def expected_on(self, route: str) -> list[str]:
        return [text for r, text in self.expect if r == route]


class Source(Protocol):
    root: Path

    def read(self) -> Reading: ...

    def apply(self, plan: Plan, reading: Reading) -> Applied: ...


class ModelSource:
    """A generated project: plan -> site model -> render -> merge with the disk."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._base: dict[str, str] = {}
        self._expected: dict[str, str | None] = {}

    def read(self) -> Reading:
        site = load_site(self.root)
        self._base = render_site(site)
        # The hashes the files had when the turn began: a write is refused if they change meanwhile.
        self._expected = {rel: journal.file_hash(self.root, rel) for rel in self._base}
        files = [rel for rel in self._base if not rel.startswith(".nxr/")]
        return Reading(site, [p.route for p in site.pages], files)

    def apply(self, plan: Plan, reading: Reading) -> Applied:
        edit = apply_plan(reading.site, plan)
        out = Applied({}, dict(self._expected), edit.summary, edit.routes, edit.expect, edit.declined, {SITE_FILE})
        if edit.declined and len(plan.ops) == 1:
            return out
        new_files = render_site(edit.site)
        writes: dict[str, bytes | None] = {rel: None for rel in self._base if rel not in new_files}
        writes.update({rel: body.encode("utf-8") for rel, body in new_files.items()})
        writes.update({rel: None if body is None else body.encode("utf-8") for rel, body in edit.files.items()})
        # Hand edits made since our last render are merged, never reverted: the site record, a
        # repaired file and the files the plan writes itself are the only ones written whole.
        whole = {SITE_FILE, *edit.files, *(op.path for op in plan.ops if isinstance(op, Repair))}
        merged = merge_turn(self.root, self._base, writes, whole)
        out.writes, out.kept, out.replaced = merged.writes, merged.kept, merged.replaced
        return out


class CodeSource:
    """Any App Router project: read from its code, each op a surgical edit of source bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self) -> Reading:
        from app.scaffold.code.reader import read_project, site_view

        project = read_project(self.root)
        site = site_view(project)
        return Reading(site, [p.route for p in project.pages if p.editable], [])

    def apply(self, plan: Plan, reading: Reading) -> Applied:
        from app.scaffold.code.codeops import apply_code_plan
        from app.scaffold.code.reader import read_project

        # Read again: what the user saved while the model generated is what the edit starts from.
        project = read_project(self.root)
        edit = apply_code_plan(project, plan)
        expected = {rel: _hash(old) for rel, old in edit.old.items()}
        # Summary lines are clauses the CLI and window join with "; ": no full stop of their own.
        summary = [line.rstrip(".") for line in edit.summary]
        return Applied(dict(edit.files), expected, summary, edit.routes, edit.expect, edit.declined)


def _hash(body: bytes | None) -> str | None:
    return None if body is None else journal.sha(body)


def open_source(root: Path) -> Source:
    """The project's source of truth: its site model when Avery NXR generated it, else its code."""
    if (root / SITE_FILE).exists():
        return ModelSource(root)
    return CodeSource(root)

