"""The main window: welcome view or workspace (prompt pane | file tree | preview, plan & diff).

Every signal between the session controller and the widgets is connected in one
place, :meth:`MainWindow._connect`. Widgets never talk to the core directly.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from app.errors import NxrError
from app.scaffold.project import display_name
from app.session.turnlist import shown
from app.ui.bars import MessageBar, ProviderDialog, StatusPanel
from app.ui.controller import SessionController
from app.ui.crash import ExceptionRouter
from app.ui.details import TurnDetails
from app.ui.file_tree import FileTree, SourceView
from app.ui.heldoffer import HeldOffer
from app.ui.meter import LatencyMeter
from app.ui.models_ui import EscalationOffer, Escalator, fill_models_menu
from app.ui.preview import PreviewPane
from app.ui.prompt_pane import PromptPane
from app.ui.settings import PROVIDERS, Settings
from app.ui.welcome import WelcomeView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, controller: SessionController, settings: Settings,
                 router: ExceptionRouter | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.settings = settings
        self.router = router or ExceptionRouter(show_dialogs=False)
        self.router.parent_widget = lambda: self
        self.setWindowTitle("Avery NXR")
        self.resize(1440, 900)
        self.setMinimumSize(960, 600)
        self.dialogs: list[QWidget] = []

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.message = MessageBar()

        parent = Path(settings.last_parent) if settings.last_parent else Path.home() / "nxr-sites"
        self.welcome = WelcomeView(parent)
        if settings.prune_recent():  # a folder that is gone is not offered again
            settings.save()
        self.welcome.set_recent(settings.existing_recent())
        self.stack.addWidget(self.welcome)

        self.prompt = PromptPane()
        self.meter = LatencyMeter()
        self.prompt.meter_slot.addWidget(self.meter)
        self.tree = FileTree()
        tree_box = QWidget()
        tl = QVBoxLayout(tree_box)
        tl.setContentsMargins(4, 8, 4, 8)
        self.tree_title = QLabel("Files")
        self.tree_title.setObjectName("subheading")
        tl.addWidget(self.tree_title)
        tl.addWidget(self.tree, 1)
        self.preview = PreviewPane()
        self.details = TurnDetails()
        self.right = QTabWidget()
        self.right.setDocumentMode(True)
        self.right.addTab(self.preview, "Preview")
        self.right.addTab(self.details, "Plan && diff")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspace")
        self.splitter.setChildrenCollapsible(False)
        for w in (self.prompt, tree_box, self.right):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes(settings.splitters.get("workspace") or [440, 230, 770])
        self.stack.addWidget(self.splitter)
        self.message.attach_over(central, self._banner_area)
        self.splitter.splitterMoved.connect(lambda _pos, _i: self.message.place())
        self.stack.currentChanged.connect(lambda _i: self.message.place())

        self.status = StatusPanel(self.statusBar())
        self.escalation = EscalationOffer()  # "Try with MODEL", above the workspace, after a declined request
        outer.insertWidget(0, self.escalation)
        self.held = HeldOffer()  # "Make this change", after a turn the app was unsure it read right
        outer.insertWidget(0, self.held)
        self.escalator = Escalator(controller)
        self._build_menus()
        self._connect()
        self._restore_geometry()

    def _banner_area(self) -> QRect:
        """Banners float over the preview column (its address bar), never over the turns or the prompt."""
        central = self.centralWidget()
        if central is None:
            return QRect()
        if self.stack.currentWidget() is not self.splitter:
            return central.rect()
        left = self.right.mapTo(central, QPoint(0, 0)).x()
        return QRect(left, 0, central.width() - left, central.height())

    # -- menus -------------------------------------------------------------------
    def _build_menus(self) -> None:
        file = self.menuBar().addMenu("&File")
        self.act_new = file.addAction("&New project…", self.show_welcome)
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_open = file.addAction("&Open folder…", self._open_dialog)
        self.act_open.setShortcut(QKeySequence.StandardKey.Open)
        file.addSeparator()
        file.addAction("&Quit", self.close).setShortcut(QKeySequence.StandardKey.Quit)
        edit = self.menuBar().addMenu("&Edit")
        self.act_undo = QAction("&Undo turn", self)
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = QAction("&Redo turn", self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for act in (self.act_undo, self.act_redo):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setEnabled(False)
            edit.addAction(act)
        self.act_cancel = edit.addAction("&Cancel turn")
        self.act_cancel.setShortcut(QKeySequence("Esc"))
        self.act_cancel.setEnabled(False)  # only while a turn runs
        view = self.menuBar().addMenu("&View")
        self.act_chart = view.addAction("Latency &chart…", self.show_chart)
        self.act_chart.setShortcut(QKeySequence("Ctrl+L"))
        view.addAction("&Reload preview", self.preview.reload).setShortcut(QKeySequence("Ctrl+R"))
        model = self.menuBar().addMenu("&Model")
        provider = model.addMenu("&Provider")
        self.provider_group = QActionGroup(self)
        for name in PROVIDERS:
            act = provider.addAction(name if name != "auto" else "auto (hardware probe)")
            act.setCheckable(True)
            act.setChecked(name == self.settings.provider)
            act.setData(name)
            self.provider_group.addAction(act)
        model.addAction("Why this provider?…", self.show_provider)
        model.addAction("&Reload model", self.reload_model)
        self.models_menu = model.addMenu("&Models")
        self.models_menu.aboutToShow.connect(lambda: fill_models_menu(self.models_menu, self.use_model))
        model.addAction("&Compare on this machine…", self.show_pick)

    # -- wiring: the one place where signals are connected ----------------------
    def _connect(self) -> None:
        c = self.controller
        c.busy.connect(self._busy)
        c.model_loading.connect(lambda: self.prompt.set_ready(True))  # a prompt sent now waits for the model
        c.engine_ready.connect(self._engine_ready)
        c.engine_failed.connect(self._engine_failed)
        c.project_opened.connect(self._project_opened)
        c.preview_ready.connect(self.preview.set_base_url)
        c.preview_failed.connect(self._preview_failed)
        c.preview_errors.connect(self.preview.errors.set_errors)
        c.navigate.connect(self._navigate)
        c.turn_queued.connect(self._turn_queued)
        c.queue_dropped.connect(self._queue_dropped)
        c.turn_started.connect(self._turn_started)
        c.turn_phase.connect(self._turn_phase)
        c.turn_text.connect(self.prompt.append_text)
        c.turn_finished.connect(self._turn_finished)
        c.history_changed.connect(self._history_changed)
        c.files_marked.connect(self.tree.mark)
        c.domain_error.connect(self.message.show_error)
        c.notice.connect(lambda text, level: self.message.show_message(text, level, 6000 if level == "info" else 0))
        c.crashed.connect(lambda exc, tb: self.router.crashed.emit(f"{type(exc).__name__}: {exc}", tb))
        self.router.domain_error.connect(self.message.show_error)

        self.welcome.create_requested.connect(self._create)
        self.welcome.open_requested.connect(self._open)
        self.prompt.send_requested.connect(c.send)
        self.prompt.input.textChanged.connect(lambda: c.draft_changed(self.prompt.input.toPlainText()))
        self.prompt.cancel_requested.connect(c.cancel)
        self.prompt.turn_selected.connect(self._show_turn)
        self.preview.fix_requested.connect(self._fix)
        self.meter.chart_requested.connect(self.show_chart)
        self.tree.open_file.connect(self._open_source)
        self.status.provider.clicked.connect(self.show_provider)
        self.act_undo.triggered.connect(lambda: self._next_action(c.undo))
        self.act_redo.triggered.connect(lambda: self._next_action(c.redo))
        self.act_cancel.triggered.connect(c.cancel)
        self.provider_group.triggered.connect(self._provider_chosen)
        self.escalation.try_requested.connect(self.escalator.try_with)
        self.held.confirm_requested.connect(c.send)
        self.held.undo_requested.connect(lambda: self._next_action(c.undo))
        self.escalator.failed.connect(self.message.show_error)

    # -- slots -------------------------------------------------------------------
    def _busy(self, key: str, text: str) -> None:
        self.status.set_step(key, text)
        if key == "project":
            self.welcome.set_busy(bool(text))
            self.welcome.status.setText(text)
        if key == "preview" and text:
            self.preview.set_message(text)

    def _engine_ready(self, engine: Any) -> None:
        self.status.set_engine(engine)
        self.prompt.set_ready(True)

    def _engine_failed(self, exc: BaseException) -> None:
        self.status.set_engine_failed()
        self.prompt.set_ready(False, f"The model did not load: {exc}")

    def _project_opened(self, project: Any) -> None:
        name = display_name(project)
        self.settings.add_recent(project.root, name)
        self.settings.last_parent = str(project.root.parent)
        self.settings.save()
        self.welcome.set_recent(self.settings.existing_recent())
        self.welcome.status.setText("")
        self.setWindowTitle(f"{name} — Avery NXR")
        self.tree_title.setText(f"Files · {project.root.name}")
        self.tree.set_root(project.root)
        self.preview.clear()
        self.meter.reset()
        self.prompt.output.clear()
        self.details.clear()
        self.right.setCurrentWidget(self.preview)
        self.stack.setCurrentWidget(self.splitter)
        self.message.hide()
        if not project.managed:
            self.message.show_message(
                f"{name} was not generated by Avery NXR: prompts edit its code in place, "
                "and every byte they do not change stays as you wrote it.", "info")
        if self.controller.server_factory is None:
            self.preview.set_message("Preview disabled.")
        self.prompt.input.setFocus()

    def _navigate(self, route: str) -> None:
        self.right.setCurrentWidget(self.preview)  # a turn or an undo changed the site: show it
        self.preview.navigate(route)

    def _preview_failed(self, text: str) -> None:
        self.message.show_message(f"Preview: {text}", "warning")

    def _next_action(self, action: Any) -> None:
        """A banner is about the action before: the next one clears it (and may show its own)."""
        self.message.hide()
        action()

    def _turn_queued(self, prompt: str) -> None:
        self.prompt.begin_turn(prompt)
        self.prompt.append_text("Waiting for the model to be ready; this prompt runs the moment it is.\n")
        self.prompt.set_running(True)
        self.act_cancel.setEnabled(True)  # Esc takes the waiting prompt back
        self.message.hide()

    def _queue_dropped(self, prompt: str, why: str) -> None:
        self.prompt.set_running(False)
        self.act_cancel.setEnabled(False)
        if not self.prompt.input.toPlainText().strip():
            self.prompt.input.setPlainText(prompt)  # nothing typed is lost
            why += " It is back in the input."
        self.prompt.append_text(f"✗ {why}\n")
        self.message.show_message(why, "warning")

    def _turn_started(self, prompt: str) -> None:
        # A prompt that waited for the model left the input when it was queued: what is there now
        # was typed while it waited, and stays.
        draft = self.prompt.input.toPlainText() if self.controller.waited_turn else ""
        self.prompt.begin_turn(prompt)
        if draft:
            self.prompt.input.setPlainText(draft)
        self.prompt.set_running(True)
        self.act_cancel.setEnabled(True)
        self.meter.start_loop()
        self.right.setCurrentWidget(self.preview)
        self.message.hide()

    def _turn_phase(self, phase: str) -> None:
        from app.ui.controller import PHASE_TEXT

        cancellable = phase == "generating"
        self.prompt.set_cancellable(cancellable)
        self.act_cancel.setEnabled(cancellable)
        self.meter.show_phase(PHASE_TEXT.get(phase, phase))

    def _turn_finished(self, result: Any) -> None:
        self.prompt.end_turn(result)
        self.prompt.set_running(False)
        self.act_cancel.setEnabled(False)
        self.meter.add_result(result)
        self.status.set_speed(result.tokens, result.tokens_per_s)
        self.escalation.offer_for(result)
        if self.held.offer_for(result):  # a doubted turn's next step is one click away
            self.message.hide()  # the strip says it, beside its button; a bar over it would hide the button
        elif result.outcome == "cancelled":
            self.message.show_message("Cancelled; nothing was written.", "info", 4000)
        elif result.outcome == "unchanged":
            self.message.show_message(result.message, shown(result.outcome).level, 6000)
        elif not result.applied:
            self.message.show_message(f"The turn was not applied ({result.outcome}): {result.message}",
                                      shown(result.outcome).level)
        elif result.preview_ok is False:
            self.preview.errors.set_errors([result.message] + self.preview.errors.errors)
        waited = result.timings.get("model_wait_ms")
        if waited and result.applied and result.preview_ok is not False:
            self.message.show_message(f"This prompt waited {waited / 1000:.1f} s for the model to load, "
                                      "then ran.", "info", 6000)

    def _history_changed(self, hist: Any) -> None:
        self.prompt.set_rows(self.controller.turn_rows(hist))
        self.act_undo.setEnabled(hist.can_undo)
        self.act_redo.setEnabled(hist.can_redo)

    def _show_turn(self, turn_id: str) -> None:
        for turn in self.controller.history().turns:
            if turn.id == turn_id:
                self.details.show_turn(turn, self.controller.diff(turn_id))
                self.right.setCurrentWidget(self.details)
                return

    def _fix(self, prompt: str) -> None:
        self.prompt.input.setPlainText(prompt)
        self.controller.send(prompt)

    def _create(self, folder: Path, name: str) -> None:
        self.controller.create_project(folder, name)

    def _open(self, folder: Path) -> None:
        self.controller.open_project(folder)

    def _open_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a Next.js project", str(self.welcome.default_parent))
        if folder:
            self._open(Path(folder))

    def _open_source(self, path: Path) -> None:
        dialog = SourceView(path, self.tree.root, self)
        self._keep(dialog)

    def _provider_chosen(self, act: QAction) -> None:
        name = str(act.data())
        if name == self.settings.provider:
            return
        self.settings.provider = name
        self.settings.save()
        self.reload_model()

    def reload_model(self) -> None:
        try:
            self.controller.load_engine(self.settings.provider_override())
        except NxrError as exc:
            self.message.show_error(exc)
            return
        self.status.model.setText("Model: reloading…")

    def use_model(self, model_id: str) -> None:
        from app.engine.catalog import write_choice

        write_choice(default=model_id)
        self.reload_model()

    def show_pick(self) -> Any:
        from app.ui.pick_dialog import PickDialog

        dialog = PickDialog(self)
        dialog.model_accepted.connect(lambda _m: self.reload_model())
        return self._keep(dialog)

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.name.setFocus()

    def show_chart(self) -> Any:
        from app.ui.chart import ChartDialog

        from app.session.turnlist import chart_labels

        results = self.controller.results
        labels = chart_labels(self.controller.turn_rows(self.controller.history()), len(results))
        return self._keep(ChartDialog(results, labels, self))

    def show_provider(self) -> Any:
        engine = self.controller.engine
        choice = getattr(engine, "provider_choice", None)
        if choice is None:
            self.message.show_message("The model is not loaded yet (or has no provider probe).", "info", 4000)
            return None
        return self._keep(ProviderDialog(choice, self))

    def _keep(self, dialog: Any) -> Any:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        dialog.show()
        return dialog

    # -- persistence ---------------------------------------------------------------
    def _restore_geometry(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.geometry)))

    def save_settings(self) -> None:
        self.settings.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        self.settings.splitters["workspace"] = list(self.splitter.sizes())
        self.settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_settings()
        self.escalator.close()
        self.controller.shutdown()
        self.preview.dispose()
        super().closeEvent(event)
