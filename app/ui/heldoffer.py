"""A strip above the workspace after a turn the doubt gate held: what was read, and one click to make it.

The turn's message already says what the plan would have done and that "yes" makes it; the button
sends that "yes" through the controller like any typed request, so the change is made, recorded
and undoable exactly as a typed one is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui.strip import OfferStrip

YES = "yes"


class HeldOffer(OfferStrip):
    """"I'm not sure I read that right … [Make this change]" (hidden until a held turn)."""

    confirm_requested = Signal(str)  # the reply that applies the held plan

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("heldOffer", "Make this change", parent)

    def offer_for(self, result: Any) -> bool:
        """Shown after a held turn, hidden after any other: a held plan is for the very next turn only."""
        if not getattr(result, "held", False):
            self.hide()
            return False
        self.label.setText(result.message.split(" Type “yes”")[0])
        self.show()
        return True

    def _clicked(self) -> None:
        super()._clicked()
        self.confirm_requested.emit(YES)
