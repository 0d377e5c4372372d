"""Background work for the window: nothing slow ever runs on the UI thread.

- :class:`Task` runs a callable on the global ``QThreadPool`` and reports back by
  signal (``progress`` text, ``done`` result, ``failed`` exception + traceback).
- :class:`TurnThread` runs one ``TurnRunner.run`` in a ``QThread``. The model's
  text is appended to a locked buffer by the worker and drained on the UI thread
  by a 50 ms timer, so the UI gets one ``batch`` signal per ~50 ms however fast
  tokens arrive. ``cancel()`` reaches ``Response.cancel()`` (via ``on_response``),
  which stops the generation within one token.
- :class:`DevServerBridge` turns ``DevServer``'s background-thread callbacks into
  signals, which Qt queues onto the UI thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)

log = logging.getLogger(__name__)

BATCH_MS = 50


class _TaskSignals(QObject):
    progress = Signal(str)
    done = Signal(object)
    failed = Signal(object, str)

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task: Task | None = task
        self.done.connect(self.release)
        self.failed.connect(self.release)

    def release(self, *_args: Any) -> None:
        """Runs on the UI thread after the result was delivered: the task may now be collected.
        The task <-> signals cycle is broken here, so both are freed by reference count on this
        thread (the cyclic GC could otherwise delete this QObject from any thread)."""
        task, self.task = self.task, None
        if task is not None:
            QTimer.singleShot(0, lambda: Task._alive.discard(task))


class Task(QRunnable):
    """``fn(report)`` on the thread pool; ``report(text)`` emits ``progress``."""

    _alive: set[Task] = set()  # keep Python wrappers alive until they finish

    def __init__(self, fn: Callable[[Callable[[str], None]], Any], name: str = "task") -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.name = name
        self.signals = _TaskSignals(self)
        self.progress = self.signals.progress
        self.done = self.signals.done
        self.failed = self.signals.failed

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except BaseException as exc:  # reported, never swallowed
            log.info("task %s failed: %r", self.name, exc)
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)

    def start(self) -> Task:
        Task._alive.add(self)
        QThreadPool.globalInstance().start(self)
        return self


class TurnThread(QThread):
    """One turn off the UI thread, its text streamed in ~50 ms batches."""

    batch = Signal(str)
    phase = Signal(str)  # generating | applying | preview (app.session.turn.PHASES)
    turn_done = Signal(object)  # TurnResult
    turn_failed = Signal(object, str)  # exception, traceback

    def __init__(self, runner: Any, prompt: str, batch_ms: int = BATCH_MS) -> None:
        super().__init__()
        self.runner = runner
        self.prompt = prompt
        self.result: Any = None
        self.error: tuple[BaseException, str] | None = None
        self.batches = 0
        self._lock = threading.Lock()
        self._pending: list[str] = []
        self._response: Any = None
        self._cancel = False
        self._timer = QTimer(self)
        self._timer.setInterval(batch_ms)
        self._timer.timeout.connect(self.flush)
        self.started.connect(self._timer.start)
        self.finished.connect(self._finish)

    # -- worker thread -------------------------------------------------------
    def run(self) -> None:
        try:
            self.result = self.runner.run(self.prompt, on_text=self._on_text, on_response=self._on_response,
                                          on_phase=self._on_phase)
        except BaseException as exc:
            self.error = (exc, traceback.format_exc())

    def _on_text(self, chunk: str) -> None:
        with self._lock:
            self._pending.append(chunk)

    def _on_phase(self, phase: str) -> None:
        self.phase.emit(phase)  # queued onto the UI thread

    def _on_response(self, response: Any) -> None:
        with self._lock:
            self._response = response
            cancel = self._cancel
        if cancel:
            response.cancel()

    # -- UI thread -----------------------------------------------------------
    def cancel(self) -> None:
        with self._lock:
            self._cancel = True
            response = self._response
        if response is not None:
            response.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel

    def flush(self) -> None:
        with self._lock:
            text = "".join(self._pending)
            self._pending.clear()
        if text:
            self.batches += 1
            self.batch.emit(text)

    def _finish(self) -> None:
        self._timer.stop()
        self.flush()
        if self.error is not None:
            self.turn_failed.emit(*self.error)
        else:
            self.turn_done.emit(self.result)


class DevServerBridge(QObject):
    """DevServer callbacks (background threads) as Qt signals (delivered on the UI thread)."""

    started = Signal(str)
    error = Signal(str)
    finished = Signal(int, bool)
    output = Signal(str)

    def attach(self, server: Any) -> None:
        server.on_started.append(self.started.emit)
        server.on_error.append(self.error.emit)
        server.on_finished.append(lambda code, expected: self.finished.emit(int(code), bool(expected)))
        server.on_output.append(self.output.emit)
