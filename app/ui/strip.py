"""A strip above the workspace: a sentence, one button and a dismiss cross (hidden until offered)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class OfferStrip(QWidget):
    """What a subclass offers after a turn: ``label`` says it, ``button`` does it (``_clicked``)."""

    def __init__(self, name: str, button_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(button_text)
        self.button.clicked.connect(self._clicked)
        layout.addWidget(self.button)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def _clicked(self) -> None:
        self.hide()
