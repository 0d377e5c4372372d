"""Start-up measurement for bench/startup.py (``NXR_GUI_STARTUP_PROBE``), times from process start.

Modes, each printing lines ``NAME seconds ...`` on stdout, then quitting:

- ``1``: ``NXR_WINDOW_READY`` once the window is exposed and the event loop runs;
- ``load``: also ``NXR_MODEL_READY s max_ui_stall_ms N`` when the model is warm (the longest gap
  of a 10 ms UI-thread heartbeat meanwhile);
- ``session`` (with a project folder and ``NXR_GUI_STARTUP_PROMPT``): acts as a user who types
  that prompt and presses Send as soon as the window lets them: ``NXR_PROMPT_ACCEPTED s
  queued|direct`` when the window took it, ``NXR_MODEL_READY``, and ``NXR_TURN_SHOWN s outcome
  preview_ok`` once the turn's result is on screen.

``NXR_PROBE_ERROR`` reports anything that ended the run early.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer


def install_probe(app: Any, window: Any, controller: Any, mode: str, start_background: Callable[[], None],
                  t0: float) -> None:
    state: dict[str, Any] = {"max_gap": 0.0, "sent": False}

    def say(name: str, *extra: object) -> None:
        print(" ".join([name, f"{time.perf_counter() - t0:.3f}", *map(str, extra)]), flush=True)

    def fail(text: str) -> None:
        print(f"NXR_PROBE_ERROR {text}".replace("\n", " "), flush=True)
        QTimer.singleShot(0, app.quit)

    def heartbeat() -> None:
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
        say("NXR_MODEL_READY", "max_ui_stall_ms", f"{state['max_gap'] * 1000:.0f}")
        if mode == "load":
            QTimer.singleShot(0, app.quit)

    def type_and_send() -> None:
        ready = window.stack.currentWidget() is window.splitter and window.prompt.send_button.isEnabled()
        if not ready:
            QTimer.singleShot(5, type_and_send)
            return
        state["sent"] = True
        window.prompt.input.setPlainText(os.environ.get("NXR_GUI_STARTUP_PROMPT", "I need a services page"))
        window.prompt.send_button.click()

    def shown(result: Any) -> None:
        def report_and_quit() -> None:
            say("NXR_TURN_SHOWN", result.outcome, result.preview_ok)
            app.quit()

        QTimer.singleShot(0, report_and_quit)

    def exposed() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, exposed)
            return
        say("NXR_WINDOW_READY")
        if mode == "1":
            QTimer.singleShot(0, app.quit)
            return
        controller.engine_ready.connect(loaded)
        controller.engine_failed.connect(lambda exc: fail(f"model: {exc}"))
        if mode == "session":
            controller.turn_queued.connect(lambda _p: say("NXR_PROMPT_ACCEPTED", "queued"))
            controller.turn_started.connect(
                lambda _p: None if controller.waited_turn else say("NXR_PROMPT_ACCEPTED", "direct"))
            controller.turn_finished.connect(shown)
            controller.domain_error.connect(lambda exc: fail(str(exc)))
            controller.crashed.connect(lambda exc, _tb: fail(repr(exc)))
            QTimer.singleShot(0, type_and_send)
        start_background()
        heartbeat()

    QTimer.singleShot(0, exposed)
