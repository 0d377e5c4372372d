"""The window's session logic, without widgets: engine, project, preview server, turns.

:class:`SessionController` owns the engine (loaded in the background at start),
the open project, its ``next dev`` server and the running turn. It only emits
signals; ``MainWindow`` connects them to widgets in one place. Slow steps (model
load + warm-up, project creation, first dependency install, dev server start,
turns) run off the UI thread and report progress through ``busy``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import HistoryError, NxrError
from app.scaffold import history
from app.session.log import SessionLog
from app.session.turnlist import Attempt, TurnRow, anchor_of, turn_rows
from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)
from app.ui.workers import DevServerBridge, Task, TurnThread

log = logging.getLogger(__name__)

UI_LOCK_TIMEOUT_S = 1.0  # how long undo/redo waits for another process's write to the project

EngineFactory = Callable[[str | None], Any]
ServerFactory = Callable[[Any], Any]


def default_engine_factory(provider: str | None) -> Any:
    from app.engine.catalog import open_engine

    return open_engine(None, provider=provider)


def default_server_factory(project: Any) -> Any:
    """The project's live ``nxr serve`` server when there is one (never stopped by the window),
    else a ``next dev`` of the window's own. Runs off the UI thread (it may GET the page)."""
    from app.ui.liveserver import ExternalServer, live_server

    info = live_server(project.root)
    if info is not None:
        return ExternalServer(project.root, info)
    from app.preview.devserver import DevServer
    from app.preview.node import find_node

    return DevServer(project.root, find_node())


def route_of_files(files: list[str]) -> str | None:
    """The route a page file belongs to: app/services/page.tsx -> /services."""
    for rel in files:
        parts = rel.split("/")
        if parts[0] in ("app", "src") and parts[-1].startswith("page."):
            segs = [p for p in parts[1:-1] if p != "app" and not (p.startswith("(") and p.endswith(")"))]
            return "/" + "/".join(segs)
    return None


PHASE_TEXT = {"generating": "Generating the plan…", "applying": "Applying the plan…",
              "preview": "Waiting for the preview to show the change…"}


