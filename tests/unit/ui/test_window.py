"""The window's flows on the FakeEngine, offscreen: open, send, stream, mark, undo/redo, cancel."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.engine.fake import FakeEngine
from app.errors import NxrError
from app.session.enginehost import LocalHost
from tests.unit.ui.conftest import PLANS, make_project

PLANS_SERVICES = PLANS["services"]


def open_project(qtbot: Any, window: Any, root: Path) -> None:
    window.controller.load_engine()
    qtbot.waitUntil(lambda: window.controller.engine is not None, timeout=5000)
    window.controller.open_project(root)
    qtbot.waitUntil(lambda: window.controller.runner is not None, timeout=5000)
    assert window.stack.currentWidget() is window.splitter


def send(qtbot: Any, window: Any, text: str) -> Any:
    window.prompt.input.setPlainText(text)
    with qtbot.waitSignal(window.controller.turn_finished, timeout=10000) as blocker:
        qtbot.keyClick(window.prompt.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return blocker.args[0]


def test_starts_on_the_welcome_view_with_send_disabled(window: Any) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert not window.prompt.send_button.isEnabled()
    assert window.welcome.recent.topLevelItemCount() == 0


def test_engine_loading_shows_progress_then_enables_send(qtbot: Any, window: Any) -> None:
    steps: list[str] = []
    window.controller.busy.connect(lambda key, text: steps.append(f"{key}:{text}"))
    with qtbot.waitSignal(window.controller.engine_ready, timeout=5000):
        window.controller.load_engine()
    assert any(s.startswith("engine:Loading") for s in steps) and steps[-1] == "engine:"
    assert window.status.model.text() == "Model: fake"
    assert window.prompt._ready


def test_opening_a_folder_that_is_not_next_says_so(qtbot: Any, window: Any, ui_dirs: Path) -> None:
    plain = ui_dirs / "plain"
    plain.mkdir()
    (plain / "package.json").write_text('{"name": "x", "dependencies": {"react": "19"}}')
    window.controller.open_project(plain)
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=5000)
    assert "not a Next.js project" in window.message.text
    assert window.stack.currentWidget() is window.welcome
    assert sorted(p.name for p in plain.iterdir()) == ["package.json"], "left untouched"


def test_a_turn_streams_in_batches_marks_the_tree_and_records_latency(qtbot: Any, window: Any,
                                                                      project_dir: Path) -> None:
    open_project(qtbot, window, project_dir)
    batches: list[str] = []
    window.controller.turn_text.connect(batches.append)
    result = send(qtbot, window, "I need a services page")
    assert result.applied, result.message
    plan = '{"ops":[{"op":"add_page","route":"/services","title":"Services"}]}'
    assert "".join(batches) == plan
    chunks = len(plan) // 3 + 1
    assert 1 <= len(batches) < chunks, "text arrives batched (~50 ms), not one signal per token"
    assert plan in window.prompt.streamed_text()
    assert (project_dir / "app/services/page.tsx").is_file()
    qtbot.waitUntil(lambda: window.tree.is_marked("app/services/page.tsx"), timeout=2000)
    assert not window.tree.is_marked("app/page.tsx")
    assert window.prompt.history.count() == 1
    assert window.meter.results == [result]
    assert "ms" in window.meter.phase_text("ttft_ms") and window.meter.grid.isVisible()
    assert window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    assert window.preview.route == "/services"
    assert "tok" in window.status.speed.text()
    assert str(project_dir) == window.settings.recent[0]


def test_undo_and_redo_by_shortcut_follow_the_tree(qtbot: Any, window: Any, project_dir: Path) -> None:
    open_project(qtbot, window, project_dir)
    send(qtbot, window, "I need a services page")
    page = project_dir / "app/services/page.tsx"
    assert page.is_file()
    window.prompt.input.setFocus()
    qtbot.keyClick(window.prompt.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.exists(), timeout=2000)
    assert "undone" in window.prompt.history.item(0).text()
    assert window.act_redo.isEnabled() and not window.act_undo.isEnabled()
    qtbot.waitUntil(lambda: window.preview.route == "/", timeout=2000)
    qtbot.keyClick(window.prompt.input, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(page.exists, timeout=2000)
    assert "undone" not in window.prompt.history.item(0).text()
    assert window.tree.is_marked("app/services/page.tsx")


def test_undo_while_another_writer_holds_the_project_says_who_and_changes_nothing(
        qtbot: Any, window: Any, project_dir: Path) -> None:
    import os

    from app.projectlock import project_lock

    open_project(qtbot, window, project_dir)
    send(qtbot, window, "I need a services page")
    page = project_dir / "app/services/page.tsx"
    with project_lock(project_dir, "a turn is being applied"):
        started = time.monotonic()
        window.controller.undo()
        assert time.monotonic() - started < 3, "the UI thread waits only briefly"
        qtbot.waitUntil(lambda: window.message.isVisible(), timeout=2000)
        assert f"a turn is being applied by nxr pid {os.getpid()}" in window.message.text
        assert page.is_file() and window.act_undo.isEnabled()
    window.controller.undo()
    qtbot.waitUntil(lambda: not page.exists(), timeout=2000)


def test_ctrl_z_in_the_prompt_undoes_typing_first(qtbot: Any, window: Any, project_dir: Path) -> None:
    open_project(qtbot, window, project_dir)
    send(qtbot, window, "I need a services page")
    qtbot.keyClicks(window.prompt.input, "abc")
    qtbot.keyClick(window.prompt.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (project_dir / "app/services/page.tsx").is_file(), "the text edit took Ctrl+Z"


def test_escape_cancels_mid_stream_and_writes_nothing(qtbot: Any, window: Any, project_dir: Path) -> None:
    slow = FakeEngine('{"ops":[{"op":"add_page","route":"/slow","title":"Slow"}]}', chunk_chars=1, delay_s=0.05)
    window.controller.engine_factory = lambda _p: LocalHost(lambda: slow)
    open_project(qtbot, window, project_dir)
    window.prompt.input.setPlainText("add a slow page")
    window.prompt._send()
    qtbot.waitUntil(lambda: len(window.prompt.streamed_text().splitlines()) > 1, timeout=5000)
    assert window.prompt.cancel_button.isEnabled()
    started = time.perf_counter()
    with qtbot.waitSignal(window.controller.turn_finished, timeout=5000) as blocker:
        qtbot.keyClick(window.prompt.input, Qt.Key.Key_Escape)
    assert time.perf_counter() - started < 1.0
    result = blocker.args[0]
    assert result.outcome == "cancelled"
    assert result.tokens < 40
    assert not (project_dir / "app/slow").exists()
    assert "Cancelled" in window.message.text
    assert window.prompt.send_button.isEnabled() and not window.prompt.cancel_button.isEnabled()


def test_clicking_a_turn_shows_its_plan_and_diff(qtbot: Any, window: Any, project_dir: Path) -> None:
    open_project(qtbot, window, project_dir)
    send(qtbot, window, "I need a services page")
    item = window.prompt.history.item(0)
    rect = window.prompt.history.visualItemRect(item)
    qtbot.mouseClick(window.prompt.history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = window.details.toPlainText()
    assert '"op": "add_page"' in text
    assert "+++ b/app/services/page.tsx" in text
    assert window.right.currentWidget() is window.details


def test_fix_it_sends_the_error_as_the_next_prompt(qtbot: Any, window: Any, project_dir: Path) -> None:
    open_project(qtbot, window, project_dir)
    window.preview.errors.set_errors(["app/page.tsx:3:1: Expected '}', got '<eof>'\n  1 | x"])
    assert window.preview.errors.isVisible()
    with qtbot.waitSignal(window.controller.turn_finished, timeout=10000):
        qtbot.mouseClick(window.preview.errors.fix_button, Qt.MouseButton.LeftButton)
    sent = window.controller.engine.engine.calls[-1][-1].content
    assert sent.startswith("fix the error: app/page.tsx:3:1: Expected '}'")


def test_a_project_avery_nxr_did_not_generate_is_edited_in_its_own_code(qtbot: Any, window: Any, ui_dirs: Path) -> None:
    root = make_project(ui_dirs / "hand")
    (root / ".nxr/project.json").unlink(missing_ok=True)  # what marks a project Avery NXR made
    home = (root / "app" / "page.tsx").read_bytes()
    open_project_no_runner(qtbot, window, root)
    assert "prompts edit its code in place" in window.message.text
    result = send(qtbot, window, "I need a services page")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "services" / "page.tsx").is_file()
    assert (root / "app" / "page.tsx").read_bytes() == home


def open_project_no_runner(qtbot: Any, window: Any, root: Path) -> None:
    window.controller.load_engine()
    qtbot.waitUntil(lambda: window.controller.engine is not None, timeout=5000)
    with qtbot.waitSignal(window.controller.project_opened, timeout=5000):
        window.controller.open_project(root)


def test_chart_and_provider_dialogs(qtbot: Any, window: Any, project_dir: Path) -> None:
    open_project(qtbot, window, project_dir)
    send(qtbot, window, "I need a services page")
    send(qtbot, window, "change the button text to Book now")
    chart = window.show_chart()
    assert [s.count() for s in chart.sets] == [2, 2, 2, 2]
    chart.close()
    from app.engine.providers import Attempt, ProviderChoice

    window.controller.engine.engine.provider_choice = ProviderChoice(
        "cpu", None, [Attempt("cuda", False, "no NVIDIA GPU found"), Attempt("cpu", True, "always", True, 0.4)])
    dialog = window.show_provider()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 3).text() == "no NVIDIA GPU found"


def test_double_click_opens_a_highlighted_read_only_source_view(qtbot: Any, window: Any, project_dir: Path) -> None:
    open_project(qtbot, window, project_dir)
    window._open_source(project_dir / "app/page.tsx")
    view = window.dialogs[-1]
    assert view.editor.isReadOnly()
    assert "export default" in view.editor.toPlainText()

    def formats() -> list[Any]:
        out, block = [], view.editor.document().firstBlock()
        while block.isValid():
            out += block.layout().formats()
            block = block.next()
        return out

    qtbot.waitUntil(lambda: bool(formats()), timeout=2000)  # the highlighter coloured something


def test_domain_errors_go_to_the_message_bar_and_crashes_to_the_router(window: Any) -> None:
    window.router.handle(NxrError, NxrError("Nothing to undo."), None)
    assert window.message.isVisible() and "Nothing to undo" in window.message.text
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        window.router.handle(RuntimeError, exc, exc.__traceback__)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert window.router.crashes == ["RuntimeError: boom"]


def test_closing_saves_geometry_splitters_and_recent(qtbot: Any, window: Any, project_dir: Path,
                                                    ui_dirs: Path) -> None:
    open_project(qtbot, window, project_dir)
    window.splitter.setSizes([500, 200, 700])
    window.close()
    data = json.loads((ui_dirs / "data" / "gui-settings.json").read_text())
    assert data["geometry"] and data["recent"] == [str(project_dir)]
    assert len(data["splitters"]["workspace"]) == 3


@pytest.mark.parametrize("files,route", [(["app/services/page.tsx"], "/services"), (["lib/site.ts"], None),
                                         (["app/page.tsx"], "/"), (["app/(shop)/cart/page.tsx"], "/cart")])
def test_route_of_files(files: list[str], route: str | None) -> None:
    from app.ui.controller import route_of_files

    assert route_of_files(files) == route


class FakeServer:
    """DevServer's callback surface; its callbacks fire from a background thread, like the real one."""

    url: str | None = None
    port: int | None = None

    def __init__(self) -> None:
        self.on_started: list[Any] = []
        self.on_error: list[Any] = []
        self.on_finished: list[Any] = []
        self.on_output: list[Any] = []
        self.stopped = False
        self.is_running = False

    def start(self) -> str:
        import threading

        def later() -> None:
            time.sleep(0.05)
            self.url, self.port, self.is_running = "http://127.0.0.1:9", 9, True
            for cb in self.on_started:
                cb(self.url)
            for cb in self.on_output:
                cb("○ Compiling / ...")

        threading.Thread(target=later).start()
        return "http://127.0.0.1:9"

    def errors(self) -> list[str]:
        return ["app/page.tsx:1:1: boom"]

    def stop(self) -> None:
        self.stopped = True


