"""The doubt gate: a plan scored as a likely wrong edit is applied with a note that says so (the default), or
held and named, not applied, until a "yes" (``NXR_DOUBT=hold``)."""

from __future__ import annotations

import json
from array import array
from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import history
from app.session import doubt
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

ADD_PRICES = json.dumps({"ops": [{"op": "add_page", "title": "Prices", "route": "/prices"}]})


def _always(model: str = "fake") -> doubt.Gate:
    """A gate that doubts every plan: no weights, a bias far above its threshold."""
    return doubt.Gate(model=model, weights=array("f", [0.0] * 16), bias=5.0, threshold=0.5, norm=True)


def _files(root: Path) -> dict[str, bytes]:
    """The project's files, not the app's own state (the session log records every turn)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.relative_to(root).parts[0] != ".nxr"}


def _held_runner(root: Path, reply: str = ADD_PRICES) -> TurnRunner:
    runner = TurnRunner(root, FakeEngine(reply))
    runner.gate, runner.doubt_mode = _always(), "hold"
    return runner


def test_by_default_a_doubted_plan_is_made_and_its_turn_says_the_app_is_unsure(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    runner = TurnRunner(root, FakeEngine(ADD_PRICES))
    assert runner.doubt_mode == "flag"
    runner.gate = _always()
    result = runner.run("a page for what things cost")
    assert result.outcome == "applied" and result.flagged and not result.held
    assert (root / "app" / "prices" / "page.tsx").exists()
    assert "not sure I read that right" in result.message and "Added the page /prices" in result.message
    assert "undo it" in result.message
    assert [t.prompt for t in history.load(root).turns] == ["a page for what things cost"]


def test_an_undoubted_plan_has_no_note(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    runner = TurnRunner(root, FakeEngine(ADD_PRICES))
    runner.gate = doubt.Gate(model="fake", weights=array("f", [0.0] * 16), bias=-5.0, threshold=0.5, norm=True)
    result = runner.run("add a Prices page")
    assert result.outcome == "applied" and not result.flagged and "not sure" not in result.message


@pytest.mark.parametrize(("value", "mode"), [(None, "flag"), ("hold", "hold"), ("HOLD", "hold"), ("0", "off"),
                                              ("off", "off"), ("flag", "flag")])
def test_the_mode_comes_from_nxr_doubt(monkeypatch: pytest.MonkeyPatch, value: str | None, mode: str) -> None:
    if value is None:
        monkeypatch.delenv("NXR_DOUBT", raising=False)
    else:
        monkeypatch.setenv("NXR_DOUBT", value)
    assert doubt.mode() == mode


def test_a_doubted_plan_writes_nothing_and_says_what_it_read(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = _files(root)
    result = _held_runner(root).run("a page for what things cost")
    assert result.outcome == "declined"
    assert "not sure I read that right" in result.message and "nothing was changed" in result.message
    assert "Prices" in result.message, result.message  # what it would have done, in the apply's words
    assert "Type “yes”" in result.message
    assert _files(root) == before
    assert history.load(root).turns == []


def test_yes_applies_the_held_plan_and_records_the_request_it_was_read_from(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    runner = _held_runner(root)
    runner.run("a page for what things cost")
    engine = runner.engine
    assert isinstance(engine, FakeEngine)
    calls = len(engine.calls)
    result = runner.run("Yes please")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "prices" / "page.tsx").exists()
    assert len(engine.calls) == calls  # the model did not read "yes"
    assert [t.prompt for t in history.load(root).turns] == ["a page for what things cost"]


def test_a_bare_yes_with_nothing_held_is_refused_before_the_model(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    engine = FakeEngine(json.dumps({"ops": [{"op": "set_site_name", "name": "Yes"}]}))
    result = TurnRunner(root, engine).run("yes")
    assert result.outcome == "refused"
    assert result.message == doubt.NOTHING_HELD
    assert engine.calls == []


def test_another_request_drops_the_held_plan(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    runner = _held_runner(root)
    runner.run("a page for what things cost")
    runner.run("add a page Gallery")  # held again: a held plan is for the very next turn only
    runner.gate = None  # so the next is made
    runner.run("add a page Contact")
    assert runner.run("yes").outcome == "refused"


def test_without_the_gate_the_same_plan_is_applied(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert TurnRunner(root, FakeEngine(ADD_PRICES)).run("a page for what things cost").outcome == "applied"


def test_the_gate_weighs_only_the_model_it_was_fitted_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doubt, "load_gate", lambda: _always(model="gemma3-270m-nxr"))
    root = managed_project(tmp_path)
    assert TurnRunner(root, FakeEngine(ADD_PRICES)).gate is None  # the fake engine is another model
    monkeypatch.setattr(doubt, "load_gate", lambda: _always(model="fake"))
    assert TurnRunner(root, FakeEngine(ADD_PRICES)).gate is not None
    monkeypatch.setenv("NXR_DOUBT", "0")
    assert TurnRunner(root, FakeEngine(ADD_PRICES)).gate is None


@pytest.mark.parametrize("reply", ["yes", "Yes please", "ok", "okay.", "do it", "yes, go ahead", "sure thanks", "y"])
def test_replies_that_say_yes(reply: str) -> None:
    assert doubt.confirms(reply)


@pytest.mark.parametrize("reply", ["yes add the prices", "ok change the colour to blue", "yesterday's menu", "no", ""])
def test_requests_are_not_a_yes(reply: str) -> None:
    assert not doubt.confirms(reply)


def test_the_shipped_gate_is_for_the_shipped_model_and_weighs_requests() -> None:
    from app.engine.catalog import default_model_id

    gate = doubt.load_gate()
    assert gate is not None and gate.model == default_model_id()
    assert 0 < gate.threshold < 1
    plan = json.dumps({"ops": [{"op": "set_text", "route": "/", "target": "title", "text": "Sticky"}]})
    scores = {gate.score(p, plan) for p in ("make the header sticky", "change the home heading to Sticky")}
    assert len(scores) == 2 and all(0 < s < 1 for s in scores)


def test_a_gate_scores_a_weighted_feature_higher() -> None:
    weights = array("f", [0.0] * 64)
    weights[doubt.bucket("W_sticky", 64)] = 8.0
    gate = doubt.Gate(model="m", weights=weights, bias=0.0, threshold=0.5, norm=False)
    plan = json.dumps({"ops": [{"op": "add_page", "title": "About", "route": "/about"}]})
    assert gate.score("make the header sticky", plan) > gate.score("add an about page", plan)


def test_a_missing_or_damaged_gate_file_applies_every_plan(tmp_path: Path) -> None:
    doubt.load_gate.cache_clear()
    try:
        assert doubt.load_gate(tmp_path / "none.json") is None
        (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
        assert doubt.load_gate(tmp_path / "bad.json") is None
    finally:
        doubt.load_gate.cache_clear()


def test_a_flag_needs_less_doubt_than_a_hold(tmp_path: Path) -> None:
    """Between the two thresholds a plan is flagged once made, but not held: a flag costs a sentence."""
    gate = doubt.Gate(model="fake", weights=array("f", [0.0] * 16), bias=0.0, threshold=0.7, norm=True,
                      flag_threshold=0.4)  # every plan scores 0.5
    plan = json.dumps({"ops": [{"op": "add_page", "title": "About", "route": "/about"}]})
    assert gate.doubts("add an about page", plan, hold=False) and not gate.doubts("add an about page", plan)
    root = managed_project(tmp_path)
    runner = TurnRunner(root, FakeEngine(ADD_PRICES))
    runner.gate, runner.doubt_mode = gate, "hold"
    assert runner.run("a page for what things cost").outcome == "applied"
    runner = TurnRunner(managed_project(tmp_path / "b"), FakeEngine(ADD_PRICES))
    runner.gate = gate
    assert runner.run("a page for what things cost").flagged


def test_a_flagged_turn_is_recorded_unsure_and_marked_so_after_a_restart(tmp_path: Path) -> None:
    """Seen at stop 65: the Turns list marked a flagged turn "✓? unsure:" only in the session that made it."""
    from app.session.turnlist import turn_rows
    root = managed_project(tmp_path)
    runner = TurnRunner(root, FakeEngine(ADD_PRICES))
    runner.gate = _always()
    assert runner.run("a page for what things cost").flagged
    about = json.dumps({"ops": [{"op": "add_page", "title": "About", "route": "/about"}]})
    assert TurnRunner(root, FakeEngine(about)).run("add an About page").applied  # the fake model is weighed by no gate
    first, second = history.load(root).turns
    assert first.unsure and not second.unsure
    rows = turn_rows(history.load(root), [])  # a new session: no results of its own
    assert [r.unsure for r in rows] == [True, False]
    history.undo(root)
    history.redo(root)
    assert history.load(root).turns[1].unsure is False and history.load(root).turns[0].unsure


def test_a_history_written_before_turns_were_marked_unsure_still_loads(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine(ADD_PRICES)).run("add a Prices page")
    path = root / ".nxr" / "history.json"
    data = json.loads(path.read_text())
    for turn in data["turns"]:
        del turn["unsure"]
    path.write_text(json.dumps(data))
    assert history.load(root).turns[0].unsure is False
