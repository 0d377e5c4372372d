"""Qt tests run headless (offscreen) with user dirs isolated; the engine is the FakeEngine."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

from app.engine.fake import FakeEngine  # noqa: E402
from app.scaffold.store import template_dir  # noqa: E402
from tests.unit.scaffold.helpers import next_project  # noqa: E402

PLANS = {
    "services": '{"ops":[{"op":"add_page","route":"/services","title":"Services"}]}',
    "button": '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Book now"}]}',
}


def make_project(root: Path, name: str = "UI Test") -> Path:
    """A managed Next.js project on disk (template + generated files) without node_modules."""
    next_project(root, name)
    shutil.copy2(template_dir() / "gitignore", root / ".gitignore")
    return root


def scripted_reply(messages: Any, _opts: Any) -> str:
    prompt = messages[-1].content.lower()
    for key, plan in PLANS.items():
        if key in prompt:
            return plan
    return PLANS["services"]


@pytest.fixture()
def ui_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NXR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture()
def project_dir(ui_dirs: Path) -> Path:
    return make_project(ui_dirs / "site")


@pytest.fixture()
def fake_engine() -> FakeEngine:
    return FakeEngine(scripted_reply, chunk_chars=3, delay_s=0.004)


@pytest.fixture()
def window(qtbot: Any, ui_dirs: Path, fake_engine: FakeEngine) -> Iterator[Any]:
    from app.session.enginehost import LocalHost
    from app.ui.controller import SessionController
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    controller = SessionController(lambda _provider: LocalHost(lambda: fake_engine), server_factory=None)
    win = MainWindow(controller, Settings.load())
    qtbot.addWidget(win)
    win.show()
    yield win
    controller.shutdown()
