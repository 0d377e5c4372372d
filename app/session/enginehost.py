"""The window's model: in its own process (the app), or in this one (debugging, tests).

ONNX Runtime GenAI holds the GIL inside its long calls (measured here: model load
0.6 s, tokenizer 1.5 s, grammar set-up 4.6 s, and every prefill), which would stall
the UI thread for seconds however the work is threaded. The window therefore runs
the engine and its ``TurnRunner`` in a child process (``nxr gui-engine-host``) and
talks to it with JSON lines over stdin/stdout:

  parent -> child: load, warm, project, preview, draft, run, cancel, foreground, close
  child -> parent: loaded, warmed, text, phase, result, error

:class:`EngineProcess` starts loading and warming the model the moment it is
created (the app creates it before it builds its window, so the two overlap);
:meth:`ModelHost.wait_ready` waits for that. :class:`LocalHost` is the same
surface in this process. Both hand out :class:`~app.session.turn.Runner` objects, so the
controller and the turn worker are the same for both. No Qt here.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from app import errors, paths
from app.errors import NxrError

if TYPE_CHECKING:  # imported where used: the app imports this module before its window exists
    from app.engine.base import Engine, EngineInfo
    from app.engine.providers import ProviderChoice
    from app.session.turn import Cancellable, Runner, ServedPreview, TurnResult

log = logging.getLogger(__name__)


YIELD_ENV = "NXR_ENGINE_YIELD"


# --- child side ------------------------------------------------------------------------

def _yield_cpu() -> None:
    """Run only on CPU time nobody else wants (SCHED_IDLE, Linux) until ``foreground`` arrives: the
    window starting at the same time gets the CPU first (measured, machine loaded: window 1.2 s
    slower without this). Reversible without privileges, unlike nice. Also run between fork and
    exec (``preexec_fn``, the app's first process, before Qt starts any thread), so the child's
    interpreter start-up yields too."""
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        except OSError as exc:
            log.info("cannot yield the CPU: %s", exc)


def _take_cpu() -> None:
    """Back to the normal policy, for every thread (the policy is per thread; ORT's pool threads
    inherited the idle one)."""
    if not (hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_OTHER")):
        return
    for _ in range(2):  # a thread started during the first pass is caught by the second
        try:
            tids = [int(t) for t in os.listdir("/proc/self/task")]
        except OSError:
            tids = [0]
        for tid in tids:
            try:
                os.sched_setscheduler(tid, os.SCHED_OTHER, os.sched_param(0))
            except OSError:  # the thread ended meanwhile
                continue


def child_main() -> int:
    """The engine process's loop (``nxr gui-engine-host``)."""
    if os.environ.get(YIELD_ENV) == "1":
        _yield_cpu()
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # anything a library prints goes to stderr, never into the protocol
    sys.stdout = sys.stderr
    lock = threading.Lock()

    def send(**msg: Any) -> None:
        with lock:
            proto.write(json.dumps(msg, default=str) + "\n")
            proto.flush()

    state: dict[str, Any] = {"engine": None, "runner": None, "response": None, "cancel": False, "busy": None}
    work: list[dict[str, Any]] = []
    ready = threading.Condition()

    def close_now_unless_a_turn_runs() -> None:
        # Quitting while the model loads or warms must not wait for it (up to a minute on a busy
        # machine); a running turn is let finish, so its files are written whole.
        with ready:
            if state["busy"] not in (None, "run"):
                os._exit(0)

    def reader() -> None:
        for line in sys.stdin:
            msg = json.loads(line)
            if msg["cmd"] == "close":
                close_now_unless_a_turn_runs()
            if msg["cmd"] == "foreground":
                _take_cpu()
                continue
            if _receive(msg, state):
                with ready:
                    work.append(msg)
                    ready.notify()
        close_now_unless_a_turn_runs()
        with ready:
            work.append({"cmd": "close"})
            ready.notify()

    threading.Thread(target=reader, name="engine-host-stdin", daemon=True).start()
    while True:
        with ready:
            while not work:
                ready.wait()
            msg = work.pop(0)
            stale = msg["cmd"] == "draft" and any(m["cmd"] in ("draft", "run") for m in work)
            state["busy"] = None if stale else msg["cmd"]
        cmd = msg["cmd"]
        if stale:  # the user typed on, or sent it: only the newest text is worth prefilling
            continue
        if cmd == "close":
            if state["engine"] is not None:
                state["engine"].close()
            return 0
        try:
            _child_command(cmd, msg, state, send)
        except BaseException as exc:  # reported to the window, which decides how to show it
            send(kind="error", cmd=cmd, type=type(exc).__name__, nxr=isinstance(exc, NxrError),
                 message=getattr(exc, "message", str(exc)), hint=getattr(exc, "hint", None),
                 traceback=traceback.format_exc())
        finally:
            with ready:
                state["busy"] = None


def _receive(msg: dict[str, Any], state: dict[str, Any]) -> bool:
    """Runs on the stdin reader, in arrival order: True when ``msg`` is work for the main loop.

    The cancel flag is cleared when a "run" *arrives*, not when the main loop starts it, so a
    cancel sent right after the run is never wiped out by it.
    """
    if msg["cmd"] == "cancel":
        state["cancel"] = True
        if state["response"] is not None:
            state["response"].cancel()
        return False
    if msg["cmd"] == "run":
        state["cancel"] = False
    return True


def _child_command(cmd: str, msg: dict[str, Any], state: dict[str, Any], send: Callable[..., None]) -> None:
    if cmd == "load":
        from app.engine.catalog import open_engine

        # The default model: the one the user accepted (nxr pick, Model menu), else the shipped one.
        engine = open_engine(None, provider=msg.get("provider"), threads=msg.get("threads"))
        state["engine"] = engine  # the tokenizer loads in "warm", alongside the grammar
        info = engine.info
        choice = getattr(engine, "provider_choice", None)  # an endpoint has no provider probe
        send(kind="loaded", info={"backend": info.backend, "model_id": info.model_id, "provider": info.provider,
                                  "model_dir": info.model_dir, "threads": info.threads, "load_s": info.load_s},
             choice=choice.to_dict() if choice is not None else
             {"provider": info.provider, "override": None, "attempts": []})
    elif cmd == "warm":
        _warm(state["engine"])
        send(kind="warmed")
    elif cmd == "project":
        from app.session.turn import TurnRunner

        runner = TurnRunner(Path(msg["root"]), state["engine"], _preview(msg))
        state["runner"] = runner
        try:  # this project's grammar and system prefix, while the user types; nobody waits for it
            runner.warm()
        except Exception:  # the first turn pays it instead; an error reply here would fail that turn
            log.exception("warming %s failed", msg["root"])
    elif cmd == "preview":
        if state["runner"] is not None:
            state["runner"].preview = _preview(msg)
    elif cmd == "draft":
        try:  # nobody waits for a draft: an error reply would fail the next turn instead
            if state["runner"] is not None:
                state["runner"].prefill(msg["text"])
        except Exception:
            log.exception("prefilling a draft failed")
    elif cmd == "run":  # the cancel flag was cleared when the run arrived (_receive)
        def on_response(resp: Any) -> None:
            state["response"] = resp
            if state["cancel"]:
                resp.cancel()

        try:
            result = state["runner"].run(msg["prompt"], on_text=lambda chunk: send(kind="text", text=chunk),
                                         on_response=on_response, on_phase=lambda p: send(kind="phase", phase=p))
        finally:
            state["response"] = None
        send(kind="result", result=result.to_dict())


def _preview(msg: dict[str, Any]) -> Any:
    if not msg.get("url") or not msg.get("port"):
        return None
    from app.preview.routecheck import RemotePreview

    return RemotePreview(msg["url"], int(msg["port"]))


# --- parent side -----------------------------------------------------------------------

def host_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "gui-engine-host"]
    return [sys.executable, "-m", "app", "gui-engine-host"]


