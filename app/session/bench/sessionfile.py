"""Session files: the scripted sessions the session benchmark plays (``nxr bench``).

A ``.json`` file holds one session object or a list of them::

    {"name": "bakery",
     "turns": [{"prompt": "...", "retries": ["another phrasing"],
                "checks": [{"kind": "http", "path": "/", "status": 200, "contains": ["Rosie's Bakes"]}]}],
     "final_checks": [{"kind": "typecheck"}, {"kind": "build"}]}

A ``.jsonl`` file is a *session set*: its first line is a header saying how and when
the set was written (``{"set": "u1", "written": "2026-11-30", "how": "..."}``), each
further line one session.

Every model forbids unknown fields, and ``kind`` picks the check model, so a typo
(``"contain"``, ``"kind": "htp"``) is a clear :class:`SessionFileError`, never a
check that silently passes.

A session starts from a new project (``nxr new``) unless it names one: ``"project": DIR``
(a session's field; in a ``.jsonl`` set the header's ``"project"`` applies to every
session that names none) is a Next.js project folder, relative to the session file, that
each run copies afresh (:mod:`app.session.bench.workspace`). It is checked when the file
is read: a missing folder, or one that is not a Next.js App Router project, is a
:class:`SessionFileError` naming the session and the folder.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.errors import NotANextProjectError, SessionFileError
from app.scaffold.project import open_project

UrlPath = Annotated[str, Field(pattern=r"^/[^\s]*$", max_length=200)]
Needle = Annotated[str, Field(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HttpCheck(_Strict):
    """GET ``path`` on the preview: its status, and case-insensitive substrings of its visible text."""

    kind: Literal["http"]
    path: UrlPath
    status: int = Field(default=200, ge=100, le=599)
    contains: list[Needle] = Field(default_factory=list)
    not_contains: list[Needle] = Field(default_factory=list)


class FileCheck(_Strict):
    """A project file exists (or not) and holds (case-insensitive) substrings."""

    kind: Literal["file"]
    path: Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^/\\][^\\]*$")]
    exists: bool = True
    contains: list[Needle] = Field(default_factory=list)
    not_contains: list[Needle] = Field(default_factory=list)


class TypecheckCheck(_Strict):
    """``tsc --noEmit`` passes in the project."""

    kind: Literal["typecheck"]


class BuildCheck(_Strict):
    """``next build`` passes in the project."""

    kind: Literal["build"]


class OutcomeCheck(_Strict):
    """What the turn did: ``applied`` passes when it changed files; ``declined`` when it wrote
    nothing and said why it could not (an error, a crash or an invalid plan is neither)."""

    kind: Literal["outcome"]
    expect: Literal["applied", "declined"]


Check = Annotated[Union[HttpCheck, FileCheck, TypecheckCheck, BuildCheck, OutcomeCheck], Field(discriminator="kind")]


MAX_PROMPT_CHARS = 1000


class Step(_Strict):
    """One thing the user wants: a first phrasing, rephrasings to try if it fails, and its checks."""

    # The window takes a prompt of any length; people's first messages run past 500 characters (585 in u74).
    prompt: Annotated[str, Field(min_length=1, max_length=MAX_PROMPT_CHARS)]
    retries: list[Annotated[str, Field(min_length=1, max_length=MAX_PROMPT_CHARS)]] = Field(default_factory=list, max_length=5)
    checks: list[Check] = Field(min_length=1)

    @property
    def phrasings(self) -> list[str]:
        return [self.prompt, *self.retries]

    @property
    def expects_decline(self) -> bool:
        return any(isinstance(c, OutcomeCheck) and c.expect == "declined" for c in self.checks)


class Session(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=80)]
    site_name: Annotated[str, Field(min_length=1, max_length=80)] = "My Site"
    turns: list[Step] = Field(min_length=1, max_length=30)
    final_checks: list[Check] = Field(default_factory=list)
    # The folder to start from instead of a new project; absolute once the file is loaded.
    project: Annotated[str, Field(min_length=1, max_length=1000)] | None = None

    @property
    def project_dir(self) -> Path | None:
        return Path(self.project) if self.project is not None else None


class _File(BaseModel):
    sessions: list[Session]


def _describe(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors()[:8]:
        loc = ".".join(str(p) for p in err["loc"] if p not in ("sessions",))
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
        elif err["type"] == "union_tag_invalid":
            msg = "unknown check kind " + repr(err.get("input", {}).get("kind") if isinstance(err.get("input"), dict)
                                             else err.get("input")) + " (expected http, file, typecheck, build or outcome)"
        lines.append(f"  {loc or '(top)'}: {msg}")
    more = len(exc.errors()) - 8
    if more > 0:
        lines.append(f"  ... and {more} more")
    return "\n".join(lines)


def parse_sessions(data: object, source: str = "<data>", *, base: Path | None = None,
                   default_project: str | None = None) -> list[Session]:
    """Sessions from already-decoded JSON (one object or a list of them). A ``project`` is
    resolved against ``base`` (the session file's folder; the working folder when None) and
    checked; ``default_project`` is the one for sessions that name none (a set's header)."""
    items = data if isinstance(data, list) else [data]
    if not items:
        raise SessionFileError(f"{source} holds no sessions (an empty list).")
    try:
        sessions = _File.model_validate({"sessions": items}).sessions
    except ValidationError as exc:
        raise SessionFileError(
            f"{source} is not a valid session file:\n{_describe(exc)}",
            hint="see bench/sessions/*.json for the format",
        ) from exc
    resolved: dict[str, str] = {}  # one check per folder, however many sessions share it
    out: list[Session] = []
    for session in sessions:
        written = session.project if session.project is not None else default_project
        if written is None:
            out.append(session)
            continue
        if written not in resolved:
            resolved[written] = str(_project_folder(written, base, source, session.name))
        out.append(session.model_copy(update={"project": resolved[written]}))
    return out


def _project_folder(written: str, base: Path | None, source: str, name: str) -> Path:
    """``written`` made absolute against ``base``; SessionFileError unless it is a Next.js project."""
    folder = (base or Path.cwd()) / Path(written).expanduser()
    where = f"{source}, session '{name}': \"project\": {written!r}"
    hint = "name a Next.js App Router project folder, relative to the session file"
    try:
        exists = folder.is_dir()
    except OSError as exc:
        raise SessionFileError(f"{where} cannot be read: {exc.strerror or exc}.", hint=hint) from exc
    if not exists:
        what = "is not a folder" if folder.exists() else "does not exist"
        raise SessionFileError(f"{where}: {folder} {what}.", hint=hint)
    try:
        return open_project(folder).root
    except NotANextProjectError as exc:
        raise SessionFileError(f"{where}: {exc.message.rstrip('.')}.", hint=hint) from exc


def load_session_file(path: Path) -> list[Session]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SessionFileError(f"Cannot read the session file {path}: {exc.strerror or exc}") from exc
    base = path.resolve().parent
    if path.suffix == ".jsonl":
        header, rows = split_set(text, path)
        project = header.get("project")
        if project is not None and not (isinstance(project, str) and project.strip()):
            raise SessionFileError(f"{path}: the header's \"project\" must be a folder name (a non-empty string).")
        return parse_sessions(rows, str(path), base=base, default_project=project if isinstance(project, str) else None)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SessionFileError(f"{path} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).") from exc
    return parse_sessions(data, str(path), base=base)


def split_set(text: str, path: Path) -> tuple[dict[str, object], list[object]]:
    """A ``.jsonl`` set (session sets here, the plan evals in ``bench/plans/data``): its header
    record, checked for ``set``, ``written`` and ``how``, and its other lines, decoded."""
    rows: list[object] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SessionFileError(f"{path} line {number} is not valid JSON: {exc.msg}.") from exc
    header = rows[0] if rows else None
    if not (isinstance(header, dict) and {"set", "written", "how"} <= header.keys()):
        raise SessionFileError(f"{path} must start with a header line: "
                               '{"set": NAME, "written": DATE, "how": "who wrote it, told what"}.')
    return header, rows[1:]


def load_sessions(paths: Sequence[Path]) -> list[Session]:
    """Every session of every file, in order; duplicate names are an error (the report is keyed by name)."""
    sessions: list[Session] = []
    for path in paths:
        sessions += load_session_file(path)
    seen: set[str] = set()
    for s in sessions:
        if s.name in seen:
            raise SessionFileError(f"Two sessions are named '{s.name}'; session names must be unique.")
        seen.add(s.name)
    return sessions
