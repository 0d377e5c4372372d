"""``main()``: the desktop app's entry point (``nxr gui [DIR]`` / ``python -m app gui``).

Cold start is kept short: the window is shown before anything slow happens.
The model (load, grammar set-up, system-prompt prefill), QtWebEngine and the
project's dev server all start afterwards, in the background, with progress in
the status bar. ``NXR_GUI_STARTUP_PROBE=1`` prints the time to a usable window
and quits (bench/startup.py); ``=load`` also waits for the model and reports the
longest UI-thread stall while it loaded.
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
    prepare_environment()
    app = create_app()
    from PySide6.QtCore import QTimer

    from app.ui.controller import SessionController
    from app.ui.crash import ExceptionRouter, setup_logging
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    log_file = setup_logging()
    router = ExceptionRouter()
    router.install()
    settings = Settings.load()

    def engine_factory(chosen: str | None) -> Any:
        if in_process:
            from app.engine.catalog import open_engine

            return open_engine(None, provider=chosen, threads=threads)
        from app.ui.enginehost import EngineProcess

        return EngineProcess(chosen, threads)  # the model's GIL-bound calls must not stall the UI

    controller = SessionController(engine_factory)
    window = MainWindow(controller, settings, router)
    window.show()
    app.aboutToQuit.connect(window.save_settings)
    app.aboutToQuit.connect(controller.shutdown)  # also on Ctrl+C / SIGTERM: never orphan next dev
    _quit_on_signals(app)
    override = provider if provider and provider != "auto" else settings.provider_override()

    def start_background() -> None:
        controller.load_engine(override)
        if project:
            controller.open_project(Path(project))

    probe = os.environ.get("NXR_GUI_STARTUP_PROBE")
    if probe:
        _install_probe(app, window, controller, probe, start_background)
    else:
        QTimer.singleShot(0, start_background)
    import logging

    logging.getLogger(__name__).info("window shown %.3f s after start; log: %s", time.perf_counter() - _T0, log_file)
    code = int(app.exec())
    router.uninstall()
    return code


def _quit_on_signals(app: Any) -> None:
    """SIGINT/SIGTERM quit through Qt (so the dev server and the engine process are stopped)."""
    import signal

    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_a: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)  # lets Python run its signal handlers while Qt waits
    timer.start(250)


def _install_probe(app: Any, window: Any, controller: Any, mode: str, start_background: Any) -> None:
    """Startup measurement: report when the window is exposed (and, in ``load`` mode, UI stalls)."""
    from PySide6.QtCore import QTimer

    state: dict[str, float] = {"max_gap": 0.0}

    def exposed() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, exposed)
            return
        print(f"NXR_WINDOW_READY {time.perf_counter() - _T0:.3f}", flush=True)
        if mode != "load":
            QTimer.singleShot(0, app.quit)
            return
        start_background()
        state["last"] = time.perf_counter()
        beat = QTimer(window)
        beat.setInterval(10)

        def tick() -> None:
            now = time.perf_counter()
            state["max_gap"] = max(state["max_gap"], now - state["last"])
            state["last"] = now

        beat.timeout.connect(tick)
        beat.start()

        def loaded(_engine: Any) -> None:
            print(f"NXR_MODEL_READY {time.perf_counter() - _T0:.3f} max_ui_stall_ms "
                  f"{state['max_gap'] * 1000:.0f}", flush=True)
            QTimer.singleShot(0, app.quit)

        controller.engine_ready.connect(loaded)
        controller.engine_failed.connect(lambda exc: (print(f"NXR_MODEL_FAILED {exc}", flush=True), app.quit()))

    QTimer.singleShot(0, exposed)
