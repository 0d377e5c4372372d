"""The message bar (domain errors and notices, never a modal) and the status bar's widgets.

Status bar: the model, the provider the probe chose (click: the probe's reasons,
``engine.provider_choice.attempts``), tokens/s of the last turn, and a progress
indicator with a text for every step that takes longer than a moment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QStatusBar, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from app.errors import NxrError
from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)


class MessageBar(QFrame):
    """A dismissable strip over the top of the workspace for errors the user can act on.

    It floats (:meth:`attach_over`) rather than taking room in a layout, so a banner coming
    and going never slides the workspace down and up; ``region`` says which part of the host
    it may cover (its top edge and width), the whole width when not given.
    """

    action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._region: Callable[[], QRect] | None = None
        self.hide()

    def attach_over(self, host: QWidget, region: Callable[[], QRect] | None = None) -> None:
        self.setParent(host)
        self._region = region
        host.installEventFilter(self)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        area = self._region() if self._region is not None else host.rect()
        height = self.heightForWidth(area.width()) if self.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry(area.x(), area.y(), area.width(), height)
        self.raise_()

    def show_message(self, text: str, level: str = "info", timeout_ms: int = 0) -> None:
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.place()
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, NxrError):
            text = exc.message + (f"\nWhat to do: {exc.hint}" if exc.hint else "")
        else:
            text = str(exc)
        self.show_message(text, "error")

    @property
    def text(self) -> str:
        return self.label.text()


class ProviderDialog(QDialog):
    """Why the probe chose this provider: each candidate, eligible or not, and its reason."""

    def __init__(self, choice: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Execution provider")
        self.resize(680, 260)
        layout = QVBoxLayout(self)
        override = getattr(choice, "override", None)
        head = QLabel(f"<b>{getattr(choice, 'provider', '?')}</b> "
                      + (f"(override: {override})" if override else "(chosen by the hardware probe)"))
        layout.addWidget(head)
        attempts = list(getattr(choice, "attempts", []))
        table = QTableWidget(len(attempts), 4)
        table.setHorizontalHeaderLabels(["provider", "result", "load s", "reason"])
        for row, a in enumerate(attempts):
            result = "loaded" if a.loaded else ("skipped" if not a.eligible else "failed")
            values = [a.provider, result, "" if a.load_s is None else f"{a.load_s:.2f}", a.reason]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(row, col, item)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        layout.addWidget(table)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class StatusPanel:
    """Populates a QStatusBar: progress on the left, model / provider / speed on the right."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.steps: dict[str, str] = {}
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.model = QLabel("Model: loading…")
        self.provider = QPushButton("Provider: …")
        self.provider.setFlat(True)
        self.provider.setToolTip("Why this provider? Click for the hardware probe's reasons")
        self.provider.setEnabled(False)
        self.speed = QLabel("")
        bar.addWidget(self.progress)
        bar.addWidget(self.progress_label, 1)
        for w in (self.model, self.provider, self.speed):
            bar.addPermanentWidget(w)
        self._refresh()

    def set_step(self, key: str, text: str) -> None:
        if text:
            self.steps[key] = text
        else:
            self.steps.pop(key, None)
        self._refresh()

    def _refresh(self) -> None:
        busy = bool(self.steps)
        self.progress.setVisible(busy)
        self.progress_label.setText("   ".join(self.steps.values()) if busy else "Ready")

    def set_engine(self, engine: Any) -> None:
        info = engine.info
        self.model.setText(f"Model: {info.model_id}")
        self.provider.setText(f"Provider: {info.provider}")
        self.provider.setEnabled(getattr(engine, "provider_choice", None) is not None)

    def set_engine_failed(self) -> None:
        self.model.setText("Model: not loaded")
        self.provider.setText("Provider: none")

    def set_speed(self, tokens: int, tps: float | None) -> None:
        self.speed.setText(f"{tokens} tok" + (f" · {tps:.0f} tok/s" if tps else ""))