def test_dev_server_callbacks_reach_the_ui_thread(qtbot: Any, ui_dirs: Path, fake_engine: FakeEngine) -> None:
    import threading

    from app.ui.controller import SessionController

    server = FakeServer()
    controller = SessionController(lambda _p: LocalHost(lambda: fake_engine), server_factory=lambda _project: server)
    root = make_project(ui_dirs / "site")
    (root / "node_modules/next").mkdir(parents=True)
    (root / "node_modules/next/package.json").write_text("{}")
    seen: list[tuple[str, bool]] = []
    controller.preview_ready.connect(lambda url: seen.append((url, threading.current_thread() is threading.main_thread())))
    errors: list[list[str]] = []
    controller.preview_errors.connect(errors.append)
    controller.open_project(root)
    qtbot.waitUntil(lambda: bool(seen) and bool(errors), timeout=5000)
    assert seen == [("http://127.0.0.1:9", True)]
    assert errors[-1] == ["app/page.tsx:1:1: boom"]
    controller.shutdown()
    assert server.stopped


def test_provider_change_while_loading_is_applied_after(qtbot: Any, ui_dirs: Path) -> None:
    from app.ui.controller import SessionController

    asked: list[str | None] = []

    def factory(provider: str | None) -> LocalHost:
        asked.append(provider)
        time.sleep(0.2)
        return LocalHost(lambda: FakeEngine("x"))

    controller = SessionController(factory, server_factory=None)
    controller.load_engine(None)
    controller.load_engine("cpu")
    qtbot.waitUntil(lambda: asked == [None, "cpu"] and not controller.engine_loading, timeout=5000)
    controller.shutdown()


