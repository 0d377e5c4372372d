from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from app.engine.base import GenerateOptions, Guidance, Message
from app.engine.fake import FakeEngine
from app.errors import DevServerError
from app.preview.routecheck import RouteCheck
from app.preview.text import visible_text
from app.session.bench.report import build_report, percentile, summarize
from app.session.bench.runner import BenchConfig, SessionBench, SessionResult, TurnRecord
from app.session.bench.sessionfile import Session, parse_sessions
from tests.unit.scaffold.helpers import managed_project

PLANS = {
    "add an about page titled Our Story": '{"ops":[{"op":"add_page","route":"/about","title":"Our Story"}]}',
    "wrong one": '{"ops":[{"op":"add_page","route":"/about","title":"Team"}]}',
    "garbage": '{"ops":[{"op":"add_pa',
    "add a faq to the about page": '{"ops":[{"op":"add_section","route":"/about","kind":"faq"}]}',
}


def reply(messages: Sequence[Message], options: GenerateOptions) -> str:
    return PLANS[messages[-1].content.split("\n")[0]]


class CountingEngine(FakeEngine):
    def __init__(self) -> None:
        super().__init__(reply, chunk_chars=6)
        self.warms = 0

    def warm(self, guidance: Guidance | None = None, system: str | None = None) -> None:
        self.warms += 1


class FakeWorkspace:
    """A project folder and a 'dev server' that serves the page sources as pages."""

    url = "http://127.0.0.1:1"

    def __init__(self, root: Path, delay_s: float = 0.0, build_ok: bool = True) -> None:
        self.root = managed_project(root)
        self.delay_s = delay_s
        self.build_ok = build_ok
        self.tools: list[str] = []
        self.closed = False
        self.setup_s = 0.25

    @property
    def preview(self) -> FakeWorkspace:
        return self

    def fetch(self, path: str, timeout: float) -> tuple[int, str]:
        file = self.root / ("app/page.tsx" if path == "/" else f"app{path}/page.tsx")
        return (200, file.read_text()) if file.is_file() else (404, "<h1>404</h1>")

    def wait_route(self, path: str, contains: Sequence[str] = (), not_contains: Sequence[str] = (),
                   timeout: float = 10.0) -> RouteCheck:
        time.sleep(self.delay_s)
        status, body = self.fetch(path, timeout)
        text = visible_text(body).casefold()
        ok = status == 200 and all(c.casefold() in text for c in contains)
        return RouteCheck(ok, status, self.delay_s, text, None)

    def typecheck(self, timeout: float) -> tuple[bool, str]:
        self.tools.append("typecheck")
        return True, "ok"

    def build(self, timeout: float) -> tuple[bool, str]:
        self.tools.append("build")
        return self.build_ok, "built" if self.build_ok else "Type error"

    def close(self) -> None:
        self.closed = True


def about(retries: list[str] | None = None, prompt: str = "add an about page titled Our Story") -> dict[str, Any]:
    return {"prompt": prompt, "retries": retries or [],
            "checks": [{"kind": "http", "path": "/about", "contains": ["Our Story"]},
                       {"kind": "file", "path": "app/about/page.tsx"}]}


# The fake dev server serves page sources, where a section is a component with props: its
# heading is a file check here (the real preview's rendered text is checked in tests/code).
FAQ = {"prompt": "add a faq to the about page",
       "checks": [{"kind": "http", "path": "/about", "status": 200},
                  {"kind": "file", "path": "app/about/page.tsx", "contains": ["Frequently asked questions"]}]}


def session(turns: list[dict[str, Any]], finals: list[dict[str, Any]] | None = None, name: str = "s") -> Session:
    return parse_sessions({"name": name, "turns": turns, "final_checks": finals or []})[0]


class Bench:
    def __init__(self, tmp_path: Path, **ws: Any) -> None:
        self.engine = CountingEngine()
        self.workspaces: list[FakeWorkspace] = []
        self.tmp_path = tmp_path
        self.ws = ws
        self.seen: list[TurnRecord] = []
        self.bench = SessionBench(self.engine, self.make, BenchConfig(think_s=5.0, max_wait_s=ws.pop("max_wait_s", 10.0),
                                                                      http_poll_s=0.2),
                                  on_turn=lambda s, t: self.seen.append(t))

    def make(self, s: Session) -> FakeWorkspace:
        folder = self.tmp_path / f"ws{len(self.workspaces)}"
        folder.mkdir()
        ws = FakeWorkspace(folder, **self.ws)
        self.workspaces.append(ws)
        return ws


