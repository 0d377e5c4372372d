"""Driving the real window from a script (scripts/screenshots.py, scripts/screenshots_code.py):
run Qt's event loop for a while, wait for a condition, read the preview's text, send a prompt.

Qt is imported when first needed, so a script can set up its display before anything Qt loads.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def pump(ms: int) -> None:
    """Let Qt run (signals, the preview, the dev server's output) for ``ms`` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(controller: Any, cond: Callable[[], bool], timeout: float, what: str) -> None:
    """Pump until ``cond()`` holds; after ``timeout`` seconds print the dev server's state and exit."""
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            print(dev_server_state(controller), flush=True)
            raise SystemExit(f"timed out waiting for {what}")
        pump(50)


def dom_text(window: Any, controller: Any) -> str:
    """The preview page's visible text (``document.body.innerText``); waits up to 10 s for it."""
    box: dict[str, Any] = {}
    window.preview.run_js("document.body ? document.body.innerText : ''", lambda v: box.setdefault("v", v))
    until(controller, lambda: "v" in box, 10, "the page's text")
    return str(box["v"] or "")


def send(window: Any, controller: Any, text: str, timeout: float) -> Any:
    """Type ``text`` into the prompt box, send it and wait for its turn; returns the turn's result."""
    window.prompt.input.setPlainText(text)
    done: list[Any] = []
    controller.turn_finished.connect(done.append)
    window.prompt.send_button.click()
    until(controller, lambda: bool(done), timeout, f"the turn {text!r}")
    controller.turn_finished.disconnect(done.append)
    return done[0]


def dev_server_state(controller: Any) -> str:
    """What next dev said last and which errors its log parser holds (printed on a timeout)."""
    server = controller.server
    if server is None:
        return "no dev server"
    lines = server.recent_output(40) if hasattr(server, "recent_output") else []
    return "dev server output (last 40 lines):\n  " + "\n  ".join(lines) + f"\nerrors: {server.errors()}"