class HeldEngine:
    """A model that takes until ``release`` is set to load: the window's state while it warms."""

    def __init__(self, engine: FakeEngine, fail: bool = False) -> None:
        import threading

        self.release = threading.Event()
        self.engine = engine
        self.fail = fail

    def load(self) -> FakeEngine:
        assert self.release.wait(10)
        if self.fail:
            raise NxrError("The model folder is incomplete.")
        return self.engine


def start_loading(qtbot: Any, window: Any, project_dir: Path, held: HeldEngine) -> None:
    window.controller.engine_factory = lambda _p: LocalHost(held.load)
    window.controller.load_engine()
    with qtbot.waitSignal(window.controller.project_opened, timeout=5000):
        window.controller.open_project(project_dir)


def test_a_prompt_sent_while_the_model_loads_waits_for_it_then_runs(qtbot: Any, window: Any, project_dir: Path,
                                                                     fake_engine: FakeEngine) -> None:
    held = HeldEngine(fake_engine)
    start_loading(qtbot, window, project_dir, held)
    window.prompt.input.setPlainText("I need a services page")
    assert window.prompt.send_button.isEnabled(), "Send works before the model is warm"
    with qtbot.waitSignal(window.controller.turn_queued, timeout=2000):
        qtbot.keyClick(window.prompt.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.queued == "I need a services page"
    assert window.prompt.input.toPlainText() == ""
    assert "Waiting for the model" in window.prompt.streamed_text()
    assert window.prompt.cancel_button.isEnabled() and not window.prompt.send_button.isEnabled()
    qtbot.waitUntil(lambda: "waiting for the model (1 s)" in window.status.progress_label.text(), timeout=3000)
    qtbot.keyClicks(window.prompt.input, "next")  # typing on while it waits
    assert not (project_dir / "app/services").exists()
    with qtbot.waitSignal(window.controller.turn_finished, timeout=10000) as blocker:
        held.release.set()
    result = blocker.args[0]
    assert result.applied and (project_dir / "app/services/page.tsx").is_file()
    assert result.timings["model_wait_ms"] >= 1000
    assert "waited" in window.message.text and "for the model" in window.message.text
    assert window.prompt.input.toPlainText() == "next", "a draft typed while it waited is kept"
    assert "waiting" not in window.status.progress_label.text()
    assert window.controller.queued is None


def test_esc_takes_back_a_waiting_prompt(qtbot: Any, window: Any, project_dir: Path, fake_engine: FakeEngine) -> None:
    held = HeldEngine(fake_engine)
    start_loading(qtbot, window, project_dir, held)
    window.prompt.input.setPlainText("I need a services page")
    window.prompt._send()
    assert window.controller.queued is not None
    assert window.act_cancel.isEnabled(), "Edit > Cancel turn (Esc) takes a waiting prompt back too"
    with qtbot.waitSignal(window.controller.queue_dropped, timeout=2000):
        qtbot.keyClick(window.prompt.input, Qt.Key.Key_Escape)
    assert window.prompt.input.toPlainText() == "I need a services page", "nothing typed is lost"
    assert not window.act_cancel.isEnabled()
    assert "not sent" in window.message.text
    held.release.set()
    qtbot.waitUntil(lambda: window.controller.runner is not None, timeout=5000)
    qtbot.wait(100)
    assert window.controller.turn is None and not (project_dir / "app/services").exists()
    assert window.prompt.send_button.isEnabled()


def test_a_waiting_prompt_comes_back_when_the_model_fails_to_load(qtbot: Any, window: Any, project_dir: Path,
                                                                  fake_engine: FakeEngine) -> None:
    held = HeldEngine(fake_engine, fail=True)
    start_loading(qtbot, window, project_dir, held)
    window.prompt.input.setPlainText("I need a services page")
    window.prompt._send()
    with qtbot.waitSignal(window.controller.queue_dropped, timeout=5000):
        held.release.set()
    assert window.prompt.input.toPlainText() == "I need a services page"
    assert "not sent: the model did not load. It is back in the input." in window.prompt.streamed_text()
    assert "The model folder is incomplete." in window.message.text, "the bar says why"
    assert window.controller.queued is None and window.controller.turn is None
    assert not window.prompt.send_button.isEnabled()
    assert not (project_dir / "app/services").exists()


def test_the_draft_is_prefilled_when_the_user_pauses(qtbot: Any, window: Any, project_dir: Path) -> None:
    drafts: list[str] = []

    class Drafting(FakeEngine):
        def prefill(self, messages: Any, options: Any = None) -> None:
            drafts.append(messages[-1].content.split("\n")[0])

    window.controller.engine_factory = lambda _p: LocalHost(lambda: Drafting(PLANS_SERVICES))
    open_project(qtbot, window, project_dir)
    qtbot.keyClicks(window.prompt.input, "I need a services page")
    qtbot.waitUntil(lambda: bool(drafts), timeout=3000)
    assert drafts == ["I need a services page"], "one prefill after the pause, not one per key"


def test_quitting_while_the_model_loads_ends_the_loading_model(qtbot: Any, ui_dirs: Path) -> None:
    import threading

    from app.ui.controller import SessionController

    class LoadingHost:
        def __init__(self) -> None:
            self.entered = threading.Event()
            self.closed = threading.Event()

        def wait_ready(self, report: Any) -> None:
            self.entered.set()
            assert self.closed.wait(10), "nobody ended the load"
            raise NxrError("The model process stopped unexpectedly (exit code 0).")

        def close(self) -> None:
            self.closed.set()

    host = LoadingHost()
    controller = SessionController(lambda _p: host, server_factory=None)  # type: ignore[arg-type, return-value]
    controller.load_engine()
    qtbot.waitUntil(host.entered.is_set, timeout=5000)
    controller.shutdown()
    assert host.closed.is_set()
    qtbot.waitUntil(lambda: not controller.engine_loading, timeout=5000)
