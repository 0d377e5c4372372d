"""The Turns list and a turn's plan and diff.

:class:`TurnList` shows ``app.session.turnlist`` rows: the number, the prompt elided at a
word boundary to the list's width (the full prompt is the tooltip), and on a second line
what the turn did (✓), that it was undone, or why it wrote nothing (✗ and its message).
:class:`TurnDetails` is the plan and diff of one turn, in the wide preview column: a
header (prompt, when, files), the plan as indented JSON, then a coloured monospace diff.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QResizeEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from app.session.turnlist import UNSURE_MARK, TurnRow, human_time, shown
from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)
from app.ui.highlight import CodeHighlighter
from app.ui.widgets import elide_words

MUTED = "#8c959f"
FAILED = "#c0392b"


def row_detail(row: TurnRow) -> str:
    if row.state == "applied":
        return f"{UNSURE_MARK if row.unsure else '✓'} {row.detail or 'applied'}"
    if row.state == "undone":
        return f"↶ undone: {row.detail or 'applied'}"
    mark = shown(row.state).mark
    if row.detail.lower().startswith(row.state):  # "Cancelled; nothing was written." says it already
        return f"{mark} {row.detail}"
    return f"{mark} {row.state}" + (f": {row.detail}" if row.detail else "")


class TurnList(QListWidget):
    """One item per row, two lines, elided to the width (re-elided when the list is resized)."""

    turn_selected = Signal(str)  # turn id (only turns that wrote something have a plan and diff)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TurnRow] = []
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # elided here, at word boundaries
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.itemClicked.connect(self._clicked)

    def set_rows(self, rows: Sequence[TurnRow]) -> None:
        self.rows = list(rows)
        self.clear()
        for row in self.rows:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, row.turn_id)
            tip = [row.prompt, row_detail(row)]
            if row.at:
                tip.append(human_time(row.at))
            if row.files:
                tip.append("files: " + ", ".join(row.files))
            item.setToolTip("\n".join(tip))
            if row.state == "undone":
                item.setForeground(QColor(MUTED))
            elif shown(row.state).level == "error":  # a turn that changed nothing or declined is not a failure
                item.setForeground(QColor(FAILED))
            elif not row.wrote:
                item.setForeground(QColor(MUTED))
            self.addItem(item)
        self._elide()
        if self.rows:
            self.scrollToBottom()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(40, self.viewport().width() - 12)
        for i, row in enumerate(self.rows):
            head = elide_words(f"{row.number}. {row.prompt}", metrics, width)
            detail = elide_words(row_detail(row), metrics, width - metrics.horizontalAdvance("    "))
            self.item(i).setText(f"{head}\n    {detail}")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _clicked(self, item: QListWidgetItem) -> None:
        turn_id = item.data(Qt.ItemDataRole.UserRole)
        if turn_id:
            self.turn_selected.emit(turn_id)


class TurnDetails(QWidget):
    """A turn's prompt, time, files, plan and diff, with room to read them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.header = QLabel("Click a turn in the Turns list to see its plan and diff.")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._highlighter = CodeHighlighter(self.text.document(), "diff")
        layout.addWidget(self.text, 1)

    def show_turn(self, turn: Any, diff: str) -> None:
        try:
            plan = json.dumps(json.loads(turn.plan), indent=2)
        except (TypeError, ValueError):
            plan = turn.plan or "-"
        files = ", ".join(turn.files) or "none"
        self.header.setText(f"<b>{html.escape(turn.prompt)}</b><br><span style='color:{MUTED}'>{human_time(turn.at)}"
                            f" · {len(turn.files)} file{'s' if len(turn.files) != 1 else ''}: {html.escape(files)}</span>")
        self.text.setPlainText(f"Plan:\n{plan}\n\nDiff:\n{diff or '(no changes)'}")

    def clear(self) -> None:
        self.header.setText("Click a turn in the Turns list to see its plan and diff.")
        self.text.clear()

    def toPlainText(self) -> str:  # noqa: N802 (reads like the text views it replaced, for tests)
        return f"{self.header.text()}\n{self.text.toPlainText()}"
