"""``main()``: the desktop app's entry point (``nxr gui [DIR]`` / ``python -m app gui``).

Cold start is kept short: the window is shown before anything slow happens.
The engine process is started first, before Qt, so the model's load, tokenizer,
grammar set-up and system-prompt prefill run while the window is built; a prompt
sent before the model is warm waits for it (``SessionController``). QtWebEngine
and the project's dev server start after the window, in the background, with
progress in the status bar.

``NXR_GUI_STARTUP_PROBE`` measures start-up for bench/startup.py (see
``app.ui.startprobe``).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

_T0 = time.perf_counter()


def prepare_environment() -> None:
    """Environment Qt needs before the QApplication exists."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium refuses to sandbox as root
    os.environ.setdefault("NEXT_TELEMETRY_DISABLED", "1")


def create_app(argv: list[str] | None = None) -> Any:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from app.ui import signalfix  # noqa: F401  (before the first signal is emitted)
    from app.ui.theme import apply_theme, follow_system

    existing = QApplication.instance()
    if existing is not None:
        return existing
    # QtWebEngine is imported lazily (when the preview first loads): it needs shared GL contexts.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Avery NXR")
    app.setOrganizationName("Avery")
    app.setDesktopFileName("avery-nxr")
    apply_theme(app)
    follow_system(app)
    return app


def main(project: str | None = None, provider: str | None = None, threads: int | None = None,
         in_process: bool = False) -> int:
    from app.ui.settings import Settings  # no Qt: read before Qt starts, for the provider

    settings = Settings.load()
    override = provider if provider and provider != "auto" else settings.provider_override()
    early = None if in_process else _start_engine_process(override, threads)
    first_host = early
    prepare_environment()
    app = create_app()
    from PySide6.QtCore import QTimer

    from app.ui.controller import SessionController
    from app.ui.crash import ExceptionRouter, setup_logging
    from app.ui.main_window import MainWindow

    log_file = setup_logging()
    router = ExceptionRouter()
    router.install()

    def engine_factory(chosen: str | None) -> Any:
        nonlocal early
        if in_process:
            from app.engine.catalog import open_engine
            from app.session.enginehost import LocalHost

            return LocalHost(lambda: open_engine(None, provider=chosen, threads=threads))
        from app.session.enginehost import EngineProcess

        started, early = early, None
        if started is not None and started.provider == chosen:
            return started  # loading since before the window existed
        if started is not None:
            started.close()
        return EngineProcess(chosen, threads)  # the model's GIL-bound calls must not stall the UI

    def close_unused() -> None:
        if early is not None:
            early.close()

    controller = SessionController(engine_factory)
    window = MainWindow(controller, settings, router)
    window.show()
    if first_host is not None:  # the window is built: the model gets its share of the CPU again
        QTimer.singleShot(0, first_host.foreground)
    app.aboutToQuit.connect(window.save_settings)
    app.aboutToQuit.connect(controller.shutdown)  # also on Ctrl+C / SIGTERM: never orphan next dev
    app.aboutToQuit.connect(close_unused)
    _quit_on_signals(app)

    def start_background() -> None:
        controller.load_engine(override)
        if project:
            controller.open_project(Path(project))

    probe = os.environ.get("NXR_GUI_STARTUP_PROBE")
    if probe:
        from app.ui.startprobe import install_probe

        install_probe(app, window, controller, probe, start_background, _T0)
    else:
        QTimer.singleShot(0, start_background)
    import logging

    logging.getLogger(__name__).info("window shown %.3f s after start; log: %s", time.perf_counter() - _T0, log_file)
    code = int(app.exec())
    router.uninstall()
    return code


def _start_engine_process(provider: str | None, threads: int | None) -> Any:
    """The engine process, started before Qt so the model warms while the window is built; None
    when it cannot start (the controller's own attempt then says why, in the window)."""
    from app.errors import NxrError
    from app.session.enginehost import EngineProcess

    try:
        return EngineProcess(provider, threads, yield_cpu=True)  # the window starts first
    except NxrError as exc:
        import logging

        logging.getLogger(__name__).warning("the engine process did not start early: %s", exc)
        return None


def _quit_on_signals(app: Any) -> None:
    """SIGINT/SIGTERM quit through Qt (so the dev server and the engine process are stopped)."""
    import signal

    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_a: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)  # lets Python run its signal handlers while Qt waits
    timer.start(250)
