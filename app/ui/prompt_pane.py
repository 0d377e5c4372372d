"""The prompt pane: the session's turns, the model's streamed output, the plan/diff, the input.

Ctrl+Enter sends; Esc cancels the running turn. Streamed text arrives in ~50 ms
batches (see ``workers.TurnThread``) and is appended without re-layout of the
whole document. Clicking a turn in the history shows its plan and its diff.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)
from app.ui.highlight import CodeHighlighter


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
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.itemClicked.connect(self._clicked)
        tl.addWidget(self.history)
        self.splitter.addWidget(top)

        self.tabs = QTabWidget()
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setFont(mono)
        self.output.setPlaceholderText("The model's plan streams here as it is generated.")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(mono)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setPlaceholderText("Click a turn to see its plan and diff.")
        self._diff_highlighter = CodeHighlighter(self.details.document(), "diff")
        self.tabs.addTab(self.output, "Output")
        self.tabs.addTab(self.details, "Plan && diff")
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([160, 240])
        layout.addWidget(self.splitter, 1)

        self.meter_slot = QVBoxLayout()
        layout.addLayout(self.meter_slot)

        self.input = PromptEdit()
        self.input.setPlaceholderText("Describe a change, e.g. “I need a services page”")
        self.input.setFixedHeight(72)
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
        self.set_ready(False)

    # -- state ---------------------------------------------------------------
    def set_ready(self, ready: bool, why: str = "The model is loading…") -> None:
        self._ready = ready
        self._update_buttons()
        self.send_button.setToolTip("" if ready else why)

    def set_running(self, running: bool) -> None:
        self._running = running
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.send_button.setEnabled(self._ready and not self._running)
        self.cancel_button.setEnabled(self._running)

    def _send(self) -> None:
        text = self.input.toPlainText().strip()
        if text and self._ready and not self._running:
            self.send_requested.emit(text)

    # -- streaming -----------------------------------------------------------
    def begin_turn(self, prompt: str) -> None:
        self.tabs.setCurrentWidget(self.output)
        self.output.setPlainText(f"› {prompt}\n")
        self.input.clear()

    def append_text(self, text: str) -> None:
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.output.setTextCursor(cursor)
        self.output.ensureCursorVisible()

    def end_turn(self, result: Any) -> None:
        lines = ["", ""]
        if result.applied:
            lines.append("✓ " + ("; ".join(result.summary) or "applied"))
            if getattr(result, "model_plan", ""):
                lines.append("(the plan above was fitted to the words of your request)")
            if result.files:
                lines.append("files: " + ", ".join(result.files))
        else:
            lines.append(f"✗ {result.outcome}: {result.message}")
        if result.applied and result.message:
            lines.append(result.message)
        self.append_text("\n".join(lines) + "\n")

    def streamed_text(self) -> str:
        return self.output.toPlainText()

    # -- history -------------------------------------------------------------
    def set_history(self, hist: Any) -> None:
        self.history.clear()
        for n, turn in enumerate(hist.turns, start=1):
            applied = n <= hist.position
            label = f"{n}. {turn.prompt if len(turn.prompt) <= 90 else turn.prompt[:87] + '…'}"
            if turn.summary:
                summary = "; ".join(turn.summary)
                label += f"\n    {summary if len(summary) <= 70 else summary[:67] + '…'}"
            if not applied:
                label += "  (undone)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, turn.id)
            item.setToolTip(f"{turn.at} · files: {', '.join(turn.files)}")
            if not applied:
                item.setForeground(QColor("#8c959f"))
            self.history.addItem(item)
        if hist.turns:
            self.history.scrollToBottom()

    def _clicked(self, item: QListWidgetItem) -> None:
        self.turn_selected.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_details(self, turn: Any, diff: str) -> None:
        try:
            plan = json.dumps(json.loads(turn.plan), indent=2)
        except (TypeError, ValueError):
            plan = turn.plan or "-"
        text = (f"Prompt: {turn.prompt}\nWhen:   {turn.at}\nFiles:  {', '.join(turn.files)}\n\n"
                f"Plan:\n{plan}\n\nDiff:\n{diff or '(no changes)'}")
        self.details.setPlainText(text)
        self.tabs.setCurrentWidget(self.details)