class EngineProcessDied(NxrError):
    pass


class ModelHost(Protocol):
    """What the window holds: the model, loading or warm, and the turns it runs."""

    @property
    def info(self) -> EngineInfo: ...

    @property
    def provider_choice(self) -> ProviderChoice | None: ...

    def wait_ready(self, report: Callable[[str], None]) -> None:
        """Blocks (off the UI thread) until the model is loaded and warm; ``report`` gets each step."""
        ...

    def make_runner(self, root: Path, preview: ServedPreview | None) -> Runner: ...

    def close(self) -> None: ...


def _warm(engine: Engine) -> None:
    from app.session.turn import plan_guidance, plan_system_prompt

    engine.warm(plan_guidance(), plan_system_prompt(engine.info.model_id))


class LocalHost:
    """The model in the window's own process (``--in-process-engine``, tests): the UI stalls while
    it loads."""

    def __init__(self, load: Callable[[], Engine]) -> None:
        self._load = load
        self.engine: Engine | None = None

    def wait_ready(self, report: Callable[[str], None]) -> None:
        report("Loading the model…")
        engine = self._load()
        report("Preparing the grammar and the system prompt…")
        _warm(engine)
        self.engine = engine

    def _ready(self) -> Engine:
        if self.engine is None:
            raise NxrError("The model is not loaded yet.")
        return self.engine

    @property
    def info(self) -> EngineInfo:
        return self._ready().info

    @property
    def provider_choice(self) -> ProviderChoice | None:
        from app.engine.providers import ProviderChoice

        choice = getattr(self.engine, "provider_choice", None)  # the fake engine has no probe
        return choice if isinstance(choice, ProviderChoice) else None

    def make_runner(self, root: Path, preview: ServedPreview | None) -> Runner:
        from app.session.turn import TurnRunner

        return TurnRunner(root, self._ready(), preview)

    def close(self) -> None:
        engine, self.engine = self.engine, None
        if engine is not None:
            engine.close()


