"""A strip above the workspace after a turn the doubt gate held: what was read, and one click to make it.

The turn's message already says what the plan would have done and that "yes" makes it; the button
sends that "yes" through the controller like any typed request, so the change is made, recorded
and undoable exactly as a typed one is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

YES = "yes"


class HeldOffer(QWidget):
    """"I'm not sure I read that right … [Make this change]" (hidden until a held turn)."""

    confirm_requested = Signal(str)  # the reply that applies the held plan

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heldOffer")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.button = QPushButton("Make this change")
        self.button.clicked.connect(self._clicked)
        layout.addWidget(self.button)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def offer_for(self, result: Any) -> bool:
        """Shown after a held turn, hidden after any other: a held plan is for the very next turn only."""
        if not getattr(result, "held", False):
            self.hide()
            return False
        self.label.setText(result.message.split(" Type “yes”")[0])
        self.show()
        return True

    def _clicked(self) -> None:
        self.hide()
        self.confirm_requested.emit(YES)
