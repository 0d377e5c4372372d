"""The picker in the window: Model → Models, "Compare on this machine…", and "Try with MODEL"."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.cli import main
from app.engine import catalog
from app.engine.base import GenerateOptions, Message
from app.engine.fake import FakeEngine
from app.session.bench import pick
from tests.unit.scaffold.helpers import snapshot
from tests.unit.session.bench.fakeopenai import Server
from tests.unit.session.bench.test_runner import FakeWorkspace, about
from tests.unit.ui.test_window import open_project, send

ROBOTS = "User-agent: *\nDisallow: /admin\n"


def big_answer(path: str, body: dict[str, Any]) -> list[str]:
    text = json.dumps({"ops": [{"op": "write_file", "path": "public/robots.txt", "content": ROBOTS}]})
    return [text[i:i + 9] for i in range(0, len(text), 9)]


@pytest.fixture()
def big(ui_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    s = Server(key="k-ui", answer=big_answer)
    monkeypatch.setenv("BIG_KEY", "k-ui")
    monkeypatch.delenv("NXR_MODEL", raising=False)
    thread = threading.Thread(target=s.httpd.serve_forever, daemon=True)
    thread.start()
    assert main(["model", "add", "--openai", s.url, "--model", "big", "--id", "big", "--key-env", "BIG_KEY",
                 "--no-check", "--capable"]) == 0
    try:
        yield s
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()


def test_a_declined_request_offers_the_larger_model_and_its_turn_is_undoable(
        qtbot: Any, window: Any, project_dir: Path, fake_engine: FakeEngine, big: Server) -> None:
    fake_engine._reply = lambda messages, opts: '{"ops":[{"op":"decline"}]}'
    assert main(["model", "escalate", "big"]) == 0
    open_project(qtbot, window, project_dir)
    before = snapshot(project_dir)
    result = send(qtbot, window, "add a robots.txt that keeps crawlers out of /admin")
    assert result.outcome == "declined"
    assert window.escalation.isVisible() and window.escalation.button.text() == "Try with big"
    with qtbot.waitSignal(window.controller.turn_finished, timeout=10000) as blocker:
        qtbot.mouseClick(window.escalation.button, Qt.MouseButton.LeftButton)
    escalated = blocker.args[0]
    assert escalated.outcome == "applied" and escalated.model == "big"
    assert "big" in window.meter.total.text() and "wait" in window.meter.total.text()
    assert not window.escalation.isVisible()
    assert (project_dir / "public" / "robots.txt").read_text() == ROBOTS
    assert big.requests[-1][1]["response_format"]["type"] == "json_schema", "constrained to the plan schema"
    window.controller.undo()
    assert snapshot(project_dir) == before


def test_no_offer_without_a_configured_larger_model(qtbot: Any, window: Any, project_dir: Path,
                                                    fake_engine: FakeEngine) -> None:
    fake_engine._reply = lambda messages, opts: '{"ops":[{"op":"decline"}]}'
    open_project(qtbot, window, project_dir)
    assert send(qtbot, window, "make me a cup of tea").outcome == "declined"
    assert not window.escalation.isVisible()


def test_the_models_menu_lists_every_model_and_where_it_runs(qtbot: Any, window: Any, big: Server) -> None:
    chosen: list[str] = []
    from app.ui.models_ui import fill_models_menu

    menu = QMenu()
    fill_models_menu(menu, chosen.append)
    entries = {a.text(): a for a in menu.actions() if a.text()}
    big_entry = next(a for t, a in entries.items() if "[big]" in t)
    assert "openai: runs on a server on this machine" in big_entry.toolTip()
    assert any("[gemma3-270m-nxr]" in t and a.isChecked() for t, a in entries.items())
    big_entry.trigger()
    assert chosen == ["big"]


class Opener:
    def __call__(self, model: str) -> FakeEngine:
        good = model == "fast"

        def reply(messages: Sequence[Message], options: GenerateOptions) -> str:
            title = "Our Story" if good else "Team"
            return '{"ops":[{"op":"add_page","route":"/about","title":"%s"}]}' % title

        return FakeEngine(reply)


def test_compare_on_this_machine_shows_the_table_chart_and_accepts(qtbot: Any, ui_dirs: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.pick_dialog import PickDialog

    monkeypatch.delenv("NXR_MODEL", raising=False)
    sessions = ui_dirs / "set.json"
    sessions.write_text(json.dumps([{"name": "one", "turns": [about()]}, {"name": "two", "turns": [about()]}]))
    made: list[Path] = []

    def workspace(_s: Any) -> FakeWorkspace:
        folder = ui_dirs / f"ws{len(made)}"
        folder.mkdir()
        made.append(folder)
        return FakeWorkspace(folder)

    dialog = PickDialog(sessions_path=sessions, open_engine=Opener(), workspaces=workspace,
                        models=["gemma3-270m-base", "fast"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "gemma3-270m-base, fast" in dialog.intro.text()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.comparison is not None, timeout=20000)
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 1).text() == "2/2 (100 %)"
    assert dialog.table.item(0, 1).text() == "0/2 (0 %)"
    assert [name for name, _ in dialog.chart.series] == ["gemma3-270m-base", "fast"]
    assert dialog.progress.value() == dialog.progress.maximum() == 4
    assert "Recommendation: fast." in dialog.recommendation.text()
    assert pick.load_saved() is not None, "saved with the date and the probe"
    with qtbot.waitSignal(dialog.model_accepted, timeout=2000) as blocker:
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["fast"] and catalog.read_choice()["default"] == "fast"
    assert pick.load_saved()["accepted"] and not dialog.accept_button.isEnabled()
    dialog.grab().save(str(ui_dirs / "pick.png"))


def test_cancel_stops_the_comparison_and_saves_nothing(qtbot: Any, ui_dirs: Path) -> None:
    from app.ui.pick_dialog import PickDialog

    sessions = ui_dirs / "set.json"
    sessions.write_text(json.dumps([{"name": f"s{i}", "turns": [about()]} for i in range(6)]))
    dialog = PickDialog(sessions_path=sessions, open_engine=Opener(), models=["fast", "slow"],
                        workspaces=lambda s: FakeWorkspace(Path(ui_dirs / "ws").mkdir(exist_ok=True) or ui_dirs / "ws",
                                                           delay_s=0.2))
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: "step" in dialog.status.text(), timeout=10000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert "cancelled; nothing was saved" in dialog.status.text() and pick.load_saved() is None


def test_the_engine_process_loads_the_accepted_default_even_an_endpoint(ui_dirs: Path, big: Server) -> None:
    from app.session import enginehost

    assert main(["model", "use", "big"]) == 0
    sent: list[dict[str, Any]] = []
    state: dict[str, Any] = {"engine": None, "runner": None, "response": None, "cancel": False}
    enginehost._child_command("load", {"provider": None, "threads": None}, state, lambda **m: sent.append(m))
    assert sent[-1]["kind"] == "loaded" and sent[-1]["info"]["model_id"] == "big"
    assert sent[-1]["choice"] == {"provider": "local server", "override": None, "attempts": []}
