"""A turn the doubt gate held, in the window: the strip says what was read; its button makes the change."""

from __future__ import annotations

import json
from array import array
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.engine.fake import FakeEngine
from app.session import doubt
from tests.unit.scaffold.helpers import snapshot
from tests.unit.ui.test_window import open_project, send

ADD_PRICES = json.dumps({"ops": [{"op": "add_page", "title": "Prices", "route": "/prices"}]})


@pytest.fixture()
def doubting(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gate for the fake engine that doubts every plan; doubted plans are held."""
    gate = doubt.Gate(model="fake", weights=array("f", [0.0] * 16), bias=5.0, threshold=0.5, norm=True)
    monkeypatch.setattr(doubt, "load_gate", lambda: gate)
    monkeypatch.setenv("NXR_DOUBT", "hold")


def test_a_flagged_turn_is_made_and_the_strip_offers_to_undo_it(
        qtbot: Any, window: Any, project_dir: Path, fake_engine: FakeEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = doubt.Gate(model="fake", weights=array("f", [0.0] * 16), bias=5.0, threshold=0.5, norm=True)
    monkeypatch.setattr(doubt, "load_gate", lambda: gate)
    monkeypatch.delenv("NXR_DOUBT", raising=False)
    fake_engine._reply = lambda messages, opts: ADD_PRICES
    open_project(qtbot, window, project_dir)
    before = snapshot(project_dir)
    result = send(qtbot, window, "a page for what things cost")
    assert result.outcome == "applied" and result.flagged
    assert (project_dir / "app" / "prices" / "page.tsx").exists()
    assert window.held.isVisible() and window.held.button.text() == "Undo it"
    assert "I read it as: Added the page /prices" in window.held.label.text()
    from app.ui.details import row_detail

    assert row_detail(window.prompt.history.rows[-1]).startswith("✓? unsure: Added the page /prices")
    assert "✓? unsure: Added the page /prices" in window.prompt.streamed_text()
    qtbot.mouseClick(window.held.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: snapshot(project_dir) == before, timeout=10000)
    assert not window.held.isVisible()


def test_a_held_turn_offers_its_change_and_the_button_makes_it(
        qtbot: Any, window: Any, project_dir: Path, fake_engine: FakeEngine, doubting: None) -> None:
    fake_engine._reply = lambda messages, opts: ADD_PRICES
    open_project(qtbot, window, project_dir)
    before = snapshot(project_dir)
    result = send(qtbot, window, "a page for what things cost")
    assert result.outcome == "declined" and result.held
    assert window.held.isVisible() and "Added the page /prices" in window.held.label.text()
    assert not window.message.isVisible()  # the strip says it beside its button; no bar over the button
    assert snapshot(project_dir) == before
    with qtbot.waitSignal(window.controller.turn_finished, timeout=10000) as blocker:
        qtbot.mouseClick(window.held.button, Qt.MouseButton.LeftButton)
    made = blocker.args[0]
    assert made.outcome == "applied" and not made.held
    assert not window.held.isVisible()
    assert (project_dir / "app" / "prices" / "page.tsx").exists()
    window.controller.undo()
    assert snapshot(project_dir) == before


def test_the_strip_goes_with_the_next_turn(qtbot: Any, window: Any, project_dir: Path, fake_engine: FakeEngine,
                                           doubting: None) -> None:
    fake_engine._reply = lambda messages, opts: ADD_PRICES
    open_project(qtbot, window, project_dir)
    send(qtbot, window, "a page for what things cost")
    assert window.held.isVisible()
    fake_engine._reply = lambda messages, opts: '{"ops":[{"op":"decline"}]}'
    assert send(qtbot, window, "make me a cup of tea").outcome == "declined"
    assert not window.held.isVisible()
