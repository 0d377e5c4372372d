"""Plays scripted sessions through the app's own turn loop and scores them.

For each session: a fresh project and its preview (a :class:`Workspace`), one
:class:`~app.session.turn.TurnRunner` on the shared, already-warm engine, then each
step: submit the phrasing, run the step's checks, and if they fail undo what the
turn wrote (the user presses Undo) and submit the next phrasing. Every phrasing
submitted counts as a prompt. A step whose phrasings are used up fails; a failed
step or a single wait over ``max_wait_s`` abandons the session (its remaining
steps and final checks are skipped). "Wait" is the turn's total: from submit to
the preview showing the change (or giving up).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.engine.base import Engine
from app.errors import HistoryError, NxrError
from app.scaffold import history
from app.session.bench.checks import CheckEnv, CheckResult, TurnFacts, run_checks
from app.session.bench.sessionfile import BuildCheck, Session, Step
from app.session.turn import Preview, TurnResult, TurnRunner

MAX_WAIT_S = 10.0


class Workspace(CheckEnv, Protocol):
    """A session's project and its running preview."""

    @property
    def preview(self) -> Preview: ...

    @property
    def setup_s(self) -> float: ...

    def close(self) -> None: ...


WorkspaceFactory = Callable[[Session], Workspace]


@dataclass(frozen=True)
class BenchConfig:
    think_s: float = 5.0
    max_wait_s: float = MAX_WAIT_S
    http_poll_s: float = 3.0
    keep_going: bool = False  # play the remaining steps after a failed one (the session is still not completed)


@dataclass
class TurnRecord:
    step: int
    attempt: int
    prompt: str
    outcome: str
    passed: bool
    ttft_ms: float | None
    gen_ms: float | None
    apply_ms: float | None
    preview_ms: float | None
    wait_ms: float
    tokens: int
    plan: str = ""
    model_plan: str = ""  # the model's own plan, when the app's rules changed it
    message: str = ""
    undone: bool = False
    changed_files: bool = False  # the turn wrote files (a wrong edit, if its checks failed)
    expects_decline: bool = False  # the step is a request the app should decline
    held: bool = False  # declined by the doubt gate, with what it read (a "yes" would have made it)
    flagged: bool = False  # applied with the doubt gate's "I'm not sure I read that right" and what it read
    checks: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class SessionResult:
    name: str
    completed: bool = False
    abandoned: bool = False
    abandon_reason: str = ""
    prompts: int = 0
    steps: int = 0  # steps reached (attempted)
    steps_passed: int = 0
    steps_total: int = 0
    total_wait_s: float = 0.0
    time_in_loop_s: float = 0.0
    setup_s: float = 0.0
    run_s: float = 0.0
    error: str = ""
    final_checks: list[dict[str, Any]] = field(default_factory=list)
    turns: list[TurnRecord] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _record(step: int, attempt: int, result: TurnResult, checks: Sequence[CheckResult],
            expects_decline: bool = False) -> TurnRecord:
    t = result.timings
    total = t.get("total_ms") or 0.0
    return TurnRecord(
        step=step, attempt=attempt, prompt=result.prompt, outcome=result.outcome,
        passed=bool(checks) and all(c.passed for c in checks),
        ttft_ms=t.get("ttft_ms"), gen_ms=t.get("generation_ms"), apply_ms=t.get("apply_ms"),
        preview_ms=t.get("preview_ms"), wait_ms=float(total), tokens=result.tokens,
        plan=result.plan, model_plan=result.model_plan,
        message=result.message[:300], changed_files=result.applied and bool(result.files),
        expects_decline=expects_decline, held=result.held, flagged=result.flagged, checks=[c.to_dict() for c in checks],
    )


class SessionBench:
    """Runs sessions on one engine; the engine is warmed once, before the first turn."""

    def __init__(self, engine: Engine, workspaces: WorkspaceFactory, config: BenchConfig | None = None,
                 on_turn: Callable[[Session, TurnRecord], None] | None = None) -> None:
        self.engine = engine
        self.workspaces = workspaces
        self.config = config or BenchConfig()
        self.on_turn = on_turn
        self.warm_s: float | None = None

    def run_all(self, sessions: Sequence[Session]) -> list[SessionResult]:
        return [self.run(s) for s in sessions]

    def run(self, session: Session) -> SessionResult:
        started = time.perf_counter()
        out = SessionResult(name=session.name, steps_total=len(session.turns))
        try:
            workspace = self.workspaces(session)
        except NxrError as exc:
            out.abandoned, out.abandon_reason, out.error = True, "the project or its preview did not start", str(exc)
            out.run_s = round(time.perf_counter() - started, 3)
            return out
        try:
            out.setup_s = round(workspace.setup_s, 3)
            self._play(session, workspace, out)
        finally:
            workspace.close()
            out.total_wait_s = round(sum(t.wait_ms for t in out.turns) / 1000, 3)
            out.time_in_loop_s = round(out.total_wait_s + out.prompts * self.config.think_s, 3)
            out.run_s = round(time.perf_counter() - started, 3)
        return out

    def _play(self, session: Session, workspace: Workspace, out: SessionResult) -> None:
        runner = TurnRunner(workspace.root, self.engine, workspace.preview)
        if self.warm_s is None:
            t = time.perf_counter()
            runner.warm()
            self.warm_s = round(time.perf_counter() - t, 3)
        for index, step in enumerate(session.turns):
            out.steps += 1
            if self._step(session, index, step, runner, workspace, out):
                out.steps_passed += 1
            elif not self.config.keep_going:
                return
        finals = sorted(session.final_checks, key=lambda c: isinstance(c, BuildCheck))  # build last: it stops the preview
        results = run_checks(finals, workspace, self.config.http_poll_s)
        out.final_checks = [r.to_dict() for r in results]
        out.completed = out.steps_passed == out.steps_total and all(r.passed for r in results)

    def _step(self, session: Session, index: int, step: Step, runner: TurnRunner, workspace: Workspace,
              out: SessionResult) -> bool:
        phrasings = step.phrasings
        for attempt, prompt in enumerate(phrasings):
            result = runner.run(prompt)
            out.prompts += 1
            # Nothing written: one look is enough (no route is compiling a change).
            poll = self.config.http_poll_s if result.applied else 0.0
            facts = TurnFacts(result.outcome, tuple(result.files) if result.applied else (), result.message)
            record = _record(index, attempt, result, run_checks(step.checks, workspace, poll, facts),
                             step.expects_decline)
            out.turns.append(record)
            if record.wait_ms / 1000 > self.config.max_wait_s:
                out.abandoned = True
                out.abandon_reason = out.abandon_reason or (f"step {index + 1}: a wait of {record.wait_ms / 1000:.1f} s "
                                                            f"(over {self.config.max_wait_s:g} s)")
                self._emit(session, record)
                return False
            if record.passed:
                self._emit(session, record)
                return True
            if result.applied and attempt + 1 < len(phrasings):
                record.undone = _undo(workspace.root)
            self._emit(session, record)
        out.abandoned = True
        out.abandon_reason = out.abandon_reason or f"step {index + 1} failed after {len(phrasings)} prompt(s)"
        return False

    def _emit(self, session: Session, record: TurnRecord) -> None:
        if self.on_turn is not None:
            self.on_turn(session, record)


def _undo(root: Path) -> bool:
    try:
        history.undo(root)
    except (HistoryError, NxrError):
        return False
    return True
