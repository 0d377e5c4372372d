"""The window's side of the picker's models: the Model menu's list, and "Try with MODEL".

- :func:`fill_models_menu`: every model (shipped and the user's) with what it is and where
  it runs; choosing one makes it the default (the engine reloads).
- :class:`EscalationOffer`: a strip shown when the default model declined a request and a
  larger model is configured (``nxr model escalate ID``); its button re-sends the prompt
  with that model through the same turn path (:class:`Escalator`), so the meter shows that
  turn's wait and the model's name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from app.errors import NxrError
from app.ui.strip import OfferStrip
from app.ui.workers import Task

log = logging.getLogger(__name__)


def fill_models_menu(menu: QMenu, on_chosen: Callable[[str], None]) -> None:
    """(Re)fills ``menu`` with one checkable entry per model; the default one is checked."""
    from app.engine import catalog

    menu.clear()
    models, problems = catalog.all_models()
    try:
        default = catalog.default_model_id()
    except NxrError:
        default = ""
    escalate = catalog.escalation_model_id()
    for model in models:
        e = catalog.entry(model)
        marks = (" · offered for declined requests" if e.id == escalate else "") + \
                ("" if e.ready else " · not built")
        act = menu.addAction(f"{e.name} [{e.id}]{marks}")
        act.setToolTip(f"{e.kind}: runs on {e.where}")
        act.setStatusTip(f"{e.kind}: runs on {e.where}")
        act.setCheckable(True)
        act.setChecked(e.id == default)
        act.setEnabled(e.ready)
        act.triggered.connect(lambda _c=False, model_id=e.id: on_chosen(model_id))
    for text in problems:
        act = menu.addAction(text)
        act.setEnabled(False)
    menu.addSeparator()
    hint = menu.addAction("Add a model: nxr model add DIR | --openai URL --model NAME")
    hint.setEnabled(False)


class EscalationOffer(OfferStrip):
    """"The model declined this. [Try with MODEL]" (hidden until a decline)."""

    try_requested = Signal(str, str)  # model id, prompt

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("escalationOffer", parent=parent)
        self.model_id = ""
        self.prompt = ""

    def offer_for(self, result: Any) -> bool:
        """Shows the offer when ``result`` was declined (not held) and a larger model is configured."""
        from app.engine.catalog import escalation_model_id

        # a held turn's plan is one click away (the held strip): no larger model is offered for it
        larger = escalation_model_id() if result.outcome == "declined" and not getattr(result, "held", False) else None
        if not larger or larger == result.model:
            self.hide()
            return False
        self.model_id, self.prompt = larger, result.prompt
        self.label.setText(f"{result.model} declined this request. A larger model may do it; its answer goes "
                           "through the same checks and can be undone.")
        self.button.setText(f"Try with {larger}")
        self.show()
        return True

    def _clicked(self) -> None:
        super()._clicked()
        self.try_requested.emit(self.model_id, self.prompt)


class Escalator(QObject):
    """Opens the larger model (once, off the UI thread) and sends the prompt through the controller."""

    failed = Signal(object)  # NxrError

    def __init__(self, controller: Any) -> None:
        super().__init__()
        self.controller = controller
        self.engines: dict[str, Any] = {}

    def try_with(self, model_id: str, prompt: str) -> None:
        project = self.controller.project
        if project is None:
            return
        engine = self.engines.get(model_id)
        if engine is not None:
            self._send(engine, prompt)
            return

        def work(report: Callable[[str], None]) -> Any:
            from app.engine.catalog import open_engine

            report(f"Loading {model_id}…")
            return open_engine(model_id)

        task = Task(work, "escalate")
        task.progress.connect(lambda text: self.controller.busy.emit("escalate", text))
        task.done.connect(lambda engine: self._opened(model_id, engine, prompt))
        task.failed.connect(self._failed)
        task.start()

    def _opened(self, model_id: str, engine: Any, prompt: str) -> None:
        self.controller.busy.emit("escalate", "")
        self.engines[model_id] = engine
        self._send(engine, prompt)

    def _send(self, engine: Any, prompt: str) -> None:
        from app.session.turn import TurnRunner

        c = self.controller
        server = c.server if c._server_up() else None
        c.send(prompt, runner=TurnRunner(c.project.root, engine, server))

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.controller.busy.emit("escalate", "")
        self.failed.emit(exc if isinstance(exc, NxrError) else NxrError(f"The larger model did not load: {exc}"))

    def close(self) -> None:
        for engine in self.engines.values():
            try:
                engine.close()
            except Exception:  # closing at exit: log, never block quitting
                log.exception("closing an escalation engine failed")
        self.engines.clear()
