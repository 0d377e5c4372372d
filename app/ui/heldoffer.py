"""A strip above the workspace after a turn the doubt gate doubted: what was read, and one click on.

A flagged turn (the default) was made: the button undoes it, as Edit → Undo does. A held turn
(``NXR_DOUBT=hold``) wrote nothing: the button sends "yes" through the controller like any typed
request, so the change is made, recorded and undoable exactly as a typed one is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.session.doubt import reading
from app.ui.strip import OfferStrip

YES = "yes"


class HeldOffer(OfferStrip):
    """"I'm not sure I read that right … [Undo it]" after a flagged turn, "[Make this change]" after a held one."""

    confirm_requested = Signal(str)  # the reply that applies the held plan
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("heldOffer", "Make this change", parent)
        self.held = False

    def offer_for(self, result: Any) -> bool:
        """Shown after a doubted turn, hidden after any other: a held plan is for the very next turn only."""
        self.held = bool(getattr(result, "held", False))
        if not (self.held or getattr(result, "flagged", False)):
            self.hide()
            return False
        self.label.setText(reading(list(result.summary), held=self.held))
        self.button.setText("Make this change" if self.held else "Undo it")
        self.show()
        return True

    def _clicked(self) -> None:
        super()._clicked()
        if self.held:
            self.confirm_requested.emit(YES)
        else:
            self.undo_requested.emit()