class EngineProcess:
    """The parent's handle on the engine process. Created, it starts the process and asks it to
    load and warm the model at once, without waiting: :meth:`wait_ready` waits."""

    def __init__(self, provider: str | None = None, threads: int | None = None, *,
                 yield_cpu: bool = False) -> None:
        """``yield_cpu``: it runs on idle CPU only until :meth:`foreground` (while a window starts)."""
        self._lock = threading.Lock()
        env = {**os.environ, "PYTHONUNBUFFERED": "1", YIELD_ENV: "1" if yield_cpu else "0"}
        self.log_path = paths.data_dir() / "logs" / "nxr-engine.log"
        self.provider = provider
        stderr: IO[str] | None
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            stderr = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115 (owned by the child)
        except OSError:
            stderr = None
        try:
            self.proc = subprocess.Popen(host_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=stderr, env=env, text=True, encoding="utf-8", bufsize=1,
                                         preexec_fn=_yield_cpu if yield_cpu and os.name == "posix" else None)
        except OSError as exc:
            raise EngineProcessDied(f"The model process could not be started: {exc}.",
                                    hint="reinstall Avery NXR, or run `nxr gui --in-process-engine`") from exc
        finally:
            if stderr is not None:
                stderr.close()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._in: IO[str] = self.proc.stdin
        self._out: IO[str] = self.proc.stdout
        self._info: EngineInfo | None = None
        self.provider_choice: ProviderChoice | None = None
        self.send(cmd="load", provider=provider, threads=threads)
        self.send(cmd="warm")

    def foreground(self) -> None:
        """Ends ``yield_cpu``: the model gets its full share of the CPU again."""
        try:
            self.send(cmd="foreground")
        except NxrError as exc:  # it died: wait_ready says so
            log.info("engine process: %s", exc)

    def wait_ready(self, report: Callable[[str], None]) -> None:
        report("Loading the model…")
        msg = self.expect("loaded")
        from app.engine.base import EngineInfo
        from app.engine.providers import Attempt, ProviderChoice

        self._info = EngineInfo(**msg["info"])
        choice = msg["choice"]
        self.provider_choice = ProviderChoice(provider=choice.get("provider", "?"), override=choice.get("override"),
                                              attempts=[Attempt(**a) for a in choice.get("attempts", [])])
        report("Preparing the grammar and the system prompt…")
        self.expect("warmed")

    @property
    def info(self) -> EngineInfo:
        if self._info is None:
            raise NxrError("The model is not loaded yet.")
        return self._info

    def send(self, **msg: Any) -> None:
        with self._lock:
            try:
                self._in.write(json.dumps(msg) + "\n")
                self._in.flush()
            except (BrokenPipeError, ValueError, OSError) as exc:
                raise self._died() from exc

    def receive(self) -> dict[str, Any]:
        line = self._out.readline()
        if not line:
            raise self._died()
        msg: dict[str, Any] = json.loads(line)
        if msg.get("kind") == "error":
            raise _rebuild(msg)
        return msg

    def expect(self, kind: str) -> dict[str, Any]:
        while True:
            msg = self.receive()
            if msg.get("kind") == kind:
                return msg
            log.warning("engine host: unexpected %s while waiting for %s", msg.get("kind"), kind)

    def _died(self) -> NxrError:
        code = self.proc.poll()
        return EngineProcessDied(f"The model process stopped unexpectedly (exit code {code}).",
                                 hint=f"its log is {self.log_path}; Model > Reload model starts it again")

    def make_runner(self, root: Path, preview: ServedPreview | None) -> RemoteRunner:
        url, port = (preview.url, preview.port) if preview is not None else (None, None)
        self.send(cmd="project", root=str(root), url=url, port=port)
        runner = RemoteRunner(self, root)
        runner.preview = preview
        return runner

    def close(self) -> None:
        if self.proc.poll() is not None:
            return
        try:
            self.send(cmd="close")
            self._in.close()
            self.proc.wait(5)
        except (NxrError, OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


class RemoteResponse:
    def __init__(self, host: EngineProcess) -> None:
        self.host = host

    def cancel(self) -> None:
        try:
            self.host.send(cmd="cancel")
        except NxrError:
            pass


class RemoteRunner:
    """``TurnRunner.run`` executed in the engine process."""

    def __init__(self, host: EngineProcess, root: Path) -> None:
        self.host = host
        self.root = root
        self.preview: ServedPreview | None = None  # what the child's turns check, as TurnRunner.preview

    def set_preview(self, preview: ServedPreview | None) -> None:
        self.preview = preview
        url, port = (preview.url, preview.port) if preview is not None else (None, None)
        self.host.send(cmd="preview", url=url, port=port)

    def prefill(self, draft: str) -> None:
        self.host.send(cmd="draft", text=draft)  # the child drops it if newer text follows

    def run(self, prompt: str, on_text: Callable[[str], None] | None = None,
            on_response: Callable[[Cancellable], None] | None = None,
            on_phase: Callable[[str], None] | None = None) -> TurnResult:
        from app.session.turn import TurnResult

        if on_response is not None:
            on_response(RemoteResponse(self.host))
        self.host.send(cmd="run", prompt=prompt)
        while True:
            msg = self.host.receive()
            if msg["kind"] == "text":
                if on_text is not None:
                    on_text(msg["text"])
            elif msg["kind"] == "phase":
                if on_phase is not None:
                    on_phase(msg["phase"])
            elif msg["kind"] == "result":
                return TurnResult(**msg["result"])


def _rebuild(msg: dict[str, Any]) -> BaseException:
    if msg.get("nxr"):
        cls = getattr(errors, str(msg.get("type")), NxrError)
        if not (isinstance(cls, type) and issubclass(cls, NxrError)):
            cls = NxrError
        return cls(str(msg.get("message")), msg.get("hint"))
    return RuntimeError(f"{msg.get('type')}: {msg.get('message')} (in the model process)\n{msg.get('traceback')}")


if TYPE_CHECKING:  # mypy proves both hosts and both runners have the surfaces the window uses
    from app.session.turn import TurnRunner

    def _conforms(a: LocalHost, b: EngineProcess, c: TurnRunner, d: RemoteRunner) -> tuple[list[ModelHost],
                                                                                            list[Runner]]:
        return [a, b], [c, d]
