"""The model in its own process, so the window never freezes.

ONNX Runtime GenAI holds the GIL inside its long calls (measured here: model load
0.6 s, tokenizer 1.5 s, grammar set-up 4.6 s, and every prefill), which would stall
the UI thread for seconds however the work is threaded. The window therefore runs
the engine and its ``TurnRunner`` in a child process (``nxr gui-engine-host``) and
talks to it with JSON lines over stdin/stdout:

  parent -> child: load, warm, project, preview, run, cancel, close
  child -> parent: loaded, warmed, text, phase, result, error

:class:`EngineProcess` and :class:`RemoteRunner` mirror the in-process engine and
``TurnRunner.run(prompt, on_text, on_response, on_phase)``, so the controller and the turn
worker are the same for both (tests use the in-process FakeEngine). No Qt here.
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
from typing import IO, Any

from app import errors, paths
from app.errors import NxrError

log = logging.getLogger(__name__)


# --- child side ------------------------------------------------------------------------

def child_main() -> int:
    """The engine process's loop (``nxr gui-engine-host``)."""
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # anything a library prints goes to stderr, never into the protocol
    sys.stdout = sys.stderr
    lock = threading.Lock()

    def send(**msg: Any) -> None:
        with lock:
            proto.write(json.dumps(msg, default=str) + "\n")
            proto.flush()

    state: dict[str, Any] = {"engine": None, "runner": None, "response": None, "cancel": False}
    work: list[dict[str, Any]] = []
    ready = threading.Condition()

    def reader() -> None:
        for line in sys.stdin:
            msg = json.loads(line)
            if _receive(msg, state):
                with ready:
                    work.append(msg)
                    ready.notify()
        with ready:
            work.append({"cmd": "close"})
            ready.notify()

    threading.Thread(target=reader, name="engine-host-stdin", daemon=True).start()
    while True:
        with ready:
            while not work:
                ready.wait()
            msg = work.pop(0)
        cmd = msg["cmd"]
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
        _ = getattr(engine, "tokenizer", None)
        state["engine"] = engine
        info = engine.info
        choice = getattr(engine, "provider_choice", None)
        send(kind="loaded", info={"backend": info.backend, "model_id": info.model_id, "provider": info.provider,
                                  "model_dir": info.model_dir, "threads": info.threads, "load_s": info.load_s},
             choice=choice.to_dict() if choice is not None else
             {"provider": info.provider, "override": None, "attempts": []})
    elif cmd == "warm":
        from app.session.turn import plan_guidance, plan_system_prompt

        state["engine"].warm(plan_guidance(), plan_system_prompt(state["engine"].info.model_id))
        send(kind="warmed")
    elif cmd == "project":
        from app.session.turn import TurnRunner

        state["runner"] = TurnRunner(Path(msg["root"]), state["engine"], _preview(msg))
    elif cmd == "preview":
        if state["runner"] is not None:
            state["runner"].preview = _preview(msg)
    elif cmd == "run":
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


class _Choice:
    def __init__(self, data: dict[str, Any]) -> None:
        from app.engine.providers import Attempt

        self.provider = data.get("provider", "?")
        self.override = data.get("override")
        self.attempts = [Attempt(**a) for a in data.get("attempts", [])]


class EngineProcess:
    """The parent's handle on the engine process; Engine-like where the window needs it."""

    def __init__(self, provider: str | None = None, threads: int | None = None) -> None:
        self._lock = threading.Lock()
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.log_path = paths.data_dir() / "logs" / "nxr-engine.log"
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            stderr: Any = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115 (owned by the child)
        except OSError:
            stderr = None
        try:
            self.proc = subprocess.Popen(host_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=stderr, env=env, text=True, encoding="utf-8", bufsize=1)
        finally:
            if stderr is not None:
                stderr.close()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._in: IO[str] = self.proc.stdin
        self._out: IO[str] = self.proc.stdout
        self.send(cmd="load", provider=provider, threads=threads)
        msg = self.expect("loaded")
        from app.engine.base import EngineInfo

        self._info = EngineInfo(**msg["info"])
        self.provider_choice = _Choice(msg["choice"])

    @property
    def info(self) -> Any:
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

    def warm(self, guidance: Any = None, system: Any = None) -> None:
        self.send(cmd="warm")
        self.expect("warmed")

    def make_runner(self, root: Path, url: str | None = None, port: int | None = None) -> RemoteRunner:
        self.send(cmd="project", root=str(root), url=url, port=port)
        return RemoteRunner(self, root)

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
        self.preview: Any = None

    def set_preview(self, url: str | None, port: int | None) -> None:
        self.preview = url
        self.host.send(cmd="preview", url=url, port=port)

    def run(self, prompt: str, on_text: Callable[[str], None] | None = None,
            on_response: Callable[[Any], None] | None = None,
            on_phase: Callable[[str], None] | None = None) -> Any:
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
