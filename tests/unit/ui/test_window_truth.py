"""The window tells the truth and holds still (issue 15): the live phase, Esc, banners, numbering, widths."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.engine.fake import FakeEngine
from app.session.enginehost import LocalHost
from app.session.turn import TurnRunner
from tests.unit.ui.conftest import PLANS, make_project
from tests.unit.ui.test_window import open_project, send

BAD = '{"ops":[{"op":"set_text","route":"/nowhere","target":"title","text":"x"}]}'  # no such page: rejected


def reply(messages: Any, _opts: Any) -> str:
    prompt = messages[-1].content.lower()
    if "nowhere" in prompt:
        return BAD
    if "about" in prompt:
        return '{"ops":[{"op":"add_page","route":"/about","title":"About"}]}'
    return PLANS["button"] if "button" in prompt else PLANS["services"]


def use_engine(window: Any, engine: FakeEngine) -> None:
    window.controller.engine_factory = lambda _p: LocalHost(lambda: engine)


def test_a_running_turn_shows_its_phase_and_a_spinner(qtbot: Any, window: Any, project_dir: Path) -> None:
    use_engine(window, FakeEngine(reply, chunk_chars=1, delay_s=0.03))
    open_project(qtbot, window, project_dir)
    assert window.status.progress_label.text() == "Ready" and not window.meter.running
    window.prompt.input.setPlainText("I need a services page")
    with qtbot.waitSignal(window.controller.turn_finished, timeout=10000):
        window.prompt.send_button.click()
        assert "Generating" in window.status.progress_label.text()
        assert window.meter.running and window.meter.spinner.isVisible()
        assert "Generating" in window.meter.phase.text()
        assert window.meter.legend.text() == "" and window.meter.bar.segments == []
    assert window.status.progress_label.text() == "Ready" and not window.meter.running


def test_esc_at_once_after_send_cancels_and_the_prompt_stays(qtbot: Any, window: Any, project_dir: Path) -> None:
    use_engine(window, FakeEngine(reply, chunk_chars=1, delay_s=0.03))
    open_project(qtbot, window, project_dir)
    window.prompt.input.setPlainText("I need a services page")
    with qtbot.waitSignal(window.controller.turn_finished, timeout=10000) as blocker:
        window.prompt.send_button.click()
        assert window.act_cancel.isEnabled()
        qtbot.keyClick(window.prompt.input, Qt.Key.Key_Escape)
    assert blocker.args[0].outcome == "cancelled"
    assert not (project_dir / "app/services").exists()
    assert window.prompt.input.toPlainText() == "I need a services page", "a cancelled prompt stays in the box"
    assert window.prompt.send_button.isEnabled() and not window.act_cancel.isEnabled()
    row = window.prompt.history.rows[-1]
    assert row.state == "cancelled" and "○ Cancelled; nothing was written." in window.prompt.history.item(0).text()


class SlowPreview:
    """The preview phase takes a while (a route compiling)."""

    url = "http://127.0.0.1:1"

    def wait_route(self, path: str, contains: Any = (), not_contains: Any = (), timeout: float = 10.0) -> Any:
        time.sleep(0.6)
        return type("Check", (), {"ok": True, "status": 200, "elapsed_s": 0.6, "error": None})()


def test_esc_once_the_apply_started_is_refused_with_a_sentence(qtbot: Any, window: Any, project_dir: Path) -> None:
    open_project(qtbot, window, project_dir)
    window.controller.runner = TurnRunner(project_dir, window.controller.engine.engine, SlowPreview())
    window.prompt.input.setPlainText("I need a services page")
    with qtbot.waitSignal(window.controller.turn_finished, timeout=10000) as blocker:
        window.prompt.send_button.click()
        qtbot.waitUntil(lambda: window.controller.phase == "preview", timeout=5000)
        assert not window.act_cancel.isEnabled() and not window.prompt.cancel_button.isEnabled()
        assert "preview" in window.status.progress_label.text()
        qtbot.keyClick(window.prompt.input, Qt.Key.Key_Escape)
        assert window.message.isVisible() and "Too late to cancel" in window.message.text
    assert blocker.args[0].applied


def test_empty_prompts_cannot_be_sent_and_cancel_is_off_without_a_turn(qtbot: Any, window: Any,
                                                                         project_dir: Path) -> None:
    assert not window.act_cancel.isEnabled(), "nothing to cancel on the welcome screen"
    open_project(qtbot, window, project_dir)
    assert not window.prompt.send_button.isEnabled()
    window.prompt.input.setPlainText("  \n\t ")
    assert not window.prompt.send_button.isEnabled()
    window.prompt.input.setPlainText("I need a services page")
    assert window.prompt.send_button.isEnabled()
    assert not window.act_cancel.isEnabled()


def test_a_banner_goes_on_the_next_action_and_undo_redo_say_what(qtbot: Any, window: Any, project_dir: Path) -> None:
    use_engine(window, FakeEngine(reply))
    open_project(qtbot, window, project_dir)
    send(qtbot, window, "I need a services page")
    result = send(qtbot, window, "change the title of /nowhere")
    assert result.outcome == "rejected"
    assert window.message.isVisible() and "not applied" in window.message.text
    window.prompt.input.clear()
    window.prompt.input.setFocus()
    qtbot.keyClick(window.prompt.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not (project_dir / "app/services").exists(), timeout=2000)
    assert window.message.text == "Undid: I need a services page"
    qtbot.keyClick(window.prompt.input, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: (project_dir / "app/services").exists(), timeout=2000)
    assert window.message.text == "Redid: I need a services page"


def test_chart_and_turns_list_share_numbers_and_mark_what_wrote_nothing(qtbot: Any, window: Any,
                                                                       project_dir: Path) -> None:
    engine = FakeEngine(reply)
    earlier = TurnRunner(project_dir, engine)  # two turns from an earlier session (the command line)
    assert earlier.run("I need a services page").applied and earlier.run("change the button text").applied
    use_engine(window, engine)
    open_project(qtbot, window, project_dir)
    assert window.prompt.history.count() == 2
    send(qtbot, window, "change the title of /nowhere")
    send(qtbot, window, "I need an about page")  # the same button text again would change nothing now
    rows = window.prompt.history.rows
    assert [(r.number, r.state) for r in rows] == [(1, "applied"), (2, "applied"), (3, "rejected"), (4, "applied")]
    texts = [window.prompt.history.item(i).text() for i in range(4)]
    assert texts[2].startswith("3. change the title of /nowhere") and "✗ rejected" in texts[2]
    assert "✓" in texts[3] and "✗" not in texts[3]
    chart = window.show_chart()
    assert chart.labels == ["3 ✗", "4"]
    assert [s.count() for s in chart.sets] == [2, 2, 2, 2]
    assert all(s.isBarSelected(0) and not s.isBarSelected(1) for s in chart.sets), "the rejected turn is faded"
    chart.close()


def test_long_prompts_are_elided_at_a_word_with_the_full_prompt_as_tooltip(qtbot: Any, window: Any,
                                                                          project_dir: Path) -> None:
    use_engine(window, FakeEngine(reply))
    open_project(qtbot, window, project_dir)
    prompt = ("I need a services page for /harbor-cafe (Harbor Cafe) with opening hours, a map, the menu of the "
              "day and a booking form that emails the owner")
    send(qtbot, window, prompt)
    item = window.prompt.history.item(0)
    head, detail = item.text().split("\n")
    assert head.endswith("…") and len(head) < len(prompt)
    cut = head[len("1. "):-1]
    assert prompt.startswith(cut) and prompt[len(cut)] == " ", "cut between words"
    assert prompt in item.toolTip()
    fm = window.prompt.history.fontMetrics()
    assert fm.horizontalAdvance(head) <= window.prompt.history.viewport().width()
    assert not window.prompt.history.wordWrap()


def test_widths_hold_still_over_a_session(qtbot: Any, window: Any, project_dir: Path) -> None:
    use_engine(window, FakeEngine(reply))
    open_project(qtbot, window, project_dir)
    qtbot.wait(50)

    def layout() -> tuple[Any, ...]:
        tree, right = (w.mapTo(window, w.rect().topLeft()) for w in (window.tree, window.right))
        return (tuple(window.splitter.sizes()), tree.x(), tree.y(), right.x(), right.y(), window.prompt.width(),
                window.meter.height())

    before = layout()
    long = "please " + "make the page much nicer and " * 6 + "add a services page"
    for text in (long, "change the title of /nowhere", "change the button text to Book now"):
        result = send(qtbot, window, text)
        assert window.message.isVisible() == (not result.applied), "a rejection's banner floats over the workspace"
        if window.message.isVisible():  # over the preview column, not over the turns, the meter or the prompt
            assert window.message.x() == window.right.mapTo(window.centralWidget(), window.right.rect().topLeft()).x()
        window.meter.loop_started = time.monotonic() - 3 * 3600 - 754  # "in the loop 192 min 34 s"
        window.meter._update_session()
        window.meter.show_phase("Waiting for the preview to show the change… " * 3)
        qtbot.wait(30)
        assert layout() == before, text
    assert "in the loop 192 min" in window.meter.session.text()


def test_a_folder_opened_project_is_named_by_its_folder(qtbot: Any, window: Any, ui_dirs: Path) -> None:
    root = make_project(ui_dirs / "harbor-cafe")
    package = json.loads((root / "package.json").read_text())
    (root / "package.json").write_text(json.dumps({**package, "name": "my-app"}))
    (root / ".nxr/project.json").unlink(missing_ok=True)  # what marks a project Avery NXR made
    window.controller.load_engine()
    with qtbot.waitSignal(window.controller.project_opened, timeout=5000):
        window.controller.open_project(root)
    assert window.windowTitle() == "harbor-cafe — Avery NXR"
    assert window.message.text.startswith("harbor-cafe was not generated by Avery NXR")


def test_recent_projects_show_name_folder_and_when_and_forget_gone_folders(qtbot: Any, ui_dirs: Path) -> None:
    from app.ui.controller import SessionController
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    kept = make_project(ui_dirs / "kept")
    settings = Settings.load()
    settings.add_recent(ui_dirs / "gone", "Gone")
    settings.add_recent(kept, "Kept Site")
    settings.save()
    win = MainWindow(SessionController(lambda _p: LocalHost(lambda: FakeEngine("x")), server_factory=None), Settings.load())
    qtbot.addWidget(win)
    tree = win.welcome.recent
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert item.text(0) == "Kept Site" and item.text(1).endswith("kept") and item.text(2).startswith("today ")
    assert Settings.load().recent == [str(kept)], "the gone folder is forgotten on disk too"
    win.controller.shutdown()


def test_a_turn_that_changed_nothing_is_shown_as_such_not_as_a_failure(qtbot: Any, window: Any,
                                                                       project_dir: Path) -> None:
    from app.ui.details import FAILED

    use_engine(window, FakeEngine(reply))
    open_project(qtbot, window, project_dir)
    assert send(qtbot, window, "change the button text").applied
    result = send(qtbot, window, "change the button text")  # the same text again
    assert result.outcome == "unchanged"
    assert window.meter.legend.text() == "○ unchanged: nothing was written"
    assert window.meter.phase.text() == ""  # not squeezed beside the wait
    assert window.message.property("level") == "info" and window.message.text.startswith("Nothing changed")
    item = window.prompt.history.item(window.prompt.history.count() - 1)
    assert "○ unchanged" in item.text() and item.foreground().color().name() != FAILED