def test_a_perfect_session_completes_with_one_prompt_per_step(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    result = b.bench.run(session([about(), FAQ], [{"kind": "build"}, {"kind": "typecheck"}]))
    assert result.completed and not result.abandoned, result
    assert (result.prompts, result.steps, result.steps_passed, result.steps_total) == (2, 2, 2, 2)
    assert [t.passed for t in result.turns] == [True, True]
    assert [t.outcome for t in result.turns] == ["applied", "applied"]
    assert b.workspaces[0].tools == ["typecheck", "build"], "build runs last: it stops the preview"
    assert [c["kind"] for c in result.final_checks] == ["typecheck", "build"]
    assert b.workspaces[0].closed
    assert len(b.seen) == 2 and result.setup_s == 0.25
    t = result.turns[0]
    assert t.ttft_ms is not None and t.gen_ms is not None and t.apply_ms is not None and t.preview_ms is not None
    assert t.wait_ms >= t.preview_ms and t.tokens > 0 and '"add_page"' in t.plan


def test_retries_count_as_prompts_and_a_wrong_attempt_is_undone(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    result = b.bench.run(session([about(["garbage", "add an about page titled Our Story"], prompt="wrong one"), FAQ]))
    assert result.completed, result
    assert result.prompts == 4 and result.steps == 2
    assert [(t.step, t.attempt, t.outcome, t.passed) for t in result.turns] == [
        (0, 0, "applied", False), (0, 1, "invalid_plan", False), (0, 2, "applied", True), (1, 0, "applied", True)]
    assert result.turns[0].undone and not result.turns[1].undone
    assert "Team" not in (b.workspaces[0].root / "app/about/page.tsx").read_text()


def test_a_failed_step_abandons_the_session_and_skips_the_rest(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    result = b.bench.run(session([about(["garbage"], prompt="wrong one"), FAQ, about()], [{"kind": "build"}]))
    assert result.abandoned and not result.completed
    assert result.abandon_reason == "step 1 failed after 2 prompt(s)"
    assert result.prompts == 2 and result.steps == 1 and result.steps_passed == 0 and result.steps_total == 3
    assert result.final_checks == [] and b.workspaces[0].tools == []
    assert not result.turns[-1].undone, "the last phrasing's result stays (nothing follows it)"
    assert b.workspaces[0].closed


def test_a_wait_over_the_limit_abandons_even_when_the_checks_pass(tmp_path: Path) -> None:
    b = Bench(tmp_path, delay_s=0.3, max_wait_s=0.2)
    result = b.bench.run(session([about(), FAQ]))
    assert result.abandoned and result.steps == 1 and result.prompts == 1
    assert result.turns[0].passed and result.turns[0].wait_ms > 200
    assert re.fullmatch(r"step 1: a wait of \d\.\d s \(over 0\.2 s\)", result.abandon_reason), result.abandon_reason


def test_failing_final_checks_mean_not_completed_but_not_abandoned(tmp_path: Path) -> None:
    b = Bench(tmp_path, build_ok=False)
    result = b.bench.run(session([about()], [{"kind": "build"}]))
    assert not result.completed and not result.abandoned
    assert result.final_checks[0]["passed"] is False and "Type error" in result.final_checks[0]["detail"]


def test_the_engine_is_warmed_once_for_all_sessions(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    results = b.bench.run_all([session([about()], name="a"), session([about()], name="b")])
    assert [r.completed for r in results] == [True, True]
    assert b.engine.warms == 1 and b.bench.warm_s is not None
    assert len(b.workspaces) == 2 and all(w.closed for w in b.workspaces)


def test_a_workspace_that_does_not_start_abandons_only_that_session(tmp_path: Path) -> None:
    def broken(s: Session) -> FakeWorkspace:
        raise DevServerError("next dev exited before it was ready")

    result = SessionBench(CountingEngine(), broken).run(session([about()]))
    assert result.abandoned and result.prompts == 0 and "next dev exited" in result.error


def test_time_in_loop_adds_thinking_per_prompt(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    result = b.bench.run(session([about(["add an about page titled Our Story"], prompt="wrong one")]))
    assert result.prompts == 2
    assert result.total_wait_s == pytest.approx(sum(t.wait_ms for t in result.turns) / 1000, abs=0.002)
    assert result.time_in_loop_s == pytest.approx(result.total_wait_s + 2 * 5.0, abs=0.002)


def _turn(wait: float, ttft: float | None = 100.0, passed: bool = True) -> TurnRecord:
    return TurnRecord(step=0, attempt=0, prompt="p", outcome="applied", passed=passed, ttft_ms=ttft, gen_ms=1.0,
                      apply_ms=1.0, preview_ms=1.0, wait_ms=wait, tokens=3)


def test_percentile_interpolates_between_ranks() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 90) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0], 90) == pytest.approx(91.0)


def test_summary_math() -> None:
    a = SessionResult(name="a", completed=True, prompts=3, steps=2, steps_passed=2, steps_total=2,
                      turns=[_turn(100), _turn(300, ttft=50), _turn(200)], total_wait_s=0.6, time_in_loop_s=15.6)
    b = SessionResult(name="b", abandoned=True, prompts=2, steps=1, steps_total=4,
                      turns=[_turn(12000, ttft=None, passed=False), _turn(400)], total_wait_s=12.4,
                      time_in_loop_s=22.4)
    s = summarize([a, b], think_s=5.0)
    assert s["sessions"] == 2 and s["completed"] == 1 and s["abandoned"] == 1
    assert s["completed_rate"] == 0.5
    assert s["prompts"] == 5 and s["prompts_per_step"] == pytest.approx(5 / 3, abs=0.01)
    assert s["median_wait_ms"] == 300.0
    assert s["p90_wait_ms"] == pytest.approx(400 + 0.6 * (12000 - 400), abs=0.1)
    assert s["median_ttft_ms"] == 100.0, "turns without a first token are left out"
    assert s["total_wait_s"] == 13.0 and s["time_in_loop_s"] == 38.0
    assert s["waits_under_1s"] == 4 and s["waits_over_10s"] == 1
    assert s["steps_passed"] == 2 and s["steps_total"] == 6


def test_report_fields(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    results = [b.bench.run(session([about()], name="only"))]
    report = build_report(results, b.engine.info, think_s=5.0, session_files=["x.json"], run_s=1.234, warm_s=0.5)
    for key in ("backend", "model", "provider", "machine", "date", "summary", "sessions"):
        assert key in report
    assert report["backend"] == "fake" and report["machine"]["cpu_count"] >= 1
    session_keys = {"name", "completed", "abandoned", "prompts", "steps", "total_wait_s", "time_in_loop_s", "turns"}
    assert session_keys <= set(report["sessions"][0])
    turn_keys = {"prompt", "passed", "ttft_ms", "gen_ms", "apply_ms", "preview_ms", "wait_ms", "tokens"}
    assert turn_keys <= set(report["sessions"][0]["turns"][0])
    summary_keys = {"sessions", "completed_rate", "prompts_per_step", "median_wait_ms", "p90_wait_ms",
                    "median_ttft_ms", "total_wait_s"}
    assert summary_keys <= set(report["summary"])
    import json

    json.dumps(report)  # serialisable as is


def test_a_wrong_edit_shown_as_done_is_counted_and_an_outcome_check_needs_changed_files(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    step = {"prompt": "wrong one", "checks": [{"kind": "outcome", "expect": "applied"},
                                              {"kind": "http", "path": "/about", "contains": ["Our Story"]}]}
    result = b.bench.run(session([step]))
    turn = result.turns[0]
    assert turn.outcome == "applied" and turn.changed_files and not turn.passed
    assert [c["passed"] for c in turn.checks] == [True, False]
    s = summarize([result], think_s=5.0)
    assert s["wrong_applied"] == 1 and s["wrong_applied_per_100_turns"] == 100.0
    assert s["declined"] == 0 and s["in_scope_turns"] == 1 and s["out_of_scope_turns"] == 0


def test_an_expected_decline_fails_when_the_app_edits_instead(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    step = {"prompt": "wrong one", "checks": [{"kind": "outcome", "expect": "declined"}]}
    result = b.bench.run(session([step]))
    turn = result.turns[0]
    assert turn.expects_decline and not turn.passed and turn.changed_files
    s = summarize([result], think_s=5.0)
    assert s["out_of_scope_turns"] == 1 and s["declined_right"] == 0 and s["wrong_applied"] == 1


def test_keep_going_plays_every_step_but_the_session_is_not_completed(tmp_path: Path) -> None:
    b = Bench(tmp_path)
    b.bench.config = BenchConfig(think_s=5.0, http_poll_s=0.2, keep_going=True)
    result = b.bench.run(session([about(prompt="wrong one"), FAQ]))
    assert (result.steps, result.steps_passed, result.prompts) == (2, 1, 2)
    assert result.abandoned and not result.completed and result.abandon_reason.startswith("step 1")


def test_a_held_turn_is_a_decline_the_summary_counts_as_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from array import array

    from app.session import doubt

    gate = doubt.Gate(model="fake", weights=array("f", [0.0] * 16), bias=5.0, threshold=0.5, norm=True)
    monkeypatch.setattr(doubt, "load_gate", lambda: gate)
    monkeypatch.setenv("NXR_DOUBT", "hold")
    b = Bench(tmp_path)
    result = b.bench.run(session([about(prompt="wrong one")]))
    turn = result.turns[0]
    assert turn.outcome == "declined" and turn.held and not turn.changed_files and not turn.passed
    s = summarize([result], think_s=5.0)
    assert (s["declined"], s["declined_wrong"], s["held"], s["wrong_applied"]) == (1, 1, 1, 0)


def test_a_flagged_wrong_edit_is_counted_apart_from_the_ones_shown_as_done(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from array import array

    from app.session import doubt

    gate = doubt.Gate(model="fake", weights=array("f", [0.0] * 16), bias=5.0, threshold=0.5, norm=True)
    monkeypatch.setattr(doubt, "load_gate", lambda: gate)
    monkeypatch.delenv("NXR_DOUBT", raising=False)
    b = Bench(tmp_path)
    result = b.bench.run(session([about(prompt="wrong one")]))
    turn = result.turns[0]
    assert turn.outcome == "applied" and turn.flagged and turn.changed_files and not turn.passed
    s = summarize([result], think_s=5.0)
    assert (s["wrong_applied"], s["flagged"], s["wrong_applied_flagged"]) == (1, 1, 1)
