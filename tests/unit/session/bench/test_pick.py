"""The picker: the rule on recorded tables, the comparison on fake engines, saving, showing, accepting."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.cli import main
from app.engine import catalog
from app.engine.base import GenerateOptions, Message
from app.engine.fake import FakeEngine
from app.errors import ManifestError
from app.session.bench import pick
from app.session.bench.picker import PickCancelled, Picker, Progress, comparison
from app.session.bench.sessionfile import load_sessions
from tests.unit.session.bench.test_runner import FakeWorkspace, about, session

ROOT = Path(__file__).resolve().parents[4]


def row(model: str, rate: float, loop: float, wrong: float = 0.0, error: str | None = None) -> dict[str, Any]:
    if error:
        return {"model": model, "error": error}
    return {"model": model, "summary": {"completed_rate": rate, "time_in_loop_s": loop, "sessions": 6,
                                        "completed": round(6 * rate), "wrong_applied_per_100_turns": wrong,
                                        "prompts_per_step": 1.1, "median_wait_ms": 800.0, "p90_wait_ms": 1500.0,
                                        "total_wait_s": loop - 150}}


def rule(rows: Sequence[dict[str, Any]]) -> str | None:
    """The thesis written out independently of pick.recommend, for the recorded tables."""
    ok = [r for r in rows if "summary" in r and r["summary"]["completed_rate"] >= 0.8]
    return min(ok, key=lambda r: r["summary"]["time_in_loop_s"])["model"] if ok else None


def test_the_fastest_model_among_those_that_clear_the_floor_is_recommended() -> None:
    rows = [row("small", 0.5, 100), row("mid", 0.83, 240), row("big", 1.0, 300), row("cloud", 1.0, 200, error=None),
            row("broken", 0, 0, error="did not load")]
    rec = pick.recommend(rows)
    assert rec.model == "cloud" == rule(rows) and not rec.below_floor
    assert "least time in the loop, 200 s" in rec.reason and "2 other model(s) cleared it" in rec.reason
    # A faster model below the floor never wins; exactly at the floor counts.
    rows = [row("small", 0.79, 50), row("mid", 0.8, 240)]
    assert pick.recommend(rows).model == "mid" == rule(rows)


def test_when_none_clears_the_floor_none_is_recommended_and_the_best_is_named() -> None:
    rec = pick.recommend([row("a", 0.5, 300), row("b", 0.67, 400), row("c", 0.67, 350)])
    assert rec.model is None and rec.below_floor and rec.best == "c"
    assert "so none is recommended" in rec.reason and "c, completed 67 % (below the floor)" in rec.reason
    assert pick.recommend([row("x", 0, 0, error="no")]).model is None
    # Tied below the floor: the one that passed more steps, not the one that failed faster.
    slow, fast = row("slow", 0.0, 257), row("fast", 0.0, 238)
    slow["summary"].update(steps_passed=3, steps_total=30)
    fast["summary"].update(steps_passed=0, steps_total=30)
    rec = pick.recommend([fast, slow])
    assert rec.model is None and rec.best == "slow" and "completed 0 %, 3/30 steps (below the floor)" in rec.reason


def test_the_recorded_comparisons_follow_the_rule() -> None:
    recorded = sorted((ROOT / "bench" / "results").glob("pick-*.json"))
    for path in recorded:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["recommendation"]["model"] == rule(data["rows"]), path
        assert pick.recommend(data["rows"]).model == rule(data["rows"]), path


def test_the_built_in_session_set_is_shipped_in_resources() -> None:
    path = paths.resources_dir() / "picker" / "sessions.jsonl"
    sessions = load_sessions([path])
    assert len(sessions) == 6 and sum(len(s.turns) for s in sessions) == 30


PLANS = {"add an about page titled Our Story": '{"ops":[{"op":"add_page","route":"/about","title":"Our Story"}]}'}
WRONG = '{"ops":[{"op":"add_page","route":"/about","title":"Team"}]}'


class Opener:
    def __init__(self, delay_s: float = 0.0) -> None:
        self.opened: list[str] = []
        self.closed: list[str] = []
        self.delay_s = delay_s

    def __call__(self, model: str) -> FakeEngine:
        if model == "broken":
            raise ManifestError("No model named 'broken'.")
        self.opened.append(model)

        def reply(messages: Sequence[Message], options: GenerateOptions) -> str:
            return PLANS.get(messages[-1].content.split("\n")[0], WRONG) if model == "good" else WRONG

        opener = self

        class Engine(FakeEngine):
            def close(self) -> None:
                opener.closed.append(model)

        return Engine(reply, delay_s=self.delay_s)


def _picker(tmp_path: Path, opener: Opener, **kw: Any) -> Picker:
    made: list[int] = []

    def workspace(s: Any) -> FakeWorkspace:
        folder = tmp_path / f"ws{len(made)}"
        folder.mkdir()
        made.append(1)
        return FakeWorkspace(folder)

    return Picker(opener, workspace, think_s=5.0, **kw)


def test_the_comparison_plays_every_model_on_the_real_turn_loop(tmp_path: Path) -> None:
    seen: list[Progress] = []
    opener = Opener()
    sessions = [session([about()], name="one"), session([about(prompt="add an about page titled Our Story")], name="two")]
    rows = _picker(tmp_path, opener, on_progress=seen.append).run(["good", "bad", "broken"], sessions)
    good, bad, broken = rows
    assert good["summary"]["completed"] == 2 and good["summary"]["completed_rate"] == 1.0
    assert bad["summary"]["completed"] == 0 and bad["summary"]["wrong_applied"] == 2
    assert broken == {"model": "broken", "error": "No model named 'broken'."}
    assert len(good["waits_ms"]) == 2 and opener.closed == ["good", "bad"], "every engine opened is closed"
    assert seen[-1].turns_done == seen[-1].turns_total == 6
    result = comparison(rows, models_key="k", probe={"cpu_model": "x"}, session_set={"sessions": 2}, think_s=5.0)
    assert result["recommendation"]["model"] == "good" and result["date"] and result["probe"] == {"cpu_model": "x"}
    assert "| good | 2/2 (100 %) | 2/2 | 1.00 | 0.0 |" in pick.markdown_table(rows)
    assert "| broken | not measured: No model named 'broken'. |" in pick.markdown_table(rows)


def test_cancel_stops_after_the_turn_and_closes_the_engine(tmp_path: Path) -> None:
    cancel = threading.Event()
    opener = Opener()
    picker = _picker(tmp_path, opener, cancel=cancel, on_progress=lambda p: cancel.set() if "step" in p.text else None)
    with pytest.raises(PickCancelled, match="cancelled; nothing was saved"):
        picker.run(["good", "bad"], [session([about()], name="one"), session([about()], name="two")])
    assert opener.opened == ["good"] and opener.closed == ["good"]


def _save(models_key: str, model: str | None = "gemma3-270m-base") -> None:
    rows = [row(model or "a", 1.0 if model else 0.2, 100)]
    pick.save(comparison(rows, models_key=models_key, probe={"cpu_model": "test cpu"},
                         session_set={"file": "sessions.jsonl", "sessions": 6, "turns": 30}, think_s=5.0))


def test_show_and_accept_the_saved_comparison(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("NXR_MODEL", raising=False)
    assert main(["pick", "--show"]) == 1
    assert "No comparison has been made" in capsys.readouterr().err
    _save(catalog.models_key())
    assert main(["pick", "--show"]) == 0
    out = capsys.readouterr().out
    assert "Recommendation: gemma3-270m-base." in out and "nxr pick --accept" in out and "test cpu" in out
    assert catalog.default_model_id() == "gemma3-270m-nxr", "shown, not applied, until accepted"
    assert main(["pick", "--accept"]) == 0
    assert catalog.default_model_id() == "gemma3-270m-base" and pick.load_saved()["accepted"]
    assert main(["pick", "--show"]) == 0 and "Accepted on" in capsys.readouterr().out


def test_a_comparison_of_another_set_of_models_is_not_accepted(isolated_dirs: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _save("another set")
    assert main(["pick", "--show"]) == 0 and "the set of models changed since" in capsys.readouterr().out
    assert main(["pick", "--accept"]) == 1
    assert "measured a different set of models; nothing was changed" in capsys.readouterr().err
    assert not catalog.choice_path().exists()
    _save(catalog.models_key(), model=None)
    assert main(["pick", "--accept"]) == 1 and "No model cleared the floor" in capsys.readouterr().err
