"""The desktop window on real parts: the bundled model, a real project, real `next dev`, QtWebEngine.

Open a project, send prompts the bundled base model maps to the right plan, see the
tree mark the file and the preview's DOM show the text, undo, cancel mid-stream.
The model runs in its engine process, as in the app. Runs offscreen; under a minute on
2 cores (model load + warm-up, first compile).
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

pytestmark = pytest.mark.integration


@pytest.fixture()
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from app.ui.controller import SessionController
    from app.session.enginehost import EngineProcess
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    controller = SessionController(lambda provider: EngineProcess(provider))  # the app's own set-up
    win = MainWindow(controller, Settings.load())
    qtbot.addWidget(win)
    win.show()
    yield win
    controller.shutdown()


def page_text(qtbot: Any, window: Any) -> str:
    box: dict[str, Any] = {}
    window.preview.run_js("document.body ? document.body.innerText : ''", lambda v: box.setdefault("v", v))
    qtbot.waitUntil(lambda: "v" in box, timeout=5000)
    return str(box["v"] or "")


def wait_dom(qtbot: Any, window: Any, predicate: Any, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: window.preview.view is not None and predicate(page_text(qtbot, window)), timeout=timeout)


def plan_text(plan: str) -> str:
    op = json.loads(plan)["ops"][0]
    return str(op.get("text") or op.get("title"))


def send(qtbot: Any, window: Any, text: str, timeout: int = 60000) -> Any:
    window.prompt.input.setPlainText(text)
    with qtbot.waitSignal(window.controller.turn_finished, timeout=timeout) as blocker:
        qtbot.keyClick(window.prompt.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return blocker.args[0]


def test_open_prompt_preview_undo_cancel(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from app.scaffold.project import create_project

    project = create_project(tmp_path / "site", "Gui Test")
    c = window.controller
    with qtbot.waitSignal(c.engine_ready, timeout=60000):
        c.load_engine("cpu")
    with qtbot.waitSignal(c.preview_ready, timeout=90000):
        c.open_project(project.root)
    qtbot.waitUntil(lambda: c.runner is not None and c.runner.preview is not None, timeout=5000)
    wait_dom(qtbot, window, lambda t: "Gui Test" in t, timeout=60000)  # first compile of /

    result = send(qtbot, window, "I need a services page")
    assert result.applied and result.preview_ok, (result.plan, result.message)
    assert result.route == "/services"
    qtbot.waitUntil(lambda: window.tree.is_marked("app/services/page.tsx"), timeout=5000)
    assert window.preview.route == "/services"
    wait_dom(qtbot, window, lambda t: "Services" in t)
    assert window.meter.results[-1].timings["preview_ms"] is not None

    # An edit of the home page; the check uses the text the plan set (the base model may paraphrase).
    result = send(qtbot, window, "change the main heading to Fresh bread daily")
    assert result.applied and result.preview_ok, (result.plan, result.message)
    text = plan_text(result.plan)
    window.preview.navigate("/")
    wait_dom(qtbot, window, lambda t: text in t)

    window.prompt.input.setFocus()
    qtbot.keyClick(window.prompt.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_dom(qtbot, window, lambda t: text not in t and "Gui Test" in t)
    assert window.act_redo.isEnabled()
    assert window.tree.is_marked(result.files[-1])

    window.prompt.input.setPlainText("create a blog page titled Latest News")
    with qtbot.waitSignal(c.turn_text, timeout=30000):
        window.prompt._send()
    with qtbot.waitSignal(c.turn_finished, timeout=10000) as blocker:
        qtbot.keyClick(window.prompt.input, Qt.Key.Key_Escape)
    cancelled = blocker.args[0]
    assert cancelled.outcome == "cancelled"
    assert not (project.root / "app" / "blog").exists()
    assert window.router.crashes == []
