"""Running a session file's checks against a project and its preview.

``http`` polls the route (a new route answers 404 for a moment, an edit shows ~0.1 s
after the write) until it passes or ``poll_s`` runs out; ``file`` reads the project;
``typecheck`` and ``build`` run the project's own TypeScript and Next.js with node.
What a check needs from the outside world is a :class:`CheckEnv`, so the checks run
unchanged against a tiny test server and temp files.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from app.errors import NxrError
from app.preview.text import visible_text
from app.session.bench.sessionfile import BuildCheck, Check, FileCheck, HttpCheck, OutcomeCheck, TypecheckCheck

HTTP_POLL_S = 3.0
POLL_INTERVAL_S = 0.05
TYPECHECK_TIMEOUT_S = 120.0
BUILD_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class CheckResult:
    kind: str
    target: str
    passed: bool
    detail: str
    ms: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class CheckEnv(Protocol):
    """What checks need: the project folder, GETs on its preview, and node tools."""

    @property
    def root(self) -> Path: ...

    def fetch(self, path: str, timeout: float) -> tuple[int, str]: ...

    def typecheck(self, timeout: float) -> tuple[bool, str]: ...

    def build(self, timeout: float) -> tuple[bool, str]: ...


def _missing(text: str, contains: Sequence[str], not_contains: Sequence[str]) -> list[str]:
    folded = text.casefold()
    out = [f"missing {c!r}" for c in contains if c.casefold() not in folded]
    out += [f"still shows {c!r}" for c in not_contains if c.casefold() in folded]
    return out


def check_http(check: HttpCheck, env: CheckEnv, poll_s: float = HTTP_POLL_S) -> tuple[bool, str]:
    deadline = time.monotonic() + poll_s
    detail = ""
    while True:
        try:
            status, body = env.fetch(check.path, max(0.5, deadline - time.monotonic()))
        except NxrError as exc:
            detail = f"GET {check.path} failed: {exc.message}"
        else:
            problems = [] if status == check.status else [f"HTTP {status}, expected {check.status}"]
            problems += _missing(visible_text(body), check.contains, check.not_contains)
            if not problems:
                return True, f"HTTP {status}"
            detail = "; ".join(problems)
        if time.monotonic() >= deadline:
            return False, detail
        time.sleep(POLL_INTERVAL_S)


def check_file(check: FileCheck, root: Path) -> tuple[bool, str]:
    path = root / check.path
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        return False, f"{check.path} is outside the project"
    exists = path.is_file()
    if exists != check.exists:
        return False, f"{check.path} {'is missing' if check.exists else 'still exists'}"
    if not exists:
        return True, f"{check.path} absent"
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return False, f"cannot read {check.path}: {exc.strerror or exc}"
    problems = _missing(text, check.contains, check.not_contains)
    return (not problems), ("; ".join(problems) or f"{check.path} ok")


@dataclass(frozen=True)
class TurnFacts:
    """What an ``outcome`` check needs from the turn just played."""

    outcome: str
    files: tuple[str, ...] = ()
    message: str = ""


def check_outcome(check: OutcomeCheck, turn: TurnFacts | None) -> tuple[bool, str]:
    if turn is None:
        return False, "an outcome check needs a turn (it cannot be a final check)"
    if check.expect == "applied":
        ok = turn.outcome == "applied" and bool(turn.files)
        return ok, f"{turn.outcome}, {len(turn.files)} file(s) changed"
    ok = turn.outcome == "declined" and not turn.files and bool(turn.message.strip())
    return ok, f"{turn.outcome}: {turn.message[:200]}"


def describe(check: Check) -> str:
    if isinstance(check, (HttpCheck, FileCheck)):
        return check.path
    return check.kind


def run_check(check: Check, env: CheckEnv, poll_s: float = HTTP_POLL_S, turn: TurnFacts | None = None) -> CheckResult:
    start = time.perf_counter()
    if isinstance(check, OutcomeCheck):
        passed, detail = check_outcome(check, turn)
    elif isinstance(check, HttpCheck):
        passed, detail = check_http(check, env, poll_s)
    elif isinstance(check, FileCheck):
        passed, detail = check_file(check, env.root)
    elif isinstance(check, TypecheckCheck):
        passed, detail = env.typecheck(TYPECHECK_TIMEOUT_S)
    elif isinstance(check, BuildCheck):
        passed, detail = env.build(BUILD_TIMEOUT_S)
    else:  # pragma: no cover - the discriminated union has no other members
        raise TypeError(f"unknown check {check!r}")
    return CheckResult(check.kind, describe(check), passed, detail[-600:],
                       round((time.perf_counter() - start) * 1000, 1))


def run_checks(checks: Sequence[Check], env: CheckEnv, poll_s: float = HTTP_POLL_S,
               turn: TurnFacts | None = None) -> list[CheckResult]:
    """Every check, in order (all of them run, so a report says everything that failed)."""
    return [run_check(c, env, poll_s, turn) for c in checks]
