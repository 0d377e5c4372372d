"""The window's session logic, without widgets: engine, project, preview server, turns.

:class:`SessionController` owns the engine (loaded in the background at start),
the open project, its ``next dev`` server and the running turn. It only emits
signals; ``MainWindow`` connects them to widgets in one place. Slow steps (model
load + warm-up, project creation, first dependency install, dev server start,
turns) run off the UI thread and report progress through ``busy``.

A prompt sent while the model is still loading is accepted and queued: it runs the
moment the model is warm, and ``busy("queue", ...)`` says how long it has waited.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import HistoryError, NxrError
from app.preview import stylesheets
from app.preview.server import PreviewServer, is_external
from app.scaffold import history
from app.scaffold.history import History
from app.scaffold.project import Project
from app.session.enginehost import LocalHost, ModelHost
from app.session.log import SessionLog
from app.session.turn import Runner, TurnResult
from app.session.turnlist import Attempt, TurnRow, anchor_of, turn_rows
from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)
from app.ui.workers import DevServerBridge, Task, TurnThread

log = logging.getLogger(__name__)

DRAFT_PAUSE_MS = 250
UI_LOCK_TIMEOUT_S = 1.0  # how long undo/redo waits for another process's write to the project

EngineFactory = Callable[[str | None], ModelHost]
ServerFactory = Callable[[Project], PreviewServer]


def default_engine_factory(provider: str | None) -> ModelHost:
    from app.engine.catalog import open_engine

    # The default model: the one the user accepted (nxr pick, Model menu), else the shipped one.
    return LocalHost(lambda: open_engine(None, provider=provider))


def default_server_factory(project: Project) -> PreviewServer:
    """The project's live ``nxr serve`` server when there is one (never stopped by the window),
    else a ``next dev`` of the window's own. Runs off the UI thread (it may GET the page)."""
    from app.preview.liveserver import ExternalServer, live_server

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
    model_loading = Signal()  # prompts are accepted (and queued) from now on
    engine_ready = Signal(object)  # ModelHost
    engine_failed = Signal(object)  # exception
    project_opened = Signal(object)  # Project
    preview_ready = Signal(str)  # base url
    preview_failed = Signal(str)
    preview_errors = Signal(list)  # [str]
    navigate = Signal(str)  # route
    turn_queued = Signal(str)  # prompt accepted; it runs when the model is warm
    queue_dropped = Signal(str, str)  # prompt, why it will not run (it goes back to the input)
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
        self.engine: ModelHost | None = None
        self.project: Project | None = None
        self.runner: Runner | None = None
        self.server: PreviewServer | None = None
        self.bridge = DevServerBridge()
        self.turn: TurnThread | None = None
        self.queued: str | None = None  # a prompt sent before the model was warm
        self._queued_at = 0.0
        self._turn_waited_s = 0.0
        self._queue_timer = QTimer(self)
        self._queue_timer.setInterval(1000)
        self._queue_timer.timeout.connect(self._show_wait)
        self._draft = ""
        self._draft_timer = QTimer(self)  # prefill once the user pauses, not on every key
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self._prefill_draft)
        self.phase = ""  # the running turn's phase ("" when none runs)
        self.results: list[TurnResult] = []
        self.attempts: list[Attempt] = []  # this session's prompts that wrote nothing
        self.routes: dict[str, str] = {}  # turn id -> route
        self.loop_started: float | None = None
        self._engine_task: Task | None = None
        self._loading_host: ModelHost | None = None
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

        def work(report: Callable[[str], None]) -> ModelHost:
            if old is not None:
                old.close()
            host = factory(provider)
            self._loading_host = host  # so that quitting meanwhile can end it
            try:
                host.wait_ready(report)
            except BaseException:
                host.close()  # never leave a half-started model process behind
                raise
            finally:
                self._loading_host = None
            return host

        task = Task(work, "engine")
        task.progress.connect(lambda text: self.busy.emit("engine", text))
        task.done.connect(self._engine_loaded)
        task.failed.connect(self._engine_load_failed)
        self._engine_task = task
        self.busy.emit("engine", "Loading the model…")
        self.model_loading.emit()
        task.start()

    def _engine_loaded(self, engine: ModelHost) -> None:
        self._engine_task = None
        self.engine = engine
        self.busy.emit("engine", "")
        self._make_runner()
        self.engine_ready.emit(engine)
        self._load_pending()
        if self._engine_task is None:  # a reload asked for meanwhile: the prompt waits for that model
            self._run_queued()

    def _engine_load_failed(self, exc: BaseException, tb: str) -> None:
        self._engine_task = None
        self.busy.emit("engine", "")
        if self._pending_provider is None:  # else the prompt waits for the model asked for next
            self._drop_queued("the model did not load")  # before the error, which says why
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

    def _project_task(self, work: Callable[[Callable[[str], None]], Project], text: str) -> None:
        task = Task(work, "project")
        task.progress.connect(lambda t: self.busy.emit("project", t))
        task.done.connect(self._project_ready)
        task.failed.connect(lambda exc, tb: self._step_failed("project", exc, tb))
        self.busy.emit("project", text)
        task.start()

    def _project_ready(self, project: Project) -> None:
        self.busy.emit("project", "")
        self.close_project()
        self.project = project
        self.results, self.attempts, self.loop_started = [], [], None
        self.routes = {e["turn_id"]: e.get("route") or "/" for e in SessionLog(project.root).entries()
                       if e.get("turn_id")}
        self._make_runner()
        self.project_opened.emit(project)
        self.history_changed.emit(self.history())
        if self.server_factory is not None:
            self._start_preview(project)

    def _make_runner(self) -> None:
        if self.engine is None or self.project is None:
            return
        self.runner = self.engine.make_runner(self.project.root, self.server if self._server_up() else None)

    def _server_up(self) -> bool:
        return self.server is not None and self.server.url is not None and self.server.is_running

    def _start_preview(self, project: Project) -> None:
        factory = self.server_factory
        assert factory is not None

        def work(report: Callable[[str], None]) -> PreviewServer:
            if not project.has_dependencies:
                from app.scaffold.project import install_dependencies

                report("Installing dependencies (first time for this project)…")
                install_dependencies(project)
            report("Starting the preview server (next dev)…")
            server = factory(project)
            if is_external(server):
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
            self.runner.set_preview(self.server)
        self.preview_ready.emit(url)

    def _server_finished(self, _code: int, expected: bool) -> None:
        """A server another process ran (``nxr serve``) went away: start the window's own."""
        server, project = self.server, self.project
        if expected or server is None or project is None or not is_external(server):
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
        self._drop_queued("the project was closed")
        if self.turn is not None:
            self.turn.cancel()
            self.turn.wait(5000)
        server, self.server, self.runner, self.project = self.server, None, None, None
        if server is not None:
            server.stop()

    # -- turns -------------------------------------------------------------------
    def send(self, prompt: str, runner: Runner | None = None) -> bool:
        """Runs a turn; ``runner`` another model's (escalation), else the default model's (queued while
        it loads)."""
        prompt = prompt.strip()
        if not prompt:
            return False
        if self.turn is not None:
            self.domain_error.emit(NxrError("A turn is already running.", hint="wait for it, or press Esc to cancel"))
            return False
        if self.project is None:
            self.domain_error.emit(NxrError("Open or create a project first."))
            return False
        if self.queued is not None:
            self.domain_error.emit(NxrError("A prompt is already waiting for the model.",
                                            hint="press Esc to take it back"))
            return False
        if self.loop_started is None:
            self.loop_started = time.monotonic()
        if runner is not None:  # another model's, already loaded
            self._start_turn(runner, prompt)
            return True
        if self.runner is None:
            if not self.engine_loading:
                self.domain_error.emit(NxrError("The model is not loaded.", hint="Model > Reload model loads it"))
                return False
            self.queued, self._queued_at = prompt, time.monotonic()
            self.turn_queued.emit(prompt)
            self._show_wait()
            self._queue_timer.start()
            return True
        self._start_turn(self.runner, prompt)
        return True

    def draft_changed(self, text: str) -> None:
        """The prompt being typed: prefilled in the model after a short pause, so Send pays less."""
        self._draft = text
        self._draft_timer.start()

    def _prefill_draft(self) -> None:
        runner, draft = self.runner, self._draft
        if runner is None or self.turn is not None or self.queued is not None or not draft.strip():
            return
        task = Task(lambda _report: runner.prefill(draft), "prefill")
        task.failed.connect(lambda exc, _tb: log.info("prefilling the draft failed: %r", exc))  # a guess only
        task.start()

    @property
    def waited_s(self) -> float:
        """How long the queued prompt has waited for the model."""
        return time.monotonic() - self._queued_at if self.queued is not None else 0.0

    def _show_wait(self) -> None:
        self.busy.emit("queue", f"Your prompt is waiting for the model ({int(self.waited_s)} s); "
                                "it runs the moment the model is ready.")

    def _run_queued(self) -> None:
        prompt = self.queued
        if prompt is None:
            return
        if self.runner is None:  # the model is ready but the project is not editable any more
            self._drop_queued("the project cannot take prompts")
            return
        waited = self.waited_s
        self._end_queue()
        log.info("running the prompt that waited %.1f s for the model", waited)
        self._start_turn(self.runner, prompt, waited)

    def _drop_queued(self, why: str) -> None:
        prompt = self.queued
        if prompt is None:
            return
        self._end_queue()
        self.queue_dropped.emit(prompt, f"Your prompt was not sent: {why}.")

    def _end_queue(self) -> None:
        self.queued = None
        self._queue_timer.stop()
        self.busy.emit("queue", "")

    def _start_turn(self, runner: Runner, prompt: str, waited_s: float = 0.0) -> None:
        turn = TurnThread(runner, prompt)
        self._turn_waited_s = waited_s
        turn.batch.connect(self.turn_text)
        turn.phase.connect(self._turn_phase)
        turn.turn_done.connect(self._turn_done)
        turn.turn_failed.connect(self._turn_failed)
        self.turn = turn
        self.turn_started.emit(prompt)
        self._turn_phase("generating")
        turn.start()

    @property
    def waited_turn(self) -> bool:
        """True while the running turn is one that was queued before the model was ready."""
        return self.turn is not None and self._turn_waited_s > 0

    def _turn_phase(self, phase: str) -> None:
        if self.turn is None:
            return  # a phase queued behind the turn's end
        self.phase = phase
        self.busy.emit("turn", PHASE_TEXT.get(phase, phase))
        self.turn_phase.emit(phase)

    def cancel(self) -> bool:
        """Takes back a queued prompt, or cancels the running turn; from the apply on it is too late,
        and the user is told so."""
        if self.queued is not None:
            self._drop_queued("cancelled before the model was ready")
            return True
        if self.turn is None:
            return False
        if self.phase in ("applying", "preview"):
            self.notice.emit("Too late to cancel: the plan is already being applied. "
                             "When the turn has finished, Ctrl+Z undoes it.", "warning")
            return False
        self.turn.cancel()
        return True

    def _turn_done(self, result: TurnResult) -> None:
        waited, self._turn_waited_s = self._turn_waited_s, 0.0
        late_cancel = self.turn is not None and self.turn.cancel_requested and result.applied
        self._end_turn()
        if waited:  # the user's wait began at Send, not when the model got the prompt
            result.timings["model_wait_ms"] = round(waited * 1000, 1)
        if late_cancel:
            self.notice.emit("Esc came as the plan was being applied, so the turn was applied. "
                             "Ctrl+Z undoes it.", "warning")
        self.results.append(result)
        if result.turn_id:
            self.routes[result.turn_id] = result.route or "/"
        hist = self.history()
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
    def history(self) -> History:
        """The open project's turns (an empty history when none is open or it is unreadable)."""
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
        if self._server_up():  # the dev server serves a stylesheet one write behind otherwise
            stylesheets.refresh(self.project.root, turn.files)
        verb = "Undid" if action is history.undo else "Redid"
        self.notice.emit(f"{verb}: {turn.prompt}", "info")
        self.files_marked.emit(list(turn.files))
        self.history_changed.emit(self.history())
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

    def turn_rows(self, hist: History) -> list[TurnRow]:
        """The Turns list (and the chart's numbering): the history plus this session's attempts."""
        return turn_rows(hist, self.attempts, self.results)

    def diff(self, turn_id: str) -> str:
        if self.project is None:
            return ""
        for t in self.history().turns:
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
        loading = self._loading_host
        if loading is not None:  # still loading: its worker then fails with "stopped", unseen
            loading.close()
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