class SessionController(QObject):
    busy = Signal(str, str)  # key, text ("" text = that step ended)
    engine_ready = Signal(object)  # engine
    engine_failed = Signal(object)  # exception
    project_opened = Signal(object)  # Project
    preview_ready = Signal(str)  # base url
    preview_failed = Signal(str)
    preview_errors = Signal(list)  # [str]
    navigate = Signal(str)  # route
    turn_started = Signal(str)
    turn_phase = Signal(str)  # generating | applying | preview, as the running turn reaches it
    turn_text = Signal(str)
    turn_finished = Signal(object)  # TurnResult
    history_changed = Signal(object)  # history.History
    files_marked = Signal(list)  # relative paths changed by the last turn / undo / redo
    domain_error = Signal(object)  # NxrError
    notice = Signal(str, str)  # text, level (info | warning): what an action did, or why it did nothing
    crashed = Signal(object, str)  # unexpected exception, traceback

    def __init__(self, engine_factory: EngineFactory = default_engine_factory,
                 server_factory: ServerFactory | None = default_server_factory) -> None:
        super().__init__()
        self.engine_factory = engine_factory
        self.server_factory = server_factory
        self.engine: Any = None
        self.project: Any = None
        self.runner: Any = None
        self.server: Any = None
        self.bridge = DevServerBridge()
        self.turn: TurnThread | None = None
        self.phase = ""  # the running turn's phase ("" when none runs)
        self.results: list[Any] = []
        self.attempts: list[Attempt] = []  # this session's prompts that wrote nothing
        self.routes: dict[str, str] = {}  # turn id -> route
        self.loop_started: float | None = None
        self._engine_task: Task | None = None
        self._pending_provider: tuple[str | None] | None = None
        self._errors_timer = QTimer(self)
        self._errors_timer.setSingleShot(True)
        self._errors_timer.setInterval(250)
        self._errors_timer.timeout.connect(self._refresh_dev_errors)
        # A throttle, not a debounce: next dev prints on every request while a page is broken,
        # and restarting the timer on each line would hold the panel back until output stops.
        self.bridge.output.connect(lambda _line: self._errors_timer.isActive() or self._errors_timer.start())
        self.bridge.error.connect(self.preview_failed)
        self.bridge.started.connect(self._server_started)
        self.bridge.finished.connect(self._server_finished)

    # -- engine ------------------------------------------------------------------
    @property
    def engine_loading(self) -> bool:
        return self._engine_task is not None

    def load_engine(self, provider: str | None = None) -> None:
        """Loads (or reloads) the engine in the background; a request made while one loads waits for it."""
        if self._engine_task is not None:
            self._pending_provider = (provider,)
            return
        if self.turn is not None:
            raise NxrError("A turn is running; reload the model when it has finished.")
        old, self.engine, self.runner = self.engine, None, None
        factory = self.engine_factory

        def work(report: Callable[[str], None]) -> Any:
            if old is not None:
                old.close()
            report("Loading the model…")
            engine = factory(provider)
            report("Preparing the grammar and the system prompt…")
            from app.session.turn import plan_guidance, plan_system_prompt

            engine.warm(plan_guidance(), plan_system_prompt(engine.info.model_id))
            return engine

        task = Task(work, "engine")
        task.progress.connect(lambda text: self.busy.emit("engine", text))
        task.done.connect(self._engine_loaded)
        task.failed.connect(self._engine_load_failed)
        self._engine_task = task
        self.busy.emit("engine", "Loading the model…")
        task.start()

    def _engine_loaded(self, engine: Any) -> None:
        self._engine_task = None
        self.engine = engine
        self.busy.emit("engine", "")
        self._make_runner()
        self.engine_ready.emit(engine)
        self._load_pending()

    def _engine_load_failed(self, exc: BaseException, tb: str) -> None:
        self._engine_task = None
        self.busy.emit("engine", "")
        self.engine_failed.emit(exc)
        self._report(exc, tb)
        self._load_pending()

    def _load_pending(self) -> None:
        pending, self._pending_provider = self._pending_provider, None
        if pending is not None:
            self.load_engine(pending[0])

    # -- project -----------------------------------------------------------------
    def create_project(self, folder: Path, name: str) -> None:
        from app.scaffold.project import create_project

        def work(report: Callable[[str], None]) -> Any:
            report(f"Creating {name}… (the first project also installs the shared dependencies, up to a minute)")
            return create_project(folder, name)

        self._project_task(work, f"Creating {name}…")

    def open_project(self, folder: Path) -> None:
        from app.scaffold.project import open_project

        def work(report: Callable[[str], None]) -> Any:
            project = open_project(folder)
            recovered = history.recover(project.root)
            if recovered:
                log.warning("recovered an interrupted action in %s: %s", project.root, recovered)
            return project

        self._project_task(work, f"Opening {folder}…")

    def _project_task(self, work: Callable[[Callable[[str], None]], Any], text: str) -> None:
        task = Task(work, "project")
        task.progress.connect(lambda t: self.busy.emit("project", t))
        task.done.connect(self._project_ready)
        task.failed.connect(lambda exc, tb: self._step_failed("project", exc, tb))
        self.busy.emit("project", text)
        task.start()

    def _project_ready(self, project: Any) -> None:
        self.busy.emit("project", "")
        self.close_project()
        self.project = project
        self.results, self.attempts, self.loop_started = [], [], None
        self.routes = {e["turn_id"]: e.get("route") or "/" for e in SessionLog(project.root).entries()
                       if e.get("turn_id")}
        self._make_runner()
        self.project_opened.emit(project)
        self.history_changed.emit(self._history())
        if self.server_factory is not None:
            self._start_preview(project)

    def _make_runner(self) -> None:
        if self.engine is None or self.project is None or not self.project.managed:
            return
        server = self.server if self._server_up() else None
        if hasattr(self.engine, "make_runner"):  # the engine runs in its own process (enginehost)
            url = server.url if server is not None else None
            self.runner = self.engine.make_runner(self.project.root, url, server.port if server is not None else None)
            return
        from app.session.turn import TurnRunner

        self.runner = TurnRunner(self.project.root, self.engine, server)

    def _server_up(self) -> bool:
        return self.server is not None and self.server.url is not None and self.server.is_running

    def _start_preview(self, project: Any) -> None:
        factory = self.server_factory
        assert factory is not None

        def work(report: Callable[[str], None]) -> Any:
            if not project.has_dependencies:
                from app.scaffold.project import install_dependencies

                report("Installing dependencies (first time for this project)…")
                install_dependencies(project)
            report("Starting the preview server (next dev)…")
            server = factory(project)
            if getattr(server, "external", False):
                report(f"Using the dev server `nxr serve` runs (pid {server.pid})…")
            self.bridge.attach(server)
            self.server = server
            server.start()
            return server

        task = Task(work, "preview")
        task.progress.connect(lambda t: self.busy.emit("preview", t))
        task.done.connect(lambda _s: self.busy.emit("preview", ""))
        task.failed.connect(lambda exc, tb: self._step_failed("preview", exc, tb))
        self.busy.emit("preview", "Starting the preview server…")
        task.start()

    def _server_started(self, url: str) -> None:
        if self.runner is not None:
            if hasattr(self.runner, "set_preview"):
                self.runner.set_preview(url, self.server.port if self.server is not None else None)
            else:
                self.runner.preview = self.server
        self.preview_ready.emit(url)

    def _server_finished(self, _code: int, expected: bool) -> None:
        """A server another process ran (``nxr serve``) went away: start the window's own."""
        server, project = self.server, self.project
        if expected or server is None or project is None or not getattr(server, "external", False):
            return  # the window's own next dev restarts itself (DevServer.auto_restart)
        if server.is_running or self.server_factory is None:
            return
        log.info("the external dev server of %s stopped; starting the window's own", project.root)
        self.server = None
        server.stop()
        self._start_preview(project)

    def _refresh_dev_errors(self) -> None:
        if self.server is None:
            return
        self.preview_errors.emit([_format_dev_error(e) for e in self.server.errors()])

    def close_project(self) -> None:
        if self.turn is not None:
            self.turn.cancel()
            self.turn.wait(5000)
        server, self.server, self.runner, self.project = self.server, None, None, None
        if server is not None:
            server.stop()

    # -- turns -------------------------------------------------------------------
    def send(self, prompt: str, runner: Any = None) -> bool:
        """Runs a turn; ``runner`` another model's (escalation), else the default model's."""
        prompt = prompt.strip()
        if not prompt:
            return False
        if self.turn is not None:
            self.domain_error.emit(NxrError("A turn is already running.", hint="wait for it, or press Esc to cancel"))
            return False
        if self.project is None:
            self.domain_error.emit(NxrError("Open or create a project first."))
            return False
        if not self.project.managed:
            self.domain_error.emit(NxrError(
                f"{self.project.root} was not generated by Avery NXR (no .nxr/site.json): prompts cannot edit it yet.",
                hint="create a new project to edit it by prompt; this one can be browsed and previewed"))
            return False
        runner = runner or self.runner
        if runner is None:
            self.domain_error.emit(NxrError("The model is still loading.", hint="the prompt can be sent when it is ready"))
            return False
        if self.loop_started is None:
            self.loop_started = time.monotonic()
        turn = TurnThread(runner, prompt)
        turn.batch.connect(self.turn_text)
        turn.phase.connect(self._turn_phase)
        turn.turn_done.connect(self._turn_done)
        turn.turn_failed.connect(self._turn_failed)
        self.turn = turn
        self.turn_started.emit(prompt)
        self._turn_phase("generating")
        turn.start()
        return True

    def _turn_phase(self, phase: str) -> None:
        if self.turn is None:
            return  # a phase queued behind the turn's end
        self.phase = phase
        self.busy.emit("turn", PHASE_TEXT.get(phase, phase))
        self.turn_phase.emit(phase)

    def cancel(self) -> bool:
        """Cancels the running turn; from the apply on it is too late, and the user is told so."""
        if self.turn is None:
            return False
        if self.phase in ("applying", "preview"):
            self.notice.emit("Too late to cancel: the plan is already being applied. "
                             "When the turn has finished, Ctrl+Z undoes it.", "warning")
            return False
        self.turn.cancel()
        return True

    def _turn_done(self, result: Any) -> None:
        late_cancel = self.turn is not None and self.turn.cancel_requested and result.applied
        self._end_turn()
        if late_cancel:
            self.notice.emit("Esc came as the plan was being applied, so the turn was applied. "
                             "Ctrl+Z undoes it.", "warning")
        self.results.append(result)
        if result.turn_id:
            self.routes[result.turn_id] = result.route or "/"
        hist = self._history()
        if not result.applied:
            self.attempts.append(Attempt(len(self.results) - 1, anchor_of(hist), result.prompt, result.outcome,
                                         result.message))
        self.turn_finished.emit(result)
        self.history_changed.emit(hist)
        if result.applied:
            self.files_marked.emit(list(result.files))
            if result.route:
                self.navigate.emit(result.route)
        self._refresh_dev_errors()

    def _turn_failed(self, exc: BaseException, tb: str) -> None:
        self._end_turn()
        self._report(exc, tb)

    def _end_turn(self) -> None:
        turn, self.turn = self.turn, None
        self.phase = ""
        self.busy.emit("turn", "")
        if turn is not None:
            turn.deleteLater()

    @property
    def busy_turn(self) -> bool:
        return self.turn is not None

    # -- history -----------------------------------------------------------------
    def _history(self) -> Any:
        if self.project is None:
            return history.History()
        try:
            return history.load(self.project.root)
        except HistoryError as exc:
            self.domain_error.emit(exc)
            return history.History()

    def undo(self) -> None:
        self._step(history.undo)

    def redo(self) -> None:
        self._step(history.redo)

    def _step(self, action: Callable[..., Any]) -> None:
        if self.project is None:
            return
        if self.turn is not None:
            self.domain_error.emit(NxrError("A turn is running.", hint="wait for it or cancel it (Esc) first"))
            return
        notes: list[str] = []
        try:
            # On the UI thread: another process's write takes milliseconds, so wait only briefly for it.
            turn = action(self.project.root, lock_timeout=UI_LOCK_TIMEOUT_S, notes=notes)
        except NxrError as exc:
            self.domain_error.emit(exc)
            return
        for note in notes:
            log.warning("recovered an interrupted action in %s: %s", self.project.root, note)
        verb = "Undid" if action is history.undo else "Redid"
        self.notice.emit(f"{verb}: {turn.prompt}", "info")
        self.files_marked.emit(list(turn.files))
        self.history_changed.emit(self._history())
        route = self.routes.get(turn.id) or route_of_files(turn.files) or "/"
        page = route_of_files(turn.files)
        if page is not None and not any((self.project.root / f).exists() for f in turn.files if f.endswith(".tsx")
                                        and route_of_files([f]) == page):
            route = "/"  # the page is gone (undo of an added page)
        self._show_after_step(route)

    def _show_after_step(self, route: str) -> None:
        server = self.server
        if server is None or not self._server_up():
            self.navigate.emit(route)
            return
        task = Task(lambda _r: server.wait_route(route, timeout=10.0), "wait-route")
        task.done.connect(lambda _c: self.navigate.emit(route))
        task.failed.connect(lambda _e, _t: self.navigate.emit(route))
        task.start()

    def turn_rows(self, hist: Any) -> list[TurnRow]:
        """The Turns list (and the chart's numbering): the history plus this session's attempts."""
        return turn_rows(hist, self.attempts, self.results)

    def diff(self, turn_id: str) -> str:
        if self.project is None:
            return ""
        for t in self._history().turns:
            if t.id == turn_id:
                return history.diff(self.project.root, t)
        return ""

    # -- errors ------------------------------------------------------------------
    def _step_failed(self, key: str, exc: BaseException, tb: str) -> None:
        self.busy.emit(key, "")
        if key == "preview":
            self.preview_failed.emit(str(exc))
        self._report(exc, tb)

    def _report(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, NxrError):
            self.domain_error.emit(exc)
        else:
            log.error("unexpected error in a background task:\n%s", tb)
            self.crashed.emit(exc, tb)

    def shutdown(self) -> None:
        """Stops the dev server and the engine (idempotent: close and quit both call it)."""
        self.close_project()
        engine, self.engine, self.runner = self.engine, None, None
        if engine is not None:
            try:
                engine.close()
            except Exception:  # closing at exit: log, do not block quitting
                log.exception("engine close failed")


def _format_dev_error(err: Any) -> str:
    text = str(err)
    frame = getattr(err, "frame", "")
    return f"{text}\n{frame}".strip() if frame else text
