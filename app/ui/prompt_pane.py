"""The prompt pane: the session's turns, the model's streamed output, the input.

Ctrl+Enter sends (only a prompt with words in it); Esc cancels the running turn
until its plan is being applied, and a prompt that wrote nothing goes back into the
box. Streamed text arrives in ~50 ms batches (see ``workers.TurnThread``) and is
appended without re-layout of the whole document. Clicking a turn in the list asks
for its plan and diff (``details.TurnDetails``, shown beside the preview).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.session.turnlist import UNSURE_MARK, TurnRow, shown
from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)
from app.ui.details import TurnList


class PromptEdit(QPlainTextEdit):
    submitted = Signal()
    cancelled = Signal()

    def event(self, e: QEvent) -> bool:
        # Ctrl+Z / Ctrl+Shift+Z undo the *turn* unless the text itself has something to undo.
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            doc = self.document()
            if (e.matches(QKeySequence.StandardKey.Undo) and not doc.isUndoAvailable()) or (
                    e.matches(QKeySequence.StandardKey.Redo) and not doc.isRedoAvailable()) or (
                    e.key() == Qt.Key.Key_Escape):
                e.ignore()
                return False
        return super().event(e)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class PromptPane(QWidget):
    send_requested = Signal(str)
    cancel_requested = Signal()
    turn_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        head = QLabel("Turns")
        head.setObjectName("subheading")
        tl.addWidget(head)
        self.history = TurnList()
        self.history.turn_selected.connect(self.turn_selected)
        tl.addWidget(self.history)
        self.splitter.addWidget(top)

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        out_head = QLabel("Output")
        out_head.setObjectName("subheading")
        bl.addWidget(out_head)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setFont(mono)
        self.output.setPlaceholderText("The model's plan streams here as it is generated.")
        bl.addWidget(self.output)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([200, 200])
        layout.addWidget(self.splitter, 1)

        self.meter_slot = QVBoxLayout()
        layout.addLayout(self.meter_slot)

        self.input = PromptEdit()
        self.input.setPlaceholderText("Describe a change, e.g. “I need a services page”")
        self.input.setFixedHeight(72)
        self.input.textChanged.connect(self._update_buttons)
        self.input.submitted.connect(self._send)
        self.input.cancelled.connect(self.cancel_requested)
        layout.addWidget(self.input)
        row = QHBoxLayout()
        hint = QLabel("Ctrl+Enter to send · Esc to cancel")
        hint.setObjectName("muted")
        row.addWidget(hint, 1)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self._send)
        row.addWidget(self.cancel_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self._ready = False
        self._running = False
        self._cancellable = False
        self.sent = ""  # the running turn's prompt, put back in the box if the turn writes nothing
        self.set_ready(False)

    # -- state ---------------------------------------------------------------
    def set_ready(self, ready: bool, why: str = "The model is loading…") -> None:
        self._ready = ready
        self._update_buttons()
        self.send_button.setToolTip("" if ready else why)

    def set_running(self, running: bool) -> None:
        self._running = running
        self._cancellable = running
        self._update_buttons()

    def set_cancellable(self, cancellable: bool) -> None:
        """False once the running turn's plan is being applied: Esc can no longer stop it."""
        self._cancellable = self._running and cancellable
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_text = bool(self.input.toPlainText().strip())
        self.send_button.setEnabled(self._ready and not self._running and has_text)
        self.cancel_button.setEnabled(self._cancellable)

    def _send(self) -> None:
        text = self.input.toPlainText().strip()
        if text and self._ready and not self._running:
            self.send_requested.emit(text)

    # -- streaming -----------------------------------------------------------
    def begin_turn(self, prompt: str) -> None:
        self.sent = prompt
        self.output.setPlainText(f"› {prompt}\n")
        self.input.clear()

    def append_text(self, text: str) -> None:
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.output.setTextCursor(cursor)
        self.output.ensureCursorVisible()

    def end_turn(self, result: Any) -> None:
        if not result.applied and not self.input.toPlainText().strip():
            self.input.setPlainText(self.sent)  # nothing was written: the prompt is the user's to retry
            self.input.moveCursor(QTextCursor.MoveOperation.End)
        self.sent = ""
        lines = ["", ""]
        if result.applied:
            mark = UNSURE_MARK if getattr(result, "flagged", False) else "✓"  # as the Turns list marks it
            lines.append(f"{mark} " + ("; ".join(result.summary) or "applied"))
            if getattr(result, "model_plan", ""):
                lines.append("(the plan above was fitted to the words of your request)")
            if result.files:
                lines.append("files: " + ", ".join(result.files))
        else:
            lines.append(f"{shown(result.outcome).mark} {result.outcome}: {result.message}")
        if result.applied and result.message:
            lines.append(result.message)
        self.append_text("\n".join(lines) + "\n")

    def streamed_text(self) -> str:
        return self.output.toPlainText()

    # -- history -------------------------------------------------------------
    def set_rows(self, rows: Sequence[TurnRow]) -> None:
        self.history.set_rows(rows)
